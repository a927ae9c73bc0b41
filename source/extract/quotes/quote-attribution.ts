import type {Span} from '../../article/types.ts';
import {
	determiners,
	documentWords,
	groupWords,
	honorifics,
	invertibleVerbs,
	nameParticles,
	nonNameCapitals,
	organizationWords,
	participleVerbs,
	phraseConnectors,
	reportingVerbs,
	roleWords,
	subjectPronouns,
} from './quote-lexicon.ts';
import type {Token} from './quote-tokens.ts';
import {parseSubject, type Subject} from './speaker-name.ts';

/** A reporting clause found next to a quotation. */
export type Clause = {
	/** Null when the clause reports without naming anyone ("…, adding, “…”"): the quotation continues a speaker. */
	readonly subject: Subject | null;
	/** The attributing words, "NAACP general counsel Dana Reyes said". */
	readonly cue: Span;
	/** The clause introduces the quotation itself (verb then comma, colon or "that"; or right after the marks). */
	readonly direct: boolean;
	/** The reporting verb, lower case. */
	readonly verb: string;
};

const clauseOpeners = new Set(
	'and but or nor so yet while as then that when because where after before although though also what which who how why once if whom whose'.split(
		' ',
	),
);
const skippable = new Set(
	'also later repeatedly previously again then once recently earlier further publicly privately has have had would will could did does do may might should not never just only simply flatly quickly later first last'.split(
		' ',
	),
);
const timeWords = new Set(
	'monday tuesday wednesday thursday friday saturday sunday night morning afternoon evening week month year weekend today yesterday'.split(
		' ',
	),
);
const timeLeaders = new Set('on last this early late earlier next'.split(' '));
const asVerbs = new Set('saying telling writing stating calling warning adding'.split(' '));

const isPronoun = (token: Token): boolean => subjectPronouns.has(token.key);

/** May this token sit inside the noun phrase that names a speaker? */
function belongs(token: Token): boolean {
	if (token.punct) {
		return false;
	}

	if (token.capitalised) {
		return !nonNameCapitals.has(token.key) || determiners.has(token.key) || honorifics.has(token.key);
	}

	return (
		roleWords.has(token.key) ||
		organizationWords.has(token.key) ||
		documentWords.has(token.key) ||
		groupWords.has(token.key) ||
		phraseConnectors.has(token.key) ||
		determiners.has(token.key) ||
		nameParticles.has(token.key) ||
		(token.possessive && !reportingVerbs.has(token.key))
	);
}

/** A word carrying its sentence's final period ("farmer."), not an abbreviation's ("Jr."). */
const endsSentence = (token: Token): boolean => token.raw.endsWith('.') && !token.text.endsWith('.');

/** "said the 52-year-old Oak Hill farmer": an age right after the description's article. */
const ageAfterArticle = (tokens: readonly Token[], index: number): boolean =>
	/^\d{1,3}-year-old$/.test(tokens[index]!.key) && determiners.has(tokens[index - 1]?.key ?? '');

/** "Local 12 president Carla Mendes", "Station 5 Captain Joe Ruiz": a number that is part of a body's name. */
const numberInName = (tokens: readonly Token[], index: number): boolean =>
	/^\d{1,4}$/.test(tokens[index]!.key) &&
	tokens[index - 1]?.capitalised === true &&
	!tokens[index - 1]!.punct &&
	tokens[index + 1] !== undefined &&
	belongs(tokens[index + 1]!);

const isHeadNoun = (token: Token): boolean =>
	!token.capitalised &&
	(roleWords.has(token.key) ||
		organizationWords.has(token.key) ||
		documentWords.has(token.key) ||
		groupWords.has(token.key));

const isBoundary = (token: Token | undefined): boolean =>
	token === undefined ||
	token.punct ||
	(token.capitalised && nonNameCapitals.has(token.key) && !determiners.has(token.key)) ||
	clauseOpeners.has(token.key);

const relativeWords = new Set(['who', 'which', 'whose', 'whom', 'that']);
const ownerConnectors = new Set(['of', 'for', 'at', 'with']);

