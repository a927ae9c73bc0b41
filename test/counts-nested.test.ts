// A list that divides an item of another list says so in the Counts pane's title, so a reader sees the nesting.
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import {paneModel} from '../source/ui/pane-model.ts';
import {items, read, verdicts} from './helpers/read-counts.ts';

const report = buildReport(
	parseArticle(
		'Layoffs\n\nThree mills will lay off 445 in the valley.\n\nNorthway Paper is laying off 210 workers at its river site, it told the state.\n\nThe cooperative Delta Fibre said the cuts will mean 140 job losses — 90 at its Ashby plant and 50 at its Corran plant.\n\nState officials said Kell Board Mills closed, idling 95 workers.',
	),
);

function title(breakdown: number): string {
	const model = paneModel(report, 'counts', {filter: '', sort: {column: 'text', reversed: false}, breakdown}, 100);
	return model.pane === 'counts' ? model.title.map(segment => segment.text).join('') : '';
}

test('a nested list names the item it divides and its list; the outer list names none', t => {
	t.is(report.breakdowns.length, 2);
	t.false(title(0).includes('parts of'));
	t.true(title(1).includes(' · parts of Delta Fibre (list 1)'), title(1));
});

test('the parts of an item are shown under it, indented, and the filtered subtotal counts the item once', t => {
	const model = paneModel(report, 'counts', {filter: '', sort: {column: 'text', reversed: false}, breakdown: 0}, 100);
	if (model.pane !== 'counts') return t.fail();
	t.deepEqual(
		model.rows.map(row => [row.name, row.amount, row.depth]),
		[
			['Northway Paper', 210, 0],
			['Delta Fibre', 140, 0],
			['└ Ashby', 90, 1],
			['└ Corran', 50, 1],
			['Kell Board Mills', 95, 0],
		],
	);
});

test("a line that gives its figure's parts in parentheses holds a list of its own; later lines may leave the labels out", t => {
	// 900 = 500 + 250 + 150; 610 = 300 + 200 + 110; the labels are the first line's.
	const {breakdowns, checks} = read(
		[
			'Catch so far',
			'Ashby = 900 (trout = 500; perch = 250; pike = 150)',
			'Brill = 610 (300, 200, 110)',
			'Corran = 95',
		].join('\n'),
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ashby', 900],
		['Brill', 610],
		['Corran', 95],
	]);
	const parts = breakdowns.filter(breakdown => breakdown.parent !== null);
	t.deepEqual(
		parts.map(breakdown => [items(breakdown), breakdown.statedTotal?.value, breakdown.parent?.itemIndex]),
		[
			[
				[
					['trout', 500],
					['perch', 250],
					['pike', 150],
				],
				900,
				0,
			],
			[
				[
					['trout', 300],
					['perch', 200],
					['pike', 110],
				],
				610,
				1,
			],
		],
	);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'consistent']);
});

test("a parenthesis whose figures do not add up to the line's is no list of its parts", t => {
	const {breakdowns} = read(
		['Catch so far', 'Ashby = 900 (trout = 500; perch = 250)', 'Brill = 610', 'Corran = 95'].join('\n'),
	);
	t.false(breakdowns.some(breakdown => breakdown.parent !== null));
});
