import type {Article} from '../../article/types.ts';
import {blockLists} from './breakdown-blocks.ts';
import {joinContinued} from './breakdown-continued.ts';
import {rankedLists} from './breakdown-ranked.ts';
import {measureLists} from './breakdown-measures.ts';
import {proseLists} from './breakdown-prose.ts';
import {sumLists} from './breakdown-sums.ts';
import {tableLists} from './breakdown-tables.ts';
import {sentenceBefore, totalLed, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {lineLists} from './line-lists.ts';
import {sentenceLists} from './sentence-lists.ts';
import {
	isAdjectival,
	isPluralNoun,
	isQuantity,
	mentionsIn,
	nounAfter,
	nounBeforeOf,
	SpanIndex,
} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {SCALE_VALUES, writtenRounding} from '../numbers/rounding.ts';
import type {Breakdown, BreakdownItem, StatedTotal, TotalLink} from '../types.ts';

// Words that introduce a list as a selection rather than the whole.
const PARTIAL =
	/\b(?:including|includes|include|included|such as|among them|among those|among the|notably|led by|like|with the most|the most|the largest|the biggest|the highest|top \w+|some of|several|for example|for instance)\b/i;

// After the list in its sentence, words that say it leaves some out: "…, with the remaining cases spread across five
// other counties", "… and the rest elsewhere".
const PARTIAL_AFTER =
	/\b(?:the remaining|the rest|the remainder|the others|others|elsewhere|other (?:counties|cities|states|towns|places|areas|districts|regions|countries|provinces|schools|hospitals|sites|locations))\b/i;

/** Whether the words after a list in its sentence say it is not the whole. */
function partialAfter(article: Article, list: ListDraft): boolean {
	const sentence = article.sentences[list.sentence];
	if (sentence === undefined || list.span.end >= sentence.end) return false;
	return PARTIAL_AFTER.test(article.body.slice(list.span.end, Math.min(sentence.end, list.span.end + 120)));
}

// Words that say a number is the whole: "a total of", "in all", "all 212".
const TOTAL_CUE_BEFORE =
	/\b(?:total(?:ed|led|ing)?(?: of)?|all|overall|altogether|combined|together(?: \w+)?|of the|entire|total(?: [a-z]+){0,2} (?:count|number|tally|toll)(?: (?:of|to|at|is|was|stands at))?)\s+$/i;
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

/** The unit the items share ("$ million", "million", "%") and what to divide values by to express them in it. */
function unitOf(items: readonly ItemDraft[]): {readonly unit: string | null; readonly divisor: number} {
	const first = items[0]!.mention;
	if (first.kind === 'percent') return {unit: '%', divisor: 1};
	// Mixed scales of money ("$1.1 million to A, $850,000 to B") are expressed in the scale of the largest item;
	// counts stay whole ("1.4 million sightings … 944,000").
	const largest = items.reduce((best, item) => (item.mention.value > best.mention.value ? item : best));
	const same = items.every(item => item.mention.scale === first.scale);
	const scale = same ? first.scale : first.kind === 'money' ? largest.mention.scale : null;
	const divisor = scale === null ? 1 : (SCALE_VALUES[scale] ?? 1);
	if (first.kind === 'money') {
		const currency = items.every(item => item.mention.currency === first.currency) ? first.currency : null;
		const symbol = currency === null ? null : currency === 'USD' ? '$' : currency;
		const unit = [symbol, scale].filter(part => part !== null).join(' ');
		return {unit: unit === '' ? null : unit, divisor};
	}

	return {unit: scale, divisor};
}

function mostCommon(words: ReadonlyArray<string | null>): string | null {
	const counts = new Map<string, number>();
	for (const word of words) if (word !== null) counts.set(word, (counts.get(word) ?? 0) + 1);
	let best: string | null = null;
	for (const [word, count] of counts) if (best === null || count > counts.get(best)!) best = word;
	return best;
}

const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'were', 'was', 'are', 'is', 'had', 'has', 'have', 'and', 'or']);

/** "Deaths by province", "Net sales by segment were": the words before " by <category>". */
function measureFromLead(lead: string): string | null {
	const match =
		/(?:^|[^\w\s]\s*|\b(?:the|of|in)\s+)([A-Za-z]+(?: [a-z]+){0,2}) (?:by|per|in each|for each) (?:[a-z]+)\b/i.exec(
			lead,
		);
	if (match === null) return null;
	const words = match[1]!
		.toLowerCase()
		.split(' ')
		.filter(word => !['the', 'a', 'of'].includes(word));
	// "students who passed by district" names no measure: the phrase must end on a plural noun, with no clause in it.
	if (words.length === 0 || words.some(word => CLAUSE_WORDS.has(word)) || !isPluralNoun(words.at(-1)!)) return null;
	return words.join(' ');
}