/** A comma-enclosed segment that describes the name before it: "a spokeswoman for X", "who voted no", "45". */
function isAppositiveSegment(segment: readonly Token[]): boolean {
	const first = segment[0];
	if (first === undefined) {
		return false;
	}

	if ((segment.length === 1 && /^\d+$/.test(first.key)) || relativeWords.has(first.key)) {
		return true;
	}

	if (first.key === 'from' && segment.length <= 5) {
		return true;
	}

	// "Priya Nair, a paediatrician, said": an indefinite description, whatever its noun.
	if ((first.key === 'a' || first.key === 'an') && segment.length <= 10) {
		return segment.every(token => !reportingVerbs.has(token.key) && !clauseOpeners.has(token.key));
	}

	if ((determiners.has(first.key) || roleWords.has(first.key)) && segment.some(token => roleWords.has(token.key))) {
		return true;
	}

	// "Smith, the party's agent, said": a short definite description ending in a common noun, listed or not.
	const last = segment.at(-1)!;
	return (
		first.key === 'the' &&
		segment.length >= 2 &&
		segment.length <= 6 &&
		!last.capitalised &&
		!last.possessive &&
		segment.every(token => !reportingVerbs.has(token.key) && !clauseOpeners.has(token.key))
	);
}

/** The comma opening ", who …" or ", which …" that runs to the comma at `close`, with no reporting verb inside, or -1. */
function relativeClauseBefore(tokens: readonly Token[], close: number): number {
	for (let comma = close - 1; comma > 0 && comma > close - 40; comma--) {
		const token = tokens[comma]!;
		if (reportingVerbs.has(token.key) || (token.punct && token.raw !== ',')) {
			return -1;
		}

		const next = tokens[comma + 1]?.key ?? '';
		if (token.raw === ',' && (next === 'who' || next === 'which')) {
			return comma;
		}
	}

	return -1;
}

/** "Jane Doe" between commas after "Their teacher,": the name of the role just mentioned. */
const isNameSegment = (segment: readonly Token[]): boolean =>
	segment.length >= 1 &&
	segment.length <= 5 &&
	segment.every(token => token.capitalised || nameParticles.has(token.key));

/**
 * A lower-case word the role list lacks, inside a title: "DFES incident controller Rachel Tomasi", "Collie cattle
 * farmer". Accepted only between a capitalised word or listed role and a name or listed role, at most two in a row.
 */
function unlistedRole(tokens: readonly Token[], index: number): boolean {
	const token = tokens[index]!;
	if (
		token.punct ||
		token.capitalised ||
		/^\d/.test(token.key) ||
		clauseOpeners.has(token.key) ||
		reportingVerbs.has(token.key)
	) {
		return false;
	}

	let left = index - 1;
	while (
		left >= 0 &&
		left >= index - 2 &&
		!tokens[left]!.capitalised &&
		!tokens[left]!.punct &&
		!roleWords.has(tokens[left]!.key)
	) {
		left--;
	}

	let right = index + 1;
	while (
		right < tokens.length &&
		right <= index + 2 &&
		!tokens[right]!.capitalised &&
		!roleWords.has(tokens[right]!.key)
	) {
		right++;
	}

	const before = tokens[left];
	const after = tokens[right];
	// "said cattle farmer Tom Brennan": right after the verb, the words of a listed role that a name follows.
	const named = tokens[right + 1];
	if (
		(before === undefined || before.punct || reportingVerbs.has(before.key)) &&
		after !== undefined &&
		roleWords.has(after.key) &&
		!after.capitalised &&
		named !== undefined &&
		named.capitalised &&
		!nonNameCapitals.has(named.key)
	) {
		return true;
	}

	return (
		before !== undefined &&
		after !== undefined &&
		!before.punct &&
		(before.capitalised || roleWords.has(before.key)) &&
		!nonNameCapitals.has(before.key) &&
		(after.capitalised || roleWords.has(after.key)) &&
		!after.punct
	);
}

