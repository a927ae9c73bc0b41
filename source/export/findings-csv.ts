import type {Report, Span} from '../extract/types.ts';
import {evidenceText} from './evidence-text.ts';
import type {Evidence} from './evidence-text.ts';
import {checkRows, checkSpan, countTables, quoteRows, timelineRows} from './findings-rows.ts';

/**
 * All the findings as one CSV table (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break). One file rather than one per table: the first column, `table`, says which table a row belongs to
 * (counts, quotes, terms, timeline, checks), so a spreadsheet filter or `csv.DictReader` separates them again, and
 * the columns a table does not use stay empty. `span_start`/`span_end` are the finding's UTF-16 offsets in the
 * article body (`body.slice(span_start, span_end)` is the text it rests on); `evidence` is its whole sentence.
 */
export const csvColumns = [
	'table',
	'id',
	'measure',
	'unit',
	'name',
	'value',
	'hedge',
	'share',
	'speaker',
	'role',
	'organization',
	'attribution',
	'text',
	'date',
	'start_date',
	'end_date',
	'grain',
	'expression',
	'event',
	'verdict',
	'claim',
	'arithmetic',
	'hint',
	'expected',
	'actual',
	'difference',
	'span_start',
	'span_end',
	'evidence',
] as const;

type Column = (typeof csvColumns)[number];
type Row = Partial<Record<Column, string | number>>;

export function findingsCsv(report: Report): string {
	const rows: Row[] = [];
	for (const {breakdown, rows: counts} of countTables(report)) {
		for (const row of counts) {
			rows.push({
				table: 'counts',
				id: breakdown.id,
				measure: breakdown.measure,
				unit: breakdown.unit ?? '',
				name: row.name,
				value: row.value,
				hedge: row.hedge,
				share: row.share,
				...located(row.span, row.evidence),
			});
		}
	}

	for (const kind of ['quotation', 'term'] as const) {
		for (const row of quoteRows(report, kind)) {
			rows.push({
				table: kind === 'quotation' ? 'quotes' : 'terms',
				id: row.quote.id,
				speaker: row.speaker,
				role: row.role,
				organization: row.organization,
				attribution: row.quote.attribution,
				text: row.text,
				...located(row.quote.span, row.evidence),
			});
		}
	}

	for (const row of timelineRows(report)) {
		rows.push({
			table: 'timeline',
			id: row.entry.id,
			date: row.date,
			start_date: row.entry.start,
			end_date: row.entry.end ?? '',
			grain: row.entry.grain,
			expression: row.expression,
			event: row.event,
			...located(row.entry.span, row.evidence),
		});
	}

	for (const row of checkRows(report)) {
		rows.push({
			table: 'checks',
			id: row.check.id,
			verdict: row.check.verdict,
			claim: row.claim,
			arithmetic: row.arithmetic,
			hint: row.hint,
			expected: row.check.expected,
			actual: row.check.actual,
			difference: row.check.difference ?? '',
			...located(checkSpan(row.check), row.evidence),
		});
	}

	const lines = [csvColumns.join(','), ...rows.map(row => csvColumns.map(column => field(row[column])).join(','))];
	return lines.join('\r\n') + '\r\n';
}

function located(span: Span | null, evidence: Evidence | null): Row {
	return {
		...(span ? {span_start: span.start, span_end: span.end} : {}),
		...(evidence ? {evidence: evidenceText(evidence)} : {}),
	};
}

function field(value: string | number | undefined): string {
	if (value === undefined) {
		return '';
	}

	if (typeof value === 'number') {
		return String(value);
	}

	// Article text is untrusted: a cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV field rule (quoting, formula-injection guard) for the other CSV writers (compare-csv.ts). */
export {field as csvField};
