import type {Article, Span} from '../../article/types.ts';
import {clauseAfter, clauseBefore, type Clause} from './quote-attribution.ts';
import {sentenceEndAfter, sentenceStartBefore} from './quote-context.ts';
import {classifyQuote, termText, type QuoteKind} from './quote-kind.ts';
import {pairQuoteMarks, splitParagraphs, type MarkedSpan} from './quote-marks.ts';
import {createNameIndex, personsNamed, type Mention, type NameIndex} from './quote-mentions.ts';
import {tokenize, type Token} from './quote-tokens.ts';
import type {Gender} from './speaker-name.ts';
import type {Attribution, Quote, Speaker} from '../types.ts';

// How far from its marks a reporting clause may sit; news attributes within the sentence, well inside this.
const reach = 400;
// How far back a pronoun may find the person it stands for: about a paragraph of news copy.
const pronounReach = 1500;

type Said = {
	readonly speaker: Speaker | null;
	readonly attribution: Attribution;
	readonly cue: Span | null;
	readonly gender: Gender | null;
};

type Context = {
	readonly body: string;
	readonly paragraphs: readonly Span[];
	/** Speakers so far, in text order. */
	readonly known: Mention[];
	/** The latest speaker by full name, and persons by the last word of their name, for second references. */
	readonly byName: Map<string, Mention>;
	readonly bySurname: Map<string, Mention>;
	readonly names: NameIndex;
	readonly marks: readonly MarkedSpan[];
};

const lastWord = (name: string): string => name.split(' ').at(-1) ?? name;

/** The fuller name a short reference means: "Reyes said" after "Dana Reyes", "Kestrel" for "Kestrel Motors". */
function resolveName(speaker: Speaker, gender: Gender | null, at: number, context: Context): Mention {
	const single = !speaker.name.includes(' ');
	const earlier =
		context.byName.get(speaker.name) ??
		(single && speaker.type === 'person' ? context.bySurname.get(speaker.name) : undefined);
	if (earlier !== undefined && earlier.speaker.type === speaker.type) {
		return {speaker: merge(earlier.speaker, speaker), gender: gender ?? earlier.gender, at};
	}

	// "a spokesperson for the ministry": the body the text named in full before, "the Home Ministry".
	const definite = /^the (\p{Ll}+)$/u.exec(speaker.name);
	if (speaker.type === 'organization' && definite !== null) {
		const head = definite[1]!;
		const named = context.names.lookup(head[0]!.toUpperCase() + head.slice(1), at);
		if (named !== null && named.speaker.type === 'organization') {
			return {speaker: {...speaker, name: named.speaker.name, organization: named.speaker.name}, gender: null, at};
		}
	}

	const bare = speaker.role === null && speaker.organization === null;
	if (speaker.type === 'person' && (single || bare)) {
		const named = context.names.lookup(lastWord(speaker.name), at);
		if (named !== null && (single || named.speaker.name === speaker.name)) {
			return {speaker: merge(named.speaker, speaker), gender: gender ?? named.gender, at};
		}
	}

	return {speaker, gender, at};
}

const merge = (earlier: Speaker, now: Speaker): Speaker => ({
	name: earlier.name,
	role: now.role ?? earlier.role,
	organization: now.organization ?? earlier.organization,
	type: earlier.type,
});

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

