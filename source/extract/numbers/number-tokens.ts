/** A word, a run of digits (with thousands separators and decimals) or a single other visible character. */
export type Token = {
	readonly type: 'num' | 'word' | 'sym';
	readonly text: string;
	readonly start: number;
	readonly end: number;
};

const TYPES = ['num', 'word', 'sym'] as const;
const cacheMask = 15;

/**
 * The tokens of a text, whitespace dropped (compare offsets to see adjacency). Offsets are stored flat and token
 * objects made only when asked for: a 5 MB article has a million tokens and only those near numbers are read.
 */
export class Tokens {
	readonly length: number;
	readonly text: string;
	private starts: Int32Array;
	private ends: Int32Array;
	private types: Uint8Array;
	private readonly cachedIndex = new Int32Array(cacheMask + 1).fill(-1);
	private readonly cached: Array<Token | undefined> = Array.from({length: cacheMask + 1});

	/** `spaceGroups`: the text groups thousands with spaces ("4 812", "31 406"), as South African and European copy does. */
	constructor(text: string, spaceGroups = false) {
		this.text = text;
		// A hand-written scanner: RegExp#exec allocates a match array per token, which made tokenising a 5 MB
		// article ten times slower than this loop.
		const length = text.length;
		let capacity = (length >> 2) + 16;
		let starts = new Int32Array(capacity);
		let ends = new Int32Array(capacity);
		let types = new Uint8Array(capacity);
		let count = 0;
		let i = 0;
		while (i < length) {
			const code = text.charCodeAt(i);
			if (isSpace(code)) {
				i++;
				continue;
			}

			const start = i;
			let type = 2;
			if (isDigit(code) || (code === 46 && isBareDecimal(text, i))) {
				type = 0;
				i = code === 46 ? digitsFrom(text, i + 1) : scanNumber(text, i, spaceGroups);
			} else if (isLetter(code)) {
				type = 1;
				i++;
				while (i < length && isLetter(text.charCodeAt(i))) i++;
			} else {
				i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
			}

			if (count === capacity) {
				capacity *= 2;
				starts = grow(starts, capacity);
				ends = grow(ends, capacity);
				types = grow(types, capacity);
			}

			starts[count] = start;
			ends[count] = i;
			types[count] = type;
			count++;
		}

		this.starts = starts;
		this.ends = ends;
		this.types = types;
		this.length = count;
	}

	/** The token at `index`, or undefined outside the text. */
	at(index: number): Token | undefined {
		if (index < 0 || index >= this.length) return undefined;
		// Reading a number looks at the same few tokens around it a dozen times; a small cache of the latest ones
		// keeps that from allocating a token object per look, which dominated a text made only of numbers.
		const slot = index & cacheMask;
		if (this.cachedIndex[slot] === index) return this.cached[slot];
		const start = this.starts[index]!;
		const end = this.ends[index]!;
		const token: Token = {type: TYPES[this.types[index]!]!, text: this.text.slice(start, end), start, end};
		this.cachedIndex[slot] = index;
		this.cached[slot] = token;
		return token;
	}

	typeAt(index: number): Token['type'] {
		return index >= 0 && index < this.length ? TYPES[this.types[index]!]! : 'sym';
	}

	/** The word at `index` in lower case, or '' when it is not a word. */
	lowerAt(index: number): string {
		return index >= 0 && index < this.length && this.types[index] === 1 ? this.textAt(index).toLowerCase() : '';
	}

	startAt(index: number): number {
		return index >= 0 && index < this.length ? this.starts[index]! : 0;
	}

	lengthAt(index: number): number {
		return index >= 0 && index < this.length ? this.ends[index]! - this.starts[index]! : 0;
	}

	textAt(index: number): string {
		return index >= 0 && index < this.length ? this.text.slice(this.starts[index]!, this.ends[index]!) : '';
	}
}

