import {honorifics, nonNameCapitals, reportingVerbs, roleWords} from './quote-lexicon.ts';
import {tokenize, type Token} from './quote-tokens.ts';
import {isNameToken, parseSubject, type Gender} from './speaker-name.ts';
import type {Speaker} from '../types.ts';

/** A person the text names, and where. */
export type Mention = {readonly speaker: Speaker; readonly gender: Gender | null; readonly at: number};

const lastWord = (name: string): string => name.split(' ').at(-1) ?? name;
const describes = new Set(['a', 'an', 'the', 'who', 'whose', 'whom']);

/**
 * Where the role before a comma and a name begins: "teacher, Brian Lasky" (the word before the comma), or a title of
 * an office, "the Minister of Fisheries, Ana Ruiz" (a role word and its capitalised "of" phrase); -1 for none.
 */
function roleBefore(tokens: ReturnType<typeof tokenize>, last: number): number {
	for (let k = last; k >= 0 && k >= last - 4; k--) {
		const token = tokens[k]!;
		if (roleWords.has(token.key)) return k;
		if (token.punct || !(token.capitalised || token.key === 'of' || token.key === 'for' || token.key === 'and'))
			return -1;
	}

	return -1;
}

/**
 * People named in `body[from, to)` with something that shows they are people: a title before the name ("Judge
 * Mary K. Lund", "Dr. Karen Lindqvist"), a description after it ("Mark Doyle, who …", "Jane Doe, a
 * spokeswoman"), a role just before it ("Their teacher, Brian Lasky,"), or a reporting verb after it.
 */
export function personsNamed(body: string, from: number, to: number, names?: NameIndex): Mention[] {
	const tokens = tokenize(body, from, to);
	const found: Mention[] = [];
	let i = 0;
	while (i < tokens.length) {
		// A name never runs over a line break: "Port TEUs Change" heading a table is not someone.
		let end = i;
		while (
			end < tokens.length &&
			isNameToken(tokens[end]!) &&
			(end === i || !body.slice(tokens[end - 1]!.end, tokens[end]!.start).includes('\n'))
		) {
			end++;
		}

		// "Lord Hendy", "Mr Smith": one name after a courtesy title is a person too.
		// "Councillor Walsh", "Mayor Pike": and after a capitalised title.
		const previous = tokens[i - 1];
		const honored =
			end - i === 1 &&
			previous !== undefined &&
			(honorifics.has(previous.key) ||
				(previous.capitalised && !previous.punct && roleWords.has(previous.key) && !titleModifiers.has(previous.key)));
		if (end - i >= 2 || honored) {
			let start = i;
			// A title never reaches back over a sentence's end ("… said the farmer. Mayor Rosa Quint toured …").
			while (start > 0 && start > i - 4 && isTitleToken(tokens[start - 1]!) && !endsSentence(tokens[start - 1]!)) {
				start--;
			}

			const titled = tokens.slice(start, i).some(token => roleWords.has(token.key) || honorifics.has(token.key));
			const next = tokens[end];
			// "Ada Ruiz, 45, said": an age set off by commas describes a person; "in Ashby Vale, 9 in Brill" is a count.
			const age = /^\d+$/.test(tokens[end + 1]?.key ?? '') && tokens[end + 2]?.raw === ',';
			const described = next?.raw === ',' && (isDescription(tokens[end + 1]) || age);
			const speaks = next !== undefined && reportingVerbs.has(next.key);
			const roleAt = tokens[i - 1]?.raw === ',' ? roleBefore(tokens, i - 2) : -1;
			const afterRole = roleAt !== -1;
			if (titled || described || speaks || afterRole) {
				const subject = parseSubject(afterRole ? tokens.slice(roleAt, end) : tokens.slice(start, end));
				if (subject?.kind === 'speaker' && subject.speaker.type === 'person') {
					found.push({speaker: subject.speaker, gender: subject.gender, at: tokens[i]!.start});
				}
			}
		}

		// A surname alone, as the subject of its sentence ("Doyle conceded …", "Doyle, who …"), for someone named
		// in full before; or, never named before, as the subject of a reporting clause ("Walsh, who chairs the
		// panel, said the council …"), someone a later "he said" may stand for though the text gave no first name.
		if (end - i === 1 && names !== undefined && (isSubjectPosition(tokens, i) || opensAside(tokens, i))) {
			const named = names.lookup(tokens[i]!.text, tokens[i]!.start);
			if (named !== null && named.speaker.type === 'person') {
				found.push({...named, at: tokens[i]!.start});
			} else if (named === null && reportsSpeech(tokens, i) && !writtenInLowerCase(body, tokens[i]!.key)) {
				const speaker = {name: tokens[i]!.text, role: null, organization: null, type: 'person' as const};
				found.push({speaker, gender: null, at: tokens[i]!.start});
			}
		}

		i = Math.max(end, i + 1);
	}

	return found;
}

