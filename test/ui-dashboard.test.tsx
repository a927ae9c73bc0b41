import {keys} from './helpers/keys.ts';
import test from 'ava';
import {row, setup} from './helpers/dashboard-app.tsx';
import {Dashboard} from '../source/ui/dashboard.tsx';
import {keymap} from '../source/ui/keymap.ts';
import {sampleReport} from './helpers/sample-report.ts';
import {waitFor} from './helpers/wait-for.ts';

// Serial: twenty Ink apps rendering at once in React's development build starve each other's timers. Frames: see
// helpers/dashboard-app.tsx.

const bar = (full: number, half = false) => '█'.repeat(full) + (half ? '▌' : '');
// Bars are 61 cells at 100 columns, scaled to the largest item (Northside, 40): 35 → 53.4, 30 → 45.75, 25 → 38.1.
const countsRows = {
	northside: (marker: string) => `│ ${marker} Northside │    40 │  33.3% │ ${bar(61).padEnd(61)} │`,
	riverside: (marker: string) => `│ ${marker} Riverside │    35 │  29.2% │ ${bar(53, true).padEnd(61)} │`,
	hilltop: (marker: string) => `│ ${marker} Hilltop   │    30 │  25.0% │ ${bar(46).padEnd(61)} │`,
	lakeview: (marker: string) => `│ ${marker} Lakeview  │    25 │  20.8% │ ${bar(38).padEnd(61)} │`,
};

test.serial('the counts pane draws the first breakdown as a table with the sum against the stated total', t => {
	const {lines} = setup();
	const frame = lines();
	t.is(frame.length, 29);
	// The date's trailing space is trimmed by Ink.
	t.is(frame[0], ` newsdash · Storm closes schools across the county${' '.repeat(36)} Nov 14, 2024`);
	t.is(frame[1]!.trimEnd(), '  1 Schools   2 Quotes   3 Timeline   4 Totals ✗1');
	t.is(frame[2], `┌${'─'.repeat(98)}┐`);
	t.deepEqual(frame.slice(3, 13), [
		row('Schools · 4 listed · list 1 of 2, [ ] to switch'),
		row(`┌${'─'.repeat(13)}┬${'─'.repeat(7)}┬${'─'.repeat(8)}┬${'─'.repeat(63)}┐`),
		row(`│ Name        │ Count │  Share │${' '.repeat(63)}│`),
		row(`├${'─'.repeat(13)}┼${'─'.repeat(7)}┼${'─'.repeat(8)}┼${'─'.repeat(63)}┤`),
		row(countsRows.northside('›')),
		row(countsRows.riverside(' ')),
		row(countsRows.hilltop(' ')),
		row(countsRows.lakeview(' ')),
		row(`└${'─'.repeat(13)}┴${'─'.repeat(7)}┴${'─'.repeat(8)}┴${'─'.repeat(63)}┘`),
		row('✗ Sum 130 ≠ 120 stated (10 over) · partial list'),
	]);
	t.is(frame[27], `└${'─'.repeat(98)}┘`);
	t.is(
		frame[28]!.trimEnd(),
		` ↑↓ move  ⏎ evidence  s sort  [ ] list  / filter  f find  ? help  q quit${' '.repeat(21)}1 of 4`,
	);
});

test.serial('j, k, ↓ and ↑ move the selection one row', async t => {
	const app = setup();
	await app.press('j');
	await app.waitForLine(8, row(countsRows.riverside('›')));
	t.is(app.lines()[7], row(countsRows.northside(' ')));
	await app.press(keys.down);
	await app.waitForLine(9, row(countsRows.hilltop('›')));
	await app.press('k');
	await app.waitForLine(8, row(countsRows.riverside('›')));
	await app.press(keys.up);
	await app.waitForLine(7, row(countsRows.northside('›')));
	await app.press('k');
	await app.waitForFooter('1 of 4');
	t.is(app.lines()[7], row(countsRows.northside('›')), 'the selection stops at the first row');
});

