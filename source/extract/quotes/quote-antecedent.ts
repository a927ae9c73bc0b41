import type {Span} from '../../article/types.ts';
import {sentenceStartBefore} from './quote-context.ts';
import {nonNameCapitals, organizationWords, roleWords} from './quote-lexicon.ts';
import type {MarkedSpan} from './quote-marks.ts';
import {personsNamed, type Mention, type NameIndex} from './quote-mentions.ts';
import {tokenize} from './quote-tokens.ts';
import {isNameToken, parseSubject} from './speaker-name.ts';

/** What the antecedent search reads: the text, its paragraphs and the speakers and names found so far. */
export type AntecedentContext = {
	readonly body: string;
	readonly paragraphs: readonly Span[];
	/** Speakers so far, in text order. */
	readonly known: readonly Mention[];
	readonly names: NameIndex;
	readonly marks: readonly MarkedSpan[];
};

// How far back a pronoun may find the person it stands for: about a paragraph of news copy.
const pronounReach = 1500;

/** Lines of a table or list: a paragraph of several lines that ends without a sentence mark. */
function isTabular(body: string, paragraph: Span): boolean {
	const newline = body.indexOf('\n', paragraph.start);
	return newline !== -1 && newline < paragraph.end && !/[.!?:”"’']$/u.test(body[paragraph.end - 1] ?? '');
}

/** Where an antecedent of a reference at `at` may be: this paragraph and the one before (tables skipped). */
function windowStart(at: number, context: AntecedentContext): number {
	const {paragraphs} = context;
	let low = 0;
	let high = paragraphs.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (paragraphs[middle]!.start <= at) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	// `low - 1` holds `at`; the person may have been named in the paragraph before it, or before a table or list
	// set between them (lines with no sentence end), which names no one.
	let before = Math.max(0, low - 2);
	while (before > 0 && isTabular(context.body, paragraphs[before]!)) {
		before--;
	}

	return Math.max(paragraphs[before]?.start ?? 0, at - pronounReach);
}

/** Is `at` in a headline: a paragraph without a sentence mark whose words are nearly all capitalised? */
function inHeadline(at: number, context: AntecedentContext): boolean {
	const paragraph = context.paragraphs.find(span => span.start <= at && at < span.end);
	if (paragraph === undefined) {
		return false;
	}

	const text = context.body.slice(paragraph.start, paragraph.end);
	const words = text.split(/\s+/).filter(word => /^\p{L}{4,}/u.test(word));
	const capitalised = words.filter(word => /^\p{Lu}/u.test(word)).length;
	return !/[.!?]["”’']?$/u.test(text) && words.length > 0 && capitalised >= words.length * 0.75;
}

/** Marks overlapping [from, to), found by bisection: marks are in text order and do not overlap. */
function marksWithin(marks: readonly MarkedSpan[], from: number, to: number): MarkedSpan[] {
	let low = 0;
	let high = marks.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (marks[middle]!.end <= from) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	const found: MarkedSpan[] = [];
	for (let i = low; i < marks.length && marks[i]!.start < to; i++) {
		found.push(marks[i]!);
	}

	return found;
}

/** The latest speaker `fits` accepts, among the last fifty. */
function latestSpeaker(context: AntecedentContext, fits: (mention: Mention) => boolean): Mention | null {
	for (let i = context.known.length - 1; i >= 0 && i >= context.known.length - 50; i--) {
		if (fits(context.known[i]!)) {
			return context.known[i]!;
		}
	}

	return null;
}

/** People named in [from, to) outside quotation marks: names inside them are what someone said. */
function peopleBetween(from: number, to: number, context: AntecedentContext): Mention[] {
	const quoted = marksWithin(context.marks, from, to);
	return personsNamed(context.body, from, to, context.names).filter(
		person => !quoted.some(mark => person.at > mark.start && person.at < mark.end),
	);
}

/**
 * Of the speaker before and the people named since, the one a reference means; null when two remain possible. The
 * latest named person wins, unless the sentence that names them also holds the speaker's reporting clause (its
 * subject is the one a pronoun follows) or names another fitting person ("Roe and Ferris met …": uncertain).
 */
function choose(
	speaker: Mention | null,
	people: readonly Mention[],
	context: AntecedentContext,
	from: number,
): Mention | null {
	const named = people.filter(person => speaker === null || person.speaker.name !== speaker.speaker.name).at(-1);
	if (named === undefined || (speaker !== null && named.at <= speaker.at)) {
		return speaker;
	}

	// A sentence starts at a sentence end, or at the text's start; never at the window's edge.
	const sentenceOf = (at: number): number => sentenceStartBefore(context.body, Math.max(0, at - 2000), at);
	const sentence = sentenceOf(named.at);
	if (speaker !== null && speaker.at >= from && sentenceOf(speaker.at) === sentence) {
		return speaker;
	}

	const rival = people.find(
		person => person.speaker.name !== named.speaker.name && person.at >= sentence && sentenceOf(person.at) === sentence,
	);
	return rival === undefined ? named : null;
}

/** The antecedent of "he", "she", "they": the speaker or person a reader takes it for, or null when unsure. */
export function resolvePerson(pronoun: 'he' | 'she' | 'they', at: number, context: AntecedentContext): Mention | null {
	const from = windowStart(at, context);
	const fits = (candidate: Mention): boolean =>
		pronoun === 'they' || (candidate.speaker.type === 'person' && (candidate.gender ?? pronoun) === pronoun);
	const speaker = latestSpeaker(context, fits);
	const start = Math.max(from, speaker === null ? from : Math.min(speaker.at, at));
	return choose(speaker, peopleBetween(start, at, context).filter(fits), context, from);
}

const orgSuffixes = new Set('inc corp ltd llc plc co group logistics motors airlines holdings partners'.split(' '));

/**
 * Bodies that open a sentence in [from, to): "Harwood Logistics, which owns …", "The Health Department said …".
 * A capitalised run at a sentence start that is no person already named, followed by ", which" or a lower-case verb.
 */
function bodiesNamed(from: number, to: number, context: AntecedentContext): Mention[] {
	const {body} = context;
	const tokens = tokenize(body, from, to);
	const found: Mention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const opens = i === 0 || sentenceStartBefore(body, from, tokens[i]!.start) === tokens[i]!.start;
		if (!opens) {
			continue;
		}

		let start = i;
		if (tokens[start]?.key === 'the') {
			start++;
		}

		let end = start;
		while (end < tokens.length && tokens[end]!.capitalised && !tokens[end]!.punct && !tokens[end]!.possessive) {
			end++;
		}

		const run = tokens.slice(start, end);
		const next = tokens[end];
		const head = run.at(-1);
		if (head === undefined || next === undefined || run.some(token => nonNameCapitals.has(token.key))) {
			continue;
		}

		const which = next.raw === ',' && tokens[end + 1]?.key === 'which';
		const verb = !next.punct && !next.capitalised;
		const institutional = head.acronym || organizationWords.has(head.key) || orgSuffixes.has(head.key);
		const name = run.map(token => token.text).join(' ');
		const person =
			run.some(token => roleWords.has(token.key)) ||
			context.known.some(mention => mention.speaker.type === 'person' && mention.speaker.name.endsWith(name)) ||
			context.names.lookup(head.text, head.start)?.speaker.type === 'person';
		if ((which || (verb && institutional)) && !person) {
			found.push({speaker: {name, role: null, organization: name, type: 'organization'}, gender: null, at: head.start});
		}

		// "Kestrel Motors and Harwood Logistics agreed": the second body of the subject is as likely an antecedent.
		if (next.key === 'and' && !person) {
			let last = end + 1;
			while (last < tokens.length && tokens[last]!.capitalised && !tokens[last]!.punct) {
				last++;
			}

			const other = tokens.slice(end + 1, last);
			if (other.length > 0 && other.every(token => !nonNameCapitals.has(token.key))) {
				const otherName = other.map(token => token.text).join(' ');
				const speaker = {name: otherName, role: null, organization: otherName, type: 'organization' as const};
				found.push({speaker, gender: null, at: other.at(-1)!.start});
			}
		}
	}

	return found;
}

/** The antecedent of "it": the latest body that spoke, or one named as a sentence's subject since; null when unsure. */
export function resolveBody(at: number, context: AntecedentContext): Mention | null {
	const from = windowStart(at, context);
	const speaker = latestSpeaker(context, candidate => candidate.speaker.type !== 'person');
	const start = Math.max(from, speaker === null ? from : Math.min(speaker.at, at));
	return choose(speaker, bodiesNamed(start, at, context), context, from);
}

/**
 * The person a description stands for: "the mayor" for "Mayor Bloomberg", "the 52-year-old farmer" for "Tom Brennan,
 * 52,". Only a person named before whose title has the description's head noun, or whose age it gives; null when
 * none or several fit.
 */
export function resolveDescription(description: string, at: number, context: AntecedentContext): Mention | null {
	const words = description.toLowerCase().split(' ');
	const head = words.at(-1)!;
	if (words[0] !== 'the' || !roleWords.has(head)) {
		return null;
	}

	const age = /^(\d{1,3})-year-old$/.exec(words.find(word => word.endsWith('-year-old')) ?? '')?.[1];
	const from = windowStart(at, context);
	const candidates = [
		...context.known.filter(mention => mention.at >= from && mention.at < at),
		...peopleBetween(from, at, context),
	].filter(
		mention =>
			mention.speaker.type === 'person' &&
			!mention.speaker.name.toLowerCase().startsWith('the ') &&
			!inHeadline(mention.at, context),
	);
	const fitting = candidates.filter(mention => {
		const role = mention.speaker.role?.toLowerCase().split(' ') ?? [];
		const aged = age !== undefined && context.body.slice(mention.at, at).startsWith(`${mention.speaker.name}, ${age},`);
		return role.includes(head) || aged;
	});
	const names = new Set(fitting.map(mention => mention.speaker.name));
	if (names.size > 0) {
		return names.size === 1 ? fitting.at(-1)! : null;
	}

	return onlyPersonOfParagraph(at, context, candidates);
}

/**
 * "Tom Reyes has farmed the valley for 30 years. “…,” said the 52-year-old farmer.": with no title or age to match,
 * a description stands for the one person its paragraph names before it, when that person's title does not
 * contradict it (no title given); with anyone else named there it stays as written.
 */
function onlyPersonOfParagraph(at: number, context: AntecedentContext, known: readonly Mention[]): Mention | null {
	const paragraph = context.paragraphs.find(span => span.start <= at && at < span.end);
	if (paragraph === undefined) {
		return null;
	}

	const inParagraph = (mention: Mention): boolean => mention.at >= paragraph.start && mention.at < at;
	const people = [...known.filter(inParagraph), ...sentenceSubjects(paragraph.start, at, context)];
	const names = new Set(people.map(mention => mention.speaker.name));
	const only = people.at(-1);
	return names.size === 1 && only !== undefined && only.speaker.role === null ? only : null;
}

/** Full names that open a sentence and go on with a lower-case word ("Tom Reyes has farmed …"), outside quotations. */
function sentenceSubjects(from: number, to: number, context: AntecedentContext): Mention[] {
	const {body} = context;
	const tokens = tokenize(body, from, to);
	const quoted = marksWithin(context.marks, from, to);
	const found: Mention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (sentenceStartBefore(body, from, token.start) !== token.start) {
			continue;
		}

		let end = i;
		while (end < tokens.length && end - i < 4 && isNameToken(tokens[end]!)) {
			end++;
		}

		// "Tom Reyes and Ann Cole have farmed …": the second name of the subject is as likely meant.
		let next = tokens[end];
		if (next?.key === 'and' && tokens[end + 1] !== undefined && isNameToken(tokens[end + 1]!)) {
			let last = end + 1;
			while (last < tokens.length && last - end < 4 && isNameToken(tokens[last]!)) {
				last++;
			}

			const other = parseSubject(tokens.slice(end + 1, last));
			if (other?.kind === 'speaker') {
				found.push({speaker: other.speaker, gender: other.gender, at: tokens[end + 1]!.start});
			}

			next = tokens[last];
		}

		if (end - i < 2 || next === undefined || next.punct || next.capitalised) {
			continue;
		}

		const subject = parseSubject(tokens.slice(i, end));
		if (
			subject?.kind === 'speaker' &&
			subject.speaker.type === 'person' &&
			!quoted.some(mark => token.start > mark.start && token.start < mark.end)
		) {
			found.push({speaker: subject.speaker, gender: subject.gender, at: token.start});
		}
	}

	return found;
}