/** "The traps came from five harbours:", "The deaths were in": the plural noun a list's own sentence is about. */
function measureFromSubject(lead: string): string | null {
	const match =
		/^(?:the|all|those|these)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:came|come|were|are|went|was|broke down|break down|split|divide|divided|included|include)\b/i.exec(
			lead.trim(),
		);
	const noun = match?.[1]?.toLowerCase();
	return noun !== undefined && isPluralNoun(noun) ? noun : null;
}

/** "Of the passengers, 87 were…": the noun a sentence opens on. */
function measureFromOpening(lead: string): string | null {
	const match = /^(?:of|among) (?:the|those|these) ([a-z]+(?: [a-z]+)?)\s*,/i.exec(lead.trim());
	return match === null ? null : match[1]!.toLowerCase();
}

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

	const byTotal = list.items.every(item => totalLed(item));
	const candidates: Candidate[] = [];
	const consider = (mention: NumberMention, distance: number): void => {
		if (taken.has(mention) || listed.has(mention) || !isQuantity(mention) || isAdjectival(body, mention)) return;
		if (mention.kind !== kind || mention.value <= max) return;
		if (mention.span.start >= list.span.start && mention.span.end <= list.span.end) return;
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
		const cued = TOTAL_CUE_BEFORE.test(before) || TOTAL_CUE_AFTER.test(after);
		const exact = Math.abs(mention.value - sum) < 1e-9 * Math.max(1, sum);
		// Two figures make a weak list; its total from another sentence must say it is one or match exactly ("Davis
		// added 24 points" and "James led with 29" are not parts of another player's 38).
		if (items.length === 2 && distance > 0 && !cued && !exact) return;
		// A whole less than half its parts' sum is some other figure ("67 new cases" against 39 counties' 413), unless
		// the article sets it at the head of the list itself.
		if (mention.value < sum / 2 && !colon && !(cued && distance === 0)) return;
		if (cued) score += 2;
		const noun = nounAfter(body, mention.span.end) ?? /^\s+of the ([a-z]+)/.exec(after)?.[1] ?? null;
		const owner = nounBeforeOf(body, mention.hedgedSpan.start);
		const verb = /\b([a-z]+)\s+$/.exec(before)?.[1] ?? null;
		const measured = measure !== null && [noun, owner, verb].some(word => word !== null && related(measure, word));
		if (measured) score += 2;
		else if (noun !== null && PEOPLE.has(noun)) score += 1;
		if (exact) score += 3;
		candidates.push({mention, score, distance, link: linkOf(cued, measured, colon, distance === 0, exact)});
	};

	if (here !== null) {
		for (const mention of mentionsIn(mentions, here)) consider(mention, 0);
		// The sentences before it in the paragraph and in the two paragraphs before, and the headline.
		// Walking back stops at the paragraph limit and the headline is visited apart: a scan to the top for every list
		// made a long article quadratic.
		let k = list.sentence - 1;
		for (; k >= 0 && sentences[k]!.paragraph >= paragraph - 2; k--) {
			for (const mention of mentionsIn(mentions, sentences[k]!)) consider(mention, list.sentence - k);
		}

		for (let h = 0; h <= k && sentences[h]!.paragraph === 0; h++) {
			for (const mention of mentionsIn(mentions, sentences[h]!)) consider(mention, list.sentence - h);
		}

		// "In all, N…" after the list.
		const next = sentences[list.sentence + 1];
		if (next !== undefined && next.paragraph <= paragraph + 1) {
			for (const mention of mentionsIn(mentions, next)) {
				const before = body.slice(next.start, mention.hedgedSpan.start);
				if (/\b(?:in all|in total|altogether|all told|total)\b/i.test(before)) consider(mention, 1);
			}
		}
	}

	let best: Candidate | null = leadTotal(article, list, mentions, taken, listed, max, sum);
	for (const candidate of candidates) {
		if (candidate.score < 2) continue;
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

/**
 * Figures of the items' kind inside the list (and to the end of its last sentence) that were read as no item: "Georgia
 * and Ohio, 16 each" before "each" was read, a member in a shape no reader knows. The sum of such a list is not the
 * sum of all its parts, so it can be no ground for a ✗.
 */
function unreadFigures(
	article: Article,
	list: ListDraft,
	mentions: readonly NumberMention[],
	total: NumberMention | null,
): number {
	const {body, sentences} = article;
	const kind = list.items[0]!.mention.kind;
	const last = sentenceBefore(article, list.items.at(-1)!.span.start);
	const end = Math.max(list.span.end, last === -1 ? 0 : sentences[last]!.end);
	const counts = (mention: NumberMention): boolean =>
		mention !== total && mention.kind === kind && isQuantity(mention) && !isAdjectival(body, mention);
	// Counted, not matched against a Set of the items: a list of 100,000 items would build one per list.
	let inside = 0;
	for (const mention of mentionsIn(mentions, {start: list.span.start, end})) if (counts(mention)) inside++;
	let items = 0;
	for (const item of list.items) if (counts(item.mention)) items++;
	return Math.max(0, inside - items);
}

function toTotal(mention: NumberMention, divisor: number): StatedTotal {
	return {value: round(mention.value / divisor), hedge: mention.hedge, span: mention.span};
}

function round(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/**
 * The counts the article breaks down by place or category, each linked to what it counts (its measure), the
 * total the text states for it, and whether the text presents the list as complete.
 */
export function extractBreakdowns(article: Article, numbers: readonly NumberMention[]): Breakdown[] {
	const {body} = article;
	const tables = tableLists(article, numbers);
	const tableSpans = new SpanIndex(tables.map(table => table.span));
	const lines = [
		...tables,
		...lineLists(article, numbers).filter(list => !tableSpans.overlaps(list.span)),
		...blockLists(article, numbers).filter(list => !tableSpans.overlaps(list.span)),
		...rankedLists(article, numbers).filter(list => !tableSpans.overlaps(list.span)),
	];
	const lineSpans = new SpanIndex(lines.map(line => line.span));
	// A sentence that gives several measures a place is read by measure; the ordinary reader would mix them in one list.
	const measured = measureLists(article, numbers).filter(list => !lineSpans.overlaps(list.span));
	const measuredSpans = new SpanIndex(measured.map(list => list.span));
	const inline = joinContinued(
		article,
		sentenceLists(article, numbers).filter(
			list => !lineSpans.overlaps(list.span) && !measuredSpans.overlaps(list.span),
		),
	);
	const shaped = [...lines, ...measured, ...inline];
	const held = new Set<NumberMention>(shaped.flatMap(list => list.items.map(item => item.mention)));
	const prose = proseLists(article, numbers, held);
	for (const list of prose) for (const item of list.items) held.add(item.mention);
	// The shaped lists' totals first: a list read by its shape with no total may be the misread of parts the sums reader
	// finds adding up exactly (China's "139 medals including 66 gold, 46 silver and 27 bronze"), and then gives way.
	const found = new Map<ListDraft, FoundTotal | null>();
	for (const list of [...shaped, ...prose])
		found.set(list, totalOf(article, list, leadMeasure(article, list), numbers, held));
	const withTotals = new Set<NumberMention>();
	for (const list of [...shaped, ...prose]) {
		if (found.get(list) !== null) for (const item of list.items) withTotals.add(item.mention);
	}

	// A sums run replaces a shaped list only when it holds every figure of it: one that shares only some would lose the
	// rest of the list's items, so then the shaped list stays and the run goes.
	const allSums = sumLists(article, numbers, withTotals);
	// Each figure's untotalled shaped list, so a run finds the lists it touches without a scan of every list.
	const listOf = new Map<NumberMention, ListDraft>();
	for (const list of shaped) {
		if (found.get(list) === null) for (const item of list.items) listOf.set(item.mention, list);
	}

	const touched = (run: ListDraft): Set<ListDraft> =>
		new Set(run.items.flatMap(item => (listOf.has(item.mention) ? [listOf.get(item.mention)!] : [])));
	const covers = (run: ListDraft, list: ListDraft): boolean => {
		const parts = new Set(run.items.map(item => item.mention));
		return list.items.every(item => parts.has(item.mention));
	};
	const replaced = new Set<ListDraft>();
	const sums = allSums.filter(run => {
		const lists = [...touched(run)];
		if (!lists.every(list => covers(run, list))) return false;
		for (const list of lists) replaced.add(list);
		return true;
	});
	const kept = shaped.filter(list => !replaced.has(list));
	const drafts = [...kept, ...prose, ...sums].sort((a, b) => a.span.start - b.span.start);
	const taken = new Set<NumberMention>(drafts.flatMap(list => list.items.map(item => item.mention)));

	return withParents(
		drafts.map((list, index): Breakdown => {
			const lead = body.slice(list.lead.start, list.lead.end);
			const {unit, divisor} = unitOf(list.items);
			const firstKind = list.items[0]!.mention.kind;
			let measure = leadMeasure(article, list);
			const total = found.has(list) ? found.get(list)! : totalOf(article, list, measure, numbers, taken);
			const totalMention = total?.mention ?? null;
			if (measure === null && totalMention !== null && firstKind !== 'money') {
				measure =
					nounAfter(body, totalMention.span.end) ??
					/^\s+of the ([a-z]+)/.exec(body.slice(totalMention.span.end, totalMention.span.end + 40))?.[1] ??
					nounBeforeOf(body, totalMention.hedgedSpan.start);
			}

			if (firstKind === 'money' && (measure === null || unit === '%')) measure = 'dollars';
			// "count" would read as a measure the text never names; "figures" says only that these are numbers.
			measure ??= firstKind === 'percent' ? 'share' : 'figures';
			const items: BreakdownItem[] = list.items.map(item => ({
				name: item.name,
				value: round(item.mention.value / divisor),
				approximate: item.mention.hedge !== 'exact',
				span: item.span,
			}));
			const sum = round(items.reduce((total, item) => total + item.value, 0));
			// "Five of the cities with the largest increases together counted 29,813 people: …" — words before a total in
			// the lead describe the whole the total counts, so only words after it can make the list partial.
			const totalInLead =
				totalMention !== null && totalMention.span.start >= list.lead.start && totalMention.span.end <= list.lead.end;
			const leadTail = (totalInLead ? body.slice(totalMention.span.end, list.lead.end) : lead).slice(-120);
			return {
				id: `breakdown-${index + 1}`,
				measure,
				unit,
				items,
				sum,
				statedTotal: totalMention === null ? null : toTotal(totalMention, divisor),
				totalLink: total === null ? null : looserLink(body, total, numbers),
				unread: unreadFigures(article, list, numbers, totalMention),
				complete:
					!PARTIAL.test(leadTail) &&
					list.unreadMember !== true &&
					list.partial !== true &&
					!partialAfter(article, list),
				span: list.span,
				rounding: round(
					[...list.items.map(item => item.mention), ...(totalMention === null ? [] : [totalMention])].reduce(
						(slack, mention) => slack + writtenRounding(body, mention),
						0,
					) / divisor,
				),
				parent: null,
			};
		}),
	);
}

type FoundTotal = {readonly mention: NumberMention; readonly link: TotalLink};

// Between two figures written as a pair: "31 seats and 27 seats", "31, 27".
const PAIRED = /^\s*(?:[a-z]+\s+)?(?:and|or|,)\s+$/;

/**
 * A total found in another sentence by its measure that is written as one of a pair ("31 seats and 27 seats,
 * respectively") is one share of something, not a whole: the link is only "near", which earns no ✗.
 */
function looserLink(body: string, total: FoundTotal, numbers: readonly NumberMention[]): TotalLink {
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
function totalOf(
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

/** What a list counts, from its own words: a table's header, the items' nouns, "Of the passengers,", "Deaths by …". */
function leadMeasure(article: Article, list: ListDraft): string | null {
	const {body} = article;
	const lead = body.slice(list.lead.start, list.lead.end);
	return (
		list.measure ??
		mostCommon(list.items.map(item => item.noun)) ??
		measureFromOpening(lead) ??
		measureFromSubject(lead) ??
		measureFromLead(lead) ??
		(list.sentence > 0
			? measureFromLead(body.slice(article.sentences[list.sentence - 1]!.start, list.lead.start))
			: null)
	);
}

/**
 * Links each list whose stated total is an item of another list to that item: 388 job losses, 311 at Mendon and 77 at
 * Alma, are the parts of one supplier's 388 among the 1,005. The parts of a part are checked against the part.
 */
function withParents(breakdowns: Breakdown[]): Breakdown[] {
	const bySpan = breakdowns.toSorted((a, b) => a.span.start - b.span.start);
	return breakdowns.map(breakdown => {
		const total = breakdown.statedTotal;
		if (total === null) return breakdown;
		const parent = ownerBySpan(bySpan, breakdown, total.span);
		return parent === undefined ? breakdown : {...breakdown, parent};
	});
}

/**
 * The item whose span holds a total: the lists are searched by their start (sorted) and a list's items by theirs, so
 * an article of many lists stays linear. An item's span may start at its name, before the figure.
 */
function ownerBySpan(
	bySpan: readonly Breakdown[],
	self: Breakdown,
	span: {readonly start: number; readonly end: number},
): {readonly breakdownId: string; readonly itemIndex: number} | undefined {
	// The last lists that start at or before the total; lists rarely overlap, so a few steps back are enough.
	let at = lastStartingBefore(bySpan, span.start, list => list.span.start);
	for (let steps = 0; at >= 0 && steps < 4; at--, steps++) {
		const list = bySpan[at]!;
		if (list === self || list.span.end < span.end) continue;
		const index = lastStartingBefore(list.items, span.start, item => item.span.start);
		const item = list.items[index];
		if (item !== undefined && span.end <= item.span.end) return {breakdownId: list.id, itemIndex: index};
	}

	return undefined;
}

/** The index of the last element whose start is at or before `position`, by binary search; -1 when none is. */
function lastStartingBefore<T>(sorted: readonly T[], position: number, startOf: (value: T) => number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (startOf(sorted[middle]!) <= position) low = middle + 1;
		else high = middle;
	}

	return low - 1;
}
