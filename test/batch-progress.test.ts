import test from 'ava';
import {progressText} from '../source/batch/progress.ts';

test('the progress line says done of total, the rate and the time left', t => {
	// 120 done in 3 s is 40 a second; 280 more at that rate take 7 s.
	t.is(progressText(120, 0, 400, 3), '120 of 400 articles · 40.0/s · 7 s left');
	t.is(progressText(120, 2, 400, 3), '120 of 400 articles · 40.0/s · 7 s left · 2 failed');
});

test('with no total known (standard input) the progress line has no time left', t => {
	t.is(progressText(50, 0, null, 4), '50 articles · 12.5/s');
	t.is(progressText(0, 0, 10, 0), '0 of 10 articles · 0.0/s');
});
