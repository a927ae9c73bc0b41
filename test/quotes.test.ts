import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import type {Article, Span} from '../source/article/types.ts';
import {extractQuotes} from '../source/extract/quotes.ts';
import type {Quote} from '../source/extract/types.ts';

/** A body split into paragraphs on blank lines, independent of the article parser. */
function articleOf(body: string): Article {
	const paragraphs: Span[] = [];
	const pattern = /[^\n]+(?:\n[^\n]+)*/g;
	for (const match of body.matchAll(pattern)) {
		const start = match.index;
		const text = match[0];
		const leading = text.length - text.trimStart().length;
		paragraphs.push({start: start + leading, end: start + text.trimEnd().length});
	}

	return {title: null, published: null, source: null, url: null, path: null, body, paragraphs, sentences: []};
}

const quotations = (quotes: readonly Quote[]): Quote[] => quotes.filter(quote => quote.kind === 'quotation');
const terms = (quotes: readonly Quote[]): string[] =>
	quotes.filter(quote => quote.kind === 'term').map(quote => quote.text);
const who = (quote: Quote | undefined): string | null => quote?.speaker?.name ?? null;

const seed = parseArticle(readFileSync(new URL('../seeds/ice-raids-sanctuary-cities.txt', import.meta.url), 'utf8'));

test('the seed has five quotations in text order with their speakers', t => {
	const found = quotations(extractQuotes(seed));
	t.deepEqual(
		found.map(quote => [quote.text.slice(0, 24), who(quote), quote.attribution]),
		[
			['Operation ‘Safe City’ fo', 'ICE', 'explicit'],
			['Sanctuary jurisdictions ', 'Thomas Homan', 'explicit'],
			['ICE’s goal is to build c', 'Thomas Homan', 'pronoun'],
			['non-immigrant visas to p', 'Politico', 'explicit'],
			['President Trump’s newest', 'Anthony Romero', 'explicit'],
		],
	);
});

test('the seed speakers carry their role, organisation and type', t => {
	const [release, homan, continued, politico, romero] = quotations(extractQuotes(seed));
	t.deepEqual(release?.speaker, {name: 'ICE', role: 'press release', organization: 'ICE', type: 'document'});
	t.is(release?.cue, 'The ICE press release states');
	t.deepEqual(homan?.speaker, {name: 'Thomas Homan', role: 'Acting Director', organization: 'ICE', type: 'person'});
	t.is(homan?.cue, 'The press release quotes ICE Acting Director Thomas Homan as saying');
	t.is(continued?.cue, 'He continued');
	t.is(politico?.speaker?.type, 'document');
	t.deepEqual(romero?.speaker, {
		name: 'Anthony Romero',
		role: 'executive director',
		organization: 'ACLU',
		type: 'person',
	});
	t.is(romero?.cue, 'ACLU executive director Anthony Romero said');
});

test('the seed scare quotes are terms, not speech', t => {
	t.deepEqual(terms(extractQuotes(seed)), [
		'sanctuary cities',
		'sanctuary cities',
		'Operation Safe City',
		'sanctuary city',
		'sanctuary',
		'sanctuary cities',
		'sanctuary',
		'Muslim ban',
	]);
});

test('every span slices back to the quotation with its marks', t => {
	for (const quote of extractQuotes(seed)) {
		const slice = seed.body.slice(quote.span.start, quote.span.end);
		t.is(slice.slice(1, -1), quote.kind === 'quotation' ? quote.text : slice.slice(1, -1));
		t.regex(slice, /^[“"].*[”"]$/su);
	}
});

test('a nested single-quoted name stays inside the outer quotation', t => {
	const [release] = quotations(extractQuotes(seed));
	t.true(release?.text.startsWith('Operation ‘Safe City’ focused'));
	t.false(extractQuotes(seed).some(quote => quote.text === 'Safe City'));
});

const quotesOf = (body: string): Quote[] => extractQuotes(articleOf(body));

test('a quotation before its attribution takes the speaker that follows: “…,” Smith said', t => {
	const [quote] = quotesOf('“We will rebuild every home,” Mayor Karen Bass said on Tuesday.');
	t.is(quote?.kind, 'quotation');
	t.deepEqual(quote?.speaker, {name: 'Karen Bass', role: 'Mayor', organization: null, type: 'person'});
	t.is(quote?.attribution, 'explicit');
	t.is(quote?.cue, 'Mayor Karen Bass said');
});

test('an inverted attribution with an appositive: “…,” said Jane Doe, a spokeswoman for the Red Cross', t => {
	const [quote] = quotesOf('“The shelters are full,” said Jane Doe, a spokeswoman for the Red Cross.');
	t.deepEqual(quote?.speaker, {name: 'Jane Doe', role: 'spokeswoman', organization: 'Red Cross', type: 'person'});
	t.is(quote?.cue, 'said Jane Doe, a spokeswoman for the Red Cross');
});
