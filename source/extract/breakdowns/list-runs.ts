// Which consecutive items of a sentence make one list: shapes that may open a list and shapes that only continue one,
// names split at their "and", figures given "each" to several names.
import type {Span} from '../../article/types.ts';
import {isPluralNoun, isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {isStatLine, nounKey, totalLed, type ItemDraft} from './breakdown-items.ts';
import {categoryTail, cleanName, isCapitalWord, spanOf} from './item-names.ts';
import {readItem} from './item-readers.ts';

const COMPARED = /^\s*(?:compared (?:to|with)|up from|down from|versus|vs\.?|as against)\s/i;

export type Run = {readonly items: ItemDraft[]; readonly unreadMember: boolean};

/**
 * Whether a segment that is no item is still a member of the list before it: it starts, after its connective, with a
 * figure of `kind` ("and 5 were spoiled", not "the two core neighborhoods"), or it is the list's last member, short,
 * after "and", with such a figure ("and American 245").
 */
function unreadMember(body: string, segment: Span, mentions: readonly NumberMention[], kind: string): boolean {
	const text = body.slice(segment.start, segment.end);
	const connective = /^[\s,]*(?:(?:and|or|plus|while)\s+)?/i.exec(text)?.[0] ?? '';
	const last = /\b(?:and|or|plus)\s+$/i.test(connective) && text.trim().split(/\s+/).length <= 6;
	const opening = segment.start + connective.length;
	return mentionsIn(mentions, segment).some(
		mention => isQuantity(mention) && mention.kind === kind && (mention.hedgedSpan.start === opening || last),
	);
}

/**
 * A name with "and" in it, split there: "cargo for $400 million and the loyalty program and other businesses for $1.3
 * billion". Read whole with the next segment, it must continue the run as the item before it did; the "and" inside it
 * read as the list's cue, so the name is both parts with the word between.
 */
function joinedItem(
	body: string,
	segment: Span,
	next: Span | undefined,
	run: readonly ItemDraft[],
	mentions: readonly NumberMention[],
	previous: Span | null,
): ItemDraft | null {
	if (next === undefined || run.length === 0) return null;
	const joined = readItem(body, {start: segment.start, end: next.end}, mentions, previous);
	if (joined === null || joined.mention.kind !== run[0]!.mention.kind) return null;
	if (joined.shape !== run.at(-1)!.shape && !(joined.shape === 'elided' && run[0]!.shape === 'verb')) return null;
	const nameStart = body.lastIndexOf(joined.name, joined.mention.hedgedSpan.start);
	const first = cleanName(body.slice(segment.start, segment.end));
	const between = nameStart < segment.end ? '' : body.slice(segment.end, nameStart).trim();
	const name = first !== null && /^(?:and|&)$/.test(between) ? `${first} ${between} ${joined.name}` : joined.name;
	return {...joined, name, span: spanOf(body, segment.start, joined.span.end)};
}

/**
 * Whether an item's shape may open the run (when it is empty) or continue it. An elided verb only continues a list
 * whose first item has its verb written out; a bare "China 12" also opens one after a colon or a dash. Categories make
 * a list only after the total and a colon, "repay $2.4 million: $1.1 million to the pension fund, …", or a verb that
 * shares something out, "sets aside $21 million for public safety, …"; "12 in the morning" alone is no item.
 */
function opensOrContinues(
	body: string,
	item: ItemDraft,
	run: readonly ItemDraft[],
	sentenceStart: number,
	mentions: readonly NumberMention[],
): boolean {
	if (item.shape === 'elided') return run.length > 0 && (run[0]!.shape === 'verb' || run[0]!.shape === 'elided');
	if (item.shape === 'bare') {
		return run.length === 0
			? /(?::|—|–|--)\s*$/.test(body.slice(Math.max(0, item.span.start - 4), item.span.start))
			: ['verb', 'elided', 'bare', 'separator'].includes(run[0]!.shape);
	}

	if (item.shape !== 'category') return true;
	// "additions: $45,000 to IT, $12,500 to road salt": a first share named in capitals read as a place; where the
	// lead opens categories, the categories after it continue its list. The rest of the places closes a list of them:
	// "890 in Ashby, and 171 in the other regions".
	if (run.length > 0) {
		return (
			totalLed(run[0]!) ||
			(run[0]!.shape === 'preposition' && /^(?:other|all other|remaining)\s\w+$/.test(item.name)) ||
			(run[0]!.shape === 'preposition' && opensCategories(body, run[0]!, sentenceStart, mentions))
		);
	}

	return opensCategories(body, item, sentenceStart, mentions);
}

function opensCategories(
	body: string,
	item: ItemDraft,
	sentenceStart: number,
	mentions: readonly NumberMention[],
): boolean {
	const lead = leadTail(body, sentenceStart, item.span.start);
	return afterTotalColon(body, item, mentions) || ALLOCATION.test(lead) || AMOUNTS_COLON.test(lead);
}

// "The clerk read out the additions: $45,000 to parks, …": a colon after words for amounts shared out opens their
// categories even when the total is stated elsewhere.
const AMOUNTS_COLON =
	/\b(?:additions|allocations|appropriations|awards|grants|increases|cuts|reductions|funding|spending|amounts|payments|transfers|expenditures|outlays|breakdown)\s*(?::|—|–|--)\s*$/i;

/** "The 12 dead included 7 women …", "Of the dead, four were …": a counted share opens a list only after its whole. */
function countedOpens(
	body: string,
	item: ItemDraft,
	mentions: readonly NumberMention[],
	sentenceStart: number,
): boolean {
	const lead = leadTail(body, sentenceStart, item.span.start);
	return afterTotalInSentence(body, item, mentions, sentenceStart) || ALLOCATION.test(lead) || OF_THE_WHOLE.test(lead);
}

/**
 * "412 positive, 11,647 negative and four deaths": shares named by what they are, then a plural noun, which counts
 * something else. A run of counted shares keeps to one of the two.
 */
function switchesCountedNoun(run: readonly ItemDraft[], item: ItemDraft): boolean {
	if (item.shape !== 'counted' || run.length === 0 || !run.every(member => member.shape === 'counted')) return false;
	const oneWord = (name: string): boolean => !name.includes(' ');
	const adjectives = run.every(member => oneWord(member.name) && !isPluralNoun(member.name.toLowerCase()));
	return adjectives && oneWord(item.name) && isPluralNoun(item.name.toLowerCase());
}

/**
 * The names held before an item, as members sharing its figure when an "each" gives it to them ("Valley Party, Coast
 * Union and People's Voice one seat each"; "Kabianga School and Tenwek School each attained 20", the "each" before
 * the verb); null when no "each" does.
 */
function heldNames(
	body: string,
	segment: Span,
	item: ItemDraft,
	pending: ReadonlyArray<{readonly text: string; readonly span: Span}>,
): ItemDraft[] | null {
	const eachBefore = /\beach\b/.test(body.slice(item.span.start, item.mention.hedgedSpan.start));
	if (eachMembers(body, segment, item) === null && !eachBefore) return null;
	return pending.map(name => ({...item, name: name.text, span: name.span}));
}

/**
 * Runs of consecutive item segments that make a list: at least two items of one kind. A run that the next segment
 * would continue but for a figure that reads as no item is marked, so that its sum is not held to the whole total.
 */
export function runsIn(body: string, segments: readonly Span[], mentions: readonly NumberMention[]): Run[] {
	const runs: Run[] = [];
	let run: ItemDraft[] = [];
	let pending: Array<{readonly text: string; readonly span: Span}> = [];
	let heads: ItemDraft[] = [];
	// The last item ended in an aside and a clause of purpose, which a numberless segment after it may go on with.
	let asideOpen = false;
	const close = (unreadMember = false): void => {
		if (acceptable(run)) runs.push({items: run, unreadMember});
		run = [];
	};

	for (let k = 0; k < segments.length; k++) {
		let segment = segments[k]!;
		// "another 44 deaths statewide, compared to 22 reported in Monday's data": a figure set against another is no
		// share of a list, and the figure it is set against is none either.
		if (COMPARED.test(body.slice(segment.start, segment.end))) {
			run = [];
			continue;
		}

		let item = readItem(body, segment, mentions, segments[k - 1] ?? null);

		if (item === null) {
			const next = segments[k + 1];
			const numberless = mentionsIn(mentions, segment).length === 0;
			const joined = numberless ? joinedItem(body, segment, next, run, mentions, segments[k - 1] ?? null) : null;
			if (joined !== null) {
				item = joined;
				segment = {start: segment.start, end: next!.end};
				k++;
			} else {
				// "$20,000 to the garage (account 7) to cover fuel and oil": the words after "and" go on with the item's aside.
				if (numberless && asideOpen) {
					asideOpen = false;
					continue;
				}

				// A bare name whose number follows in the next segment ("Pima, with 41") does not end the run.
				const nameOnly =
					next !== undefined && /^\s*(?:with|at|on)\s/i.test(body.slice(next.start, next.end)) && numberless;
				if (nameOnly) continue;
				// "Harbour Party, Valley Party and Coast Union one seat each": names before an "each" that the commas split off;
				// held until the next item says whether they are its names.
				const name = numberless ? nameSegment(body, segment) : null;
				if (name !== null) {
					pending.push(name);
					continue;
				}

				pending = [];
				close(run.length > 0 && unreadMember(body, segment, mentions, run[0]!.mention.kind));
				continue;
			}
		}

		// "Cedar, 80": the name held was this item's own, read from the segment before its figure.
		if (pending.length > 0 && item.span.start <= pending.at(-1)!.span.start) pending.pop();
		if (pending.length > 0) {
			// Names held before an item that is no "each" for them were no list's members: the run ended at them.
			const held = heldNames(body, segment, item, pending);
			if (held === null) close();
			else heads = held;
			pending = [];
		}

		if (!opensOrContinues(body, item, run, segments[0]!.start, mentions)) {
			close();
			continue;
		}

		// "The 12 dead included 7 women and 5 children", "58 voted yes: 47 Democrats, 9 Republicans and …", "The cuts
		// include 900 flight attendants, 600 ground staff and 350 pilots".
		// A counted share after a run of another shape ends that run ("with 66 medals in its bag" read as a place's 66),
		// and may open its own after its whole ("…; 22 gold, 20 silver and 20 bronze").
		if (item.shape === 'counted' && run.length > 0 && !totalLed(run[0]!)) {
			close(unreadMember(body, segment, mentions, run[0]!.mention.kind));
		}

		if (item.shape === 'counted' && run.length === 0 && !countedOpens(body, item, mentions, segments[0]!.start))
			continue;
		if (run.length > 0 && run[0]!.mention.kind !== item.mention.kind) close();
		if (switchesCountedNoun(run, item)) {
			close();
			continue;
		}
		// "$12 million for parks and roads": a category's name split at its "and".
		// Only a name that ends its segment goes on into the next: after an aside ("(account 7) to cover fuel and oil") the
		// words after "and" are the aside's.
		const ended = body.slice(item.span.end, segment.end).trim() === '';
		asideOpen = !ended && /\)\s+(?:to|for)\s/.test(body.slice(item.span.end, segment.end));
		const rest = item.shape === 'category' && ended ? segments[k + 1] : undefined;
		const tail = rest === undefined || mentionsIn(mentions, rest).length > 0 ? null : categoryTail(body, rest);
		if (tail !== null) {
			item = {...item, name: `${item.name} and ${tail}`, span: spanOf(body, item.span.start, rest!.end)};
			k++;
		}

		const members = eachMembers(body, segment, item) ?? eachNamed(body, item);
		if (members === null) {
			// Loops, not push(...heads): the names held may be many thousands and a spread of them overflows the stack.
			for (const head of heads) run.push(head);
			// "Dale and Elm, each with 70": the names held share the figure; "each" is no share of its own.
			if (heads.length === 0 || !DISTRIBUTIVE.test(item.name)) run.push(item);
			heads = [];
		} else {
			for (const head of heads) run.push(head);
			for (const member of members.items) run.push(member);
			heads = [];
			// "one each in Henley and Goring": the names after "each" ran on into the segments split at their "and".
			while (segments[k + 1] !== undefined && segments[k + 1]!.end <= members.end) k++;
		}
	}
	close();
	return runs;
}

