import type {Article, Sentence, Span} from '../../article/types.ts';
import {breakdownCheck, hedgeTolerance} from './breakdown-checks.ts';
import {formatValue, isAdjectival, mentionsIn, nounAfter, SpanIndex} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {sentenceBefore} from '../breakdowns/breakdown-items.ts';
import type {Breakdown, Check} from '../types.ts';
import {before, changeChecks, FROM_BEFORE} from './check-changes.ts';
import {pointChecks} from './check-points.ts';
import {decimalsOf, draft, maxFiguresPerSentence, tiedVerdict, usable, type Draft} from './check-draft.ts';
import {fractionChecks} from './check-fractions.ts';
import {rateChecks} from './check-rates.ts';
import {proseShareChecks, shareChecks} from './check-shares.ts';
import {subsetChecks} from './check-subsets.ts';
import {growthBase, growthChecks, growthDraft} from './check-growth.ts';
import {opposite, SumPartners} from './sum-partners.ts';

function isCount(mention: NumberMention, body: string): boolean {
	return mention.kind === 'count' && !isAdjectival(body, mention);
}

const SUBSET_AFTER = /^\s*(?:[a-z]+\s+)?of\s+(?:those|them|whom|these|which)\b/;

/** "130 + 82 = 212, as stated", "… = 510 ≈ 500 stated", "… = 510 ≠ 496 stated, 14 over". */
export function sumArithmetic(
	terms: string,
	sum: number,
	stated: number,
	holds = Math.abs(sum - stated) < 1e-9,
): string {
	const gap = Math.round((sum - stated) * 1e6) / 1e6;
	if (Math.abs(gap) < 1e-9) return `${terms} = ${formatValue(sum)}, as stated`;
	if (holds) return `${terms} = ${formatValue(sum)} ≈ ${formatValue(stated)} stated`;
	return `${terms} = ${formatValue(sum)} ≠ ${formatValue(stated)} stated, ${formatValue(Math.abs(gap))} ${gap > 0 ? 'over' : 'under'}`;
}

/** What the checks need to know about the breakdowns, built once: per-finding scans over every list were quadratic. */
class Lists {
	readonly itemStarts: ReadonlySet<number>;
	readonly items: SpanIndex;
	readonly totalStarts: ReadonlySet<number>;
	private readonly totals: ReadonlyArray<{readonly end: number; readonly value: number; readonly span: Span}>;

	constructor(readonly breakdowns: readonly Breakdown[]) {
		const spans = breakdowns.flatMap(breakdown => breakdown.items.map(item => item.span));
		this.itemStarts = new Set(spans.map(span => span.start));
		this.items = new SpanIndex(spans);
		this.totals = breakdowns
			.flatMap(breakdown =>
				breakdown.statedTotal === null
					? []
					: [{end: breakdown.span.end, value: breakdown.statedTotal.value, span: breakdown.statedTotal.span}],
			)
			.toSorted((a, b) => a.end - b.end);
		this.totalStarts = new Set(this.totals.map(total => total.span.start));
	}

	/** The stated total of the last list that ends at or before `position`. */
	lastTotalBefore(position: number): {readonly value: number; readonly span: Span} | null {
		let low = 0;
		let high = this.totals.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (this.totals[middle]!.end <= position) low = middle + 1;
			else high = middle;
		}

		return low === 0 ? null : this.totals[low - 1]!;
	}
}

const OF_WHOLE = /\bof (?:the|all|those|these)\s+$/i;

function before16(body: string, mention: NumberMention): string {
	return body.slice(Math.max(0, mention.hedgedSpan.start - 16), mention.hedgedSpan.start);
}

// Words that split a vote or a count in two, so the parts in the sentence make up the whole between them.
const PARTITION = /\b(?:against|in favou?r|for|yes|no|opposed|abstain(?:ed|ing)?|to)\b/i;

