import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport, reportSteps} from '../source/extract/report.ts';

const seed = parseArticle(readFileSync('seeds/ice-raids-sanctuary-cities.txt', 'utf8'));

test('the first step has the counts and the checks, and no quotes or dates yet', t => {
	const {first} = reportSteps(seed);
	const whole = buildReport(seed);
	t.deepEqual(first.breakdowns, whole.breakdowns);
	t.deepEqual(first.checks, whole.checks);
	t.deepEqual(first.article, whole.article);
	t.deepEqual(first.quotes, []);
	t.deepEqual(first.timeline, []);
	t.true(whole.quotes.length > 0 && whole.timeline.length > 0);
});

test('completing gives exactly the report buildReport gives, the same object every time, fields in contract order', t => {
	const steps = reportSteps(seed);
	const complete = steps.complete();
	t.deepEqual(complete, buildReport(seed));
	t.is(steps.complete(), complete);
	t.deepEqual(Object.keys(complete), ['version', 'article', 'breakdowns', 'quotes', 'timeline', 'checks', 'warnings']);
});
