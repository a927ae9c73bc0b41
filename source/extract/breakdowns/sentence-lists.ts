// Lists written inside sentences: a sentence split at its separators, its segments read as items, runs of them kept.
import type {Article, Span} from '../../article/types.ts';
import {isQuantity, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {totalLed, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {leadingCapitalRun, NOT_NAMES, trailingCapitalRun} from './item-names.ts';
import {readItem} from './item-readers.ts';
import {runsIn, type Run} from './list-runs.ts';
import {lastStartingBefore} from './breakdown-totals.ts';
import {placeSuffixAt} from './place-names.ts';

/**
 * Splits a sentence at list separators outside parentheses. With `semicolons`, only at semicolons ("X, 12; Y, 9");
 * otherwise at commas and " and "/" as well as ", keeping "Lake County, Ohio" and "Portland, Ore." whole.
 */
const CLOSING_DASH = /^ (?:—|–|--) (?:bringing|making|raising|pushing|taking|for a total|in all|totall?ing)\b/;

export function splitSegments(body: string, sentence: Span, semicolons: boolean): Span[] {
	const segments: Span[] = [];
	let depth = 0;
	let start = sentence.start;
	for (let i = sentence.start; i < sentence.end; i++) {
		const code = body.charCodeAt(i);
		if (code === 40) depth++;
		else if (code === 41) depth = Math.max(0, depth - 1);
		if (depth > 0) continue;
		if (code === 59) {
			segments.push({start, end: i});
			start = i + 1;
		} else if (!semicolons && code === 44 && /\s/.test(body.charAt(i + 1))) {
			const prior = body.slice(start, i);
			const suffix = placeSuffixAt(body, i + 2);
			if (suffix > 0 && /[A-Za-z.]$/.test(prior) && /(?:^|\s)[A-Z][\w.]*$/.test(prior) && !/\d/.test(prior)) continue;
			segments.push({start, end: i});
			start = i + 1;
		} else if (!semicolons && code === 32 && CLOSING_DASH.test(body.slice(i, i + 24))) {
			// "… and 97 more on Monday night – bringing the total to 426": a dash before the closing total ends the last item.
			segments.push({start, end: i});
			start = i + 1;
		} else if (!semicolons && code === 32) {
			// "80 and older", "65 and over": the end of an age group, not a list's "and".
			const word = /^ (and|as well as|plus) (?!(?:older|younger|up)\b|(?:over|under)\b(?! *\d))/.exec(
				body.slice(i, i + 20),
			);
			if (word !== null) {
				segments.push({start, end: i});
				start = i + 1;
				i += word[0].length - 2;
			}
		}
	}

	segments.push({start, end: sentence.end});
	return segments.filter(segment => segment.end > segment.start);
}

/**
 * "Maricopa and Pima reported 175 and 41, respectively": k names coordinated before k figures coordinated before
 * "respectively". The names are the capitalised runs around the last "and" and the commas before it.
 */
function respectivelyItems(body: string, sentence: Span, quantities: readonly NumberMention[]): ItemDraft[] | null {
	const text = body.slice(sentence.start, sentence.end);
	const cue = /,?\s+respectively\b/i.exec(text);
	if (cue === null) return null;
	const cueAt = sentence.start + cue.index;
	const chain: NumberMention[] = [];
	for (let k = quantities.length - 1; k >= 0; k--) {
		const mention = quantities[k]!;
		if (mention.span.end > cueAt) continue;
		const gap = body.slice(mention.span.end, chain[0]?.hedgedSpan.start ?? cueAt);
		if (chain.length > 0 ? !/^\s*(?:,|,?\s+and|,?\s+&)\s*$/.test(gap) : !/^(?:\s+[a-z]+){0,2}\s*$/.test(gap)) break;
		chain.unshift(mention);
	}

	if (chain.length < 2 || chain.some(mention => mention.kind !== chain[0]!.kind)) return null;
	const prefix = body.slice(sentence.start, chain[0]!.hedgedSpan.start);
	const and = Math.max(prefix.lastIndexOf(' and '), prefix.lastIndexOf(' & '));
	if (and === -1) return null;
	// Names are capitalised runs, else, for counts and money, single words: "Domestic and international passenger
	// revenue came to $8.1 billion and $4.8 billion" (two rates, "rose 5% and 3%", are no shares of a whole).
	const rest = prefix.slice(and + (prefix.startsWith(' and ', and) ? 5 : 3));
	const word = (pattern: RegExp, text: string): string =>
		chain[0]!.kind === 'percent' ? '' : (pattern.exec(text)?.[0] ?? '');
	const last = leadingCapitalRun(rest) || word(/^[a-z][a-z-]+(?=\s)/, rest);
	const pieces = prefix
		.slice(0, and)
		.split(',')
		.map(piece => piece.trim());
	if (pieces.at(-1) === '') pieces.pop();
	const before = pieces
		.slice(-(chain.length - 1))
		.map(piece => trailingCapitalRun(piece) || word(/(?<=^|\s)[a-z][a-z-]+$/, piece));
	const names = [...before, last];
	if (before.length !== chain.length - 1 || names.some(name => name === '' || NOT_NAMES.has(name.toLowerCase()))) {
		return null;
	}

	return chain.map((mention, k) => ({
		name: names[k]!,
		mention,
		span: mention.hedgedSpan,
		noun: nounAfter(body, mention.span.end),
		shape: 'respectively',
	}));
}

/** Lists written inside sentences. */
export function sentenceLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	sentences.forEach((sentence, index) => {
		const quantities = mentionsIn(mentions, sentence).filter(isQuantity);
		if (quantities.length < 2) return;
		const respectively = respectivelyItems(body, sentence, quantities);
		if (respectively !== null) {
			lists.push({
				items: respectively,
				span: {start: sentence.start, end: respectively.at(-1)!.span.end},
				lead: {start: sentence.start, end: respectively[0]!.mention.hedgedSpan.start},
				totalLine: null,
				measure: null,
				sentence: index,
			});
			return;
		}

		const tries = body.slice(sentence.start, sentence.end).includes(';') ? [true, false] : [false];
		for (const semicolons of tries) {
			const segments = splitSegments(body, sentence, semicolons);
			const runs = semicolons ? semicolonRuns(body, segments, mentions) : runsIn(body, segments, mentions);
			if (runs.length === 0) continue;
			for (const found of runs) {
				const rest = remainderItem(article, index + 1, found.items, mentions);
				const items = rest === null ? found.items : [...found.items, rest];
				lists.push({
					items,
					span: {start: items[0]!.span.start, end: items.at(-1)!.span.end},
					lead: {start: sentence.start, end: items[0]!.span.start},
					totalLine: null,
					measure: null,
					sentence: index,
					unreadMember: found.unreadMember && rest === null,
				});
			}

			break;
		}

		lists.push(...parenthesisedLists(body, sentence, index, mentions, lists));
	});
	return lists;
}

/**
 * "… released Rs 1.02 bn (Gajapati- 110 million, Ganjam- 896 million, Rayagada-140 million).": a list inside a
 * parenthesis, which the sentence's own split keeps whole. Read as a sentence of its own, its lead the words before it.
 */
function parenthesisedLists(
	body: string,
	sentence: Span,
	index: number,
	mentions: readonly NumberMention[],
	found: readonly ListDraft[],
): ListDraft[] {
	const lists: ListDraft[] = [];
	const text = body.slice(sentence.start, sentence.end);
	// The items this sentence's lists already hold, by start: the lists are pushed in sentence order, so they are the
	// tail of `found`. Searched, not scanned: a scan of every list per parenthesis was quadratic in a long sentence.
	const own: ItemDraft[] = [];
	// A loop, not push(...items): spreading a list of some 100,000 items overflows the call stack.
	for (let k = found.length - 1; k >= 0 && found[k]!.sentence === index; k--) {
		for (const item of found[k]!.items) own.push(item);
	}

	own.sort((a, b) => a.span.start - b.span.start);
	const reach: number[] = [];
	for (const item of own) reach.push(Math.max(reach.at(-1) ?? -1, item.span.end));
	const inner = /\(([^()]{8,400})\)/g;
	for (let match = inner.exec(text); match !== null; match = inner.exec(text)) {
		const span = {start: sentence.start + match.index + 1, end: sentence.start + match.index + match[0].length - 1};
		if (mentionsIn(mentions, span).filter(isQuantity).length < 2) continue;
		// Inside an item already read: some item starting at or before the parenthesis reaches past its end.
		const at = lastStartingBefore(own, span.start, item => item.span.start);
		if (at >= 0 && reach[at]! >= span.end) continue;
		for (const run of runsIn(body, splitSegments(body, span, false), mentions)) {
			lists.push({
				items: run.items,
				span: {start: run.items[0]!.span.start, end: run.items.at(-1)!.span.end},
				lead: {start: sentence.start, end: span.start - 1},
				totalLine: null,
				measure: null,
				sentence: index,
				unreadMember: run.unreadMember,
			});
		}
	}

	return lists;
}

/**
 * A list split at semicolons whose segments hold two figures: "Of the 300 cases, 10 are in Ashby; 24 are in Brill; …"
 * (the lead and its total before the first item) or "…; 7 are in their 60s and 3 are 80 or older" (the last two
 * items joined by "and"). Such a segment is split again at its commas and "and"s, so each item is read like the others;
 * left whole, it was read as no item and the list fell short of its total by exactly that item. Taken only when the
 * split reads more items: "…: Ashby, 12 units; Brill, 9" reads its first item whole, and split it would lose the name.
 */
function semicolonRuns(body: string, segments: readonly Span[], mentions: readonly NumberMention[]): Run[] {
	const whole = runsIn(body, segments, mentions);
	let split = false;
	const refined: Span[] = [];
	for (const segment of segments) {
		if (mentionsIn(mentions, segment).filter(isQuantity).length < 2) {
			refined.push(segment);
			continue;
		}

		split = true;
		for (const part of splitSegments(body, segment, false)) refined.push(part);
	}

	if (!split) return whole;
	const runs = runsIn(body, refined, mentions);
	const count = (found: readonly Run[]): number => found.reduce((sum, run) => sum + run.items.length, 0);
	return count(runs) > count(whole) ? runs : whole;
}

/** "The remaining nine deaths were reported in Yuma.": the sentence after a list that places the rest of it. */
function remainderItem(
	article: Article,
	index: number,
	run: readonly ItemDraft[],
	mentions: readonly NumberMention[],
): ItemDraft | null {
	const sentence = article.sentences[index];
	if (sentence === undefined || sentence.paragraph > article.sentences[index - 1]!.paragraph + 1) return null;
	const text = article.body.slice(sentence.start, sentence.end);
	if (!/^(?:the\s+)?(?:remaining|other|rest of the)\s/i.test(text)) return null;
	if (mentionsIn(mentions, sentence).filter(isQuantity).length !== 1) return null;
	const item = readItem(article.body, sentence, mentions, null);
	const shape = totalLed(run[0]!) ? 'category' : 'preposition';
	if (item === null || item.shape !== shape || item.mention.kind !== run[0]!.mention.kind) return null;
	return item;
}
