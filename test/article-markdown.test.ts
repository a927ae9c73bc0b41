import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';

const body = (text: string): string => parseArticle(text).body;

test('ATX headings lose their marks and stay paragraphs of their own', t => {
	const article = parseArticle('# Storm toll\n\nText.');
	t.is(article.body, 'Storm toll\n\nText.');
	t.is(article.title, 'Storm toll');
	t.is(body('## Heading text ##\nBody right after.'), 'Heading text\n\nBody right after.');
});

test('an underlined heading loses its underline', t => {
	t.is(body('Storm toll\n==========\nText here.'), 'Storm toll\n\nText here.');
	t.is(body('Storm toll\n----------\nText here.'), 'Storm toll\n\nText here.');
});

test('bold, italic, strike-through and inline code keep only their words', t => {
	t.is(
		body('Officials said **12 people** died in _Bly_, *not* __Ava__, ~~Cole~~ and `Dee`.'),
		'Officials said 12 people died in Bly, not Ava, Cole and Dee.',
	);
});

test('a link keeps its text, an image and a reference definition go', t => {
	t.is(body('Rain hit [Ava](https://x.test/ava "Ava") first.'), 'Rain hit Ava first.');
	t.is(body('[Ava](https://en.wikipedia.org/wiki/Ava_(town)) grew.'), 'Ava grew.');
	t.is(body('Run now. ![Photo of Jane Doe](img/jane.jpg) Done.'), 'Run now.  Done.');
	t.is(body('See [the report][1].\n\n[1]: https://x.test/r'), 'See the report.\n\n');
});

test('block quote marks go, nested ones too', t => {
	t.is(body('> “We will rebuild,” said Jane Doe.\n> > Later.'), '“We will rebuild,” said Jane Doe.\nLater.');
});

test('list markers stay for the breakdown reader, emphasis inside an item goes', t => {
	t.is(body('- Ava: 7\n* Bly: 5\n1. Cole: 3\n* *Dee*: 2'), '- Ava: 7\n* Bly: 5\n1. Cole: 3\n* Dee: 2');
});

test('a Markdown table becomes rows of cells joined by pipes, its delimiter row dropped', t => {
	const article = parseArticle('Arrests\n\n| County | Arrests |\n|---|---:|\n| Ava | 7 |\n| Bly | 5 |');
	t.is(article.body, 'Arrests\n\nCounty | Arrests\nAva | 7\nBly | 5');
	t.deepEqual(
		article.paragraphs.map(span => article.body.slice(span.start, span.end)),
		['Arrests', 'County | Arrests', 'Ava | 7', 'Bly | 5'],
	);
});

test('asterisks and underscores that mark nothing are left alone', t => {
	const text = 'a 5*3*2 grid, snake_case_name and 2 * 3 * 4, file_name_here, a *footnote';
	t.is(body(text), text);
	t.is(body('Price \\*not\\* final'), 'Price *not* final');
});

test('text inside a fenced code block is kept as written', t => {
	t.is(body('```\n**kept** in code\n```\nAfter.'), '\n**kept** in code\n\nAfter.');
});

test('a speaker in bold and a quote in a block quote come out as plain names and words', t => {
	const report = buildReport(
		parseArticle('# Flood\n\n> “We lost everything,” said **Maria Lopez**, a resident of [Ashford](https://x.test).'),
	);
	const [quote] = report.quotes;
	t.is(quote?.text, 'We lost everything,');
	t.is(quote?.speaker?.name, 'Maria Lopez');
	t.is(report.article.body.slice(quote!.span.start, quote!.span.end), '“We lost everything,”');
});

test('in a .txt article a backslash escape and backticks stay as the writer typed them', t => {
	const plain = (text: string): string => parseArticle(text, {path: 'story.txt'}).body;
	t.is(plain('The rate rose to 3\\.5 percent\\.'), 'The rate rose to 3\\.5 percent\\.');
	t.is(plain('“We won`t go,” said Ann Lee, “and that`s final.”'), '“We won`t go,” said Ann Lee, “and that`s final.”');
	t.is(plain("``We are ready,'' he said. ``Not yet,'' she said."), "``We are ready,'' he said. ``Not yet,'' she said.");
	t.is(plain('Saved in C:\\Users\\ann\\notes_1.txt, see `ls`.'), 'Saved in C:\\Users\\ann\\notes_1.txt, see `ls`.');
	// An escaped star stays escaped, so it is no emphasis either; the marks that hold no words still go.
	t.is(plain('Price \\*not\\* final, **Ava** and [Bly](https://x.test).'), 'Price \\*not\\* final, Ava and Bly.');
	t.is(parseArticle('3\\.5 and `x`', {path: 'NOTES.TEXT'}).body, '3\\.5 and `x`');
});

test('a .md file, standard input and a text without a name read escapes and code spans as Markdown', t => {
	const text = 'The rate rose to 3\\.5 percent and `Dee` left.';
	const expected = 'The rate rose to 3.5 percent and Dee left.';
	t.is(parseArticle(text, {path: 'story.md'}).body, expected);
	t.is(parseArticle(text, {path: '-'}).body, expected);
	t.is(parseArticle(text).body, expected);
	t.is(parseArticle(text, {path: 'story.txt', markup: 'markdown'}).body, expected);
	t.is(parseArticle(text, {path: 'story.md', markup: 'plain'}).body, 'The rate rose to 3\\.5 percent and `Dee` left.');
});

test('a quotation in a .txt article keeps its backtick apostrophe, and its span still indexes the body', t => {
	const report = buildReport(parseArticle('Flood\n\n“We won`t leave,” said Maria Lopez.', {path: 'flood.txt'}));
	const [quote] = report.quotes;
	t.is(quote?.text, 'We won`t leave,');
	t.is(quote?.speaker?.name, 'Maria Lopez');
	t.is(report.article.body.slice(quote!.span.start, quote!.span.end), '“We won`t leave,”');
});
