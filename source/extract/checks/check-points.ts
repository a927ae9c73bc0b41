// Changes in percentage points: "62%, up from 55%, an increase of 9 points", "fell to 3.9% from 4.1%, a drop of 0.2
// percentage points" — the stated difference of two rates against the two rates the sentence gives.
import type {Article} from '../../article/types.ts';
import {before, direction, FROM_BEFORE, TO_BEFORE} from './check-changes.ts';
import {decimalsOf, draft, halfUnit, maxFiguresPerSentence, usable, written, type Draft} from './check-draft.ts';
import {mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

const POINTS_AFTER = /^\s+(?:percentage\s+)?points?\b/i;

/** "9 points" or "0.2 percentage points": a difference of two rates, whichever way the numbers parser read it. */
function isPointChange(body: string, mention: NumberMention): boolean {
	if (mention.kind === 'percent') return /point/i.test(written(body, mention));
	return mention.kind === 'count' && POINTS_AFTER.test(body.slice(mention.span.end, mention.span.end + 24));
}

function formatPoints(value: number, decimals: number): string {
	const shown = Number(Math.abs(value).toFixed(decimals));
	return `${value > 0 ? '+' : value < 0 ? '−' : ''}${shown} point${shown === 1 ? '' : 's'}`;
}

/** Every change in points the text states beside both rates it separates. */
export function pointChecks(article: Article, mentions: readonly NumberMention[]): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	for (const sentence of sentences) {
		const inSentence = mentionsIn(mentions, sentence);
		if (inSentence.length > maxFiguresPerSentence) continue;
		const rates = inSentence.filter(
			mention => mention.kind === 'percent' && usable(mention.value) && !isPointChange(body, mention),
		);
		if (rates.length < 2) continue;
		for (const change of inSentence) {
			if (!isPointChange(body, change) || !usable(change.value)) continue;
			const old = rates.find(rate => FROM_BEFORE.test(before(body, rate, 40)));
			if (old === undefined) continue;
			const next =
				rates.find(rate => rate !== old && TO_BEFORE.test(before(body, rate, 6))) ??
				rates.filter(rate => rate !== old && rate.span.start < old.span.start).at(-1);
			if (next === undefined) continue;
			const lead = before(body, change, 40);
			const tail = body.slice(change.span.end, Math.min(sentence.end, change.span.end + 24));
			const around = `${body.slice(Math.max(sentence.start, next.span.end), old.hedgedSpan.start)} ${lead}`;
			const sign = direction(around.slice(-60), /^\s*\S+/.exec(tail)?.[0] ?? '');
			const actual = next.value - old.value;
			const stated = (sign === 0 ? Math.sign(actual) || 1 : sign) * change.value;
			// The written precision of the three figures: each may have been rounded by half its last digit.
			const tolerance =
				halfUnit(body, change) + halfUnit(body, old) + halfUnit(body, next) + (change.hedge === 'exact' ? 0 : 1);
			const holds = Math.abs(actual - stated) <= tolerance + 1e-9;
			const decimals = Math.max(...[change, old, next].map(mention => decimalsOf(body, mention)));
			const [from, to] = [written(body, old), written(body, next)];
			const points =
				change.kind === 'percent'
					? written(body, change)
					: written(body, change) + (POINTS_AFTER.exec(body.slice(change.span.end))?.[0] ?? '').replace(/\s+/g, ' ');
			const way = actual >= 0 ? 'a rise' : 'a fall';
			const size = formatPoints(actual, decimals).replace(/^[+−]/, '');
			found.push(
				draft(
					'difference',
					holds ? 'consistent' : 'inconsistent',
					holds
						? `From ${from} to ${to} is ${way} of ${size}, which fits the ${points} stated.`
						: `From ${from} to ${to} is ${way} of ${size}, not the ${points} stated.`,
					`${to} − ${from} = ${formatPoints(actual, decimals)} ${holds ? '≈' : '≠'} ${formatPoints(stated, decimals)} stated`,
					stated,
					Number(actual.toFixed(decimals)),
					[change.span, old.span, next.span],
				),
			);
		}
	}

	return found;
}
