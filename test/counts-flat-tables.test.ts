// Tables that lost their line breaks when a web page was copied to text: header and rows run together on one line, as
// real copy from other outlets often reaches newsdash (test/real/, facts only). Written here in our own words.
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

test('a table run onto one line is read by its rhythm; each year column is a list, the latest first, a change column none', t => {
	// The 2024 column: 410 + 122 + 97 + 58 + 13 = 700, the Total row's.
	const {breakdowns, checks} = read(
		'Road deaths\n\nThe county figures, as the agency gave them:\n\nCounty 2023 2024 Change Ashby 398 410 3.0% Brill 130 122 −6.2% Corran 90 97 7.8% Dunmore Vale 61 58 −4.9% Eske 15 13 −13.3% Total 694 700 0.9%\n',
	);
	const table = breakdowns.find(breakdown => breakdown.items.length === 5);
	t.deepEqual(items(table), [
		['Ashby', 410],
		['Brill', 122],
		['Corran', 97],
		['Dunmore Vale', 58],
		['Eske', 13],
	]);
	t.is(table?.statedTotal?.value, 700);
	// The 2023 column is a list of its own, after the latest: 398 + 130 + 90 + 61 + 15 = 694, its Total row's.
	const earlier = breakdowns.filter(breakdown => breakdown.items.length === 5)[1];
	t.deepEqual(
		items(earlier).map(([, value]) => value),
		[398, 130, 90, 61, 15],
	);
	t.is(earlier?.statedTotal?.value, 694);
	t.is(breakdowns.length, 2, 'the change column is no list');
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'consistent']);
});

test('a one-line table cut off in the middle of a row is partial, so it can earn no ✗', t => {
	const {breakdowns, checks} = read(
		'Harvest\n\nBy district:\n\nDistrict Tons Share Orrin 1,204 31% Pell 988 25% Quarry 760 19% Rusk 511 13% Tamsin 402 10% Ulm\n',
	);
	const table = breakdowns.find(breakdown => breakdown.items.length === 5);
	t.deepEqual(items(table), [
		['Orrin', 1204],
		['Pell', 988],
		['Quarry', 760],
		['Rusk', 511],
		['Tamsin', 402],
	]);
	t.false(table?.complete);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('prose full of figures with no rhythm of rows is no table', t => {
	const {breakdowns} = read(
		'Budget\n\nThe board set aside 40 new posts, 12 of them part-time, after 3 hearings that drew 250 residents; the 2 largest schools get 9 and 7 teachers, while 5 smaller ones share 14, the district said in 1 statement.\n',
	);
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => item.name.includes('hearings'))));
	t.false(breakdowns.some(breakdown => breakdown.items.length >= 4));
});
