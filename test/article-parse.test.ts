import test from 'ava';
import fc from 'fast-check';
import {parseArticle} from '../source/article/parse.ts';

const texts = (text: string, spans: ReadonlyArray<{start: number; end: number}>): string[] =>
	spans.map(span => text.slice(span.start, span.end));

test('CRLF and lone CR line endings become \\n', t => {
	const article = parseArticle('Title\r\n\r\nOne.\rTwo.\r\n');
	t.is(article.body, 'Title\n\nOne.\nTwo.\n');
	t.deepEqual(texts(article.body, article.paragraphs), ['Title', 'One.', 'Two.']);
});

test('escape sequences and control characters are neutralised one code unit for one: C0 as control pictures, C1 as U+FFFD', t => {
	const article = parseArticle('Head\n\nA \u001b[31mred\u001b[0m word\u0007 and \u0085next \u009b2J\u007f.');
	t.is(article.body, 'Head\n\nA ␛[31mred␛[0m word␇ and \nnext \uFFFD2J␡.');
	t.false(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(article.body));
});

test('bidi overrides are neutralised, tabs kept', t => {
	const article = parseArticle('Head\n\nPaid \u202Eevil\u202C to\tthem \u2066x\u2069.');
	t.is(article.body, 'Head\n\nPaid \uFFFDevil\uFFFD to\tthem \uFFFDx\uFFFD.');
});

test('control characters in front matter values are neutralised too', t => {
	const article = parseArticle('---\ntitle: Bad\u001b]0;pwned\u0007 title\n---\nBody.');
	t.is(article.title, 'Bad␛]0;pwned␇ title');
});

test('front matter gives title, date, source and url; the body starts after it', t => {
	const article = parseArticle(
		'---\ntitle: "Raids in “five” cities"\npublished: 2017-09-30\nsource: \'The Daily\'\nurl: https://x.test/a?b=c:d\nauthor: Someone\n---\nHeadline line\n\nText here.',
	);
	t.is(article.title, 'Raids in “five” cities');
	t.is(article.published, '2017-09-30');
	t.is(article.source, 'The Daily');
	t.is(article.url, 'https://x.test/a?b=c:d');
	t.is(article.body, 'Headline line\n\nText here.');
	t.deepEqual(texts(article.body, article.sentences), ['Headline line', 'Text here.']);
});

test('front matter dates in common forms are normalised to YYYY-MM-DD', t => {
	const published = (value: string): string | null => parseArticle(`---\npublished: ${value}\n---\nBody.`).published;
	t.is(published('2017-09-30T10:00:00Z'), '2017-09-30');
	t.is(published('2017-09-30T23:30:00-04:00'), '2017-09-30');
	t.is(published('"September 30, 2017"'), '2017-09-30');
	t.is(published('30 September 2017'), '2017-09-30');
	t.is(published('Sat, 30 Sep 2017 10:00:00 GMT'), '2017-09-30');
	t.is(published('Sept. 30, 2017'), '2017-09-30');
});

test('a front matter date that is not a real, whole date is ignored', t => {
	const published = (value: string): string | null => parseArticle(`---\npublished: ${value}\n---\nBody.`).published;
	t.is(published('2017-02-30'), null);
	t.is(published('soon'), null);
	t.is(published('09/10/2017'), null);
	t.is(published('September 2017'), null);
	t.is(published('yesterday'), null);
});

test('date: is read as the publication date when published: is absent', t => {
	t.is(parseArticle('---\ndate: 2020-05-01\n---\nBody.').published, '2020-05-01');
});

test('an unclosed front matter fence is ordinary text, and its rule of dashes is no headline', t => {
	const article = parseArticle('---\ntitle: x\nBody text.');
	t.is(article.body, '\ntitle: x\nBody text.');
	t.is(article.title, 'title: x');
});

test('the published option overrides the front matter', t => {
	t.is(parseArticle('---\npublished: 2017-09-30\n---\nBody.', {published: '2018-01-02'}).published, '2018-01-02');
});

test('without any date the article has published null, never today', t => {
	t.is(parseArticle('Title\n\nPolice said on Monday that it happened.').published, null);
});

test('without a title the first non-empty line is the headline, Markdown heading marks dropped', t => {
	t.is(parseArticle('\n\n  Big news today  \n\nBody.').title, 'Big news today');
	t.is(parseArticle('# Big news today\n\nBody.').title, 'Big news today');
	t.is(parseArticle('').title, null);
});

test('a first line far too long to be a headline gives no title', t => {
	t.is(parseArticle(`${'word '.repeat(100)}end.`).title, null);
});

test('a "Published:" line near the top gives the date', t => {
	t.is(parseArticle('Headline\nBy Jane Doe\nPublished: 30 September 2017\n\nStory.').published, '2017-09-30');
	t.is(parseArticle('Headline\nPosted on September 30, 2017 at 10:04 a.m.\n\nStory.').published, '2017-09-30');
});

test('a date alone on a line near the top gives the date', t => {
	t.is(parseArticle('Headline\nSeptember 30, 2017\n\nStory.').published, '2017-09-30');
	t.is(parseArticle('Headline\nSaturday 30 September 2017 10.00 BST\n\nStory.').published, '2017-09-30');
});