test.serial('1 to 4 go straight to a pane', async t => {
	const app = setup();
	await app.press('2');
	await app.waitForLine(3, row('Quotes · 4 quotations, 1 term'));
	await app.press('3');
	await app.waitForLine(3, row('Timeline · 7 entries'));
	await app.press('4');
	await app.waitForLine(3, row('Totals · 3 checks: 1 ✗, 1 ?, 1 ✓'));
	await app.press('1');
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch'));
	t.is(app.lines()[12], row('✗ Sum 130 ≠ 120 stated (10 over) · partial list'));
});

test.serial('Tab, →, l go to the next pane and Shift-Tab, ←, h to the previous one, wrapping around', async t => {
	const app = setup();
	const titles = {
		counts: row('Schools · 4 listed · list 1 of 2, [ ] to switch'),
		quotes: row('Quotes · 4 quotations, 1 term'),
		timeline: row('Timeline · 7 entries'),
		totals: row('Totals · 3 checks: 1 ✗, 1 ?, 1 ✓'),
	};
	await app.press(keys.tab);
	await app.waitForLine(3, titles.quotes);
	await app.press(keys.right);
	await app.waitForLine(3, titles.timeline);
	await app.press('l');
	await app.waitForLine(3, titles.totals);
	await app.press(keys.tab);
	await app.waitForLine(3, titles.counts);
	await app.press(keys.shiftTab);
	await app.waitForLine(3, titles.totals);
	await app.press(keys.left);
	await app.waitForLine(3, titles.timeline);
	await app.press('h');
	await app.waitForLine(3, titles.quotes);
	t.is(app.lines()[4], row('› Maria Lopez — superintendent · county school district'));
});

test.serial('the quotes pane shows speakers, wrapped quotations, how each was attributed, and terms apart', t => {
	const app = setup({initialPane: 'quotes'});
	t.deepEqual(app.lines().slice(3, 18), [
		row('Quotes · 4 quotations, 1 term'),
		row('› Maria Lopez — superintendent · county school district'),
		row('    “We had no choice but to close,”'),
		row('    via “said Maria Lopez”'),
		row('  Maria Lopez — superintendent · county school district'),
		row('    “Safety comes first.”'),
		row('    continues the previous quote'),
		row('  Maria Lopez — superintendent · county school district'),
		row('    “Buses will run again on Friday.”'),
		row('    via “She added”'),
		row('  unattributed'),
		row('    “It was the worst storm in a decade,”'),
		row('Terms in quotation marks'),
		row('  “once-in-a-generation”'),
		row(''),
	]);
	t.is(app.lines()[28]!.trimEnd().slice(-6), '1 of 5');
});

test.serial('the timeline pane orders dates, groups them by year and puts undated entries last', t => {
	const app = setup({initialPane: 'timeline'});
	// 96 cells: marker 2, date 21, then 71: the longest event takes its 35 + 2, the expressions the 36 left (the
	// longest needs 37, so it alone is cut).
	const entry = (marker: string, date: string, event: string, expression: string) =>
		row(`${marker} ${date.padEnd(21)}${event.padEnd(37)}${expression}`);
	t.deepEqual(app.lines().slice(3, 15), [
		row('Timeline · 7 entries'),
		row('2024'),
		entry('›', 'early Mar 2024', 'board warns of budget cuts', '“In early March”'),
		entry(' ', 'week of Nov 4, 2024', 'crews clear roads', '“last week”'),
		entry(' ', 'Nov 11, 2024', 'school board announces the closures', '“Monday”'),
		entry(' ', 'Nov 11–13, 2024', '120 schools closed', '“a three-day period ending Wednesda…'),
		entry(' ', 'Nov 15, 2024', 'buses run again', '“on Friday”'),
		row('2025'),
		entry(' ', '2025', 'repairs finished', '“in 2025”'),
		row('Undated'),
		entry(' ', '? undated', 'a review is expected', '“soon”'),
		row(''),
	]);
});