/** Start index of the noun phrase that ends at `end` (inclusive), or -1. */
function phraseEndingAt(tokens: readonly Token[], end: number): number {
	let i = end;
	while (i >= 0) {
		const token = tokens[i]!;
		if (skippable.has(token.key)) {
			i--;
		} else if (timeWords.has(token.key) && i > 0 && timeLeaders.has(tokens[i - 1]!.key)) {
			i -= 2;
		} else {
			break;
		}
	}

	const last = tokens[i];
	if (last === undefined) {
		return -1;
	}

	if (last.raw === ',') {
		// "Jane Doe, a spokeswoman for the Red Cross, said" / "Smith, who runs the agency, said" / "Smith, 45, said".
		let comma = i - 1;
		while (comma >= 0 && comma > i - 16 && tokens[comma]!.raw !== ',') {
			comma--;
		}

		if (comma < 0 || tokens[comma]!.raw !== ',') {
			return -1;
		}

		const segment = tokens.slice(comma + 1, i);
		if (isAppositiveSegment(segment)) {
			return phraseEndingAt(tokens, comma - 1);
		}

		// "Their teacher, Brian Lasky, said": the role comes first, the name sits between the commas.
		const roleStart = isNameSegment(segment) ? phraseEndingAt(tokens, comma - 1) : -1;
		const roleNamed = roleStart !== -1 && tokens.slice(roleStart, comma).some(token => roleWords.has(token.key));
		if (roleNamed) {
			return roleStart;
		}

		// "Najib Razak, who met leaders of Ukraine, the Netherlands, and Barack Obama, said": a relative clause with
		// commas of its own still describes the name before it.
		const opener = relativeClauseBefore(tokens, i);
		return opener === -1 ? -1 : phraseEndingAt(tokens, opener - 1);
	}

	if (isPronoun(last)) {
		return isBoundary(tokens[i - 1]) ? i : -1;
	}

	let start = i + 1;
	while (start > 0 && start > i - 12) {
		const previous = tokens[start - 1]!;
		if (!belongs(previous) && !unlistedRole(tokens, start - 1) && !numberInName(tokens, start - 1)) {
			break;
		}

		start--;
		// "a spokesperson for the ministry": an article after a connector opens the owner, not the phrase.
		if (determiners.has(previous.key) && !ownerConnectors.has(tokens[start - 1]?.key ?? '')) {
			break;
		}
	}

	// Lower-case modifiers before a lower-case head: "federal prosecutors", "a city hall spokesman".
	const head = tokens[i]!;
	if (start <= i && isHeadNoun(head)) {
		let extended = start;
		while (extended > 0 && start - extended < 2 && !tokens[extended - 1]!.punct && !tokens[extended - 1]!.capitalised) {
			const previous = tokens[extended - 1]!;
			if (clauseOpeners.has(previous.key) || reportingVerbs.has(previous.key)) {
				break;
			}

			extended--;
			if (determiners.has(previous.key)) {
				break;
			}
		}

		const before = tokens[extended - 1];
		if (extended < start && (isBoundary(before) || determiners.has(tokens[extended]!.key))) {
			start = extended;
		}
	}

	if (start > i || (phraseConnectors.has(tokens[start]!.key) && !determiners.has(tokens[start]!.key))) {
		return -1;
	}

	const first = tokens[start]!;
	if (!determiners.has(first.key) && !isBoundary(tokens[start - 1])) {
		return -1;
	}

	return start;
}

/** End index (exclusive) of the noun phrase that starts at `start`, appositive included. */
function phraseStartingAt(tokens: readonly Token[], start: number): number {
	const first = tokens[start];
	if (first === undefined) {
		return start;
	}

	if (isPronoun(first)) {
		return start + 1;
	}

	let end = start;
	while (
		end < tokens.length &&
		end - start < 12 &&
		(belongs(tokens[end]!) || unlistedRole(tokens, end) || numberInName(tokens, end) || ageAfterArticle(tokens, end))
	) {
		end++;
		// "said the 52-year-old farmer. Mayor Rosa Quint toured …": the phrase ends with its sentence.
		if (endsSentence(tokens[end - 1]!)) {
			break;
		}
	}

	while (end > start && phraseConnectors.has(tokens[end - 1]!.key)) {
		end--;
	}

	if (end > start && tokens[end]?.raw === ',') {
		// The appositive runs to the next comma or the end of the clause, short of a relative clause or a verb.
		const segmentAfter = (comma: number): number => {
			let next = comma + 1;
			while (
				next < tokens.length &&
				next - comma < 14 &&
				!tokens[next]!.punct &&
				!relativeWords.has(tokens[next]!.key) &&
				!reportingVerbs.has(tokens[next]!.key)
			) {
				next++;
			}

			return next;
		};

		const next = segmentAfter(end);
		const segment = tokens.slice(end + 1, next);
		// "Maria Lopez, 34, a nurse at the hospital": past the age to what the person is.
		if (segment.length === 1 && /^\d{1,3}$/.test(segment[0]!.key) && tokens[next]?.raw === ',') {
			const following = segmentAfter(next);
			const role = tokens.slice(next + 1, following);
			if (role.length > 0 && isAppositiveSegment(role) && !relativeWords.has(role[0]!.key)) {
				return following;
			}
		}

		if (isAppositiveSegment(segment) && !relativeWords.has(segment[0]!.key)) {
			return next;
		}

		// "said the coalition's co-chair, Jean Arsenault": the role first, then the name.
		const roleFirst = tokens.slice(start, end).some(token => roleWords.has(token.key));
		if (roleFirst && isNameSegment(segment) && segment.some(token => !nonNameCapitals.has(token.key))) {
			return next;
		}
	}

	return end;
}

