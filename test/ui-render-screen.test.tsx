import test from 'ava';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import type {Report} from '../source/extract/types.ts';
import {evidenceLocation, paragraphOf, passagesFor, sentenceOf} from '../source/ui/evidence.ts';
import {formatPublished, formatTimelineDate} from '../source/ui/format.ts';
import {paneNames} from '../source/ui/pane-name.ts';
import {printLimit, printPanes} from '../source/ui/print.tsx';
import {renderScreen} from '../source/ui/render-screen.tsx';
import {neutralize, sanitize} from '../source/ui/sanitize.ts';
import {scrollWindow} from '../source/ui/scroll-window.ts';
import {truncate, wrap} from '../source/ui/text-fit.ts';
import {sampleReport, spanOf} from './helpers/sample-report.ts';

test('every pane at 60×16, 80×24 and 100×30 is exactly rows lines, none wider than the window', t => {
	for (const [cols, rows] of [
		[60, 16],
		[80, 24],
		[100, 30],
	] as const) {
		for (const pane of paneNames) {
			for (const overlay of [null, 'help', 'evidence'] as const) {
				const lines = stripAnsi(renderScreen(sampleReport, {pane, cols, rows, color: true, view: {overlay}})).split(
					'\n',
				);
				t.is(lines.length, rows, `${pane} ${cols}×${rows} ${overlay}`);
				t.is(lines.at(-1), '', 'the last line is left free');
				for (const line of lines) {
					t.true(stringWidth(line) <= cols, `${pane} ${cols}×${rows} ${overlay}: ${line}`);
				}

				t.is(lines[rows - 3]!, `└${'─'.repeat(cols - 2)}┘`, `${pane} ${cols}×${rows} ${overlay} box bottom`);
			}
		}
	}
});

test('below 60×16 the screen says how large the window must be', t => {
	const lines = renderScreen(sampleReport, {pane: 'counts', cols: 52, rows: 14, color: false}).split('\n');
	t.is(lines.length, 14);
	t.is(lines[0], 'newsdash needs at least 60×16; this window is 52×14.');
	t.is(lines[1], 'Enlarge the window, or press q to quit.');
});