test.serial('the totals pane lists failing checks first with their arithmetic and hint', t => {
	const app = setup({initialPane: 'totals'});
	t.deepEqual(app.lines().slice(3, 13), [
		row('Totals · 3 checks: 1 ✗, 1 ?, 1 ✓'),
		row('› ✗ The schools listed add up to 130, not the 120 stated.'),
		row('    40 + 35 + 30 + 25 = 130 ≠ 120 stated, 10 over'),
		row('    hint: the total matches if Northside were 30'),
		row('  ? About 60 percent of students take the bus, but the article gives no number of students.'),
		row('    60% of ? students'),
		row('  ✓ The homes listed add up to the 9,000 stated.'),
		row('    4,000 + 3,000 + 2,000 = 9,000 = 9,000 stated'),
		row(''),
		row(''),
	]);
});

test.serial('g / G and Home / End jump to the first and last row', async t => {
	const app = setup({initialPane: 'timeline'});
	await app.press('G');
	await app.waitForFooter('7 of 7');
	await app.press('g');
	await app.waitForFooter('1 of 7');
	await app.press(keys.end);
	await app.waitForFooter('7 of 7');
	t.true(app.lines()[13]!.startsWith('│ › ? undated'));
	await app.press(keys.home);
	await app.waitForFooter('1 of 7');
	t.true(app.lines()[5]!.startsWith('│ › early Mar 2024'));
});

test.serial('PgDn, Space and PgUp move by a page and the hidden rows are announced', async t => {
	// 16 rows: the quotes list gets 9 lines (4 to 12): two 3-line quotations and the indicator fit, the third does not.
	const app = setup({initialPane: 'quotes', rows: 16});
	t.is(app.lines()[10], row('↓ 3 more'));
	await app.press(keys.pageDown);
	await app.waitForFooter('3 of 5');
	t.is(app.lines()[4], row('↑ 1 more'));
	await app.press(' ');
	await app.waitForFooter('5 of 5');
	// Quotations 3 to 5 (3 + 2 + 2 lines) were on screen, so a page up moves three entries back.
	await app.press(keys.pageUp);
	await app.waitForFooter('2 of 5');
	t.is(app.lines()[5], row('› Maria Lopez — superintendent · county school district'));
	t.is(app.lines().length, 15);
});

test.serial(
	'Enter shows the sentence behind the selected row and where it is; Esc returns to the same row',
	async t => {
		const app = setup();
		await app.press('j');
		await app.waitForFooter('2 of 4');
		await app.press(keys.enter);
		await app.waitForLine(3, row('Evidence · Riverside: 35'));
		t.deepEqual(app.lines().slice(4, 8), [
			row('paragraph 2 of 8, chars 161–175'),
			row(''),
			row('The school board said Monday that 120 schools closed over a three-day period ending Wednesday,'),
			row('including Northside (40), Riverside (35), Hilltop (30) and Lakeview (25).'),
		]);
		t.is(app.lines()[28]!.trimEnd(), ' Esc q back  ↑↓ previous/next row' + ' '.repeat(60) + '2 of 4');
		await app.press(keys.escape);
		await app.waitForLine(8, row(countsRows.riverside('›')));
	},
);

test.serial('s cycles the sort column and S reverses it, the selection staying on the same item', async t => {
	const app = setup();
	const heading = (name: string, count: string) =>
		row(`│ ${name.padEnd(11)} │ ${count} │  Share │${' '.repeat(68 - count.length)}│`);
	await app.press('s');
	await app.waitForLine(5, heading('Name ▲', 'Count'));
	t.deepEqual(
		app.lines().slice(7, 11),
		[countsRows.hilltop(' '), countsRows.lakeview(' '), countsRows.northside('›'), countsRows.riverside(' ')].map(row),
	);
	await app.waitForFooter('name ▲ · 3 of 4');
	await app.press('S');
	await app.waitForLine(5, heading('Name ▼', 'Count'));
	t.is(app.lines()[8], row(countsRows.northside('›')));
	await app.waitForFooter('name ▼ · 2 of 4');
	await app.press('s');
	await app.waitForLine(5, heading('Name', 'Count ▼'));
	// The arrow widens the count column by two cells.
	t.true(app.lines()[7]!.startsWith('│ │ › Northside │      40 │'));
	await app.waitForFooter('count ▼ · 1 of 4');
	await app.press('S');
	await app.waitForFooter('count ▲ · 4 of 4');
	t.true(app.lines()[10]!.startsWith('│ │ › Northside │      40 │'));
	// Back to the article's order, then reversed: no column holds that order, so the status line shows its arrow.
	await app.press('ss');
	await waitFor(
		() =>
			app
				.lines()[28]!
				.trimEnd()
				.endsWith('q quit' + ' '.repeat(21) + '1 of 4'),
		60_000,
		'no sort',
	);
	t.is(app.lines()[7], row(countsRows.northside('›')));
	await app.press('S');
	await app.waitForFooter('article order ▼ · 4 of 4');
	t.deepEqual(
		app.lines().slice(7, 11),
		[countsRows.lakeview(' '), countsRows.hilltop(' '), countsRows.riverside(' '), countsRows.northside('›')].map(row),
	);
});