// Role words that qualify a title rather than being one: "New York" is no one titled "New".
const titleModifiers = new Set(
	'acting interim deputy assistant associate senior executive vice general former then incoming outgoing top lead longtime new newly-elected emeritus prime majority minority press communications staff republican democrat democratic board partner owner'.split(
		' ',
	),
);

const conjunctions = new Set(['and', 'but', 'so', 'while', 'then', 'when']);

function opensClause(tokens: readonly Token[], index: number): boolean {
	const previous = tokens[index - 1];
	return (
		previous === undefined ||
		previous.punct ||
		conjunctions.has(previous.key) ||
		(previous.raw.endsWith('.') && !previous.text.endsWith('.'))
	);
}

function isSubjectPosition(tokens: readonly Token[], index: number): boolean {
	const next = tokens[index + 1];
	return opensClause(tokens, index) && next !== undefined && !next.punct && !next.capitalised;
}

/**
 * "Walsh, who chairs the panel, …", "Ruiz, sent to the coast to meet the crews, told …": a subject with a
 * relative clause or a participle's aside after it.
 */
const opensAside = (tokens: readonly Token[], index: number): boolean => {
	const word = tokens[index + 2];
	const aside =
		word !== undefined &&
		!word.capitalised &&
		(['who', 'whose', 'sent', 'led', 'named'].includes(word.key) || /^[a-z]{3,}(?:ed|en)$/.test(word.key));
	return opensClause(tokens, index) && tokens[index + 1]?.raw === ',' && aside;
};

/**
 * Does the one-word subject at `index` report speech in its sentence: "Walsh said", "Walsh, who chairs the panel,
 * said", "Walsh took the floor and argued"? The verb follows the name, a comma closing an aside, or "and".
 */
function reportsSpeech(tokens: readonly Token[], index: number): boolean {
	for (let j = index + 1; j < tokens.length && j <= index + 16; j++) {
		const token = tokens[j]!;
		if (token.punct && token.raw !== ',') {
			return false;
		}

		const before = tokens[j - 1]!;
		if (
			reportingVerbs.has(token.key) &&
			!token.capitalised &&
			(j === index + 1 || before.raw === ',' || before.key === 'and')
		) {
			return true;
		}
	}

	return false;
}

/** A capitalised word the text also writes in lower case ("Critics said …", "… the critics") is a common noun. */
function writtenInLowerCase(body: string, key: string): boolean {
	if (body !== lowerCaseSeen.body) {
		lowerCaseSeen = {body, words: new Map()};
	}

	let seen = lowerCaseSeen.words.get(key);
	if (seen === undefined) {
		const word = key.replace(/[^\p{L}]/gu, '');
		seen = word.length > 0 && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(body);
		lowerCaseSeen.words.set(key, seen);
	}

	return seen;
}

// The body last searched and what was found in it: a pronoun's search reads the same names again and again.
let lowerCaseSeen: {body: string; words: Map<string, boolean>} = {body: '', words: new Map()};

const endsSentence = (token: Token): boolean => token.raw.endsWith('.') && !token.text.endsWith('.');

const isTitleToken = (token: Token): boolean =>
	roleWords.has(token.key) || honorifics.has(token.key) || token.acronym || (token.capitalised && !token.punct);

const isDescription = (token: Token | undefined): boolean =>
	token !== undefined && (describes.has(token.key) || roleWords.has(token.key));

