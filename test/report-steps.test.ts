import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import {countsReport} from '../source/extract/report-first.ts';
import {completeReport} from '../source/extract/report-rest.ts';

const seed = parseArticle(readFileSync('seeds/ice-raids-sanctuary-cities.txt', 'utf8'));

test('the first part has the counts and the checks, and no quotes or dates yet', t => {
	const first = countsReport(seed);
	const whole = buildReport(seed);
	t.deepEqual(first.breakdowns, whole.breakdowns);
	t.deepEqual(first.checks, whole.checks);
	t.deepEqual(first.article, whole.article);
	t.deepEqual(first.quotes, []);
	t.deepEqual(first.timeline, []);
	t.true(whole.quotes.length > 0 && whole.timeline.length > 0);
});

test('completing gives exactly the report buildReport gives, fields in contract order', t => {
	const complete = completeReport(countsReport(seed), seed);
	t.deepEqual(complete, buildReport(seed));
	t.deepEqual(Object.keys(complete), ['version', 'article', 'breakdowns', 'quotes', 'timeline', 'checks', 'warnings']);
});
