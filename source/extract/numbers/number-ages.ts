// Ages are no quantities a list counts: in "12 are people 5 to 11 years old" the 5 and the 11 say who the 12 are.
// Read as counts, they gave every age-band item three figures and no list of age groups was read.
import type {Tokens} from './number-tokens.ts';

// Words after a number that make it an age: "17 years old", "80 or older", "65 and over".
const AFTER_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	['years', new Set(['old', 'of'])],
	['year', new Set(['old'])],
	['or', new Set(['younger', 'older', 'under', 'over'])],
	['and', new Set(['older', 'over', 'up', 'under', 'younger'])],
]);
// Words before a number that make it an age: "age 10", "aged 65", "ages 10-19", "in their 40s".
const BEFORE = new Set(['age', 'aged', 'ages']);
const DECADE_BEFORE = new Set(['their', 'his', 'her', 'early', 'mid', 'late']);
// What joins the two ends of an age range: "11 to 17", "20 and 39", "10-19", "0–9", "18 through 24".
const RANGE = new Set(['to', 'and', 'through', '-', '–']);
// No one is counted as older than this; larger figures before "or older" are other things ("500 or under").
const OLDEST = 120;

/** Whether the words after the number at `next` make it an age: "years old", "or older", "and over". */
function ageAfter(tokens: Tokens, next: number): boolean {
	const second = AFTER_PAIRS.get(tokens.lowerAt(next));
	// "years of age": the pair's second word, then "age".
	if (second === undefined || !second.has(tokens.lowerAt(next + 1))) return false;
	// "30 and over 200 more": "over" before a figure compares it, and says nothing of an age.
	if (/^(?:over|under)$/.test(tokens.lowerAt(next + 1)) && tokens.typeAt(next + 2) === 'num') return false;
	return tokens.lowerAt(next + 1) !== 'of' || tokens.lowerAt(next + 2) === 'age';
}

// Who may be described by an age range right after them: "adults 19 to 35", "Ohioans 55 to 70".
const PEOPLE = new Set([
	'people',
	'persons',
	'adults',
	'children',
	'kids',
	'residents',
	'patients',
	'individuals',
	'men',
	'women',
	'youths',
	'seniors',
	'teens',
	'teenagers',
	'those',
]);
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ans|ers|ites)$/u;

/** Whether the word before the number at `index` makes it an age: "age 10", "between the ages of 0-9". */
function ageBefore(tokens: Tokens, index: number): boolean {
	const before = tokens.lowerAt(index - 1);
	if (BEFORE.has(before) || (before === 'of' && tokens.lowerAt(index - 2) === 'ages')) return true;
	// "children younger than 12", "people older than 80".
	return before === 'than' && /^(?:younger|older)$/.test(tokens.lowerAt(index - 2));
}

/** "adults 19 to 35": a range right after people is their ages. */
function peopleBefore(tokens: Tokens, index: number): boolean {
	const word = tokens.textAt(index - 1);
	return tokens.typeAt(index - 1) === 'word' && (PEOPLE.has(word.toLowerCase()) || DEMONYM.test(word));
}

/**
 * Whether the whole number at `index` (its last token before `next`) is an age: after "age"/"aged"/"ages (of)", before
 * "years old", "or older", "and over", a decade of life ("in their 40s", "mid-30s"), or either end of a range that is
 * one ("11 to 17 years old", "ages 10-19").
 */
export function isAge(tokens: Tokens, index: number, next: number, value: number): boolean {
	if (!Number.isInteger(value) || value < 0 || value > OLDEST) return false;
	if (ageBefore(tokens, index) || ageAfter(tokens, next)) return true;
	if (tokens.textAt(next) === 's' && tokens.startAt(next) === tokens.startAt(next - 1) + tokens.lengthAt(next - 1)) {
		const before = tokens.lowerAt(index - 1) || tokens.lowerAt(index - 2);
		if (DECADE_BEFORE.has(before)) return true;
	}

	// The first end of a range: "11 to 17 years old", "10-19" after "ages".
	const joiner = tokens.lowerAt(next) || tokens.textAt(next);
	const ranged =
		RANGE.has(joiner) &&
		joiner !== 'and' &&
		tokens.typeAt(next + 1) === 'num' &&
		!tokens.text.slice(tokens.startAt(index), tokens.startAt(next + 1)).includes('\n');
	if (ranged && peopleBefore(tokens, index)) return true;
	if (RANGE.has(joiner) && tokens.typeAt(next + 1) === 'num' && ageAfter(tokens, next + 2)) return true;
	// The second end: "ages 10-19", "between the ages of 0 and 9".
	const back = tokens.lowerAt(index - 1) || tokens.textAt(index - 1);
	if (!RANGE.has(back) || tokens.typeAt(index - 2) !== 'num') return false;
	// A range stays on its line: "younger than 13" then a bullet "- Two men" is no range.
	if (tokens.text.slice(tokens.startAt(index - 2), tokens.startAt(index)).includes('\n')) return false;
	return ageBefore(tokens, index - 2) || (back !== 'and' && peopleBefore(tokens, index - 2));
}
