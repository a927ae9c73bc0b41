import {MONTH_WORDS} from '../../article/abbreviations.ts';
import type {NumberMention} from './numbers-types.ts';
import {isAge} from './number-ages.ts';
import {Tokens, type Token} from './number-tokens.ts';
import {readWordNumber, SCALES, SHORT_SCALES, startsWordNumber, WORD_NUMBER_STARTERS} from './number-words.ts';
import type {Hedge} from '../types.ts';

/** Currency symbols written before the amount. */
const PREFIX_SYMBOLS: ReadonlyMap<string, string> = new Map([
	['$', '$'],
	['€', 'EUR'],
	['£', 'GBP'],
	['¥', 'JPY'],
	['₹', 'INR'],
	['₽', 'RUB'],
	['₦', 'NGN'],
	['₩', 'KRW'],
]);

/** Letters glued before "$" that name the dollar: "US$5", "C$12". */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
	['US', 'USD'],
	['C', 'CAD'],
	['CA', 'CAD'],
	['A', 'AUD'],
	['AU', 'AUD'],
	['NZ', 'NZD'],
	['HK', 'HKD'],
	['S', 'SGD'],
	['R', 'BRL'],
	['NT', 'TWD'],
]);

const ISO_CODES = new Set([
	'USD',
	'EUR',
	'GBP',
	'JPY',
	'CNY',
	'INR',
	'MXN',
	'CAD',
	'AUD',
	'CHF',
	'BRL',
	'ZAR',
	'NGN',
	'KES',
	'RUB',
	'KRW',
	'HKD',
	'SGD',
	'NZD',
	'SEK',
	'NOK',
	'DKK',
	'PLN',
	'TRY',
	'PHP',
	'IDR',
]);

/** Currency names written after the amount. "pounds" and "won" are left out: weight and a verb far more often. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
	['dollar', '$'],
	['dollars', '$'],
	['euro', 'EUR'],
	['euros', 'EUR'],
	['peso', 'MXN'],
	['pesos', 'MXN'],
	['yen', 'JPY'],
	['yuan', 'CNY'],
	['renminbi', 'CNY'],
	['rupee', 'INR'],
	['rupees', 'INR'],
	['franc', 'CHF'],
	['francs', 'CHF'],
	['ruble', 'RUB'],
	['rubles', 'RUB'],
	['rouble', 'RUB'],
	['roubles', 'RUB'],
	['rand', 'ZAR'],
	['reais', 'BRL'],
	['shekels', 'ILS'],
	['naira', 'NGN'],
	['shillings', 'KES'],
	['kronor', 'SEK'],
	['kroner', 'NOK'],
	['zloty', 'PLN'],
	['lira', 'TRY'],
	['dirhams', 'AED'],
	['riyals', 'SAR'],
	['sterling', 'GBP'],
]);

/** Nationality words that pin down a currency word: "50 million US dollars", "85 million Mexican pesos". */
const CURRENCY_NATIONS: ReadonlyMap<string, string> = new Map([
	['US', 'USD'],
	['American', 'USD'],
	['Canadian', 'CAD'],
	['Australian', 'AUD'],
	['Mexican', 'MXN'],
	['Philippine', 'PHP'],
	['Argentine', 'ARS'],
	['Colombian', 'COP'],
	['Chilean', 'CLP'],
	['Indian', 'INR'],
	['Swiss', 'CHF'],
	['Hong', 'HKD'],
]);

