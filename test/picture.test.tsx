import {mkdtemp, readFile, readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import stripAnsi from 'strip-ansi';
import type {Quote, Report} from '../source/extract/types.ts';
import {saveScreenshot} from '../source/export/screenshot.ts';
import {snapshotOf, snapshotPages, writeSnapshots} from '../source/export/snapshot.ts';
import type {SnapshotHandler} from '../source/ui/dashboard.tsx';
import {pictureTitle} from '../source/ui/picture.ts';
import {keys} from './helpers/keys.ts';
import {row, setup} from './helpers/dashboard-app.tsx';
import {sampleReport} from './helpers/sample-report.ts';
import {waitFor} from './helpers/wait-for.ts';

// A picture is the pane for a report (issue 13, defect 7): every row, none selected, no key hints, no "1 of 10", and
// a caption naming the pane and the article.

const options = {cols: 80, rows: 16, theme: 'dark', frame: true} as const;

async function text(report: Report, pane: Parameters<typeof snapshotPages>[1]): Promise<string[]> {
	return (await snapshotPages(report, pane, {...options, format: 'txt'})).map(page => String(page));
}

/** A report of `count` one-line quotations by "Speaker 1" … "Speaker N": each entry takes exactly two lines. */
function manyQuotes(count: number): Report {
	const quotes: Quote[] = Array.from({length: count}, (_, index) => ({
		id: `q${index + 1}`,
		kind: 'quotation',
		text: `Point ${index + 1} stands.`,
		speaker: {name: `Speaker ${index + 1}`, role: null, organization: null, type: 'person'},
		attribution: 'none',
		cue: null,
		span: {start: 0, end: 4},
	}));
	return {...sampleReport, quotes};
}

test('a picture marks no row and offers no keys', async t => {
	for (const pane of ['counts', 'quotes', 'timeline', 'totals'] as const) {
		const [page] = await text(sampleReport, pane);
		t.false(page!.includes('›'), pane);
		for (const hint of ['q quit', '? help', '/ filter', '[ ] to switch', '⏎ evidence']) {
			t.false(page!.includes(hint), `${pane}: ${hint}`);
		}

		t.notRegex(page!, /\d+ of \d+\s*$/m, pane);
	}
});

test('the last line names the pane and the outlet', async t => {
	const [counts] = await text(sampleReport, 'counts');
	const lines = counts!.split('\n');
	// 16 rows: 10 lines of pane body fit the title, the table of four and the sum; the last row stays blank.
	t.is(lines.length, 17);
	t.is(lines[14], ' 1 Schools · The Example Gazette');
	t.is(lines[15], '');
	t.is(lines[3], '│ Schools · 4 listed · list 1 of 2                                             │');
	t.is(lines[7], '│ │   Northside │    40 │  33.3% │ █████████████████████████████████████████ │ │');
});

test('the window title names the pane and the article', t => {
	t.is(pictureTitle(sampleReport, 'totals', 100), 'newsdash · 4 Totals ✗1 · Storm closes schools across the county');
	// 80 columns hold 80 × 1.05 − 18 = 66 cells of title, 60 columns 45.
	t.is(pictureTitle(sampleReport, 'quotes', 80), 'newsdash · 2 Quotes · Storm closes schools across the county');
	t.is(pictureTitle(manyQuotes(1), 'counts', 60), 'newsdash · 1 Schools · Storm closes schools …');
});

test('a pane longer than the screen grows the picture to hold every row', async t => {
	// 40 entries of 2 lines and the title: 81 body lines, drawn at 81 + 6 = 87 rows.
	const pages = await text(manyQuotes(40), 'quotes');
	t.is(pages.length, 1);
	const lines = pages[0]!.split('\n');
	t.is(lines.length, 88);
	t.is(lines[4], row80('  Speaker 1'));
	t.is(lines[82], row80('  Speaker 40'));
	t.is(lines[83], row80('    “Point 40 stands.”'));
	t.false(pages[0]!.includes('more'));
});

test('past 200 rows the pane is split into pages that say where they are', async t => {
	// 200 rows leave 194 body lines, 193 under the title. Page 1 takes entries while the entries and a "↓ more" line
	// fit: 96 entries (192 lines). Page 2: "↑ 96 more" and the other 24 (48 lines): 1 + 49 body lines, 56 rows.
	const pages = await text(manyQuotes(120), 'quotes');
	t.is(pages.length, 2);
	const [first, second] = pages.map(page => page.split('\n'));
	t.is(first!.length, 201);
	t.is(first![4], row80('  Speaker 1'));
	t.is(first![194], row80('  Speaker 96'));
	t.is(first![196], row80('↓ 24 more'));
	t.is(first![198], ` 2 Quotes · The Example Gazette${' '.repeat(37)}page 1 of 2`);
	t.is(second!.length, 57);
	t.is(second![4], row80('↑ 96 more'));
	t.is(second![5], row80('  Speaker 97'));
	t.is(second![51], row80('  Speaker 120'));
	t.is(second![54], ` 2 Quotes · The Example Gazette${' '.repeat(37)}page 2 of 2`);
});

test('pages are numbered files; one page keeps the plain name', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'newsdash-picture-'));
	const written = await writeSnapshots(manyQuotes(120), {
		...options,
		pane: 'all',
		format: 'txt',
		output: directory,
		force: false,
	});
	t.deepEqual(
		written.map(file => path.basename(file)),
		['counts.txt', 'quotes-page-1.txt', 'quotes-page-2.txt', 'timeline.txt', 'totals.txt'],
	);
	t.true((await readFile(path.join(directory, 'quotes-page-2.txt'), 'utf8')).includes('Speaker 120'));
});

