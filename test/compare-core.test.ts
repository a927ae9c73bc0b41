import test from 'ava';
import {compareReports} from '../source/compare/compare.ts';
import {dateRole, datesDisagree} from '../source/compare/dates.ts';
import {measureKey} from '../source/compare/group-breakdowns.ts';
import {articleLabels} from '../source/compare/labels.ts';
import {makeReport} from './helpers/compare-reports.ts';
import {agency, courier, post, sampleCompare} from './helpers/compare-sample.ts';

test('the primary source is the first column and the reference', t => {
	const result = sampleCompare();
	t.deepEqual(
		result.articles.map(article => [article.label, article.primary]),
		[
			['River Authority', true],
			['Valley Courier', false],
			['Fenwick Post', false],
		],
	);
	t.is(result.reference, 0);
	t.true(result.shared);
});

test('lists of one measure are aligned by name, disagreements measured against the primary source', t => {
	const [group, ...others] = sampleCompare().counts;
	t.is(others.length, 0);
	t.is(group!.measure, 'evacuations');
	t.deepEqual(group!.otherMeasures, [null, null, null]);
	t.deepEqual(
		group!.rows.map(row => [
			row.name,
			row.cells.map(cell => cell?.value ?? null),
			row.deltas,
			row.disagree,
			row.spread,
		]),
		[
			['Lowmoor County', [40, 40, 40], [0, 0, 0], false, 0],
			['Ashby', [30, 35, 30], [0, 5, 0], true, 5],
			['St. Oswin', [20, 20, 20], [0, 0, 0], false, 0],
			// The courier does not name Fenwick: missing there, not a difference of value.
			['Fenwick', [10, null, 15], [0, null, 5], true, 5],
		],
	);
	t.deepEqual(
		group!.rows.map(row => row.missing),
		[0, 0, 0, 1],
	);
	t.deepEqual(group!.rows[0]!.join, {rule: 'contained', spellings: ['Lowmoor County', 'Lowmoor']});
	t.deepEqual(group!.rows[2]!.join, {rule: 'spelling', spellings: ['St. Oswin', 'Saint Oswin', 'St Oswin']});
	t.is(group!.rows[1]!.join, null);
	t.deepEqual(
		group!.totals.map(total => total?.value ?? null),
		[100, 100, 105],
	);
	t.true(group!.totalsDisagree);
	t.deepEqual(group!.sums, [100, 95, 105]);
	// Ashby, Fenwick and the totals row.
	t.is(group!.disagreements, 3);
});

test('without a primary source the most common value is the reference', t => {
	const reports = [courier, agency, post];
	const result = compareReports(reports.map((report, i) => ({label: `a${i}`, report, primary: false})));
	const ashby = result.counts[0]!.rows.find(row => row.name === 'Ashby')!;
	t.is(ashby.reference, 30);
	t.deepEqual(ashby.deltas, [5, 0, 0]);
});

test('the totals section puts each article stated total, sum and verdict side by side', t => {
	const {totals} = sampleCompare();
	t.deepEqual(
		totals.rows[0]!.cells.map(cell => cell && [cell.stated?.value ?? null, cell.sum, cell.verdict]),
		[
			[100, 100, 'consistent'],
			[100, 95, 'unverifiable'],
			[105, 105, 'consistent'],
		],
	);
	t.true(totals.rows[0]!.disagree);
	t.deepEqual(totals.tallies[1], {consistent: 0, inconsistent: 0, unverifiable: 1});
});

test('a quotation that lost a word and one given to another speaker are shown', t => {
	const [row, ...others] = sampleCompare().quotes;
	t.is(others.length, 0);
	t.is(row!.speaker, 'Rhea Lund');
	t.true(row!.wordsChanged);
	t.true(row!.speakersDiffer);
	t.deepEqual(row!.cells[1]!.diff, [
		{kind: 'same', text: 'the water rose faster than'},
		{kind: 'removed', text: 'anyone'},
		{kind: 'same', text: 'expected'},
	]);
	t.false(row!.cells[2]!.changed);
	t.is(row!.cells[2]!.speaker, 'Mayor Dale Brook');
});

test('the same start dated to different days disagrees; the article without it is missing', t => {
	const [row, ...others] = sampleCompare().dates;
	t.is(others.length, 0);
	t.is(row!.role, 'start');
	t.deepEqual(
		row!.cells.map(cell => cell?.date ?? null),
		['2026-03-02', '2026-03-03', null],
	);
	t.true(row!.disagree);
});

test('articles that share nothing say so', t => {
	const one = makeReport({
		source: 'A',
		lists: [
			{
				measure: 'votes',
				items: [
					['North', 1],
					['South', 2],
				],
			},
		],
	});
	const two = makeReport({
		source: 'B',
		lists: [
			{
				measure: 'trees',
				items: [
					['Oak', 3],
					['Elm', 4],
				],
			},
		],
	});
	const result = compareReports([
		{label: 'A', report: one, primary: false},
		{label: 'B', report: two, primary: false},
	]);
	t.false(result.shared);
	t.deepEqual(result.counts, []);
});

test('a list whose measure was not read joins the list it mostly shares names with, its measure kept', t => {
	const one = makeReport({
		source: 'A',
		lists: [
			{
				measure: 'traps',
				items: [
					['North', 1],
					['South', 2],
					['East', 3],
				],
			},
		],
	});
	const two = makeReport({
		source: 'B',
		lists: [
			{
				measure: 'figures',
				items: [
					['North', 1],
					['South', 5],
				],
			},
		],
	});
	const [group] = compareReports([
		{label: 'A', report: one, primary: false},
		{label: 'B', report: two, primary: false},
	]).counts;
	t.deepEqual(group!.otherMeasures, [null, 'figures']);
	t.is(group!.rows.length, 3);
});

test('date roles come from the words before the date', t => {
	t.is(dateRole('The sweep began on '), 'start');
	t.is(dateRole('It ran from '), 'start');
	t.is(dateRole('and ended on '), 'end');
	t.is(dateRole('Owners have until '), 'end');
	t.is(dateRole('The storm hit on '), 'point');
	t.false(datesDisagree('2026-05', '2026-05-07'));
	t.true(datesDisagree('2026-05-08', '2026-05-07'));
});

test('measures compare without case and plural', t => {
	t.is(measureKey('Illegal crab traps'), measureKey('illegal crab trap'));
	t.not(measureKey('arrests'), measureKey('deaths'));
});

test('two articles from one outlet get distinct labels; a file name serves without an outlet', t => {
	const labels = articleLabels([
		makeReport({source: 'Gazette'}),
		makeReport({source: null, path: 'notes/second.txt'}),
		makeReport({source: 'Gazette'}),
	]);
	t.deepEqual(labels, ['Gazette', 'second.txt', 'Gazette (3)']);
});

test('lists that each name a different measure are not joined, however many places they share', t => {
	const places = (measure: string) =>
		makeReport({
			source: measure,
			lists: [
				{
					measure,
					items: [
						['North', 1],
						['South', 2],
					],
				},
			],
		});
	const result = compareReports([
		{label: 'A', report: places('layoffs'), primary: false},
		{label: 'B', report: places('complaints'), primary: false},
	]);
	t.deepEqual(result.counts, []);
});