const DISTRIBUTIVE = /^(?:each|both|apiece)$/i;

// "Rusk Academy and Tamsin School each had 22", "both Brill Academy and Corran School posted 53 As each": the names
// an item's reader took whole, joined by "and", with an "each" on either side of the figure.
const EACH_NAMED = /^(?:both\s+)?(\p{Lu}.*?)\s+and\s+(\p{Lu}.*?)(\s+each)?$/u;
const EACH_AFTER_FIGURE = /^\s*(?:[A-Za-z]+\s+){0,2}each\b/;

function eachNamed(body: string, item: ItemDraft): {readonly items: ItemDraft[]; readonly end: number} | null {
	const match = EACH_NAMED.exec(item.name);
	if (match === null) return null;
	if (match[3] === undefined && !EACH_AFTER_FIGURE.test(body.slice(item.mention.span.end, item.mention.span.end + 30)))
		return null;
	const names = [match[1]!, match[2]!].map(name => cleanName(name));
	if (names.some(name => name === null || !/^\p{Lu}/u.test(name))) return null;
	const items = names.map(name => {
		const start = body.lastIndexOf(name!, item.mention.hedgedSpan.start);
		return {...item, name: name!, span: start < 0 ? item.span : spanOf(body, start, item.mention.span.end)};
	});
	return {items, end: item.span.end};
}