function isSpace(code: number): boolean {
	return (
		code <= 32 ||
		code === 0xa0 ||
		code === 0x85 ||
		(code >= 0x2000 && code <= 0x200b) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** ASCII and Latin-1/Latin Extended letters (× and ÷ excluded): only Latin words matter to numbers. */
function isLetter(code: number): boolean {
	return (
		(code >= 97 && code <= 122) ||
		(code >= 65 && code <= 90) ||
		(code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
	);
}

/**
 * ".85 mills", "$.50": a decimal written without its leading zero, as budget lines and prices are. Only after a space,
 * a dash, a sign or an opening mark, so "v.2" and "No.5" stay what they were.
 */
function isBareDecimal(text: string, index: number): boolean {
	if (!isDigit(text.charCodeAt(index + 1))) return false;
	const previous = index === 0 ? 32 : text.charCodeAt(index - 1);
	return (
		isSpace(previous) ||
		previous === 36 ||
		previous === 40 ||
		previous === 45 ||
		previous === 0x2013 ||
		previous === 0x2014
	);
}

function digitsFrom(text: string, index: number): number {
	let i = index;
	while (i < text.length && isDigit(text.charCodeAt(i))) i++;
	return i;
}

/**
 * The end of the number starting at `index`: digits, then thousands groups of exactly three digits (only after a
 * lead of one to three digits, so "12, 9" and "1,2345" do not join), then decimals.
 */
function scanNumber(text: string, index: number, spaceGroups: boolean): number {
	let i = digitsFrom(text, index);
	const indian = i - index <= 2 ? indianGroupsEnd(text, i) : -1;
	if (indian !== -1) {
		i = indian;
	} else if (i - index <= 3) {
		while (text.charCodeAt(i) === 44) {
			const groupEnd = digitsFrom(text, i + 1);
			if (groupEnd - (i + 1) !== 3) break;
			i = groupEnd;
		}

		if (spaceGroups && i - index <= 3 && !afterFigure(text, index)) {
			const end = spaceGroupsEnd(text, i);
			// Figures that close their line ("Elm 40 120 300") are a table's columns as often as one grouped figure.
			if (!endsLine(text, end)) i = end;
		}
	}

	if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) i = digitsFrom(text, i + 1);
	return i;
}

/**
 * The end of Indian digit grouping after a lead of one or two digits ("4,52,310", "1,02,417", "1,20,45,600": groups of
 * two, then a last group of three), or -1. English-language news from South Asia writes lakhs and crores this way, and
 * read as thousands groups "4,52,310" split into a 4 and a 52,310. At least one group of two is needed, and nothing may
 * follow the group of three that would carry on a list of figures ("3,45,678,9" is no number).
 */
function indianGroupsEnd(text: string, index: number): number {
	let i = index;
	let pairs = 0;
	while (text.charCodeAt(i) === 44 && digitsFrom(text, i + 1) - (i + 1) === 2 && text.charCodeAt(i + 3) === 44) {
		i += 3;
		pairs++;
	}

	if (pairs === 0 || text.charCodeAt(i) !== 44) return -1;
	const end = digitsFrom(text, i + 1);
	if (end - (i + 1) !== 3) return -1;
	if (text.charCodeAt(end) === 44 && isDigit(text.charCodeAt(end + 1))) return -1;
	return end;
}

/** One space between groups: a plain one, a no-break space or a thin one, as typesetting writes "31 406". */
function isGroupSpace(code: number): boolean {
	return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** The end of groups of exactly three digits, each after one space ("4 812", "2 040 117"), from `index`. */
export function spaceGroupsEnd(text: string, index: number): number {
	let i = index;
	while (isGroupSpace(text.charCodeAt(i))) {
		const groupEnd = digitsFrom(text, i + 1);
		if (groupEnd - (i + 1) !== 3 || text.charCodeAt(groupEnd) === 44) break;
		i = groupEnd;
	}

	return i;
}

/** True when a figure and a space stand just before `index`: "12 450" after another figure is a row of columns. */
function afterFigure(text: string, index: number): boolean {
	return index >= 2 && isGroupSpace(text.charCodeAt(index - 1)) && isDigit(text.charCodeAt(index - 2));
}

/** True when only spaces stand between `index` and the end of its line. */
function endsLine(text: string, index: number): boolean {
	let i = index;
	while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	return i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
	const bigger = new (array.constructor as new (size: number) => T)(capacity);
	bigger.set(array);
	return bigger;
}
