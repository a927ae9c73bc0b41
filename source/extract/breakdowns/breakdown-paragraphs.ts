// A roundup written one place a paragraph: "Ashby County saw a 21% turnout. Of the 7,570 registered voters, 1,617 cast
// ballots." / "Brill County saw … Of the 6,151 registered voters, 1,986 cast ballots." The place opens its paragraph
// and owns every figure in it, whichever sentence holds the figure; across the paragraphs, each measure is a list.
import type {Article} from '../../article/types.ts';
import {sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {isCasualty, measureKey} from './casualty-measures.ts';
import {cleanName, NOT_NAMES} from './item-names.ts';
import {isAdjectival, isQuantity, isRate, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

// The place that opens a paragraph: a few capitalised words and then a lower-case word ("Cassia County saw …").
const OWNER = /^(?:In\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+[a-z]/u;
// "In North Vale, 10 people …", "In the Eastern Hills Territory (EHT), 12 …": the place set off by a comma; a short form in
// parentheses after it is the name the article goes on to use.
const IN_OWNER =
	/^In\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})(?:\s+\((\p{Lu}[\p{L}.'’-]*)\))?,\s/u;
// Paragraphs of a roundup are short; a long one is a story of its own.
const MAX_PARAGRAPH = 400;
// Fewer places than this could as well be two unrelated paragraphs.
const MIN_ITEMS = 3;

type Entry = {
	readonly owner: string;
	readonly ownerStart: number;
	readonly figures: ReadonlyMap<string, NumberMention>;
};

// "… reported from Northern Valley, where …", "Six people died in Riverside": the place in the paragraph's first
// sentence when it does not open the paragraph.
const PLACE_IN = /\b(?:in|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?=[\s,.;])/u;

function isOwner(name: string): boolean {
	return !NOT_NAMES.has(name.split(' ')[0]!.toLowerCase());
}

/** The one place the first sentence of a paragraph names after "in" or "from"; null for none or several. */
function placeInFirstSentence(article: Article, index: number): string | null {
	const paragraph = article.paragraphs[index]!;
	const sentence = article.sentences[sentenceBefore(article, paragraph.start + 1)];
	if (sentence === undefined || sentence.start < paragraph.start) return null;
	const text = article.body.slice(sentence.start, sentence.end);
	const found = [...text.matchAll(new RegExp(PLACE_IN.source, 'gu'))];
	if (found.length !== 1) return null;
	// "from the valley’s Ashford district": the district, not the province it belongs to.
	const name = cleanName(found[0]![1]!.replace(/^.+['’]s\s+(?=\p{Lu})/u, ''));
	return name === null || !isOwner(name) ? null : name;
}

/** The paragraph's place and its figures by measure; null when it opens on no place. */
function entryOf(article: Article, index: number, mentions: readonly NumberMention[]): Entry | null {
	const {body} = article;
	const paragraph = article.paragraphs[index]!;
	if (paragraph.end - paragraph.start > MAX_PARAGRAPH) return null;
	const text = body.slice(paragraph.start, paragraph.end);
	const set = IN_OWNER.exec(text);
	const opening = set ?? OWNER.exec(text);
	const inParagraph = mentionsIn(mentions, paragraph);
	// "Six people died in Riverside": a paragraph that opens on a figure in words opens on no place.
	const opensOnFigure = inParagraph[0]?.hedgedSpan.start === paragraph.start;
	const opener = opening === null || opensOnFigure ? null : cleanName(set?.[2] ?? opening[1]!);
	const owner = opener === null || !isOwner(opener) ? placeInFirstSentence(article, index) : opener;
	if (owner === null) return null;
	const figures = new Map<string, NumberMention>();
	const twice = new Set<string>();
	for (const [k, mention] of inParagraph.entries()) {
		if (!isQuantity(mention) || mention.kind === 'percent' || isAdjectival(body, mention) || isRate(body, mention))
			continue;
		const next = inParagraph[k + 1]?.hedgedSpan.start ?? paragraph.end;
		const key = measureKey(body, mention, {start: paragraph.start, end: next});
		if (key === null) continue;
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
	let owners = new Set<string>();
	let passed = false;
	const flush = (): void => {
		if (run.length >= MIN_ITEMS) lists.push(...listsOf(article, mentions, run, taken));
		run = [];
		owners = new Set();
	};

	for (let index = 0; index < article.paragraphs.length; index++) {
		const entry = entryOf(article, index, mentions);
		// A link's headline between the places ("Relief: more tents on the way", no full stop) is passed over; any
		// other paragraph that gives no place's figures, or a place met again, ends the roundup.
		const paragraph = article.paragraphs[index]!;
		const heading = !/[.!?”"’)]$/.test(article.body.slice(paragraph.start, paragraph.end));
		// Two such lines in a row are a section's heading after a link: a new part of the story.
		if ((entry === null || entry.figures.size === 0) && heading && run.length > 0 && !passed) {
			passed = true;
			continue;
		}

		passed = false;
		if (entry === null || entry.figures.size === 0 || owners.has(entry.owner)) flush();
		if (entry === null || entry.figures.size === 0) continue;
		run.push(entry);
		owners.add(entry.owner);
	}

	flush();
	return lists;
}

function listsOf(
	article: Article,
	mentions: readonly NumberMention[],
	run: readonly Entry[],
	taken: ReadonlySet<NumberMention>,
): ListDraft[] {
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
	for (const [key, all] of byKey) {
		// "Water also damaged 2,815 homes across the north.", then the places that add up to it: the first paragraph
		// opened on no place, and its figure is their whole, not one of them.
		const rest = all.slice(1);
		const opensOnWhole =
			rest.length >= MIN_ITEMS &&
			Math.abs(all[0]!.mention.value - rest.reduce((sum, item) => sum + item.mention.value, 0)) < 1e-9;
		const items = opensOnWhole ? rest : all;
		if (items.length < MIN_ITEMS) continue;
		const first = items[0]!;
		const sentence = sentenceBefore(article, first.span.start + 1);
		lists.push({
			items,
			span: {start: first.span.start, end: items.at(-1)!.span.end},
			lead: {start: first.span.start, end: first.span.start},
			totalLine: null,
			measure: isCasualty(key) ? key : first.noun,
			sentence,
			...(opensOnWhole ? {whole: all[0]!.mention} : wholeBefore(article, mentions, first.span.start, key, items)),
			// The figures around a roundup are other places' or other measures' ("of approximately 6,000 registered
			// voters" in the lead is no whole of the ballots cast): it states no whole of its own.
			ownSentenceTotal: true,
		});
	}

	return lists;
}

// How far before a roundup its lead may state the whole: the opening paragraphs of a story.
const WHOLE_REACH = 2500;

/**
 * "The floods have killed 58 people and left 415 people injured", paragraphs before the places that add up to it: a figure
 * of the same measure, before the roundup, equal to the places' sum, is their whole. Only an exact sum is taken, and
 * the tie is loose ('exact'), so it gives ✓ and can never give ✗.
 */
function wholeBefore(
	article: Article,
	mentions: readonly NumberMention[],
	start: number,
	key: string,
	items: readonly ItemDraft[],
): {whole?: NumberMention} {
	const {body} = article;
	const sum = items.reduce((running, item) => running + item.mention.value, 0);
	const window = mentionsIn(mentions, {start: Math.max(0, start - WHOLE_REACH), end: start});
	for (const [k, mention] of window.entries()) {
		if (mention.kind !== items[0]!.mention.kind || Math.abs(mention.value - sum) > 1e-9 * Math.max(1, sum)) continue;
		const next = window[k + 1]?.hedgedSpan.start ?? start;
		if (measureKey(body, mention, {start: Math.max(0, mention.hedgedSpan.start - 24), end: next}) === key) {
			return {whole: mention};
		}
	}

	return {};
}
