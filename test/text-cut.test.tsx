import test from 'ava';
import type {Report, TimelineEntry} from '../source/extract/types.ts';
import {timelineColumns, wrapAtMost} from '../source/ui/pane-model.ts';
import {printPanes} from '../source/ui/print.tsx';
import {renderScreen} from '../source/ui/render-screen.tsx';
import {setup} from './helpers/dashboard-app.tsx';
import {sampleReport, spanOf} from './helpers/sample-report.ts';

// Text is cut only where the screen has no room, and then says so with "…" (issue 13, defect 6).

const longEvent: TimelineEntry = {
	id: 't-long',
	expression: 'Monday',
	start: '2024-11-11',
	end: null,
	grain: 'day',
	qualifier: null,
	event: 'crews rebuilt the old bridge and the school roof and then two libraries across the north of the county',
	span: spanOf('Monday'),
	sentence: spanOf('The school board said Monday'),
};

const withLongEvent: Report = {...sampleReport, timeline: [longEvent]};

test('the ellipsis goes after the last word kept, or over the last cell of a full line', t => {
	t.deepEqual(wrapAtMost('one two three four five six', 9, 2), ['one two', 'three …']);
	// "three fou" fills its 9 cells: the last cell becomes the ellipsis.
	t.deepEqual(wrapAtMost('one two three fou five six', 9, 2), ['one two', 'three fo…']);
	t.deepEqual(wrapAtMost('one two', 9, 2), ['one two']);
});

test.serial('at 60 columns a timeline event cut at three lines ends in an ellipsis', async t => {
	// 60 columns: a body of 56, 54 after the marker; beside the 21-cell date the event and expression share 31 cells.
	// The expression needs 8 (“Monday”), less than the usual 15: the event gets 31 − 8 = 23 cells.
	t.deepEqual(timelineColumns([longEvent], 54), {event: 23, expression: 8});
	const app = setup({report: withLongEvent, cols: 60, rows: 18});
	await app.press('3');
	const pad = (content: string) => `│ ${content.padEnd(56)} │`;
	await app.waitForLine(3, pad('Timeline · 1 entry'));
	t.is(app.lines()[5], pad(`› ${'Nov 11, 2024'.padEnd(21)}${'crews rebuilt the old'.padEnd(25)}“Monday”`));
	t.is(app.lines()[6], pad(`  ${''.padEnd(21)}bridge and the school`));
	t.is(app.lines()[7], pad(`  ${''.padEnd(21)}roof and then two …`));
	t.is(app.lines()[8], pad(''));
});

test('printed, an expression is never cut: it wraps in its column beside the event', t => {
	const text = printPanes(sampleReport, {cols: 60, color: false});
	// 60 columns printed: 58 after the indent, 35 beside the date; the usual expression column is 16 (28% of 58), so
	// the events, which need 35, get 35 − 16 = 19 cells (21 with the gap), and the expressions the 16 left.
	const lines = text.split('\n');
	const at = lines.findIndex(line => line.includes('Nov 11–13, 2024'));
	const column = ' '.repeat(2 + 21 + 21);
	t.is(lines[at], `  ${'Nov 11–13, 2024'.padEnd(21)}${'120 schools closed'.padEnd(21)}“a three-day`);
	t.is(lines[at + 1], `${column}period ending`);
	t.is(lines[at + 2], `${column}Wednesday”`);
	t.false(text.includes('…'));
});

test('printed, a long quotation is given whole', t => {
	const words = Array.from({length: 120}, (_, index) => `word${index}`).join(' ');
	const report: Report = {...sampleReport, quotes: [{...sampleReport.quotes[0]!, text: words}]};
	const text = printPanes(report, {cols: 60, color: false});
	t.true(text.includes('word119”'));
	// On screen the same quotation stops at six lines and says so.
	const screen = renderScreen(report, {pane: 'quotes', cols: 60, rows: 30, color: false});
	t.false(screen.includes('word119'));
	t.regex(screen, /word\d+ …/);
});

test('at 140 columns the expressions take the width the events leave', t => {
	const screen = renderScreen(sampleReport, {pane: 'timeline', cols: 140, rows: 30, color: false});
	t.true(screen.includes('“a three-day period ending Wednesday”'));
	t.false(screen.includes('…'));
	// 134 after the marker: 111 beside the date; the longest event takes 35, the longest expression 37.
	t.deepEqual(timelineColumns(sampleReport.timeline, 134), {event: 35, expression: 37});
});

test('at 100 columns a headline that fits beside the date is shown whole', t => {
	// " newsdash · " (12) + 74 cells + " Nov 14, 2024 " (14) = 100 (the last space trimmed by Ink).
	const title = 'A headline of exactly seventy-four cells, written to fill the header line.';
	t.is(title.length, 74);
	const report: Report = {...sampleReport, article: {...sampleReport.article, title}};
	const header = renderScreen(report, {pane: 'counts', cols: 100, rows: 30, color: false}).split('\n')[0];
	t.is(header, ` newsdash · ${title} Nov 14, 2024`);
	// One cell more and the headline ends in "…" right before the date.
	const longer: Report = {...sampleReport, article: {...sampleReport.article, title: `${title}s`}};
	const cut = renderScreen(longer, {pane: 'counts', cols: 100, rows: 30, color: false}).split('\n')[0];
	t.is(cut, ` newsdash · ${title.slice(0, 73)}… Nov 14, 2024`);
});
