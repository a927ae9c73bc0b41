import type {Clause} from './quote-attribution.ts';
import {determiners, termMarkers} from './quote-lexicon.ts';
import type {Token} from './quote-tokens.ts';

export type QuoteKind = 'quotation' | 'term';

/** What surrounds a pair of quotation marks, as the classifier needs it. */
export type QuoteSurroundings = {
	/** Between the marks. */
	readonly inner: string;
	/** The clause before the opening mark, within its sentence. */
	readonly before: readonly Token[];
	/** The characters right after the closing mark. */
	readonly after: string;
	readonly leadClause: Clause | null;
	readonly tailClause: Clause | null;
};

const smallWords = new Set('a an the of and or for to in on at by with de la von van'.split(' '));
const functionWords = new Set(
	'and or but as to in on at by for from of with that than when while because if so then which who is are was were be been will would could should has have had and nor yet after before until since over about into onto across under through during against among around toward towards again too now here there this last next all both ever yet'.split(
		' ',
	),
);
const subordinators = new Set(
	'because who which where when while although though if since whose whom unless'.split(' '),
);
const prepositions = new Set([
	'of',
	'about',
	'on',
	'for',
	'with',
	'against',
	'over',
	'into',
	'from',
	'by',
	'toward',
	'towards',
]);
const clauseWords = new Set(
	"that who which everything nothing anything we i you they our my your is are was were will would can can't cannot don't didn't won't never not".split(
		' ',
	),
);
const fragmentOpeners = new Set(['and', 'or', 'but', 'that', 'because', 'which']);
const copulas = new Set('is are was were be been being will would'.split(' '));
const labelDeterminers = new Set('the a an its their his her this that'.split(' '));

function words(text: string): string[] {
	return text.split(/[\s—–]+/).filter(word => /[\p{L}\p{N}]/u.test(word));
}

/** "Operation Safe City", "The Art of the Deal": every significant word capitalised. */
function isTitleCase(list: readonly string[]): boolean {
	const significant = list.filter(word => !smallWords.has(word.toLowerCase()));
	return significant.length > 0 && significant.every(word => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(word));
}

/** Is the quotation introduced as a label: so-called “…”, dubbed the “…”, the term “…”, known as “…”? */
function followsLabelMarker(before: readonly Token[], leadClause: Clause | null): boolean {
	let i = before.length - 1;
	if (i >= 0 && labelDeterminers.has(before[i]!.key)) {
		i--;
	}

	const last = before[i];
	if (last === undefined) {
		return false;
	}

	if (termMarkers.has(last.key)) {
		return true;
	}

	if (last.key === 'as') {
		const previous = before[i - 1]?.key;
		return previous === 'known' || previous === 'to' || previous === 'billed';
	}

	// "a program called “…”" is a label; "Smith called it “…”" is Smith speaking.
	return last.key === 'called' && (leadClause === null || leadClause.verb !== 'called');
}

/**
 * Speech or a label? A quotation is a clause someone said or wrote; a term is a short scare-quoted word or name used
 * inside the reporter's own sentence. Only speech carries a speaker, so when in doubt a short quotation without a
 * reporting clause is a term.
 */
export function classifyQuote(s: QuoteSurroundings): QuoteKind {
	const list = words(s.inner);
	const trimmed = s.inner.trim();
	if (s.tailClause !== null || s.leadClause?.direct === true) {
		return 'quotation';
	}

	if (followsLabelMarker(s.before, s.leadClause) && list.length <= 10) {
		return 'term';
	}

	// “and four public health organizations”: words that start mid-sentence are a fragment of what was written, never
	// a name or label.
	if (list.length >= 3 && fragmentOpeners.has(list[0]!)) {
		return 'quotation';
	}

	const closesSentence = /[.!?…][’']?$/.test(trimmed);
	if (list.length > 5) {
		return isTitleCase(list) && list.length <= 10 && !closesSentence ? 'term' : 'quotation';
	}

	const standalone = s.before.filter(token => !token.punct).length === 0;
	if (standalone && closesSentence && list.length >= 2 && /^\p{Lu}/u.test(trimmed)) {
		return 'quotation';
	}

	if (isTitleCase(list)) {
		return 'term';
	}

	// “lost everything that mattered”, “we were never told”: words that only a clause holds make it speech.
	if (list.length >= 3 && list.some(word => clauseWords.has(word.toLowerCase().replace(/[,.;:!?]+$/, '')))) {
		return 'quotation';
	}

	// A partial quotation sits close to its reporting verb ("she wrote that the law was “…”"); past a subordinate
	// clause ("…said the numbers miss people who are “doubled up”") the words are the reporter's.
	// A clause with no subject of its own ("…, and added that it “…”") still reports the words after it.
	const clause = s.leadClause;
	const between = clause === null ? [] : s.before.filter(token => token.start >= clause.cue.end);
	const reported = clause !== null && between.length <= 12 && !between.some(token => subordinators.has(token.key));
	// "he said it is a “no-win” deal": a reported clause with its own verb puts the words in the speaker's mouth.
	const reportedClause = reported && between.some(token => copulas.has(token.key));

	// Used as a modifier, “zero-tolerance” policies: the reporter's phrase, not a partial quotation. Before an article
	// ("had “rushed” the decision") the words are a verb, not a modifier.
	const following = /^ (\p{Ll}+)/u.exec(s.after)?.[1];
	if (
		following !== undefined &&
		!functionWords.has(following) &&
		!determiners.has(following) &&
		!reportedClause &&
		list.length <= 3 &&
		!/[,.;:!?]$/.test(trimmed)
	) {
		return 'term';
	}

	// "warned that talk of a “tourist tax” …": a short phrase after a preposition and its article is a thing named in
	// the reporter's words, even with a reporting verb before it ("spoke of “betrayal”" stays her word).
	const [previous, beforePrevious] = [s.before.at(-1)?.key, s.before.at(-2)?.key];
	const governed =
		previous !== undefined &&
		determiners.has(previous) &&
		beforePrevious !== undefined &&
		prepositions.has(beforePrevious);
	if (governed && !reportedClause && list.length <= 3 && !/[.!?…]$/.test(trimmed)) {
		return 'term';
	}

	return reported ? 'quotation' : 'term';
}

/** A term's text as used: without the punctuation American style puts inside the closing mark. */
export function termText(inner: string): string {
	return inner.trim().replace(/[,.;:]+$/, '');
}
