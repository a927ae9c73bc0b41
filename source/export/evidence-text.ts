import type {ReportArticle, Span} from '../extract/types.ts';
import {evidencePassages, passagesFor} from '../ui/evidence.ts';
import {sanitize} from '../ui/sanitize.ts';

/** A piece of an evidence passage; `marked` is the part the finding points at. */
export type EvidencePiece = {readonly text: string; readonly marked: boolean};

/** The sentence(s) behind a finding — the same passages the dashboard shows on Enter — split around its spans. */
export type Evidence = {
	/** Where the passages start and end in the body (the first start, the last end). */
	readonly span: Span;
	readonly pieces: readonly EvidencePiece[];
};

const passageGap = ' … ';

/**
 * The evidence for `spans`: each span's sentence, as the core split them (abbreviation-aware), overlapping sentences
 * merged, passages joined with " … ". A report without sentences (hand-built) falls back to the dashboard's guess.
 */
export function evidenceFor(
	article: Pick<ReportArticle, 'body' | 'sentences'>,
	spans: readonly Span[],
): Evidence | null {
	const {body} = article;
	const valid = spans.filter(span => isWithin(span, {start: 0, end: body.length}));
	const passages = article.sentences.length > 0 ? passagesFor(article.sentences, valid) : evidencePassages(body, valid);
	const first = passages[0];
	const last = passages.at(-1);
	if (!first || !last) {
		return null;
	}

	// Sorted once and walked with the passages: filtering every span for every passage was quadratic on a check over
	// a list of one item a line.
	const marks = valid.filter(span => span.end > span.start).sort((a, b) => a.start - b.start || a.end - b.end);
	const pieces: EvidencePiece[] = [];
	let next = 0;
	for (const [index, passage] of passages.entries()) {
		if (index > 0) {
			pieces.push({text: passageGap, marked: false});
		}

		while (next < marks.length && marks[next]!.end <= passage.start) next++;
		let end = next;
		while (end < marks.length && marks[end]!.start < passage.end) end++;
		// One by one: spreading the pieces of a passage of many marked spans overflows the call stack.
		for (const piece of splitPassage(body, passage, marks.slice(next, end))) pieces.push(piece);
	}

	return {span: {start: first.start, end: last.end}, pieces};
}

function isWithin(span: Span, outer: Span): boolean {
	return span.start >= outer.start && span.end <= outer.end && span.start <= span.end;
}

/** The evidence as one plain line. */
export function evidenceText(evidence: Evidence | null): string {
	return evidence ? evidence.pieces.map(piece => piece.text).join('') : '';
}

// The characters kept on either side of a marked figure. A sentence may be most of the article (a list of thousands
// of items, or figures with no full stop between them): written out whole beside each of its rows, an export grew
// with the square of the article (issue 16). Past this much, the text between marks is cut to its two ends.
export const evidenceContext = 160;

const cut = '…';

/** `marks` are the spans inside `passage`, sorted; each gap between them is kept whole or cut to its two ends. */
function splitPassage(body: string, passage: Span, marks: readonly Span[]): EvidencePiece[] {
	const pieces: EvidencePiece[] = [];
	let at = passage.start;
	for (const mark of marks) {
		const start = Math.max(mark.start, at);
		const end = Math.min(mark.end, passage.end);
		if (end <= at) {
			continue;
		}

		if (start > at) {
			pieces.push({text: clean(gapText(body, at, start, at === passage.start ? 'before' : 'between')), marked: false});
		}

		pieces.push({text: clean(body.slice(start, end)), marked: true});
		at = end;
	}

	if (at < passage.end) {
		pieces.push({text: clean(gapText(body, at, passage.end, pieces.length === 0 ? 'alone' : 'after')), marked: false});
	}

	return pieces;
}

/** The unmarked text from `start` to `end`, cut where it is far from any mark. */
function gapText(body: string, start: number, end: number, where: 'before' | 'between' | 'after' | 'alone'): string {
	const keep = evidenceContext;
	const room = where === 'between' ? 2 * keep : keep;
	if (end - start <= room + cut.length) {
		return body.slice(start, end);
	}

	const head = where === 'before' ? '' : body.slice(start, safeCut(body, start + (where === 'alone' ? room : keep)));
	const tail = where === 'after' || where === 'alone' ? '' : body.slice(safeCut(body, end - keep), end);
	return `${head}${cut}${tail}`;
}

/** `offset`, moved back one when it would split a surrogate pair. */
function safeCut(body: string, offset: number): number {
	const code = body.charCodeAt(offset);
	return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

/** Untrusted article text on one line: no control characters, no line breaks inside a table cell. */
export function clean(text: string): string {
	return sanitize(text);
}
