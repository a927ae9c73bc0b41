// Rates against the counts they come from: "a pass percentage of 93.3%" beside "261,480 … appeared, and 243,978
// passed"; "42.2 per cent of the valid vote" beside a candidate's votes and the valid-vote total.
import type {Article} from '../../article/types.ts';
import {decimalsOf, draft, usable, written, type Draft} from './check-draft.ts';
import {formatValue, isAdjectival, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

// A rate named as one ("pass percentage of", "turnout of", "a share of") or a percentage of a named whole.
const RATE_BEFORE =
	/\b(?:percentage|rate|share|turnout|proportion|ratio)\s+(?:\w+\s+){0,2}?(?:of|was|is|at|stood at|reached|to)\s+$/i;
const RATE_AFTER = /^\s*of (?:the|all|those)\b/i;
// How many figures on each side a rate is tried against: enough for a paragraph of results, and a bound on the pairs.
const reach = 8;

function isPlainCount(body: string, mention: NumberMention): boolean {
	return mention.kind === 'count' && mention.hedge === 'exact' && usable(mention.value) && !isAdjectival(body, mention);
}

/**
 * A rate written to a decimal place is checked against the pair of nearby counts that gives it. Only a match is
 * reported: with no stated pair, a miss would only say that these two counts are not the ones it came from.
 */
export function rateChecks(article: Article, mentions: readonly NumberMention[], taken: ReadonlySet<number>): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	sentences.forEach((sentence, index) => {
		for (const percent of mentionsIn(mentions, sentence)) {
			if (percent.kind !== 'percent' || taken.has(percent.span.start) || !usable(percent.value)) continue;
			const decimals = decimalsOf(body, percent);
			// A whole percentage matches some pair of nearby counts by chance far too often to stand as a check.
			if (decimals === 0 || percent.value >= 100 || /point/i.test(written(body, percent))) continue;
			const lead = body.slice(Math.max(0, percent.hedgedSpan.start - 48), percent.hedgedSpan.start);
			if (!RATE_BEFORE.test(lead) && !RATE_AFTER.test(body.slice(percent.span.end, percent.span.end + 16))) continue;
			const first = sentences[Math.max(0, index - 2)]!;
			const last = sentences[Math.min(sentences.length - 1, index + 2)]!;
			const near = mentionsIn(mentions, {start: first.start, end: last.end}).filter(mention =>
				isPlainCount(body, mention),
			);
			const at = near.findIndex(mention => mention.span.start > percent.span.start);
			const middle = at === -1 ? near.length : at;
			const pool = near.slice(Math.max(0, middle - reach), middle + reach);
			const tolerance = 0.5 * 10 ** -decimals + 1e-9;
			let best: {part: NumberMention; whole: NumberMention; share: number; distance: number} | null = null;
			for (const part of pool) {
				for (const whole of pool) {
					if (whole.value <= part.value) continue;
					const share = (part.value / whole.value) * 100;
					if (Math.abs(share - percent.value) > tolerance) continue;
					const distance =
						Math.abs(part.span.start - percent.span.start) + Math.abs(whole.span.start - percent.span.start);
					if (best === null || distance < best.distance) best = {part, whole, share, distance};
				}
			}

			if (best === null) continue;
			const shown = best.share.toFixed(decimals);
			const [a, w] = [formatValue(best.part.value), formatValue(best.whole.value)];
			found.push(
				draft(
					'percentage',
					'consistent',
					`${a} of ${w} is ${shown}%, the ${percent.value}% stated.`,
					`${a} ÷ ${w} = ${shown}% = ${percent.value}% stated`,
					percent.value,
					Number(shown),
					[percent.span, best.part.span, best.whole.span],
				),
			);
		}
	});
	return found;
}
