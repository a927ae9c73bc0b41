// A medal count written as results pages print it: "40 total medals (12-13-15)", "five golds (5-1-2)", "(5: 3-1-1)",
// "(ARG: 2-0-1)". By the convention of medal tables the three figures are gold, silver and bronze, in that order; read
// only in a sentence about medals, since "(10-2-1)" elsewhere is a win-loss record or a score.
import type {Article} from '../../article/types.ts';
import {mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {ItemDraft, ListDraft} from './breakdown-items.ts';

const MEDALS = /\b(?:medals?|golds?|silvers?|bronzes?|medal table|medal tally)\b/i;
// "(12-13-15)", "(5: 3-1-1)", "(ARG: 2-0-1)": an optional total or country code, then the three counts.
const TRIPLE = /\((?:(?:[A-Z]{2,4}|(\d{1,4})):\s*)?(\d{1,4})-(\d{1,4})-(\d{1,4})\)/g;
// "40 total medals (": the figure before the parenthesis is the count it splits only when it counts medals.
const WHOLE_BEFORE = /^\s+(?:total\s+)?medals\s*$/i;
const NAMES = ['gold', 'silver', 'bronze'] as const;

/** Lists of gold, silver and bronze read from "(a-b-c)" in sentences about medals. */
export function medalLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	sentences.forEach((sentence, index) => {
		const text = body.slice(sentence.start, sentence.end);
		if (!MEDALS.test(text)) return;
		for (const match of text.matchAll(TRIPLE)) {
			const open = sentence.start + match.index;
			const close = open + match[0].length;
			// Looked up by position, not by a scan of the sentence's figures: a sentence may hold very many triples.
			const inside = mentionsIn(mentions, {start: open, end: close});
			const counts = inside.slice(-3);
			if (counts.length !== 3 || counts.some(mention => mention.kind !== 'count')) continue;
			const items: ItemDraft[] = counts.map((mention, k) => ({
				name: NAMES[k]!,
				mention,
				span: mention.span,
				noun: null,
				shape: 'counted',
			}));
			const stated = match[1] === undefined ? null : inside.length === 4 ? inside[0]! : null;
			const previous = mentionsIn(mentions, {start: Math.max(sentence.start, open - 40), end: open}).at(-1);
			const before = previous !== undefined && WHOLE_BEFORE.test(body.slice(previous.span.end, open)) ? previous : null;
			lists.push({
				items,
				span: {start: open, end: close},
				lead: {start: sentence.start, end: open},
				totalLine: stated ?? before,
				// Tied loosely: a figure before a medal split may count more than the three colours (team events).
				totalLeads: true,
				measure: 'medals',
				sentence: index,
				ownSentenceTotal: true,
			});
		}
	});
	return lists;
}
