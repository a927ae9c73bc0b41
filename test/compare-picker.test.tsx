import test from 'ava';
import {render} from 'ink-testing-library';
import {articleLabels} from '../source/compare/labels.ts';
import type {Report} from '../source/extract/types.ts';
import {pickerKey} from '../source/ui/article-picker.ts';
import {MultiDashboard} from '../source/ui/multi-dashboard.tsx';
import type {MultiDashboardProps} from '../source/ui/multi-dashboard.tsx';
import {agency, courier, post, sampleCompare, sampleReports} from './helpers/compare-sample.ts';
import {keys} from './helpers/keys.ts';
import {waitFor} from './helpers/wait-for.ts';

// The article picker (`a`) of the dashboard on several articles, driven through the real key path: ink-testing-
// library's stdin, Ink's input parser, the keymap, each dashboard's dispatcher. The sample (helpers/compare-sample.ts)
// is an agency and two outlets, shown in that order, with no headlines ("untitled article").

function setup(props: Partial<MultiDashboardProps> = {}) {
	let quits = 0;
	const app = render(
		<MultiDashboard
			reports={sampleReports}
			compare={sampleCompare()}
			cols={80}
			rows={24}
			initialPane="counts"
			theme="mono"
			onQuit={() => {
				quits++;
			}}
			{...props}
		/>,
	);
	const frame = (): string => app.lastFrame() ?? '';
	const lines = (): string[] => frame().split('\n');
	return {
		...app,
		frame,
		lines,
		quits: () => quits,
		has: (text: string) => () => frame().includes(text),
		async press(input: string, until: () => boolean, describe: string) {
			app.stdin.write(input);
			await waitFor(until, 10_000, describe).catch((error: unknown) => {
				throw new Error(`${String(error)}\nframe:\n${frame()}`);
			});
		},
	};
}

test.serial(
	'a lists the articles over the pane, the one shown marked; j and Enter go to another, same pane',
	async t => {
		const app = setup();
		await waitFor(app.has('1/3 River Authority (source)'), 10_000, 'the first frame');
		await app.press('2', app.has('Quotes · 1 quotation'), 'the quotes pane');
		await app.press('a', app.has('Articles · 3'), 'the picker');
		// Rows 3–6 of the frame: the pane's title and the three articles, the cursor on the one shown.
		t.deepEqual(app.lines().slice(3, 7), [
			'│ Articles · 3 · Enter opens · Esc closes                                      │',
			'│ › •1 River Authority (source)  untitled article                              │',
			'│    2 Valley Courier            untitled article                              │',
			'│    3 Fenwick Post              untitled article                              │',
		]);
		t.true(app.lines()[22]!.startsWith(' ↑↓ choose  ⏎ open  Esc a q close'), app.lines()[22]);
		await app.press('j', app.has('›  2 Valley Courier'), 'the cursor on the courier');
		await app.press(keys.enter, app.has('2/3 Valley Courier'), 'the courier');
		// The picker is gone and the pane went along, as with < >.
		t.false(app.has('Articles · 3')());
		t.true(app.has('Quotes · 1 quotation')());
		app.unmount();
	},
);

test.serial('several keys in one write: a, moves and Enter in one chunk reach the picker in order', async t => {
	const app = setup();
	await waitFor(app.has('1/3 River Authority (source)'), 10_000, 'the first frame');
	// Plain characters (split by our dispatcher) and an escape sequence (split by Ink) in one chunk.
	await app.press(`ajj${keys.up}\r`, app.has('2/3 Valley Courier'), 'the courier, picked in one write');
	t.false(app.has('Articles ·')());
	t.true(app.has('Evacuation · 3 listed')(), 'the courier counts pane, nothing of the burst lost or left over');
	t.true(app.lines()[22]!.trimEnd().endsWith('1 of 3'), app.lines()[22]);
	await app.press('aG\r', app.has('3/3 Fenwick Post'), 'G to the last article, in one write');
	app.unmount();
});

