import fc from 'fast-check';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline.ts';

const dateish = fc.constantFrom(
	'Thursday',
	'on Sunday night',
	'In late April',
	'last summer',
	'since 1980',
	'Sept. 27',
	'a four-day period ending Wednesday',
	'between Monday and Wednesday',
	'the 1990s',
	'2015-03-03',
	'next year',
	', ',
	'. ',
	'\n\n',
	'May',
	'march',
	'45,000',
	'“',
	'”',
);
const text = fc.array(fc.oneof(fc.string(), dateish), {maxLength: 30}).map(parts => parts.join(' '));
const published = fc.option(fc.constantFrom('2017-09-30', '2020-02-29', '1999-12-31'), {nil: null});

test('never throws on arbitrary text, and every span slices back to its expression inside its sentence', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(text, published, (body, date) => {
				const article = parseArticle(body, {published: date});
				for (const item of extractTimeline(article)) {
					if (article.body.slice(item.span.start, item.span.end) !== item.expression) {
						return false;
					}

					if (item.span.start < item.sentence.start || item.span.end > item.sentence.end) {
						return false;
					}

					if ((item.grain === 'unresolved') !== (item.start === '')) {
						return false;
					}
				}

				return true;
			}),
			{numRuns: 400},
		);
	});
});

function bestTime(body: string): number {
	const article = parseArticle(body, {published: '2019-06-12'});
	let best = Number.POSITIVE_INFINITY;
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		extractTimeline(article);
		best = Math.min(best, performance.now() - start);
	}

	return best;
}

test('one sentence full of dates extracts in linear time: four times the text costs well under sixteen times', t => {
	const unit = 'on Monday and in May ';
	bestTime(unit.repeat(200));
	const small = bestTime(unit.repeat(1000));
	const large = bestTime(unit.repeat(4000));
	// Quadratic work would take about 16 times as long; linear takes about 4, and timers on a busy machine add noise.
	t.true(large < small * 9, `${Math.round(small)} ms, then ${Math.round(large)} ms`);
	t.true(large < 5000, `${Math.round(large)} ms for ${unit.length * 4000} characters`);
});