/**
 * "14,212 votes in favor, or 58.3%, and 10,166 against": with no whole written, the share is of the parts together —
 * the other figures of the sentence counting the same thing, when the sentence splits one thing into them.
 */
function partsBeside(
	body: string,
	sentence: Sentence,
	part: NumberMention,
	mentions: readonly NumberMention[],
): {readonly value: number; readonly span: Span; readonly parts: number} | null {
	const noun = nounAfter(body, part.span.end);
	// The parts of one split stand close together; the whole sentence per part is quadratic in a very long one.
	const near = {
		start: Math.max(sentence.start, part.span.start - 300),
		end: Math.min(sentence.end, part.span.end + 300),
	};
	const siblings = mentionsIn(mentions, near).filter(
		mention =>
			mention !== part &&
			isCount(mention, body) &&
			mention.kind === part.kind &&
			mention.currency === part.currency &&
			usable(mention.value) &&
			!OF_WHOLE.test(before16(body, mention)) &&
			[null, noun].includes(nounAfter(body, mention.span.end)),
	);
	if (siblings.length === 0) return null;
	const tails = [part, ...siblings].map(mention => body.slice(mention.span.end, mention.span.end + 40));
	if (!tails.some(tail => PARTITION.test(tail))) return null;
	const value = siblings.reduce((total, mention) => total + mention.value, part.value);
	return {
		value,
		span: {start: Math.min(part.span.start, siblings[0]!.span.start), end: siblings.at(-1)!.span.end},
		parts: siblings.length + 1,
	};
}

/**
 * The whole a part refers to: "of the N" in the sentence, else the nearest stated total or larger count before it
 * that is not itself a share, else a total stated just after ("In all, N …").
 */
function wholeFor(
	article: Article,
	sentence: Sentence,
	before: number,
	parts: readonly NumberMention[],
	mentions: readonly NumberMention[],
	lists: Lists,
	index: number,
): Whole | null {
	const {body} = article;
	const inSentence = mentionsIn(mentions, sentence);
	for (const mention of inSentence) {
		if (!isCount(mention, body) || parts.includes(mention)) continue;
		if (OF_WHOLE.test(before16(body, mention))) {
			return {value: mention.value, span: mention.span, tied: true};
		}
	}

	const largest = parts.reduce((most, part) => Math.max(most, part.value), Number.NEGATIVE_INFINITY);
	// "reduced the toll to 45, 40 of which are from …": the figure a part is "of which".
	const first = parts[0]!;
	const ofWhich = inSentence.find(
		mention =>
			isCount(mention, body) &&
			mention.value > largest &&
			/^\s*,\s*$/.test(body.slice(mention.span.end, first.hedgedSpan.start)) &&
			/^\s+of (?:which|whom|them|those)\b/i.test(body.slice(first.span.end, first.span.end + 20)),
	);
	if (ofWhich !== undefined) return {value: ofWhich.value, span: ofWhich.span, tied: true};
	// "36 of the respondents": the part itself says it is of a whole named before.
	const anaphoric = /^\s+of the [a-z]+/i.test(body.slice(first.span.end, first.span.end + 30));
	const last = lists.lastTotalBefore(before);
	if (last !== null && last.value > largest) return {value: last.value, span: last.span, tied: anaphoric};

	for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
		const candidates = mentionsIn(mentions, article.sentences[k]!).filter(
			mention =>
				isCount(mention, body) &&
				mention.value > largest &&
				!lists.itemStarts.has(mention.span.start) &&
				!SHARE_AFTER.test(body.slice(mention.span.end, mention.span.end + 40)),
		);
		// "Of the 495 nurses who responded, 320 …": a figure written as the whole beats a nearer part of it.
		const written = candidates.find(mention => OF_WHOLE.test(before16(body, mention)));
		const nearest = written ?? candidates.at(-1);
		// "winning 93.5% of the 798,773 votes cast in that race": a whole another share of its own sentence is of
		// belongs to that share; taken here it is only a guess, and a miss against it is "?".
		const claimed = mentionsIn(mentions, article.sentences[k]!).some(mention => mention.kind === 'percent');
		if (nearest !== undefined) {
			return {value: nearest.value, span: nearest.span, tied: (written !== undefined && !claimed) || anaphoric};
		}
	}

	// "… 19,880 votes, or 38 percent. In all, 52,593 ballots were cast": the whole stated just after.
	for (let k = index + 1; k <= Math.min(article.sentences.length - 1, index + 2); k++) {
		const next = article.sentences[k]!;
		const total = mentionsIn(mentions, next).find(
			mention =>
				isCount(mention, body) &&
				mention.value > largest &&
				TOTAL_CUE.test(body.slice(next.start, mention.hedgedSpan.start)),
		);
		if (total !== undefined) return {value: total.value, span: total.span, tied: true};
	}

	return null;
}

