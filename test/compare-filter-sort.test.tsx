import test from 'ava';
import {render} from 'ink-testing-library';
import {compareReports} from '../source/compare/compare.ts';
import {numberTexts} from '../source/ui/compare-counts-lines.ts';
import {compareModel} from '../source/ui/compare-model.ts';
import type {CompareModelView} from '../source/ui/compare-model.ts';
import {ComparePane} from '../source/ui/compare-pane.tsx';
import {nextSortColumn, sortLabel, sortRows, unsorted} from '../source/ui/compare-sort.ts';
import type {CompareSortColumn} from '../source/ui/compare-sort.ts';
import {MultiDashboard} from '../source/ui/multi-dashboard.tsx';
import type {MultiDashboardProps} from '../source/ui/multi-dashboard.tsx';
import {makeReport} from './helpers/compare-reports.ts';
import {sampleCompare, sampleReports} from './helpers/compare-sample.ts';
import {keys} from './helpers/keys.ts';
import {waitFor} from './helpers/wait-for.ts';

// The Compare pane's `/` filter and `s` / `S` sort, on the sample of helpers/compare-sample.ts: the agency (River
// Authority: Lowmoor County 40, Ashby 30, St. Oswin 20, Fenwick 10), the courier (Lowmoor 40, Ashby 35, Saint
// Oswin 20, no Fenwick) and the post (40, 30, 20, Fenwick 15). Expected orders are worked out from those figures.

function pane(view: CompareModelView, width = 76, height = 30): string {
	const model = compareModel(sampleCompare(), width, 0, view);
	const app = render(<ComparePane model={model} selected={0} top={0} height={height} width={width} />);
	const text = app.lastFrame() ?? '';
	app.unmount();
	return text;
}

const names = (column: CompareSortColumn, reversed = false): string[] =>
	sortRows(sampleCompare().counts[0]!.rows, {column, reversed}).map(row => row.name);

test('the filter keeps the rows that show the text, a spelling only one article uses included, under their heading', t => {
	// "Saint Oswin" is the courier's spelling, shown only on the join line; the row's heading and column names stay.
	t.is(
		pane({filter: 'saint', sort: unsorted}),
		[
			// Cut at the pane's 76 cells from its end: the filter's note comes before the differences.
			'Compare · 3 articles · filter “saint”: 1 of 9 rows · 5 ✗ differences · meas…',
			'Counts · Evacuations · 4 rows, 3 differ',
			'  Name                  •River … Valley … Fenwick…',
			'› ≈ St. Oswin                   20       20       20',
			'    ≈ spelled “Saint Oswin” (Valley Courier), “St Oswin” (Fenwick Post)',
		].join('\n'),
	);
});

test('the filter finds numbers in any column, and the heading of a later section goes to its first row kept', t => {
	// 35 is the courier's Ashby only; 95 is the courier's sum in Totals, whose heading comes along.
	const ashby = pane({filter: '35', sort: unsorted}).split('\n');
	t.is(ashby.length, 4);
	t.is(ashby[3], '› ✗ Ashby                       30      ▲35       30 off by 5');
	const sum = pane({filter: '95', sort: unsorted}).split('\n');
	t.deepEqual(sum.slice(1, 3), ['Totals', '  List                  •River … Valley … Fenwick…']);
	t.true(sum[3]!.includes('✗ Evacuations'), sum[3]);
	// A word of the quotation, and a speaker only one article names.
	t.true(pane({filter: 'anyone', sort: unsorted}).includes('Quotes'));
	t.regex(pane({filter: 'mayor', sort: unsorted}), /Fenwick Post: same words · said by Mayor Dale Brook/);
	t.true(pane({filter: 'zzz', sort: unsorted}).includes('No rows match the filter. Esc clears it.'));
});

test('values are found as drawn and as typed: 1,200 and 1200', t => {
	t.deepEqual(numberTexts(1200), ['1,200', '1200']);
	t.deepEqual(numberTexts(35), ['35']);
	const a = makeReport({
		source: 'A Wire',
		lists: [
			{
				measure: 'ballots',
				items: [
					['North', 1200],
					['South', 800],
				],
			},
		],
	});
	const b = makeReport({
		source: 'B Post',
		lists: [
			{
				measure: 'ballots',
				items: [
					['North', 1250],
					['South', 800],
				],
			},
		],
	});
	const compare = compareReports([
		{label: 'A Wire', report: a, primary: false},
		{label: 'B Post', report: b, primary: false},
	]);
	const model = compareModel(compare, 76, 0, {filter: '1200', sort: unsorted});
	t.deepEqual(
		model.items.map(item => item.id),
		[compare.counts[0]!.rows[0]!.id],
	);
});

test('s goes round name, each article, the disagreement and back to the article order', t => {
	const cycle: CompareSortColumn[] = [{by: 'text'}];
	for (let step = 0; step < 6; step++) cycle.push(nextSortColumn(cycle.at(-1)!, 3));
	t.deepEqual(cycle, [
		{by: 'text'},
		{by: 'name'},
		{by: 'article', column: 0},
		{by: 'article', column: 1},
		{by: 'article', column: 2},
		{by: 'spread'},
		{by: 'text'},
	]);
});

