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

const straight = '"';
const openers = new Set(['“', '„']);
const closer = '”';

const isBlank = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpeningContext = (c: string | undefined): boolean =>
	isBlank(c) || c === '(' || c === '[' || c === '—' || c === '–';

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
	let open: {start: number; paragraph: number} | null = null;

	for (const [index, paragraph] of paragraphs.entries()) {
		let i = paragraph.start;
		if (open !== null) {
			const first = body[i];
			if (first !== undefined && (openers.has(first) || first === straight)) {
				i++;
			} else {
				open = null;
			}
		}

		for (; i < paragraph.end; i++) {
			const c = body[i];
			if (c !== straight && c !== closer && c !== '“' && c !== '„') {
				continue;
			}

			const previous = i > paragraph.start ? body[i - 1] : undefined;
			const next = i + 1 < paragraph.end ? body[i + 1] : undefined;
			const here = {start: i, paragraph: index};

			if (open === null) {
				if (openers.has(c) || (c === straight && !isBlank(next))) {
					open = here;
				} else if (c === closer && isOpeningContext(previous) && isWordChar(next)) {
					// A closing mark typed where an opening one belongs.
					open = here;
				}

				continue;
			}

			const closes =
				c === closer ||
				(c === straight && !isBlank(previous)) ||
				// An opening mark typed where a closing one belongs: “…“ followed by a space.
				(openers.has(c) && !isBlank(previous) && !isWordChar(next));
			if (closes) {
				found.push({start: open.start, end: i + 1, firstParagraph: open.paragraph, lastParagraph: index});
				open = null;
			} else if (openers.has(c) || !isBlank(next)) {
				// A new quotation opens while one is still open: the earlier mark was unbalanced.
				open = here;
			}
		}

		const following = paragraphs[index + 1];
		if (open !== null && following !== undefined) {
			const first = body[following.start];
			const continues = first !== undefined && (openers.has(first) || first === straight);
			if (!continues) {
				open = null;
			}
		}
	}

	return found;
}

/** Paragraphs as runs of non-blank lines, for articles that come without them. */
export function splitParagraphs(body: string): Span[] {
	const spans: Span[] = [];
	let start = -1;
	let lastNonBlank = -1;
	let lineHasText = false;
	for (let i = 0; i <= body.length; i++) {
		const c = body[i];
		if (c === '\n' || c === undefined) {
			if (!lineHasText && start !== -1) {
				spans.push({start, end: lastNonBlank + 1});
				start = -1;
			}

			lineHasText = false;
			continue;
		}

		if (!/\s/.test(c)) {
			if (start === -1) {
				start = i;
			}

			lineHasText = true;

			lastNonBlank = i;
		}
	}

	if (start !== -1) {
		spans.push({start, end: lastNonBlank + 1});
	}

	return spans;
}
