import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import type {Report} from '../source/extract/types.ts';
import {csvColumns} from '../source/export/findings-csv.ts';
import {exportFindings} from '../source/export/findings.ts';
import {sampleReport, spanOf} from './helpers/sample-report.ts';

const seedPath = 'seeds/ice-raids-sanctuary-cities.txt';
const seed = buildReport(parseArticle(readFileSync(seedPath, 'utf8'), {path: seedPath}));

/** RFC 4180 read back: quoted fields with doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			record.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else {
			field += char;
		}
	}

	return records;
}

function csvRecords(report: Report): Array<Record<string, string>> {
	const [header, ...rows] = parseCsv(exportFindings(report, 'csv'));
	return rows.map(row => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])));
}

test('JSON is the report itself, two-space indented with a final newline', t => {
	const json = exportFindings(sampleReport, 'json');
	t.true(json.endsWith('}\n'));
	t.deepEqual(JSON.parse(json), sampleReport);
	t.true(json.startsWith('{\n  "version": 1,'));
});

test('Markdown counts: each item with its share of the stated total, then the sum and the stated total', t => {
	const md = exportFindings(sampleReport, 'md');
	// 40 of 120 = 33.3%; the four items sum to 40 + 35 + 30 + 25 = 130, which is 108.3% of 120.
	t.true(md.includes('### Schools\n'));
	t.true(
		md.includes(
			'| Northside | 40 | 33.3% | The school board said Monday that 120 schools closed over a three-day period ending Wednesday, including **Northside (40)**, Riverside (35), Hilltop (30) and Lakeview (25). |',
		),
	);
	t.true(md.includes('| **Sum** | **130** | 108.3% |  |'));
	t.true(md.includes('| **Stated total** | **120** | 100.0% | The school board said Monday that **120** schools'));
	t.true(md.includes('A partial list'));
	// The homes list is complete and adds up: 4,000 + 3,000 + 2,000 = 9,000.
	t.true(md.includes('| Eastfield | 4,000 | 44.4% |'));
	t.true(md.includes('| **Sum** | **9,000** | 100.0% |  |'));
});

test('Markdown quotes: speaker, role, organisation, attribution with its cue, and the sentence', t => {
	const md = exportFindings(sampleReport, 'md');
	t.true(
		md.includes(
			'| Maria Lopez | superintendent | county school district | pronoun (She added) | “Buses will run again on Friday.” | She added, **“Buses will run again on Friday.”** |',
		),
	);
	t.true(md.includes('| *unattributed* |  |  | none | “It was the worst storm in a decade,” |'));
	t.true(md.includes('| “once-in-a-generation” | Officials called it a **“once-in-a-generation”** event. |'));
});

test('Markdown checks: the verdict mark, the claim, the arithmetic, the hint and every number used in bold', t => {
	const md = exportFindings(sampleReport, 'md');
	t.true(md.includes('✓ 1 consistent · ✗ 1 inconsistent · ? 1 unverifiable'));
	t.true(
		md.includes(
			'| ✗ | The schools listed add up to 130, not the 120 stated. | 40 + 35 + 30 + 25 = 130 ≠ 120 stated, 10 over | the total matches if Northside were 30 | The school board said Monday that **120** schools closed over a three-day period ending Wednesday, including Northside (**40**), Riverside (**35**), Hilltop (**30**) and Lakeview (**25**). |',
		),
	);
	t.true(
		md.includes('| ? | About 60 percent of students take the bus, but the article gives no number of students. |'),
	);
});

test('Markdown escapes article text that would read as syntax', t => {
	const body = 'Sales rose in A|B *Corp* (12) and <C_D> (8).';
	const report: Report = {
		...sampleReport,
		article: {
			...sampleReport.article,
			body,
			paragraphs: [{start: 0, end: body.length}],
			sentences: [{start: 0, end: body.length}],
		},
		breakdowns: [
			{
				id: 'b1',
				measure: 'sales',
				unit: null,
				items: [
					{name: 'A|B *Corp*', value: 12, approximate: false, span: spanOf('A|B *Corp* (12)', 0, body)},
					{name: '<C_D>', value: 8, approximate: true, span: spanOf('<C_D> (8)', 0, body)},
				],
				sum: 20,
				statedTotal: null,
				totalLink: null,
				unread: 0,
				rounding: 0,
				parent: null,
				complete: true,
				span: spanOf('A|B *Corp* (12) and <C_D> (8)', 0, body),
			},
		],
		quotes: [],
		timeline: [],
		checks: [],
	};
	const md = exportFindings(report, 'md');
	t.true(
		md.includes('| A\\|B \\*Corp\\* | 12 | 60.0% | Sales rose in **A\\|B \\*Corp\\* (12)** and \\<C\\_D\\> (8). |'),
	);
	// Without a stated total the share is of the sum; an approximate item says so.
	t.true(md.includes('| \\<C\\_D\\> | about 8 | 40.0% |'));
	t.true(md.includes('## Quotes\n\nNo quotations found.'));
});

test('CSV is one RFC 4180 table: every record has every column, and fields survive commas and quotes', t => {
	const csv = exportFindings(sampleReport, 'csv');
	const records = parseCsv(csv);
	t.deepEqual(records[0], [...csvColumns]);
	t.true(records.every(record => record.length === csvColumns.length));
	t.true(csv.includes('\r\n'));
	t.false(/[^\r]\n/.test(csv));
	const rows = csvRecords(sampleReport);
	t.deepEqual([...new Set(rows.map(row => row['table']))], ['counts', 'quotes', 'terms', 'timeline', 'checks']);
	const northside = rows.find(row => row['name'] === 'Northside');
	t.is(northside?.['value'], '40');
	t.is(northside?.['share'], '33.3%');
	t.is(
		sampleReport.article.body.slice(Number(northside?.['span_start']), Number(northside?.['span_end'])),
		'Northside (40)',
	);
	const quote = rows.find(row => row['id'] === 'q1');
	t.is(quote?.['text'], 'We had no choice but to close,');
	t.is(quote?.['speaker'], 'Maria Lopez');
	const check = rows.find(row => row['id'] === 'c1');
	t.is(check?.['verdict'], 'inconsistent');
	t.is(check?.['arithmetic'], '40 + 35 + 30 + 25 = 130 ≠ 120 stated, 10 over');
	t.deepEqual([check?.['expected'], check?.['actual'], check?.['difference']], ['120', '130', '10']);
});

test('CSV cells from the article cannot start a spreadsheet formula', t => {
	const body = 'Votes: =HYPERLINK("x") (3) and +1 (2).';
	const report: Report = {
		...sampleReport,
		article: {...sampleReport.article, body},
		breakdowns: [
			{
				id: 'b1',
				measure: 'votes',
				unit: null,
				items: [
					{name: '=HYPERLINK("x")', value: 3, approximate: false, span: spanOf('=HYPERLINK("x") (3)', 0, body)},
					{name: '+1', value: 2, approximate: false, span: spanOf('+1 (2)', 0, body)},
				],
				sum: 5,
				statedTotal: null,
				totalLink: null,
				unread: 0,
				rounding: 0,
				parent: null,
				complete: true,
				span: spanOf('=HYPERLINK("x") (3) and +1 (2)', 0, body),
			},
		],
		quotes: [],
		timeline: [],
		checks: [],
	};
	const names = csvRecords(report).map(row => row['name']);
	t.deepEqual(names, ['\'=HYPERLINK("x")', "'+1", 'sum']);
});

test('seed: Markdown attributes the acting director’s quotes, the second one through “He continued”', t => {
	const md = exportFindings(seed, 'md');
	const rows = md.split('\n').filter(line => line.startsWith('| Thomas Homan |'));
	t.is(rows.length, 2);
	t.true(rows[0]?.startsWith('| Thomas Homan | Acting Director | ICE | explicit'));
	t.true(
		rows[0]?.includes(
			'| The press release quotes ICE Acting Director Thomas Homan as saying, **“Sanctuary jurisdictions that do not honor detainers',
		),
	);
	t.true(
		rows[1]?.startsWith('| Thomas Homan | Acting Director | ICE | pronoun (He continued) | “ICE’s goal is to build'),
	);
});

test('seed: the timeline dates the four-day period ending Wednesday to Sep 24–27, 2017', t => {
	// Published Saturday 2017-09-30: the Wednesday before is the 27th, and four days ending then start on the 24th.
	const md = exportFindings(seed, 'md');
	const row = md.split('\n').find(line => line.includes('| over a four-day period ending Wednesday |'));
	t.truthy(row);
	t.true(row?.startsWith('| Sep 24–27, 2017 |'));
	t.true(
		row?.endsWith(
			'| The campaign, dubbed “Operation Safe City,” involved the arrests of 498 individuals **over a four-day period ending Wednesday**. |',
		),
	);
});

test('seed: the arrests table lists Los Angeles County at 167 and sums the ten places to 564', t => {
	// 167 + 107 + 63 + 45 + 33 + 28 + 30 + 27 + 14 + 50 = 564.
	const rows = csvRecords(seed).filter(row => row['table'] === 'counts');
	const losAngeles = rows.find(row => row['name'] === 'Los Angeles County');
	t.is(losAngeles?.['value'], '167');
	t.is(
		seed.article.body.slice(Number(losAngeles?.['span_start']), Number(losAngeles?.['span_end'])).includes('167'),
		true,
	);
	t.is(rows.find(row => row['name'] === 'sum' && row['id'] === losAngeles?.['id'])?.['value'], '564');
});

test('seed: the CSV checks row says the ten places sum to 564 against 498 stated, 66 over', t => {
	// 564 − 498 = 66; no row is one slip of the pen from closing it (167 → 101 and 107 → 41 change two digits each).
	const row = csvRecords(seed).find(record => record['table'] === 'checks' && record['verdict'] === 'inconsistent');
	t.deepEqual([row?.['expected'], row?.['actual'], row?.['difference']], ['498', '564', '66']);
	t.is(row?.['hint'], '');
	t.true(row?.['evidence']?.includes('Los Angeles County (167 arrests)'));
	const md = exportFindings(seed, 'md');
	t.true(md.split('\n').some(line => line.startsWith('| ✗ | ') && line.includes('= 564 ≠ 498')));
});