// Reporting verbs that are as often nouns before another noun: "the Coastal state government’s view".
const ALSO_NOUNS = new Set(['state', 'report', 'claim', 'note', 'comment']);

const isNounUse = (tokens: readonly Token[], index: number): boolean => {
	const previous = tokens[index - 1];
	if (previous !== undefined && (determiners.has(previous.key) || previous.possessive)) return true;
	// "the Coastal state government": a determiner two words back and a lower-case word after, that the verb reading
	// would leave with no object ("Coastal" is no speaker).
	const next = tokens[index + 1];
	return (
		ALSO_NOUNS.has(tokens[index]!.key) &&
		determiners.has(tokens[index - 2]?.key ?? '') &&
		next !== undefined &&
		!next.punct &&
		!next.capitalised
	);
};

// A sentence's final period is not part of the cue; an abbreviation's period ("Jr.") is.
const span = (from: Token, to: Token): Span => ({
	start: from.start,
	end: to.raw.endsWith('.') && !to.text.endsWith('.') ? to.end - 1 : to.end,
});

const releasedBy = new Set(['released', 'published', 'issued', 'compiled', 'provided', 'collected', 'gathered']);

/**
 * "said data released by the state agency": a document the phrase ends in, issued by a body named after it, is that
 * body speaking. Returns the body and where its phrase ends, or the subject as it was.
 */
function issuer(tokens: readonly Token[], subject: Subject, end: number): {subject: Subject; end: number} {
	if (
		subject.kind !== 'speaker' ||
		subject.speaker.type !== 'document' ||
		!releasedBy.has(tokens[end]?.key ?? '') ||
		tokens[end + 1]?.key !== 'by'
	) {
		return {subject, end};
	}

	// The body's phrase runs to the clause's end: "the state water agency" has words no lexicon lists.
	let bodyEnd = end + 2;
	while (bodyEnd < tokens.length && bodyEnd < end + 10 && !tokens[bodyEnd]!.punct) {
		bodyEnd++;
	}

	const body = parseSubject(tokens.slice(end + 2, bodyEnd));
	return body?.kind === 'speaker' && body.speaker.type === 'organization'
		? {subject: body, end: bodyEnd}
		: {subject, end};
}

