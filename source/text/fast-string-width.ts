import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {singleCellText} from './single-cell.ts';

/**
 * string-width with a shortcut, bundled in place of string-width for Ink, wrap-ansi and the rest (esbuild.config.mjs).
 * string-width only short-cuts printable ASCII; any other line (every line of a box-drawn pane) goes through grapheme
 * segmentation and a Unicode-property test per grapheme, which made Ink's measuring the largest cost of a frame.
 * Text made only of one-cell characters (once colour codes are taken out) is its length, as string-width would say.
 */
export default function fastStringWidth(
	text: string,
	options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean},
): number {
	if (typeof text !== 'string' || options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes === true) {
		return stringWidth(text, options);
	}

	// Ink measures its lines with their colours on: the escape codes take no cells, as string-width would say.
	const visible = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
	return singleCellText.test(visible) ? visible.length : stringWidth(visible, options);
}