/** Hedge phrases before a number, longest first so "no more than" wins over "more than". */
const HEDGES: ReadonlyArray<readonly [readonly string[], Hedge]> = (
	[
		['no more than', 'at-most'],
		['no fewer than', 'at-least'],
		['no less than', 'at-least'],
		['not more than', 'at-most'],
		['in excess of', 'at-least'],
		['as many as', 'at-most'],
		['as few as', 'at-least'],
		['an estimated', 'approximate'],
		['more than', 'at-least'],
		['greater than', 'at-least'],
		['at least', 'at-least'],
		['upwards of', 'at-least'],
		['upward of', 'at-least'],
		['just over', 'at-least'],
		['well over', 'at-least'],
		['fewer than', 'at-most'],
		['less than', 'at-most'],
		['just under', 'at-most'],
		['up to', 'at-most'],
		['at most', 'at-most'],
		['close to', 'approximate'],
		['nearly', 'approximate'],
		['almost', 'approximate'],
		['about', 'approximate'],
		['around', 'approximate'],
		['roughly', 'approximate'],
		['approximately', 'approximate'],
		['approx', 'approximate'],
		['circa', 'approximate'],
		['some', 'approximate'],
		['estimated', 'approximate'],
		['over', 'at-least'],
		['under', 'at-most'],
		['exceeding', 'at-least'],
		// Headline verbs that state a floor: "outbreak tops 70 cases", "sales topped $5 billion".
		['tops', 'at-least'],
		['topped', 'at-least'],
		['exceeds', 'at-least'],
		['exceeded', 'at-least'],
		['surpassed', 'at-least'],
		['surpasses', 'at-least'],
	] as const
).map(([phrase, hedge]) => [phrase.split(' '), hedge] as const);

// Hedges looked up by their last word: most words before a number end no hedge, and trying all forty was most of
// the time spent reading a text made only of numbers.
const HEDGES_BY_LAST: ReadonlyMap<string, ReadonlyArray<(typeof HEDGES)[number]>> = (() => {
	const map = new Map<string, Array<(typeof HEDGES)[number]>>();
	for (const entry of HEDGES) {
		const last = entry[0].at(-1)!;
		map.set(last, [...(map.get(last) ?? []), entry]);
	}

	return map;
})();

/** Words after which a four-digit number is a year: "in 2016", "since 1980", "for 2016". */
const YEAR_CUES = new Set([
	'in',
	'since',
	'for',
	'by',
	'from',
	'until',
	'till',
	'to',
	'through',
	'of',
	'during',
	'before',
	'after',
	'early',
	'late',
	'mid',
	'the',
	'between',
	'year',
	'fiscal',
	'spring',
	'summer',
	'autumn',
	'fall',
	'winter',
	'circa',
	'around',
]);

/** Capitalised labels whose number is part of a name ("Route 66", "Title 42", "Flight 370"), not a quantity. */
const LABELS = new Set([
	'no',
	'nos',
	'number',
	'route',
	'highway',
	'interstate',
	'section',
	'title',
	'article',
	'chapter',
	'proposition',
	'prop',
	'room',
	'flight',
	'channel',
	'ward',
	'precinct',
	'apt',
	'suite',
	'unit',
	'gate',
	'pier',
	'level',
	'category',
	'phase',
	'stage',
	'district',
	'page',
	'amendment',
	'version',
	'windows',
	'boeing',
	'airbus',
	'iphone',
	'covid',
]);

/** Lower-case labels whose number, alone in a parenthesis, numbers a budget line or a record ("(account 442)"). */
const PAREN_LABELS = new Set([
	'account',
	'acct',
	'department',
	'dept',
	'fund',
	'line',
	'item',
	'code',
	'object',
	'project',
	'contract',
	'file',
	'case',
	'docket',
	'ref',
	'parcel',
	'lot',
	'exhibit',
	'form',
	'bill',
	'no',
	'number',
]);

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Determiners after which "second" is an ordinal rather than the unit of time. */
const SECOND_DETERMINERS = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every', 'each']);

/** Words before a lone "one" that make it a pronoun ("no one", "the one who"). */
const PRONOUN_ONE = new Set(['no', 'any', 'every', 'the', 'this', 'that', 'which', 'each', 'last', 'only']);

function lower(token: Token | undefined): string {
	return token?.type === 'word' ? token.text.toLowerCase() : '';
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
	return a !== undefined && b !== undefined && a.end === b.start;
}

function isCapitalized(token: Token): boolean {
	const first = token.text[0] ?? '';
	return first !== first.toLowerCase();
}

