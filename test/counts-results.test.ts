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

test('race results in prose: "outpolled B N to M", "tallied N votes to B’s M", "by a count of N to B’s M and C’s K"', t => {
	const {breakdowns} = read(
		[
			'Results',
			'',
			'With 40 of 44 precincts in, Ortega had outpolled Bramwell 21,400 to 17,950, with Green candidate Ada Fenn drawing 1,210 votes.',
			'',
			'In the 3rd District, challenger Ruth Okafor tallied just 9,870 votes to Delgado’s 30,115.',
			'',
			'In Marl County, Delgado prevailed by a count of 4,020 to Okafor’s 1,315 and Pike’s 212.',
		].join('\n'),
	);
	t.deepEqual(
		breakdowns.map(breakdown => items(breakdown)),
		[
			[
				['Ortega', 21_400],
				['Bramwell', 17_950],
				['Ada Fenn', 1210],
			],
			[
				['Ruth Okafor', 9870],
				['Delgado', 30_115],
			],
			[
				['Delgado', 4020],
				['Okafor', 1315],
				['Pike', 212],
			],
		],
	);
});

test('a county’s race is never held to a figure of another county or race in the sentence before it', t => {
	// 4,900 is Ortega's count in Ash County; Marl County's three candidates (4,020 + 1,078 + 212 = 5,310, more than it)
	// are no part of it, so there is nothing to hold them to and certainly no ✗.
	const {checks} = read(
		[
			'Results',
			'',
			'Ortega beat Bramwell by 6,480 to 1,990 votes in Birch County and was leading in Ash County by 4,900 votes to 2,670.',
			'',
			'In Marl County, Delgado prevailed by a count of 4,020 to Okafor’s 1,078 and Pike’s 212.',
		].join('\n'),
	);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
	t.false(checks.some(check => check.kind === 'breakdown-total' && check.expected === 4900));
});

