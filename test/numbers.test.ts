import test from 'ava';
import {findNumbers} from '../source/extract/numbers/numbers.ts';

function read(text: string): Array<[string, number, string, string]> {
	return findNumbers(text).map(mention => [
		text.slice(mention.hedgedSpan.start, mention.hedgedSpan.end),
		mention.value,
		mention.kind,
		mention.hedge,
	]);
}

test('digits with separators and decimals keep their value and exact span', t => {
	const text = 'Officials counted 1,234 ballots, 12.4 tonnes and 45,000 refugees.';
	const [a, b, c] = findNumbers(text);
	t.is(a?.value, 1234);
	t.is(text.slice(a!.span.start, a!.span.end), '1,234');
	t.is(b?.value, 12.4);
	t.is(c?.value, 45_000);
});

test('a list of small numbers separated by comma and space stays separate numbers', t => {
	t.deepEqual(
		findNumbers('Clark, 53; King, 4, Pierce, 3').map(mention => mention.value),
		[53, 4, 3],
	);
});

test('numbers written in words are read with their scale', t => {
	t.deepEqual(read('ten stories, forty-two people, one hundred and sixty homes, two million voters, a dozen eggs'), [
		['ten', 10, 'count', 'exact'],
		['forty-two', 42, 'count', 'exact'],
		['one hundred and sixty', 160, 'count', 'exact'],
		['two million', 2_000_000, 'count', 'exact'],
		['a dozen', 12, 'count', 'exact'],
	]);
	t.true(findNumbers('forty-two').every(mention => mention.words));
});

test('money carries its currency and scale', t => {
	const found = findNumbers('It cost $12.4 million, 85 million pesos, €3bn and £40,000.');
	t.deepEqual(
		found.map(mention => [mention.value, mention.kind, mention.currency, mention.scale]),
		[
			[12_400_000, 'money', '$', 'million'],
			[85_000_000, 'money', 'MXN', 'million'],
			[3_000_000_000, 'money', 'EUR', 'billion'],
			[40_000, 'money', 'GBP', null],
		],
	);
});

test('percentages in every spelling are percent with the sign or word in the span', t => {
	t.deepEqual(read('fell 44 percent, rose 64%, up 16 per cent'), [
		['44 percent', 44, 'percent', 'exact'],
		['64%', 64, 'percent', 'exact'],
		['16 per cent', 16, 'percent', 'exact'],
	]);
});

test('hedges before and after a number set its hedge and widen only the hedged span', t => {
	const text =
		'nearly 500 came, more than 300 left, fewer than 20 stayed, up to 40 waited, at least 7 slept, 90 or more ate';
	t.deepEqual(
		read(text).map(([written, , , hedge]) => [written, hedge]),
		[
			['nearly 500', 'approximate'],
			['more than 300', 'at-least'],
			['fewer than 20', 'at-most'],
			['up to 40', 'at-most'],
			['at least 7', 'at-least'],
			['90 or more', 'at-least'],
		],
	);
	const [first] = findNumbers(text);
	t.is(text.slice(first!.span.start, first!.span.end), '500');
});

test('four-digit years in date-ish context are years, other four-digit numbers are counts', t => {
	t.deepEqual(
		read('the lowest since 1980, compared with data for 2016, and 1900 people').map(([w, , kind]) => [w, kind]),
		[
			['1980', 'year'],
			['2016', 'year'],
			['1900', 'count'],
		],
	);
});

test('ordinals are ranks, but fractions and ordinals inside names are not', t => {
	t.deepEqual(
		read('for the third time, the 21st meeting, a third of voters, the First Amendment').map(([w, v, kind]) => [
			w,
			v,
			kind,
		]),
		[
			['third', 3, 'ordinal'],
			['21st', 21, 'ordinal'],
		],
	);
});

test('day numbers in dates, clock times and numbered names are not quantities', t => {
	t.deepEqual(
		read('On Sept. 27, 2017 at 10:30 a.m. on 9/11 the COVID-19 ward on Route 66 saw 12 patients').map(([w]) => w),
		['2017', '12'],
	);
});

test('an adjectival number such as 90-day stays a count', t => {
	t.deepEqual(read('after the 90-day lifespan'), [['90', 90, 'count', 'exact']]);
});

test('the seed headline hedge and the exact total are both found', t => {
	const text = 'ICE arrests nearly 500 immigrants. It involved the arrests of 498 individuals over a four-day period.';
	t.deepEqual(read(text).slice(0, 2), [
		['nearly 500', 500, 'count', 'approximate'],
		['498', 498, 'count', 'exact'],
	]);
});

test('a run of hundreds of digits is not a number: it would be Infinity in every sum', t => {
	const digits = '7'.repeat(400);
	t.deepEqual(findNumbers(`The code ${digits} was printed.`), []);
	t.deepEqual(
		findNumbers(`Officials counted 1,200 ballots and ${digits} more.`).map(mention => mention.value),
		[1200],
	);
});