/** The clause before a quotation: "The press release quotes X as saying,", "X said,", "According to X,", "X:". */
export function clauseBefore(tokens: readonly Token[]): Clause | null {
	const last = tokens.at(-1);
	if (last === undefined) {
		return null;
	}

	for (let as = tokens.length - 2; as >= 1 && as >= tokens.length - 4; as--) {
		const verb = tokens[as + 1]!;
		if (tokens[as]!.key !== 'as' || !asVerbs.has(verb.key)) {
			continue;
		}

		for (let quotes = as - 1; quotes >= 0 && quotes >= as - 14; quotes--) {
			if (!['quotes', 'quoted', 'quoting', 'quote'].includes(tokens[quotes]!.key)) {
				continue;
			}

			const subject = parseSubject(tokens.slice(quotes + 1, as));
			if (subject !== null) {
				const sourceStart = quotes > 0 ? phraseEndingAt(tokens, quotes - 1) : -1;
				return {
					subject,
					cue: span(tokens[sourceStart >= 0 ? sourceStart : quotes]!, verb),
					direct: true,
					verb: 'quotes',
				};
			}
		}
	}

	let participle: Clause | null = null;
	let verbsSeen = 0;
	for (let v = tokens.length - 1; v >= 0 && verbsSeen < 4; v--) {
		const token = tokens[v]!;
		const after = tokens.slice(v + 1);
		const direct = after.length <= 10 && (after.length === 0 || [',', ':', 'that'].includes(after.at(-1)!.key));
		if (token.key === 'according' && tokens[v + 1]?.key === 'to') {
			const end = phraseStartingAt(tokens, v + 2);
			const subject = parseSubject(tokens.slice(v + 2, end));
			if (subject !== null) {
				return {subject, cue: span(token, tokens[end - 1]!), direct: end >= tokens.length - 1, verb: 'according to'};
			}

			continue;
		}

		if (!reportingVerbs.has(token.key) || token.capitalised || isNounUse(tokens, v)) {
			continue;
		}

		verbsSeen++;
		if (participleVerbs.has(token.key)) {
			participle ??= {subject: null, cue: span(token, token), direct, verb: token.key};
			continue;
		}

		const start = v > 0 ? phraseEndingAt(tokens, v - 1) : -1;
		const subject = start === -1 ? null : parseSubject(tokens.slice(start, v));
		if (subject !== null) {
			return {subject, cue: span(tokens[start]!, token), direct, verb: token.key};
		}

		// "…, and added that it was “…”", "…, but warned there was “…”": the second verb of the subject before, which
		// the quotation continues.
		if (tokens[v - 1]?.key === 'and' || tokens[v - 1]?.key === 'but') {
			participle ??= {subject: null, cue: span(token, token), direct, verb: token.key};
			continue;
		}

		if (invertibleVerbs.has(token.key)) {
			const end = phraseStartingAt(tokens, v + 1);
			const inverted = parseSubject(tokens.slice(v + 1, end));
			// "said Smith:" introduces the quotation; "said the city was" is a clause about the city.
			if (inverted !== null && tokens.slice(end).every(rest => rest.punct)) {
				return {subject: inverted, cue: span(token, tokens[end - 1]!), direct: true, verb: token.key};
			}
		}
	}

	if (participle !== null) {
		return participle;
	}

	if (last.raw === ':' && tokens.length > 1) {
		const start = phraseEndingAt(tokens, tokens.length - 2);
		const subject = start === -1 ? null : parseSubject(tokens.slice(start, -1));
		if (subject !== null && start === 0) {
			return {subject, cue: span(tokens[0]!, tokens.at(-2)!), direct: true, verb: ':'};
		}
	}

	return null;
}

/** The clause right after a quotation: "…,” Smith said." / "…,” said Smith, a …" / "…,” according to X." */
export function clauseAfter(tokens: readonly Token[], sentenceClosed: boolean): Clause | null {
	let k = 0;
	while (k < tokens.length && tokens[k]!.punct && tokens[k]!.raw !== ':' && tokens[k]!.raw !== ';') {
		k++;
	}

	const first = tokens[k];
	if (first === undefined || (sentenceClosed && first.capitalised)) {
		return null;
	}

	if (first.key === 'according' && tokens[k + 1]?.key === 'to') {
		const end = phraseStartingAt(tokens, k + 2);
		const subject = parseSubject(tokens.slice(k + 2, end));
		return subject === null ? null : {subject, cue: span(first, tokens[end - 1]!), direct: true, verb: 'according to'};
	}

	if (invertibleVerbs.has(first.key)) {
		const phraseEnd = phraseStartingAt(tokens, k + 1);
		const written = parseSubject(tokens.slice(k + 1, phraseEnd));
		if (written === null) {
			return null;
		}

		const {subject, end} = issuer(tokens, written, phraseEnd);
		return {subject, cue: span(first, tokens[end - 1]!), direct: true, verb: first.key};
	}

	let relative = false;
	for (let v = k + 1; v < tokens.length && v <= k + 20; v++) {
		const token = tokens[v]!;
		if (token.punct && token.raw !== ',' && token.raw !== '(' && token.raw !== ')') {
			return null;
		}

		// "one resident, who asked not to be named, told …": a verb inside the relative clause is not the reporting one.
		if (token.raw === ',') {
			relative = relativeWords.has(tokens[v + 1]?.key ?? '') && tokens[v + 1]!.key !== 'that';
			continue;
		}

		if (relative || !reportingVerbs.has(token.key) || token.capitalised || isNounUse(tokens, v)) {
			continue;
		}

		const start = phraseEndingAt(tokens, v - 1);
		if (start !== k) {
			return null;
		}

		const subject = parseSubject(tokens.slice(k, v));
		return subject === null ? null : {subject, cue: span(first, token), direct: true, verb: token.key};
	}

	return null;
}
