import fc from 'fast-check';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline/timeline.ts';

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

// Speed is the bench's to measure (npm run bench); tests assert no times. A sentence of 84,000 characters holding
// 8,000 dates would take minutes with the quadratic event labelling this once had, and so run into AVA's timeout.
test('one sentence full of dates gives every date', t => {
	const unit = 'on Monday and in May ';
	const timeline = extractTimeline(parseArticle(unit.repeat(4000), {published: '2019-06-12'}));
	t.is(timeline.length, 8000);
});
