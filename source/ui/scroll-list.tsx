import {Box} from 'ink';
import {memo} from 'react';
import type {ListItem, ListModel} from './pane-model.ts';
import {entryHeights} from './pane-model.ts';
import {StyledLine} from './styled-line.tsx';
import {scrollWindow} from './scroll-window.ts';
import type {ScrollWindow} from './scroll-window.ts';
import type {Line} from './pane-model.ts';

type Props = {
	/** The list; its items are drawn, its cached heights drive the scrolling. */
	readonly model: ListModel;
	/** Index of the selected item, or -1 for none (printed output). */
	readonly selected: number;
	readonly top: number;
	/** Lines available, indicators included. */
	readonly height: number;
	readonly width: number;
	/** The entries to show, given outright (a page of a picture); default: the window that keeps `selected` in view. */
	readonly window?: ScrollWindow;
};

const marker = '› ';
const noMarker = '  ';

/** Indicator shown where entries are scrolled out of view, so rows are never cut silently. */
export function moreLine(count: number, direction: 'up' | 'down'): Line {
	return [{text: `${direction === 'up' ? '↑' : '↓'} ${count} more`, role: 'muted'}];
}

/**
 * The shared scrolling list: headings, the "›" marker and inverse on the selected entry, "↑/↓ N more". Virtual: only
 * the entries in the window become rows, so a list of 10,000 quotes draws as fast as one of ten.
 */
export const ScrollList = memo(function ScrollList({model, selected, top, height, width, window: given}: Props) {
	const items: readonly ListItem[] = model.items;
	const window = given ?? scrollWindow(entryHeights(model), selected, top, height);
	const rows: Array<{key: string; line: Line; selected: boolean; prefix?: string}> = [];
	if (window.hiddenAbove > 0) {
		rows.push({key: 'more-above', line: moreLine(window.hiddenAbove, 'up'), selected: false});
	}

	const room = height - (window.hiddenAbove > 0 ? 1 : 0) - (window.hiddenBelow > 0 ? 1 : 0);
	for (let index = window.top; index < window.end; index++) {
		const item = items[index]!;
		const isSelected = index === selected;
		for (const [lineIndex, line] of item.heading.entries()) {
			rows.push({key: `${item.id}-heading-${lineIndex}`, line, selected: false});
		}

		for (const [lineIndex, line] of item.lines.entries()) {
			const prefix = lineIndex === 0 && isSelected ? marker : noMarker;
			rows.push({key: `${item.id}-line-${lineIndex}`, line, prefix, selected: isSelected});
		}
	}

	// An entry taller than the whole area (a very long quote on a small window) is clipped, with the cut shown.
	if (rows.length > room + (window.hiddenAbove > 0 ? 1 : 0)) {
		rows.length = room + (window.hiddenAbove > 0 ? 1 : 0) - 1;
		rows.push({
			key: 'clipped',
			line: [{text: noMarker}, {text: '… (Enter shows it all)', role: 'muted'}],
			selected: false,
		});
	}

	if (window.hiddenBelow > 0) {
		rows.push({key: 'more-below', line: moreLine(window.hiddenBelow, 'down'), selected: false});
	}

	return (
		<Box flexDirection="column" width={width}>
			{rows.map(row => (
				<StyledLine
					key={row.key}
					line={row.line}
					width={width}
					fill={row.selected}
					{...(row.prefix === undefined ? {} : {prefix: row.prefix})}
					{...(row.selected ? {over: 'selection' as const} : {})}
				/>
			))}
		</Box>
	);
});
