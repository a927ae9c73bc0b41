// A list's stated total: its "Total" line, the whole its parts add up to, or the figure near it that the article ties
// to it (a cue, a colon, its measure), scored; and how tightly it is tied (TotalLink), which the verdict policy reads.
import type {Article} from '../../article/types.ts';
import {isAdjectival, isQuantity, mentionsIn, nounAfter, nounBeforeOf} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {TotalLink} from '../types.ts';
import {writtenRounding} from '../numbers/rounding.ts';
import {nounKey, totalLed, type ListDraft} from './breakdown-items.ts';
import {PARTIAL, partialAfter} from './breakdown-partial.ts';

// Words that say a number is the whole: "a total of", "in all", "all 212".
const TOTAL_CUE_BEFORE =
	/\b(?:total(?:ed|led|ing)?(?: of)?|all|overall|altogether|combined|together(?: \w+)?|of the|entire|total(?: [a-z]+){0,2} (?:count|number|tally|toll)(?: (?:of|to|at|is|was|stands at))?)\s+$/i;
// "bringing the total of arrests made Friday through Monday to 426": the whole the parts before it come to. Not "brought
// the total in the state of Oaxaca to 78": a total of one place is a part, not the whole of the others.
const BRINGING_TOTAL =
	/\b(?:bringing|brings|brought|raising|raises|pushing|taking|making)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:total|tally|count|toll|sum)\b(?:(?!\s(?:in|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z])[^.;:]){0,60}?\s(?:to|at)\s+$/;
const TOTAL_CUE_AFTER = /^\s*(?:\w+\s+){0,2}?(?:in all|in total|altogether|all told|combined|overall|total)\b/i;

// Nouns for people, which stand for any counted group of people ("146 people" → the deaths list's total).
const PEOPLE = new Set([
	'people',
	'persons',
	'individuals',
	'residents',
	'victims',
	'immigrants',
	'migrants',
	'patients',
]);

// A measure and the words a total of it may be written with.
const RELATED: ReadonlyArray<readonly string[]> = [
	['deaths', 'dead', 'killed', 'died', 'fatalities', 'lives'],
	['arrests', 'arrested', 'detained', 'detentions'],
	['cases', 'infections', 'infected'],
	['jobs', 'positions', 'layoffs', 'workers', 'employees'],
	['votes', 'ballots'],
	['injuries', 'injured', 'wounded', 'hurt'],
];

function related(a: string, b: string): boolean {
	if (a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) return true;
	return RELATED.some(group => group.includes(a) && group.includes(b));
}

// What a sum of money is the whole of: "a $90 million budget", "the $2 million grant".
const MONEY_WHOLES = new Set([
	'budget',
	'plan',
	'package',
	'bill',
	'levy',
	'bond',
	'grant',
	'grants',
	'fund',
	'appropriation',
	'appropriations',
	'allocation',
	'award',
	'awards',
	'settlement',
	'program',
	'programme',
]);

type Candidate = {
	readonly mention: NumberMention;
	readonly score: number;
	readonly distance: number;
	readonly link: TotalLink;
};

/**
 * Whether the article itself ties a figure to the list as its whole, or the figure was only the likeliest one near
 * it: a sum that misses a total may be called an error only in the first case (the verdict policy, checks).
 */
function linkOf(cued: boolean, measured: boolean, colon: boolean, sameSentence: boolean, exact: boolean): TotalLink {
	if (colon) return 'colon';
	if (cued) return sameSentence ? 'cued-here' : 'cued';
	if (measured) return sameSentence ? 'measure-here' : 'measure';
	return exact ? 'exact' : 'near';
}

/**
 * "More than nine million birds" in the lead, then "the house sparrow (1.4 million sightings), …": the only figure of
 * the opening paragraphs the list can be a breakdown of, though its noun differs from the items'. Only for a list
 * near the top, and only when the list fits it (a partial list below it, a complete one within its rounding).
 */
