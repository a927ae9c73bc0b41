import test from 'ava';
import type {Article, Span} from '../source/article/types.ts';
import {extractQuotes} from '../source/extract/quotes/quotes.ts';

/** A body split into paragraphs on blank lines, independent of the article parser. */
function articleOf(...paragraphTexts: string[]): Article {
	const body = paragraphTexts.join('\n\n');
	const paragraphs: Span[] = [];
	for (const match of body.matchAll(/[^\n]+/g)) {
		paragraphs.push({start: match.index, end: match.index + match[0].length});
	}

	return {title: null, published: null, source: null, url: null, path: null, body, paragraphs, sentences: []};
}

/** Each quotation as [text, speaker's name, attribution]; terms left out. */
const said = (...paragraphTexts: string[]): Array<[string, string | null, string]> =>
	extractQuotes(articleOf(...paragraphTexts))
		.filter(quote => quote.kind === 'quotation')
		.map(quote => [quote.text, quote.speaker?.name ?? null, quote.attribution]);

test('"he said" after a surname that reports speech with an aside goes to him, not to the mayor quoted before', t => {
	t.deepEqual(
		said(
			'Mayor Okafor praised the budget. "It balances without new taxes," Okafor said.',
			'Brandt, who sits on the finance committee, said the cuts fell on the libraries. "Two branches will close," he said. "Maybe three."',
		),
		[
			['It balances without new taxes,', 'Okafor', 'explicit'],
			['Two branches will close,', 'Brandt', 'pronoun'],
			['Maybe three.', 'Brandt', 'continuation'],
		],
	);
});

test('"he said" after "Then Brandt rose and argued …" goes to Brandt', t => {
	t.deepEqual(
		said(
			'Mayor Okafor, who chaired the meeting, spoke first. Then Brandt rose and argued that the cuts went too deep. "We were never consulted," he said.',
		),
		[['We were never consulted,', 'Brandt', 'pronoun']],
	);
});

test('a capitalised plural that reports speech is no person: "he said" stays with the man named before', t => {
	t.deepEqual(
		said(
			'Mayor Tom Okafor defended the cuts. Critics said the libraries had been singled out. "We had no choice," he said.',
		),
		[['We had no choice,', 'Tom Okafor', 'pronoun']],
	);
});

test('"said data released by" a body goes to the body', t => {
	t.deepEqual(said('"Rents rose 9 percent in a year," said data released by the county housing office.'), [
		['Rents rose 9 percent in a year,', 'the county housing office', 'explicit'],
	]);
});

test('"said the 52-year-old Oak Hill farmer" after the one man the paragraph names is that man', t => {
	t.deepEqual(
		said(
			'Ivo Marsh has kept sheep on the ridge since he was a boy. "The creek has never been this low," said the 52-year-old Oak Hill farmer.',
		),
		[['The creek has never been this low,', 'Ivo Marsh', 'pronoun']],
	);
});

test('a description after two people named, or after someone with another title, stays as written', t => {
	t.deepEqual(
		said(
			'Ivo Marsh and Lena Quist keep sheep on the ridge. "The creek has never been this low," said the 52-year-old farmer.',
			'Mayor Rosa Quint toured the ridge. "We lost a third of the flock," said the 47-year-old farmer.',
		),
		[
			['The creek has never been this low,', 'the 52-year-old farmer', 'explicit'],
			['We lost a third of the flock,', 'the 47-year-old farmer', 'explicit'],
		],
	);
});

test('a party word before a name stays out of the name: "said Democrats Maria Vance"', t => {
	const [quote] = extractQuotes(articleOf('"This budget starves the schools," said Democrats Maria Vance.'));
	t.like(quote, {kind: 'quotation', attribution: 'explicit', speaker: {name: 'Maria Vance', type: 'person'}});
});

test('a person named after the title of an office ("the Minister of Fisheries, Ana Ruiz,") is who a later "she said" means', t => {
	t.deepEqual(
		said(
			'The catch fell by a third, according to the Minister of Fisheries, Ana Ruiz, on Monday.',
			'"We will close the bay for a month," she said.',
		),
		[['We will close the bay for a month,', 'Ana Ruiz', 'pronoun']],
	);
});

test('a surname with a participle\'s aside ("Ruiz, sent to the coast to …, told …") carries the person to the next paragraph', t => {
	t.deepEqual(
		said(
			'The catch fell by a third, according to the Minister of Fisheries, Ana Ruiz, on Monday.',
			'Ruiz, sent to the coast to meet the crews, told a radio station the ban was needed.',
			'"We will close the bay for a month," she said.',
		),
		[['We will close the bay for a month,', 'Ana Ruiz', 'pronoun']],
	);
});

test('"the Coastal state government’s" is a state, not a speaker called Coastal; "she underscored" points back', t => {
	t.deepEqual(
		said(
			'The Coastal Region’s Health Minister, Lena Ortiz, said on Friday that 40 clinics had opened.',
			'She underscored the Coastal state government’s view that “we need more nurses now.”',
		),
		[['we need more nurses now.', 'Lena Ortiz', 'pronoun']],
	);
});

test('a place before a count ("in Lake Vale, 14 in Brill") is nobody a later "he" stands for; "Ada Ruiz, 45," is someone', t => {
	t.deepEqual(
		said(
			'Tom Okafor, the regional police chief, said the raids took three days.',
			'"We searched 40 homes," he said.',
			'Officers arrested 61 people in Lake Vale, 14 in Brill and five in Corran.',
			'"Most had no papers," he added.',
		),
		[
			['We searched 40 homes,', 'Tom Okafor', 'pronoun'],
			['Most had no papers,', 'Tom Okafor', 'pronoun'],
		],
	);
	t.deepEqual(
		said(
			'Tom Okafor said the raids took three days.',
			'Ada Ruiz, 45, lives on the street.',
			'"It was loud," she said.',
		),
		[['It was loud,', 'Ada Ruiz', 'pronoun']],
	);
});
