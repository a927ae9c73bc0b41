import type {Article} from '../../article/types.ts';
import {blockLists} from './breakdown-blocks.ts';
import {joinContinued} from './breakdown-continued.ts';
import {rankedLists} from './breakdown-ranked.ts';
import {measureLists} from './breakdown-measures.ts';
import {proseLists} from './breakdown-prose.ts';
import {paragraphLists} from './breakdown-paragraphs.ts';
import {leadMeasure} from './breakdown-measure.ts';
import {PARTIAL, partialAfter} from './breakdown-partial.ts';
import {lastStartingBefore, looserLink, totalOf, type FoundTotal} from './breakdown-totals.ts';
import {sumLists} from './breakdown-sums.ts';
import {tableLists} from './breakdown-tables.ts';
import {complementLists} from './breakdown-complement.ts';
import {raceLists} from './breakdown-races.ts';
import {sexLists} from './breakdown-sexes.ts';
import {medalLists} from './breakdown-medals.ts';
import {recordLists} from './breakdown-records.ts';
import {flatTableLists} from './breakdown-flat-tables.ts';
import {rowPatternLists} from './breakdown-row-patterns.ts';
import {isStatLine, sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {lineLists} from './line-lists.ts';
import {lineParts} from './breakdown-line-parts.ts';
import {sentenceLists} from './sentence-lists.ts';
import {isAdjectival, isQuantity, mentionsIn, nounAfter, nounBeforeOf, SpanIndex} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {SCALE_VALUES, writtenRounding} from '../numbers/rounding.ts';
import type {Breakdown, BreakdownItem, StatedTotal} from '../types.ts';

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

// How far after a list, in its sentence, a figure of its kind still reads as one of its members left unread.
const UNREAD_REACH = 300;

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
	if (list.cells === true) return 0;
	const {body, sentences} = article;
	const kind = list.items[0]!.mention.kind;
	const last = sentenceBefore(article, list.items.at(-1)!.span.start);
	// To the end of the last item's sentence, but not past a reach of it: a long sentence may hold many lists, and a count
	// to its end for each was quadratic.
	const end = Math.max(list.span.end, Math.min(last === -1 ? 0 : sentences[last]!.end, list.span.end + UNREAD_REACH));
	// "bringing the total for the four nights to 147": a figure that counts the items themselves is none of them.
	const countsItems = (mention: NumberMention): boolean =>
		mention.value === list.items.length &&
		/\b(?:the|all|those|these)\s+$/i.test(
			body.slice(Math.max(0, mention.hedgedSpan.start - 8), mention.hedgedSpan.start),
		);
	const counts = (mention: NumberMention): boolean =>
		mention !== total &&
		mention.kind === kind &&
		isQuantity(mention) &&
		!isAdjectival(body, mention) &&
		!countsItems(mention);
	// Counted, not matched against a Set of the items: a list of 100,000 items would build one per list.
	let inside = 0;
	for (const mention of mentionsIn(mentions, {start: list.span.start, end})) if (counts(mention)) inside++;
	let items = 0;
	for (const item of list.items) if (counts(item.mention)) items++;
	// "$4,100 to the Market, including $600 for … and $3,500 for …": figures inside an item after its own divide it.
	for (const item of list.items) {
		for (const mention of mentionsIn(mentions, {start: item.mention.span.end, end: item.span.end})) {
			if (counts(mention)) inside--;
		}
	}
	// "Of the 300 cases, 10 are in Ashby; 24 in Brill …" with the 10 read as no item: a figure of the kind between the
	// total and the first item is a member the readers may have missed. Looked for within a reach before the list, so
	// a long sentence of many lists stays linear.
	const leadFrom = Math.max(
		list.lead.start,
		list.span.start - UNREAD_REACH,
		total !== null && total.span.end <= list.span.start ? total.span.end : 0,
	);
	let lead = 0;
	// "The traps came from five harbours: …": a figure in the lead that is the number of items counts them.
	for (const mention of mentionsIn(mentions, {start: leadFrom, end: list.span.start})) {
		if (counts(mention) && mention.value !== list.items.length) lead++;
	}

	return Math.max(0, inside - items) + lead;
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
	const {drafts, found} = listDrafts(article, numbers);
	const taken = new Set<NumberMention>(drafts.flatMap(list => list.items.map(item => item.mention)));
	return withParents(
		drafts.map((list, index) => {
			const total = found.has(list) ? found.get(list)! : null;
			return toBreakdown(article, numbers, list, index, found.has(list), total, taken);
		}),
	);
}