test.serial('keys in the picker never reach the pane beneath; Esc, a and q close it without quitting', async t => {
	const app = setup();
	await waitFor(app.has('1/3 River Authority (source)'), 10_000, 'the first frame');
	await app.press('a', app.has('Articles · 3'), 'the picker');
	// j moves the picker's cursor, / and s would filter and sort the counts pane: none of them may act there.
	await app.press('j/s', app.has('›  2 Valley Courier'), 'the cursor on the courier');
	await app.press(keys.escape, app.has('Evacuations · 4 listed'), 'the counts pane again');
	t.true(app.lines()[22]!.trimEnd().endsWith('1 of 4'), app.lines()[22]);
	t.false(app.has('Enter accept · Esc clear')(), 'no filter prompt was opened beneath');
	t.false(app.has('name ▲')(), 'the counts pane was not sorted beneath');
	await app.press('a', app.has('Articles · 3'), 'the picker again');
	await app.press('a', app.has('Evacuations · 4 listed'), 'a closes it');
	await app.press('a', app.has('Articles · 3'), 'and again');
	await app.press('q', app.has('Evacuations · 4 listed'), 'q closes it first');
	t.is(app.quits(), 0);
	await app.press('a', app.has('Articles · 3'), 'the picker once more');
	await app.press(keys.ctrlC, () => app.quits() === 1, 'Ctrl-C quits from the picker');
	app.unmount();
});

test.serial('on the Compare pane the picker chooses the focused column and the pane stays', async t => {
	const app = setup({startOnCompare: true});
	await waitFor(app.has('Compare · 3 articles'), 10_000, 'the first frame');
	t.true(app.lines()[22]!.includes('a articles'), app.lines()[22]);
	await app.press('a', app.has('Articles · 3'), 'the picker');
	t.true(app.lines()[22]!.startsWith(' ↑↓ choose  ⏎ open  Esc a q close'), app.lines()[22]);
	await app.press('G\r', app.has('3/3 Fenwick Post'), 'the post');
	t.true(app.has('Compare · 3 articles')());
	// The post's column carries the focus mark.
	t.true(app.has('•Fenwic…')(), app.frame());
	// The picker opens on the focused article; j in the write after the pick is the pane's again.
	await app.press('ak', app.has('›  2 Valley Courier'), 'cursor to the courier');
	await app.press('\rj', app.has('2/3 Valley Courier'), 'the courier');
	await waitFor(app.has('› ✗ Ashby'), 10_000, 'the Ashby row, from the j after the pick');
	t.true(app.has('•Valley…')(), app.frame());
	app.unmount();
});

test.serial(
	'outlet names and headlines are sanitised: no escape sequence from an article reaches the frame',
	async t => {
		const hostile: Report = {
			...post,
			article: {
				...post.article,
				source: 'Evil\u001B[2J\u001B]0;owned\u0007 Wire',
				title: 'Flood\u001B[31m red\u0007 \u009B1mnews',
			},
		};
		const reports = [agency, courier, hostile];
		const labels = articleLabels(reports);
		t.is(labels[2], hostile.article.source ?? '', 'the label itself is the raw outlet name: the UI must sanitise it');
		const app = setup({reports, compare: null});
		await waitFor(app.has('1/3 River Authority'), 10_000, 'the first frame');
		await app.press('a', app.has('Articles · 3'), 'the picker');
		const row = app.lines()[6]!;
		t.true(row.includes('3 Evil Wire'), row);
		// The colour sequences are taken out whole; the bell, a lone control, is shown as U+FFFD.
		t.true(row.includes('Flood red\uFFFD news'), row);
		// FORCE_COLOR=0: with no colour codes of ours, any ESC or BEL in the frame would be the article's.
		t.false(/[\u0007\u001B\u009B]/.test(app.frame()));
		app.unmount();
	},
);

test('the picker keys: moves stop at either end, Enter picks the cursor, other keys are taken and do nothing', t => {
	t.deepEqual(pickerKey('j', {selected: 2}, 3), {type: 'move', selected: 2});
	t.deepEqual(pickerKey('up', {selected: 0}, 3), {type: 'move', selected: 0});
	t.deepEqual(pickerKey('G', {selected: 0}, 3), {type: 'move', selected: 2});
	t.deepEqual(pickerKey('enter', {selected: 1}, 3), {type: 'pick', article: 1});
	t.deepEqual(pickerKey('>', {selected: 1}, 3), {type: 'none'});
	t.deepEqual(pickerKey('escape', {selected: 1}, 3), {type: 'close'});
	t.deepEqual(pickerKey('ctrl+c', {selected: 1}, 3), {type: 'quit'});
});
