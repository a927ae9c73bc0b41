import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline/timeline.ts';

/** Each date as [expression, start, end], for an article published on Thursday 7 March 2024. */
function dates(body: string): Array<[string, string, string | null]> {
	const article = parseArticle(`---\npublished: 2024-03-07\n---\n${body}`);
	return extractTimeline(article).map(entry => [entry.expression, entry.start, entry.end]);
}

test('a forecast looks ahead: "expect more rain on Friday and Saturday" is the coming two days, as one span', t => {
	t.deepEqual(dates('Forecasters expect more rain on Friday and Saturday.'), [
		['on Friday and Saturday', '2024-03-08', '2024-03-09'],
	]);
});

test('"over the weekend" in the past tense is the Saturday and Sunday just gone', t => {
	t.deepEqual(dates('Storms over the weekend flooded two roads.'), [['over the weekend', '2024-03-02', '2024-03-03']]);
});

test('"in the past week" is the seven days before publication, not counting the day itself', t => {
	t.deepEqual(dates('The county logged 41 calls in the past week.'), [
		['in the past week', '2024-02-29', '2024-03-06'],
	]);
});

test('an upcoming runoff puts its month ahead', t => {
	t.deepEqual(dates('Ruiz faces Bell in the runoff in November.'), [['in November', '2024-11', null]]);
});

test('the first half of a year is January to June at month grain', t => {
	t.deepEqual(dates('Sales fell in the first half of 2015.'), [['in the first half of 2015', '2015-01', '2015-06']]);
});

test('model years, a name holding "Sun" or "Today", and a label\'s value in a list are no dates', t => {
	t.deepEqual(
		dates(
			[
				'The recall covers model years 2011 to 2013.',
				'Readers of the Sun-Times sent photographs.',
				'She told USA TODAY that nine people died.',
				'Dallas County: 1674',
			].join('\n\n'),
		),
		[],
	);
});
