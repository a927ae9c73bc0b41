// Small readers of the words around a number, shared by breakdowns and checks.
import type {Span} from '../../article/types.ts';
import type {NumberMention} from './numbers-types.ts';
import {formatNumber} from '../../text/number-format.ts';

/** Words that end a noun phrase after a number: verbs, prepositions, conjunctions, determiners. */
const STOP_WORDS = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'but',
	'of',
	'in',
	'on',
	'at',
	'to',
	'from',
	'for',
	'by',
	'with',
	'as',
	'than',
	'that',
	'which',
	'who',
	'whom',
	'were',
	'was',
	'are',
	'is',
	'be',
	'been',
	'had',
	'has',
	'have',
	'will',
	'would',
	'could',
	'can',
	'may',
	'might',
	'said',
	'say',
	'says',
	'across',
	'over',
	'under',
	'since',
	'after',
	'before',
	'during',
	'this',
	'these',
	'those',
	'their',
	'its',
	'his',
	'her',
	'more',
	'less',
	'fewer',
	'each',
	'per',
	'alone',
	'so',
	'far',
	'last',
	'next',
	'ago',
	'total',
	'all',
	'out',
	'up',
	'down',
	'off',
	'into',
	'about',
	'nationwide',
	'worldwide',
	'statewide',
]);

/** Adjectives that sit between a number and its noun and say nothing about what is counted. */
const SOFT_ADJECTIVES = new Set(['new', 'other', 'more', 'additional', 'confirmed', 'reported', 'known', 'total']);

const WORD = /^[\s]*([a-z][a-z-]*)/;

/**
 * The noun phrase right after a number, lower-case, up to three words, ending on a plural where there is one:
 * "212 residents" → "residents", "61,000 lead service lines" → "lead service lines", "41 deaths)" → "deaths".
 * Null when a verb, preposition or punctuation follows.
 */
export function nounAfter(body: string, end: number): string | null {
	const words: string[] = [];
	let at = end;
	for (let k = 0; k < 4; k++) {
		const match = WORD.exec(body.slice(at, at + 40));
		if (match === null) break;
		const word = match[1]!;
		if (STOP_WORDS.has(word)) break;
		words.push(word);
		at += match[0].length;
	}

	while (words.length > 0 && SOFT_ADJECTIVES.has(words[0]!)) words.shift();
	if (words.length === 0) return null;
	let last = words.length - 1;
	while (last > 0 && !isPluralNoun(words[last]!)) last--;
	// A measure is a plural count noun: "came", "passed" or "budget" after a number say nothing about what is counted.
	return isPluralNoun(words[last]!) ? words.slice(0, last + 1).join(' ') : null;
}

const IRREGULAR_PLURALS = new Set([
	'people',
	'children',
	'men',
	'women',
	'staff',
	'personnel',
	'police',
	'cattle',
	'sheep',
	'fish',
	'deer',
	'aircraft',
	'livestock',
	'crew',
	'faculty',
]);

// Words ending in s that are not plural nouns, or that are verbs far more often after a number.
const NOT_PLURAL =
	/(?:ss|us|is|ous|ics)$|^(?:was|has|does|goes|says|makes|gets|comes|remains|rises|falls|includes|means|as|plus|overseas|always|perhaps|sometimes|towards|afterwards|besides|nevertheless)$/;

/** "arrests", "people", "ballots": a word that can name what a figure counts. */
export function isPluralNoun(word: string): boolean {
	return IRREGULAR_PLURALS.has(word) || (word.length > 2 && word.endsWith('s') && !NOT_PLURAL.test(word));
}

/** The noun in "the arrests of 212", "the deaths of 12": the word before "of" before the number. */
export function nounBeforeOf(body: string, start: number): string | null {
	const before = body.slice(Math.max(0, start - 40), start);
	const match = /\b(?:the|of)\s+([a-z]+)\s+of\s+$/.exec(before) ?? /\b([a-z]+s)\s+of\s+$/.exec(before);
	if (match === null) return null;
	const word = match[1]!;
	return STOP_WORDS.has(word) ? null : word;
}

