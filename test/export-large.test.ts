// The export writers at a size where a spread of every line into one call overflows the call stack (a 6 MB article
// gave "Maximum call stack size exceeded"). The report of a generated article is widened to that size by repeating its
// rows, which keeps the test to seconds where extracting 6 MB would take longer.
import test from 'ava';
import {generateArticle} from '../bench/generate-article.ts';
import {parseArticle} from '../source/article/parse.ts';
import {findingsCsv} from '../source/export/findings-csv.ts';
import {findingsMarkdown} from '../source/export/findings-markdown.ts';
import {buildReport} from '../source/extract/report.ts';
import type {Report} from '../source/extract/types.ts';

const times = 30;
const small = buildReport(parseArticle(generateArticle(256 * 1024)));

function repeatedRows<T extends {readonly id: string}>(rows: readonly T[]): T[] {
	return Array.from({length: times}, (_, copy) => rows.map(row => ({...row, id: `${row.id}-${copy}`}))).flat();
}

const large: Report = {
	...small,
	breakdowns: repeatedRows(small.breakdowns),
	quotes: repeatedRows(small.quotes),
	timeline: repeatedRows(small.timeline),
	checks: repeatedRows(small.checks),
};

/** Table rows without their headers: every line of a table but the header and the alignment line under it. */
function tableRows(markdown: string): number {
	const lines = markdown.split('\n');
	const tables = lines.filter(line => /^\|(?: *:?-+:? *\|)+$/.test(line)).length;
	return lines.filter(line => line.startsWith('|')).length - 2 * tables;
}

test('the widened report has over 100,000 rows, as many as a 6 MB article’s: past what a spread into one call takes', t => {
	const rows = large.breakdowns.reduce((sum, breakdown) => sum + breakdown.items.length, 0);
	t.true(rows + large.quotes.length + large.timeline.length + large.checks.length > 100_000);
});

test('Markdown of a very large report is written whole: every section, every row', t => {
	const markdown = findingsMarkdown(large);
	const smallMarkdown = findingsMarkdown(small);
	for (const heading of ['## Counts', '## Quotes', '## Timeline', '## Checks']) t.true(markdown.includes(heading));
	// Each table row of the small report appears `times` times: the widened report lost none.
	t.is(tableRows(markdown), times * tableRows(smallMarkdown));
});

test('CSV of a very large report has a record per finding of each copy', t => {
	const records = findingsCsv(large).trimEnd().split('\n').length - 1;
	const smallRecords = findingsCsv(small).trimEnd().split('\n').length - 1;
	t.is(records, times * smallRecords);
});

test('one list of 200,000 items is written whole: its table was spread into one call and overflowed the stack', t => {
	const breakdown = small.breakdowns[0]!;
	const items = Array.from({length: 200_000}, (_, index) => breakdown.items[index % breakdown.items.length]!);
	const wide: Report = {...small, breakdowns: [{...breakdown, items}], quotes: [], timeline: [], checks: []};
	const markdown = findingsMarkdown(wide);
	// The items, the sum row and the stated total's row when there is one.
	t.is(tableRows(markdown), 200_000 + 1 + (breakdown.statedTotal === null ? 0 : 1));
	t.is(findingsCsv(wide).trimEnd().split('\n').length - 1, 200_000 + 1 + (breakdown.statedTotal === null ? 0 : 1));
});
