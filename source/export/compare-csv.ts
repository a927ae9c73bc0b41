// The comparison as one CSV table, long form: a row per article and finding, so a spreadsheet pivots it back into
// the side-by-side view or filters one section. `section` is counts, total, totals, dates or quotes; `row` names
// the item, list, moment or quotation; `disagree` is 1 on every cell of a row where the articles disagree.
import type {CompareReport} from '../compare/types.ts';
import {csvField} from './findings-csv.ts';

export const compareCsvColumns = [
	'section',
	'group',
	'row',
	'article',
	'primary',
	'name',
	'value',
	'reference',
	'delta',
	'verdict',
	'date',
	'text',
	'speaker',
	'changes',
	'join',
	'disagree',
	'span_start',
	'span_end',
] as const;

type Column = (typeof compareCsvColumns)[number];
type Row = Partial<Record<Column, string | number>>;

function articleColumns(compare: CompareReport, column: number): Row {
	const article = compare.articles[column];
	return {article: article?.label ?? '', primary: article?.primary === true ? 1 : 0};
}

function countRows(compare: CompareReport): Row[] {
	return compare.counts.flatMap(group => [
		...group.rows.flatMap(row =>
			row.cells.flatMap((cell, column): Row[] =>
				cell === null
					? []
					: [
							{
								section: 'counts',
								group: group.measure,
								row: row.name,
								...articleColumns(compare, column),
								name: cell.name,
								value: cell.value,
								reference: row.reference ?? undefined,
								delta: row.deltas[column] ?? undefined,
								join: row.join === null ? undefined : `${row.join.rule}: ${row.join.spellings.join(' | ')}`,
								disagree: row.disagree ? 1 : 0,
								span_start: cell.span.start,
								span_end: cell.span.end,
							},
						],
			),
		),
		...group.totals.flatMap((total, column): Row[] =>
			total === null
				? []
				: [
						{
							section: 'total',
							group: group.measure,
							row: 'stated total',
							...articleColumns(compare, column),
							value: total.value,
							disagree: group.totalsDisagree ? 1 : 0,
							span_start: total.span.start,
							span_end: total.span.end,
						},
					],
		),
	]);
}

function otherRows(compare: CompareReport): Row[] {
	const totals = compare.totals.rows.flatMap(row =>
		row.cells.flatMap((cell, column): Row[] =>
			cell === null
				? []
				: [
						{
							section: 'totals',
							group: row.measure,
							row: 'verdict',
							...articleColumns(compare, column),
							value: cell.stated?.value,
							verdict: cell.verdict ?? undefined,
							text: cell.claim ?? undefined,
							disagree: row.disagree ? 1 : 0,
						},
					],
		),
	);
	const dates = compare.dates.flatMap(row =>
		row.cells.flatMap((cell, column): Row[] =>
			cell === null
				? []
				: [
						{
							section: 'dates',
							group: row.role,
							row: row.event,
							...articleColumns(compare, column),
							date: cell.date,
							text: cell.expression,
							disagree: row.disagree ? 1 : 0,
							span_start: cell.span.start,
							span_end: cell.span.end,
						},
					],
		),
	);
	const quotes = compare.quotes.flatMap(row =>
		row.cells.flatMap((cell, column): Row[] =>
			cell === null
				? []
				: [
						{
							section: 'quotes',
							row: row.id,
							...articleColumns(compare, column),
							text: cell.text,
							speaker: cell.speaker ?? undefined,
							changes: cell.diff
								.filter(part => part.kind !== 'same')
								.map(part => `${part.kind === 'removed' ? '-' : '+'}${part.text}`)
								.join(' '),
							disagree: row.wordsChanged || row.speakersDiffer ? 1 : 0,
							span_start: cell.span.start,
							span_end: cell.span.end,
						},
					],
		),
	);
	return [...totals, ...dates, ...quotes];
}

/** The comparison as CSV (RFC 4180, CRLF line ends), one row per article and finding. */
export function compareCsv(compare: CompareReport): string {
	const rows = [...countRows(compare), ...otherRows(compare)];
	const lines = [
		compareCsvColumns.join(','),
		...rows.map(row => compareCsvColumns.map(column => csvField(row[column])).join(',')),
	];
	return lines.join('\r\n') + '\r\n';
}
