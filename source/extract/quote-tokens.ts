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

const punctuation = new Set([',', ';', ':', '(', ')', '—', '–']);

/** Tokens of `body.slice(start, end)`; regions are small (a clause around one quotation). */
export function tokenize(body: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	tokenPattern.lastIndex = 0;
	const region = body.slice(start, end);
	for (let match = tokenPattern.exec(region); match !== null; match = tokenPattern.exec(region)) {
		const raw = match[0];
		const offset = start + match.index;
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
		const first = raw[0]!;
		const capitalised = first !== first.toLowerCase();
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
