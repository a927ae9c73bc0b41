// Rankings written inline, as results and league tables are flattened into a line: "2018: 1. China, 289 2. Japan, 205
// 3. South Korea, 177". The rank numbers are no figures; each "k. Name, N" is an item, ranks counted up from 1.
import type {Article} from '../../article/types.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {cleanName} from './item-names.ts';

// One ranked entry: its rank, its name (no digits, no comma) and the figure after the comma.
const ENTRY = /(?:^|\s)(\d{1,2})\.\s+(\p{Lu}[^,\d\n]{0,40}?),\s+(?=\d)/gu;

/** Each line's ranked entries, "1. A, N 2. B, M …", as a list when there are two or more ranked from 1. */
export function rankedLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	// Mentions by where they start, to find the figure after each entry's comma without a scan.
	const byStart = new Map(mentions.map(mention => [mention.hedgedSpan.start, mention]));
	for (let start = 0; start < body.length;) {
		const newline = body.indexOf('\n', start);
		const end = newline === -1 ? body.length : newline;
		const line = body.slice(start, end);
		const items: ItemDraft[] = [];
		ENTRY.lastIndex = 0;
		for (let match = ENTRY.exec(line); match !== null; match = ENTRY.exec(line)) {
			const mention = byStart.get(start + match.index + match[0].length);
			const name = cleanName(match[2]!);
			if (mention === undefined || name === null || Number(match[1]) !== items.length + 1) break;
			const nameAt = start + match.index + match[0].indexOf(match[2]!);
			items.push({name, mention, span: {start: nameAt, end: mention.span.end}, noun: null, shape: 'line'});
		}

		if (items.length >= 2) {
			const sentence = sentenceBefore(article, items[0]!.span.start);
			lists.push({
				items,
				span: {start: items[0]!.span.start, end: items.at(-1)!.span.end},
				lead: {start, end: items[0]!.span.start},
				totalLine: null,
				measure: null,
				sentence,
				// A ranking shows its top entries: what it leaves out is not said.
				partial: true,
			});
		}

		start = end + 1;
	}

	return lists;
}
