import stringWidth from 'string-width';
import {singleCellText} from './single-cell.ts';

/**
 * string-width with a shortcut, bundled in place of string-width for Ink, wrap-ansi and the rest (esbuild.config.mjs).
 * string-width only short-cuts printable ASCII; any other line (every line of a box-drawn pane) goes through grapheme
 * segmentation and a Unicode-property test per grapheme, which made Ink's measuring the largest cost of a frame.
 * Text made only of one-cell characters is its length, exactly what string-width would say.
 */
export default function fastStringWidth(text: string, options?: {ambiguousIsNarrow?: boolean}): number {
	if (typeof text === 'string' && options?.ambiguousIsNarrow !== false && singleCellText.test(text)) {
		return text.length;
	}

	return stringWidth(text, options);
}