function leadTotal(
	article: Article,
	list: ListDraft,
	mentions: readonly NumberMention[],
	taken: ReadonlySet<NumberMention>,
	listed: ReadonlySet<NumberMention>,
	max: number,
	sum: number,
): Candidate | null {
	const {body, sentences} = article;
	const here = sentences[list.sentence];
	const leadEnd = leadEndOf(article);
	// Any list may divide a whole the lead states ("closing three plants employing a total of 950 workers", the plants'
	// staff given five paragraphs on); the lead's sentences are a fixed number, so looking there from every list stays
	// linear. Such a total is only taken when the list fits it, so it never makes a ✗ (its link is 'lead').
	if (here === undefined) return null;
	const kind = list.items[0]!.mention.kind;
	const complete =
		!PARTIAL.test(body.slice(list.lead.start, list.lead.end).slice(-120)) &&
		list.unreadMember !== true &&
		!partialAfter(article, list);
	const fits: NumberMention[] = [];
	for (let k = 0; k < Math.min(sentences.length, leadSentences); k++) {
		const sentence = sentences[k]!;
		if (sentence.paragraph === 0 || sentence.paragraph > leadEnd || k === list.sentence) continue;
		for (const mention of mentionsIn(mentions, sentence)) {
			if (taken.has(mention) || listed.has(mention) || mention.kind !== kind || mention.value <= max) continue;
			if (isAdjectival(body, mention) || nounAfter(body, mention.span.end) === null) continue;
			const slack = Math.max(writtenRounding(body, mention), mention.hedge === 'exact' ? 1e-9 : 0.05 * mention.value);
			const fit = !complete
				? sum <= mention.value + slack
				: mention.hedge === 'at-least'
					? sum >= mention.value - slack
					: Math.abs(sum - mention.value) <= slack;
			if (fit) fits.push(mention);
		}
	}

	// A headline or a dek repeated above the story gives the same figure twice; that is still one whole.
	const values = new Set(fits.map(mention => mention.value));
	return values.size === 1 ? {mention: fits[0]!, score: 2, distance: Number.POSITIVE_INFINITY, link: 'lead'} : null;
}

// The lead: the paragraphs after the headline that open the story, and how many of its sentences are read.
const leadParagraphs = 2;
const leadSentences = 16;

/**
 * The last paragraph of the lead: the second one written as prose. A page copied from the web puts bylines, an
 * "Updated …" line or "Advertisement" between the headline and the story; they are not what opens it.
 */
