import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'ava';
import {dropNoise} from '../source/article/html-page.ts';
import {domToText, type DomNode} from '../source/article/html-text.ts';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';

const page = readFileSync(join(import.meta.dirname, 'fixtures-html', 'saved-news-page.html'), 'utf8');
const article = parseArticle(page, {path: 'saved-news-page.html'});

test('a saved news page gives its title, date, outlet and address from its meta tags', t => {
	t.is(article.title, 'Floods damage 120 homes across three counties');
	t.is(article.published, '2021-07-14');
	t.is(article.source, 'The Riverside Gazette');
	t.is(article.url, 'https://gazette.example/news/2021/07/floods-damage-homes');
});

test('the story is read out of the page; navigation, ads, related links, comments, scripts and the footer are not', t => {
	const {body} = article;
	t.true(body.startsWith('Floodwaters from two days of heavy rain damaged 120 homes across three counties'));
	t.true(body.endsWith('“These families need help now,” Brooks said.'));
	for (const chrome of [
		'Skip to content',
		'Obituaries',
		'Subscribe',
		'Advertisement',
		'Related stories',
		'Storm knocks out power',
		'Comments',
		'river_rat_77',
		'Join the discussion',
		'Privacy policy',
		'All rights reserved',
		'gtag',
		'Tracking 999',
		'<',
	]) {
		t.false(body.includes(chrome), chrome);
	}
});

test('paragraphs, list items and table rows of the page become lines the readers know', t => {
	const paragraphs = article.paragraphs.map(span => article.body.slice(span.start, span.end));
	t.true(paragraphs.includes('County | Homes'));
	t.true(paragraphs.includes('Ashford | 54'));
	t.true(paragraphs.includes('Corley | 25'));
	t.true(paragraphs.includes('- stay off flooded roads,'));
	t.true(
		paragraphs.includes(
			'Ashford County reported 54 damaged homes, Bellmere County 41 and Corley County 25, according to the state emergency management office.',
		),
	);
});

test('the page’s counts, quotes and dates are found and add up', t => {
	const report = buildReport(article);
	const homes = report.breakdowns.find(breakdown => breakdown.items.some(item => item.name === 'Bellmere'));
	t.deepEqual(
		homes?.items.map(item => [item.name, item.value]),
		[
			['Ashford', 54],
			['Bellmere', 41],
			['Corley', 25],
		],
	);
	t.is(homes?.sum, 120);
	t.is(homes?.statedTotal?.value, 120);
	t.deepEqual(
		report.quotes.map(quote => quote.speaker?.name),
		['Maria Lopez', 'Maria Lopez', 'Alan Brooks'],
	);
	// Published Wednesday 14 July 2021: "Tuesday night" is the 13th.
	t.true(report.timeline.some(entry => entry.expression === 'on Tuesday night' && entry.start === '2021-07-13'));
});

test('entities are decoded and tags never reach the body', t => {
	const html =
		'<!doctype html><html><head><title>Tolls</title></head><body><article><p>Tom&#8217;s &ldquo;view&rdquo; &amp; more&hellip; 5&nbsp;&lt;&nbsp;6</p></article></body></html>';
	t.is(parseArticle(html).body, 'Tom’s “view” & more… 5\u00a0<\u00a06');
});

test('a page with no story container is read from its body, and an empty page gives an empty body', t => {
	t.is(parseArticle('<!doctype html><html><body><p>Just one line.</p></body></html>').body, 'Just one line.');
	t.is(parseArticle('<!doctype html>').body, '');
});

test('text that mentions a tag or starts with one inside prose is not read as a web page', t => {
	t.is(parseArticle('Use <b> for bold.\n\nMore.').body, 'Use <b> for bold.\n\nMore.');
});

test('scripts, styles, drawings and comments are cut before the page is parsed', t => {
	t.is(
		dropNoise('a<script src=x>b</script>c<STYLE>d</STYLE>e<!-- f -->g<svg><path/></svg>h<scripture>i</scripture>').html,
		'acegh<scripture>i</scripture>',
	);
	t.is(dropNoise('a<script>never closed').html, 'a');
});

test('the scan measures how deep tags nest, unclosed paragraphs and void elements aside', t => {
	t.is(dropNoise('<html><body><div><div><p>a<p>b<img src=x><br></div></div></body></html>').depth, 4);
	t.is(dropNoise(`${'<span>'.repeat(7000)}x`).depth, 7000);
});

test('markup nested deeper than any page is stripped of its tags instead of parsed', t => {
	const html = `<!doctype html><html><body>${'<span>'.repeat(6000)}Deep <b>text</b> here.${'</span>'.repeat(6000)}<p>Next.</p></body></html>`;
	t.is(parseArticle(html).body, 'Deep text here.\n\nNext.');
});

/** A tiny DOM built by hand, so the walker is tested without a parser. */
function element(name: string, ...children: DomNode[]): DomNode {
	return link({nodeType: 1, nodeName: name, nodeValue: null}, children);
}

function text(value: string): DomNode {
	return link({nodeType: 3, nodeName: '#text', nodeValue: value}, []);
}

function link(base: {nodeType: number; nodeName: string; nodeValue: string | null}, children: DomNode[]): DomNode {
	const node = {...base, firstChild: null, nextSibling: null, parentNode: null} as {
		-readonly [K in keyof DomNode]: DomNode[K];
	};
	node.firstChild = children[0] ?? null;
	for (const [index, child] of children.entries()) {
		Object.assign(child, {parentNode: node, nextSibling: children[index + 1] ?? null});
	}

	return node;
}

test('the walker lays out blocks, line breaks, list items, cells and preformatted text', t => {
	const root = element(
		'DIV',
		element('H2', text('  Results  ')),
		element('P', text('One\n   two'), element('BR'), text('three')),
		element('UL', element('LI', text('Ava: 7')), element('LI', text('Bly: 5'))),
		element(
			'TABLE',
			element('TR', element('TH', text(' Name ')), element('TH', text('Votes'))),
			element('TR', element('TD', text('Ava')), element('TD', text('12'))),
		),
		element('PRE', text('Name    Votes\nAva        12')),
		element('SCRIPT', text('alert(1)')),
	);
	t.is(
		domToText(root),
		'Results\n\nOne two\nthree\n\n- Ava: 7\n- Bly: 5\n\nName | Votes\nAva | 12\n\nName    Votes\nAva        12',
	);
});

test('a page nested 100,000 elements deep is read without overflowing the stack', t => {
	const html = `<!doctype html><html><body>${'<div>'.repeat(100_000)}Deep text here.${'</div>'.repeat(100_000)}</body></html>`;
	t.is(parseArticle(html).body, 'Deep text here.');
});