test('a byline with separators gives the date from its date piece', t => {
	t.is(parseArticle('Headline\nBy Jane Doe | September 30, 2017 | 4 min read\n\nStory.').published, '2017-09-30');
	t.is(parseArticle('Headline\nJane Doe · Published Sept. 30, 2017\n\nStory.').published, '2017-09-30');
});

test('a Published line wins over an Updated line', t => {
	t.is(
		parseArticle('Headline\nUpdated: October 2, 2017\nPublished: September 30, 2017\n\nStory.').published,
		'2017-09-30',
	);
});

test('two different bare dates near the top are ambiguous and give no date', t => {
	t.is(parseArticle('Headline\nSeptember 30, 2017\nOctober 2, 2017\n\nStory.').published, null);
});

test('a date inside a sentence is not a dateline', t => {
	t.is(parseArticle('Headline\n\nThe vote was held on September 30, 2017 in the city.').published, null);
});

test('a saved web page is converted to text with paragraphs, entities decoded and scripts dropped', t => {
	const html =
		'<!DOCTYPE html><html><head><title>Raids &amp; arrests</title><script>var a = "<p>no</p>";</script></head><body>' +
		'<nav><a href="/">Home</a></nav><article><h1>Raids &amp; arrests</h1>' +
		'<p>It was &ldquo;routine.&rdquo; Officials in <a href="/dc">Washington, D.C.</a> declined.</p>' +
		'<ul><li>Denver: 63</li><li>Seattle: 33</li></ul><p>Tom&#8217;s &#x201C;view&#x201D;&hellip;</p></article>' +
		'<footer>Copyright</footer></body></html>';
	const article = parseArticle(html);
	t.is(article.title, 'Raids & arrests');
	// Readability drops the <h1> that repeats the page title: the headline is the title, not body text.
	t.deepEqual(texts(article.body, article.sentences), [
		'It was “routine.”',
		'Officials in Washington, D.C. declined.',
		'Denver: 63',
		'Seattle: 33',
		'Tom’s “view”…',
	]);
	t.false(article.body.includes('Home'));
	t.false(article.body.includes('Copyright'));
	t.false(article.body.includes('<'));
});

test('a saved web page gives its title, date, outlet and address from its meta tags', t => {
	const html =
		'<!doctype html><html><head><title>Raids | The Daily</title>' +
		'<meta property="og:title" content="Raids in five cities &amp; more">' +
		'<meta property="og:site_name" content="The Daily">' +
		'<meta property="article:published_time" content="2017-09-30T10:00:00-04:00">' +
		'<link rel="canonical" href="https://daily.test/raids">' +
		'</head><body><p>Kicker</p><p>Story text.</p></body></html>';
	const article = parseArticle(html);
	t.is(article.title, 'Raids in five cities & more');
	t.is(article.published, '2017-09-30');
	t.is(article.source, 'The Daily');
	t.is(article.url, 'https://daily.test/raids');
	t.is(article.body, 'Kicker\n\nStory text.');
});

test('a web page date can come from JSON-LD or a time element', t => {
	const jsonLd =
		'<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-03-01T08:00:00Z"}</script></head><body><p>Text.</p></body></html>';
	t.is(parseArticle(jsonLd).published, '2020-03-01');
	const time =
		'<!doctype html><body><article><p>By X <time datetime="2019-07-04">July 4</time></p><p>Text.</p></article></body>';
	t.is(parseArticle(time).published, '2019-07-04');
});

test('text that mentions a tag is not treated as a web page', t => {
	t.is(parseArticle('Use <b> for bold.\n\nMore.').body, 'Use <b> for bold.\n\nMore.');
});

const spanInvariants = fc.property(
	fc.oneof(
		fc.string({unit: 'binary', maxLength: 400}),
		fc
			.array(
				fc.constantFrom(
					'Mr.',
					'U.S.',
					'D.C.',
					' ',
					'\n',
					'\n\n',
					'\r',
					'\r\n',
					'“',
					'”',
					'"',
					'.',
					'?',
					'!',
					'…',
					'The',
					'said',
					'H.',
					'- ',
					'1. ',
					'# ',
					'---\n',
					'title: x\n',
					'\u001b',
					'\u202e',
					'\t',
					'<p>',
					'<!doctype html>',
					'&amp;',
					'word',
					'12.4',
					'(',
					')',
				),
				{maxLength: 80},
			)
			.map(parts => parts.join('')),
	),
	text => {
		const article = parseArticle(text);
		const {body} = article;
		let previous = 0;
		for (const span of article.paragraphs) {
			if (span.start < previous || span.end <= span.start || span.end > body.length) {
				return false;
			}

			previous = span.end;
		}

		previous = 0;
		for (const sentence of article.sentences) {
			const paragraph = article.paragraphs[sentence.paragraph];
			const textOf = body.slice(sentence.start, sentence.end);
			if (
				paragraph === undefined ||
				sentence.start < previous ||
				sentence.end <= sentence.start ||
				sentence.start < paragraph.start ||
				sentence.end > paragraph.end ||
				/\n[ \t]*\n/.test(textOf) ||
				textOf !== textOf.trim()
			) {
				return false;
			}

			previous = sentence.end;
		}

		return !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(body);
	},
);

test('on any input parseArticle never throws and every span is inside body, sorted, trimmed, not overlapping and within its paragraph', t => {
	t.notThrows(() => {
		fc.assert(spanInvariants, {numRuns: 2000});
	});
});
