// Parts of a stated whole, in the ways real copy writes them (test/real/, facts only), in our own words.
import test from 'ava';
import {read} from './helpers/read-counts.ts';

function subsets(text: string): Array<[string, number, number]> {
	return read(text)
		.checks.filter(check => check.kind === 'subset')
		.map(check => [check.verdict, check.actual, check.expected]);
}

test('"19 of the county\'s 24 precincts" and "6 (of 11)" are parts of their wholes', t => {
	t.deepEqual(subsets("Vote\n\nThe mayor carried 19 of the county's 24 precincts."), [['consistent', 19, 24]]);
	t.deepEqual(subsets('Court\n\nOf those charged, 6 (of 11) had prior convictions.'), [['consistent', 6, 11]]);
	t.deepEqual(subsets('Games\n\nThe hosts won 20 of the available 61 golds.'), [['consistent', 20, 61]]);
});

test('"Of the 44 deaths, six were …": the whole opens the sentence', t => {
	t.deepEqual(subsets('Virus\n\nOf the 44 latest deaths, six involved residents of the valley.'), [
		['consistent', 6, 44],
	]);
});

test('only "N of the M" earns ✗ when the part is larger; a looser wording is "?"', t => {
	t.deepEqual(subsets('Council\n\nFifteen of the 13 council members voted yes.'), [['inconsistent', 15, 13]]);
	t.deepEqual(subsets("Survey\n\nSome 80 of the group's 20 teams entered."), [['unverifiable', 80, 20]]);
});

test("an opening whole whose parts the sentence lists is left to the list's own check", t => {
	const {checks} = read(
		'Cases\n\nOut of the 1,300 cases, 700 were close contacts, 100 were travel-related, and 500 were still being traced.',
	);
	t.false(checks.some(check => check.kind === 'subset'));
	t.true(checks.some(check => check.kind === 'breakdown-total' && check.verdict === 'consistent'));
});
