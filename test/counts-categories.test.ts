// Shares named by what they are rather than where, after the whole they divide, in our own words (structure seen in
// real copy, test/real/, facts only); and the negatives that must stay silent.
import test from 'ava';
import {findNumbers} from '../source/extract/numbers/numbers.ts';
import {items, read, verdicts} from './helpers/read-counts.ts';

test('"Out of the 1,300 cases, 700 were …, 100 were … and 500 were …" divides the 1,300', t => {
	// 700 + 100 + 500 = 1,300.
	const {breakdowns, checks} = read(
		'Cases\n\nOut of the 1,300 cases, 700 were close contacts, 100 were travel-related, and 500 were still being traced.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['close contacts', 700],
		['travel-related', 100],
		['still being traced', 500],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 1300);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"of this group, 600 are boys and 250 are girls" after the whole in the sentence before', t => {
	// 600 + 250 = 850.
	const {breakdowns, checks} = read(
		'Grades\n\nA total of 850 pupils earned the top mark this year. The board said that of this group, 600 are boys, and 250 are girls.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['boys', 600],
		['girls', 250],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"N students …, with A boys and B girls" divides the N before it', t => {
	// 4,100 + 3,900 = 8,000.
	const {breakdowns} = read('Grades\n\nSome 8,000 students earned a B, with 4,100 boys and 3,900 girls.');
	t.deepEqual(items(breakdowns[0]), [
		['boys', 4100],
		['girls', 3900],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 8000);
});

test('"include 140 from strain A, 60 strain B and 5 from an unknown strain": the preposition left out after the first', t => {
	// 140 + 60 + 5 = 205.
	const {breakdowns, checks} = read(
		'Flu\n\nThe state counted 205 flu deaths. The deaths include 140 from strain A, 60 strain B, and 5 from an unknown strain.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['strain A', 140],
		['strain B', 60],
		['unknown strain', 5],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('a figure and what befell it, with no whole before it, is no list', t => {
	t.deepEqual(read('Storm\n\nIn Ashby 12 were hurt and in Bellham 9 were stranded overnight.').breakdowns, []);
	t.deepEqual(read('Game\n\nShe had 21 points, 9 were from the line and 4 were threes.').breakdowns, []);
});

test('a list inside a parenthesis is read as a list, its lead the words before it', t => {
	const {breakdowns} = read(
		'Relief\n\nThe state released Rs 900 million to the district collectors for relief (Ashpur- 300 million, Belgram- 450 million, Chandi- 150 million).',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ashpur', 300],
		['Belgram', 450],
		['Chandi', 150],
	]);
});

test('a level a figure has come to is no share: "Death toll rises to 57, at least 10 missing in Ashpur"', t => {
	t.deepEqual(read('Storm\n\nDeath toll rises to 57, at least 10 still missing in Ashpur.').breakdowns, []);
});

test('a results run: "the Bell League 10" and "Dale Union and Elm Alliance three seats each"', t => {
	const {breakdowns} = read(
		'Seats\n\nThe Ashby Party won 18 seats, the Bell League 10, Cedar Front five, Dale Union and Elm Alliance three seats each, and Fir Bloc and the Gorse Party two seats each.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ashby Party', 18],
		['Bell League', 10],
		['Cedar Front', 5],
		['Dale Union', 3],
		['Elm Alliance', 3],
		['Fir Bloc', 2],
		['Gorse Party', 2],
	]);
});

test('a figure written as one of a pair in another sentence is no whole to hold a list over: "?" not ✗', t => {
	// 18 + 10 + 5 = 33 > 31, but the 31 is one party's seats ("31 seats and 27 seats, respectively").
	const {checks} = read(
		'Seats\n\nThe two rivals, the Reform Party and the Union Party, were far behind with 31 seats and 27 seats, respectively.\n\nThe Ashby Party won 18 seats, the Bell League 10 and Cedar Front five.',
	);
	t.false(verdicts(checks, 'breakdown-total').includes('inconsistent'));
});

test('"with 66 medals in its bag; 22 gold, 20 silver and 20 bronze": the parts after a semicolon, which fall 4 short', t => {
	// 22 + 20 + 20 = 62, not 66: the article presents the three as the whole, so the gap is ✗.
	const {breakdowns, checks} = read(
		'Games\n\nOstland finished the Games with 66 medals in its bag; 22 gold, 20 silver and 20 bronze.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['gold', 22],
		['silver', 20],
		['bronze', 20],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 66);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['inconsistent']);
});

test('"… are Ash, 178; Birch, 140; …": the first item is named by the verb, and no item is the others\' total', t => {
	const {breakdowns, checks} = read(
		'Harvest\n\nThe top harvest-producing counties to date this year are Ash, 178; Birch, 140; Cedar, 117; Dane, 113; and Elm, 85.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash', 178],
		['Birch', 140],
		['Cedar', 117],
		['Dane', 113],
		['Elm', 85],
	]);
	t.false(verdicts(checks, 'breakdown-total').includes('inconsistent'));
});