/** True where a sentence could start: the text start, after . ! ? : or an opening quote or bracket. */
function atSentenceStart(tokens: Tokens, index: number): boolean {
	const previous = tokens.at(index - 1);
	return previous === undefined || (previous.type === 'sym' && /^[.!?:"“‘'([—–•*-]$/u.test(previous.text));
}

function isMonth(token: Token | undefined): boolean {
	return (
		token !== undefined && token.type === 'word' && isCapitalized(token) && MONTH_WORDS.has(token.text.toLowerCase())
	);
}

/** The month before a day number, allowing the abbreviation's full stop: "Sept. 27", "September 27". */
function monthBefore(tokens: Tokens, index: number): boolean {
	const previous = tokens.at(index - 1);
	if (isMonth(previous)) return true;
	return previous?.text === '.' && isMonth(tokens.at(index - 2));
}

type Skip = {readonly skip: number};

// Larger than any figure news reports (a quintillion); beyond it sums lose whole units.
const absurd = 1e18;
type Read = {readonly mention: NumberMention; readonly next: number};

// Names of things written with a number, however they are cased ("Covid-19" alone on a line is a heading).
const CODE_WORDS = new Set([
	'covid',
	'sars',
	'mers',
	'ebola',
	'apollo',
	'boeing',
	'airbus',
	'model',
	'type',
	'form',
	'route',
]);

/**
 * "Tyler-1" alone on its line in a county table, "Rayagada-140 million": a place's figure written with the hyphen
 * glued, not a code like "COVID-19" or "F-16". Only a word in lower case after its capital, and only a figure that
 * ends its line or carries a scale word.
 */
function tableFigure(tokens: Tokens, word: Token, token: Token, next: Token | undefined): boolean {
	if (word.text.length < 3 || word.text.slice(1) !== word.text.slice(1).toLowerCase()) return false;
	if (CODE_WORDS.has(word.text.toLowerCase())) return false;
	if (next !== undefined && next.type === 'word' && SCALES.has(next.text.toLowerCase())) return true;
	const lineEnd = next === undefined || tokens.text.slice(token.end, next.start).includes('\n');
	// The line's name is short: look back a bounded way, so a long line of such codes stays linear.
	const from = Math.max(0, word.start - 40);
	const before = tokens.text.slice(from, word.start);
	const lineStart = before.lastIndexOf('\n');
	if (lineStart === -1 && from > 0) return false;
	return lineEnd && /^[\p{L} .'’]*$/u.test(before.slice(lineStart + 1));
}

/**
 * Numbers that are not quantities: day numbers in dates, clock times, slashed dates and fractions, ISO dates,
 * codes glued to letters ("COVID-19", "G7") and numbered names ("Route 66"). Returns how far to skip, or null.
 */
function notAQuantity(tokens: Tokens, index: number, value: number): Skip | null {
	const token = tokens.at(index)!;
	const next = tokens.at(index + 1);
	const after = tokens.at(index + 2);
	const previous = tokens.at(index - 1);
	const isDay = Number.isInteger(value) && value >= 1 && value <= 31;
	if (isDay && (monthBefore(tokens, index) || (isMonth(next) && !glued(token, next)))) {
		return {skip: index + 1};
	}

	if ((next?.text === ':' || next?.text === '/') && glued(token, next) && glued(next, after) && after?.type === 'num') {
		let end = index + 2;
		while (
			tokens.textAt(end + 1) === next.text &&
			glued(tokens.at(end), tokens.at(end + 1)) &&
			tokens.at(end + 2)?.type === 'num'
		) {
			end += 2;
		}

		return {skip: end + 1};
	}

	if (previous?.text === '/' && glued(previous, token)) return {skip: index + 1};
	const clock = lower(next);
	if (
		clock === 'am' ||
		clock === 'pm' ||
		(clock === 'a' || clock === 'p' ? tokens.lowerAt(index + 3) === 'm' : false)
	) {
		return {skip: index + 2};
	}

	// ISO dates: 2017-09-30.
	if (
		token.text.length === 4 &&
		next?.text === '-' &&
		glued(token, next) &&
		after?.type === 'num' &&
		after.text.length === 2 &&
		glued(next, after) &&
		tokens.textAt(index + 3) === '-' &&
		tokens.at(index + 4)?.type === 'num'
	) {
		return {skip: index + 5};
	}

	// The second half of a year range: "2016-17".
	if (
		previous?.text === '-' &&
		glued(previous, token) &&
		tokens.at(index - 2)?.type === 'num' &&
		tokens.at(index - 2)!.text.length === 4 &&
		glued(tokens.at(index - 2), previous) &&
		token.text.length === 2
	) {
		return {skip: index + 1};
	}

	if (previous?.type === 'word' && glued(previous, token)) return {skip: index + 1};
	// A figure with thousands separators is no code ("Grade C-1,02,417", "Zone B-12,400"): codes never group digits.
	if (previous?.text === '-' && glued(previous, token) && !token.text.includes(',')) {
		const word = tokens.at(index - 2);
		if (
			word?.type === 'word' &&
			glued(word, previous) &&
			isCapitalized(word) &&
			!tableFigure(tokens, word, token, next)
		) {
			return {skip: index + 1};
		}
	}

	if (previous?.text === '#' && glued(previous, token)) return {skip: index + 1};
	const label = previous?.text === '.' ? tokens.at(index - 2) : previous;
	if (label?.type === 'word' && isCapitalized(label) && isLabel(label.text.toLowerCase())) return {skip: index + 1};
	if (labelledRun(tokens, index)) return {skip: index + 1};
	// "(department 428)", "(account 442)": a number that labels a line of a budget or a record, set in parentheses.
	if (
		label?.type === 'word' &&
		PAREN_LABELS.has(label.text.toLowerCase()) &&
		tokens.textAt(index - 2) === '(' &&
		next?.text === ')'
	) {
		return {skip: index + 1};
	}

	// "fund 001", "object 0427": a whole number written with leading zeros is a code; no count is written so.
	if (/^0\d{2,}$/.test(token.text)) return {skip: index + 1};
	return null;
}

/** "Precinct", and its plural "Precincts" before several numbers. */
function isLabel(word: string): boolean {
	return LABELS.has(word) || (word.endsWith('s') && word !== 'nos' && LABELS.has(word.slice(0, -1)));
}

// What joins the numbers of one label: "Precincts 1 & 2", "Wards 3 and 4", "Precinct 1, 3, 4, 5".
const LABEL_JOINERS = new Set(['&', 'and', ',', '-', '–']);

/**
 * A number after another that a label numbers, joined to it: the 2 of "Precincts 1 & 2", the 5 of "Precinct 1, 3, 4,
 * 5 AV". After a comma only a small number that goes on with another joiner, ends its line or comes before a name, so
 * "In Ward 3, 45 votes were cast" keeps its 45.
 */
function labelledRun(tokens: Tokens, index: number): boolean {
	let k = index - 1;
	let comma = false;
	// A label numbers a few things, not hundreds: the walk back is bounded, so a run of "1, 2, 3, …" stays linear.
	while (k > index - 25 && LABEL_JOINERS.has(tokens.lowerAt(k) || tokens.textAt(k)) && tokens.typeAt(k - 1) === 'num') {
		comma ||= tokens.textAt(k) === ',';
		k -= 2;
	}

	if (k === index - 1) return false;
	const label = tokens.at(k);
	if (label?.type !== 'word' || !isCapitalized(label)) return false;
	if (!isLabel(label.text.toLowerCase())) return false;
	if (!comma) return true;
	const token = tokens.at(index)!;
	const next = tokens.at(index + 1);
	const lineEnd = next === undefined || tokens.text.slice(token.end, next.start).includes('\n');
	return (
		token.text.length <= 2 &&
		(lineEnd || LABEL_JOINERS.has(tokens.lowerAt(index + 1) || tokens.textAt(index + 1)) || isCapitalized(next!))
	);
}

/** The hedge phrase ending right before token `index`, if any. */
function hedgeBefore(tokens: Tokens, index: number): {readonly hedge: Hedge; readonly start: number} | null {
	const before = [tokens.lowerAt(index - 3), tokens.lowerAt(index - 2), tokens.lowerAt(index - 1)];
	if (before[2] === '') {
		// "approx. 500" keeps its full stop.
		if (before[1] === 'approx' && tokens.textAt(index - 1) === '.') {
			return {hedge: 'approximate', start: tokens.at(index - 2)!.start};
		}

		return null;
	}

	const candidates = HEDGES_BY_LAST.get(before[2]!);
	if (candidates === undefined) return null;
	for (const [words, hedge] of candidates) {
		const offset = 3 - words.length;
		if (words.every((word, k) => before[offset + k] === word)) {
			return {hedge, start: tokens.at(index - words.length)!.start};
		}
	}

	return null;
}

function digitValue(text: string): number {
	return Number(text.replaceAll(/[, \u00A0\u202F\u2009]/g, ''));
}

// "4,812" anywhere says the writer groups thousands with commas; without one, "4 812" is one figure grouped by spaces
// (South African and European copy), never two. Only then are spaces read as separators: elsewhere "Ward 12 450
// votes" is not twelve thousand.
const COMMA_GROUPS = /\d,\d{3}(?!\d)/;
const SPACE_GROUP = /(?<![\d,.])\d{1,3}[ \u00A0\u202F\u2009]\d{3}(?![\d,])/;

// Three figures in a row ("Ashby 398 410 3.0%") are a table's columns: a text that has such rows is not read by spaces.
// A third group of exactly three digits ("2 040 117") is one figure's.
const FIGURE_ROW = /(?<![\d,.])\d{1,3} \d{3} (?!\d{3}(?![\d.]))[-−+–(]?\d/;

function groupsBySpaces(text: string): boolean {
	return !COMMA_GROUPS.test(text) && SPACE_GROUP.test(text) && !FIGURE_ROW.test(text);
}

/** Reads the number starting at `index` (currency symbol, digits or words) with everything that qualifies it. */
function readAt(tokens: Tokens, index: number, millionsByM: boolean): Read | Skip | null {
	const first = tokens.at(index)!;
	let currency: string | null = null;
	let numberIndex = index;

	if (first.type === 'sym' && PREFIX_SYMBOLS.has(first.text)) {
		const next = tokens.at(index + 1);
		if (next === undefined || (next.type !== 'num' && !startsWordNumber(lower(next)))) return null;
		if (next.start - first.end > 1) return null;
		currency = PREFIX_SYMBOLS.get(first.text)!;
		if (first.text === '$') {
			const before = tokens.at(index - 1);
			if (before?.type === 'word' && glued(before, first) && DOLLAR_PREFIXES.has(before.text)) {
				return null; // Read from the prefix letters instead.
			}
		}

		numberIndex = index + 1;
	} else if (first.type === 'word' && DOLLAR_PREFIXES.has(first.text)) {
		const dollar = tokens.at(index + 1);
		const next = tokens.at(index + 2);
		if (dollar?.text !== '$' || !glued(first, dollar) || next?.type !== 'num' || !glued(dollar, next)) return null;
		currency = DOLLAR_PREFIXES.get(first.text)!;
		numberIndex = index + 2;
	} else if (first.type === 'word' && ISO_CODES.has(first.text)) {
		const next = tokens.at(index + 1);
		if (next?.type !== 'num') return null;
		currency = first.text;
		numberIndex = index + 1;
	}

	const numberToken = tokens.at(numberIndex)!;
	let value: number;
	let next: number;
	let words = false;
	let ordinal = false;
	let scale: string | null = null;
	let decimals = false;
	if (numberToken.type === 'num') {
		value = digitValue(numberToken.text);
		decimals = numberToken.text.includes('.');
		next = numberIndex + 1;
		if (currency === null) {
			const skip = notAQuantity(tokens, numberIndex, value);
			if (skip !== null) return skip;
		}

		const suffix = tokens.at(next);
		if (suffix?.type === 'word' && glued(numberToken, suffix) && ORDINAL_SUFFIXES.has(suffix.text.toLowerCase())) {
			// "21st Century Fox" is a name, not a rank.
			const following = tokens.at(next + 1);
			if (following?.type === 'word' && isCapitalized(following)) return {skip: next + 1};
			if (monthBefore(tokens, numberIndex)) return {skip: next + 1};
			ordinal = true;
			next += 1;
		}
	} else if (numberToken.type === 'word') {
		const read = readWordNumber(tokens, numberIndex);
		if (read === null) return null;
		value = read.value;
		next = read.next;
		words = true;
		ordinal = read.ordinal;
		scale = read.scale;
		const word = lower(numberToken);
		const single = read.next === numberIndex + 1;
		if (ordinal && single) {
			const before = tokens.lowerAt(numberIndex - 1);
			// "a third of", "two-thirds": fractions, not ranks.
			if (before === 'a' || before === 'one' || tokens.textAt(numberIndex - 1) === '-') return {skip: next};
			if (word === 'second' && !SECOND_DETERMINERS.has(before)) return {skip: next};
			// "First Amendment", "Fifth Avenue": ordinals inside names.
			const following = tokens.at(next);
			if (isCapitalized(numberToken) && !atSentenceStart(tokens, numberIndex)) return {skip: next};
			if (following?.type === 'word' && isCapitalized(following)) return {skip: next};
		}

		if (word === 'one' && single) {
			const before = tokens.lowerAt(numberIndex - 1);
			const after = tokens.lowerAt(next);
			if (PRONOUN_ONE.has(before) || after === 'another' || after === 'day' || after === 'way') return {skip: next};
		}
	} else {
		return null;
	}

	let end = tokens.at(next - 1)!.end;

	// Scale after digits: "12.4 million", "€3bn", "$40m".
	if (!words && !ordinal) {
		const token = tokens.at(next);
		const word = lower(token);
		const long = SCALES.get(word);
		const short = SHORT_SCALES.get(word);
		if (long !== undefined) {
			value = Math.round(value * long * 1000) / 1000;
			scale = word;
			next += 1;
		} else if (
			short !== undefined &&
			glued(tokens.at(next - 1), token) &&
			(!short.moneyOnly ||
				currency !== null ||
				(decimals && short.scale !== 'thousand') ||
				(millionsByM && short.scale === 'million'))
		) {
			value = Math.round(value * short.value * 1000) / 1000;
			scale = short.scale;
			next += 1;
		}

		end = tokens.at(next - 1)!.end;
	}

	// A run of hundreds of digits is no quantity an article states; as a number it is Infinity or past exact
	// arithmetic, and would poison every sum and check it reached.
	if (!Number.isFinite(value) || value >= absurd) return {skip: next};
	let kind: NumberMention['kind'] = ordinal ? 'ordinal' : 'count';

	// Currency after the number: "85 million pesos", "50 million US dollars", "5,000 USD".
	if (!ordinal) {
		const token = tokens.at(next);
		const nation = token?.type === 'word' ? CURRENCY_NATIONS.get(token.text) : undefined;
		const word = lower(token);
		if (nation !== undefined && CURRENCY_WORDS.has(tokens.lowerAt(next + 1))) {
			currency = nation;
			next += 2;
		} else if (CURRENCY_WORDS.has(word)) {
			currency ??= CURRENCY_WORDS.get(word)!;
			next += 1;
		} else if (token?.type === 'word' && ISO_CODES.has(token.text) && currency === null) {
			currency = token.text;
			next += 1;
		}

		if (currency !== null) {
			kind = 'money';
			end = tokens.at(next - 1)!.end;
		}
	}

	// Percentages: "64%", "44 percent", "16 per cent", "3 percentage points".
	if (kind === 'count') {
		const token = tokens.at(next);
		const word = lower(token);
		if (token?.text === '%' && token.start - end <= 1) {
			kind = 'percent';
			next += 1;
		} else if (word === 'percent' || word === 'pct' || word === 'percentage') {
			kind = 'percent';
			next += word === 'percentage' && tokens.lowerAt(next + 1).startsWith('point') ? 2 : 1;
		} else if (word === 'per' && tokens.lowerAt(next + 1) === 'cent') {
			kind = 'percent';
			next += 2;
		}

		if (kind === 'percent') end = tokens.at(next - 1)!.end;
	}

	const firstIndex = index;
	const hedge = hedgeBefore(tokens, firstIndex);
	let hedgeKind: Hedge = hedge?.hedge ?? 'exact';
	let hedgedEnd = end;

	// Hedges written after the number: "500 or more", "500 or so", "500-plus", "500+".
	const after = tokens.at(next);
	if (lower(after) === 'or' && ['more', 'so', 'less', 'fewer'].includes(tokens.lowerAt(next + 1))) {
		const word = tokens.lowerAt(next + 1);
		hedgeKind = word === 'more' ? 'at-least' : word === 'so' ? 'approximate' : 'at-most';
		hedgedEnd = tokens.at(next + 1)!.end;
	} else if (after?.text === '+' && glued(tokens.at(next - 1), after)) {
		hedgeKind = 'at-least';
		hedgedEnd = after.end;
	} else if (after?.text === '-' && glued(tokens.at(next - 1), after) && tokens.lowerAt(next + 1) === 'plus') {
		hedgeKind = 'at-least';
		hedgedEnd = tokens.at(next + 1)!.end;
	}

	if (
		kind === 'count' &&
		!words &&
		!decimals &&
		scale === null &&
		hedgeKind === 'exact' &&
		numberToken.text.length === 4 &&
		value >= 1800 &&
		value <= 2100
	) {
		const previousWord = tokens.lowerAt(numberIndex - 1);
		const following = tokens.at(next);
		const dated =
			YEAR_CUES.has(previousWord) ||
			tokens.textAt(numberIndex - 1) === '-' ||
			monthBefore(tokens, numberIndex) ||
			(tokens.textAt(numberIndex - 1) === ',' &&
				tokens.at(numberIndex - 2)?.type === 'num' &&
				monthBefore(tokens, numberIndex - 2)) ||
			following === undefined ||
			following.type !== 'word' ||
			isCapitalized(following);
		if (dated) kind = 'year';
	}

	if (kind === 'count' && scale === null && !decimals && isAge(tokens, numberIndex, next, value)) kind = 'age';

	const spanStart = tokens.at(firstIndex)!.start;
	const span = {start: spanStart, end};
	return {
		mention: {
			value,
			span,
			// One object for both when nothing hedges the number: a text of numbers makes half a million of them.
			hedgedSpan: hedge === null && hedgedEnd === end ? span : {start: hedge?.start ?? spanStart, end: hedgedEnd},
			hedge: hedgeKind,
			kind,
			currency,
			scale,
			words,
		},
		next,
	};
}

const MILLIONS_BY_M = /\d\.\d+m\b/;

const WORD_NUMBER = new RegExp(
	`\\b(?:${WORD_NUMBER_STARTERS.join('|')}|a(?=\\s+(?:dozen|hundred|thousand|million|billion|trillion)\\b))\\b`,
	'gi',
);

/**
 * Every number in the text, in order, with offsets into `text`: digits ("1,234", "12.4"), words ("forty-two",
 * "one hundred and sixty", "a dozen"), money ("$12.4 million", "85 million pesos", "€3bn"), percentages
 * ("44 percent", "64%") and years, each with the hedge written before it. Day numbers in dates, clock times and
 * numbered names ("Route 66", "COVID-19") are left out: they are not quantities.
 */
export function findNumbers(text: string): NumberMention[] {
	const tokens = new Tokens(text, groupsBySpaces(text));
	// A text that writes "37.5m visits" uses m for million, so its "15m" is fifteen million too; elsewhere a whole
	// number before m is as likely metres ("a 15m wall").
	const millionsByM = MILLIONS_BY_M.test(text);
	const mentions: NumberMention[] = [];
	// The native regex finds number words far faster than looking each word token up; merged by offset below.
	const wordStarts: number[] = [];
	WORD_NUMBER.lastIndex = 0;
	for (let match = WORD_NUMBER.exec(text); match !== null; match = WORD_NUMBER.exec(text)) wordStarts.push(match.index);
	let wordAt = 0;
	for (let i = 0; i < tokens.length;) {
		const type = tokens.typeAt(i);
		const start = tokens.startAt(i);
		while (wordAt < wordStarts.length && wordStarts[wordAt]! < start) wordAt++;
		let from = -1;
		if (type === 'num') {
			// "USD 5,000" and "US$5" are read from the letters before the number.
			const before = tokens.at(i - 1);
			const dollar = before?.text === '$' ? tokens.at(i - 2) : undefined;
			from =
				(before?.type === 'word' && ISO_CODES.has(before.text)) ||
				(dollar !== undefined && glued(dollar, before) && DOLLAR_PREFIXES.has(dollar.text))
					? i - (dollar === undefined ? 1 : 2)
					: i;
		} else if (type === 'sym' && PREFIX_SYMBOLS.has(text.charAt(start))) {
			from = i;
		} else if (type === 'word' && wordStarts[wordAt] === start) {
			from = i;
		}

		const read =
			from >= 0 && (mentions.length === 0 || mentions.at(-1)!.hedgedSpan.end <= tokens.startAt(from))
				? readAt(tokens, from, millionsByM)
				: null;
		if (read === null) {
			i += 1;
		} else if ('mention' in read) {
			mentions.push(read.mention);
			i = Math.max(read.next, i + 1);
		} else {
			i = Math.max(read.skip, i + 1);
		}
	}

	return mentions;
}