/** A part's whole, and whether the article ties it to the part ("of the N", "N, X of which", "In all, N") or it was
 * only the nearest larger figure, which a sum that misses it cannot fault. */
type Whole = {readonly value: number; readonly span: Span; readonly tied: boolean};

// "28,412 votes, or 54 percent": a figure given with its own share is a part of something, not another part's whole.
const SHARE_AFTER =
	/^\s*(?:[a-z]+(?:\s+|(?=,))){0,3}?(?:\(|,\s*or\s+|—\s*)[a-z ]{0,12}\d[\d.,]*\s*(?:%|per ?cent\b|percent\b)/i;
const TOTAL_CUE = /\b(?:in all|in total|altogether|all told|a total of|overall)\b/i;

/** "130 of those tested had…, implying that 82 had no…", "47 are…, and the remaining 17…". */
function sumChecks(
	article: Article,
	mentions: readonly NumberMention[],
	lists: Lists,
	used: Set<NumberMention>,
): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	sentences.forEach((sentence, index) => {
		const counts = mentionsIn(mentions, sentence).filter(mention => isCount(mention, body));
		const opening = /^(?:of|among) (?:the|those|these)\b/i.test(body.slice(sentence.start, sentence.end));
		let partners: SumPartners | undefined;
		for (let k = 0; k < counts.length; k++) {
			const part = counts[k]!;
			const after = body.slice(part.span.end, part.span.end + 24);
			// "Nine of the 13 members …; the remaining four …": the whole follows the part in the same sentence.
			const ofWhole =
				counts[k + 1] !== undefined &&
				/^\s+of (?:the|all)\s+$/i.test(body.slice(part.span.end, counts[k + 1]!.hedgedSpan.start));
			if (!opening && !ofWhole && !SUBSET_AFTER.test(after)) continue;
			if (/\bof (?:the|those)\s+$/i.test(body.slice(Math.max(0, part.hedgedSpan.start - 10), part.hedgedSpan.start)))
				continue;
			partners ??= new SumPartners(body, sentence, counts);
			const otherAt = partners.partnerOf(k, ofWhole ? k + 2 : k + 1);
			const other = otherAt === -1 ? undefined : counts[otherAt]!;
			if (other === undefined) continue;
			const whole = wholeFor(article, sentence, sentence.start, [part, other], mentions, lists, index);
			if (whole === null) continue;
			// Two parts a list already holds against this whole are checked once, as that list's total.
			if (
				lists.itemStarts.has(part.span.start) &&
				lists.itemStarts.has(other.span.start) &&
				lists.totalStarts.has(whole.span.start)
			)
				continue;
			// Two sides of a vote may leave out those who abstained: short of the whole is no fault, over it is.
			const sides = opposite(
				body.slice(part.span.end, part.span.end + 30),
				body.slice(other.span.end, other.span.end + 30),
			);
			if (sides && part.value + other.value < whole.value) continue;
			const sum = part.value + other.value;
			const holds =
				Math.abs(sum - whole.value) <= hedgeTolerance(whole.value, part.hedge === 'exact' ? other.hedge : part.hedge);
			// "Of the 300, 12 were …, while 24 are in A, 36 in B and 220 in C": more figures of the kind after the pair are
			// more parts, so two that miss the whole are two of several, and a ✗ for them would be false.
			if (
				!holds &&
				counts.slice(otherAt + 1).some(next => next.kind === other.kind && next.span.start !== whole.span.start)
			)
				continue;
			used.add(part).add(other);
			const [a, b, w] = [formatValue(part.value), formatValue(other.value), formatValue(whole.value)];
			found.push(
				draft(
					'sum',
					tiedVerdict(holds, whole.tied),
					holds
						? `The two parts, ${a} and ${b}, add up to the ${w} they divide.`
						: whole.tied
							? `The two parts, ${a} and ${b}, add up to ${formatValue(sum)}, not the ${w} they divide.`
							: `The two parts, ${a} and ${b}, add up to ${formatValue(sum)}, not the ${w} found before them; the article does not say ${w} is their whole.`,
					sumArithmetic(`${a} + ${b}`, sum, whole.value, holds),
					whole.value,
					sum,
					[part.span, other.span, whole.span],
				),
			);
			break;
		}
	});
	return found;
}

