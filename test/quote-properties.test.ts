import test from 'ava';
import fc from 'fast-check';
import type {Article, Span} from '../source/article/types.ts';
import {extractQuotes} from '../source/extract/quotes/quotes.ts';
import {splitParagraphs} from '../source/extract/quotes/quote-marks.ts';

const articleOf = (body: string): Article => ({
	title: null,
	published: null,
	source: null,
	url: null,
	path: null,
	body,
	paragraphs: splitParagraphs(body),
	sentences: [],
});

// Text built from the pieces quotation handling cares about, so that random strings hit the interesting cases.
const pieces = fc.constantFrom(
	'“',
	'”',
	'"',
	'‘',
	'’',
	"'",
	' ',
	'\n',
	'\n\n',
	', ',
	'. ',
	': ',
	'said',
	' he said',
	'She added, ',
	'Smith',
	'Mayor Jane Doe',
	'according to ',
	'the report found that ',
	'so-called ',
	'word',
	'We won',
	'Dr. ',
	'(',
	')',
	'—',
);
const newsLike = fc.array(fc.oneof(pieces, fc.string({maxLength: 6})), {maxLength: 80}).map(parts => parts.join(''));

const opening = new Set(['“', '"', '„', '”', '‘', "'"]);
const closing = new Set(['”', '"', '“', '’', "'"]);

test('extractQuotes never throws and every span is inside the body, opening with a quote mark', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(
				fc.oneof(newsLike, fc.string({maxLength: 200}), fc.string({unit: 'grapheme', maxLength: 100})),
				body => {
					const quotes = extractQuotes(articleOf(body));
					const paragraphs = splitParagraphs(body);
					let previousEnd = 0;
					for (const quote of quotes) {
						const {start, end} = quote.span;
						if (!(start >= previousEnd && end > start && end <= body.length)) {
							return false;
						}

						const slice = body.slice(start, end);
						const endsParagraph = paragraphs.some((paragraph: Span) => paragraph.end === end);
						if (!opening.has(slice[0]!) || !(closing.has(slice.at(-1)!) || endsParagraph)) {
							return false;
						}

						previousEnd = end;
					}

					return true;
				},
			),
			{numRuns: 2000},
		);
	});
});

test('a quotation that is closed in its own paragraph slices back to a string that starts and ends with marks', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(newsLike, body => {
				const article = articleOf(body);
				const quotes = extractQuotes(article);
				// Left open at the end of its paragraph because the next paragraph opens with a mark: the convention for
				// a quotation that runs on, so not closed in its own paragraph.
				const runsOn = (end: number): boolean => {
					const index = article.paragraphs.findIndex(paragraph => paragraph.end === end);
					const next = article.paragraphs[index + 1];
					return index !== -1 && next !== undefined && opening.has(body.charAt(next.start));
				};

				// Left open at the end of the text: an excerpt cut short inside a quotation, reported to where it stops.
				const cutShort = (end: number): boolean => end === article.paragraphs.at(-1)?.end;
				return quotes
					.filter(quote => !body.slice(quote.span.start, quote.span.end).includes('\n'))
					.filter(quote => !cutShort(quote.span.end) || closing.has(body.charAt(quote.span.end - 1)))
					.filter(quote => !runsOn(quote.span.end) || closing.has(body.charAt(quote.span.end - 1)))
					.every(quote => {
						const slice = body.slice(quote.span.start, quote.span.end);
						return opening.has(slice[0]!) && closing.has(slice.at(-1)!) && slice.length >= 2;
					});
			}),
			{numRuns: 1000},
		);
	});
});

// Speed is the bench's to measure (npm run bench); tests assert no times. These inputs are large enough that a
// quadratic scan would run into AVA's timeout, so they still catch one.
test('five megabytes of densely quoted news extract every quotation', t => {
	const paragraph =
		'“The plan will cost $4 million and we intend to pay for it,” said Mayor Jane Doe, a Democrat. ' +
		'Critics of the so-called “fair share” tax said it would hurt families. ' +
		'She added, “We have no choice.” The agency’s report found that “costs rose 8 percent in the ’90s.”\n\n';
	const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
	const article = articleOf(body);
	const quotes = extractQuotes(article);
	t.is(quotes.length, 4 * Math.ceil(5_000_000 / paragraph.length));
});

test('a body of unbalanced marks and no paragraphs gives no quotation', t => {
	const body = '“a '.repeat(300_000) + '"b '.repeat(300_000) + '“'.repeat(1_000_000) + '"'.repeat(1_000_000);
	const quotes = extractQuotes(articleOf(body));
	t.is(quotes.length, 0);
});
