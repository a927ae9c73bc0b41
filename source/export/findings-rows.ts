import type {Breakdown, Check, Hedge, Quote, Report, Span, TimelineEntry} from '../extract/types.ts';
import {formatShare, formatTimelineDate} from '../ui/format.ts';
import {clean, evidenceFor} from './evidence-text.ts';
import type {Evidence} from './evidence-text.ts';

// The findings as rows, one model for both the Markdown and the CSV writer, so the two never disagree. Rows are
// made as they are written: a list of 200,000 items, each row with its evidence, held at once took over a gigabyte.

export type CountRow = {
	readonly kind: 'item' | 'sum' | 'stated-total';
	readonly name: string;
	readonly value: number;
	readonly hedge: Hedge;
	/** Of the stated total when there is one, else of the sum (as the dashboard shows it). */
	readonly share: string;
	/** The item or total as written; null for the sum, which the article does not state. */
	readonly span: Span | null;
	readonly evidence: Evidence | null;
};

export type CountTable = {readonly breakdown: Breakdown; readonly rows: Iterable<CountRow>};

export function* countTables(report: Report): Generator<CountTable> {
	for (const breakdown of report.breakdowns) {
		yield {breakdown, rows: countRows(report, breakdown)};
	}
}

function* countRows(report: Report, breakdown: Breakdown): Generator<CountRow> {
	const base = breakdown.statedTotal?.value ?? breakdown.sum;
	for (const item of breakdown.items) {
		yield {
			kind: 'item',
			name: clean(item.name),
			value: item.value,
			hedge: item.approximate ? 'approximate' : 'exact',
			share: formatShare(item.value, base),
			span: item.span,
			evidence: evidenceFor(report.article, [item.span]),
		};
	}

	yield {
		kind: 'sum',
		name: 'sum',
		value: breakdown.sum,
		hedge: breakdown.items.some(item => item.approximate) ? 'approximate' : 'exact',
		share: breakdown.statedTotal ? formatShare(breakdown.sum, base) : '',
		span: null,
		evidence: null,
	};
	if (breakdown.statedTotal) {
		yield {
			kind: 'stated-total',
			name: 'stated total',
			value: breakdown.statedTotal.value,
			hedge: breakdown.statedTotal.hedge,
			share: formatShare(breakdown.statedTotal.value, base),
			span: breakdown.statedTotal.span,
			evidence: evidenceFor(report.article, [breakdown.statedTotal.span]),
		};
	}
}

export type QuoteRow = {
	readonly quote: Quote;
	readonly text: string;
	readonly speaker: string;
	readonly role: string;
	readonly organization: string;
	/** "explicit", "pronoun", … with the attributing words when there were any: "pronoun (He continued)". */
	readonly attribution: string;
	readonly evidence: Evidence | null;
};

export function* quoteRows(report: Report, kind: Quote['kind']): Generator<QuoteRow> {
	for (const quote of report.quotes) {
		if (quote.kind !== kind) continue;
		yield {
			quote,
			text: clean(quote.text),
			speaker: clean(quote.speaker?.name ?? ''),
			role: clean(quote.speaker?.role ?? ''),
			organization: clean(quote.speaker?.organization ?? ''),
			attribution: quote.cue ? `${quote.attribution} (${clean(quote.cue)})` : quote.attribution,
			evidence: evidenceFor(report.article, [quote.span]),
		};
	}
}

export type TimelineRow = {
	readonly entry: TimelineEntry;
	/** The date at its grain, as the dashboard writes it: "Sep 24–27, 2017", "late Apr 2017", "? undated". */
	readonly date: string;
	readonly expression: string;
	readonly event: string;
	readonly evidence: Evidence | null;
};

/** In the dashboard's order: the report's order, with unresolved dates last. */
export function* timelineRows(report: Report): Generator<TimelineRow> {
	for (const unresolved of [false, true]) {
		for (const entry of report.timeline) {
			if ((entry.grain === 'unresolved') !== unresolved) continue;
			yield {
				entry,
				date: formatTimelineDate(entry),
				expression: clean(entry.expression),
				event: clean(entry.event),
				evidence: evidenceFor(report.article, [entry.span]),
			};
		}
	}
}

export type CheckRow = {
	readonly check: Check;
	/** ✓ consistent, ✗ inconsistent, ? unverifiable: the symbol carries the meaning without colour. */
	readonly mark: '✓' | '✗' | '?';
	readonly claim: string;
	readonly arithmetic: string;
	readonly hint: string;
	readonly evidence: Evidence | null;
};

const marks = {consistent: '✓', inconsistent: '✗', unverifiable: '?'} as const;

/** From the first number a check used to the last: the stretch of text it rests on. */
export function checkSpan(check: Check): Span | null {
	if (check.spans.length === 0) {
		return null;
	}

	// Folded, not spread: a check over a list of 100,000 items has as many spans.
	return {
		start: check.spans.reduce((least, span) => Math.min(least, span.start), Number.POSITIVE_INFINITY),
		end: check.spans.reduce((most, span) => Math.max(most, span.end), Number.NEGATIVE_INFINITY),
	};
}

export function* checkRows(report: Report): Generator<CheckRow> {
	for (const check of report.checks) {
		yield {
			check,
			mark: checkMark(check),
			claim: clean(check.claim),
			arithmetic: clean(check.arithmetic),
			hint: clean(check.hint ?? ''),
			evidence: evidenceFor(report.article, check.spans),
		};
	}
}

/** ✓, ✗ or ? for a check's verdict. */
export function checkMark(check: Check): CheckRow['mark'] {
	return marks[check.verdict];
}
