import {Box} from 'ink';
import type {Line} from './pane-model.ts';
import {StyledLine} from './styled-line.tsx';
import {wrap} from './text-fit.ts';

export const minimumCols = 60;
export const minimumRows = 16;

type Props = {readonly cols: number; readonly rows: number};

export function isTooSmall(cols: number, rows: number): boolean {
	return cols < minimumCols || rows < minimumRows;
}

/**
 * The message, wrapped to the window and cut to its height (one row stays free, as for the dashboard): the longest
 * wording that fits, down to a shorter one on tiny windows, so that even 20×5 shows a whole message.
 */
export function tooSmallLines(cols: number, rows: number): Line[] {
	const width = Math.max(1, cols);
	const room = Math.max(1, rows - 1);
	const wordings: Array<Array<[string, 'bad' | 'muted']>> = [
		[
			[`newsdash needs at least ${minimumCols}×${minimumRows}; this window is ${cols}×${rows}.`, 'bad'],
			['Enlarge the window, or press q to quit.', 'muted'],
		],
		[
			[`Too small: ${cols}×${rows}, needs ${minimumCols}×${minimumRows}.`, 'bad'],
			['Enlarge it or press q.', 'muted'],
		],
		[[`Too small (${minimumCols}×${minimumRows}). q quits.`, 'bad']],
		[['Too small', 'bad']],
	];
	let lines: Line[] = [];
	for (const wording of wordings) {
		lines = wording.flatMap(([text, role]) => wrap(text, width).map((part): Line => [{text: part, role}]));
		if (lines.length <= room) {
			return lines;
		}
	}

	return lines.slice(0, room);
}

/** Shown instead of the dashboard below the minimum size; goes away by itself when the window grows. */
export function TooSmall({cols, rows}: Props) {
	const width = Math.max(1, cols);
	return (
		<Box flexDirection="column" width={width} height={Math.max(1, rows - 1)} overflow="hidden">
			{tooSmallLines(cols, rows).map((line, index) => (
				// Lines of one message: their order is their identity.
				<StyledLine key={`line-${index}`} line={line} width={width} />
			))}
		</Box>
	);
}
