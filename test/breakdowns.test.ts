import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractBreakdowns} from '../source/extract/breakdowns.ts';
import {findNumbers} from '../source/extract/numbers.ts';
import type {Breakdown} from '../source/extract/types.ts';

function breakdowns(text: string): Breakdown[] {
	const article = parseArticle(text);
	return extractBreakdowns(article, findNumbers(article.body));
}

function items(breakdown: Breakdown | undefined): Array<[string, number]> {
	return breakdown?.items.map(item => [item.name, item.value]) ?? [];
}

test('the seed has exactly one breakdown: ten places of arrests, partial, against 498', t => {
	const article = parseArticle(readFileSync('seeds/ice-raids-sanctuary-cities.txt', 'utf8'));
	const found = extractBreakdowns(article, findNumbers(article.body));
	t.is(found.length, 1);
	const [list] = found;
	t.is(list?.measure, 'arrests');
	t.false(list?.complete);
	t.deepEqual(items(list), [
		['Los Angeles County', 167],
		['Philadelphia', 107],
		['Denver', 63],
		['New York', 45],
		['Seattle', 33],
		['Baltimore', 28],
		['Cook County, Illinois', 30],
		['San Jose', 27],
		['Washington, D.C.', 14],
		['Massachusetts', 50],
	]);
	t.is(list?.sum, 564);
	t.is(list?.statedTotal?.value, 498);
	t.is(list?.statedTotal?.hedge, 'exact');
	t.is(article.body.slice(list!.statedTotal!.span.start, list!.statedTotal!.span.end), '498');
	t.is(article.body.slice(list!.items[0]!.span.start, list!.items[0]!.span.end), 'Los Angeles County (167 arrests)');
});

test('deaths by province in parentheses take the noun from the first item and the total from the lead', t => {
	const [list] = breakdowns(
		'Floods kill 40\n\nFloods have killed 40 people, officials said.\n\nThe deaths were in four provinces: Alpha (12 deaths), Beta (15), Gamma (9) and Delta (4).',
	);
	t.is(list?.measure, 'deaths');
	t.true(list?.complete);
	t.deepEqual(items(list), [
		['Alpha', 12],
		['Beta', 15],
		['Gamma', 9],
		['Delta', 4],
	]);
	t.is(list?.statedTotal?.value, 40);
});

test('bulleted ballots by township with a Total line', t => {
	const [list] = breakdowns(
		'Recount ends\n\nAbsentee ballots by township:\n\n- Addison Township: 1,204\n- Brandon Township: 987\n- Holly Township: 1,311\n- Total: 3,502\n',
	);
	t.is(list?.measure, 'absentee ballots');
	t.deepEqual(items(list), [
		['Addison Township', 1204],
		['Brandon Township', 987],
		['Holly Township', 1311],
	]);
	t.is(list?.statedTotal?.value, 3502);
});

test('budget lines in dollars share the unit $ million', t => {
	const [list] = breakdowns(
		'Board adopts budget\n\nThe board adopted a $20.5 million budget. It allocates funds as follows:\n\n• Instruction — $12.5 million\n• Transport — $5 million\n• Technology — $3 million\n',
	);
	t.is(list?.measure, 'dollars');
	t.is(list?.unit, '$ million');
	t.deepEqual(items(list), [
		['Instruction', 12.5],
		['Transport', 5],
		['Technology', 3],
	]);
	t.is(list?.statedTotal?.value, 20.5);
});

test('recalls written as N in X, M in Y and K in Z', t => {
	const [list] = breakdowns(
		'Recall\n\nThe maker is recalling 1,500 cars worldwide. The recall covers 1,000 vehicles in the United States, 300 in Canada and 200 in Mexico.',
	);
	t.deepEqual(items(list), [
		['United States', 1000],
		['Canada', 300],
		['Mexico', 200],
	]);
	t.is(list?.measure, 'vehicles');
	t.is(list?.statedTotal?.value, 1500);
});

test('a "followed by" ranking reads X had N, followed by Y with M', t => {
	const [list] = breakdowns(
		'Overdoses\n\nThe four counties accounted for 100 of the deaths. Aston County had 40, followed by Brill County with 30, Crane County with 20 and Dale County with 10.',
	);
	t.deepEqual(items(list), [
		['Aston County', 40],
		['Brill County', 30],
		['Crane County', 20],
		['Dale County', 10],
	]);
	t.is(list?.statedTotal?.value, 100);
	t.is(list?.measure, 'deaths');
});

test('a semicolon list keeps commas inside place names', t => {
	const [list] = breakdowns(
		'Count\n\nThe cities together counted 3,000 people: Seattle, 1,000; Portland, Ore., 900; and Austin, Texas, 1,100.',
	);
	t.deepEqual(items(list), [
		['Seattle', 1000],
		['Portland, Ore.', 900],
		['Austin, Texas', 1100],
	]);
	t.is(list?.statedTotal?.value, 3000);
});

test('a list introduced by "such as" is partial and may have no total', t => {
	const [list] = breakdowns(
		'Birds\n\nCommon species such as the house sparrow (1.4 million sightings), the blue tit (1.1 million) and the starling (944,000) took the top places.',
	);
	t.false(list?.complete);
	t.deepEqual(items(list), [
		['house sparrow', 1_400_000],
		['blue tit', 1_100_000],
		['starling', 944_000],
	]);
	t.is(list?.statedTotal, null);
	t.is(list?.measure, 'sightings');
});

test('numbers in words make a list too', t => {
	const [list] = breakdowns(
		'Officers\n\nThe 27 new officers will be split among three precincts: twelve to the North Precinct, nine to the Third Precinct and six to the Fifth Precinct.',
	);
	t.deepEqual(items(list), [
		['North Precinct', 12],
		['Third Precinct', 9],
		['Fifth Precinct', 6],
	]);
	t.true(list?.complete);
	t.is(list?.statedTotal?.value, 27);
});

test('hedged totals keep their hedge', t => {
	const [list] = breakdowns(
		'Fire\n\nMore than 12,000 residents were evacuated, including 4,300 from Paradise Hills, 2,800 from Oak Valley and 1,150 from Cedar Glen.',
	);
	t.is(list?.statedTotal?.value, 12_000);
	t.is(list?.statedTotal?.hedge, 'at-least');
	t.false(list?.complete);
});

test('counts, years, percentages and adjectival numbers in prose are not breakdowns', t => {
	t.deepEqual(
		breakdowns(
			'Ban\n\nThey came from 42 countries. The 90-day ban elapsed in 2016, and refugees were capped at 45,000. Visas fell 44 percent, while 86 were detained.',
		),
		[],
	);
});
