// Scores a Report against hand-written expectations. Pure: no file access, so the scorer itself can be tested.
import type {
	Attribution,
	Breakdown,
	CheckKind,
	Quote,
	Report,
	Span,
	TimelineEntry,
	Verdict,
} from '../source/extract/types.ts';

/** A breakdown as a fact-checker would write it down: items as [name, value] pairs, values as written. */
export type ExpectedBreakdown = {
	readonly measure: string;
	readonly unit?: string | null;
	readonly statedTotal: number | null;
	readonly complete: boolean;
	readonly items: ReadonlyArray<readonly [string, number]>;
};

/** A quotation, found by the first words inside its marks; speaker null when the text names no one. */
export type ExpectedQuote = {
	readonly start: string;
	readonly speaker: string | null;
	readonly attribution: Attribution;
};

/** A timeline entry; `expression` is located in the body and matched to the report's entries by overlap. */
export type ExpectedDate = {
	readonly expression: string;
	/** ISO at its grain, "" when the text gives no way to resolve it. */
	readonly start: string;
	readonly end: string | null;
	/** Other readings a careful reader would equally accept: "the end of June" as 2024-06 or 2024-06-30. */
	readonly alternatives?: ReadonlyArray<{readonly start: string; readonly end: string | null}>;
};

export type ExpectedCheck = {readonly kind: CheckKind; readonly verdict: Verdict};

/** Findings that are defensible either way: a report may list them or not without gain or penalty. */
export type OptionalFindings = {
	readonly breakdowns?: readonly ExpectedBreakdown[];
	readonly quotes?: readonly ExpectedQuote[];
	readonly terms?: readonly string[];
	readonly timeline?: readonly ExpectedDate[];
	readonly checks?: readonly ExpectedCheck[];
};

/** The contents of `test/fixtures/<slug>.expected.json`. */
export type Expectations = {
	/** Path of the article relative to the expectations file, when it is not `<slug>.txt` beside it. */
	readonly article?: string;
	readonly breakdowns: readonly ExpectedBreakdown[];
	readonly quotes: readonly ExpectedQuote[];
	readonly terms: readonly string[];
	readonly timeline: readonly ExpectedDate[];
	readonly checks: readonly ExpectedCheck[];
	readonly optional?: OptionalFindings;
};

export const dimensions = [
	'items',
	'totals',
	'complete',
	'quotations',
	'speakers',
	'attributions',
	'terms',
	'dates',
	'checks',
] as const;

/** One scored aspect of the report. */
export type Dimension = (typeof dimensions)[number];

export type Extractor = 'breakdowns' | 'quotes' | 'timeline' | 'checks';

/** Which extractor each dimension measures, for grouping tables and tests. */
export const extractorOf: Readonly<Record<Dimension, Extractor>> = {
	items: 'breakdowns',
	totals: 'breakdowns',
	complete: 'breakdowns',
	quotations: 'quotes',
	speakers: 'quotes',
	attributions: 'quotes',
	terms: 'quotes',
	dates: 'timeline',
	checks: 'checks',
};

export type Tally = {tp: number; fp: number; fn: number};

/** A finding the report got wrong: `fn` expected but missing or wrong, `fp` reported but not expected. */
export type Miss = {readonly dimension: Dimension; readonly kind: 'fn' | 'fp'; readonly message: string};

export type FixtureScore = {
	readonly fixture: string;
	readonly tallies: Record<Dimension, Tally>;
	readonly misses: readonly Miss[];
};

export type Rates = {precision: number; recall: number; f1: number};

/** Precision and recall of a tally; an empty side counts as perfect (nothing expected, nothing claimed). */
export function rates(tally: Tally): Rates {
	const precision = tally.tp + tally.fp === 0 ? 1 : tally.tp / (tally.tp + tally.fp);
	const recall = tally.tp + tally.fn === 0 ? 1 : tally.tp / (tally.tp + tally.fn);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {precision, recall, f1};
}