test.serial('] and [ switch between breakdowns', async t => {
	const app = setup();
	await app.press(']');
	await app.waitForLine(3, row('Homes · 3 listed · list 2 of 2, [ ] to switch'));
	t.is(app.lines()[11], row('✓ Sum 9,000 = 9,000 stated'));
	await app.press('[');
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch'));
});

test.serial('/ filters the pane as you type, Enter keeps the filter and Esc clears it', async t => {
	const app = setup();
	await app.press('/');
	for (const char of 'hil') {
		await app.press(char);
	}

	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch · filter “hil”: 1 of 4'));
	// The columns keep their width while filtered.
	t.is(app.lines()[7], row(countsRows.hilltop('›')));
	t.is(app.lines()[8], row(`└${'─'.repeat(13)}┴${'─'.repeat(7)}┴${'─'.repeat(8)}┴${'─'.repeat(63)}┘`));
	t.true(app.lines()[28]!.startsWith(' /hil▏  Enter accept · Esc clear'));
	await app.press(keys.enter);
	await app.waitForFooter('1 of 1 (4)');
	await app.press(keys.escape);
	await app.waitForFooter('1 of 4');
	t.is(app.lines()[3], row('Schools · 4 listed · list 1 of 2, [ ] to switch'));
});

test.serial('a pasted filter arrives as one string and is taken character by character', async t => {
	const app = setup({initialPane: 'quotes'});
	await app.press('/');
	await app.press('lopez');
	await app.waitForFooter('1 of 3 (5)');
	t.is(app.lines()[3], row('Quotes · 4 quotations, 1 term · filter “lopez”: 3 of 5'));
});

test.serial('n and N move to the next and previous match, wrapping around', async t => {
	const app = setup({initialPane: 'quotes'});
	await app.press('/');
	await app.press('lopez');
	await app.press(keys.enter);
	await app.waitForFooter('1 of 3 (5)');
	await app.press('n');
	await app.waitForFooter('2 of 3 (5)');
	await app.press('N');
	await app.waitForFooter('1 of 3 (5)');
	await app.press('N');
	await app.waitForFooter('3 of 3 (5)');
	t.is(app.lines()[10], row('› Maria Lopez — superintendent · county school district'));
});