test('"The traps came from five harbours: …" names what the list counts, and ties it to the traps stated before', t => {
	// 58 + 47 + 64 + 27 + 22 = 218, 6 over the 212 traps: the list is presented as where the traps came from, so ✗.
	const {breakdowns, checks} = read(
		'Sweep\n\nWardens removed 212 illegal crab traps from the estuary this week.\n\nThe traps came from five harbours: Alder Point 58, Grayhaven 47, Marlow Bay 64, Saint Brennan 27 and Oster Point 22.',
	);
	t.is(breakdowns[0]?.measure, 'traps');
	t.is(breakdowns[0]?.statedTotal?.value, 212);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['inconsistent']);
});

test('"… 3,900 in Mexico and 14,800 overseas": the rest of a list by place, named by where it is not', t => {
	const {breakdowns} = read(
		'Recall\n\nThe recall will also cover 15,200 in Canada, 3,900 in Mexico and 14,800 overseas.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Canada', 15200],
		['Mexico', 3900],
		['overseas', 14800],
	]);
	t.is(breakdowns[0]?.measure === 'overseas', false);
});

test('budget additions after "additions:" with asides in parentheses and clauses of purpose are one list of categories', t => {
	// 45,000 + 12,500 + 30,000 + 7,500 + 5,000 = 100,000, the stated total.
	const {breakdowns, checks} = read(
		'Budget\n\nThe board approved $100,000 in new spending on Monday. The clerk read out the additions: $45,000 to IT (department 410), $12,500 to road salt (account 520) to cover a longer winter, $30,000 to the library (account 610) for books and periodicals, $7,500 to the animal shelter (to pay for a new van) and $5,000 added to park repairs (account 705).',
	);
	t.deepEqual(items(breakdowns[0]), [
		['IT', 45_000],
		['road salt', 12_500],
		['library', 30_000],
		['animal shelter', 7500],
		['park repairs', 5000],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 100_000);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('a number labelling an account in parentheses, or written with leading zeros, is no figure', t => {
	const values = findNumbers(
		'The board moved $9,000 to fuel (account 520) and $3,000 to tyres (line 14) in fund 001.',
	).map(mention => mention.value);
	t.deepEqual(values, [9000, 3000]);
	// A count in parentheses stays one: "(14 trucks)", and so does a number after a label outside them.
	t.deepEqual(
		findNumbers('It bought fuel (14 trucks) for line 14.').map(mention => mention.value),
		[14, 14],
	);
});

test('"and a $N unappropriated balance": an amount before what it is, one budget line twice, and a total after "That totals"', t => {
	// 400,000 + 25,000 + 90,000 + 35,000 = 550,000, the figure the next sentence totals.
	const {breakdowns, checks} = read(
		'Budget\n\nThe parks budget includes $400,000 for the Parks Operations fund and a $25,000 reserve balance, $90,000 for the trails fund, and a $35,000 reserve balance. That totals $550,000 for parks alone.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Parks Operations fund', 400_000],
		['reserve balance', 25_000],
		['trails fund', 90_000],
		['reserve balance', 35_000],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 550_000);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"932 elementary students, 481 middle school students and 622 high school students": shares told apart by a modifier', t => {
	// 410 + 260 + 330 = 1,000, the total stated before.
	const {breakdowns, checks} = read(
		'Enrollment\n\nThe district counted 1,000 pupils this fall. There were 410 elementary pupils counted, 260 middle school pupils and 330 high school pupils.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['elementary', 410],
		['middle school', 260],
		['high school', 330],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 1000);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
	// Two such shares, or shares of different nouns, are no list.
	t.is(read('Enrollment\n\nThere were 410 elementary pupils and 260 middle school pupils.').breakdowns.length, 0);
	t.is(read('Season\n\nShe had 12 home runs, 30 stolen bases and 4 triple plays.').breakdowns.length, 0);
});

test('shares that add up to far more than one whole are each of a different whole, and no breakdown', t => {
	// 61 + 78 + 47 = 186%: each region's own share of its own generation.
	const several = read(
		'Power\n\nCoal remains the main source and accounted for 61% in Ashby, 78% in Brill and 47% in Corran.',
	);
	t.is(several.breakdowns.length, 0);
	// 52 + 31 + 17 = 100%: one whole.
	const one = read('Power\n\nCoal accounted for 52% of power, gas for 31% and wind for 17%.');
	t.is(one.breakdowns[0]?.items.length, 3);
});

test('"and 310 in the “other” regions" closes a list of places: the rest of them, its quotation marks no part of the name', t => {
	const {breakdowns, checks} = read(
		'Sales\n\nThe firm sold 1.2 million kettles in the quarter. 520,000 kettles were sold in Norland, 370,000 in Estmark, and 310,000 in the “other” regions.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Norland', 520_000],
		['Estmark', 370_000],
		['other regions', 310_000],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
	// A category that is not the rest of the places does not join them.
	const mixed = read(
		'Sales\n\nThe firm sold 1.2 million kettles. 520,000 kettles were sold in Norland, 370,000 in Estmark, and 310,000 in the spring sale.',
	);
	t.false(mixed.breakdowns.some(breakdown => breakdown.items.some(item => item.name === 'spring sale')));
});
