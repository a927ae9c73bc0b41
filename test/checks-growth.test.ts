// Growth rates, as population and results copy writes them (structure from test/real/, facts only), in our own words.
import test from 'ava';
import {read} from './helpers/read-counts.ts';

function growth(text: string): Array<[string, number]> {
	return read(text)
		.checks.filter(check => check.kind === 'percentage')
		.map(check => [check.verdict, check.actual]);
}

test('"an increase of 2,500, or 2.5 percent" is of the total before the increase', t => {
	// 2,500 ÷ (102,500 − 2,500) = 2.5%; of the new total, 2,500 ÷ 102,500 would be 2.44%.
	t.deepEqual(growth('Census\n\nAshby has 102,500 people, an increase of 2,500, or 2.5 percent.'), [
		['consistent', 2.5],
	]);
});

test('rate first: "grew 2.5 percent by adding 2,500 residents, bringing it to 102,500"', t => {
	t.deepEqual(growth('Census\n\nAshby grew 2.5 percent by adding 2,500 new residents, bringing the town to 102,500.'), [
		['consistent', 2.5],
	]);
});

test('a rate tied to its total and increase that does not fit them is ✗; the loose wording is "?"', t => {
	// 1,000 ÷ (51,000 − 1,000) = 2%, not 20%: a slipped decimal point.
	t.deepEqual(growth('Census\n\nBellham swelled by 20 percent to 51,000 with an additional 1,000 people.'), [
		['inconsistent', 2],
	]);
	// The same figures, with the rate not joined to the total by "by … to": "?".
	t.deepEqual(growth('Census\n\nBellham grew 20 percent, adding 1,000 more people, to reach 51,000.'), [
		['unverifiable', 2],
	]);
});

test('a share "of the votes spread among 16 candidates" is not of the 16, and a whole another share claimed is a guess', t => {
	const {checks} = read(
		'Primary\n\nIn the Liberal primary, Dana Reyes won 91.5% of the 412,000 votes cast in that race.\n\nIn the Labour primary, Sam Ortiz received 250,000 votes, or 41.50% of the votes spread among 12 candidates listed. Kim Hale was second with 120,000 votes, or 19.92% of the votes.',
	);
	const shares = checks.filter(check => check.kind === 'percentage');
	// 91.5% of 412,000 is the Liberal race's own; the Labour shares have no stated base (about 602,400 by the shares).
	t.false(
		shares.some(check => check.verdict === 'inconsistent'),
		JSON.stringify(shares.map(check => check.claim)),
	);
	t.false(shares.some(check => check.expected === 41.5 && check.claim.includes('of 12 ')));
});
