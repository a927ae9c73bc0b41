// Aligned text tables with several counted columns, as real copy from other outlets prints them (test/real/, facts
// only): one column per precinct or year, a dash for an empty cell, a header wrapped onto a second line. Written here
// in our own words.
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

const precincts = [
	'How the three stations compared last year.',
	'',
	'INCIDENTS            4th      9th      12th',
	'Arson                  3        -         5',
	'Theft                140      212       98',
	'Vandalism             61       44       70',
	'Fraud                 22       31       17',
	'',
	'The 9th had the most thefts.',
].join('\n');

test('a table whose columns are named by ordinals is one list per column, each saying whose it is', t => {
	const {breakdowns} = read(precincts);
	t.deepEqual(
		breakdowns.map(breakdown => breakdown.measure),
		['incidents (4th)', 'incidents (9th)', 'incidents (12th)'],
	);
	t.deepEqual(items(breakdowns[0]), [
		['Arson', 3],
		['Theft', 140],
		['Vandalism', 61],
		['Fraud', 22],
	]);
	t.deepEqual(
		items(breakdowns[2]).map(([, value]) => value),
		[5, 98, 70, 17],
	);
});

test('a dash leaves the row out of its column and makes that column partial, never a ✗', t => {
	const {breakdowns, checks} = read(precincts);
	t.deepEqual(
		items(breakdowns[1]).map(([name]) => name),
		['Theft', 'Vandalism', 'Fraud'],
	);
	t.false(breakdowns[1]!.complete);
	t.true(breakdowns[0]!.complete);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('a header wrapped onto a second line still heads the table; a column of another measure stays unread', t => {
	// 51,200 + 30,400 + 8,150 = 89,750, the Total row's.
	const {breakdowns, checks} = read(
		[
			'Outages by utility on Friday morning:',
			'',
			' Utility              Reg/Terr    Without power    Customers',
			'                        itory',
			' Lakeshore Electric     ON          51,200          610,000',
			' Valley Co-op           ON          30,400           41,000',
			' North Hydro            MB           8,150          302,500',
			'',
			'                       Total        89,750',
		].join('\n'),
	);
	t.is(breakdowns.length, 1);
	t.deepEqual(items(breakdowns[0]), [
		['Lakeshore Electric', 51_200],
		['Valley Co-op', 30_400],
		['North Hydro', 8150],
	]);
	t.is(breakdowns[0]!.statedTotal?.value, 89_750);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('year columns with a Total row are checked column by column', t => {
	// 2023: 120 + 75 + 40 = 235 (stated 235). 2024: 130 + 80 + 45 = 255, stated 265: ten short, and every row is given.
	const {breakdowns, checks} = read(
		[
			'Permits issued by district.',
			'',
			'District      2023     2024',
			'Harbour        120      130',
			'Old Town        75       80',
			'Riverside       40       45',
			'Total          235      265',
		].join('\n'),
	);
	t.deepEqual(
		breakdowns.map(breakdown => [breakdown.measure, breakdown.sum, breakdown.statedTotal?.value]),
		[
			['figures (2023)', 235, 235],
			['figures (2024)', 255, 265],
		],
	);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'inconsistent']);
});

test('rows that give several counts in one pattern are one list per place in the pattern, named from the header', t => {
	// Thefts 2024: 12 + 30 + 7 = 49, as the Total row says; the other columns have their totals too.
	const {breakdowns, checks} = read(
		[
			'Crime by ward, January to June, with last year in brackets:',
			'',
			'Thefts 2024 (2023) — Burglaries 2024 (2023)',
			'North Ward: 12 (15) — 40 (38)',
			'South Ward: 30 (22) — 61 (70)',
			'Harbour Ward: 7 (9) — 18 (18)',
			'Total: 49 (46) — 119 (126)',
		].join('\n'),
	);
	t.deepEqual(
		breakdowns.map(breakdown => [
			breakdown.measure,
			breakdown.items.map(item => item.value),
			breakdown.statedTotal?.value,
		]),
		[
			['thefts 2024', [12, 30, 7], 49],
			['thefts 2023', [15, 22, 9], 46],
			['burglaries 2024', [40, 61, 18], 119],
			['burglaries 2023', [38, 70, 18], 126],
		],
	);
	t.deepEqual(
		items(breakdowns[0]).map(([name]) => name),
		['North Ward', 'South Ward', 'Harbour Ward'],
	);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'consistent', 'consistent', 'consistent']);
});

test("a row pattern needs two counts a row: a count with its share stays the line reader's, with the total above it", t => {
	// 300 of 1,000 is 30%, 700 is 70%: the shares are of the total printed above, not of a column's sum.
	const {breakdowns, checks} = read(
		['Results', '', 'Total Votes 1,000', 'Ann Lee 300 30.00%', 'Bo Park 690 69.00%', 'Cy Diaz 10 1.00%'].join('\n'),
	);
	t.is(breakdowns.length, 1);
	t.is(breakdowns[0]?.statedTotal?.value, 1000);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});
