// Results printed as blocks (a heading, then the same rows under each), in our own words, as real results copy is laid
// out (test/real/, facts only).
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

const levy =
	'Library levy results\n\nPrecinct results for the library levy\nPrecinct One\nFor The Levy: 40\nAgainst The Levy: 25\n' +
	'Precinct Two\nFor The Levy: 18\nAgainst The Levy: 30\nPrecinct Three\nFor The Levy: 52\nAgainst The Levy: 9\n' +
	'For The Levy: 110\nAgainst The Levy: 64\nTotal Votes Cast: 174\n';

test('a row repeated under every heading is a list by heading, whose whole is the unheaded row', t => {
	// For: 40 + 18 + 52 = 110; against: 25 + 30 + 9 = 64; 110 + 64 = 174.
	const {breakdowns} = read(levy);
	const byPrecinct = breakdowns.filter(breakdown => breakdown.items[0]?.name === 'Precinct One');
	t.deepEqual(byPrecinct.map(items), [
		[
			['Precinct One', 40],
			['Precinct Two', 18],
			['Precinct Three', 52],
		],
		[
			['Precinct One', 25],
			['Precinct Two', 30],
			['Precinct Three', 9],
		],
	]);
	t.deepEqual(
		byPrecinct.map(breakdown => breakdown.statedTotal?.value),
		[110, 64],
	);
	const whole = breakdowns.find(breakdown => breakdown.statedTotal?.value === 174);
	t.deepEqual(items(whole), [
		['For The Levy', 110],
		['Against The Levy', 64],
	]);
});

test('no list mixes one block with the totals after it, and nothing in the table is ✗', t => {
	const {breakdowns, checks} = read(levy);
	t.false(
		breakdowns.some(
			breakdown => breakdown.items.some(item => item.value === 52) && breakdown.items.some(item => item.value === 110),
		),
	);
	t.false(verdicts(checks, 'breakdown-total').includes('inconsistent'));
	// "Precinct One" numbers a heading; it is no row worth 1.
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => item.name === 'Precinct')));
});

test('in a bulleted list a name met twice stays in one list', t => {
	// 500 + 300 + 200 = 1,000.
	const {breakdowns, checks} = read(
		'Grants\n\nThe agency approved $1,000 in grants, which include:\n\n• $500 for roads for Ashby\n• $300 for debris removal for Bellham\n• $200 for repairs for Ashby\n',
	);
	t.is(breakdowns.length, 1);
	t.is(breakdowns[0]?.items.length, 3);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('precinct blocks whose headings number several precincts, with a "Total:" line over the whole', t => {
	// Yes: 40 + 55 + 21 = 116; No: 33 + 60 + 19 = 112, both as the Total block says.
	const {breakdowns, checks} = read(
		[
			'Results',
			'',
			'Library levy - unofficial',
			'Elm Township Precinct 1 & 2',
			'Yes: 40',
			'No: 33',
			'Elm Township Precinct 1, 3, 4 AV',
			'Yes: 55',
			'No: 60',
			'St. Ives City Precinct 2',
			'Yes: 21',
			'No: 19',
			'Total:',
			'Yes: 116',
			'No: 112',
			'3 of 3 precincts reported',
		].join('\n'),
	);
	const yes = breakdowns.find(breakdown => breakdown.measure === 'Yes');
	t.deepEqual(items(yes), [
		['Elm Township Precinct 1 & 2', 40],
		['Elm Township Precinct 1, 3, 4 AV', 55],
		['St. Ives City Precinct 2', 21],
	]);
	t.is(yes?.statedTotal?.value, 116);
	t.is(breakdowns.find(breakdown => breakdown.measure === 'No')?.statedTotal?.value, 112);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'consistent']);
	// A block's own two sides are read across the blocks, not again as a list of their own.
	t.false(breakdowns.some(breakdown => breakdown.items.length === 2 && breakdown.items[0]!.value === 40));
});