/** A segment that is only a name ("Valley Party", "and Harbour Party"), with the name's own span. */
function nameSegment(body: string, segment: Span): {readonly text: string; readonly span: Span} | null {
	const raw = body.slice(segment.start, segment.end);
	const lead = /^[\s,]*(?:and\s+)?/.exec(raw)![0].length;
	const text = cleanName(raw.slice(lead));
	if (text === null || !/^\p{Lu}/u.test(text) || /\d/.test(text) || text.split(' ').length > 5) return null;
	const start = body.indexOf(text, segment.start + lead);
	return start < 0 || start >= segment.end ? null : {text, span: {start, end: start + text.length}};
}

// "Georgia and Ohio, 16 each", "one each in Seminole and Flagler": one figure that stands for every name beside it.
const PLACES_AFTER = /\s+(?:counties|cities|towns|states|provinces|districts|parishes|regions|boroughs|villages)\s*$/;
const EACH_AFTER = /^\s*(?:[a-z]+\s+)?each\b/;
const EACH_STICKY = /\s*(?:[a-z]+\s+)?each\b/y;
// "one each in Bend and Eugene", "one person each died in Bend and Eugene".
const EACH_IN =
	/^\s*(?:[a-z]+\s+)?each\s+(?:(?:died|was|were|killed|reported|recorded|confirmed)\s+)?(?:in|at|for|to|from)\s+/;

