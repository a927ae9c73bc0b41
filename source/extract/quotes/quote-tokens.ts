import {abbreviations} from './quote-lexicon.ts';

/** A word or a clause-level punctuation mark near a quotation, with its offsets in the body. */
export type Token = {
	/** As written. */
	readonly raw: string;
	/** Lower case, final period and possessive ’s removed, curly apostrophes straightened: the lexicon key. */
	readonly key: string;
	readonly start: number;
	readonly end: number;
	readonly punct: boolean;
	readonly capitalised: boolean;
	/** All capitals and at least two letters: "FEMA", "NAACP", "U.S.". */
	readonly acronym: boolean;
	readonly possessive: boolean;
	/** Without a possessive ’s and without a final period unless it belongs to an abbreviation or initial. */
	readonly text: string;
};

const punctuation = new Set([',', ';', ':', '(', ')', '—', '–']);

const letterOrNumber = /^[\p{L}\p{N}]$/u;
/** Length of the letter or digit at `i` (2 for an astral one), or 0. By code for ASCII: this runs per character. */
function wordCharAt(text: string, i: number, end: number): number {
	const code = text.charCodeAt(i);
	if (code < 128) {
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
	}

	if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
		return letterOrNumber.test(text.slice(i, i + 2)) ? 2 : 0;
	}

	return letterOrNumber.test(text[i]!) ? 1 : 0;
}

const isPunctuation = (code: number): boolean =>
	code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2014 || code === 0x2013;
const isJoiner = (code: number): boolean => code === 46 || code === 0x2019 || code === 39 || code === 45 || code === 38;

/**
 * The next token at or after `i` in `[i, end)`: a word (letters and digits, joined by . ’ ' - &, with a final period)
 * or a clause mark. Hand-written rather than a Unicode regular expression, which was the extraction's hot spot.
 */
function nextToken(text: string, i: number, end: number): {start: number; end: number} | null {
	while (i < end) {
		const code = text.charCodeAt(i);
		if (isPunctuation(code)) {
			return {start: i, end: i + 1};
		}

		const width = wordCharAt(text, i, end);
		if (width === 0) {
			i++;
			continue;
		}

		const from = i;
		i += width;
		for (;;) {
			const more = i < end ? wordCharAt(text, i, end) : 0;
			if (more > 0) {
				i += more;
				continue;
			}

			const after = i + 1 < end ? wordCharAt(text, i + 1, end) : 0;
			if (i < end && isJoiner(text.charCodeAt(i)) && after > 0) {
				i += 1 + after;
				continue;
			}

			break;
		}

		if (i < end && text.charCodeAt(i) === 46) {
			i++;
		}

		return {start: from, end: i};
	}

	return null;
}

/** Tokens of `body.slice(start, end)`, at most `limit` of them; regions are small (a clause around one quotation). */
export function tokenize(body: string, start: number, end: number, limit = Number.POSITIVE_INFINITY): Token[] {
	const tokens: Token[] = [];
	for (
		let match = nextToken(body, start, end);
		match !== null && tokens.length < limit;
		match = nextToken(body, match.end, end)
	) {
		const raw = body.slice(match.start, match.end);
		const offset = match.start;
		if (punctuation.has(raw)) {
			tokens.push({
				raw,
				key: raw,
				start: offset,
				end: offset + 1,
				punct: true,
				capitalised: false,
				acronym: false,
				possessive: false,
				text: raw,
			});
			continue;
		}

		let bare = raw.endsWith('.') && raw.length > 1 ? raw.slice(0, -1) : raw;
		const possessive = bare.length > 2 && (bare.endsWith("'s") || bare.endsWith('’s'));
		if (possessive) {
			bare = bare.slice(0, -2);
		}

		const lower = bare.toLowerCase();
		const key = lower.includes('’') ? lower.replaceAll('’', "'") : lower;
		const code = raw.charCodeAt(0);
		// ASCII first letters by code; toLowerCase allocates, so it is left for the rest.
		const capitalised = code < 128 ? code >= 65 && code <= 90 : raw[0]! !== raw[0]!.toLowerCase();
		const acronym = capitalised && bare.length > 1 && bare === bare.toUpperCase() && isAcronym(bare);
		const keepsPeriod = raw.endsWith('.') && (bare.length === 1 || bare.includes('.') || abbreviations.has(key));
		tokens.push({
			raw,
			key,
			start: offset,
			end: offset + raw.length,
			punct: false,
			capitalised,
			acronym,
			possessive,
			text: keepsPeriod && !possessive ? `${bare}.` : bare,
		});
	}

	return tokens;
}

const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}.&]*\p{Lu}$/u.test(word);
