import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline/timeline.ts';
import {formatTimelineDate} from '../source/ui/format.ts';

/** Each date as [expression, start, end, grain], for an article published on Tuesday 2 April 2024. */
function dates(body: string): Array<[string, string, string | null, string]> {
	const article = parseArticle(`---\npublished: 2024-04-02\n---\n${body}`);
	return extractTimeline(article).map(entry => [entry.expression, entry.start, entry.end, entry.grain]);
}

test('"from 2010 through March 28" is one span: the year 2010 to the latest March 28 (2024)', t => {
	t.deepEqual(dates('The audit covers every burglary from 2010 through March 28.'), [
		['from 2010 through March 28', '2010', '2024-03-28', 'year'],
	]);
});

test('"from June 2019 to last week" runs from the month to the end of last week (Saturday 30 March)', t => {
	// Published Tuesday 2 April: last week is Sunday 24 – Saturday 30 March.
	t.deepEqual(dates('Rents climbed from June 2019 to last week.'), [
		['from June 2019 to last week', '2019-06', '2024-03-30', 'month'],
	]);
});

test('"between 2015 and 2018" and "between 2019 and last year" are one span each', t => {
	t.deepEqual(dates('Sales slid between 2015 and 2018.\n\nThe count dropped between 2019 and last year.'), [
		['between 2015 and 2018', '2015', '2018', 'year'],
		['between 2019 and last year', '2019', '2023', 'year'],
	]);
});

test('"from January through last month": the connector read inside the second part still joins', t => {
	t.deepEqual(dates('Bookings rose from January through last month.'), [
		['from January through last month', '2024-01', '2024-03', 'month'],
	]);
});

test('a span with ends at different grains shows each end at its own', t => {
	const [entry] = extractTimeline(
		parseArticle('---\npublished: 2024-04-02\n---\nThe audit covers every burglary from 2010 through March 28.'),
	);
	t.is(entry && formatTimelineDate(entry), '2010 – Mar 28, 2024');
});

test('an end before its start, or a day counted from another, is not joined into a span', t => {
	t.deepEqual(dates('Enrolment went from 2020 to 2018 levels.\n\nThe fair ran from Monday to two days later.'), [
		['2018', '2018', null, 'year'],
		['from 2020', '2020', null, 'year'],
		['from Monday', '2024-04-01', null, 'day'],
		['two days later', '2024-04-03', null, 'day'],
	]);
});