// Words before a margin: "won by", "a margin of", "majority cut to", "a majority of"; a bare "by" only counts with
// the two figures it separates beside it.
const MARGIN_BEFORE =
	/\b(?:margin of|won by|lost by|lead of|difference of|gap of|ahead by|by a margin of|majority(?: (?:was|is|has been|had been|now))?(?: (?:of|cut to|reduced to|slashed to|down to|up to|increased to|rose to|fell to|at))?|by)\s+$/i;

/** True when the margin's only cue is a bare "by", which a change takes as well as a gap ("went up by 1,000"). */
function bareBy(body: string, margin: NumberMention): boolean {
	const cue = MARGIN_BEFORE.exec(body.slice(Math.max(0, margin.hedgedSpan.start - 40), margin.hedgedSpan.start));
	return cue !== null && cue[0].trim().toLowerCase() === 'by';
}

/** The two largest items of the list nearest the margin, when one sits in its paragraph or the two around it. */
function topTwoNear(
	margin: NumberMention,
	paragraph: number,
	byParagraph: ReadonlyMap<number, Breakdown>,
): readonly [Span, number, Span, number] | null {
	for (const p of [paragraph, paragraph + 1, paragraph - 1, paragraph + 2]) {
		const list = byParagraph.get(p);
		if (list === undefined || list.items.length < 2 || list.statedTotal?.span.start === margin.span.start) continue;
		const sorted = list.items.toSorted((a, b) => b.value - a.value);
		const [first, second] = [sorted[0]!, sorted[1]!];
		if (first.value <= margin.value || list.unit !== null) continue;
		return [first.span, first.value, second.span, second.value];
	}

	return null;
}

