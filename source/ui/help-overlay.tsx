import {Box} from 'ink';
import {keymap} from './keymap.ts';
import type {Line} from './pane-model.ts';
import {moreLine} from './scroll-list.tsx';
import {StyledLine} from './styled-line.tsx';
import {fit} from './text-fit.ts';

type Props = {readonly width: number; readonly height: number};

const labelWidth = 12;

function bindingLine(index: number, width: number): Line {
	const binding = keymap[index];
	if (binding === undefined) {
		return [];
	}

	return [
		{text: fit(binding.label, labelWidth), role: 'accent'},
		{text: fit(binding.help, Math.max(0, width - labelWidth))},
	];
}

/** The `?` overlay: every binding of the keymap, in one column, or two when the window is short. */
export function HelpOverlay({width, height}: Props) {
	const count = keymap.length;
	const room = height - 1;
	const columns = count <= room || width < 60 ? 1 : 2;
	const columnWidth = columns === 1 ? width : Math.floor((width - 2) / 2);
	const perColumn = Math.ceil(count / columns);
	const shown = Math.min(perColumn, count > room * columns ? room - 1 : room);
	const lines: Line[] = [];
	for (let row = 0; row < shown; row++) {
		const line: Line =
			columns === 1
				? bindingLine(row, columnWidth)
				: [...bindingLine(row, columnWidth), {text: '  '}, ...bindingLine(row + perColumn, columnWidth)];
		lines.push(line);
	}

	const hidden = count - shown * columns;
	return (
		<Box flexDirection="column" width={width}>
			<StyledLine
				line={[
					{text: 'Keys', role: 'heading'},
					{text: ' · Esc or ? closes', role: 'muted'},
				]}
				width={width}
			/>
			{lines.map((line, row) => (
				<StyledLine key={keymap[row]?.action ?? `row-${row}`} line={line} width={width} />
			))}
			{hidden > 0 ? <StyledLine line={moreLine(hidden, 'down')} width={width} /> : null}
		</Box>
	);
}
