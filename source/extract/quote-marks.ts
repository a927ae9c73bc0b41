import type {Span} from '../article/types.ts';

/** A pair of double quotation marks and what lies between them; may run over several paragraphs. */
export type MarkedSpan = {
	/** Offset of the opening mark. */
	readonly start: number;
	/** Offset just past the closing mark. */
	readonly end: number;
	readonly firstParagraph: number;
	readonly lastParagraph: number;
};

const straight = 0x22;
const leftDouble = 0x201c;
const rightDouble = 0x201d;
const lowDouble = 0x201e;

const isOpener = (code: number): boolean => code === leftDouble || code === lowDouble;
// Unicode white space, by code: this runs once per quote mark, so no regular expression.
const isBlank = (code: number): boolean =>
	Number.isNaN(code) ||
	code === 32 ||
	code === 10 ||
	code === 9 ||
	code === 13 ||
	code === 0xa0 ||
	code === 0x1680 ||
	(code >= 0x2000 && code <= 0x200a) ||
	code === 0x2028 ||
	code === 0x2029 ||
	code === 0x202f ||
	code === 0x205f ||
	code === 0x3000 ||
	code === 0xfeff;
const wordPattern = /[\p{L}\p{N}]/u;
const isWordChar = (code: number): boolean =>
	(code >= 48 && code <= 57) ||
	(code >= 65 && code <= 90) ||
	(code >= 97 && code <= 122) ||
	(code > 127 && !(code >= 0x2000 && code <= 0x206f) && wordPattern.test(String.fromCharCode(code)));
// Before an opening mark: a space, a bracket or a dash.
const isOpeningContext = (code: number): boolean =>
	isBlank(code) || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013;

/**
 * Pairs double quotation marks in one left-to-right pass. Single marks are never paired: in English copy they are
 * mostly apostrophes (world’s, ’90s) and, inside a double-quoted passage, a nested quotation that belongs to it.
 *
 * A quotation left open at the end of a paragraph continues only when the next paragraph opens with a mark (the news
 * convention for a quotation over several paragraphs); otherwise it is dropped, so a stray mark never swallows the
 * rest of the article.
 */
export function pairQuoteMarks(body: string, paragraphs: readonly Span[]): MarkedSpan[] {
	const found: MarkedSpan[] = [];
	// The open quotation's first mark and paragraph; -1 when none is open.
	let openStart = -1;
	let openParagraph = -1;

	for (const [index, paragraph] of paragraphs.entries()) {
		let from = paragraph.start;
		if (openStart !== -1) {
			const first = body.charCodeAt(from);
			if (isOpener(first) || first === straight) {
				from++;
			} else {
				openStart = -1;
			}
		}

		for (let i = from; i < paragraph.end; i++) {
			const c = body.charCodeAt(i);
			if (c !== straight && c !== leftDouble && c !== rightDouble && c !== lowDouble) {
				continue;
			}

			const previous = i > paragraph.start ? body.charCodeAt(i - 1) : Number.NaN;
			const next = i + 1 < paragraph.end ? body.charCodeAt(i + 1) : Number.NaN;
			if (openStart === -1) {
				if (isOpener(c) || (c === straight && !isBlank(next))) {
					openStart = i;
					openParagraph = index;
				} else if (c === rightDouble && isOpeningContext(previous) && isWordChar(next)) {
					// A closing mark typed where an opening one belongs.
					openStart = i;
					openParagraph = index;
				}

				continue;
			}

			const closes =
				c === rightDouble ||
				(c === straight && !isBlank(previous)) ||
				// An opening mark typed where a closing one belongs: “…“ followed by a space.
				(isOpener(c) && !isBlank(previous) && !isWordChar(next));
			// Marks with no word between them ("", “““) quote nothing.
			const quotesWords = closes && hasWord(body, openStart + 1, i);
			if (quotesWords) {
				found.push({start: openStart, end: i + 1, firstParagraph: openParagraph, lastParagraph: index});
				openStart = -1;
			} else if (isOpener(c) || (c === straight && !isBlank(next))) {
				// A new quotation opens while one is still open: the earlier mark was unbalanced.
				openStart = i;
				openParagraph = index;
			} else if (closes) {
				openStart = -1;
			}
		}

		const following = paragraphs[index + 1];
		if (openStart !== -1 && following !== undefined) {
			const first = body.charCodeAt(following.start);
			const continues = isOpener(first) || first === straight;
			if (!continues) {
				openStart = -1;
			}
		}
	}

	return found;
}

/** Is there a letter or digit in `body[start, end)`? Each stretch is read once: it lies between two marks. */
function hasWord(body: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (isWordChar(body.charCodeAt(i))) {
			return true;
		}
	}

	return false;
}

/** Paragraphs as runs of non-blank lines, for articles that come without them. */
export function splitParagraphs(body: string): Span[] {
	const spans: Span[] = [];
	let start = -1;
	let end = -1;
	let lineStart = 0;
	while (lineStart <= body.length) {
		const newline = body.indexOf('\n', lineStart);
		const lineEnd = newline === -1 ? body.length : newline;
		const line = body.slice(lineStart, lineEnd);
		const text = line.trim();
		if (text.length > 0) {
			if (start === -1) {
				start = lineStart + line.indexOf(text[0]!);
			}

			end = lineStart + line.trimEnd().length;
		} else if (start !== -1) {
			spans.push({start, end});
			start = -1;
		}

		lineStart = lineEnd + 1;
	}

	if (start !== -1) {
		spans.push({start, end});
	}

	return spans;
}
