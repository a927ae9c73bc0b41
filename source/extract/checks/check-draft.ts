// The shape every check is built in before it is numbered, shared by the check modules.
import type {Span} from '../../article/types.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {Check, CheckKind, Verdict} from '../types.ts';

export type Draft = Omit<Check, 'id'>;

export function draft(
	kind: CheckKind,
	verdict: Verdict,
	claim: string,
	arithmetic: string,
	expected: number,
	actual: number,
	spans: readonly Span[],
): Draft {
	return {
		kind,
		verdict,
		claim,
		arithmetic,
		expected,
		actual,
		difference: Math.round((actual - expected) * 1e6) / 1e6,
		hint: null,
		spans,
		breakdownId: null,
	};
}

/** Digits written after the decimal point: "7.4%" → 1, "58.30%" → 2, "64 percent" → 0. */
export function decimalsOf(body: string, mention: NumberMention): number {
	const text = body.slice(mention.span.start, mention.span.end);
	const dot = text.indexOf('.');
	if (dot === -1) return 0;
	let end = dot + 1;
	while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
	return end - dot - 1;
}

/**
 * Half a unit of the last digit written, in the mention's own scale: "$14.6 billion" → 0.05 billion, "646" → 0.5.
 * Trailing zeros of a whole number are taken as written, not as rounding: a writer who rounds says so with a hedge.
 */
export function halfUnit(body: string, mention: NumberMention): number {
	const decimals = decimalsOf(body, mention);
	const text = body.slice(mention.span.start, mention.span.end);
	const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0]?.replaceAll(',', '');
	const written = digits === undefined ? 0 : Number(digits);
	const scale = written > 0 && Number.isFinite(mention.value / written) ? mention.value / written : 1;
	return 0.5 * 10 ** -decimals * scale;
}

/** A value a check can use: finite, positive and within what any article counts. */
export function usable(value: number): boolean {
	return Number.isFinite(value) && value > 0 && value < 1e15;
}

/** The mention as written, for claims: "$698.0 million" rather than 698,000,000. */
export function written(body: string, mention: NumberMention): string {
	return body.slice(mention.span.start, mention.span.end);
}

/**
 * A sentence with more figures than this is a data dump, not prose: the per-figure searches of its sentence that the
 * share, change and point checks make would be quadratic in it ("5 (1%), " 8,000 times took 21 s), and no reader
 * writes one.
 */
export const maxFiguresPerSentence = 200;

/**
 * The verdict of a check against a whole: ✓ when it holds; when it misses, ✗ only if the article ties the whole to the
 * figures ("of the 495", "won by", "In all"), else "?" — the nearest larger figure is a guess at the whole, not a fault.
 */
export function tiedVerdict(holds: boolean, tied: boolean): Verdict {
	return holds ? 'consistent' : tied ? 'inconsistent' : 'unverifiable';
}