test('a race told one candidate a sentence is one list, its whole the votes the sentence before says were cast', t => {
	// 1,210 + 905 + 385 = 2,500; 1,210 / 2,500 = 48.4%, 905 / 2,500 = 36.2%, 385 / 2,500 = 15.4%.
	const {breakdowns, checks} = read(
		"Runoff\n\nThere were 2,500 votes in the sheriff's race. Incumbent Ada Ruiz led the field with 1,210 votes, or 48% of the votes. Next, Tom Hale had 905 votes, or 36% of the votes. Lena Ward took third with 385 votes, or 15% of the votes.",
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ada Ruiz', 1210],
		['Tom Hale', 905],
		['Lena Ward', 385],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 2500);
	t.deepEqual(items(breakdowns[1]), [
		['Ada Ruiz', 48],
		['Tom Hale', 36],
		['Lena Ward', 15],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
	t.deepEqual(verdicts(checks, 'percentage'), ['consistent', 'consistent', 'consistent']);
});

test('candidates one a sentence who add to more than the votes said to be cast get ?, never ✗', t => {
	// 1,210 + 905 + 385 = 2,500, over the 2,400 the first sentence gives: maybe another count (registered voters?).
	const {checks} = read(
		"Runoff\n\nThere were 2,400 votes in the sheriff's race. Ada Ruiz led the field with 1,210 votes. Tom Hale had 905 votes. Lena Ward took third with 385 votes.",
	);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['unverifiable']);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('shares beside candidates with no stated whole are not held to the sum of the names listed', t => {
	// 600 / 1,000 = 60%, not 70%: but a third candidate may go unnamed, so the sum is no whole to hold a share to.
	const {checks} = read(
		'Council\n\nAda Ruiz took first with 600 votes, or 70% of the votes. Tom Hale took second with 400 votes, or 40% of the votes.',
	);
	t.deepEqual(verdicts(checks, 'percentage'), []);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('a medal split written "(12-13-15)" is gold, silver and bronze, held to the medals before it', t => {
	// 12 + 13 + 15 = 40; 3 + 1 + 1 = 5.
	const {breakdowns, checks} = read(
		'Games\n\nThe hosts finished with 40 total medals (12-13-15), their best haul. Their star swimmer took five medals (5: 3-1-1).',
	);
	const medals = breakdowns.filter(breakdown => breakdown.measure === 'medals');
	t.deepEqual(items(medals[0]), [
		['gold', 12],
		['silver', 13],
		['bronze', 15],
	]);
	t.is(medals[0]?.statedTotal?.value, 40);
	t.deepEqual(items(medals[1]), [
		['gold', 3],
		['silver', 1],
		['bronze', 1],
	]);
	t.is(medals[1]?.statedTotal?.value, 5);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'consistent']);
});

test('"(10-2-1)" in a sentence with no medals is a record, no split; a split that misses its total is ?, not ✗', t => {
	t.deepEqual(read('Season\n\nThe Hawks improved to 13 games (10-2-1) this season.').breakdowns, []);
	// 3 + 1 + 1 = 5, not 6: the figure before may count more than the three colours.
	const {checks} = read('Games\n\nShe took six medals (6: 3-1-1) in the pool.');
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['unverifiable']);
});

test('a scoring line after a colon with no space is read; a running score by quarter, one name again and again, is not', t => {
	const {breakdowns} = read(
		'Final\n\nAsh Valley 61, Birch Hill 50\nEnd of First Quarter:Ash Valley 14, Birch Hill 9…Halftime:Ash Valley 30, Birch Hill 22…Final:Ash Valley 61, Birch Hill 50…\nAsh Valley scoring:Dana Reyes 22 points, Kim Ortez 17, Lou Marsh 12, Pat Guo 10\n',
	);
	const scoring = breakdowns.find(breakdown => breakdown.items.some(item => item.name === 'Dana Reyes'));
	t.deepEqual(items(scoring), [
		['Dana Reyes', 22],
		['Kim Ortez', 17],
		['Lou Marsh', 12],
		['Pat Guo', 10],
	]);
	t.false(
		breakdowns.some(breakdown => breakdown.items.filter(item => item.name === 'Ash Valley').length > 1),
		'no list holds one team twice',
	);
});

test('records of two measures alternating ("people", "families", "people", "families") are no breakdown', t => {
	const {breakdowns} = read(
		'Shelters\n\nIn Ashby, 900 people, or 210 families, remain in shelters; 640 people, or 150 families, in Brill; and 22 people, or 5 families, in Corran.',
	);
	t.false(breakdowns.some(breakdown => breakdown.items.filter(item => item.name === 'people').length > 1));
});

test('"Altogether there were N votes cast for the election, A in …": the figure the whole opens on is no item', t => {
	// 120 + 90 + 90 = 300.
	const {breakdowns, checks} = read(
		'Vote\n\nAltogether there were 300 votes cast for the board election, 120 in the Ashby Precinct, 90 in the Brill Precinct and 90 in the Corran Precinct.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ashby Precinct', 120],
		['Brill Precinct', 90],
		['Corran Precinct', 90],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 300);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('a race told a candidate a paragraph, past sentences that give no count, with titles and places left out of the names', t => {
	const {breakdowns, checks} = read(
		[
			'Primary',
			'',
			'Of those who voted, most backed the front-runner.',
			'',
			'State Sen. Ada Ruiz of Ashby finished second in the county receiving 884 votes or 24.5 percent.',
			'',
			'Statewide, Ruiz was second with 22.5 percent.',
			'',
			'Former governor Ben Ortez finished third in the county with 268 votes or 7.4 percent.',
			'',
			'Businessman Cal Wu finished fourth in the county with 188 votes.',
		].join('\n'),
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ada Ruiz', 884],
		['Ben Ortez', 268],
		['Cal Wu', 188],
	]);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
	// A count that is no candidate's ends the race: the turnout between two races keeps them apart.
	const apart = read(
		'Vote\n\nAda Ruiz finished first in the county with 900 votes.\n\nTurnout was 4,100 voters.\n\nBen Ortez finished first in the city with 300 votes.',
	);
	t.false(apart.breakdowns.some(breakdown => breakdown.items.length === 2));
});

test('a stat line ("13 rebounds, 6 assists and 2 steals") counts several measures and is no breakdown', t => {
	const {breakdowns} = read(
		'Game\n\nShe set records for points (44), field goals made (16) and free throws made (11). She also had 9 rebounds, 7 assists and 3 steals.',
	);
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => /assists|field goals/.test(item.name))));
	// Points by player are one measure, and a list.
	const scoring = read('Game\n\nThe Hawks scored 60: Dana Reyes 22 points, Kim Ortez 20 and Lou Marsh 18.');
	t.is(scoring.breakdowns[0]?.items.length, 3);
});

test('"1,403 or 38.9 percent voted for Ada Ruiz" opens a race told a candidate a paragraph', t => {
	const {breakdowns} = read(
		[
			'Primary',
			'',
			'Of those who voted, 910 or 45.5 percent voted for Ada Ruiz, who carried most precincts.',
			'',
			'Ben Ortez finished second in the county with 640 votes or 32 percent.',
			'',
			'Cal Wu finished third in the county with 450 votes.',
		].join('\n'),
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ada Ruiz', 910],
		['Ben Ortez', 640],
		['Cal Wu', 450],
	]);
});
