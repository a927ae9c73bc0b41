import test from 'ava';
import {alignNames} from '../source/compare/align-names.ts';
import {couldBeSameName, nameKey, shorterForms} from '../source/compare/names.ts';

test('case, punctuation, diacritics and St./Saint are set aside in a name key', t => {
	t.is(nameKey('Saint Brénnan'), 'saint brennan');
	t.is(nameKey('St. Brennan'), 'saint brennan');
	t.is(nameKey('D.C.'), 'dc');
	t.is(nameKey('Washington, D.C.'), 'washington dc');
	t.is(nameKey("O'Hara  Heights"), 'o hara heights');
});

test('a name shortens by its generic words and around its comma', t => {
	t.deepEqual([...shorterForms('Los Angeles County')], ['los angeles']);
	t.deepEqual([...shorterForms('Washington, D.C.')].sort(), ['dc', 'washington']);
	t.deepEqual([...shorterForms('Cook County, Illinois')].sort(), ['cook', 'cook county', 'cook illinois', 'illinois']);
	t.true(couldBeSameName('D.C.', 'Washington, D.C.'));
	t.true(couldBeSameName('Los Angeles County', 'Los Angeles'));
	t.false(couldBeSameName('Port Alder County', 'Port Alder Township'));
	t.false(couldBeSameName('New York', 'York'));
});

test('names align across lists, each join of different spellings recorded', t => {
	const rows = alignNames([
		['Los Angeles County', 'Washington, D.C.', 'Saint Brennan', 'Denver'],
		['Denver', 'Los Angeles', 'D.C.', 'St. Brennan'],
	]);
	t.deepEqual(rows, [
		{members: [0, 1], join: {rule: 'contained', spellings: ['Los Angeles County', 'Los Angeles']}},
		{members: [1, 2], join: {rule: 'contained', spellings: ['Washington, D.C.', 'D.C.']}},
		{members: [2, 3], join: {rule: 'spelling', spellings: ['Saint Brennan', 'St. Brennan']}},
		{members: [3, 0], join: null},
	]);
});

test('a shorter name is not joined when another name competes for it', t => {
	// "Los Angeles" could be the county or the city: a reader would not choose, and neither does the alignment.
	const rows = alignNames([['Los Angeles County', 'Los Angeles City'], ['Los Angeles']]);
	t.deepEqual(
		rows.map(row => row.members),
		[
			[0, null],
			[1, null],
			[null, 0],
		],
	);
	// Two shorter names in the second list that both fit one longer name: neither is joined.
	const twice = alignNames([['Washington, D.C.'], ['Washington', 'D.C.']]);
	t.is(twice.length, 3);
	t.true(twice.every(row => row.join === null));
});

test('names met first in a later list are appended in its order, missing elsewhere', t => {
	const rows = alignNames([['Grayhaven'], ['Oster Point', 'Grayhaven'], ['Marlow Bay', 'Oster Point']]);
	t.deepEqual(
		rows.map(row => row.members),
		[
			[0, 1, null],
			[null, 0, 1],
			[null, null, 0],
		],
	);
});
