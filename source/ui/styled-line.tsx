import {Text} from 'ink';
import {memo} from 'react';
import type {Line} from './pane-model.ts';
import {cellWidth, truncate} from './text-fit.ts';
import {useTheme} from './theme.ts';
import type {Role} from './theme.ts';

type Props = {
	/** The segments, already sanitised. */
	readonly line: Line;
	/** Cells available; the line is cut with "…" to fit and, when `fill` is set, padded to exactly this width. */
	readonly width: number;
	/** A role laid over the whole line (the selected row). */
	readonly over?: Role;
	readonly fill?: boolean;
	/** Unstyled text before the segments (the "› " marker), kept apart so that `line` stays the model's own object. */
	readonly prefix?: string;
};

/** Fits segments into `width` cells: later segments are cut first, so a line never wraps onto the next. */
export function fitLine(line: Line, width: number): Line {
	const fitted: Array<{text: string; role?: Role}> = [];
	let left = width;
	for (const segment of line) {
		if (left <= 0) {
			break;
		}

		// Cut first, then measure: a segment may be a 100,000-character line that only needs its first cells.
		const text = truncate(segment.text, left);
		fitted.push(text === segment.text ? segment : {...segment, text});
		left = text === segment.text ? left - cellWidth(text) : 0;
	}

	return fitted;
}

/**
 * One screen line of styled segments. Memoised: lines come from cached pane models, so a key press redraws only the
 * lines whose content, width or selection changed.
 */
export const StyledLine = memo(function StyledLine({line, width, over, fill = false, prefix}: Props) {
	const theme = useTheme();
	const fitted = fitLine(prefix === undefined ? line : [{text: prefix}, ...line], width);
	const used = fitted.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
	// An empty <Text> takes no line at all in Ink; a blank line must hold a space.
	const padding = fill && used < width ? ' '.repeat(width - used) : used === 0 ? ' ' : '';
	const overStyle = over === undefined ? {} : theme.roles[over];
	return (
		<Text wrap="truncate-end" {...overStyle}>
			{fitted.map((segment, index) => (
				// Segments are positions within one line: their order is their identity.
				<Text key={`segment-${index}`} {...(segment.role === undefined ? {} : theme.roles[segment.role])}>
					{segment.text}
				</Text>
			))}
			{padding}
		</Text>
	);
});
