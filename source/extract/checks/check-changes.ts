// Percentage changes: "rose 6% to $14.6 billion from $13.8 billion", "an increase of 7.4% compared with $649.9
// million", "down 24 per cent from 3,050 hours" — the stated change against the two figures it compares.
import type {Article} from '../../article/types.ts';
import {decimalsOf, draft, halfUnit, maxFiguresPerSentence, usable, written, type Draft} from './check-draft.ts';
import {isAdjectival, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

const UP =
	/\b(?:up|rose|rise|rises|risen|rising|increased?|increases|increasing|grew|grow|grows|growth|gained?|gains|jumped?|jumps|climbed?|climbs|soared?|surged?|higher|more|boost(?:ed)?)\b/i;
const DOWN =
	/\b(?:down|fell|fall|falls|fallen|falling|decreased?|decreases|decreasing|declined?|declines|dropped|drops?|slumped?|plunged?|slid|slipped|tumbled|sank|lower|less|fewer|cut|cuts|reduced|reduction|shrank|shrunk)\b/i;
// The old figure of a comparison: "from 425", "from a peak of 310,000", "over last year's $46.2 million", "compared
// with $649.9 million", "versus 12".
export const FROM_BEFORE =
	/\b(?:from(?:\s+(?:a|an|the|its|their|last year's|last year’s)(?:\s+\w+)?\s+(?:peak|high|low|record|total|level|tally|count|figure)\s+of)?|over\s+(?:last|the previous|the prior)\s+(?:year|month|quarter|week)['’]s|compared (?:with|to)|versus|vs\.?|against)\s+$/i;
export const TO_BEFORE = /\bto\s+$/i;

/** +1 or −1 when the words around the percentage say which way the figure moved, 0 when they do not. */
export function direction(before: string, after: string): number {
	const near = `${before} ${after}`;
	const up = UP.exec(near);
	const down = DOWN.exec(near);
	if (up !== null && down === null) return 1;
	if (down !== null && up === null) return -1;
	if (up !== null && down !== null) return up.index > down.index ? 1 : -1;
	return 0;
}

function comparable(a: NumberMention, b: NumberMention): boolean {
	if (a.kind !== b.kind || (a.kind !== 'count' && a.kind !== 'money')) return false;
	if (a.kind === 'money' && a.currency !== b.currency) return false;
	if (!usable(a.value) || !usable(b.value)) return false;
	// A change of more than a hundredfold is not what a percentage beside them describes.
	const ratio = a.value / b.value;
	return ratio > 0.01 && ratio < 100;
}

/** The `length` characters before a mention (and its hedge). */
export function before(body: string, mention: NumberMention, length: number): string {
	return body.slice(Math.max(0, mention.hedgedSpan.start - length), mention.hedgedSpan.start);
}

/** The new figure: "to X" in the sentence, else the figure nearest the old one, else one of the same noun nearby. */
function newFigure(
	article: Article,
	index: number,
	inSentence: readonly NumberMention[],
	old: NumberMention,
	mentions: readonly NumberMention[],
): NumberMention | null {
	const {body, sentences} = article;
	const candidates = inSentence.filter(
		mention => mention !== old && comparable(mention, old) && !isAdjectival(body, mention),
	);
	const to = candidates.find(mention => TO_BEFORE.test(before(body, mention, 6)));
	if (to !== undefined) return to;
	const earlier = candidates.filter(mention => mention.span.start < old.span.start).at(-1);
	if (earlier !== undefined) return earlier;
	if (candidates.length > 0) return null;
	// "Volunteers logged 2,318 hours. That was down 24 per cent from 3,050 hours": the same noun a sentence or two away.
	const noun = nounAfter(body, old.span.end);
	if (noun === null) return null;
	for (const k of [index - 1, index - 2, index + 1]) {
		const sentence = sentences[k];
		if (sentence === undefined || sentence.paragraph < sentences[index]!.paragraph - 1) continue;
		const match = mentionsIn(mentions, sentence).find(
			mention => comparable(mention, old) && nounAfter(body, mention.span.end) === noun,
		);
		if (match !== undefined) return match;
	}

	return null;
}

/** Every percentage change the text states with both figures it compares. */
export function changeChecks(article: Article, mentions: readonly NumberMention[]): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	sentences.forEach((sentence, index) => {
		const inSentence = mentionsIn(mentions, sentence);
		if (inSentence.length > maxFiguresPerSentence) return;
		for (const percent of inSentence) {
			if (percent.kind !== 'percent' || !usable(percent.value)) continue;
			// "3 percentage points" is a difference of two rates, not a relative change.
			if (/point/i.test(written(body, percent))) continue;
			const lead = before(body, percent, 40);
			const tail = body.slice(percent.span.end, Math.min(sentence.end, percent.span.end + 24));
			const sign = direction(lead.slice(Math.max(0, lead.length - 30)), /^\s*\S+/.exec(tail)?.[0] ?? '');
			// The old figure follows the percentage ("6% to X from Y", "7.4% compared with Y") or comes just before it
			// ("up from 425, an increase of 52%").
			// Windows, not the whole sentence per percentage: that is quadratic in a sentence of thousands of them.
			const ahead = mentionsIn(mentions, {start: percent.span.end, end: Math.min(sentence.end, percent.span.end + 80)});
			const behind = mentionsIn(mentions, {
				start: Math.max(sentence.start, percent.span.start - 260),
				end: percent.span.start,
			});
			const old =
				ahead.find(
					mention =>
						mention.span.start > percent.span.end &&
						mention.span.start - percent.span.end < 80 &&
						FROM_BEFORE.test(before(body, mention, 40)),
				) ??
				behind.findLast(
					mention =>
						mention.span.end < percent.span.start &&
						percent.span.start - mention.span.end < 60 &&
						FROM_BEFORE.test(before(body, mention, 40)),
				);
			if (old === undefined || (old.kind !== 'count' && old.kind !== 'money')) continue;
			if (sign === 0 && !/\bchange\b/i.test(lead)) continue;
			const next = newFigure(article, index, inSentence, old, mentions);
			if (next === null) continue;
			const change = (next.value / old.value - 1) * 100;
			const stated = sign === 0 ? Math.sign(change) * percent.value : sign * percent.value;
			const decimals = decimalsOf(body, percent);
			// The written precision of the percentage and of both figures; a hedge widens it by a point.
			const spread = (next.value / old.value) * (halfUnit(body, next) / next.value + halfUnit(body, old) / old.value);
			const tolerance = 0.5 * 10 ** -decimals + spread * 100 + (percent.hedge === 'exact' ? 0 : 1);
			let holds = Math.abs(change - stated) <= tolerance + 1e-9;
			if (percent.hedge === 'at-least') holds = sign * change >= percent.value - tolerance;
			if (percent.hedge === 'at-most') holds = sign * change <= percent.value + tolerance;
			const shown = Number(change.toFixed(Math.max(1, decimals)));
			const signed = (value: number): string => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}%`;
			const [from, to] = [written(body, old), written(body, next)];
			const way = change >= 0 ? 'a rise' : 'a fall';
			found.push(
				draft(
					'percentage',
					holds ? 'consistent' : 'inconsistent',
					holds
						? `From ${from} to ${to} is ${way} of ${Math.abs(shown)}%, which fits the ${percent.value}% stated.`
						: `From ${from} to ${to} is ${way} of ${Math.abs(shown)}%, not the ${signed(stated)} stated.`,
					`${to} ÷ ${from} − 1 = ${signed(shown)} ${holds ? '≈' : '≠'} ${signed(stated)} stated`,
					stated,
					shown,
					[percent.span, old.span, next.span],
				),
			);
		}
	});
	return found;
}
