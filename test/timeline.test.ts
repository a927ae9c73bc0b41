import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline.ts';
import type {TimelineEntry} from '../source/extract/types.ts';

const seedText = readFileSync(new URL('../seeds/ice-raids-sanctuary-cities.txt', import.meta.url), 'utf8');
const seed = parseArticle(seedText);
const seedTimeline = extractTimeline(seed);

type Dates = Pick<TimelineEntry, 'expression' | 'start' | 'end' | 'grain' | 'qualifier'>;

function dates(entries: readonly TimelineEntry[]): Dates[] {
	return entries.map(({expression, start, end, grain, qualifier}) => ({expression, start, end, grain, qualifier}));
}

function entry(entries: readonly TimelineEntry[], expression: string): TimelineEntry | undefined {
	return entries.find(item => item.expression === expression);
}

test('the seed article: every date resolved against Saturday 2017-09-30 with past bias, sorted by date', t => {
	t.deepEqual(dates(seedTimeline), [
		{expression: 'since 1980', start: '1980', end: null, grain: 'year', qualifier: null},
		{expression: 'for 2016', start: '2016', end: null, grain: 'year', qualifier: null},
		{expression: 'this year', start: '2017', end: null, grain: 'year', qualifier: null},
		{expression: 'In late April', start: '2017-04', end: null, grain: 'month', qualifier: 'late'},
		{expression: 'on Sunday night', start: '2017-09-24', end: null, grain: 'day', qualifier: null},
		{
			expression: 'over a four-day period ending Wednesday',
			start: '2017-09-24',
			end: '2017-09-27',
			grain: 'day',
			qualifier: null,
		},
		{expression: 'this week', start: '2017-09-24', end: '2017-09-30', grain: 'week', qualifier: null},
		{expression: 'Thursday', start: '2017-09-28', end: null, grain: 'day', qualifier: null},
		{expression: 'On Thursday', start: '2017-09-28', end: null, grain: 'day', qualifier: null},
		{expression: 'on Friday', start: '2017-09-29', end: null, grain: 'day', qualifier: null},
		{expression: 'next year', start: '2018', end: null, grain: 'year', qualifier: null},
	]);
});

test('the seed article: spans slice back to the expression and sit inside their sentence', t => {
	for (const item of seedTimeline) {
		t.is(seed.body.slice(item.span.start, item.span.end), item.expression);
		t.true(item.sentence.start <= item.span.start && item.span.end <= item.sentence.end);
	}
});

test('the seed article: "90-day lifespan" and counts such as 45,000 are not dates', t => {
	for (const item of seedTimeline) {
		t.false(/90|45/.test(item.expression), item.expression);
	}
});

test('the seed article: ids are unique and assigned in text order', t => {
	const inTextOrder = [...seedTimeline].sort((a, b) => a.span.start - b.span.start).map(item => item.id);
	t.deepEqual(
		inTextOrder,
		seedTimeline.map((_, index) => `t${index + 1}`),
	);
	t.is(entry(seedTimeline, 'Thursday')?.id, 't1');
});