// A unit in the singular after a figure other than one, written without the hyphen: "a 2 year term", "a 10 mile race".
const SINGULAR_UNIT =
	/^[ \t](?:year|month|week|day|hour|minute|mile|kilometre|kilometer|metre|meter|foot|inch|acre|storey|story|bed|point)\b(?![-'’]s\b)/;

/**
 * True for "90-day", "four-year", "a 2 year term": a number glued by a hyphen to the word after it, or before a unit in
 * the singular, describes that word; it does not count.
 */
export function isAdjectival(body: string, mention: NumberMention): boolean {
	if (body.charCodeAt(mention.span.end) === 45 && /[a-z]/i.test(body.charAt(mention.span.end + 1))) return true;
	return mention.value !== 1 && SINGULAR_UNIT.test(body.slice(mention.span.end, mention.span.end + 12));
}

const RATE_AFTER =
	/^\s*(?:a|an|per|each|every)\s+(?:share|barrel|gallon|litre|liter|hour|ounce|ton|tonne|pound|kilo|kilogram|kg|head|person|capita|month|year|week|day|night|unit|seat|mile|kilometre|kilometer)\b/i;

/** "$2.36 a share", "$80 a barrel", "$15 per hour": a price or rate, never a part of a whole. */
export function isRate(body: string, mention: NumberMention): boolean {
	return RATE_AFTER.test(body.slice(mention.span.end, mention.span.end + 24));
}

/** The mentions that start inside `span`, found by binary search over mentions sorted by start. */
export function mentionsIn(mentions: readonly NumberMention[], span: Span): NumberMention[] {
	let low = 0;
	let high = mentions.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (mentions[middle]!.span.start < span.start) low = middle + 1;
		else high = middle;
	}

	let high2 = mentions.length;
	let low2 = low;
	while (low2 < high2) {
		const middle = (low2 + high2) >> 1;
		if (mentions[middle]!.span.start < span.end) low2 = middle + 1;
		else high2 = middle;
	}

	// One copy by slice: pushing one by one was most of the checks' time on a sentence of half a million numbers.
	return mentions.slice(low, low2);
}

/** Whether a mention is a quantity a list or a check can use (not a year or a rank). */
export function isQuantity(mention: NumberMention): boolean {
	return mention.kind === 'count' || mention.kind === 'money' || mention.kind === 'percent';
}

const SMALL = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
];

/** Counts up to twenty in words, the way news writes them; larger ones in digits, grouped ("200,000"). */
export function countInWords(count: number): string {
	return SMALL[count] ?? formatNumber(count);
}

/** A value as a reader expects it: thousands separated, at most two decimals. */
export function formatValue(value: number): string {
	return formatNumber(value);
}

/**
 * Answers "is this span inside / overlapping any of these spans?" in O(log n): among spans starting before a point,
 * the furthest end reached decides both. Used where a per-finding scan over every list made long texts quadratic.
 */
export class SpanIndex {
	private readonly starts: number[] = [];
	private readonly reach: number[] = [];

	constructor(spans: readonly Span[]) {
		for (const span of spans.toSorted((a, b) => a.start - b.start)) {
			this.starts.push(span.start);
			this.reach.push(Math.max(span.end, this.reach.at(-1) ?? -1));
		}
	}

	/** Whether some span contains `span` whole. */
	contains(span: Span): boolean {
		const count = this.countStartingBefore(span.start + 1);
		return count > 0 && this.reach[count - 1]! >= span.end;
	}

	/** Whether some span shares at least one character with `span`. */
	overlaps(span: Span): boolean {
		const count = this.countStartingBefore(span.end);
		return count > 0 && this.reach[count - 1]! > span.start;
	}

	private countStartingBefore(position: number): number {
		let low = 0;
		let high = this.starts.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (this.starts[middle]! < position) low = middle + 1;
			else high = middle;
		}

		return low;
	}
}
