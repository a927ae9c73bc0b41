import {Box} from 'ink';
import {memo} from 'react';
import {bindingFor, helpRows} from './keymap.ts';
import type {Line} from './pane-model.ts';
import {moreLine} from './scroll-list.tsx';
import {StyledLine} from './styled-line.tsx';
import {cellWidth, padEnd, truncate, wrap} from './text-fit.ts';

type Props = {readonly width: number; readonly height: number};

type HelpRow = {readonly key: string; readonly label: string; readonly help: string};

const rows: readonly HelpRow[] = helpRows.map(actions => ({
	key: actions.join('+'),
	label: actions.map(action => bindingFor(action).label).join(' · '),
	help: actions.map(action => bindingFor(action).help).join(' / '),
}));

const gap = 2;

/** The overlay's lines at a width: keys in one column, the help text wrapped beside them, never cut. */
export function helpLines(width: number): Array<{key: string; line: Line; row: number}> {
	const widest = Math.max(...rows.map(row => cellWidth(row.label)));
	const labelWidth = Math.min(widest, Math.floor(width * 0.4));
	const helpWidth = Math.max(1, width - labelWidth - gap);
	const lines: Array<{key: string; line: Line; row: number}> = [];
	for (const [index, row] of rows.entries()) {
		for (const [part, text] of wrap(row.help, helpWidth).entries()) {
			lines.push({
				key: `${row.key}-${part}`,
				row: index,
				line: [
					{text: padEnd(part === 0 ? truncate(row.label, labelWidth) : '', labelWidth + gap), role: 'accent'},
					{text},
				],
			});
		}
	}

	return lines;
}

/** The `?` overlay: every binding of the keymap with its whole help text, one group of keys per line. */
export const HelpOverlay = memo(function HelpOverlay({width, height}: Props) {
	const lines = helpLines(width);
	const room = Math.max(1, height - 1);
	const fits = lines.length <= room;
	const shown = fits ? lines : lines.slice(0, Math.max(0, room - 1));
	const hiddenRows = fits ? 0 : rows.length - (shown.at(-1)?.row ?? -1) - 1;
	return (
		<Box flexDirection="column" width={width}>
			<StyledLine
				line={[
					{text: 'Keys', role: 'heading'},
					{text: ' · Esc or ? closes', role: 'muted'},
				]}
				width={width}
			/>
			{shown.map(({key, line}) => (
				<StyledLine key={key} line={line} width={width} />
			))}
			{fits ? null : <StyledLine line={moreLine(Math.max(1, hiddenRows), 'down')} width={width} />}
		</Box>
	);
});