/** The lists every reader found by shape (line tables, blocks, rankings, measures, sentences). */
function shapedLists(article: Article, numbers: readonly NumberMention[]): ListDraft[] {
	const aligned = tableLists(article, numbers);
	const alignedSpans = new SpanIndex(aligned.map(table => table.span));
	const flat = flatTableLists(article, numbers).filter(list => !alignedSpans.overlaps(list.span));
	const tabled = new SpanIndex([...aligned, ...flat].map(table => table.span));
	const patterned = rowPatternLists(article, numbers).filter(list => !tabled.overlaps(list.span));
	const tables = [...aligned, ...flat, ...patterned];
	const tableSpans = new SpanIndex(tables.map(table => table.span));
	const blocks = blockLists(article, numbers).filter(list => !tableSpans.overlaps(list.span));
	// A block's own rows ("Yes: 40", "No: 33" under one precinct) are read across the blocks; read again as a list of
	// their own, every precinct would add a list of its two sides.
	const blockSpans = new SpanIndex(blocks.map(block => block.span));
	const lineFound = lineLists(article, numbers).filter(
		list => !tableSpans.overlaps(list.span) && !blockSpans.overlaps(list.span),
	);
	const lines = [
		...tables,
		...lineFound,
		...lineParts(article.body, lineFound, numbers),
		...blocks,
		...rankedLists(article, numbers).filter(list => !tableSpans.overlaps(list.span)),
	];
	const lineSpans = new SpanIndex(lines.map(line => line.span));
	// Race results in prose ("A outpolled B 174,334 to 128,194") and a whole split in two across sentences ("five of them
	// in A. The other 19 … in B") before the one-sentence readers, which would read them piecemeal.
	const halves = [
		...raceLists(article, numbers),
		...complementLists(article, numbers),
		...sexLists(article, numbers),
		...medalLists(article, numbers),
	].filter(list => !lineSpans.overlaps(list.span));
	const halfSpans = new SpanIndex(halves.map(half => half.span));
	// A sentence that gives several measures a place is read by measure; the ordinary reader would mix them in one list.
	const byMeasure = measureLists(article, numbers).filter(
		list => !lineSpans.overlaps(list.span) && !halfSpans.overlaps(list.span),
	);
	// Records in parentheses ("Ash (12 cases, 3 deaths)") where no measures reader took the sentence.
	const taken = new SpanIndex([...halves, ...byMeasure].map(list => list.span));
	const records = recordLists(article, numbers).filter(
		list => !lineSpans.overlaps(list.span) && !taken.overlaps(list.span),
	);
	const measured = [...halves, ...byMeasure, ...records];
	const measuredSpans = new SpanIndex(measured.map(list => list.span));
	const inline = joinContinued(
		article,
		sentenceLists(article, numbers).filter(
			list => !lineSpans.overlaps(list.span) && !measuredSpans.overlaps(list.span),
		),
	);
	return [...lines, ...measured, ...inline];
}

/** Every list to report, in text order, with the totals found for those read by shape or one a sentence. */
function listDrafts(
	article: Article,
	numbers: readonly NumberMention[],
): {readonly drafts: ListDraft[]; readonly found: ReadonlyMap<ListDraft, FoundTotal | null>} {
	const shaped = shapedLists(article, numbers);
	const held = new Set<NumberMention>(shaped.flatMap(list => list.items.map(item => item.mention)));
	const prose = proseLists(article, numbers, held);
	for (const list of prose) for (const item of list.items) held.add(item.mention);
	// One place a paragraph, read last: only figures no other reader took.
	const paragraphs = paragraphLists(article, numbers, held);
	for (const list of paragraphs) for (const item of list.items) held.add(item.mention);
	prose.push(...paragraphs);
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
	const drafts = [...kept, ...prose, ...sums]
		.filter(list => !isStatLine(list.items) && !sharesOfSeveral(list))
		.sort((a, b) => a.span.start - b.span.start);
	return {drafts, found};
}

/**
 * "30% in Europe, 21% in the Americas and 12% in Asia": shares that add up to far more than a whole are each of a
 * different whole, so they are no breakdown. Up to one and a half wholes they may still be one whole's shares that
 * overlap or err, which a reader should see.
 */
function sharesOfSeveral(list: ListDraft): boolean {
	if (list.items[0]!.mention.kind !== 'percent') return false;
	return list.items.reduce((sum, item) => sum + item.mention.value, 0) > 150;
}

/** One list as the report gives it: its measure, unit, items, stated total and how it is tied, completeness. */
function toBreakdown(
	article: Article,
	numbers: readonly NumberMention[],
	list: ListDraft,
	index: number,
	looked: boolean,
	foundTotal: FoundTotal | null,
	taken: ReadonlySet<NumberMention>,
): Breakdown {
	const {body} = article;
	const lead = body.slice(list.lead.start, list.lead.end);
	const {unit, divisor} = unitOf(list.items);
	const firstKind = list.items[0]!.mention.kind;
	let measure = leadMeasure(article, list);
	const total = looked ? foundTotal : totalOf(article, list, measure, numbers, taken);
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
	const sum = round(items.reduce((running, item) => running + item.value, 0));
	// "Five of the cities with the largest increases together counted 29,813 people: …" — words before a total in
	// the lead describe the whole the total counts, so only words after it can make the list partial.
	const totalInLead =
		totalMention !== null && totalMention.span.start >= list.lead.start && totalMention.span.end <= list.lead.end;
	const leadTail = (totalInLead ? body.slice(totalMention.span.end, list.lead.end) : lead).slice(-120);
	const figures = [...list.items.map(item => item.mention), ...(totalMention === null ? [] : [totalMention])];
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
			!PARTIAL.test(leadTail) && list.unreadMember !== true && list.partial !== true && !partialAfter(article, list),
		span: list.span,
		rounding: round(figures.reduce((slack, mention) => slack + writtenRounding(body, mention), 0) / divisor),
		parent: null,
	};
}

/**
 * Links each list whose stated total is an item of another list to that item: 140 job losses, 90 at Ashby and 50 at
 * Corran, are the parts of one mill's 140 among the 445. The parts of a part are checked against the part.
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