function leadEndOf(article: Article): number {
	let prose = 0;
	// Bylines and datelines are a few lines; looking further is looking at the story (and, per list, quadratic).
	for (let index = 1; index < Math.min(article.paragraphs.length, 12); index++) {
		const {start, end} = article.paragraphs[index]!;
		const words = article.body.slice(start, Math.min(end, start + 200)).split(/\s+/).length;
		if (words >= 10 && /[.!?]["”’)]?$/.test(article.body.slice(end - 3, end)) && ++prose === leadParagraphs) {
			return index;
		}
	}

	return leadParagraphs;
}

// From a figure to the first item: its noun and a colon or a dash, nothing else.
// A semicolon opens the parts only after words that say what the figure counts ("66 medals in its bag; 22 gold, …"):
// "Tioga, 178; Lycoming, 140" is a list's separator.
const COLON_LEAD = /^(?:[\s\w'’-]{0,30}(?::|—|–|--)|\s+[a-z][\s\w'’-]{0,29};)\s*$/;

/** What scoring a candidate total needs to know of its list. */
type Scoring = {
	readonly body: string;
	readonly list: ListDraft;
	readonly measure: string | null;
	readonly taken: ReadonlySet<NumberMention>;
	readonly listed: ReadonlySet<NumberMention>;
	readonly kind: NumberMention['kind'];
	readonly max: number;
	readonly sum: number;
	/** Two figures make a weak list. */
	readonly pair: boolean;
	/** Every item is a category or counted noun, read only after a total in its sentence. */
	readonly byTotal: boolean;
};

/** One figure near a list scored as its stated total, `distance` sentences away; null when it cannot be one. */
function scoreCandidate(scoring: Scoring, mention: NumberMention, distance: number): Candidate | null {
	const {body, list, measure, taken, listed, kind, max, sum, pair, byTotal} = scoring;
	if (taken.has(mention) || listed.has(mention) || !isQuantity(mention) || isAdjectival(body, mention)) return null;
	if (mention.kind !== kind || mention.value <= max) return null;
	if (mention.span.start >= list.span.start && mention.span.end <= list.span.end) return null;
	let score = distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
	// Lists of categories or counted nouns are read only after a total in their sentence (breakdown-items.ts).
	if (distance === 0 && byTotal && mention.span.end <= list.span.start) score += 1;
	// "The closures will affect 1,140 students: 410 at Maple Grove, …": the figure the colon opens the list with.
	const colon =
		distance === 0 &&
		mention.span.end <= list.span.start &&
		COLON_LEAD.test(body.slice(mention.span.end, list.span.start));
	if (colon) score += 1;
	const before = body.slice(Math.max(0, mention.hedgedSpan.start - 30), mention.hedgedSpan.start);
	const after = body.slice(mention.span.end, mention.span.end + 40);
	const cued =
		TOTAL_CUE_BEFORE.test(before) ||
		TOTAL_CUE_AFTER.test(after) ||
		(mention.span.start >= list.span.end &&
			BRINGING_TOTAL.test(body.slice(Math.max(0, mention.hedgedSpan.start - 90), mention.hedgedSpan.start)));
	const exact = Math.abs(mention.value - sum) < 1e-9 * Math.max(1, sum);
	// Two figures make a weak list; its total from another sentence must say it is one or match exactly ("Davis
	// added 24 points" and "James led with 29" are not parts of another player's 38).
	if (pair && distance > 0 && !cued && !exact) return null;
	// A whole less than half its parts' sum is some other figure ("67 new cases" against 39 counties' 413), unless
	// the article sets it at the head of the list itself.
	if (mention.value < sum / 2 && !colon && !(cued && distance === 0)) return null;
	if (cued) score += 2;
	const noun = nounAfter(body, mention.span.end) ?? /^\s+of the ([a-z]+)/.exec(after)?.[1] ?? null;
	const owner = nounBeforeOf(body, mention.hedgedSpan.start);
	const verb = /\b([a-z]+)\s+$/.exec(before)?.[1] ?? null;
	const measured = measure !== null && [noun, owner, verb].some(word => word !== null && related(measure, word));
	if (measured) score += 2;
	else if (noun !== null && PEOPLE.has(noun)) score += 1;
	// "a $90 million budget. It sets aside $40 million for …": a sum of money named as a whole. Another year's budget
	// may stand as near, so the tie is loose: over or short of it is "?", never ✗.
	const wholeWords = /^\s+([a-z]+)(?:\s+([a-z]+))?/.exec(after);
	const moneyWhole =
		!measured &&
		!cued &&
		kind === 'money' &&
		wholeWords !== null &&
		(MONEY_WHOLES.has(wholeWords[1]!) || MONEY_WHOLES.has(wholeWords[2] ?? ''));
	if (moneyWhole) score += 2;
	if (exact) score += 3;
	const link = moneyWhole && !exact ? 'near' : linkOf(cued, measured, colon, distance === 0, exact);
	return {mention, score, distance, link};
}

/** Scores each number near the list as its stated total; returns the best that clears the bar. */
function findTotal(
	article: Article,
	list: ListDraft,
	measure: string | null,
	mentions: readonly NumberMention[],
	taken: ReadonlySet<NumberMention>,
): {readonly mention: NumberMention; readonly link: TotalLink} | null {
	const {body, sentences} = article;
	const items = list.items.map(item => item.mention);
	const kind = items[0]!.kind;
	// A loop, not Math.max(...values): spreading a list of some 100,000 items overflows the call stack.
	const max = items.reduce((largest, mention) => Math.max(largest, mention.value), Number.NEGATIVE_INFINITY);
	const listed = new Set(items);
	const sum = items.reduce((total, mention) => total + mention.value, 0);
	const here = list.sentence === -1 ? null : sentences[list.sentence]!;
	const paragraph = here?.paragraph ?? 0;

	const scoring: Scoring = {
		body,
		list,
		measure,
		taken,
		listed,
		kind,
		max,
		sum,
		pair: items.length === 2,
		byTotal: list.items.every(item => totalLed(item)),
	};
	const candidates: Candidate[] = [];
	const consider = (mention: NumberMention, distance: number): void => {
		const candidate = scoreCandidate(scoring, mention, distance);
		if (candidate !== null) candidates.push(candidate);
	};

	if (here !== null) {
		// Near the list in its own sentence, not all of it: a long sentence may hold many lists, and a scan of the whole
		// sentence for each made it quadratic.
		const near = {
			start: Math.max(here.start, list.span.start - SAME_SENTENCE_REACH),
			end: Math.min(here.end, list.span.end + SAME_SENTENCE_REACH),
		};
		for (const mention of mentionsIn(mentions, near)) consider(mention, 0);
	}

	if (here !== null && list.ownSentenceTotal !== true) {
		// The sentences before it in the paragraph and in the two paragraphs before, and the headline.
		// Walking back stops at the paragraph limit and the headline is visited apart: a scan to the top for every list
		// made a long article quadratic.
		// Both are bounded too: a text of one paragraph, or one whose headline never ends, made them run over every
		// sentence for every list.
		let k = list.sentence - 1;
		for (; k >= 0 && sentences[k]!.paragraph >= paragraph - 2 && list.sentence - k <= BACK_SENTENCES; k--) {
			for (const mention of mentionsIn(mentions, sentences[k]!)) consider(mention, list.sentence - k);
		}

		for (let h = 0; h <= k && h < HEADLINE_SENTENCES && sentences[h]!.paragraph === 0; h++) {
			for (const mention of mentionsIn(mentions, sentences[h]!)) consider(mention, list.sentence - h);
		}

		// "In all, N…" after the list.
		const next = sentences[list.sentence + 1];
		if (next !== undefined && next.paragraph <= paragraph + 1) {
			// The cue is looked for once, near the sentence's start: tested before every figure of a long sentence, for
			// every list, it made a one-line table of many rows quadratic.
			const cue =
				/\b(?:in all|in total|altogether|all told|total(?:s|ed|led|ing|ling)?|add(?:s|ed)? up to|sum(?:s|med)? to)\b/i.exec(
					body.slice(next.start, Math.min(next.end, next.start + 300)),
				);
			const cueEnd = cue === null ? Number.POSITIVE_INFINITY : next.start + cue.index + cue[0].length;
			for (const mention of mentionsIn(mentions, next)) if (mention.hedgedSpan.start >= cueEnd) consider(mention, 1);
		}
	}

	// An exact sum further back only confirms, so even a list whose whole must be in its own sentence may have one.
	if (here !== null) farExact(article, list, mentions, list.sentence - 1, scoring, candidates);

	const referent = here === null ? null : ofTheseWhole(article, list, mentions, listed, max);
	if (referent !== null && !taken.has(referent)) {
		const exact = Math.abs(referent.value - sum) < 1e-9 * Math.max(1, sum);
		// Groups "of these" may overlap ("12 were women and 30 were over 60"): the whole is tied only loosely, so a sum
		// over or short of it is "?", never ✗.
		candidates.push({mention: referent, score: exact ? 6 : 3, distance: 1, link: exact ? 'exact' : 'near'});
	}

	let best: Candidate | null =
		list.ownSentenceTotal === true ? null : leadTotal(article, list, mentions, taken, listed, max, sum);
	for (const candidate of candidates) {
		if (candidate.score < 2) continue;
		// A race's whole is said as one ("of the 12,400 votes cast"); another candidate's or county's figure beside it is not.
		if (list.ownSentenceTotal === true && !OWN_TOTAL_LINKS.has(candidate.link)) continue;
		if (
			best === null ||
			candidate.score > best.score ||
			(candidate.score === best.score && candidate.distance < best.distance)
		) {
			best = candidate;
		}
	}

	return best === null ? null : {mention: best.mention, link: best.link};
}

// How many sentences back a list's total is looked for, within its paragraph and the two before: more than any
// paragraph of news copy holds; and how many sentences of the headline paragraph are read.
const BACK_SENTENCES = 30;
const HEADLINE_SENTENCES = 3;

// How far from a list, in its own sentence, its total is looked for: farther than any prose writes one.
const SAME_SENTENCE_REACH = 600;

// How far back a whole the parts add up to exactly may be stated, in paragraphs past the two always read; and how many
// figures are read there at most, so that a list after a long paragraph costs no more than a short one.
const FAR_PARAGRAPHS = 6;
const FAR_FIGURES = 200;

/**
 * "Officials said 98 people died", paragraphs before "50 in Ash, 30 in Birch and 18 in Cedar": a figure further
 * back than a list's total is looked for, taken only when the parts add up to it exactly. The tie is loose ('exact'),
 * so it can only confirm: ✓, never ✗.
 */
function farExact(
	article: Article,
	list: ListDraft,
	mentions: readonly NumberMention[],
	before: number,
	scoring: Scoring,
	candidates: Candidate[],
): void {
	const {body, sentences} = article;
	const paragraph = sentences[list.sentence]!.paragraph;
	// "Here are the three counties with the most cases:": a selection, whose whole is the one total the story states.
	const selection = PARTIAL.test(body.slice(list.lead.start, list.lead.end).slice(-120));
	let read = 0;
	let cuedWhole: Candidate | null = null;
	for (let k = before; k >= 0 && read < FAR_FIGURES && sentences[k]!.paragraph >= paragraph - 2 - FAR_PARAGRAPHS; k--) {
		for (const mention of mentionsIn(mentions, sentences[k]!)) {
			if (++read > FAR_FIGURES) break;
			const exact = Math.abs(mention.value - scoring.sum) < 1e-9 * Math.max(1, scoring.sum);
			if (!exact && !(mention.value > scoring.sum)) continue;
			const candidate = scoreCandidate(scoring, mention, list.sentence - k);
			if (candidate === null) continue;
			if (exact) candidates.push({...candidate, link: 'exact'});
			// "bringing the statewide total to 1,388 cases", paragraphs before a list of cases by age: a figure said to be
			// the whole, of the list's own measure (scored cued and measured), or any cued whole for a selection.
			else if (
				cuedWhole === null &&
				cuedAsWhole(body, mention) &&
				(selection || candidate.score >= 4 || namesMeasure(article, k, scoring.measure))
			)
				cuedWhole = {...candidate, score: 2, link: 'near'};
		}
	}

	// Tied loosely: a selection short of the whole is what a selection is, and over it the whole may count another thing.
	if (cuedWhole !== null) candidates.push(cuedWhole);
}

// Each sentence's answer per measure, kept: many lists may look back at the same sentences.
const measuresNamed = new WeakMap<Article, Map<string, boolean>>();

/** "118 new cases …, bringing the statewide total to 1,388": the sentence of a whole says what it counts. */
function namesMeasure(article: Article, index: number, measure: string | null): boolean {
	if (measure === null) return false;
	const stem = nounKey(measure).replace(/[^a-z]/g, '');
	if (stem.length < 3) return false;
	const seen = measuresNamed.get(article) ?? new Map<string, boolean>();
	measuresNamed.set(article, seen);
	const key = `${index}:${stem}`;
	const known = seen.get(key);
	if (known !== undefined) return known;
	const sentence = article.sentences[index]!;
	// Within a reach of the sentence's start, so a long sentence costs no more than a short one.
	const text = article.body.slice(sentence.start, Math.min(sentence.end, sentence.start + 400)).toLowerCase();
	const named = new RegExp(String.raw`\b${stem}`).test(text);
	seen.set(key, named);
	return named;
}

/** "bringing the total number of cases in the state to 5,120", "a total of 5,120": a figure said to be a whole. */
function cuedAsWhole(body: string, mention: NumberMention): boolean {
	const before = body.slice(Math.max(0, mention.hedgedSpan.start - 90), mention.hedgedSpan.start);
	return BRINGING_TOTAL.test(before) || TOTAL_CUE_BEFORE.test(before.slice(-30));
}

// "Of these, 6,205 were pedestrians": the list's whole is the figure the demonstrative points back to.
const OF_THESE = /(?:^|[.;,]\s*|\b)(?:of|among) (?:these|them|those|which|whom)\b[^.;:]{0,30}$/i;

/**
 * The figure an "of these" list opens on: the last figure of its kind before the words, in its sentence or the one
 * before, larger than every item. Null when the list opens otherwise.
 */
function ofTheseWhole(
	article: Article,
	list: ListDraft,
	mentions: readonly NumberMention[],
	listed: ReadonlySet<NumberMention>,
	max: number,
): NumberMention | null {
	const {body, sentences} = article;
	const first = list.items[0]!;
	const sentence = sentences[list.sentence]!;
	// The cue ends the lead, within a few words of the list: only its tail is read, however long the sentence.
	const leadStart = Math.max(sentence.start, first.mention.hedgedSpan.start - 120);
	const lead = body.slice(leadStart, first.mention.hedgedSpan.start);
	const cue = OF_THESE.exec(lead);
	// "Three of those were in Salem, …": the words right after the first item's figure.
	const after =
		cue === null &&
		/^\s+of (?:these|them|those|whom)\b/i.test(body.slice(first.mention.span.end, first.mention.span.end + 16));
	if (cue === null && !after) return null;
	const cueAt = cue === null ? sentence.start : leadStart + cue.index;
	const previous = sentences[list.sentence - 1];
	const from = previous !== undefined && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
	const kind = first.mention.kind;
	let whole: NumberMention | null = null;
	for (const mention of mentionsIn(mentions, {start: from, end: cueAt})) {
		if (listed.has(mention) || !isQuantity(mention) || mention.kind !== kind || isAdjectival(body, mention)) continue;
		whole = mention;
	}

	return whole !== null && whole.value > max ? whole : null;
}

const OWN_TOTAL_LINKS: ReadonlySet<TotalLink> = new Set(['cued-here', 'colon', 'exact']);

export type FoundTotal = {readonly mention: NumberMention; readonly link: TotalLink};

// Between two figures written as a pair: "31 seats and 27 seats", "31, 27".
const PAIRED = /^\s*(?:[a-z]+\s+)?(?:and|or|,)\s+$/;

/**
 * A total found in another sentence by its measure that is written as one of a pair ("31 seats and 27 seats,
 * respectively") is one share of something, not a whole: the link is only "near", which earns no ✗.
 */
export function looserLink(body: string, total: FoundTotal, numbers: readonly NumberMention[]): TotalLink {
	if (total.link !== 'measure' && total.link !== 'cued') return total.link;
	const {mention} = total;
	// Found by its start (figures are in text order): an indexOf per list would be quadratic in a long article.
	const at = lastStartingBefore(numbers, mention.span.start, figure => figure.span.start);
	const paired = (other: NumberMention | undefined, from: number, to: number): boolean =>
		other !== undefined && other.kind === mention.kind && to - from <= 30 && PAIRED.test(body.slice(from, to));
	const next = numbers[at + 1];
	const previous = numbers[at - 1];
	return paired(next, mention.span.end, next?.hedgedSpan.start ?? 0) ||
		paired(previous, previous?.span.end ?? 0, mention.hedgedSpan.start)
		? 'near'
		: total.link;
}

/** A list's total: its "Total" line, the whole its parts were found to add up to, or the best figure near it. */
export function totalOf(
	article: Article,
	list: ListDraft,
	measure: string | null,
	numbers: readonly NumberMention[],
	taken: ReadonlySet<NumberMention>,
): FoundTotal | null {
	if (list.totalLine !== null) return {mention: list.totalLine, link: list.totalLeads === true ? 'cued' : 'line'};
	if (list.whole !== undefined) return {mention: list.whole, link: list.partial === true ? 'near' : 'exact'};
	return findTotal(article, list, measure, numbers, taken);
}

/** The index of the last element whose start is at or before `position`, by binary search; -1 when none is. */
export function lastStartingBefore<T>(sorted: readonly T[], position: number, startOf: (value: T) => number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (startOf(sorted[middle]!) <= position) low = middle + 1;
		else high = middle;
	}

	return low - 1;
}