test('a whole number before m is millions in a text that writes decimals that way, else it is left unscaled', t => {
	const values = (text: string): number[] => findNumbers(text).map(mention => mention.value);
	// "37.5m visits" sets the convention, so "15m" is 15,000,000.
	t.deepEqual(
		values('Residents made 37.5m visits. Of the 37.5m visits, 15m were holidays.'),
		[37_500_000, 37_500_000, 15_000_000],
	);
	// No decimal with m anywhere: "15m" may be metres.
	t.deepEqual(values('Crews built a 15m wall and 3 gates.'), [15, 3]);
});

test('a decimal without its leading zero is read after a space or a sign, never inside a word', t => {
	t.deepEqual(
		read('Tickets cost $.50 and the levy is .85 mills, in v.2').map(([text, value]) => [text, value]),
		[
			['$.50', 0.5],
			['.85', 0.85],
			['2', 2],
		],
	);
});

test('Indian digit grouping is one figure: lakhs and crores written 4,52,310 and 1,20,45,600', t => {
	const values = (text: string): number[] => findNumbers(text).map(mention => mention.value);
	t.deepEqual(values('Of the 4,52,310 candidates, 3,10,008 cleared the test.'), [452_310, 310_008]);
	t.deepEqual(values('The scheme cost 1,20,45,600 rupees.'), [120_456_000 / 10]);
	// A figure after a lettered grade keeps its grouping: the grade is no code.
	t.deepEqual(values('Grade C-1,02,417 pupils.'), [102_417]);
	// Western grouping and lists of small figures are as before.
	t.deepEqual(values('It had 12,345,678 rows.'), [12_345_678]);
	t.deepEqual(values('Scores of 3,4,5 and 12,34,5.'), [3, 4, 5, 12, 34, 5]);
	t.deepEqual(values('Codes F-16 and COVID-19 are no figures.'), []);
});

test('lakh and crore are scales: "12.4 lakh passengers", "Rs 450 crore", "two lakh", "1.2 crores"', t => {
	const values = (text: string): number[] => findNumbers(text).map(mention => mention.value);
	t.deepEqual(values('Carriers flew 12.4 lakh passengers.'), [1_240_000]);
	t.deepEqual(values('The plan costs Rs 450 crore.'), [4_500_000_000]);
	t.deepEqual(values('About two lakh people came, and 1.2 crores were spent.'), [200_000, 12_000_000]);
	// The scale word is part of the figure as written.
	const text = 'It sold 3 lakh units.';
	const span = findNumbers(text)[0]?.span;
	t.is(span && text.slice(span.start, span.end), '3 lakh');
	t.is(findNumbers(text)[0]?.scale, 'lakh');
});

test('the numbers a label gives several things are no figures: "Precincts 1 & 2", "Precinct 1, 3, 4 AV"', t => {
	const values = (text: string): number[] => findNumbers(text).map(mention => mention.value);
	t.deepEqual(values('Precincts 1 & 2 gave 40.'), [40]);
	t.deepEqual(values('Wards 3 and 4 had 12.'), [12]);
	t.deepEqual(values('Elm Precinct 1, 3, 4 AV\nYes: 55'), [55]);
	// After a comma, a figure that counts something is no precinct's number.
	t.deepEqual(values('In Ward 3, 45 votes were cast.'), [45]);
});

test('thousands grouped by spaces ("4 812", "2 040 117") are one figure in a text that never groups by commas', t => {
	const values = (text: string): number[] => findNumbers(text).map(mention => mention.value);
	t.deepEqual(
		values('Northvale had 4 812 cases, followed by Southvale (3 604) and 2 040 117 voters.'),
		[4812, 3604, 2_040_117],
	);
	// A no-break or thin space groups as well.
	t.deepEqual(values('They counted 12\u00A0450 and 7\u202F005 ballots.'), [12_450, 7005]);
	// A writer who groups by commas means two figures by "12 450": a row of columns.
	t.deepEqual(values('Elm had 12 450 rows; 1,200 in all.'), [12, 450, 1200]);
	// Figures that close their line are a table's columns, a group after another figure is the next column, and four
	// digits are no group.
	t.deepEqual(values('Elm 40 120 300\nOak 7 305'), [40, 120, 300, 7, 305]);
	t.deepEqual(values('Rows 9 40 120 in all.'), [9, 40, 120]);
	// A text with rows of three figures ("Ashby 398 410 3.0%") is a table's: none of its spaces groups thousands.
	t.deepEqual(values('Ashby 398 410 3.0% Brill 130 122 7.1%'), [398, 410, 3, 130, 122, 7.1]);
	t.deepEqual(values('In 2019 100 people came, and 5 2020 ones.'), [2019, 100, 5, 2020]);
});
