// A whole split in two across sentences: "24 deaths last month, only five of them in Oregon. The other 19 were in
// Idaho." The first sentence gives the whole and one part, the next opens on "the other" part: together they are the
// whole list, and "the other" says the two make all of it, so the whole is the list's total line.
import type {Article} from '../../article/types.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {ItemDraft, ListDraft} from './breakdown-items.ts';
import {spanOf} from './item-names.ts';

// "five of them in Oregon", "five of those were in Oregon": a part of the whole before it, and where.
const PART_OF_THEM =
	/^\s+(?:[a-z]+\s+)?of (?:them|those|these|which)\s+(?:[a-z]+\s+){0,3}?(?:in|at|from)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
// "The other 19 deaths were in Idaho", "The remaining 19 came from Idaho".
const THE_OTHER = /^\s*(?:But\s+|And\s+)?the\s+(?:other|remaining)\s+$/i;
const PLACE_AFTER = /^[^.;:]{0,60}?\b(?:in|at|from)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;

function item(body: string, name: string, mention: NumberMention, end: number): ItemDraft {
	// A sentence's full stop is not part of the name; an abbreviation's is ("D.C.").
	const clean = name.replace(/^the\s+/, '').replace(/(?<![A-Z])\.$/, '');
	return {name: clean, mention, span: spanOf(body, mention.hedgedSpan.start, end), noun: null, shape: 'preposition'};
}

/** Lists of a whole, one part in its sentence and "the other" part opening the next. */
export function complementLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	for (let index = 0; index + 1 < sentences.length; index++) {
		const sentence = sentences[index]!;
		const next = sentences[index + 1]!;
		if (next.paragraph - sentence.paragraph > 1) continue;
		const here = mentionsIn(mentions, sentence).filter(isQuantity);
		const opening = mentionsIn(mentions, next).find(isQuantity);
		if (here.length < 2 || opening === undefined) continue;
		if (!THE_OTHER.test(body.slice(next.start, opening.hedgedSpan.start))) continue;
		const second = PLACE_AFTER.exec(body.slice(opening.span.end, next.end));
		if (second === null) continue;
		for (let k = 1; k < here.length; k++) {
			const part = here[k]!;
			const first = PART_OF_THEM.exec(body.slice(part.span.end, sentence.end));
			if (first === null || part.kind !== opening.kind) continue;
			const whole = here
				.slice(0, k)
				.findLast(mention => mention.kind === part.kind && mention.value > part.value && mention.value > opening.value);
			if (whole === undefined) continue;
			const items = [
				item(body, first[1]!, part, part.span.end + first[0].length),
				item(body, second[1]!, opening, opening.span.end + second[0].length),
			];
			lists.push({
				items,
				span: {start: part.hedgedSpan.start, end: items[1]!.span.end},
				lead: {start: sentence.start, end: part.hedgedSpan.start},
				totalLine: whole,
				measure: null,
				sentence: index,
			});
			break;
		}
	}

	return lists;
}