/** "won by 5,484 votes, 31,902 to 26,418", "majority cut to 1,575": a stated margin against the two figures it separates. */
function differenceChecks(
	article: Article,
	mentions: readonly NumberMention[],
	breakdowns: readonly Breakdown[],
): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	// Each paragraph's first list, found once: a per-margin scan over every list would be quadratic.
	const byParagraph = new Map<number, Breakdown>();
	let s = 0;
	for (const list of breakdowns) {
		while (s < sentences.length && sentences[s]!.end <= list.span.start) s++;
		const paragraph = sentences[s]?.paragraph;
		if (paragraph !== undefined && !byParagraph.has(paragraph)) byParagraph.set(paragraph, list);
	}

	for (const sentence of sentences) {
		const counts = mentionsIn(mentions, sentence).filter(
			mention => (mention.kind === 'count' || mention.kind === 'money') && usable(mention.value),
		);
		const margin = counts.find(mention =>
			MARGIN_BEFORE.test(body.slice(Math.max(0, mention.hedgedSpan.start - 40), mention.hedgedSpan.start)),
		);
		if (margin === undefined) continue;
		const pairAt = counts.findIndex(
			(mention, k) =>
				mention !== margin &&
				counts[k + 1] !== undefined &&
				counts[k + 1] !== margin &&
				/^\s*(?:to|-|–)\s*$/.test(body.slice(mention.span.end, counts[k + 1]!.hedgedSpan.start)),
		);
		let pair: readonly [Span, number, Span, number] | null = null;
		// After a bare "by", the two largest items of a list nearby are only a guess at what it separates ("in Queens, we
		// didn't go up by 1,000" is a change, not a gap between boroughs): a mismatch with them is "?", never ✗.
		let guessed = false;
		if (pairAt !== -1) {
			const [a, b] = [counts[pairAt]!, counts[pairAt + 1]!];
			pair = [a.span, a.value, b.span, b.value];
		} else {
			// Exactly two other figures of the same kind, both larger than the margin: the two it separates.
			const others = counts.filter(
				mention => mention !== margin && mention.kind === margin.kind && mention.value > margin.value,
			);
			if (others.length === 2 && !isAdjectival(body, others[0]!) && !isAdjectival(body, others[1]!)) {
				pair = [others[0]!.span, others[0]!.value, others[1]!.span, others[1]!.value];
				// "N in one year, rising to M in a later one by K": a bare "by" may be the last year's change, not the gap
				// between the two figures the sentence gives, so a mismatch is "?", never ✗.
				guessed = bareBy(body, margin);
			} else if (others.length === 0 && margin.kind === 'count') {
				pair = topTwoNear(margin, sentence.paragraph, byParagraph);
				// "majority cut to 1,575" names a gap between the leaders; a bare "by" ("went up by 1,000") may be a change.
				guessed = bareBy(body, margin);
			}
		}

		if (pair === null) continue;
		const [aSpan, aValue, bSpan, bValue] = pair;
		const [a, b] =
			aValue >= bValue
				? [
						{span: aSpan, value: aValue},
						{span: bSpan, value: bValue},
					]
				: [
						{span: bSpan, value: bValue},
						{span: aSpan, value: aValue},
					];
		const actual = Math.abs(a.value - b.value);
		const holds = Math.abs(actual - margin.value) <= hedgeTolerance(margin.value, margin.hedge);
		const [x, y, d] = [formatValue(a.value), formatValue(b.value), formatValue(margin.value)];
		found.push(
			draft(
				'difference',
				tiedVerdict(holds, !guessed),
				holds
					? `The stated margin of ${d} matches ${x} minus ${y}.`
					: guessed
						? `The figure of ${d} is not ${x} minus ${y} (${formatValue(actual)}), the two figures it seems to separate; the article does not say it is the gap between them.`
						: `The stated margin of ${d} does not match ${x} minus ${y}, which is ${formatValue(actual)}.`,
				`${x} − ${y} = ${formatValue(actual)} ${holds ? '=' : '≠'} ${d} stated`,
				margin.value,
				actual,
				[margin.span, a.span, b.span],
			),
		);
	}

	return found;
}

