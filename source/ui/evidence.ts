import type {Span} from '../extract/types.ts';

export {evidencePassages} from './sentence-guess.ts';

// The evidence behind a finding is the sentence(s) around its spans, taken from the sentences the core found
// (abbreviation-aware: "D.C." and "H." do not end them). Pure, no Ink: the export writers use it too.

/** What the evidence finder needs from a report's article. */
export type EvidenceSource = {
	readonly body: string;
	/** The body's sentences in text order (report.article.sentences). */
	readonly sentences: readonly Span[];
	/** The body's paragraphs in text order (report.article.paragraphs). */
	readonly paragraphs: readonly Span[];
};

/** Index of the last span in `spans` (sorted, non-overlapping) that starts at or before `offset`; -1 when none. */
function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
	let low = 0;
	let high = spans.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		if (spans[middle]!.start <= offset) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}

	return found;
}

/** The span of `spans` holding `offset` (an end offset counts as inside), or undefined. */
function spanHolding(spans: readonly Span[], offset: number): Span | undefined {
	const index = lastStartingAtOrBefore(spans, offset);
	const span = spans[index];
	return span !== undefined && offset <= span.end ? span : undefined;
}

/**
 * The sentence(s) around `span`: from the start of the sentence holding its start to the end of the one holding its
 * end. A span outside every sentence (between them, or with no sentences known) is its own passage.
 */
export function sentenceOf(sentences: readonly Span[], span: Span): Span {
	const first = spanHolding(sentences, span.start);
	const last = span.end > span.start ? spanHolding(sentences, span.end - 1) : first;
	return {
		start: Math.min(first?.start ?? span.start, span.start),
		end: Math.max(last?.end ?? span.end, span.end),
	};
}

/** The passages to show for some spans: each span's sentence(s), overlapping passages merged, in text order. */
export function passagesFor(sentences: readonly Span[], spans: readonly Span[]): Span[] {
	const passages = spans.map(span => sentenceOf(sentences, span)).sort((a, b) => a.start - b.start || a.end - b.end);
	const merged: Span[] = [];
	for (const passage of passages) {
		const last = merged.at(-1);
		if (last !== undefined && passage.start <= last.end) {
			merged[merged.length - 1] = {start: last.start, end: Math.max(last.end, passage.end)};
		} else {
			merged.push(passage);
		}
	}

	return merged;
}

/** Where an offset sits among the paragraphs: 1-based number (of the paragraph holding it, or the last one before it) and how many there are. */
export function paragraphOf(paragraphs: readonly Span[], offset: number): {number: number; count: number} {
	return {number: Math.max(1, lastStartingAtOrBefore(paragraphs, offset) + 1), count: paragraphs.length};
}

/** "paragraph 3 of 17, chars 412–436" (+N more when there are several spans). */
export function evidenceLocation(paragraphs: readonly Span[], spans: readonly Span[]): string {
	const first = spans[0];
	if (first === undefined) {
		return 'no position in the article';
	}

	const more = spans.length > 1 ? ` (+${spans.length - 1} more)` : '';
	const {number, count} = paragraphOf(paragraphs, first.start);
	const where = count === 0 ? '' : `paragraph ${number} of ${count}, `;
	return `${where}chars ${first.start}–${first.end}${more}`;
}
