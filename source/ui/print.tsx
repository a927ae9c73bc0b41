import chalk from 'chalk';
import {Box, renderToString} from 'ink';
import type {Report} from '../extract/types.ts';
import {CountsTable, countsLayout} from './counts-table.tsx';
import type {Line, ListItem} from './pane-model.ts';
import {paneModel} from './pane-model.ts';
import type {PaneName} from './pane-name.ts';
import {paneNames} from './pane-name.ts';
import {StyledLine} from './styled-line.tsx';
import {tabLabels} from './tab-bar.tsx';
import {ThemeContext, getTheme} from './theme.ts';
import {cellWidth} from './text-fit.ts';

export type PrintOptions = {
	/** Width of the output in cells. */
	readonly cols: number;
	/** ANSI colour codes; false gives plain text. */
	readonly color: boolean;
};

const noFilter = {filter: '', sort: {column: 'text', reversed: false}, breakdown: 0} as const;

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

function CountsSection({report, width}: {readonly report: Report; readonly width: number}) {
	if (report.breakdowns.length === 0) {
		const model = paneModel(report, 'counts', noFilter, width);
		return <StyledLine line={model.title} width={width} />;
	}

	return (
		<>
			{report.breakdowns.map((breakdown, index) => {
				const model = paneModel(report, 'counts', {...noFilter, breakdown: index}, width);
				if (model.pane !== 'counts') {
					return null;
				}

				return (
					<Box
						key={breakdown.id}
						flexDirection="column"
						width={width}
						marginBottom={index < report.breakdowns.length - 1 ? 1 : 0}
					>
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
					</Box>
				);
			})}
		</>
	);
}

function Pane({report, pane, width}: {readonly report: Report; readonly pane: PaneName; readonly width: number}) {
	if (pane === 'counts') {
		return <CountsSection report={report} width={width} />;
	}

	const model = paneModel(report, pane, noFilter, width);
	if (model.pane === 'counts') {
		return null;
	}

	return (
		<>
			<StyledLine line={model.title} width={width} />
			<ItemLines items={model.items.slice(0, printLimit)} width={width} />
			{model.items.length > printLimit ? (
				<StyledLine line={moreLine(model.items.length - printLimit, 'entries')} width={width} />
			) : null}
		</>
	);
}

/**
 * All four panes as text, one after another under a heading line each, every row included up to `printLimit` a pane:
 * for stdout that is not a terminal.
 */
export function printPanes(report: Report, options: PrintOptions): string {
	const cols = Math.max(40, options.cols);
	const previousLevel = chalk.level;
	chalk.level = options.color ? 3 : 0;
	try {
		const output = renderToString(
			<ThemeContext.Provider value={getTheme(options.color ? 'dark' : 'mono')}>
				<Box flexDirection="column" width={cols}>
					{paneNames.map(pane => (
						<Box key={pane} flexDirection="column" width={cols} marginBottom={1}>
							<StyledLine line={headingLine(report, pane, cols)} width={cols} />
							<Pane report={report} pane={pane} width={cols} />
						</Box>
					))}
				</Box>
			</ThemeContext.Provider>,
			{columns: cols},
		);
		return output.replace(/[ \t]+$/gm, '').replace(/\n+$/, '') + '\n';
	} finally {
		chalk.level = previousLevel;
	}
}
