// Growth rates: "an increase of 5,003, or 0.2 percent", "grew 0.51 percent by adding 8,237 … to 1,620,867". The rate is
// of the figure before the growth, the new total less the increase.
import type {Article, Span} from '../../article/types.ts';
import {formatValue, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {decimalsOf, draft, maxFiguresPerSentence, type Draft} from './check-draft.ts';

// Words before a figure that make it an increase: "an increase of 5,003", "grew by 2,306", "adding 8,237".
const INCREASE_BEFORE =
	/\b(?:increase of|increased by|grew by|growth of|gain of|gained|rose by|up by|adding|added|an additional)\s+$/i;

/** The figure before a growth: the sentence's largest count less the increase, if the figure is an increase. */
export function growthBase(
	body: string,
	sentence: Span,
	part: NumberMention,
	mentions: readonly NumberMention[],
): {readonly value: number; readonly total: NumberMention} | null {
	if (!INCREASE_BEFORE.test(body.slice(Math.max(0, part.hedgedSpan.start - 20), part.hedgedSpan.start))) return null;
	const total = mentionsIn(mentions, sentence)
		.filter(mention => mention !== part && mention.kind === part.kind && mention.value > part.value)
		.reduce<NumberMention | null>(
			(best, mention) => (best === null || mention.value > best.value ? mention : best),
			null,
		);
	return total === null ? null : {value: total.value - part.value, total};
}

export function growthDraft(
	part: NumberMention,
	percent: NumberMention,
	grown: {readonly value: number; readonly total: NumberMention},
	decimals: number,
	holds = true,
	tied = false,
): Draft {
	const shown = ((part.value / grown.value) * 100).toFixed(Math.max(1, decimals));
	const [a, t, b, p] = [part.value, grown.total.value, grown.value, percent.value].map(formatValue);
	// ✗ only when the wording ties rate, total and increase together; otherwise which figures the growth joins is a
	// reading, and a miss is "?".
	return draft(
		'percentage',
		holds ? 'consistent' : tied ? 'inconsistent' : 'unverifiable',
		holds
			? `${a} more on ${b} (the ${t} less the increase) is ${shown}%, which rounds to the ${p}% stated.`
			: tied
				? `${a} more on ${b} (the ${t} less the increase) is ${shown}%, not the ${p}% stated.`
				: `${a} more on ${b} (the ${t} less the increase) is ${shown}%, not the ${p}% stated; check which figures the growth is of.`,
		`${a} ÷ (${t} − ${a}) = ${shown}% ${holds ? '≈' : '≠'} ${p}% stated`,
		percent.value,
		Number(shown),
		[part.span, percent.span, grown.total.span],
	);
}

// A sentence that tells a growth, rate first: "grew", "growing", "swelled by", "an increase of".
const GROWTH =
	/\b(?:grew|grow(?:s|ing)|swell(?:s|ed|ing)|rose|ris(?:es|ing)|increase[sd]?|gain(?:s|ed)?|climb(?:s|ed|ing)|added|adding)\b/i;
// A count that is the increase: "2,306 more residents", "an additional 2,737 people", "by 5,677".
const MORE_AFTER = /^\s+(?:more|new|additional|extra)\b/i;
const BY_BEFORE = /\bby\s+$/i;
// The total the growth brings a figure to: "to 1,620,867", "pushing it to 1,373,659".
const TO_BEFORE = /\bto\s+(?:reach\s+)?$|\breaching\s+$/i;

/**
 * Growth rates written rate first, not checked as shares: one percent, one increase and the total it brings the
 * figure to, in one sentence. `taken` holds the starts of figures other checks have used.
 */
export function growthChecks(
	article: Article,
	mentions: readonly NumberMention[],
	taken: ReadonlySet<number>,
): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	for (const sentence of sentences) {
		const inSentence = mentionsIn(mentions, sentence);
		if (inSentence.length > maxFiguresPerSentence || !GROWTH.test(body.slice(sentence.start, sentence.end))) continue;
		const percents = inSentence.filter(mention => mention.kind === 'percent');
		const percent = percents[0];
		if (percents.length !== 1 || percent === undefined || taken.has(percent.span.start)) continue;
		const before = (mention: NumberMention): string =>
			body.slice(Math.max(0, mention.hedgedSpan.start - 20), mention.hedgedSpan.start);
		const counts = inSentence.filter(mention => mention.kind === 'count');
		const increase = counts.find(
			mention =>
				INCREASE_BEFORE.test(before(mention)) ||
				BY_BEFORE.test(before(mention)) ||
				MORE_AFTER.test(body.slice(mention.span.end, mention.span.end + 12)),
		);
		const total = counts.find(mention => mention !== increase && TO_BEFORE.test(before(mention)));
		if (increase === undefined || total === undefined || total.value <= increase.value) continue;
		const grown = {value: total.value - increase.value, total};
		const decimals = decimalsOf(body, percent);
		const tolerance = 0.5 * 10 ** -decimals + (percent.hedge === 'exact' ? 0 : 1);
		const fits = (base: number): boolean => Math.abs((increase.value / base) * 100 - percent.value) <= tolerance + 1e-9;
		const holds = fits(grown.value) || fits(total.value);
		// ✗ only when the wording ties all three: "by 5.7 percent to 481,613 with an additional 2,737 people".
		const tied =
			/^\s*(?:percent|per cent)?\s*(?:,\s*)?to\s+$/i.test(body.slice(percent.span.end, total.hedgedSpan.start)) &&
			/\bby\s+$/i.test(before(percent)) &&
			!BY_BEFORE.test(before(increase));
		found.push(growthDraft(increase, percent, grown, decimals, holds, tied));
	}

	return found;
}
