import test from 'ava';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import type {Quote, Report} from '../source/extract/types.ts';
import {Dashboard} from '../source/ui/dashboard.tsx';
import {renderScreen} from '../source/ui/render-screen.tsx';
import type {RenderScreenOptions} from '../source/ui/render-screen.tsx';
import {neutralize, sanitize} from '../source/ui/sanitize.ts';
import {tooSmallLines} from '../source/ui/too-small.tsx';
import {
	bidi,
	cursorMoves,
	hostileQuote,
	hostileReport,
	osc52,
	osc8,
	sampleReport,
	within,
	zeroWidth,
} from './helpers/sample-report.ts';
import {waitFor} from './helpers/wait-for.ts';

// Untrusted article text in every string of a report: escape sequences (cursor moves, OSC 8 links, OSC 52 clipboard
// writes), bidi overrides, zero-width characters, a 100,000-character line, wide CJK and emoji, and 10,000 quotes.
// Whatever the strings hold, the frame must carry no raw control and no line wider than the window.

// Everything a terminal could act on, or that changes what it shows without showing itself. Our own styling is SGR
// only (ESC [ … m), removed before checking.
const rawControl =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
const ownStyling = /\u001B\[[\d;]*m/g;

function assertClean(
	t: {true: (value: boolean, message?: string) => void},
	screen: string,
	cols: number,
	what: string,
) {
	const lines = screen.split('\n');
	for (const [index, line] of lines.entries()) {
		const visible = line.replace(ownStyling, '');
		t.true(!rawControl.test(visible), `${what}, line ${index}: ${JSON.stringify(visible.slice(0, 120))}`);
		t.true(stringWidth(visible) <= cols, `${what}, line ${index} is ${stringWidth(visible)} cells wide`);
	}
}

const views: Array<{name: string; options: Omit<RenderScreenOptions, 'cols' | 'rows' | 'color'>}> = [
	{name: 'counts', options: {pane: 'counts'}},
	{name: 'quotes', options: {pane: 'quotes'}},
	{name: 'timeline', options: {pane: 'timeline'}},
	{name: 'totals', options: {pane: 'totals'}},
	{name: 'help', options: {pane: 'counts', view: {overlay: 'help'}}},
	...([0, 1, 2, 3, 4] as const).map(row => ({
		name: `counts evidence ${row}`,
		options: {
			pane: 'counts' as const,
			view: {overlay: 'evidence' as const, selected: {counts: row, quotes: 0, timeline: 0, totals: 0}},
		},
	})),
	...([0, 1, 2] as const).map(row => ({
		name: `quotes evidence ${row}`,
		options: {
			pane: 'quotes' as const,
			view: {overlay: 'evidence' as const, selected: {counts: 0, quotes: row, timeline: 0, totals: 0}},
		},
	})),
	{name: 'totals evidence', options: {pane: 'totals', view: {overlay: 'evidence'}}},
	{name: 'filter', options: {pane: 'quotes', view: {filter: {counts: '', quotes: osc52, timeline: '', totals: ''}}}},
];

for (const [cols, rows] of [
	[80, 24],
	[100, 30],
	[61, 16],
] as const) {
	test(`at ${cols}×${rows} no pane or overlay lets a control character through or draws past the width`, t => {
		for (const {name, options} of views) {
			for (const color of [false, true]) {
				const screen = renderScreen(hostileReport, {...options, cols, rows, color, theme: 'dark'});
				assertClean(t, screen, cols, `${name}${color ? ' (colour)' : ''}`);
				t.is(screen.split('\n').length, rows, name);
			}
		}
	});
}

test('the sanitiser drops zero-width characters and replaces controls; the evidence one keeps every offset', t => {
	t.is(sanitize(zeroWidth), 'zerowidthjoinherewordend');
	t.is(sanitize('a\u202Eb\u2066c\u2069d\u200Fe'), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
	t.is(sanitize(`x${osc52}y`), 'xy');
	t.is(sanitize(`link ${osc8}`), 'link click');
	t.is(sanitize('bell\u0007 del\u007F nel\u0085'), 'bell\uFFFD del\uFFFD nel\uFFFD');
	const hostile = `${cursorMoves}${zeroWidth}${bidi}\t\r\n`;
	t.is(neutralize(hostile).length, hostile.length);
	t.is(neutralize(zeroWidth), 'zero·width·join·here·word·end');
	t.false(rawControl.test(neutralize(hostile)));
});

test('a zero-width character in the evidence shows as a mark and the highlight stays on the span', t => {
	const screen = renderScreen(hostileReport, {
		pane: 'quotes',
		cols: 100,
		rows: 30,
		color: true,
		theme: 'mono',
		view: {overlay: 'evidence', selected: {counts: 0, quotes: 2, timeline: 0, totals: 0}},
	});
	// Mono highlight is inverse + underline: the highlighted run is exactly the span, marks in place of the invisibles.
	t.true(screen.includes('\u001B[7m\u001B[4mzero·width·join·here·word·end\u001B[24m\u001B[27m'), screen);
	t.true(screen.includes('The '), screen);
});

test('evidence inside a 100,000-character sentence is a window around the span, not the whole sentence', t => {
	const screen = renderScreen(hostileReport, {
		pane: 'counts',
		cols: 80,
		rows: 24,
		color: false,
		view: {
			overlay: 'evidence',
			selected: {counts: 0, quotes: 0, timeline: 0, totals: 0},
			sort: {column: 'count', reversed: true},
		},
	});
	const lines = screen.split('\n');
	t.true(
		lines.some(line => line.includes('TARGET')),
		screen,
	);
	t.true(
		lines.some(line => /↑ \d+ more/.test(line)),
		screen,
	);
	t.true(
		lines.some(line => /↓ \d+ more/.test(line)),
		screen,
	);
	t.true(lines[4]!.includes(`paragraph 5 of 6, chars ${within('long', 'TARGET').start}–`), lines[4]);
});

test('wide CJK and emoji names keep the counts columns aligned', t => {
	const lines = renderScreen(hostileReport, {pane: 'counts', cols: 80, rows: 24, color: false}).split('\n');
	const rowsOfTable = lines.filter(line => /│ [› ] /.test(line.slice(1)) && line.includes('%'));
	t.is(rowsOfTable.length, 5);
	const separators = (line: string) => {
		const cells: number[] = [];
		let cell = 0;
		for (const {segment} of new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(line)) {
			if (segment === '│') {
				cells.push(cell);
			}

			cell += stringWidth(segment);
		}

		return cells;
	};

	const expected = separators(rowsOfTable[0]!);
	t.is(expected.length, 7);
	for (const line of rowsOfTable) {
		t.deepEqual(separators(line), expected, line);
	}

	t.true(rowsOfTable[0]!.includes('東京都'));
	t.true(rowsOfTable[1]!.includes('😀 Emoji City'));
});

function manyQuotes(count: number): Report {
	const quotes: Quote[] = [];
	for (let index = 0; index < count; index++) {
		quotes.push(
			hostileQuote(
				`q${index}`,
				`Quote number ${index} ${cursorMoves} says something`,
				within('bidi', 'He said'),
				`Person ${index}`,
			),
		);
	}

	return {...sampleReport, quotes};
}

test('10,000 quotes: the pane shows a window of them and the keys move through all of them', async t => {
	const report = manyQuotes(10_000);
	const app = render(<Dashboard report={report} cols={100} rows={30} initialPane="quotes" theme="mono" />);
	const lines = (): string[] => (app.lastFrame() ?? '').split('\n');
	const footer = () => lines().findLast(line => line.trim() !== '') ?? '';
	try {
		await waitFor(() => footer().trimEnd().endsWith('1 of 10000'), 20_000, 'the first quote');
		t.true(lines().some(line => line.includes('› Person 0')));
		t.true(lines().some(line => line.includes('↓ 99') && line.includes('more')));
		app.stdin.write('G');
		await waitFor(() => footer().trimEnd().endsWith('10000 of 10000'), 20_000, 'the last quote');
		t.true(lines().some(line => line.includes('› Person 9999')));
		app.stdin.write('k');
		await waitFor(() => footer().trimEnd().endsWith('9999 of 10000'), 20_000, 'one up');
		t.true(lines().some(line => line.includes('› Person 9998')));
		assertClean(t, app.lastFrame() ?? '', 100, '10,000 quotes');
	} finally {
		app.unmount();
	}
});

test('the too-small message fits 40×10 and 20×5 whole, and says the size it needs', t => {
	for (const [cols, rows] of [
		[40, 10],
		[20, 5],
		[10, 3],
	] as const) {
		const screen = renderScreen(sampleReport, {pane: 'counts', cols, rows, color: false});
		const lines = screen.split('\n');
		t.is(lines.length, rows);
		t.is(lines.at(-1), '');
		for (const line of lines) {
			t.true(stringWidth(line) <= cols, `${cols}×${rows}: ${line}`);
		}
	}

	t.deepEqual(
		tooSmallLines(40, 10).map(line => line.map(segment => segment.text).join('')),
		['newsdash needs at least 60×16; this', 'window is 40×10.', 'Enlarge the window, or press q to quit.'],
	);
	// 20×5 leaves four lines: the long wording takes six, the short one four.
	t.deepEqual(
		tooSmallLines(20, 5).map(line => line.map(segment => segment.text).join('')),
		['Too small: 20×5,', 'needs 60×16.', 'Enlarge it or press', 'q.'],
	);
});

test('the help overlay at 80×24 shows every binding with its whole help text', async t => {
	const {keymap} = await import('../source/ui/keymap.ts');
	const screen = renderScreen(sampleReport, {
		pane: 'counts',
		cols: 80,
		rows: 24,
		color: false,
		view: {overlay: 'help'},
	});
	t.false(screen.includes('more'), screen);
	t.false(screen.includes('…'), screen);
	const text = screen
		.split('\n')
		.map(line => line.replace(/^│ | +│$/g, ''))
		.join(' ')
		.replace(/\s+/g, ' ');
	for (const binding of keymap) {
		t.true(text.includes(binding.label), binding.label);
		t.true(text.includes(binding.help), binding.help);
	}
});
