// Lexicons for numbers written in words, and the small grammar that reads them ("one hundred and sixty").
import type {Tokens} from './number-tokens.ts';

const UNITS: ReadonlyMap<string, number> = new Map([
	['zero', 0],
	['one', 1],
	['two', 2],
	['three', 3],
	['four', 4],
	['five', 5],
	['six', 6],
	['seven', 7],
	['eight', 8],
	['nine', 9],
]);

const TEENS: ReadonlyMap<string, number> = new Map([
	['ten', 10],
	['eleven', 11],
	['twelve', 12],
	['thirteen', 13],
	['fourteen', 14],
	['fifteen', 15],
	['sixteen', 16],
	['seventeen', 17],
	['eighteen', 18],
	['nineteen', 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
	['twenty', 20],
	['thirty', 30],
	['forty', 40],
	['fifty', 50],
	['sixty', 60],
	['seventy', 70],
	['eighty', 80],
	['ninety', 90],
]);

/**
 * Multipliers written after a number, in words or in the short forms newsrooms use ("€3bn", "$40m"). English-language
 * news from South Asia counts in lakhs (100,000) and crores (10 million): "12.4 lakh passengers", "Rs 450 crore".
 */
export const SCALES: ReadonlyMap<string, number> = new Map([
	['thousand', 1e3],
	['lakh', 1e5],
	['lakhs', 1e5],
	['million', 1e6],
	['crore', 1e7],
	['crores', 1e7],
	['billion', 1e9],
	['trillion', 1e12],
]);

/** Short scale suffixes; the single letters only count after a currency ("$40m"), never "40m" alone (metres). */
export const SHORT_SCALES: ReadonlyMap<
	string,
	{readonly scale: string; readonly value: number; readonly moneyOnly: boolean}
> = new Map([
	['k', {scale: 'thousand', value: 1e3, moneyOnly: true}],
	['m', {scale: 'million', value: 1e6, moneyOnly: true}],
	['mn', {scale: 'million', value: 1e6, moneyOnly: false}],
	['mln', {scale: 'million', value: 1e6, moneyOnly: false}],
	['b', {scale: 'billion', value: 1e9, moneyOnly: true}],
	['bn', {scale: 'billion', value: 1e9, moneyOnly: false}],
	['tn', {scale: 'trillion', value: 1e12, moneyOnly: false}],
]);

const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map([
	['first', 1],
	['second', 2],
	['third', 3],
	['fourth', 4],
	['fifth', 5],
	['sixth', 6],
	['seventh', 7],
	['eighth', 8],
	['ninth', 9],
]);

const ORDINALS: ReadonlyMap<string, number> = new Map([
	...ORDINAL_UNITS,
	['tenth', 10],
	['eleventh', 11],
	['twelfth', 12],
	['thirteenth', 13],
	['fourteenth', 14],
	['fifteenth', 15],
	['sixteenth', 16],
	['seventeenth', 17],
	['eighteenth', 18],
	['nineteenth', 19],
	['twentieth', 20],
	['thirtieth', 30],
	['fortieth', 40],
	['fiftieth', 50],
	['sixtieth', 60],
	['seventieth', 70],
	['eightieth', 80],
	['ninetieth', 90],
	['hundredth', 100],
]);

/** A number read from words: the value, the index after its last token, and whether it was an ordinal. */
export type WordNumber = {
	readonly value: number;
	readonly next: number;
	readonly ordinal: boolean;
	readonly scale: string | null;
};

/** Whether a lower-cased word can begin a number written in words. */
export function startsWordNumber(word: string): boolean {
	return STARTERS.has(word) || STARTERS.has(word.toLowerCase());
}

const STARTERS = new Set([...UNITS.keys(), ...TEENS.keys(), ...TENS.keys(), ...ORDINALS.keys(), 'a', 'dozen']);

/** The words that can begin a number, longest first so a regex alternation prefers "seventeen" over "seven". */
export const WORD_NUMBER_STARTERS: readonly string[] = [...STARTERS]
	.filter(word => word !== 'a')
	.sort((a, b) => b.length - a.length);

type Part = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

/**
 * Reads the longest number in words starting at `index`: "forty-two", "one hundred and sixty", "two million",
 * "a dozen", "twenty-first". Returns null when the words there are not a number.
 */
export function readWordNumber(tokens: Tokens, index: number): WordNumber | null {
	let total = 0;
	let current = 0;
	let last: Part | null = null;
	let lastScale = Number.POSITIVE_INFINITY;
	let scaleWord: string | null = null;
	let next = index;
	let i = index;
	const first = tokens.at(index);
	if (first === undefined || first.type !== 'word') return null;

	// "a dozen", "a hundred", "a million": the article stands for one only before a multiplier.
	if (first.text.toLowerCase() === 'a') {
		const after = tokens.lowerAt(index + 1);
		if (!(after === 'dozen' || after === 'hundred' || SCALES.has(after))) return null;
		current = 1;
		last = 'unit';
		i = index + 1;
	}

	for (; i < tokens.length; i++) {
		const token = tokens.at(i)!;
		if (token.type === 'sym' && token.text === '-' && last === 'tens') {
			// Only a hyphen glued on both sides joins "forty-two"; "forty - two" is not a number.
			const after = tokens.at(i + 1);
			const before = tokens.at(i - 1)!;
			if (after !== undefined && before.end === token.start && token.end === after.start) {
				const word = after.text.toLowerCase();
				if (UNITS.has(word) || ORDINAL_UNITS.has(word)) continue;
			}

			break;
		}

		if (token.type !== 'word') break;
		const word = token.text.toLowerCase();
		const unit = UNITS.get(word);
		const teen = TEENS.get(word);
		const tens = TENS.get(word);
		const ordinal = ORDINALS.get(word);
		const scale = SCALES.get(word);
		if (
			unit !== undefined &&
			(last === null || last === 'tens' || last === 'hundred' || last === 'scale' || last === 'and')
		) {
			if (last === 'tens' && current % 10 !== 0) break;
			current += unit;
			last = 'unit';
		} else if (
			(teen !== undefined || tens !== undefined) &&
			(last === null || last === 'hundred' || last === 'scale' || last === 'and')
		) {
			current += teen ?? tens ?? 0;
			last = teen === undefined ? 'tens' : 'teen';
		} else if (word === 'hundred' && (last === 'unit' || last === 'teen' || last === 'tens') && current < 100) {
			current *= 100;
			last = 'hundred';
		} else if (scale !== undefined && last !== null && last !== 'and' && scale < lastScale) {
			total += (current === 0 ? 1 : current) * scale;
			current = 0;
			lastScale = scale;
			scaleWord = word;
			last = 'scale';
		} else if (word === 'dozen' && (last === 'unit' || last === null)) {
			current = (current === 0 ? 1 : current) * 12;
			next = i + 1;
			break;
		} else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
			const after = tokens.lowerAt(i + 1);
			if (!(UNITS.has(after) || TEENS.has(after) || TENS.has(after))) break;
			last = 'and';
			continue;
		} else if (ordinal !== undefined && (last === null || (last === 'tens' && current % 10 === 0 && ordinal < 10))) {
			return {value: total + current + ordinal, next: i + 1, ordinal: true, scale: null};
		} else {
			break;
		}

		next = i + 1;
	}

	if (next === index || last === null) return null;
	if (last === 'unit' && next === index + 1 && first.text.toLowerCase() === 'a') return null;
	return {value: total + current, next, ordinal: false, scale: scaleWord};
}
