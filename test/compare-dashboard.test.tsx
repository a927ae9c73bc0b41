import test from 'ava';
import {render} from 'ink-testing-library';
import {MultiDashboard} from '../source/ui/multi-dashboard.tsx';
import type {MultiDashboardProps} from '../source/ui/multi-dashboard.tsx';
import {sampleCompare, sampleReports} from './helpers/compare-sample.ts';
import {keys} from './helpers/keys.ts';
import {waitFor} from './helpers/wait-for.ts';

// Three hand-built reports (test/helpers/compare-sample.ts) at 80×24: the agency (the primary source), a courier
// and a post. Each key waits for the frame it should bring, and the next key is sent right after it: every article's
// dashboard stays subscribed, so none is lost to a hook that subscribes only after a switch.

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
	const lines = (): string[] => (app.lastFrame() ?? '').split('\n');
	const frame = (): string => app.lastFrame() ?? '';
	return {
		...app,
		lines,
		quits: () => quits,
		async press(input: string, until: () => boolean, describe: string) {
			app.stdin.write(input);
			await waitFor(until, 10_000, describe).catch((error: unknown) => {
				throw new Error(`${String(error)}\nframe:\n${frame()}`);
			});
		},
		has: (text: string) => () => frame().includes(text),
	};
}

test.serial('the header names the article shown, and < > switch articles keeping each one its view', async t => {
	const app = setup();
	await waitFor(app.has('1/3 River Authority (source)'), 10_000, 'the first frame');
	t.is(app.lines()[1], '  1 Evacuations   2 Quotes   3 Timeline   4 Totals ✓   5 Compare ✗5');
	t.true(app.lines()[22]!.startsWith(' ⏎ evidence  s sort  < > article  5 compare'), app.lines()[22]);
	await app.press('j', app.has('2 of 4'), 'the second row');
	await app.press('>', app.has('2/3 Valley Courier'), 'the second article');
	t.true(app.lines()[3]!.includes('Evacuation · 3 listed'));
	t.true(app.lines()[22]!.trimEnd().endsWith('1 of 3'));
	await app.press('>', app.has('3/3 Fenwick Post'), 'the third article');
	await app.press('>', app.has('1/3 River Authority'), 'round to the first');
	// Back where it was left: the second row selected.
	t.true(app.lines()[22]!.trimEnd().endsWith('2 of 4'), app.lines()[22]);
	await app.press('<', app.has('3/3 Fenwick Post'), 'back to the last');
	await app.press('2', app.has('Quotes · 1 quotation'), 'the quotes pane');
	await app.press('<', app.has('2/3 Valley Courier'), 'the courier');
	// The pane goes along: comparing outlets means looking at the same pane of each.
	t.true(app.has('Quotes · 1 quotation')());
	app.unmount();
});

test.serial('5 opens the Compare pane; Enter shows the focused article sentence, < > another article', async t => {
	const app = setup();
	await waitFor(app.has('1/3 River Authority'), 10_000, 'the first frame');
	await app.press('5', app.has('Compare · 3 articles'), 'the compare pane');
	t.is(app.lines()[1], '  1 Evacuations   2 Quotes   3 Timeline   4 Totals ✓   5 Compare ✗5');
	await app.press('j', app.has('› ✗ Ashby'), 'the Ashby row');
	await app.press(keys.enter, app.has('Evidence · Ashby · River Authority'), 'the agency sentence');
	t.true(app.has('The evacuations were 100: Lowmoor County 40, Ashby 30')());
	await app.press('>', app.has('Evidence · Ashby · Valley Courier'), 'the courier sentence');
	t.true(app.has('The evacuation were 100: Lowmoor 40, Ashby 35, Saint Oswin 20.')());
	t.true(app.lines()[0]!.includes('2/3 Valley Courier'));
	await app.press(keys.escape, app.has('› ✗ Ashby'), 'back to the list');
	await app.press('j', app.has('› ≈ St. Oswin'), 'St. Oswin');
	await app.press('j', app.has('› ✗ Fenwick'), 'Fenwick');
	// The courier does not name Fenwick: nothing to show, and the footer says why.
	await app.press(keys.enter, app.has('the focused article has nothing for this row'), 'the message');
	t.false(app.has('Evidence ·')());
	await app.press('1', app.has('Evacuation · 3 listed'), 'the courier counts pane');
	t.true(app.lines()[0]!.includes('2/3 Valley Courier'));
	await app.press('5', app.has('Compare · 3 articles'), 'the compare pane again');
	t.true(app.has('› ✗ Fenwick')(), 'the compare pane kept its selection');
	await app.press('q', () => app.quits() === 1, 'quit');
	t.is(app.quits(), 1);
	app.unmount();
});

