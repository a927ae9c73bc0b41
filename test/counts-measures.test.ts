// Several measures a place in one sentence, as disaster and results copy writes them: each measure is its own list.
// The articles are written here in our own words, with the structure seen in real copy (test/real/, facts only).
import test from 'ava';
import {byMeasure, items, read, verdicts} from './helpers/read-counts.ts';

test('"Place (2 deaths and 1 injury)" gives one list a measure, each with the places that name it', t => {
	// Deaths 4 + 2 + 3 = 9; injuries 11 + 1 + 2 = 14; missing 1 + 2 = 3: all as the lead states them.
	const {breakdowns, checks} = read(
		'Storm toll\n\nThe storm left 9 dead, 3 missing and 14 injured across the coast, officials said on Monday.\n\n' +
			'By Sunday evening, four deaths, one missing and 11 injuries were reported in Aldham, Brent Cove (2 deaths and 1 injury), ' +
			'Carrow (3 deaths, 2 injuries), Dunmere (two missing).',
	);
	t.deepEqual(items(byMeasure(breakdowns, 'deaths')), [
		['Aldham', 4],
		['Brent Cove', 2],
		['Carrow', 3],
	]);
	t.deepEqual(items(byMeasure(breakdowns, 'injuries')), [
		['Aldham', 11],
		['Brent Cove', 1],
		['Carrow', 2],
	]);
	t.deepEqual(items(byMeasure(breakdowns, 'missing')), [
		['Aldham', 1],
		['Dunmere', 2],
	]);
	t.is(byMeasure(breakdowns, 'deaths')?.statedTotal?.value, 9);
	t.is(byMeasure(breakdowns, 'injuries')?.statedTotal?.value, 14);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'consistent', 'consistent']);
});

test('a parenthesis that divides the figure before it is no place with its measures', t => {
	// "31 medals (12 gold, 11 silver and 8 bronze)" is 31's own split: 12 + 11 + 8 = 31, not gold and silver by country.
	const {breakdowns} = read(
		'Games\n\nOstland is fourth with 31 medals (12 gold, 11 silver and 8 bronze) and Westmark is fifth with 30 medals (9 gold, 8 silver and 13 bronze).',
	);
	t.falsy(byMeasure(breakdowns, 'gold'));
	t.falsy(breakdowns.find(breakdown => breakdown.items.some(item => item.name === 'Ostland' && item.value === 12)));
});

test('one figure a place in parentheses stays an ordinary list', t => {
	const {breakdowns} = read('Flu\n\nThe 12 deaths were in Ash (5 deaths), Birch (4 deaths) and Cedar (3 deaths).');
	t.is(breakdowns.length, 1);
	t.deepEqual(items(breakdowns[0]), [
		['Ash', 5],
		['Birch', 4],
		['Cedar', 3],
	]);
});
