// `newsdash export --format md DIR`: the findings of many articles as one Markdown table, a row per finding. One
// table rather than a document per article, so that it streams (a row is written as its article is done) and sorts.
import {capitalize} from '../ui/format.ts';
import type {Report} from '../extract/types.ts';
import {amount, evidence, inline} from './findings-markdown.ts';
import {checkRows, countTables, quoteRows, timelineRows} from './findings-rows.ts';

/** The title, header and alignment lines. */
export const corpusMarkdownHeader = [
	'# Findings',
	'',
	'| Article | Table | Finding | Evidence |',
	'| --- | --- | --- | --- |',
	'',
].join('\n');

/** The article's rows (its path, or its id for JSON Lines input, in the first column); '' when it has no finding. */
export function corpusMarkdownRows(report: Report, article: string): string {
	const name = inline(article);
	const lines: string[] = [];
	const add = (table: string, finding: string, shown: string) => {
		lines.push(`| ${name} | ${table} | ${finding} | ${shown} |\n`);
	};

	for (const {breakdown, rows} of countTables(report)) {
		const measure = inline(capitalize(breakdown.measure)) + (breakdown.unit ? ` (${inline(breakdown.unit)})` : '');
		for (const row of rows) {
			const label = row.kind === 'item' ? inline(row.name) : capitalize(row.name);
			const share = row.share === '' ? '' : ` · ${row.share}`;
			add('counts', `${measure}: ${label} ${amount(row.value, row.hedge)}${share}`, evidence(row.evidence));
		}
	}

	for (const row of quoteRows(report, 'quotation')) {
		const speaker = row.speaker ? inline(row.speaker) : '*unattributed*';
		add('quotes', `${speaker}: “${inline(row.text)}”`, evidence(row.evidence));
	}

	for (const row of quoteRows(report, 'term')) {
		add('terms', `“${inline(row.text)}”`, evidence(row.evidence));
	}

	for (const row of timelineRows(report)) {
		add('timeline', `${inline(row.date)}: ${inline(row.event)} (${inline(row.expression)})`, evidence(row.evidence));
	}

	for (const row of checkRows(report)) {
		add('checks', `${row.mark} ${inline(row.claim)}`, evidence(row.evidence));
	}

	return lines.join('');
}