/**
 * The items of a figure given "each" to several names, one item a name, and where the names end; null when the figure
 * is no "each".
 */
function eachMembers(
	body: string,
	segment: Span,
	item: ItemDraft,
): {readonly items: ItemDraft[]; readonly end: number} | null {
	const end = item.mention.span.end;
	// Tested in place (sticky) before any slice: this runs once per item of every list.
	EACH_STICKY.lastIndex = end;
	if (!EACH_STICKY.test(body)) return null;
	const after = body.slice(end, Math.min(segment.end, end + 24));
	if (!EACH_AFTER.test(after)) return null;
	const into = EACH_IN.exec(after);
	const from = into === null ? segment.start : end + into[0].length;
	// Names after "each in" run to the clause's end, past the "and" the segments were split at.
	const clause = /[;.!?\n]|,\s*(?:and\s+)?[\d(]/.exec(body.slice(from, from + 160));
	const to =
		into === null ? item.mention.hedgedSpan.start : from + (clause?.index ?? Math.min(160, body.length - from));
	const raw = body.slice(from, to);
	const names: ItemDraft[] = [];
	const part = /[^,]+?(?=\s*,\s*|\s+and\s+|\s*$)/g;
	for (let match = part.exec(raw); match !== null; match = part.exec(raw)) {
		const text = match[0].replace(/^\s*(?:and\s+)?/, '');
		if (text.trim() === '') continue;
		// "one each in Seminole and Flagler counties": the plural names what the names are, and is no part of the last.
		const name = cleanName(text.replace(PLACES_AFTER, ''));
		if (name === null || !/^\p{Lu}/u.test(name)) return null;
		const start = body.indexOf(name, from + match.index);
		names.push({...item, name, span: start < 0 ? item.span : spanOf(body, start, Math.max(start + name.length, end))});
		part.lastIndex = match.index + match[0].length;
		const connective = /^\s*,\s*|^\s+and\s+/.exec(raw.slice(part.lastIndex));
		if (connective !== null) part.lastIndex += connective[0].length;
	}

	return names.length >= 2 ? {items: names, end: to} : null;
}

// A sentence that names its whole before the list: "Of the dead, four were German, two Austrian and one Italian".
// Also "Out of the 1,241 cases, 546 were …" and "…revealed that of this group, 825 are males".
const OF_THE_WHOLE =
	/(?:^|\bthat\s+|,\s*)(?:out of|of|among) (?:the|those|these|this|them|whom)\b(?:[^,]|,(?=\d)){0,40},\s*$/i;

// How much of a lead the cues anchored at its end are tested on: the words right before an item. Testing the whole
// lead made every item of a long sentence cost the sentence's length (a sentence of 20,000 "5 women and 6 men, " took
// minutes).
const TAIL = 160;
// How far back in its sentence an item's whole is looked for: far enough for any list written as prose.
const WHOLE_REACH = 1500;

function leadTail(body: string, sentenceStart: number, end: number): string {
	return body.slice(Math.max(sentenceStart, end - TAIL), end);
}

// Verbs that share an amount out, right before a list's first category.
const ALLOCATION =
	/\b(?:sets? aside|set aside|allocat(?:es?|ed|ing)|earmark(?:s|ed|ing)?|devot(?:es?|ed|ing)|budget(?:s|ed)|splits?|divid(?:es?|ed)|distribut(?:es?|ed)|includ(?:es?|ed|ing)|provid(?:es?|ed))\s+$/i;

/** Whether an item follows a colon or a dash right after a figure of its own kind: the list's stated total. */
function afterTotalColon(body: string, item: ItemDraft, mentions: readonly NumberMention[]): boolean {
	const before = body.slice(Math.max(0, item.span.start - 40), item.span.start);
	const cue = /\s*(?::|—|–|--)\s*$/.exec(before);
	if (cue === null) return false;
	const cueAt = item.span.start - before.length + cue.index;
	return mentionsIn(mentions, {start: Math.max(0, cueAt - 40), end: cueAt}).some(
		mention => mention.kind === item.mention.kind && /^[\s\w]{0,24}$/.test(body.slice(mention.span.end, cueAt)),
	);
}

/**
 * Whether a figure of the item's kind, larger than it, comes earlier in the sentence and a colon, a dash or a word
 * that opens a list ("included", "among them") comes between: the whole the item is a share of.
 */
function afterTotalInSentence(
	body: string,
	item: ItemDraft,
	mentions: readonly NumberMention[],
	sentenceStart: number,
): boolean {
	const end = item.mention.hedgedSpan.start;
	const lead = leadTail(body, sentenceStart, end);
	// "66 medals in its bag; 22 gold, 20 silver and 20 bronze": a semicolon after the whole opens its parts too.
	const cue = /(?::|;|—|–|--|,\s*with|\b(?:includ(?:ed|es|ing)|among them|of (?:them|whom|which)))\s*$/i.exec(lead);
	if (cue === null) return false;
	const cueAt = end - lead.length + cue.index;
	return mentionsIn(mentions, {start: Math.max(sentenceStart, cueAt - WHOLE_REACH), end: cueAt}).some(
		mention => mention.kind === item.mention.kind && mention.value > item.mention.value,
	);
}

// "80 protesters were arrested Friday … another 67 arrests were made Sunday": an arrest counts a person taken, so the
// two nouns count one thing.
const ARRESTED = new Set(['people', 'person', 'protester', 'demonstrator', 'marcher', 'rioter', 'suspect', 'adult']);
function arrestsOfPeople(nouns: ReadonlySet<string>): boolean {
	return nouns.has('arrest') && [...nouns].every(noun => noun === 'arrest' || ARRESTED.has(noun));
}

function acceptable(run: readonly ItemDraft[]): boolean {
	if (run.length < 2) return false;
	if (isStatLine(run)) return false;
	// "Ash 14, … Ash 30, … Ash 47", "60 people in 11 families …, 24 people in 5 families": a few names again and again
	// are a running score or records of two measures, no breakdown. A name twice among others ("… and a $25,000 reserve
	// balance, …, and a $35,000 reserve balance") is two lines of one budget.
	const names = new Set(run.map(item => item.name.toLowerCase()));
	if (names.size < run.length && names.size * 2 <= run.length) return false;
	// A list counts one thing: "had 21 points and 11 rebounds for Atlanta" is a stat line, not a breakdown.
	const nouns = new Set(run.flatMap(item => (item.noun === null ? [] : [nounKey(item.noun)])));
	if (nouns.size > 1 && !arrestsOfPeople(nouns)) return false;
	// "410 elementary pupils and 260 middle school pupils": shares told apart by a modifier need a third, or a
	// whole before them, to be one list rather than two facts.
	if (run.every(item => item.shape === 'modified')) return run.length >= 3 && nouns.size === 1;
	if (run.length >= 3) return true;
	// Two items in a loose shape ("12 in X and 9 in Y") only when both read as proper names; categories and counted
	// nouns come only after their total.
	const tight = run.every(item => item.shape === 'paren' || item.shape === 'separator' || totalLed(item));
	return tight || run.every(item => isCapitalWord(item.name));
}
