import test from 'ava';
import type {Quote, Report} from '../source/extract/types.ts';
import {Dashboard} from '../source/ui/dashboard.tsx';
import {helpLines} from '../source/ui/help-lines.ts';
import {paneSize} from '../source/ui/view-state.ts';
import {keys} from './helpers/keys.ts';
import {row, setup} from './helpers/dashboard-app.tsx';
import {sampleReport} from './helpers/sample-report.ts';
import {waitFor} from './helpers/wait-for.ts';

// Ctrl-D / Ctrl-U, y, and the too-small screen, through the real key path (ink-testing-library).

const ctrlD = '\u0004';
const ctrlU = '\u0015';

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

test.serial('Ctrl-D and Ctrl-U move half a page', async t => {
	// 100×30: 23 list lines under the title; entries of 2 lines and a "↓ more" line: 11 entries a page, half is 5.
	const app = setup({report: manyQuotes(40), initialPane: 'quotes'});
	await app.press(ctrlD);
	await app.waitForFooter('6 of 40');
	await app.press(ctrlD);
	await app.waitForFooter('11 of 40');
	await app.press(ctrlU);
	await app.waitForFooter('6 of 40');
	// Counts: four rows fit, half a page is two.
	const counts = setup();
	await counts.press(ctrlD);
	await counts.waitForFooter('3 of 4');
	// Ctrl-U from the third row goes back half a page, to the first.
	await counts.press(ctrlU);
	await counts.waitForFooter('1 of 4');
	t.true((counts.lines().findLast(line => line.trim() !== '') ?? '').trimEnd().endsWith('1 of 4'));
});

test.serial('y hands the selected row, whole, to the clipboard; with the evidence open, its sentence', async t => {
	const copied: string[] = [];
	const app = setup({
		initialPane: 'quotes',
		async onCopy(text) {
			copied.push(text);
			return 'copied';
		},
	});
	await app.press('y');
	await waitFor(() => copied.length === 1);
	t.is(copied[0], '“We had no choice but to close,” — Maria Lopez, superintendent, county school district');
	await app.press('4');
	await app.press('y');
	await waitFor(() => copied.length === 2);
	t.is(
		copied[1],
		'✗ The schools listed add up to 130, not the 120 stated.\n40 + 35 + 30 + 25 = 130 ≠ 120 stated, 10 over\nhint: the total matches if Northside were 30',
	);
	await app.press('1');
	await app.press(keys.enter);
	await app.press('y');
	await waitFor(() => copied.length === 3);
	t.is(
		copied[2],
		'The school board said Monday that 120 schools closed over a three-day period ending Wednesday, including Northside (40), Riverside (35), Hilltop (30) and Lakeview (25).',
	);
});

test.serial('y says so when nothing can be copied', async t => {
	const app = setup();
	await app.press('y');
	await waitFor(() =>
		app.frames.some(frame => (frame.split('\n')[28] ?? '').startsWith(' copying is not available here')),
	);
	// Nothing was copied and the view did not move: still the first row of the counts pane.
	await app.waitForFooter('1 of 4');
	t.true((app.lines()[1] ?? '').includes('1 Schools'));
});

test.serial('the too-small screen obeys only q, Ctrl-C and Ctrl-Z: no key changes the hidden dashboard', async t => {
	let quit = 0;
	let snapshots = 0;
	const app = setup({
		cols: 50,
		rows: 12,
		onQuit() {
			quit++;
		},
		async onSnapshot() {
			snapshots++;
			return 'saved';
		},
	});
	await waitFor(() => (app.lastFrame() ?? '').includes('needs at least'));
	// 2 then Ctrl-S saved a picture of the message (issue 16); j, / and ? would change a pane no one sees.
	for (const key of ['2', keys.ctrlS, 'j', '/', 'x', '?', 'y']) await app.press(key);
	t.is(snapshots, 0);
	// The same dashboard grown back: still on the first pane, first row, no filter, no overlay.
	app.rerender(
		<Dashboard
			report={sampleReport}
			cols={100}
			rows={30}
			initialPane="counts"
			theme="mono"
			onQuit={() => {
				quit++;
			}}
		/>,
	);
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch'));
	await app.waitForFooter('1 of 4');
	t.is(quit, 0);
	await app.press('q');
	await waitFor(() => quit === 1);
	t.is(quit, 1);
});

test('every binding of the help fits at 80×24 without scrolling', t => {
	const {width, height} = paneSize({cols: 80, rows: 24});
	// The overlay's heading takes a line of the pane.
	t.true(helpLines(width).length <= height - 1, `${helpLines(width).length} lines in ${height - 1}`);
});
