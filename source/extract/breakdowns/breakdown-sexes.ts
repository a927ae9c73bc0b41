// A count split by sex in one phrase: "61 girls and 59 boys have enrolled", "nine girls and 11 boys". The two
// nouns are each other's complement, so the pair is a list though no whole comes before it in the sentence, as the
// counted-noun reader otherwise asks ("12 points and 9 rebounds" is none).
import type {Article} from '../../article/types.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {ListDraft} from './breakdown-items.ts';

const COMPLEMENT: ReadonlyMap<string, string> = new Map([
	['women', 'men'],
	['men', 'women'],
	['females', 'males'],
	['males', 'females'],
	['girls', 'boys'],
	['boys', 'girls'],
]);
const FIRST = /^\s+(women|men|females|males|girls|boys)\s+and\s+$/;
const SECOND = /^\s+(women|men|females|males|girls|boys)\b/;

/**
 * Lists of two by sex. The whole is only one the article states in the pair's own sentence or the parts add up to
 * exactly (breakdown-totals.ts), since a figure nearby may count anyone.
 */
export function sexLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	sentences.forEach((sentence, index) => {
		const counts = mentionsIn(mentions, sentence).filter(mention => isQuantity(mention) && mention.kind === 'count');
		for (let k = 0; k + 1 < counts.length; k++) {
			const [a, b] = [counts[k]!, counts[k + 1]!];
			const first = FIRST.exec(body.slice(a.span.end, b.hedgedSpan.start))?.[1];
			const second = SECOND.exec(body.slice(b.span.end, b.span.end + 12))?.[1];
			if (first === undefined || second === undefined || COMPLEMENT.get(first) !== second) continue;
			const end = b.span.end + 1 + second.length;
			lists.push({
				items: [
					{
						name: first,
						mention: a,
						span: {start: a.hedgedSpan.start, end: a.span.end + 1 + first.length},
						noun: null,
						shape: 'counted',
					},
					{name: second, mention: b, span: {start: b.hedgedSpan.start, end}, noun: null, shape: 'counted'},
				],
				span: {start: a.hedgedSpan.start, end},
				lead: {start: sentence.start, end: a.hedgedSpan.start},
				totalLine: null,
				measure: null,
				sentence: index,
				ownSentenceTotal: true,
			});
			k++;
		}
	});
	return lists;
}
