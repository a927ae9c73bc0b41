// The names of list items: what a raw stretch of text before or after a figure names, once lead words, qualifiers,
// clauses and punctuation are trimmed; and the lower-case categories that budget lines share out to.
import type {Span} from '../../article/types.ts';
import {placeSuffixAt} from './place-names.ts';

const QUALIFIER =
	/^(?:the\s+)?(?:entire\s+|whole\s+)?(?:state|city|province|county|region|district|town|village|borough|municipality|country|island|territory|department|prefecture|governorate)\s+of\s+/i;

const LEADING =
	/^(?:and|or|as well as|plus|including|such as|like|with|while|then|followed by|notably|led by|among them|among|in|from|at|by|for|of)\s+/i;

// A name word: capitalised, or a connector that may sit inside a name ("Bosnia and Herzegovina" is not covered).
export const NAME_CONNECTORS = new Set([
	'of',
	'de',
	'del',
	'la',
	'le',
	'du',
	'upon',
	'on',
	'the',
	'al',
	'el',
	'da',
	'do',
	'dos',
	'van',
	'von',
]);

// Words that open a sentence in capitals without naming anything.
export const NOT_NAMES = new Set([
	'a',
	'an',
	'the',
	'it',
	'its',
	'they',
	'he',
	'she',
	'we',
	'i',
	'you',
	'this',
	'that',
	'these',
	'those',
	'there',
	'in',
	'on',
	'at',
	'of',
	'for',
	'by',
	'with',
	'without',
	'after',
	'before',
	'during',
	'from',
	'since',
	'under',
	'over',
	'among',
	'across',
	'to',
	'as',
	'if',
	'when',
	'while',
	'whereas',
	'although',
	'though',
	'despite',
	'unless',
	'because',
	'until',
	'once',
	'and',
	'but',
	'or',
	'some',
	'all',
	'about',
	'officials',
	'police',
	'out',
	'so',
	'up',
	'down',
	'nearly',
	'almost',
	'roughly',
	'only',
	'just',
]);

export function isCapitalWord(word: string): boolean {
	const first = word.charAt(0);
	return first !== first.toLowerCase() || /^\d/.test(word);
}

/** The trailing run of capitalised words: "were reported in Lake County" → "Lake County". */
export function trailingCapitalRun(name: string): string {
	const words = name.split(/\s+/);
	let first = words.length;
	for (let k = words.length - 1; k >= 0; k--) {
		const word = words[k]!;
		if (isCapitalWord(word) || word.includes('.')) {
			first = k;
		} else if (NAME_CONNECTORS.has(word) && k > 0 && isCapitalWord(words[k - 1]!) && first === k + 1) {
			continue;
		} else {
			break;
		}
	}

	const run = words.slice(first);
	while (run.length > 0 && NAME_CONNECTORS.has(run[0]!)) run.shift();
	return run.join(' ');
}

/** Trims lead words, qualifiers and punctuation from a raw item name; null when nothing name-like is left. */
export function cleanName(raw: string): string | null {
	let name = raw
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[\s,;:—–•*|-]+/, '')
		.replace(/[\s,;:—–|-]+$/, '')
		// An aside set off by dashes is not part of the name: "Boise — the state capital — had 23".
		.replace(/\s(?:—|–|--)\s.*$/, '')
		// "The most deaths have been in Harris County": the place the verb leads to is the name.
		.replace(/^.*\s(?:was|were|is|are|has been|have been|had been)\s+(?:in|at|from)\s+(?=\p{Lu})/u, '')
		// "The top counties this year are Ash": what the verb names.
		.replace(/^.*\s(?:are|were|include|included)\s+(?=\p{Lu})/u, '')
		// A clause about the place is not part of it: "Sindh province was the worst hit, with 186".
		.replace(/\s(?:was|were|is|are|has|had|have|remains|remained|became|becomes)(?:\s.*)?$/, '');
	for (let k = 0; k < 4; k++) {
		const before = name;
		name = name
			.replace(LEADING, '')
			.replace(QUALIFIER, '')
			.replace(/^the\s+/i, '');
		if (name === before) break;
	}

	// Quotation marks set a word apart ("the “other” regions", "the ‘Tier 1’ counties"); they are no part of the name.
	name = name
		.replace(/["“”]/g, '')
		.replace(/(^|\s)[‘']([^‘’']+)[’'](?=\s|$)/g, '$1$2')
		.replace(/^["“‘']+|["”’']+$/g, '')
		.trim();
	// A sentence's full stop, not an abbreviation's: "Fifth Precinct." but not "Washington, D.C.".
	const lastWord = name.lastIndexOf(' ') + 1;
	if (
		name.endsWith('.') &&
		placeSuffixAt(name, lastWord) !== name.length - lastWord &&
		!/^(?:[A-Z]\.)+$/.test(name.slice(lastWord))
	) {
		name = name.slice(0, -1);
	}

	if (name === '' || !/\p{L}/u.test(name)) return null;
	const words = name.split(' ');
	const hasLower = words.some(word => !isCapitalWord(word) && !NAME_CONNECTORS.has(word));
	const hasCapital = words.some((word, k) => k > 0 && isCapitalWord(word));
	if (hasLower && (hasCapital || isCapitalWord(words.at(-1)!))) {
		const run = trailingCapitalRun(name);
		if (run !== '') name = run;
	}

	// "IT", "US": an acronym in capitals is a name even where its letters spell a pronoun.
	const acronym = /^\p{Lu}{2,}$/u.test(name);
	if (name.split(' ').length > 6 || name.length > 60 || (NOT_NAMES.has(name.toLowerCase()) && !acronym)) return null;
	return name;
}

/** The leading run of capitalised words: "Pima reported" → "Pima", "Gulf Coast and" → "Gulf Coast". */
export function leadingCapitalRun(text: string): string {
	const words = text.trim().split(/\s+/);
	let end = 0;
	while (end < words.length && (isCapitalWord(words[end]!) || (end > 0 && NAME_CONNECTORS.has(words[end]!)))) end++;
	while (end > 0 && NAME_CONNECTORS.has(words[end - 1]!)) end--;
	return words.slice(0, end).join(' ');
}

// A clause after the category's noun: "the youth soccer league he once ran", "a fund that pays pensions".
const CATEGORY_CLAUSE =
	/\s(?:he|she|they|it|we|you|that|which|who|whose|where|when|after|before|because|since|while|as)\s.*$/;

/** The rest of a category's name after its "and": a few words and no verb ("roads", "other services"). */
export function categoryTail(body: string, segment: Span): string | null {
	const text = body.slice(segment.start, segment.end).replace(/^\s*and\s+/, '');
	const name = categoryName(text);
	if (name === null || name.split(' ').length > 3 || CATEGORY_VERB.test(name)) return null;
	return name;
}

const CATEGORY_VERB =
	/\b(?:said|says|say|was|were|is|are|will|would|could|has|have|had|did|does|do|can|may|might|must)\b/;

/** A lower-case category of at most five words, without a clause after it. */
export function categoryName(raw: string): string | null {
	const name = raw
		.replace(/["“”]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[.,;:!?]+$/, '')
		.replace(CATEGORY_CLAUSE, '');
	if (!/^[a-z][\w'’-]*(?: [\w'’-]+){0,4}$/.test(name) || NOT_NAMES.has(name)) return null;
	return name;
}

export function spanOf(body: string, start: number, end: number): Span {
	let from = start;
	while (from < end && /\s/.test(body.charAt(from))) from++;
	return {start: from, end};
}