test('several pictures cannot go to standard output as one; text pages can', async t => {
	const report = manyQuotes(120);
	await t.throwsAsync(snapshotOf(report, 'quotes', {...options, format: 'svg'}), {
		message: 'the quotes pane takes 2 pictures: write them to files with -o',
	});
	const both = String(await snapshotOf(report, 'quotes', {...options, format: 'txt'}));
	t.true(both.includes('page 1 of 2') && both.includes('page 2 of 2'));
});

function capture(): {screens: Array<Parameters<SnapshotHandler>[0]>; onSnapshot: SnapshotHandler} {
	const screens: Array<Parameters<SnapshotHandler>[0]> = [];
	return {
		screens,
		async onSnapshot(screen) {
			screens.push(screen);
			return 'saved';
		},
	};
}

/** A pane body line at 80 columns: the border, a space, 76 cells of content, a space, the border. */
function row80(content: string): string {
	return `│ ${content.padEnd(76)} │`;
}

function plain(ansi: string): string[] {
	return stripAnsi(ansi).split('\n');
}

test.serial('Ctrl-S after moving saves the pane with no row selected and no key hints', async t => {
	const {screens, onSnapshot} = capture();
	const app = setup({initialPane: 'totals', onSnapshot});
	await app.press('j');
	await app.waitForFooter('2 of 3');
	await app.press(keys.ctrlS);
	await waitFor(() => screens.length === 1, 60_000);
	const lines = plain(screens[0]!.ansi);
	t.is(screens[0]!.title, 'newsdash · 4 Totals ✗1 · Storm closes schools across the county');
	t.false(lines.join('\n').includes('›'));
	t.is(lines[4], row('  ✗ The schools listed add up to 130, not the 120 stated.'));
	t.is(lines[7], row('  ? About 60 percent of students take the bus, but the article gives no number of students.'));
	t.is(lines[28]!.trimEnd(), ' 4 Totals ✗1 · The Example Gazette');
});

test.serial('Ctrl-S over the help saves the pane under it, not the help', async t => {
	const {screens, onSnapshot} = capture();
	const app = setup({initialPane: 'quotes', onSnapshot});
	await app.press('?');
	await app.waitForLine(3, row('Keys · Esc or ? closes'));
	await app.press(keys.ctrlS);
	await waitFor(() => screens.length === 1, 60_000);
	const screen = screens[0]!;
	t.is(screen.pane, 'quotes');
	const lines = plain(screen.ansi);
	t.false(lines.join('\n').includes('Keys'));
	t.is(lines[3], row('Quotes · 4 quotations, 1 term'));
	t.is(lines[28]!.trimEnd(), ' 2 Quotes · The Example Gazette');
	// The help is still open on the screen: the picture changed nothing.
	t.is(app.lines()[3], row('Keys · Esc or ? closes'));
});

test.serial('Ctrl-S on open evidence saves the evidence, captioned as such', async t => {
	const {screens, onSnapshot} = capture();
	const app = setup({onSnapshot});
	await app.press(keys.enter);
	await app.waitForLine(3, row('Evidence · Northside: 40'));
	await app.press(keys.ctrlS);
	await waitFor(() => screens.length === 1, 60_000);
	const lines = plain(screens[0]!.ansi);
	t.is(lines[3], row('Evidence · Northside: 40'));
	t.is(lines[28]!.trimEnd(), ' evidence in 1 Schools · The Example Gazette');
});

test.serial('Ctrl-S on a long pane hands over every page, and they are saved as numbered pairs', async t => {
	const {screens, onSnapshot} = capture();
	const app = setup({report: manyQuotes(120), initialPane: 'quotes', onSnapshot});
	await app.press(keys.ctrlS);
	await waitFor(() => screens.length === 1, 60_000);
	const screen = screens[0]!;
	// 100 columns: same paging as at 80, the quotes being one line at either width.
	t.deepEqual(
		screen.pages.map(page => page.rows),
		[200, 56],
	);
	t.is(screen.rows, 200);
	const directory = await mkdtemp(path.join(tmpdir(), 'newsdash-picture-'));
	const written = await saveScreenshot(screen, directory);
	t.deepEqual(
		written.map(file => path.basename(file)),
		[
			'newsdash-quotes-page-1.png',
			'newsdash-quotes-page-1.svg',
			'newsdash-quotes-page-2.png',
			'newsdash-quotes-page-2.svg',
		],
	);
	t.is((await readdir(directory)).length, 4);
	t.true((await readFile(path.join(directory, 'newsdash-quotes-page-2.svg'), 'utf8')).includes('Speaker 120'));
});