test.serial('? shows every binding of the keymap; Esc closes it and q closes it before quitting', async t => {
	let quit = 0;
	const app = setup({
		onQuit() {
			quit++;
		},
	});
	await app.press('?');
	await app.waitForLine(3, row('Keys · Esc or ? closes'));
	// Sixteen lines, opposite bindings side by side (the several-articles keys share one); the widest keys
	// ("Tab → l · S-Tab ← h") set the column.
	t.deepEqual(app.lines().slice(4, 20), [
		row('1-4 · 5              go to pane / compare (several articles)'),
		row('Tab → l · S-Tab ← h  next pane / previous pane'),
		row('↓ j · ↑ k            move down / move up'),
		row('PgDn Space · PgUp    next page / previous page'),
		row('Ctrl-D · Ctrl-U      half a page down / half a page up'),
		row('g Home · G End       first row / last row'),
		row('Enter                evidence: the sentence behind the row'),
		row('s · S                sort by the next column (tables) / reverse the sort'),
		row('] · [                next list (counts) / previous list'),
		row('> · < · a            next article / previous / pick one from a list'),
		row('/                    filter the pane (Enter accepts)'),
		row('f                    find: mark the text and go to it, hiding no row'),
		row('n · N                next match (found, else filtered) / previous match'),
		row('? · Esc              this help / close help or evidence; clear the filter'),
		row('y · Ctrl-S           copy the row or the evidence / save a picture'),
		row('Ctrl-Z · q Ctrl-C    suspend; fg resumes / quit (q first closes help or evidence)'),
	]);
	const text = app.lines().join('\n');
	for (const binding of keymap) {
		t.true(text.includes(binding.label) && text.includes(binding.help), binding.action);
	}

	await app.press(keys.escape);
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch'));
	await app.press('?');
	await app.waitForLine(3, row('Keys · Esc or ? closes'));
	await app.press('q');
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch'));
	t.is(quit, 0);
	await app.press('q');
	await waitFor(() => quit === 1, 60_000);
	t.is(quit, 1);
});

test.serial('Ctrl-C quits even with the help open', async t => {
	let quit = 0;
	const app = setup({
		onQuit() {
			quit++;
		},
	});
	await app.press('?');
	await app.waitForLine(3, row('Keys · Esc or ? closes'));
	await app.press(keys.ctrlC);
	await waitFor(() => quit === 1, 60_000);
	t.is(quit, 1);
});

