import chalk from 'chalk';
import {Box, renderToString} from 'ink';
import type {ReactNode} from 'react';
import type {Report} from '../extract/types.ts';
import {CountsTable, countsLayout} from './counts-table.tsx';
import type {Line, ListItem} from './pane-model.ts';
import {paneModel} from './pane-model.ts';
import type {PaneName} from './pane-name.ts';
import {paneNames} from './pane-name.ts';
import {StyledLine} from './styled-line.tsx';
import {tabLabels} from './tab-bar.tsx';
import {ThemeContext, getTheme, type Theme} from './theme.ts';
import {cellWidth} from './text-fit.ts';

export type PrintOptions = {
	/** Width of the output in cells. */
	readonly cols: number;
	/** ANSI colour codes; false gives plain text. */
	readonly color: boolean;
};

// A pipe has no height to keep to: quotations, events, terms and expressions are printed whole, wrapped, never cut.
const noFilter = {filter: '', sort: {column: 'text', reversed: false}, breakdown: 0, cut: false} as const;

// Rows of one list or pane printed. Laying out every row of a 200,000-item list took minutes and ran out of memory;
// past this many the text says how many more there are and where to get them all.
export const printLimit = 1000;

function moreLine(hidden: number, noun: string): Line {
	return [
		{
			text: `… ${hidden.toLocaleString('en-US')} more ${noun} not printed; \`newsdash export\` writes them all.`,
			role: 'muted',
		},
	];
}

function headingLine(report: Report, pane: PaneName, cols: number): Line {
	const {label, status} = tabLabels(report)[pane];
	const title = `── ${paneNames.indexOf(pane) + 1} ${label}${status === null ? '' : ` ${status.text}`} `;
	return [{text: title + '─'.repeat(Math.max(0, cols - cellWidth(title))), role: 'heading'}];
}

function ItemLines({items, width}: {readonly items: readonly ListItem[]; readonly width: number}) {
	return (
		<>
			{items.flatMap(item => [
				...item.heading.map((line, index) => (
					<StyledLine key={`${item.id}-heading-${index}`} line={line} width={width} />
				)),
				...item.lines.map((line, index) => (
					<StyledLine key={`${item.id}-line-${index}`} line={[{text: '  '}, ...line]} width={width} />
				)),
			])}
		</>
	);
}

/** One list of the counts pane: its title, its table (up to `printLimit` rows) and its sum. */
function BreakdownSection({
	report,
	index,
	width,
}: {
	readonly report: Report;
	readonly index: number;
	readonly width: number;
}) {
	const model = paneModel(report, 'counts', {...noFilter, breakdown: index}, width);
	if (model.pane !== 'counts') {
		return null;
	}

	return (
		<>
			<StyledLine line={model.title} width={width} />
			<CountsTable
				rows={model.rows.slice(0, printLimit)}
				selected={-1}
				layout={countsLayout(model.widest, width, noFilter.sort, model.valueHeading)}
			/>
			{model.rows.length > printLimit ? (
				<StyledLine line={moreLine(model.rows.length - printLimit, 'rows')} width={width} />
			) : null}
			<StyledLine line={model.summary} width={width} />
		</>
	);
}

// Items laid out by one Ink render: each render is a small tree, so memory stays that of a block, not of the output.
const itemsPerBlock = 100;

/** A block is what one render lays out; `gap` puts a blank line before it. */
type Block = {readonly node: ReactNode; readonly gap: boolean};

/** The blocks of one pane, in order: its heading, then each list (counts) or a hundred entries at a time. */
function* paneBlocks(report: Report, pane: PaneName, cols: number): Generator<Block> {
	const heading = <StyledLine line={headingLine(report, pane, cols)} width={cols} />;
	if (pane === 'counts' && report.breakdowns.length > 0) {
		yield {node: heading, gap: false};
		for (const [index, breakdown] of report.breakdowns.entries()) {
			yield {node: <BreakdownSection key={breakdown.id} report={report} index={index} width={cols} />, gap: index > 0};
		}

		return;
	}

	const model = paneModel(report, pane, noFilter, cols);
	const title = (
		<>
			{heading}
			<StyledLine line={model.title} width={cols} />
		</>
	);
	yield {node: title, gap: false};
	// No list to show: the counts title says so.
	if (model.pane === 'counts') return;

	const shown = model.items.slice(0, printLimit);
	for (let from = 0; from < shown.length; from += itemsPerBlock) {
		yield {node: <ItemLines items={shown.slice(from, from + itemsPerBlock)} width={cols} />, gap: false};
	}

	if (model.items.length > printLimit) {
		yield {node: <StyledLine line={moreLine(model.items.length - printLimit, 'entries')} width={cols} />, gap: false};
	}
}

/**
 * All four panes as text, one after another under a heading line each, every list of the counts pane and up to
 * `printLimit` rows of each list and of each other pane: for stdout that is not a terminal. Yielded a block of lines at
 * a time, so the caller writes them as they come: rendering the whole output as one Ink tree
 * took 965 MB and 15 s for a 1 MB article and ran out of memory at 15 MB.
 */
export function* printChunks(report: Report, options: PrintOptions): Generator<string> {
	const cols = Math.max(40, options.cols);
	const theme = getTheme(options.color ? 'dark' : 'mono');
	// Newlines at the end of what has been rendered are held until more text follows: the output ends in one newline.
	let held = '';
	for (const [paneIndex, pane] of paneNames.entries()) {
		let index = -1;
		for (const block of paneBlocks(report, pane, cols)) {
			index++;
			const text = renderBlock(block.node, theme, cols, options.color);
			if (text === '') continue;
			const gap = block.gap || (paneIndex > 0 && index === 0) ? '\n' : '';
			const body = text.replace(/\n+$/, '');
			if (body === '') {
				held += gap + text + '\n';
				continue;
			}

			yield held + gap + body;
			held = text.slice(body.length) + '\n';
		}
	}

	yield '\n';
}

function renderBlock(node: ReactNode, theme: Theme, cols: number, color: boolean): string {
	const previousLevel = chalk.level;
	chalk.level = color ? 3 : 0;
	try {
		const output = renderToString(
			<ThemeContext.Provider value={theme}>
				<Box flexDirection="column" width={cols}>
					{node}
				</Box>
			</ThemeContext.Provider>,
			{columns: cols},
		);
		return output.replace(/[ \t]+$/gm, '');
	} finally {
		chalk.level = previousLevel;
	}
}

/** The printed panes as one string (tests and small reports); the CLI writes `printChunks` as they come. */
export function printPanes(report: Report, options: PrintOptions): string {
	let text = '';
	for (const chunk of printChunks(report, options)) text += chunk;
	return text;
}
