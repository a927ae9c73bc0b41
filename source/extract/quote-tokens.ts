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
	/** All capitals and at least two letters: "ICE", "ACLU", "U.S.". */
	readonly acronym: boolean;
	readonly possessive: boolean;
	/** Without a possessive ’s and without a final period unless it belongs to an abbreviation or initial. */
	readonly text: string;
};

// Each repetition must start with a separator, so the pattern cannot backtrack over the same characters twice.
const tokenPattern = /[\p{L}\p{N}]+(?:[.’'\-&][\p{L}\p{N}]+)*\.?|[,;:()—–]/gu;

/** Tokens of `body.slice(start, end)`; regions are small (a clause around one quotation). */
export function tokenize(body: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	const region = body.slice(start, end);
	for (const match of region.matchAll(tokenPattern)) {
		const raw = match[0];
		const offset = start + (match.index ?? 0);
		const punct = !/[\p{L}\p{N}]/u.test(raw);
		let bare = raw.endsWith('.') && raw.length > 1 ? raw.slice(0, -1) : raw;
		const straightened = bare.replaceAll('’', "'");
		const possessive = /'s$/i.test(straightened) && straightened.length > 2;
		if (possessive) {
			bare = bare.slice(0, -2);
		}

		const key = bare.replaceAll('’', "'").toLowerCase();
		const keepsPeriod = raw.endsWith('.') && (bare.length === 1 || bare.includes('.') || abbreviations.has(key));
		tokens.push({
			raw,
			key,
			start: offset,
			end: offset + raw.length,
			punct,
			capitalised: /^\p{Lu}/u.test(raw),
			acronym: /^\p{Lu}[\p{Lu}.&]*\p{Lu}\.?$/u.test(bare),
			possessive,
			text: keepsPeriod && !possessive ? `${bare}.` : bare,
		});
	}

	return tokens;
}