test('sorted rows: by name, by an article (its missing rows last both ways), by disagreement', t => {
	t.deepEqual(names({by: 'text'}), ['Lowmoor County', 'Ashby', 'St. Oswin', 'Fenwick']);
	t.deepEqual(names({by: 'name'}), ['Ashby', 'Fenwick', 'Lowmoor County', 'St. Oswin']);
	t.deepEqual(names({by: 'name'}, true), ['St. Oswin', 'Lowmoor County', 'Fenwick', 'Ashby']);
	// The courier: 40, 35, 20, and no Fenwick.
	t.deepEqual(names({by: 'article', column: 1}), ['Lowmoor County', 'Ashby', 'St. Oswin', 'Fenwick']);
	t.deepEqual(names({by: 'article', column: 1}, true), ['St. Oswin', 'Ashby', 'Lowmoor County', 'Fenwick']);
	// The post: 40, 30, 20, 15.
	t.deepEqual(names({by: 'article', column: 2}, true), ['Fenwick', 'St. Oswin', 'Ashby', 'Lowmoor County']);
	// Off by 5 and missing once (Fenwick), off by 5 (Ashby), then the two that agree in the article order.
	t.deepEqual(names({by: 'spread'}), ['Fenwick', 'Ashby', 'Lowmoor County', 'St. Oswin']);
	const compare = sampleCompare();
	t.is(sortLabel(compare, {column: {by: 'article', column: 1}, reversed: false}), 'Valley Courier ▼');
	t.is(sortLabel(compare, {column: {by: 'name'}, reversed: true}), 'name ▼');
	t.is(sortLabel(compare, unsorted), '');
});

test('the stated total stays the last row of its list whatever the order', t => {
	const lines = pane({filter: '', sort: {column: {by: 'name'}, reversed: true}}).split('\n');
	t.deepEqual(
		lines.slice(3, 9).map(line => line.slice(4, 18).trim()),
		['St. Oswin', '≈ spelled “Sai', 'Lowmoor County', '≈ written shor', 'Fenwick', 'Ashby'],
	);
	t.true(lines[9]!.includes('Stated total'), lines[9]);
});

function setup(props: Partial<MultiDashboardProps> = {}) {
	const app = render(
		<MultiDashboard
			reports={sampleReports}
			compare={sampleCompare()}
			cols={120}
			rows={30}
			initialPane="counts"
			theme="mono"
			startOnCompare
			onQuit={() => undefined}
			{...props}
		/>,
	);
	const frame = (): string => app.lastFrame() ?? '';
	const footer = (): string => (frame().split('\n').at(-1) ?? '').trimEnd();
	return {
		...app,
		frame,
		footer,
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
	'through the keys: / types a filter (a and q are letters there), Enter keeps it, Esc clears it',
	async t => {
		const app = setup();
		await waitFor(app.has('Compare · 3 articles'), 10_000, 'the first frame');
		t.true(
			app.footer().startsWith(' ↑↓ move  ⏎ evidence  s sort  / filter  < > article  a articles  ? help  q quit  1-4'),
			app.footer(),
		);
		t.true(app.footer().endsWith(' 1 of 9'));
		// One write: the prompt, letters that are keys elsewhere (a opens the picker, q quits), Backspace, Enter.
		await app.press('/aq\u007F\u007Fash', app.has('/ash▏'), 'the filter typed');
		t.true(app.has('filter “ash”: 1 of 9 rows')());
		await app.press(keys.enter, () => app.footer().endsWith('“ash” · 1 of 1'), 'the filter kept');
		t.true(app.has('› ✗ Ashby')());
		await app.press(keys.escape, () => app.footer().endsWith('1 of 9'), 'the filter cleared');
		t.false(app.has('filter “')());
		app.unmount();
	},
);

test.serial('through the keys: s and S sort the Counts rows, the selected row stays selected', async t => {
	const app = setup();
	await waitFor(app.has('Compare · 3 articles'), 10_000, 'the first frame');
	await app.press('j', () => app.footer().endsWith('2 of 9'), 'Ashby, the second row');
	await app.press('s', () => app.footer().endsWith('name ▲ · 1 of 9'), 'by name');
	t.true(app.has('› ✗ Ashby')(), 'Ashby is first by name and still selected');
	// Several keys in one write: on to the courier's values, then reversed.
	await app.press('ssS', () => app.footer().endsWith('Valley Courier ▲ · 2 of 9'), 'the courier, reversed');
	t.true(app.has('› ✗ Ashby')());
	await app.press('sss', () => app.footer().endsWith('2 of 9') && !app.footer().includes('▲'), 'round to the start');
	app.unmount();
});

test.serial('articles that share nothing offer neither / nor s, and the keys do nothing there', async t => {
	const a = makeReport({source: 'A Wire', lists: [{measure: 'ballots', items: [['North', 12]]}]});
	const b = makeReport({source: 'B Post', quotes: [['Ann Bell', 'we will see']]});
	const compare = compareReports([
		{label: 'A Wire', report: a, primary: false},
		{label: 'B Post', report: b, primary: false},
	]);
	t.false(compare.shared);
	const app = setup({reports: [a, b], compare});
	await waitFor(app.has('share no list, date or quotation'), 10_000, 'the first frame');
	t.false(app.footer().includes('/ filter'), app.footer());
	t.false(app.footer().includes('s sort'), app.footer());
	await app.press('/', () => true, 'the slash');
	await app.press('s', app.has('share no list'), 'the s');
	t.false(app.has('▏')(), 'no prompt opened');
	app.unmount();
});