// From a share to the whole it is of: " of its workforce of ", " of the company's ", " of all ".
const SHARE_OF =
	/^\s*(?:percent|per cent)?\s*of\s+(?:(?:its|their|his|her|our|the|all|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?$/i;

/** "130 (61 percent)", "15m (40 per cent)": a share written next to a count, against the whole it is of. */
function percentageChecks(article: Article, mentions: readonly NumberMention[], lists: Lists): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	sentences.forEach((sentence, index) => {
		const inSentence = mentionsIn(mentions, sentence);
		if (inSentence.length > maxFiguresPerSentence) return;
		inSentence.forEach((percent, k) => {
			if (percent.kind !== 'percent' || k === 0) return;
			// "41,230 of 60,100 registered voters (68.60 %)": the share is of the pair the "of" joins, the first figure
			// the part and the second its whole, never the second a part of something else.
			const before = inSentence[k - 2];
			const ofPair =
				before !== undefined &&
				isCount(before, body) &&
				/^\s+of\s+(?:the\s+|all\s+)?$/i.test(body.slice(before.span.end, inSentence[k - 1]!.hedgedSpan.start));
			const part = ofPair ? before : inSentence[k - 1]!;
			if (part.kind !== 'count' && part.kind !== 'money') return;
			const between = body.slice(inSentence[k - 1]!.span.end, percent.hedgedSpan.start);
			// "130 (61 percent)", "14,212 votes, or 58.3%", "36 of the respondents (9 percent)".
			if (!/^\s*(?:[a-z]+(?:\s+|(?=,))){0,3}?(?:\(|,\s*or\s+|—\s*)$/.test(between)) return;
			if (lists.items.contains(part.span) || !usable(part.value)) return;
			const explicit = mentionsIn(mentions, sentence).some(
				mention => mention !== part && isCount(mention, body) && OF_WHOLE.test(before16(body, mention)),
			);
			// "2,000 positions, or 6% of its workforce of 33,000": the whole named right after the share.
			// Looked for just after the share: a search of the whole sentence per share is quadratic in a long one.
			const named = mentionsIn(mentions, {
				start: percent.span.end,
				end: Math.min(sentence.end, percent.span.end + 60),
			}).find(
				mention =>
					mention.span.start > percent.span.end &&
					isCount(mention, body) &&
					mention.kind === part.kind &&
					SHARE_OF.test(body.slice(percent.span.end, mention.hedgedSpan.start)),
			);
			const beside = explicit ? null : partsBeside(body, sentence, part, mentions);
			// A named whole smaller than the part ("42.99% of the votes spread among 16 candidates") counts something
			// else. The parts beside a share are its whole only as a two-way split (for and against); more may leave
			// some out, so a share of their sum that misses is "?".
			const namedWhole = named === undefined || named.value < part.value ? null : named;
			const ofWhole = ofPair ? inSentence[k - 1]! : null;
			const whole: Whole | null =
				(ofWhole === null ? null : {value: ofWhole.value, span: ofWhole.span, tied: true}) ??
				(namedWhole === null ? null : {value: namedWhole.value, span: namedWhole.span, tied: true}) ??
				(beside === null ? null : {value: beside.value, span: beside.span, tied: beside.parts === 2}) ??
				wholeFor(article, sentence, sentence.start, [part], mentions, lists, index);
			const decimals = decimalsOf(body, percent);
			const tolerance = 0.5 * 10 ** -decimals + (percent.hedge === 'exact' ? 0 : 1);
			const fits = (base: number): boolean => Math.abs((part.value / base) * 100 - percent.value) <= tolerance + 1e-9;
			// "2,528,050 people, an increase of 5,003, or 0.2 percent": a growth rate is of the figure before the growth,
			// the new total less the increase. Only tried on the sentence's largest figure of the part's kind.
			const grown = growthBase(body, sentence, part, mentions);
			if (grown !== null && (whole === null || !fits(whole.value)) && fits(grown.value)) {
				found.push(growthDraft(part, percent, grown, decimals));
				return;
			}

			// A part a hundred thousand times smaller than its whole was read at the wrong scale ("15m" as 15).
			if (whole === null || whole.value <= 0 || whole.value / part.value > 1e5) return;

			const share = (part.value / whole.value) * 100;
			const holds = fits(whole.value);
			const shown = share.toFixed(Math.max(1, decimals));
			const [a, w, p] = [formatValue(part.value), formatValue(whole.value), formatValue(percent.value)];
			found.push(
				draft(
					'percentage',
					tiedVerdict(holds, whole.tied),
					holds
						? `${a} of ${w} is ${shown}%, which rounds to the ${p}% stated.`
						: whole.tied
							? `${a} of ${w} is ${shown}%, not the ${p}% stated.`
							: `${a} of ${w} (the nearest larger figure) is ${shown}%, not the ${p}% stated; the article does not say which whole the ${p}% is of.`,
					`${a} ÷ ${w} = ${shown}% ${holds ? '≈' : '≠'} ${p}% stated`,
					percent.value,
					Number(shown),
					[part.span, percent.span, whole.span],
				),
			);
		});
	});
	return found;
}

const HEDGE_PHRASE: Readonly<Record<string, string>> = {
	approximate: 'about',
	'at-least': 'more than',
	'at-most': 'at most',
};

// A hedged figure is compared with the exact figures within this many characters: the whole of any news article, while
// a text of megabytes stays linear instead of comparing every pair of figures.
const approximationWindow = 20_000;

/** Index of the first mention starting at or after `position`; `sorted` is in text order. */
function firstAtOrAfter(sorted: readonly NumberMention[], position: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]!.span.start < position) low = middle + 1;
		else high = middle;
	}

	return low;
}

