// A roundup written one place a paragraph: "Ashby County saw a 21% turnout. Of the 7,570 registered voters, 1,617 cast
// ballots." / "Brill County saw … Of the 6,151 registered voters, 1,986 cast ballots." The place opens its paragraph
// and owns every figure in it, whichever sentence holds the figure; across the paragraphs, each measure is a list.
import type {Article} from '../../article/types.ts';
import {nounKey, sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {CHANGE_AFTER, CHANGE_BEFORE} from './breakdown-prose.ts';
import {cleanName, NOT_NAMES} from './item-names.ts';
import {isAdjectival, isQuantity, isRate, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

// The place that opens a paragraph: a few capitalised words and then a lower-case word ("Cassia County saw …").
const OWNER = /^(?:In\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+[a-z]/u;
// Paragraphs of a roundup are short; a long one is a story of its own.
const MAX_PARAGRAPH = 400;
// Fewer places than this could as well be two unrelated paragraphs.
const MIN_ITEMS = 3;

type Entry = {
	readonly owner: string;
	readonly ownerStart: number;
	readonly figures: ReadonlyMap<string, NumberMention>;
};

/** The paragraph's place and its figures by measure; null when it opens on no place. */
function entryOf(article: Article, index: number, mentions: readonly NumberMention[]): Entry | null {
	const {body} = article;
	const paragraph = article.paragraphs[index]!;
	if (paragraph.end - paragraph.start > MAX_PARAGRAPH) return null;
	const opening = OWNER.exec(body.slice(paragraph.start, paragraph.end));
	const owner = opening === null ? null : cleanName(opening[1]!);
	if (owner === null || NOT_NAMES.has(owner.split(' ')[0]!.toLowerCase())) return null;
	const figures = new Map<string, NumberMention>();
	const twice = new Set<string>();
	for (const mention of mentionsIn(mentions, paragraph)) {
		if (!isQuantity(mention) || mention.kind === 'percent' || isAdjectival(body, mention) || isRate(body, mention))
			continue;
		if (CHANGE_AFTER.test(body.slice(mention.span.end, mention.span.end + 24))) continue;
		if (CHANGE_BEFORE.test(body.slice(Math.max(0, mention.hedgedSpan.start - 16), mention.hedgedSpan.start))) continue;
		const noun = nounAfter(body, mention.span.end);
		if (noun === null) continue;
		const key = nounKey(noun);
		// A measure given twice in one paragraph has no one figure for its place.
		if (figures.has(key)) twice.add(key);
		else figures.set(key, mention);
	}

	for (const key of twice) figures.delete(key);
	return {owner, ownerStart: body.indexOf(owner, paragraph.start), figures};
}

/** Lists of one place a paragraph, one per measure that three places or more give; figures in `taken` are left out. */
export function paragraphLists(
	article: Article,
	mentions: readonly NumberMention[],
	taken: ReadonlySet<NumberMention>,
): ListDraft[] {
	const lists: ListDraft[] = [];
	let run: Entry[] = [];
	const flush = (): void => {
		const owners = new Set(run.map(entry => entry.owner));
		if (run.length >= MIN_ITEMS && owners.size === run.length) lists.push(...listsOf(article, run, taken));
		run = [];
	};

	for (let index = 0; index < article.paragraphs.length; index++) {
		const entry = entryOf(article, index, mentions);
		if (entry === null) flush();
		else run.push(entry);
	}

	flush();
	return lists;
}

function listsOf(article: Article, run: readonly Entry[], taken: ReadonlySet<NumberMention>): ListDraft[] {
	const byKey = new Map<string, ItemDraft[]>();
	for (const entry of run) {
		for (const [key, mention] of entry.figures) {
			if (taken.has(mention)) continue;
			const items = byKey.get(key) ?? [];
			const span = {start: entry.ownerStart, end: mention.span.end};
			items.push({
				name: entry.owner,
				mention,
				span,
				noun: nounAfter(article.body, mention.span.end),
				shape: 'preposition',
			});
			byKey.set(key, items);
		}
	}

	const lists: ListDraft[] = [];
	for (const items of byKey.values()) {
		if (items.length < MIN_ITEMS) continue;
		const first = items[0]!;
		const sentence = sentenceBefore(article, first.span.start + 1);
		lists.push({
			items,
			span: {start: first.span.start, end: items.at(-1)!.span.end},
			lead: {start: first.span.start, end: first.span.start},
			totalLine: null,
			measure: first.noun,
			sentence,
			// The figures around a roundup are other places' or other measures' ("of approximately 6,000 registered
			// voters" in the lead is no whole of the ballots cast): it states no whole of its own.
			ownSentenceTotal: true,
		});
	}

	return lists;
}
