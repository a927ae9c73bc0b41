import stringWidth from 'string-width';

// Terminal cells, not UTF-16 units: String.padEnd would misalign every row holding an accent, a CJK name or an emoji.

const segmenter = new Intl.Segmenter('en', {granularity: 'grapheme'});

// Characters that are always one cell: printable ASCII, Latin-1 and Latin Extended (no combining marks, no soft
// hyphen), general punctuation (curly quotes, dashes, ellipsis), arrows, box drawing and blocks, ✓ and ✗.
const singleCell =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F\u2713\u2717]*$/;

export function cellWidth(text: string): number {
	// string-width is exact but slow (it segments graphemes), and almost all news text is made of one-cell characters.
	return singleCell.test(text) ? text.length : stringWidth(text);
}

/** Cut `text` to at most `width` cells, ending with "…" when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (cellWidth(text) <= width) {
		return text;
	}

	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(text)) {
		const w = cellWidth(segment);
		if (used + w > width - 1) {
			break;
		}

		result += segment;
		used += w;
	}

	return result + '…';
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
		for (const {segment} of segmenter.segment(match[0])) {
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