/** A hedged figure ("nearly 300") against an exact one of the same size elsewhere in the text (296). */
// Where a sentence says its figures are: the capitalised names after "in", and compass words ("in the north").
const PLACE_IN =
	/\b[Ii]n\s+(?:the\s+)?([A-Z][\w'’-]+|north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|upstate|downstate)\b/g;

function placesOf(body: string, sentence: Span | undefined): Set<string> {
	const places = new Set<string>();
	if (sentence === undefined) return places;
	for (const match of body.slice(sentence.start, Math.min(sentence.end, sentence.start + 600)).matchAll(PLACE_IN)) {
		places.add(match[1]!.toLowerCase());
	}

	return places;
}

/**
 * The proper names a sentence gives after its first word ("… the Ashby floods accounted for 488 deaths" → Ashby),
 * read within a reach of its start.
 */
function namesOf(body: string, sentence: Span | undefined): Set<string> {
	const names = new Set<string>();
	if (sentence === undefined) return names;
	const text = body.slice(sentence.start, Math.min(sentence.end, sentence.start + 600));
	for (const match of text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{2,}/gu)) names.add(match[0].toLowerCase());
	return names;
}

function disjoint(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
	return first.size > 0 && second.size > 0 && ![...first].some(name => second.has(name));
}

/**
 * Whether the sentences of two figures each name where they are, and name no place in common; or each names someone
 * or something, and none in common ("the Ashby floods accounted for 488 deaths" and "Brill alone accounted for more
 * than 500 deaths" count two places' deaths).
 */
function differentPlaces(article: Article, a: NumberMention, b: NumberMention): boolean {
	const sentenceOf = (mention: NumberMention): Span | undefined =>
		article.sentences[sentenceBefore(article, mention.span.start + 1)];
	const places = disjoint(placesOf(article.body, sentenceOf(a)), placesOf(article.body, sentenceOf(b)));
	return places || disjoint(namesOf(article.body, sentenceOf(a)), namesOf(article.body, sentenceOf(b)));
}

function approximationChecks(article: Article, mentions: readonly NumberMention[], lists: Lists): Draft[] {
	const {body} = article;
	const found: Draft[] = [];
	const {itemStarts, totalStarts: totals} = lists;
	const inItem = (mention: NumberMention): boolean => lists.items.contains(mention.span);
	const exact = mentions
		.filter(
			mention =>
				mention.hedge === 'exact' &&
				(mention.kind === 'count' || mention.kind === 'money') &&
				!isAdjectival(body, mention) &&
				!inItem(mention),
		)
		.toSorted((a, b) => a.span.start - b.span.start);
	const seen = new Set<string>();
	for (const hedged of mentions) {
		if (
			hedged.hedge === 'exact' ||
			(hedged.kind !== 'count' && hedged.kind !== 'money') ||
			itemStarts.has(hedged.span.start)
		)
			continue;
		const noun = nounAfter(body, hedged.span.end);
		let best: {mention: NumberMention; score: number; distance: number} | null = null;
		for (let index = firstAtOrAfter(exact, hedged.span.start - approximationWindow); index < exact.length; index++) {
			const mention = exact[index]!;
			if (mention.span.start > hedged.span.start + approximationWindow) break;
			if (mention.kind !== hedged.kind || mention.value === hedged.value) continue;
			if (Math.abs(mention.value - hedged.value) > 0.1 * hedged.value) continue;
			// "Some 712,400 …, down from 721,000 a month earlier": the old figure of a change is another count.
			if (FROM_BEFORE.test(before(body, mention, 40))) continue;
			const sameNoun = noun !== null && nounAfter(body, mention.span.end) === noun;
			const score = (sameNoun ? 2 : 0) + (totals.has(mention.span.start) ? 1 : 0);
			const distance = Math.abs(mention.span.start - hedged.span.start);
			if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
				best = {mention, score, distance};
			}
		}

		if (best === null) continue;
		const key = `${hedged.value}/${best.mention.value}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const e = best.mention.value;
		const h = hedged.value;
		const words = body.slice(hedged.hedgedSpan.start, hedged.span.start).trim().toLowerCase();
		const fromBelow = /^(?:nearly|almost|close to|just under)$/.test(words);
		let holds: boolean;
		if (hedged.hedge === 'at-least') holds = e >= h;
		else if (hedged.hedge === 'at-most') holds = e <= h;
		else holds = fromBelow ? e <= h : true;
		// A wrong direction is only called out when both figures plainly count the same thing.
		if (!holds && best.score < 2) continue;
		// "At least 9,000 homes burned in the north … In the south, 8,412": the same noun in different places.
		const elsewhere = !holds && differentPlaces(article, hedged, best.mention);
		const written = body.slice(hedged.hedgedSpan.start, hedged.hedgedSpan.end);
		const [x] = [formatValue(e)];
		found.push(
			draft(
				'approximation',
				tiedVerdict(holds, !elsewhere),
				holds
					? `“${written}” fits the exact figure of ${x} given elsewhere.`
					: elsewhere
						? `“${written}” does not fit the figure of ${x}, but the two sentences name different places, so they may count different things.`
						: `“${written}” does not fit the exact figure of ${x} given elsewhere (${HEDGE_PHRASE[hedged.hedge] ?? ''} ${formatValue(h)} was written).`,
				`${x} ${holds ? '≈' : '≉'} ${written}`,
				h,
				e,
				[hedged.hedgedSpan, best.mention.span],
			),
		);
	}

	return found;
}

/**
 * The arithmetic the article invites a reader to check: lists against their totals, parts against wholes,
 * margins, percentages and rounded figures against exact ones. Each check names the numbers it used.
 */
export function extractChecks(
	article: Article,
	numbers: readonly NumberMention[],
	breakdowns: readonly Breakdown[],
): Check[] {
	const used = new Set<NumberMention>();
	const lists = new Lists(breakdowns);
	const shares = [...percentageChecks(article, numbers, lists), ...changeChecks(article, numbers)];
	const sharesTaken = new Set(shares.flatMap(check => check.spans.map(span => span.start)));
	const differences = differenceChecks(article, numbers, breakdowns);
	const differencesTaken = new Set(differences.flatMap(check => check.spans.map(span => span.start)));
	const drafts: Array<Draft | Check> = [
		...breakdowns.flatMap(breakdown => breakdownCheck(breakdown, '') ?? []),
		...sumChecks(article, numbers, lists, used),
		...differences,
		...pointChecks(article, numbers).filter(check => !differencesTaken.has(check.spans[0]!.start)),
		...shares,
		...shareChecks(article.body, breakdowns, numbers),
		...proseShareChecks(article.body, breakdowns, numbers),
		...rateChecks(article, numbers, sharesTaken),
		...growthChecks(article, numbers, sharesTaken),
		...subsetChecks(article, numbers, used, breakdowns),
		...approximationChecks(article, numbers, lists),
		...fractionChecks(article, numbers),
	];
	return drafts.map((check, index): Check => ({...check, id: `check-${index + 1}`}));
}
