// Several measures given place by place in one sentence: "Quang Tri (2 deaths and 2 injuries), Binh Dinh (2 deaths,
// 2 injuries), Phu Yen (7 deaths, one missing)". Disaster and results copy writes tallies this way; read as one list
// it mixes deaths with injuries, so each measure becomes a list of its own, with the places that give a figure for it.
import type {Article, Span} from '../../article/types.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {nounKey, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {cleanName} from './item-names.ts';

/** One place and its figures: each figure with the word that says what it counts. */
type Group = {
	readonly name: string;
	/** From the place's name to the closing parenthesis (or the end of the figures that precede the name). */
	readonly span: Span;
	readonly figures: ReadonlyArray<{readonly mention: NumberMention; readonly word: string}>;
};

// The word a figure counts inside the parenthesis: "deaths", "missing", "injured", "homes destroyed".
const COUNTED_WORD = /^\s+([a-z]+)/;
// What may stand between two figures of one group: a comma, a semicolon or "and".
const BETWEEN = /^\s*(?:[,;]\s*(?:and\s+)?|and\s+)$/;
// "three deaths, one missing and 14 injuries were reported in Quang Binh,": figures that precede their place.
const REPORTED_IN =
	/\s+(?:were|was|have been|had been)\s+(?:reported|recorded|confirmed|counted|registered)\s+in\s+([A-Z][^,()]{1,40}?)\s*,\s*$/;

/** The figures of a stretch, each followed by its counted word and joined only by separators; null if anything else. */
function figuresOf(
	body: string,
	span: Span,
	mentions: readonly NumberMention[],
): Array<{mention: NumberMention; word: string; end: number}> | null {
	const found = mentionsIn(mentions, span).filter(isQuantity);
	if (found.length === 0) return null;
	const figures: Array<{mention: NumberMention; word: string; end: number}> = [];
	let at = span.start;
	for (const mention of found) {
		const gap = body.slice(at, mention.hedgedSpan.start);
		if (figures.length === 0 ? gap.trim() !== '' : !BETWEEN.test(gap)) return null;
		const word = COUNTED_WORD.exec(body.slice(mention.span.end, Math.min(span.end, mention.span.end + 30)));
		if (word === null) return null;
		figures.push({mention, word: word[1]!, end: mention.span.end + word[0].length});
		at = mention.span.end + word[0].length;
	}

	return body.slice(at, span.end).trim() === '' ? figures : null;
}

/** The places of a sentence written "Name (figures)", in order, and a lead group written "figures … in Name,". */
function groupsIn(body: string, sentence: Span, mentions: readonly NumberMention[]): Group[] {
	const groups: Group[] = [];
	// From each opening parenthesis, not from every position: the name is at most 60 characters back to a separator.
	for (
		let open = body.indexOf('(', sentence.start);
		open !== -1 && open < sentence.end;
		open = body.indexOf('(', open + 1)
	) {
		// Looked for within reach only: "((((…" with no closing one must not send each search to the end of the text.
		const reach = body.slice(open, Math.min(sentence.end, open + 102)).indexOf(')');
		if (reach === -1) continue;
		const close = open + reach;
		const back = body.slice(Math.max(sentence.start, open - 60), open);
		const cut = Math.max(back.lastIndexOf(','), back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf(')'));
		const from = open - back.length + cut + 1;
		const name = cleanName(body.slice(from, open));
		const figures = figuresOf(body, {start: open + 1, end: close}, mentions);
		if (name === null || figures === null || !/^\p{Lu}/u.test(name)) continue;
		const nameAt = body.indexOf(name, from);
		// "Iran is fourth with 31 medals (12 gold, 11 silver and 8 bronze)": the parenthesis divides the figure before
		// it, which the sums reader nests; it gives no place its figures.
		if (nameAt === -1 || mentionsIn(mentions, {start: nameAt, end: open}).some(isQuantity)) continue;
		groups.push({name, span: {start: nameAt, end: close + 1}, figures});
	}

	const first = groups[0];
	if (first === undefined) return groups;
	// The lead group: the longest run of figures right before "were reported in <Name>," ahead of the first parenthesis.
	const before = body.slice(sentence.start, first.span.start);
	const tail = REPORTED_IN.exec(before);
	const name = tail === null ? null : cleanName(tail[1]!);
	if (tail !== null && name !== null) {
		const end = sentence.start + tail.index;
		for (const mention of mentionsIn(mentions, {start: sentence.start, end}).filter(isQuantity)) {
			const figures = figuresOf(body, {start: mention.hedgedSpan.start, end}, mentions);
			if (figures === null) continue;
			groups.unshift({name, span: {start: mention.hedgedSpan.start, end: end + tail[0].trimEnd().length - 1}, figures});
			break;
		}
	}

	return groups;
}

/**
 * The lists of a sentence that gives several measures for each of its places. Only a sentence where some place has two
 * figures of different words is read here: with one figure a place, the ordinary list readers serve.
 */
export function measureLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	let nextOpen = body.indexOf('(');
	sentences.forEach((sentence, index) => {
		// Two parentheses at least, or one after a lead place ("… were reported in Quang Binh, Quang Tri (…)"). The next
		// parenthesis is kept as a cursor over the sentences, in order: a search from each would be quadratic.
		while (nextOpen !== -1 && nextOpen < sentence.start) nextOpen = body.indexOf('(', nextOpen + 1);
		if (nextOpen === -1 || nextOpen >= sentence.end) return;
		const first = nextOpen;
		const second = body.indexOf('(', first + 1);
		if ((second === -1 || second >= sentence.end) && !/\breported in\b/.test(body.slice(sentence.start, first))) return;
		const groups = groupsIn(body, sentence, mentions);
		const mixed = groups.some(group => new Set(group.figures.map(figure => nounKey(figure.word))).size > 1);
		if (groups.length < 2 || !mixed) return;
		const byWord = new Map<string, {word: string; items: ItemDraft[]}>();
		for (const group of groups) {
			for (const {mention, word} of group.figures) {
				const key = nounKey(word);
				const entry = byWord.get(key) ?? {word, items: []};
				entry.items.push({name: group.name, mention, span: group.span, noun: word, shape: 'paren'});
				byWord.set(key, entry);
			}
		}

		for (const {word, items} of byWord.values()) {
			if (items.length < 2 || new Set(items.map(item => item.name)).size < items.length) continue;
			lists.push({
				items,
				span: {start: items[0]!.span.start, end: items.at(-1)!.span.end},
				lead: {start: sentence.start, end: groups[0]!.span.start},
				totalLine: null,
				measure: measureWord(word, items),
				sentence: index,
			});
		}
	});
	return lists;
}

/** The measure as a reader names it: the plural the article wrote most ("2 deaths", "1 death" → "deaths"). */
function measureWord(word: string, items: readonly ItemDraft[]): string {
	const plural = items.map(item => item.noun ?? word).find(noun => /s$/.test(noun) && nounKey(noun) !== noun);
	return plural ?? word;
}
