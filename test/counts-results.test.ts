// A county's results summary as boards of elections print it, in our own words and invented figures (structure seen in
// real copy, test/real/, facts only): metadata rows, a "Total Votes" line above each race, rows with their shares.
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

const summary = [
	'Results summary',
	'',
	'Ash County',
	'Registered Voters 12,400',
	'Mayor',
	'Number of Precincts 20',
	'Precincts Reporting 20 100%',
	'Times Counted 9100/12400 73.4 %',
	'Total Votes 9,000',
	'Dana Reyes 5,400 60.00%',
	'Lee Okafor 3,500 38.89%',
	'Council',
	'Number of Precincts 20',
	'Precincts Reporting 20 100%',
	'Total Votes 8,800',
	'Sam Ortiz 4,400 50.00%',
	'Kim Hale 2,640 30.00%',
	'Ana Bell 1,760 20.00%',
	'',
].join('\n');

test('a race\'s rows under its "Total Votes" line are a list with that total; the rows\' shares are of it', t => {
	const {breakdowns, checks} = read(summary);
	t.deepEqual(breakdowns.map(items), [
		[
			['Dana Reyes', 5400],
			['Lee Okafor', 3500],
		],
		[
			['Sam Ortiz', 4400],
			['Kim Hale', 2640],
			['Ana Bell', 1760],
		],
	]);
	t.deepEqual(
		breakdowns.map(breakdown => breakdown.statedTotal?.value),
		[9000, 8800],
	);
	// 5,400 + 3,500 = 8,900, 100 short of 9,000 (write-ins not printed): "?", not ✗. 4,400 + 2,640 + 1,760 = 8,800.
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['unverifiable', 'consistent']);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('precinct counts, turnout and a "Total Votes" column are no list of their own', t => {
	const {breakdowns} = read(summary);
	t.false(
		breakdowns.some(breakdown => breakdown.items.some(item => /Precincts|Times Counted|Registered/.test(item.name))),
	);
});