/** Lines of a table or list: a paragraph of several lines that ends without a sentence mark. */
function isTabular(body: string, paragraph: Span): boolean {
	const newline = body.indexOf('\n', paragraph.start);
	return newline !== -1 && newline < paragraph.end && !/[.!?:”"’']$/u.test(body[paragraph.end - 1] ?? '');
}

/** The antecedent of "he", "she", "they", "it": the latest fitting speaker or person named before the quotation. */
function resolvePronoun(pronoun: 'he' | 'she' | 'they' | 'it', at: number, context: Context): Mention | null {
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

	const from = Math.max(paragraphs[before]?.start ?? 0, at - pronounReach);
	const fits = (candidate: Mention): boolean => {
		const type = candidate.speaker.type;
		return (
			pronoun === 'they' ||
			(pronoun === 'it' ? type !== 'person' : type === 'person' && (candidate.gender ?? pronoun) === pronoun)
		);
	};

	// The latest fitting speaker; only names after it can be closer antecedents, so only those are read.
	let speaker: Mention | null = null;
	for (let i = context.known.length - 1; i >= 0 && i >= context.known.length - 50; i--) {
		if (fits(context.known[i]!)) {
			speaker = context.known[i]!;
			break;
		}
	}

	if (pronoun === 'it') {
		return speaker;
	}

	const start = Math.max(from, speaker === null ? from : Math.min(speaker.at, at));
	// Names inside quotation marks are what someone said, not who is speaking.
	const quoted = marksWithin(context.marks, start, at);
	const people = personsNamed(context.body, start, at, context.names).filter(
		person => fits(person) && !quoted.some(mark => person.at > mark.start && person.at < mark.end),
	);
	const named = people.at(-1);
	const closer =
		named !== undefined && (speaker === null || (named.at > speaker.at && named.speaker.name !== speaker.speaker.name));
	return closer ? named : speaker;
}

function attribute(clause: Clause | null, follows: Said | null, at: number, context: Context): Said {
	if (clause === null || clause.subject === null) {
		if (follows === null || follows.speaker === null) {
			return {speaker: null, attribution: 'none', cue: null, gender: null};
		}

		return {...follows, attribution: 'continuation', cue: clause?.cue ?? null};
	}

	const {subject} = clause;
	if (subject.kind === 'pronoun') {
		const antecedent = resolvePronoun(subject.pronoun, clause.cue.start, context);
		return {
			speaker: antecedent?.speaker ?? null,
			gender: antecedent?.gender ?? null,
			attribution: 'pronoun',
			cue: clause.cue,
		};
	}

	const resolved = resolveName(subject.speaker, subject.gender, at, context);
	return {speaker: resolved.speaker, gender: resolved.gender, attribution: 'explicit', cue: clause.cue};
}

/** The clause before the opening mark: its own sentence, or a previous paragraph that ends with a colon. */
function leadIn(context: Context, mark: MarkedSpan, lower: number): Token[] {
	const {body, paragraphs} = context;
	const own = tokenize(body, sentenceStartBefore(body, lower, mark.start), mark.start);
	const previous = paragraphs[mark.firstParagraph - 1];
	if (own.some(token => !token.punct) || previous === undefined || body[previous.end - 1] !== ':') {
		return own;
	}

	return tokenize(
		body,
		sentenceStartBefore(body, Math.max(previous.start, previous.end - reach), previous.end),
		previous.end,
	);
}

/** One quotation's paragraphs: a quotation over several paragraphs is reported paragraph by paragraph. */
function segments(mark: MarkedSpan, paragraphs: readonly Span[]): Span[] {
	const spans: Span[] = [];
	for (let index = mark.firstParagraph; index <= mark.lastParagraph; index++) {
		const paragraph = paragraphs[index]!;
		spans.push({
			start: index === mark.firstParagraph ? mark.start : paragraph.start,
			end: index === mark.lastParagraph ? mark.end : paragraph.end,
		});
	}

	return spans;
}

/**
 * The rest of an attribution that a quotation resumes after: nothing, or a short tail ("reporters on Monday,") that
 * ends in a comma or dash, not a sentence.
 */
function resumesAfter(between: string): boolean {
	const trimmed = between.trimEnd();
	return trimmed.length <= 120 && (/^[\s,;:—–-]*$/.test(trimmed) || /[,:—–-]$/.test(trimmed));
}

const closing = new Set(['”', '"', '’', "'"]);

/** The words between the marks of one paragraph's part of a quotation. */
function innerText(body: string, span: Span): string {
	const last = body[span.end - 1];
	return body.slice(
		span.start + 1,
		last !== undefined && closing.has(last) && span.end - span.start > 1 ? span.end - 1 : span.end,
	);
}

/**
 * Quotations and scare-quoted terms in text order, each quotation with who said it (as the text says, never guessed)
 * and the words that say so.
 */
export function extractQuotes(article: Article): Quote[] {
	const {body} = article;
	const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : splitParagraphs(body);
	const marks = pairQuoteMarks(body, paragraphs);
	const context: Context = {
		body,
		paragraphs,
		known: [],
		byName: new Map(),
		bySurname: new Map(),
		names: createNameIndex(body),
		marks,
	};
	const quotes: Quote[] = [];
	let previous: {mark: MarkedSpan; said: Said} | null = null;

	for (const [index, mark] of marks.entries()) {
		const paragraph = paragraphs[mark.firstParagraph]!;
		const lastParagraph = paragraphs[mark.lastParagraph]!;
		const samePara = previous !== null && previous.mark.lastParagraph === mark.firstParagraph;
		const lower = Math.max(paragraph.start, samePara ? previous!.mark.end : 0, mark.start - reach);
		const before = leadIn(context, mark, lower);
		const upper = Math.min(lastParagraph.end, marks[index + 1]?.start ?? body.length, mark.end + reach);
		// A clause after the marks is read in its first words (a verb within 16, a name and appositive after it).
		const after = tokenize(body, mark.end, sentenceEndAfter(body, mark.end, upper), 48);
		const inner = body.slice(mark.start + 1, mark.end - 1);
		const leadClause = clauseBefore(before);
		const tailClause = clauseAfter(after, /\.[’']?\s*$/.test(inner));
		const kind: QuoteKind =
			mark.lastParagraph > mark.firstParagraph
				? 'quotation'
				: classifyQuote({inner, before, after: body.slice(mark.end, upper), leadClause, tailClause});
		if (kind === 'term') {
			const span = {start: mark.start, end: mark.end};
			quotes.push({id: '', kind, text: termText(inner), speaker: null, attribution: 'none', cue: null, span});
			continue;
		}

		// “She was,” Smith said, “in a place …”: one quotation interrupted by its attribution, reported once.
		const last = quotes.at(-1);
		const resumes =
			previous !== null &&
			last !== undefined &&
			last.kind === 'quotation' &&
			last.span.end === previous.mark.end &&
			samePara &&
			previous.said.cue !== null &&
			previous.said.cue.start >= previous.mark.end &&
			resumesAfter(body.slice(previous.said.cue.end, mark.start)) &&
			sentenceEndAfter(body, previous.said.cue.end, mark.start) === mark.start &&
			/^[\s…—–-]*\p{Ll}/u.test(inner);
		if (resumes && last !== undefined) {
			quotes[quotes.length - 1] = {
				...last,
				text: `${last.text.replace(/,$/, '')} ${inner}`,
				span: {start: last.span.start, end: mark.end},
			};
			previous = {mark, said: previous!.said};
			continue;
		}

		const clause = leadClause?.direct === true ? leadClause : (tailClause ?? leadClause);
		const opensClause = before.every(token => token.punct || token.key === 'and' || token.key === 'but');
		const near = previous !== null && mark.firstParagraph - previous.mark.lastParagraph <= 1;
		const follows = near && (opensClause || clause?.subject === null) ? previous!.said : null;
		const said = attribute(clause, follows, clause?.cue.start ?? mark.start, context);
		if (said.speaker !== null) {
			const mention = {speaker: said.speaker, gender: said.gender, at: said.cue?.start ?? mark.start};
			context.known.push(mention);
			context.byName.set(said.speaker.name, mention);
			if (said.speaker.type === 'person') {
				context.bySurname.set(lastWord(said.speaker.name), mention);
			}
		}

		for (const [part, span] of segments(mark, paragraphs).entries()) {
			const continued = part > 0 && said.speaker !== null;
			quotes.push({
				id: '',
				kind,
				text: innerText(body, span),
				speaker: said.speaker,
				attribution: part === 0 ? said.attribution : continued ? 'continuation' : 'none',
				cue: part === 0 && said.cue !== null ? body.slice(said.cue.start, said.cue.end) : null,
				span,
			});
		}

		previous = {mark, said};
	}

	return quotes.map((quote, index) => ({...quote, id: `q${index + 1}`}));
}