test('without colour the screen is plain text; the mono theme keeps inverse for the selection and no colours', t => {
	const plain = renderScreen(sampleReport, {pane: 'counts', cols: 80, rows: 24, color: false});
	t.is(plain, stripAnsi(plain));
	const mono = renderScreen(sampleReport, {pane: 'counts', cols: 80, rows: 24, color: true, theme: 'mono'});
	t.false(/\u001B\[(3\d|9\d|38;)/.test(mono), 'no foreground colour codes');
	t.true(mono.includes('\u001B[7m'), 'inverse for the selection');
	t.true(stripAnsi(mono).includes('│ │ › Northside │'));
	const dark = renderScreen(sampleReport, {pane: 'counts', cols: 80, rows: 24, color: true});
	t.true(/\u001B\[(3\d|9\d)m/.test(dark));
});

test('escape sequences and control characters in the report never reach the screen', t => {
	const hostile: Report = {
		...sampleReport,
		article: {...sampleReport.article, title: 'Headline \u001B]0;pwned\u0007 with \u001B[2J escapes'},
		quotes: [
			{
				...sampleReport.quotes[0]!,
				text: 'We \u001B[31mhad\u001B[0m no \u0008choice\u009B',
				speaker: {name: 'Maria\u0000 Lopez', role: null, organization: null, type: 'person'},
			},
		],
	};
	for (const pane of paneNames) {
		const screen = renderScreen(hostile, {pane, cols: 80, rows: 24, color: false});
		t.false(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/.test(screen), pane);
	}

	const quotes = renderScreen(hostile, {pane: 'quotes', cols: 80, rows: 24, color: false}).split('\n');
	t.is(quotes[4], `│ ${'› Maria\uFFFD Lopez'.padEnd(76)} │`);
	t.is(quotes[5], `│ ${'    “We had no \uFFFDchoice\uFFFD”'.padEnd(76)} │`);
	t.is(sanitize('a\tb\nc\u001B[1md'), 'a b cd');
	t.is(neutralize('a\u001B[1md\n').length, 'a\u001B[1md\n'.length);
});

test('the evidence view highlights the span inside its sentence and says where it is', t => {
	const span = spanOf('Riverside (35)');
	const screen = renderScreen(sampleReport, {
		pane: 'counts',
		cols: 100,
		rows: 30,
		color: true,
		theme: 'mono',
		view: {overlay: 'evidence', selected: {counts: 1, quotes: 0, timeline: 0, totals: 0}},
	});
	const lines = screen.split('\n');
	t.is(stripAnsi(lines[4]!), `│ paragraph 2 of 8, chars ${span.start}–${span.end}${' '.repeat(96 - 31)} │`);
	t.true(lines[7]!.includes('\u001B[7m\u001B[4mRiverside (35)'), lines[7]);
});

test('printed panes hold every row of every pane under a heading, ending with a newline', t => {
	const text = printPanes(sampleReport, {cols: 80, color: false});
	t.true(text.endsWith('\n'));
	t.false(text.endsWith('\n\n'));
	const lines = text.split('\n');
	t.is(lines[0], `── 1 Schools ${'─'.repeat(67)}`);
	t.true(lines.includes(`── 2 Quotes ${'─'.repeat(68)}`));
	t.true(lines.includes(`── 3 Timeline ${'─'.repeat(66)}`));
	t.true(lines.includes(`── 4 Totals ✗1 ${'─'.repeat(65)}`));
	for (const name of ['Northside', 'Riverside', 'Hilltop', 'Lakeview', 'Eastfield', 'Westbrook', 'Southgate']) {
		t.is(lines.filter(line => line.includes(`│   ${name} `)).length, 1, name);
	}

	t.true(lines.includes('✗ Sum 130 ≠ 120 stated (10 over) · partial list'));
	t.true(lines.includes('✓ Sum 9,000 = 9,000 stated'));
	t.true(lines.includes('  ? undated            a review is expected                “soon”'));
	t.true(lines.includes('    hint: the total matches if Northside were 30'));
	for (const line of lines) {
		t.true(stringWidth(line) <= 80, line);
	}
});

test('timeline dates are written at their grain', t => {
	const at = (start: string, grain: Parameters<typeof formatTimelineDate>[0]['grain'], extra = {}) =>
		formatTimelineDate({start, end: null, grain, qualifier: null, ...extra});
	t.is(at('2017-09-24', 'day'), 'Sep 24, 2017');
	t.is(at('2017-04', 'month', {qualifier: 'late'}), 'late Apr 2017');
	t.is(at('2018', 'year'), '2018');
	t.is(at('2017-09-24', 'week', {end: '2017-09-30'}), 'week of Sep 24, 2017');
	t.is(at('2017-09-24', 'day', {end: '2017-09-27'}), 'Sep 24–27, 2017');
	t.is(at('2017-09-28', 'day', {end: '2017-10-02'}), 'Sep 28 – Oct 2, 2017');
	t.is(at('2017-12-30', 'day', {end: '2018-01-02'}), 'Dec 30, 2017 – Jan 2, 2018');
	t.is(at('2017-06', 'season'), 'summer 2017');
	t.is(at('', 'unresolved'), '? undated');
	t.is(formatPublished(null), 'no date');
	t.is(formatPublished('2017-09-30'), 'Sep 30, 2017');
});

test('the evidence sentence is the core’s sentence, so initials and D.C. do not end it', t => {
	const body = 'Thomas H. Lane moved to Washington, D.C. in May. He left in June.\n\nA new paragraph.';
	// As the core's splitter gives them: three sentences, two paragraphs.
	const sentences = [
		{start: 0, end: 48},
		{start: 49, end: 65},
		{start: 67, end: 83},
	];
	const paragraphs = [
		{start: 0, end: 65},
		{start: 67, end: 83},
	];
	const at = (text: string) => ({start: body.indexOf(text), end: body.indexOf(text) + text.length});
	const may = sentenceOf(sentences, at('May'));
	t.is(body.slice(may.start, may.end), 'Thomas H. Lane moved to Washington, D.C. in May.');
	// A span across two sentences takes both.
	const across = sentenceOf(sentences, at('May. He'));
	t.is(body.slice(across.start, across.end), 'Thomas H. Lane moved to Washington, D.C. in May. He left in June.');
	// Between sentences (the blank line), a span is its own passage.
	t.deepEqual(sentenceOf(sentences, {start: 66, end: 66}), {start: 66, end: 66});
	t.deepEqual(sentenceOf([], at('June')), at('June'));
	// Sentences next to each other stay two passages; spans in one sentence give it once.
	t.deepEqual(passagesFor(sentences, [at('June'), at('Lane'), at('He left')]), [sentences[0], sentences[1]]);
	t.deepEqual(passagesFor(sentences, [at('paragraph'), at('May')]), [sentences[0], sentences[2]]);
	t.deepEqual(paragraphOf(paragraphs, at('June').start), {number: 1, count: 2});
	t.deepEqual(paragraphOf(paragraphs, at('new').start), {number: 2, count: 2});
	t.is(evidenceLocation(paragraphs, [at('new')]), 'paragraph 2 of 2, chars 69–72');
	t.is(evidenceLocation(paragraphs, [at('new'), at('May')]), 'paragraph 2 of 2, chars 69–72 (+1 more)');
	t.is(evidenceLocation([], []), 'no position in the article');
});

test('a scroll window keeps the selection visible and reserves a line for each indicator', t => {
	const heights = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
	t.deepEqual(scrollWindow(heights, 0, 0, 10), {top: 0, end: 10, hiddenAbove: 0, hiddenBelow: 0});
	t.deepEqual(scrollWindow(heights, 0, 0, 5), {top: 0, end: 4, hiddenAbove: 0, hiddenBelow: 6});
	// Selecting the fifth row scrolls by one: "↑ 1 more", rows 2–4, "↓ 5 more".
	t.deepEqual(scrollWindow(heights, 4, 0, 5), {top: 2, end: 5, hiddenAbove: 2, hiddenBelow: 5});
	t.deepEqual(scrollWindow(heights, 9, 0, 5), {top: 6, end: 10, hiddenAbove: 6, hiddenBelow: 0});
	// Moving back up inside the window does not scroll.
	t.deepEqual(scrollWindow(heights, 7, 6, 5), {top: 6, end: 10, hiddenAbove: 6, hiddenBelow: 0});
	t.deepEqual(scrollWindow([], 0, 0, 5), {top: 0, end: 0, hiddenAbove: 0, hiddenBelow: 0});
});

test('truncation and wrapping count terminal cells, not UTF-16 units', t => {
	t.is(truncate('東京都庁', 5), '東京…');
	t.is(truncate('São Paulo', 9), 'São Paulo');
	t.is(truncate('São Paulo', 5), 'São …');
	t.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
	t.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
});

test('on the seed article at 80×24 the counts pane shows all ten places and the 66 over the stated 498', async t => {
	const {readFileSync} = await import('node:fs');
	const {parseArticle} = await import('../source/article/parse.ts');
	const {buildReport} = await import('../source/extract/report.ts');
	const report = buildReport(parseArticle(readFileSync('seeds/ice-raids-sanctuary-cities.txt', 'utf8')));
	const lines = renderScreen(report, {pane: 'counts', cols: 80, rows: 24, color: false}).split('\n');
	t.regex(lines[1]!, /^ {2}1 Arrests {3}2 Quotes {3}3 Timeline {3}4 Totals ✗1/);
	const names = lines.slice(7, 17).map(line => line.slice(6, 27).trim());
	t.deepEqual(names, [
		'Los Angeles County',
		'Philadelphia',
		'Denver',
		'New York',
		'Seattle',
		'Baltimore',
		'Cook County, Illinois',
		'San Jose',
		'Washington, D.C.',
		'Massachusetts',
	]);
	t.true(lines[7]!.startsWith('│ │ › Los Angeles County    │   167 │  33.5% │'));
	t.true(lines[18]!.startsWith('│ ✗ Sum 564 ≠ 498 stated (66 over)'));
	t.true(lines[22]!.trimEnd().endsWith('1 of 10'));
});

test('a list longer than the print limit is printed up to it, with a line saying how many rows are left out', t => {
	const [first] = sampleReport.breakdowns;
	const count = printLimit + 250;
	const items = Array.from({length: count}, (_, index) => ({
		...first!.items[0]!,
		name: `Place ${index + 1}`,
		value: 1,
	}));
	const report: Report = {
		...sampleReport,
		breakdowns: [{...first!, items, sum: count, statedTotal: null, complete: true}],
		checks: [],
	};
	const lines = printPanes(report, {cols: 80, color: false}).split('\n');
	t.is(lines.filter(line => /│ {3}Place \d+ /.test(line)).length, printLimit);
	t.true(lines.some(line => line.includes(`│   Place ${printLimit} `)));
	t.false(lines.some(line => line.includes(`│   Place ${printLimit + 1} `)));
	t.true(lines.includes('… 250 more rows not printed; `newsdash export` writes them all.'));
});

test('the value column is headed by what it holds: a count, an amount of money or a percent', t => {
	const [first] = sampleReport.breakdowns;
	const heading = (unit: string | null): string => {
		const report: Report = {...sampleReport, breakdowns: [{...first!, unit}]};
		const screen = stripAnsi(renderScreen(report, {pane: 'counts', cols: 80, rows: 24, color: false}));
		return /│ Name +│ (\w+) │/.exec(screen)?.[1] ?? '';
	};

	t.is(heading(null), 'Count');
	t.is(heading('million'), 'Count');
	t.is(heading('$ million'), 'Amount');
	t.is(heading('%'), 'Percent');
});
