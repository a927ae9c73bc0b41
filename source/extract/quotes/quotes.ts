import type {Article, Span} from '../../article/types.ts';
import {clauseAfter, clauseBefore, type Clause} from './quote-attribution.ts';
import {sentenceEndAfter, sentenceStartBefore} from './quote-context.ts';
import {classifyQuote, termText, type QuoteKind} from './quote-kind.ts';
import {pairQuoteMarks, splitParagraphs, type MarkedSpan} from './quote-marks.ts';
import {resolveBody, resolveDescription, resolvePerson} from './quote-antecedent.ts';
import {createNameIndex, type Mention, type NameIndex} from './quote-mentions.ts';
import {tokenize, type Token} from './quote-tokens.ts';
import type {Gender} from './speaker-name.ts';
import type {Attribution, Quote, Speaker} from '../types.ts';

// How far from its marks a reporting clause may sit; news attributes within the sentence, well inside this.
const reach = 400;

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

/** "the statement said" after "X said in a statement": the document the speaker before was said to have issued. */
function issuedBy(speaker: Speaker, prior: Said | null, body: string): Said | null {
	if (
		speaker.type !== 'document' ||
		speaker.organization !== null ||
		prior === null ||
		prior.speaker === null ||
		prior.cue === null
	) {
		return null;
	}

	const issued = /^,? (?:in|through) (?:a|an|its|their|his|her) /u.test(body.slice(prior.cue.end, prior.cue.end + 40));
	return issued ? {...prior, attribution: 'pronoun'} : null;
}

function attribute(
	clause: Clause | null,
	follows: Said | null,
	prior: Said | null,
	at: number,
	context: Context,
): Said {
	if (clause === null || clause.subject === null) {
		if (follows === null || follows.speaker === null) {
			return {speaker: null, attribution: 'none', cue: null, gender: null};
		}

		return {...follows, attribution: 'continuation', cue: clause?.cue ?? null};
	}

	const {subject} = clause;
	if (subject.kind === 'pronoun') {
		const start = clause.cue.start;
		const {pronoun} = subject;
		const antecedent = pronoun === 'it' ? resolveBody(start, context) : resolvePerson(pronoun, start, context);
		return {
			speaker: antecedent?.speaker ?? null,
			gender: antecedent?.gender ?? null,
			attribution: 'pronoun',
			cue: clause.cue,
		};
	}

	const resolved = resolveName(subject.speaker, subject.gender, at, context);
	const issued = issuedBy(resolved.speaker, prior, context.body);
	if (issued !== null) {
		return {...issued, cue: clause.cue};
	}

	// "the mayor said" after "Mayor Bloomberg": the description a reader resolves to the name.
	const described = resolved.speaker.type === 'person' ? resolveDescription(resolved.speaker.name, at, context) : null;
	if (described !== null) {
		return {speaker: described.speaker, gender: described.gender, attribution: 'pronoun', cue: clause.cue};
	}

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

// Words that may open a sentence which goes on with the speaker before: "Plus, “…”", "And “…”".
const continuers = new Set(['and', 'but', 'plus', 'also', 'still', 'yet']);

const closing = new Set(['”', '"', '’', "'", '»']);

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
		// An address in marks (href="http://…" in pasted markup) is neither speech nor a term.
		if (/^\s*(?:https?:\/\/|www\.)\S*\s*$/u.test(inner)) {
			continue;
		}

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
		const opensClause = before.every(token => token.punct || continuers.has(token.key));
		const near = previous !== null && mark.firstParagraph - previous.mark.lastParagraph <= 1;
		const follows = near && (opensClause || clause?.subject === null) ? previous!.said : null;
		const said = attribute(clause, follows, near ? previous!.said : null, clause?.cue.start ?? mark.start, context);
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
