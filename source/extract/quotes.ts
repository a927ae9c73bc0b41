import type {Article, Span} from '../article/types.ts';
import {clauseAfter, clauseBefore, type Clause} from './quote-attribution.ts';
import {sentenceEndAfter, sentenceStartBefore} from './quote-context.ts';
import {classifyQuote, termText} from './quote-kind.ts';
import {pairQuoteMarks, splitParagraphs, type MarkedSpan} from './quote-marks.ts';
import {tokenize} from './quote-tokens.ts';
import {lastNamedPerson} from './quote-mentions.ts';
import type {Gender} from './speaker-name.ts';
import type {Attribution, Quote, Speaker} from './types.ts';

// How far from its marks a reporting clause may sit; news attributes within the sentence, well inside this.
const reach = 400;

type Known = {readonly speaker: Speaker; readonly gender: Gender | null};

type Said = {
	readonly speaker: Speaker | null;
	readonly attribution: Attribution;
	readonly cue: Span | null;
	readonly gender: Gender | null;
};

const lastToken = (name: string): string => name.split(' ').at(-1) ?? name;

/** The earlier speaker a short second reference means: "Homan said" after "Thomas Homan". */
function resolveName(speaker: Speaker, gender: Gender | null, known: readonly Known[]): Known {
	if (speaker.type !== 'person') {
		return {speaker, gender};
	}

	for (let i = known.length - 1; i >= 0; i--) {
		const earlier = known[i]!;
		if (earlier.speaker.type !== 'person') {
			continue;
		}

		const same =
			earlier.speaker.name === speaker.name ||
			(!speaker.name.includes(' ') && lastToken(earlier.speaker.name) === speaker.name);
		if (same) {
			return {
				speaker: {
					name: earlier.speaker.name,
					role: speaker.role ?? earlier.speaker.role,
					organization: speaker.organization ?? earlier.speaker.organization,
					type: 'person',
				},
				gender: gender ?? earlier.gender,
			};
		}
	}

	return {speaker, gender};
}

/** The antecedent of "he", "she", "they", "it": the latest fitting speaker, else the latest person named. */
function resolvePronoun(
	pronoun: 'he' | 'she' | 'they' | 'it',
	known: readonly Known[],
	named: Known | null,
): Known | null {
	for (let i = known.length - 1; i >= 0; i--) {
		const candidate = known[i]!;
		const type = candidate.speaker.type;
		if (pronoun === 'it' ? type !== 'person' : pronoun === 'they' || type === 'person') {
			if (pronoun === 'they' || pronoun === 'it' || candidate.gender === null || candidate.gender === pronoun) {
				return candidate;
			}
		}
	}

	if ((pronoun === 'he' || pronoun === 'she') && named !== null && (named.gender ?? pronoun) === pronoun) {
		return named;
	}

	return null;
}

function paragraphsOf(article: Article): readonly Span[] {
	return article.paragraphs.length > 0 ? article.paragraphs : splitParagraphs(article.body);
}

/**
 * Quotations and scare-quoted terms in text order, each quotation with who said it (as the text says, never guessed)
 * and the words that say so.
 */
export function extractQuotes(article: Article): Quote[] {
	const {body} = article;
	const paragraphs = paragraphsOf(article);
	const marks = pairQuoteMarks(body, paragraphs);
	const quotes: Quote[] = [];
	const known: Known[] = [];
	let previous: {mark: MarkedSpan; said: Said} | null = null;

	for (const [index, mark] of marks.entries()) {
		const paragraph = paragraphs[mark.firstParagraph]!;
		const lastParagraph = paragraphs[mark.lastParagraph]!;
		const samePara = previous !== null && previous.mark.lastParagraph === mark.firstParagraph;
		const lower = Math.max(paragraph.start, samePara ? previous!.mark.end : 0, mark.start - reach);
		const leadStart = sentenceStartBefore(body, lower, mark.start);
		const before = tokenize(body, leadStart, mark.start);
		const upper = Math.min(lastParagraph.end, marks[index + 1]?.start ?? body.length, mark.end + reach);
		const after = tokenize(body, mark.end, sentenceEndAfter(body, mark.end, upper));
		const inner = body.slice(mark.start + 1, mark.end - 1);
		const leadClause = clauseBefore(before);
		const tailClause = clauseAfter(after, /\.[’']?\s*$/.test(inner));
		const kind = classifyQuote({
			inner,
			before,
			after: body.slice(mark.end, Math.min(mark.end + 3, upper)),
			leadClause,
			tailClause,
		});
		const span = {start: mark.start, end: mark.end};
		const id = `q${index + 1}`;
		if (kind === 'term') {
			quotes.push({id, kind, text: termText(inner), speaker: null, attribution: 'none', cue: null, span});
			continue;
		}

		const clause = leadClause?.direct === true ? leadClause : (tailClause ?? leadClause);
		const opensClause = before.every(token => token.punct || ['and', 'but'].includes(token.key));
		const follows = previous !== null && mark.firstParagraph - previous.mark.lastParagraph <= 1 ? previous.said : null;
		const said = attribute(clause, {
			known,
			follows: opensClause || clause?.subject === null ? follows : null,
			named: () => lastNamedPerson(body, paragraphs, mark),
		});
		if (said.speaker !== null) {
			known.push({speaker: said.speaker, gender: said.gender});
		}

		quotes.push({
			id,
			kind,
			text: inner,
			speaker: said.speaker,
			attribution: said.attribution,
			cue: said.cue === null ? null : body.slice(said.cue.start, said.cue.end),
			span,
		});
		previous = {mark, said};
	}

	return quotes;
}

function attribute(
	clause: Clause | null,
	context: {known: readonly Known[]; follows: Said | null; named: () => Known | null},
): Said {
	const none: Said = {speaker: null, attribution: 'none', cue: null, gender: null};
	const {follows} = context;
	if (clause === null || clause.subject === null) {
		if (follows === null || follows.speaker === null) {
			return none;
		}

		return {...follows, attribution: 'continuation', cue: clause?.cue ?? null};
	}

	const {subject} = clause;
	if (subject.kind === 'pronoun') {
		const antecedent = resolvePronoun(subject.pronoun, context.known, context.named());
		return {
			speaker: antecedent?.speaker ?? null,
			gender: antecedent?.gender ?? null,
			attribution: 'pronoun',
			cue: clause.cue,
		};
	}

	const resolved = resolveName(subject.speaker, subject.gender, context.known);
	return {...resolved, attribution: 'explicit', cue: clause.cue};
}