export function emptyTallies(): Record<Dimension, Tally> {
	const tallies = {} as Record<Dimension, Tally>;
	for (const dimension of dimensions) {
		tallies[dimension] = {tp: 0, fp: 0, fn: 0};
	}

	return tallies;
}

/** Adds up per-fixture tallies into one total per dimension. */
export function sumTallies(scores: readonly FixtureScore[]): Record<Dimension, Tally> {
	const total = emptyTallies();
	for (const score of scores) {
		for (const dimension of dimensions) {
			total[dimension].tp += score.tallies[dimension].tp;
			total[dimension].fp += score.tallies[dimension].fp;
			total[dimension].fn += score.tallies[dimension].fn;
		}
	}

	return total;
}

const QUOTE_MARKS = /["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/g;
// Trailing/leading punctuation only: "Ore." and "Portland, Ore" name the same place.
const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/** Case-insensitive name form: quote marks dropped, punctuation trimmed at the ends, a leading "the" dropped. */
export function normaliseName(name: string): string {
	return name
		.normalize('NFKC')
		.replace(QUOTE_MARKS, '')
		.replace(EDGE_PUNCTUATION, '')
		.replace(/\s+/g, ' ')
		.toLowerCase()
		.replace(/^the /, '');
}

function words(text: string): string[] {
	return normaliseName(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(word => word.length > 0);
}

/** Exact name match after normalising. */
function sameName(a: string, b: string): boolean {
	return normaliseName(a) === normaliseName(b);
}

/**
 * One name's words lead or end the other's: "Clark" and "Clark County", "smaller cooperatives" and a longer phrase,
 * "Cruz" and "Ted Cruz" (a candidate's surname for the full name). Only tried between items of the same value.
 */
function namePrefix(a: string, b: string): boolean {
	const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
	const offset = long.length - short.length;
	return (
		short.length > 0 &&
		(short.every((word, index) => long[index] === word) || short.every((word, index) => long[offset + index] === word))
	);
}

/** A speaker is right when every word of one name appears in the other: "Iqbal" for "Ahsan Iqbal". */
export function sameSpeaker(expected: string | null, got: string | null): boolean {
	if (expected === null || got === null) {
		return expected === got;
	}

	const a = new Set(words(expected));
	const b = new Set(words(got));
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	return small.size > 0 && [...small].every(word => large.has(word));
}

const SCALES = [1, 1e3, 1e6, 1e9];

/** Values match exactly or at another scale: "$12.4 million" may be reported as 12.4 or 12400000. */
export function sameValue(expected: number, got: number): boolean {
	return SCALES.some(scale => close(expected, got * scale) || close(expected * scale, got));
}

function close(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

function quoted(text: string): string {
	return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

type Scorer = {
	readonly tallies: Record<Dimension, Tally>;
	readonly misses: Miss[];
	hit(dimension: Dimension): void;
	miss(dimension: Dimension, message: string): void;
	extra(dimension: Dimension, message: string): void;
};

function scorer(): Scorer {
	const tallies = emptyTallies();
	const misses: Miss[] = [];
	return {
		tallies,
		misses,
		hit(dimension) {
			tallies[dimension].tp++;
		},
		miss(dimension, message) {
			tallies[dimension].fn++;
			misses.push({dimension, kind: 'fn', message});
		},
		extra(dimension, message) {
			tallies[dimension].fp++;
			misses.push({dimension, kind: 'fp', message});
		},
	};
}

/** Scores one report against its expectations. */
export function scoreReport(fixture: string, report: Report, expected: Expectations): FixtureScore {
	const s = scorer();
	scoreBreakdowns(s, report.breakdowns, expected.breakdowns, expected.optional?.breakdowns ?? []);
	scoreQuotes(s, report, expected.quotes, expected.optional?.quotes ?? []);
	scoreTerms(s, report.quotes, expected.terms, expected.optional?.terms ?? []);
	scoreTimeline(s, report, expected.timeline, expected.optional?.timeline ?? []);
	scoreChecks(s, report, expected.checks, expected.optional?.checks ?? []);
	return {fixture, tallies: s.tallies, misses: s.misses};
}

function itemText(name: string, value: number): string {
	return `${quoted(name)} = ${value}`;
}

function matchItems(
	expected: ExpectedBreakdown,
	got: Breakdown,
): {pairs: Array<[number, number]>; freeExpected: number[]; freeGot: number[]} {
	const pairs: Array<[number, number]> = [];
	const taken = new Set<number>();
	const matched = new Set<number>();
	// Exact names first, so that a looser prefix match cannot steal an item another name fits exactly.
	for (const loose of [false, true]) {
		expected.items.forEach(([name, value], index) => {
			if (matched.has(index)) {
				return;
			}

			const found = got.items.findIndex(
				(item, gotIndex) =>
					!taken.has(gotIndex) &&
					sameValue(value, item.value) &&
					(loose ? namePrefix(name, item.name) : sameName(name, item.name)),
			);
			if (found >= 0) {
				pairs.push([index, found]);
				taken.add(found);
				matched.add(index);
			}
		});
	}

	return {
		pairs,
		freeExpected: expected.items.map((_, index) => index).filter(index => !matched.has(index)),
		freeGot: got.items.map((_, index) => index).filter(index => !taken.has(index)),
	};
}

function scoreBreakdowns(
	s: Scorer,
	got: readonly Breakdown[],
	expected: readonly ExpectedBreakdown[],
	optional: readonly ExpectedBreakdown[],
): void {
	const used = new Set<number>();
	for (const want of expected) {
		let best = -1;
		let bestCount = 0;
		got.forEach((candidate, index) => {
			if (used.has(index)) {
				return;
			}

			const count = matchItems(want, candidate).pairs.length;
			if (count > bestCount) {
				best = index;
				bestCount = count;
			}
		});
		const label = `${want.measure} breakdown`;
		const match = best >= 0 ? got[best] : undefined;
		if (match === undefined) {
			for (const [name, value] of want.items) {
				s.miss('items', `${label}: expected item ${itemText(name, value)}, no breakdown found`);
			}

			if (want.statedTotal !== null) {
				s.miss('totals', `${label}: expected stated total ${want.statedTotal}, no breakdown found`);
			}

			s.miss('complete', `${label}: expected complete=${want.complete}, no breakdown found`);
			continue;
		}

		used.add(best);
		const {pairs, freeExpected, freeGot} = matchItems(want, match);
		for (let count = 0; count < pairs.length; count++) {
			s.hit('items');
		}

		for (const index of freeExpected) {
			const [name, value] = want.items[index]!;
			const free = freeGot.map(gotIndex => match.items[gotIndex]!);
			const near = free.find(item => namePrefix(name, item.name)) ?? free.find(item => sameValue(value, item.value));
			const got = near === undefined ? 'missing' : `got ${itemText(near.name, near.value)}`;
			s.miss('items', `${label}: expected item ${itemText(name, value)}, ${got}`);
		}

		for (const index of freeGot) {
			const item = match.items[index]!;
			s.extra('items', `${label}: got unexpected item ${itemText(item.name, item.value)}`);
		}

		scoreTotal(s, label, want.statedTotal, match.statedTotal?.value ?? null);
		if (want.complete === match.complete) {
			s.hit('complete');
		} else {
			s.miss('complete', `${label}: expected complete=${want.complete}, got complete=${match.complete}`);
		}
	}

	got.forEach((breakdown, index) => {
		if (used.has(index)) {
			return;
		}

		if (optional.some(want => matchItems(want, breakdown).pairs.length > 0)) {
			return;
		}

		const label = `unexpected ${breakdown.measure} breakdown`;
		for (const item of breakdown.items) {
			s.extra('items', `${label}: got item ${itemText(item.name, item.value)}`);
		}

		if (breakdown.statedTotal !== null) {
			s.extra('totals', `${label}: got stated total ${breakdown.statedTotal.value}`);
		}
	});
}

function scoreTotal(s: Scorer, label: string, want: number | null, got: number | null): void {
	if (want !== null && got !== null && sameValue(want, got)) {
		s.hit('totals');
		return;
	}

	if (want !== null) {
		s.miss('totals', `${label}: expected stated total ${want}, got ${got ?? 'none'}`);
	}

	if (got !== null) {
		s.extra('totals', `${label}: got stated total ${got}, expected ${want ?? 'none'}`);
	}
}

/** Where the expected quotation starts in the body, or -1 when its words are not there as written. */
function quoteStart(body: string, want: ExpectedQuote, from: number): number {
	const at = body.indexOf(want.start, from);
	return at >= 0 ? at : body.indexOf(want.start);
}

function quoteMatches(quote: Quote, want: ExpectedQuote, at: number): boolean {
	if (at >= 0) {
		return quote.span.start <= at && at < quote.span.end;
	}

	return normaliseName(quote.text).startsWith(normaliseName(want.start));
}

function speakerName(quote: Quote): string | null {
	return quote.speaker?.name ?? null;
}

function scoreQuotes(
	s: Scorer,
	report: Report,
	expected: readonly ExpectedQuote[],
	optional: readonly ExpectedQuote[],
): void {
	const body = report.article.body;
	const quotations = report.quotes.filter(quote => quote.kind === 'quotation');
	const used = new Set<number>();
	let from = 0;
	for (const want of expected) {
		const at = quoteStart(body, want, from);
		if (at >= 0) {
			from = at + 1;
		}

		const index = quotations.findIndex((quote, i) => !used.has(i) && quoteMatches(quote, want, at));
		const label = `quotation ${quoted(want.start)}`;
		const quote = quotations[index];
		if (quote === undefined) {
			s.miss('quotations', `${label}: missing`);
			s.miss('speakers', `${label}: expected speaker ${want.speaker ?? 'none'}, quotation missing`);
			s.miss('attributions', `${label}: expected ${want.attribution} attribution, quotation missing`);
			continue;
		}

		used.add(index);
		s.hit('quotations');
		const got = speakerName(quote);
		if (sameSpeaker(want.speaker, got)) {
			s.hit('speakers');
		} else {
			if (want.speaker !== null) {
				s.miss('speakers', `${label}: expected speaker ${want.speaker}, got ${got ?? 'none'}`);
			}

			if (got !== null) {
				s.extra('speakers', `${label}: got speaker ${got}, expected ${want.speaker ?? 'none'}`);
			}
		}

		if (quote.attribution === want.attribution) {
			s.hit('attributions');
		} else {
			s.miss('attributions', `${label}: expected ${want.attribution} attribution, got ${quote.attribution}`);
		}
	}

	quotations.forEach((quote, index) => {
		if (used.has(index)) {
			return;
		}

		if (optional.some(want => quoteMatches(quote, want, body.indexOf(want.start)))) {
			return;
		}

		s.extra('quotations', `got unexpected quotation ${quoted(quote.text)} (speaker ${speakerName(quote) ?? 'none'})`);
	});
}

function scoreTerms(
	s: Scorer,
	quotes: readonly Quote[],
	expected: readonly string[],
	optional: readonly string[],
): void {
	// Terms are compared as distinct words: a term scare-quoted three times is still one term.
	const got = new Map<string, string>();
	for (const quote of quotes) {
		if (quote.kind === 'term') {
			got.set(normaliseName(quote.text), quote.text);
		}
	}

	const wanted = new Set(expected.map(term => normaliseName(term)));
	for (const term of expected) {
		if (got.has(normaliseName(term))) {
			s.hit('terms');
		} else {
			s.miss('terms', `term ${quoted(term)}: missing`);
		}
	}

	const allowed = new Set(optional.map(term => normaliseName(term)));
	for (const [key, text] of got) {
		if (!wanted.has(key) && !allowed.has(key)) {
			s.extra('terms', `got unexpected term ${quoted(text)}`);
		}
	}
}

/** Finds each expression in the body in the order listed, skipping text an earlier expression already took. */
export function locateExpressions(body: string, expressions: readonly string[]): Array<Span | null> {
	const taken: Span[] = [];
	return expressions.map(expression => {
		let at = body.indexOf(expression);
		while (at >= 0) {
			const span = {start: at, end: at + expression.length};
			if (!taken.some(other => overlaps(other, span))) {
				taken.push(span);
				return span;
			}

			at = body.indexOf(expression, at + 1);
		}

		return null;
	});
}

function dateText(start: string, end: string | null): string {
	const from = start === '' ? 'unresolved' : start;
	return end === null ? from : `${from} … ${end}`;
}

/** An entry's end as a comparable value: an interval that ends where it starts is a single date. */
function endOf(entry: {start: string; end: string | null}): string | null {
	return entry.end === null || entry.end === entry.start ? null : entry.end;
}

function sameDate(want: ExpectedDate, got: TimelineEntry): boolean {
	return [want, ...(want.alternatives ?? [])].some(
		reading => reading.start === got.start && endOf(reading) === endOf(got),
	);
}

function entryText(entry: TimelineEntry): string {
	return `${quoted(entry.expression)} → ${dateText(entry.start, endOf(entry))}`;
}

function scoreTimeline(
	s: Scorer,
	report: Report,
	expected: readonly ExpectedDate[],
	optional: readonly ExpectedDate[],
): void {
	const body = report.article.body;
	const spans = locateExpressions(
		body,
		[...expected, ...optional].map(want => want.expression),
	);
	const used = new Set<number>();
	expected.forEach((want, wantIndex) => {
		const span = spans[wantIndex] ?? null;
		const label = `${quoted(want.expression)} → ${dateText(want.start, endOf(want))}`;
		const candidates = report.timeline
			.map((entry, index) => ({entry, index}))
			.filter(({entry, index}) => !used.has(index) && span !== null && overlaps(entry.span, span));
		const best = candidates.find(({entry}) => sameDate(want, entry)) ?? candidates[0];
		if (best === undefined) {
			s.miss('dates', `expected ${label}, missing`);
			return;
		}

		used.add(best.index);
		if (sameDate(want, best.entry)) {
			s.hit('dates');
		} else {
			s.miss('dates', `expected ${label}, got ${entryText(best.entry)}`);
			s.extra('dates', `got ${entryText(best.entry)}, expected ${label}`);
		}
	});
	const optionalSpans = spans.slice(expected.length).filter((span): span is Span => span !== null);
	report.timeline.forEach((entry, index) => {
		if (used.has(index) || optionalSpans.some(span => overlaps(entry.span, span))) {
			return;
		}

		s.extra('dates', `got unexpected ${entryText(entry)}`);
	});
}

function scoreChecks(
	s: Scorer,
	report: Report,
	expected: readonly ExpectedCheck[],
	optional: readonly ExpectedCheck[],
): void {
	const remaining = [...report.checks];
	for (const want of expected) {
		const index = remaining.findIndex(check => check.kind === want.kind && check.verdict === want.verdict);
		if (index >= 0) {
			remaining.splice(index, 1);
			s.hit('checks');
		} else {
			const sameKind = remaining.filter(check => check.kind === want.kind).map(check => check.verdict);
			const got = sameKind.length > 0 ? `got ${want.kind} ${sameKind.join(', ')}` : 'missing';
			s.miss('checks', `expected ${want.kind} ${want.verdict}, ${got}`);
		}
	}

	const allowed = [...optional];
	for (const check of remaining) {
		const index = allowed.findIndex(want => check.kind === want.kind && check.verdict === want.verdict);
		if (index >= 0) {
			allowed.splice(index, 1);
			continue;
		}

		s.extra('checks', `got unexpected ${check.kind} ${check.verdict}: ${check.claim}`);
	}
}