test.serial('Tab and Shift-Tab leave the Compare pane for the first and last article pane, one step only', async t => {
	const app = setup({startOnCompare: true});
	await waitFor(app.has('Compare · 3 articles'), 10_000, 'the first frame');
	await app.press(keys.tab, app.has('Evacuations · 4 listed'), 'the counts pane');
	await app.press('5', app.has('Compare · 3 articles'), 'the compare pane');
	await app.press(keys.shiftTab, app.has('Totals · 1 check'), 'the totals pane');
	t.true(app.lines()[0]!.includes('1/3 River Authority'));
	app.unmount();
});

test.serial('newsdash compare opens on the Compare pane, drawn whole at 80×24', async t => {
	const app = setup({startOnCompare: true});
	await waitFor(app.has('Compare · 3 articles'), 10_000, 'the first frame');
	t.is(
		app.lastFrame(),
		[
			' newsdash · 1/3 River Authority (source) · untitled article             no date',
			'  1 Evacuations   2 Quotes   3 Timeline   4 Totals ✓   5 Compare ✗5',
			'┌──────────────────────────────────────────────────────────────────────────────┐',
			'│ Compare · 3 articles · 5 ✗ differences · measured against River Authority    │',
			'│ Counts · Evacuations · 4 rows, 3 differ                                      │',
			'│   Name                  •River … Valley … Fenwick…                           │',
			'│ › ≈ Lowmoor County              40       40       40                         │',
			'│     ≈ written shorter or longer as “Lowmoor” (Valley Courier)                │',
			'│   ✗ Ashby                       30      ▲35       30 off by 5                │',
			'│   ≈ St. Oswin                   20       20       20                         │',
			'│     ≈ spelled “Saint Oswin” (Valley Courier), “St Oswin” (Fenwick Post)      │',
			'│   ✗ Fenwick                     10        —      ▲15 off by 5, not in Valle… │',
			'│   ✗ Stated total               100      100      105 off by 5                │',
			'│ Totals                                                                       │',
			'│   List                  •River … Valley … Fenwick…                           │',
			'│   ✗ Evacuations              100 ✓    100 ?    105 ✓                         │',
			'│       sum of the list          100       95      105                         │',
			'│     All checks                  ✓1       ?1       ✓1                         │',
			'│ ↓ 2 more                                                                     │',
			'│                                                                              │',
			'│                                                                              │',
			'└──────────────────────────────────────────────────────────────────────────────┘',
			' ⏎ evidence  s sort  / filter  < > article  a articles  ? help  q quit   1 of 9',
		].join('\n'),
	);
	await app.press('G', app.has('Fenwick Post: same words · said by Mayor Dale Brook'), 'the last row');
	await app.press('?', app.has('Keys · Esc or ? closes'), 'the help');
	await app.press('q', app.has('Compare · 3 articles'), 'q closes the help first');
	t.is(app.quits(), 0);
	app.unmount();
});

test.serial('before the other articles are read, the Compare pane says so and fills in when they arrive', async t => {
	const app = setup({reports: sampleReports.slice(0, 1), compare: null, count: 3, sourceFirst: true});
	await waitFor(app.has('1/3 River Authority (source)'), 10_000, 'the first frame');
	t.is(app.lines()[1], '  1 Evacuations   2 Quotes   3 Timeline   4 Totals ✓   5 Compare …');
	await app.press('5', app.has('Reading the articles… 1 of 3 read'), 'the reading line');
	app.rerender(
		<MultiDashboard
			reports={sampleReports}
			compare={sampleCompare()}
			count={3}
			sourceFirst
			cols={80}
			rows={24}
			initialPane="counts"
			theme="mono"
		/>,
	);
	await waitFor(app.has('Compare · 3 articles · 5 ✗ differences'), 10_000, 'the comparison');
	await app.press('>', app.has('2/3 Valley Courier'), 'the second article, now read');
	app.unmount();
});