test.serial('Ctrl-S hands the screen as drawn to the snapshot handler and shows its answer in the footer', async t => {
	const screens: Array<{ansi: string; cols: number; rows: number; pane: string}> = [];
	const app = setup({
		initialPane: 'totals',
		async onSnapshot(screen) {
			screens.push(screen);
			return 'saved newsdash-totals.png';
		},
	});
	await app.press(keys.ctrlS);
	// Among every frame drawn: the message stays 4 s, which a loaded machine may spend between two polls.
	await waitFor(() => app.frames.some(frame => (frame.split('\n')[28] ?? '').startsWith(' saved newsdash-totals.png')));
	t.is(screens.length, 1);
	const [screen] = screens;
	t.is(screen?.cols, 100);
	t.is(screen?.rows, 30);
	t.is(screen?.pane, 'totals');
	const plain = screen!.ansi.replaceAll(/\u001B\[[\d;]*m/g, '').split('\n');
	t.is(plain.length, 30);
	t.is(plain[3], row('Totals · 3 checks: 1 ✗, 1 ?, 1 ✓'));
	t.is(plain[29], '');
});

test.serial('a failing snapshot shows why in the footer', async t => {
	const app = setup({
		async onSnapshot() {
			throw new Error('disk full');
		},
	});
	await app.press(keys.ctrlS);
	await waitFor(() =>
		app.frames.some(frame => (frame.split('\n')[28] ?? '').startsWith(' snapshot failed: disk full')),
	);
	t.true(app.frames.some(frame => (frame.split('\n')[28] ?? '').startsWith(' snapshot failed: disk full')));
});

test.serial('the footer message goes away after a while', async t => {
	const app = setup({messageMs: 1500, onSnapshot: async () => 'saved'});
	await app.press(keys.ctrlS);
	// Every frame drawn is kept: the message is looked for among them, so a slow machine that draws it late cannot
	// miss it between two polls.
	const footerOf = (frame: string) => frame.split('\n')[28] ?? '';
	await waitFor(() => app.frames.some(frame => footerOf(frame).startsWith(' saved')), 60_000, 'the message');
	await waitFor(() => (app.lines()[28] ?? '').startsWith(' ↑↓ move'), 60_000, 'the key hints back');
	t.true(app.lines()[28]!.startsWith(' ↑↓ move'));
});

test.serial('a resize reflows the screen and says plainly when the window is too small', async t => {
	const app = setup({initialPane: 'quotes'});
	app.rerender(<Dashboard report={sampleReport} cols={100} rows={16} initialPane="quotes" theme="mono" />);
	await app.waitForLine(10, row('↓ 3 more'));
	t.is(app.lines().length, 15);
	app.rerender(<Dashboard report={sampleReport} cols={52} rows={14} initialPane="quotes" theme="mono" />);
	await waitFor(() => (app.lastFrame() ?? '').includes('needs at least'));
	t.is(app.lines()[0]!.trimEnd(), 'newsdash needs at least 60×16; this window is 52×14.');
	app.rerender(<Dashboard report={sampleReport} cols={100} rows={30} initialPane="quotes" theme="mono" />);
	await app.waitForLine(3, row('Quotes · 4 quotations, 1 term'));
});

test.serial('the blank frame of a resize keeps the pane, filter, selection and open evidence', async t => {
	const app = setup({initialPane: 'quotes'});
	await app.press('/lopez\r');
	await app.waitForFooter('1 of 3 (5)');
	await app.press('j');
	await app.press(keys.enter);
	await app.waitForLine(3, row('Evidence · quote by Maria Lopez'));
	const props = {report: sampleReport, initialPane: 'quotes', theme: 'mono'} as const;
	app.rerender(<Dashboard {...props} cols={90} rows={26} blank />);
	await waitFor(() => (app.lastFrame() ?? '') === '', 60_000, 'a blank frame');
	app.rerender(<Dashboard {...props} cols={100} rows={30} />);
	await app.waitForLine(3, row('Evidence · quote by Maria Lopez'));
	t.true(app.lines()[28]!.trimEnd().endsWith('2 of 3 (5)'));
	await app.press(keys.escape);
	await app.waitForLine(3, row('Quotes · 4 quotations, 1 term · filter “lopez”: 3 of 5'));
});

test.serial('on a small screen the help scrolls with the moving keys, and says so', async t => {
	const app = setup({cols: 60, rows: 16});
	// At 60 columns a pane line holds 56 cells between "│ " and " │".
	const small = (content: string) => `│ ${content.padEnd(56)} │`;
	const footer = () => (app.lines().findLast(line => line.trim() !== '') ?? '').trimEnd();
	await app.press('?');
	await app.waitForLine(3, small('Keys · Esc or ? closes'));
	t.is(app.lines()[4], small('1-4 · 5              go to pane / compare (several'));
	// 25 help lines at this width (35 cells of help text beside 19 of keys; nine rows wrap); 9 lines of room: 8 lines
	// and the "more" line.
	t.is(app.lines()[12], small('↓ 17 more'));
	t.true(footer().startsWith(' ↑↓ scroll  Esc ? q close help'), footer());
	await app.press('G');
	await app.waitForLine(4, small('↑ 17 more'));
	t.is(app.lines()[11], small('Ctrl-Z · q Ctrl-C    suspend; fg resumes / quit (q first'));
	t.is(app.lines()[12], small('                     closes help or evidence)'));
	await app.press('k');
	await app.waitForLine(4, small('↑ 16 more'));
	await app.press('g');
	await app.waitForLine(4, small('1-4 · 5              go to pane / compare (several'));
	// The pane underneath did not move while the help scrolled.
	await app.press(keys.escape);
	await app.waitForFooter('1 of 4');
	app.unmount();
});

test.serial('panes still being read say so, and fill in when the rest of the report arrives', async t => {
	const first = {...sampleReport, quotes: [], timeline: []};
	const app = setup({report: first, reading: ['quotes', 'timeline']});
	await app.waitForFooter('1 of 4');
	await app.press('2');
	await app.waitForLine(3, row('Reading the quotations…'));
	t.false(app.lines().join('\n').includes('No quotations'));
	// No position in the footer while there is nothing to count.
	t.regex(app.lines()[28] ?? '', /q quit\s*$/);
	app.rerender(<Dashboard report={sampleReport} cols={100} rows={30} initialPane="counts" theme="mono" reading={[]} />);
	await app.waitForFooter(`1 of ${sampleReport.quotes.length}`);
	t.false(app.lines().join('\n').includes('Reading the quotations'));
	app.unmount();
});
