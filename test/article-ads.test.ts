import {readFileSync} from 'node:fs';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {nameWords} from '../source/article/html-ads.ts';
import {readHtmlPage} from '../source/article/html-page.ts';
import {runCli} from './helpers/run-cli.ts';

// Saved pages lose their ad and promotion blocks (issue 13, defect 9), by the marks news sites and Readability go by.

const fixture = path.join(import.meta.dirname, 'fixtures-html', 'page-with-ads.html');

const story = [
	'The city library will open its four branches for 48 more hours a week in all from June, the library board decided on Monday.',
	'Elmwood gains 18 hours, Harbor 12, Millbrook 10 and Quarry Hill 8, the board said, paid for by a grant from the state.',
	'“People asked us for evenings and Sundays, and now they will have them,” said board chair Priya Natarajan.',
	// "advertising" and "promotion" in the story's own words stay.
	'The board also spoke about advertising revenue from the library’s quarterly magazine, which fell by a third last year, and said a promotion of the new hours would run on city buses.',
	// In a block named "badge-row download-links": the letters of "ad", not the word.
	'Branch opening times are listed on the library’s website.',
];

const ads = [
	'Advertisement',
	'reading lamps',
	'Sponsored: Seven ways',
	'Story continues below',
	'Fresh pasta',
	'morning briefing',
	'Books & Ideas newsletter',
	'Subscribe for $2',
	'win a holiday',
	'car insurance',
	'dentist',
];

test('a saved page read through the CLI keeps the story and none of its ads', async t => {
	const {code, stdout, stderr} = await runCli([fixture, '--json']);
	t.is(code, 0, stderr);
	const {article} = JSON.parse(stdout) as {article: {body: string; title: string; source: string}};
	t.is(article.body, story.join('\n\n'));
	for (const ad of ads) t.false(article.body.includes(ad), ad);
	t.is(article.source, 'The Lakeside Courier');
});

test('class and id names are read word by word', t => {
	t.deepEqual(nameWords('adSlot ad_unit top-banner-ad'), ['ad', 'slot', 'ad', 'unit', 'top', 'banner', 'ad']);
	t.deepEqual(nameWords('site-header shadow badge-row download-links'), [
		'site',
		'header',
		'shadow',
		'badge',
		'row',
		'download',
		'links',
	]);
});

test('a block named like a promotion that holds the story is kept', t => {
	const paragraphs = Array.from(
		{length: 6},
		(_, index) =>
			`<p>Paragraph ${index + 1} of the story says the council met for the ${index + 2}th time this year.</p>`,
	);
	const page = `<html><body><div class="promo-layout">${paragraphs.join('')}</div><div class="ad">Buy now</div></body></html>`;
	const {text} = readHtmlPage(page);
	t.true(text.includes('Paragraph 1 of the story') && text.includes('Paragraph 6 of the story'));
	t.false(text.includes('Buy now'));
});

test('a page too large for Readability loses its ads too', async t => {
	// 25,000 list items: past the 20,000 elements Readability is given, so the page is read whole from <article>.
	const items = Array.from({length: 25_000}, (_, index) => `<li>item ${index}</li>`).join('');
	const page = `<html><body><article><p>The fair drew 3,000 visitors.</p><div class="ad-container">Cheap flights to anywhere</div><p>Sponsored: a better mattress</p><ul>${items}</ul></article></body></html>`;
	const directory = await mkdtemp(path.join(tmpdir(), 'newsdash-ads-'));
	const file = path.join(directory, 'big.html');
	await writeFile(file, page);
	const {text} = readHtmlPage(readFileSync(file, 'utf8'));
	t.true(text.startsWith('The fair drew 3,000 visitors.'));
	t.true(text.includes('- item 24999'));
	t.false(text.includes('Cheap flights'));
	t.false(text.includes('mattress'));
});

test('a long paragraph that starts like a label is the story, not an ad', t => {
	const long = `Sponsored: ${'the council said the festival would go ahead as planned, with the same budget as last year and '.repeat(4)}`;
	const {text} = readHtmlPage(
		`<html><body><article><p>${long}</p><p>More of the story follows here.</p></article></body></html>`,
	);
	t.true(text.startsWith('Sponsored: the council said'));
});
