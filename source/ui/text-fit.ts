import stringWidth from 'string-width';
import {singleCellText as singleCell} from '../text/single-cell.ts';

// Terminal cells, not UTF-16 units: String.padEnd would misalign every row holding an accent, a CJK name or an emoji.

const segmenter = new Intl.Segmenter('en', {granularity: 'grapheme'});

// Intl.Segmenter slows down badly on long strings (a 100,000-character line took minutes here), so text is segmented
// in pieces of at most this many UTF-16 units. A cut can split a grapheme only inside a run longer than this with no
// boundary, which ordinary text does not have.
const segmentPiece = 256;

/** The graphemes of `text`, each with its offset, segmented piece by piece. */
export function* graphemes(text: string): Generator<{segment: string; index: number}> {
	for (let start = 0; start < text.length;) {
		let end = Math.min(text.length, start + segmentPiece);
		// Never split a surrogate pair.
		if (end < text.length && (text.charCodeAt(end - 1) & 0xfc_00) === 0xd8_00) {
			end++;
		}

		for (const {segment, index} of segmenter.segment(text.slice(start, end))) {
			yield {segment, index: start + index};
		}

		start = end;
	}
}

// Widths of the graphemes that are not plainly one cell (CJK, emoji, combining sequences), measured once each.
const graphemeWidths = new Map<string, number>();
const graphemeCacheSize = 10_000;

function graphemeWidth(grapheme: string): number {
	if (singleCell.test(grapheme)) {
		return grapheme.length;
	}

	let width = graphemeWidths.get(grapheme);
	if (width === undefined) {
		width = stringWidth(grapheme);
		if (graphemeWidths.size >= graphemeCacheSize) {
			graphemeWidths.clear();
		}

		graphemeWidths.set(grapheme, width);
	}

	return width;
}

export function cellWidth(text: string): number {
	// string-width is exact but slow (it segments graphemes and tests each against Unicode property regexes: about
	// 25 µs a character, seconds for a 100,000-character line), and almost all news text is one-cell characters. So:
	// one-cell text is its length; anything else is summed grapheme by grapheme, each distinct grapheme measured once.
	if (singleCell.test(text)) {
		return text.length;
	}

	// Word by word (a space ends a grapheme for width purposes), so only the words that need it are segmented.
	let width = 0;
	for (let start = 0; start < text.length;) {
		const space = text.indexOf(' ', start);
		const end = space < 0 ? text.length : space + 1;
		const word = text.slice(start, end);
		if (singleCell.test(word)) {
			width += word.length;
		} else {
			for (const {segment} of graphemes(word)) {
				width += graphemeWidth(segment);
			}
		}

		start = end;
	}

	return width;
}

/** Cut `text` to at most `width` cells, ending with "…" when something was cut. Reads no further than it keeps. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (singleCell.test(text)) {
		return text.length <= width ? text : text.slice(0, width - 1) + '…';
	}

	// Walk graphemes until the text is known to overflow: the cut keeps `width - 1` cells and the ellipsis.
	let used = 0;
	let cut = -1;
	let offset = 0;
	for (const {segment} of graphemes(text)) {
		const w = graphemeWidth(segment);
		if (cut < 0 && used + w > width - 1) {
			cut = offset;
		}

		used += w;
		if (used > width) {
			return text.slice(0, cut) + '…';
		}

		offset += segment.length;
	}

	return text;
}

export function padEnd(text: string, width: number): string {
	const missing = width - cellWidth(text);
	return missing > 0 ? text + ' '.repeat(missing) : text;
}

export function padStart(text: string, width: number): string {
	const missing = width - cellWidth(text);
	return missing > 0 ? ' '.repeat(missing) + text : text;
}

/** Exactly `width` cells: truncated, then padded. */
export function fit(text: string, width: number): string {
	return padEnd(truncate(text, width), width);
}

/** A wrapped line as a range of the text it came from, so highlights can be mapped onto it. */
export type LineRange = {readonly start: number; readonly end: number};

// Hand-written because callers need line counts (to scroll exactly) and offsets (to highlight evidence), which
// Ink's own wrapping does not expose. Greedy, word by word, linear in the text.
export function wrapRanges(text: string, width: number): LineRange[] {
	const lines: LineRange[] = [];
	const limit = Math.max(1, width);
	let start = -1;
	let end = 0;
	let used = 0;
	const token = /\S+/g;
	let match: RegExpExecArray | null;
	while ((match = token.exec(text)) !== null) {
		const wordStart = match.index;
		const wordEnd = wordStart + match[0].length;
		const wordWidth = cellWidth(match[0]);
		if (start >= 0) {
			const gapWidth = cellWidth(text.slice(end, wordStart));
			if (used + gapWidth + wordWidth <= limit) {
				end = wordEnd;
				used += gapWidth + wordWidth;
				continue;
			}

			lines.push({start, end});
			start = -1;
		}

		if (wordWidth <= limit) {
			start = wordStart;
			end = wordEnd;
			used = wordWidth;
			continue;
		}

		// A word wider than the line: break it between graphemes.
		let pieceStart = wordStart;
		let pieceWidth = 0;
		let offset = wordStart;
		for (const {segment} of graphemes(match[0])) {
			const w = cellWidth(segment);
			if (pieceWidth + w > limit && offset > pieceStart) {
				lines.push({start: pieceStart, end: offset});
				pieceStart = offset;
				pieceWidth = 0;
			}

			pieceWidth += w;
			offset += segment.length;
		}

		start = pieceStart;
		end = wordEnd;
		used = pieceWidth;
	}

	if (start >= 0) {
		lines.push({start, end});
	}

	return lines;
}

/** Word-wrapped lines of at most `width` cells (at least one line, possibly empty). */
export function wrap(text: string, width: number): string[] {
	const ranges = wrapRanges(text, width);
	if (ranges.length === 0) {
		return [''];
	}

	return ranges.map(range => text.slice(range.start, range.end));
}
