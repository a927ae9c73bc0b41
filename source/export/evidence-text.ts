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

	const pieces: EvidencePiece[] = [];
	for (const [index, passage] of passages.entries()) {
		if (index > 0) {
			pieces.push({text: passageGap, marked: false});
		}

		// One by one: spreading the pieces of a passage of many marked spans overflows the call stack.
		for (const piece of splitPassage(body, passage, valid)) pieces.push(piece);
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

function splitPassage(body: string, passage: Span, spans: readonly Span[]): EvidencePiece[] {
	const marks = spans
		.filter(span => span.end > passage.start && span.start < passage.end && span.end > span.start)
		.map(span => ({start: Math.max(span.start, passage.start), end: Math.min(span.end, passage.end)}))
		.sort((a, b) => a.start - b.start);
	const pieces: EvidencePiece[] = [];
	let at = passage.start;
	for (const mark of marks) {
		if (mark.end <= at) {
			continue;
		}

		const start = Math.max(mark.start, at);
		if (start > at) {
			pieces.push({text: clean(body.slice(at, start)), marked: false});
		}

		pieces.push({text: clean(body.slice(start, mark.end)), marked: true});
		at = mark.end;
	}

	if (at < passage.end) {
		pieces.push({text: clean(body.slice(at, passage.end)), marked: false});
	}

	return pieces;
}

/** Untrusted article text on one line: no control characters, no line breaks inside a table cell. */
export function clean(text: string): string {
	return sanitize(text);
}
