import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline/timeline.ts';

/** Each date as [expression, start, end], for a body published on Wednesday 4 November 2020. */
function dates(body: string): Array<[string, string, string | null]> {
	return extractTimeline(parseArticle(`---\npublished: 2020-11-04\n---\n${body}`)).map(entry => [
		entry.expression,
		entry.start,
		entry.end,
	]);
}

test('model years are products, not dates, whether "model years" comes before the years or after', t => {
	t.deepEqual(
		dates(
			[
				'The recall covers model years 2011 to 2013.',
				'It names 2014-2016 model year pickups.',
				'Owners of the 2012 model-year vans get letters.',
				'Model year 2015 coupes are not affected.',
			].join('\n\n'),
		),
		[],
	);
});

test('"Sun" and "Times" inside a paper\'s name are no Sunday', t => {
	t.deepEqual(dates('A reporter for the Sun-Times saw the crash.\n\nThe Lakeside Sun-Times ran the photographs.'), []);
});

test('a heading that names a year ("Ashby County 2020 General Election"), repeated above each race, is no date', t => {
	t.deepEqual(
		dates(
			[
				'Ashby County 2020 General Election',
				'Mayor: Rosa Lind 4,210',
				'Ashby County 2020 General Election',
				'Sheriff: Tom Vey 3,981',
			].join('\n\n'),
		),
		[],
	);
});

// The real development set's gold counts a year inside a name as the date it names ("the 2010 Census", "2023 KCSE
// Examination"), so "the 2020 General Election" in a sentence stays a 2020 date; dropping it cost a true date there.
test("a year naming an event in a sentence is that event's year, as the real gold counts it", t => {
	t.deepEqual(dates('Turnout in the 2020 General Election beat every count since 1992.'), [
		['since 1992', '1992', null],
		['2020', '2020', null],
	]);
});
