// Counts by age group, as public-health copy from other outlets writes them (test/real/, facts only): the figure, then
// the group it counts, whose ages are no figures of the list. Written here in our own words.
import test from 'ava';
import {findNumbers} from '../source/extract/numbers/numbers.ts';
import {items, read, verdicts} from './helpers/read-counts.ts';

test('ages in an age group are read as ages, not as counts', t => {
	const kinds = (text: string): Array<[number, string]> =>
		findNumbers(text).map(mention => [mention.value, mention.kind]);
	t.deepEqual(kinds('Of them, 12 are people 5 to 11 years old and 7 are in their 60s.'), [
		[12, 'count'],
		[5, 'age'],
		[11, 'age'],
		[7, 'count'],
		[60, 'age'],
	]);
	t.deepEqual(kinds('8 aged 65 and over, 3 between the ages of 0-4, 2 ages 10-14, 4 in her mid-30s.'), [
		[8, 'count'],
		[65, 'age'],
		[3, 'count'],
		[0, 'age'],
		[4, 'age'],
		[2, 'count'],
		[10, 'age'],
		[14, 'age'],
		[4, 'count'],
		[30, 'age'],
	]);
	// Not ages: a figure of many years, a count before "and over" another figure.
	t.deepEqual(kinds('It took 40 years of work; 30 and over 200 more.'), [
		[40, 'count'],
		[30, 'count'],
		[200, 'count'],
	]);
});

test('a semicolon list of age groups is one list, its last two items joined by "and", against its total', t => {
	// 14 + 22 + 31 + 18 + 9 = 94.
	const {breakdowns, checks} = read(
		'Cases\n\nOf the 94 cases confirmed this month, 14 are people 10 or younger; 22 are people 11 to 19 years old; 31 are in their 20s; 18 are people 30 to 49 years old and 9 are people age 50 or older.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['people 10 or younger', 14],
		['people 11 to 19 years old', 22],
		['in their 20s', 31],
		['people 30 to 49 years old', 18],
		['people age 50 or older', 9],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 94);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"N cases reported in people in their 30s, M in people in their 40s": the noun and the verb are no part of the group', t => {
	const {breakdowns} = read(
		'Cases\n\nThe district has seen 210 cases reported in people in their 30s, 198 in people in their 40s and 150 in people 80 and older.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['people in their 30s', 210],
		['people in their 40s', 198],
		['people 80 and older', 150],
	]);
	t.is(breakdowns[0]?.measure, 'cases');
});

test('a place list is not read as age groups, and one age group alone is no list', t => {
	const {breakdowns} = read('Cases\n\nThe county reported 40 cases in people in their 20s on Monday.');
	t.is(breakdowns.length, 0);
	const places = read('Cases\n\nThere were 40 cases in Ashby, 25 in Brill and 12 in Corran.');
	t.deepEqual(
		items(places.breakdowns[0]).map(([name]) => name),
		['Ashby', 'Brill', 'Corran'],
	);
});

test('a range right after people is their ages, and "younger than 18" is an age; a range never runs over a line', t => {
	const kinds = (text: string): Array<[number, string]> =>
		findNumbers(text).map(mention => [mention.value, mention.kind]);
	t.deepEqual(
		kinds('There are 17 among children younger than 18, 432 among adults 18 to 40 and 322 among Ohioans 61 to 80.'),
		[
			[17, 'count'],
			[18, 'age'],
			[432, 'count'],
			[18, 'age'],
			[40, 'age'],
			[322, 'count'],
			[61, 'age'],
			[80, 'age'],
		],
	);
	// Not people: counties; and a bullet after an age is a new line's count.
	t.deepEqual(kinds('Counties 18 to 40 were hit.'), [
		[18, 'count'],
		[40, 'count'],
	]);
	t.deepEqual(kinds('- 11 girls younger than 13\n- 2 men in their 80s'), [
		[11, 'count'],
		[13, 'age'],
		[2, 'count'],
		[80, 'age'],
	]);
	const {breakdowns} = read(
		'Cases\n\nThere are 17 cases among children younger than 18, 432 among adults 18 to 40, 322 among older Ohioans 61 to 80, and 80 cases among people 81 and older.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['children younger than 18', 17],
		['adults 18 to 40', 432],
		['older Ohioans 61 to 80', 322],
		['people 81 and older', 80],
	]);
});

test('"As for the rest of the cases, …" names what the list counts and makes it a part, held loosely to the whole', t => {
	// 12 + 9 + 4 = 25 of the 90 cases: the rest, after the 65 in the sentence before.
	const {breakdowns, checks} = read(
		'Cases\n\nMost of these 90 cases are people 18 to 24 years old, with 65 of them in that group.\n\nAs for the rest of the cases, 12 are people 25 to 39 years old; 9 are in their 40s; and 4 are people 50 or older.',
	);
	const rest = breakdowns.find(breakdown => breakdown.items.length === 3);
	t.is(rest?.measure, 'cases');
	t.is(rest?.statedTotal?.value, 90);
	t.false(rest?.complete);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['unverifiable']);
});

test('a list by age takes as its whole a figure said to be the total paragraphs before, of its own measure, loosely', t => {
	// 20 + 30 + 25 = 75 of the 100: short of it, and only "?".
	const {breakdowns, checks} = read(
		[
			'Cases',
			'',
			'Officials reported 12 new cases on Friday, bringing the statewide total to 100, the governor said.',
			'',
			'Hospitals were not full.',
			'',
			'Schools stayed open.',
			'',
			'Clinics added staff.',
			'',
			'There are 20 cases among children younger than 12, 30 among adults 19 to 35 and 25 cases among people 60 and older.',
		].join('\n'),
	);
	const ages = breakdowns.find(breakdown => breakdown.items.length === 3);
	t.is(ages?.statedTotal?.value, 100);
	t.is(ages?.totalLink, 'near');
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['unverifiable']);
});
