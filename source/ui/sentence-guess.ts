import type {Span} from '../extract/types.ts';

// The sentence around a span guessed from the body alone, for callers that have no sentence list. It ends sentences at
// "D.C." and "H.": prefer `passagesFor` in evidence.ts with the report's own sentences. A sentence ends at . ! ?
// (optionally followed by closing quotes or brackets) before whitespace, or at a blank line. Bounded so that a body
// without punctuation cannot make one call scan megabytes.
const maxReach = 1500;
const closers = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(char: string | undefined): boolean {
	return char === ' ' || char === '\n' || char === '\t' || char === '\u00A0';
}

function isParagraphBreak(body: string, index: number): boolean {
	// A newline followed (after spaces) by another newline.
	if (body[index] !== '\n') {
		return false;
	}

	let i = index + 1;
	while (body[i] === ' ' || body[i] === '\t') {
		i++;
	}

	return body[i] === '\n';
}

/** Whether a sentence ends just before `index` (index is the whitespace after it). */
function endsSentenceBefore(body: string, index: number): boolean {
	let i = index - 1;
	while (i >= 0 && closers.has(body[i]!)) {
		i--;
	}

	const char = body[i];
	return char === '.' || char === '!' || char === '?';
}

function sentenceStart(body: string, from: number): number {
	const limit = Math.max(0, from - maxReach);
	for (let i = from - 1; i >= limit; i--) {
		if (isSpace(body[i]) && (endsSentenceBefore(body, i) || (body[i] === '\n' && isParagraphBreakBefore(body, i)))) {
			return skipSpace(body, i);
		}
	}

	return skipSpace(body, limit);
}

function isParagraphBreakBefore(body: string, index: number): boolean {
	let i = index - 1;
	while (body[i] === ' ' || body[i] === '\t') {
		i--;
	}

	return body[i] === '\n' || isParagraphBreak(body, index);
}

function skipSpace(body: string, index: number): number {
	let i = index;
	while (i < body.length && isSpace(body[i])) {
		i++;
	}

	return i;
}

function sentenceEnd(body: string, from: number): number {
	const limit = Math.min(body.length, from + maxReach);
	for (let i = from; i < limit; i++) {
		if (isParagraphBreak(body, i)) {
			return trimEnd(body, i);
		}

		if (isSpace(body[i]) && endsSentenceBefore(body, i)) {
			return i;
		}
	}

	return trimEnd(body, limit);
}

function trimEnd(body: string, index: number): number {
	let i = index;
	while (i > 0 && isSpace(body[i - 1])) {
		i--;
	}

	return i;
}

/** Guessed sentence(s) of `body` around `span`: from the start of the sentence holding its start to the end of the one holding its end. */
export function guessSentenceAround(body: string, span: Span): Span {
	const start = Math.min(sentenceStart(body, span.start), span.start);
	const end = Math.max(sentenceEnd(body, span.end), span.end);
	return {start, end};
}

/**
 * Guessed passages for some spans: each span's sentence, overlapping passages merged, in text order.
 * @deprecated Use `passagesFor(report.article.sentences, spans)` from evidence.ts.
 */
export function evidencePassages(body: string, spans: readonly Span[]): Span[] {
	const passages = spans
		.map(span => guessSentenceAround(body, span))
		.sort((a, b) => a.start - b.start || a.end - b.end);
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
