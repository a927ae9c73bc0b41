// Lists written one item a sentence: "In West Texas, 223 cases have been reported … New Mexico's health department
// reported 33 measles cases … Two cases were also reported in Oklahoma", under a whole stated before them ("258 across
// three states"). No sentence shape makes them a list: only their shared measure, one place each, and a stated whole
// they add up to.
import type {Article, Span} from '../../article/types.ts';
import {nounKey, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {isAdjectival, isQuantity, isRate, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

// A place that owns the sentence's figure: "In West Texas, …", "New Mexico's …", "… reported in Oklahoma".
const OPENING_IN = /^(?:In|At)\s+((?:[A-Z][\w.'’-]*\s?){1,4}?),/;
const OPENING_POSSESSIVE = /^((?:[A-Z][\w.-]*\s?){1,4}?)['’]s\b/;
// "Lee County was awarded $500,000 and will …", "Pike County received $400,000 to …": the subject that got it.
const OPENING_SUBJECT =
	/^((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*)\s+(?:(?:was|were|has been|have been)\s+(?:awarded|granted|given|allocated)|received|receives|gets|got|won|will receive)\s/;
const IN_AFTER = /^[^,.;]{0,50}?\b(?:in|at)\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})/;
// A figure that changes or compares another: "three more than last week", "up 25", "an increase of 5,003".
export const CHANGE_AFTER = /^\s*(?:\w+\s+)?(?:more|fewer|additional|less|new|higher|lower)\b/i;
export const CHANGE_BEFORE = /\b(?:by|up|down|of|increase of|decrease of|rise of|drop of)\s+$/i;
const NOT_PLACES = new Set(['The', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'A', 'An', 'But', 'And']);

type Owned = {readonly item: ItemDraft; readonly sentence: number; readonly key: string};

function ownerOf(text: string, offsetOfFigure: number): string | null {
	const opening = OPENING_IN.exec(text) ?? OPENING_POSSESSIVE.exec(text) ?? OPENING_SUBJECT.exec(text);
	const after = IN_AFTER.exec(text.slice(offsetOfFigure));
	// A sentence's full stop is not part of the name; an abbreviation's is ("D.C.").
	const name = (opening?.[1] ?? after?.[1] ?? '').trim().replace(/(?<![A-Z])\.$/, '');
	if (name === '' || NOT_PLACES.has(name.split(' ')[0]!)) return null;
	return name;
}

/** The one figure of a sentence that a place owns, when there is exactly one. */
function ownedFigure(article: Article, index: number, mentions: readonly NumberMention[]): Owned | null {
	const {body} = article;
	const sentence = article.sentences[index]!;
	const inSentence = mentionsIn(mentions, sentence);
	// A sentence of many figures is a list for the list readers, not one place's figure.
	if (inSentence.length > 12) return null;
	const figures = inSentence.filter(
		mention =>
			isQuantity(mention) &&
			mention.kind !== 'percent' &&
			!isAdjectival(body, mention) &&
			!isRate(body, mention) &&
			!CHANGE_AFTER.test(body.slice(mention.span.end, mention.span.end + 24)) &&
			!CHANGE_BEFORE.test(body.slice(Math.max(0, mention.hedgedSpan.start - 16), mention.hedgedSpan.start)),
	);
	// "Pike County was awarded $400,000 to purchase two ambulances": one amount beside counts of other things.
	const money = figures.filter(figure => figure.kind === 'money');
	const only = figures.length === 1 ? figures : money.length === 1 ? money : [];
	if (only.length !== 1) return null;
	const mention = only[0]!;
	// Money needs no noun: "$500,000" says what it counts.
	const noun = nounAfter(body, mention.span.end) ?? (mention.kind === 'money' ? 'dollars' : null);
	if (noun === null) return null;
	const text = body.slice(sentence.start, sentence.end);
	const name = ownerOf(text, mention.span.end - sentence.start);
	if (name === null) return null;
	const span: Span = {start: sentence.start, end: sentence.end};
	return {item: {name, mention, span, noun, shape: 'preposition'}, sentence: index, key: nounKey(noun)};
}

/** Figures of one measure a sentence each, consecutive but for at most two other sentences between them. */
function runsOfOwned(owned: readonly Owned[]): Owned[][] {
	const runs: Owned[][] = [];
	let run: Owned[] = [];
	for (const next of owned) {
		const last = run.at(-1);
		if (last !== undefined && (next.sentence - last.sentence > 3 || next.key !== last.key)) {
			runs.push(run);
			run = [];
		}

		run.push(next);
	}

	runs.push(run);
	return runs.filter(found => new Set(found.map(entry => entry.item.name)).size === found.length && found.length >= 2);
}

/**
 * The figure before the run, of its kind and measure, that is the whole it adds up to: only then is a run of sentences
 * taken for a list (each sentence alone could as well be a separate story). A whole the article states as a total
 * ("a total of $2.6 million to six counties") also holds three or more parts that fall short of it: those are then a
 * partial list, the rest unnamed here, and never ground for ✗.
 */
function wholeOf(
	article: Article,
	run: readonly Owned[],
	mentions: readonly NumberMention[],
): {readonly mention: NumberMention; readonly exact: boolean} | null {
	const {body, sentences} = article;
	const sum = run.reduce((total, entry) => total + entry.item.mention.value, 0);
	const first = run[0]!.sentence;
	const kind = run[0]!.item.mention.kind;
	for (let k = Math.max(0, first - 6); k < first; k++) {
		for (const mention of mentionsIn(mentions, sentences[k]!)) {
			if (mention.kind !== kind || isAdjectival(body, mention)) continue;
			const noun =
				nounAfter(body, mention.span.end) ??
				/^\s+(?:total|in all)\s+(?:number\s+)?of\s+(\w+)/.exec(
					body.slice(mention.span.end, mention.span.end + 40),
				)?.[1];
			const before = body.slice(Math.max(0, mention.hedgedSpan.start - 40), mention.hedgedSpan.start);
			const measured =
				(noun !== null && noun !== undefined && nounKey(noun) === run[0]!.key) ||
				(kind === 'money' && run[0]!.key === 'dollar') ||
				/\b(?:cases|deaths|total)\b[^.]*$/i.test(before);
			if (!measured) continue;
			if (Math.abs(mention.value - sum) <= (mention.hedge === 'exact' ? 1e-9 : 0.05 * mention.value)) {
				return {mention, exact: true};
			}

			if (run.length >= 3 && sum < mention.value && /\ba total of\s+$/i.test(before)) return {mention, exact: false};
		}
	}

	return null;
}

/** Lists of one owned figure a sentence that add up to a whole stated just before them. */
export function proseLists(
	article: Article,
	mentions: readonly NumberMention[],
	taken: ReadonlySet<NumberMention>,
): ListDraft[] {
	const owned: Owned[] = [];
	for (let index = 0; index < article.sentences.length; index++) {
		const found = ownedFigure(article, index, mentions);
		if (found !== null && !taken.has(found.item.mention)) owned.push(found);
	}

	return runsOfOwned(owned).flatMap(run => {
		const whole = wholeOf(article, run, mentions);
		if (whole === null) return [];
		const first = run[0]!;
		const sentence = article.sentences[first.sentence]!;
		return {
			items: run.map(entry => entry.item),
			span: {start: sentence.start, end: article.sentences[run.at(-1)!.sentence]!.end},
			lead: {start: sentence.start, end: first.item.mention.hedgedSpan.start},
			totalLine: null,
			measure: first.item.noun,
			sentence: first.sentence,
			...(whole.exact ? {} : {whole: whole.mention, partial: true}),
		};
	});
}