// Runs of two or more capitalised words. Every repetition starts with a space, so a failed match gives back at most
// one word: linear in the text.
const runPattern = /\p{Lu}[\p{L}\p{M}’'-]*(?:\.?[ \t]+\p{Lu}[\p{L}\p{M}’'-]*)+/gu;

/** "Carla Nunez of the Parks Department": the organisation named right after a name. */
function organizationAfter(body: string, end: number): string | null {
	const tokens = tokenize(body, end, Math.min(body.length, end + 80));
	if (!['of', 'at', 'with', 'from'].includes(tokens[0]?.key ?? '')) {
		return null;
	}

	let i = tokens[1]?.key === 'the' ? 2 : 1;
	const start = i;
	while (i < tokens.length) {
		const token = tokens[i]!;
		const joins = (token.key === 'of' || token.key === 'and') && tokens[i + 1]?.capitalised === true;
		if (!joins && !(token.capitalised && !token.punct && !nonNameCapitals.has(token.key))) {
			break;
		}

		i++;
	}

	const named = tokens.slice(start, i);
	return named.length > 0 ? named.map(token => token.text).join(' ') : null;
}

/** A run cut where a sentence ends inside it ("in late January. Kestrel found"), initials and titles kept. */
function pieces(run: string, offset: number): Array<{start: number; end: number; words: string[]}> {
	const found: Array<{start: number; end: number; words: string[]}> = [];
	let start = 0;
	let words: string[] = [];
	for (const match of run.matchAll(/\S+/g)) {
		const word = match[0];
		words.push(word.replace(/[.’']s?$/u, ''));
		const end = match.index + word.length;
		if ((word.endsWith('.') && word.length > 4) || end === run.length) {
			found.push({start: offset + start, end: offset + end, words});
			start = end + 1;
			words = [];
		}
	}

	return found;
}

/** The fuller name a one-word reference points back to: "Reyes" → "Dana Reyes", "Kestrel" → "Kestrel Motors". */
export type NameIndex = {
	readonly lookup: (word: string, before: number) => {readonly speaker: Speaker; readonly gender: Gender | null} | null;
};

/** An index of capitalised runs, filled lazily as quotations are read in text order. */
export function createNameIndex(body: string): NameIndex {
	const byLast = new Map<string, {start: number; end: number; words: string[]}>();
	const byFirst = new Map<string, {start: number; end: number; words: string[]}>();
	const pattern = new RegExp(runPattern.source, 'gu');
	// The first run not yet indexed; kept so that a later call never rescans the text up to it.
	let pending: RegExpExecArray | null | undefined;

	const extend = (before: number): void => {
		if (pending === undefined) {
			pending = pattern.exec(body);
		}

		while (pending !== null && pending.index + pending[0].length <= before) {
			for (const piece of pieces(pending[0], pending.index)) {
				const {words} = piece;
				let first = 0;
				while (first < words.length - 1 && nonNameCapitals.has(words[first]!.toLowerCase())) {
					first++;
				}

				byLast.set(words.at(-1)!, piece);
				if (words.length - first >= 2 && !byFirst.has(words[first]!)) {
					byFirst.set(words[first]!, piece);
				}
			}

			pending = pattern.exec(body);
		}
	};

	return {
		lookup(word, before) {
			extend(before);
			const last = byLast.get(word);
			if (last !== undefined) {
				const subject = parseSubject(tokenize(body, last.start, last.end));
				if (subject?.kind === 'speaker' && subject.speaker.name !== word && lastWord(subject.speaker.name) === word) {
					const {speaker} = subject;
					const organization = speaker.organization ?? organizationAfter(body, last.end);
					return {speaker: {...speaker, organization}, gender: subject.gender};
				}
			}

			const first = byFirst.get(word);
			if (first !== undefined) {
				const name = tokenize(body, first.start, first.end)
					.filter(token => !nonNameCapitals.has(token.key))
					.map(token => token.text)
					.join(' ');
				if (name.startsWith(word) && name !== word) {
					return {speaker: {name, role: null, organization: name, type: 'organization'}, gender: null};
				}
			}

			return null;
		},
	};
}
