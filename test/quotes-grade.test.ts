import test from 'ava';
import type {Article, Span} from '../source/article/types.ts';
import {extractQuotes} from '../source/extract/quotes/quotes.ts';
import type {Quote} from '../source/extract/types.ts';

/** A body split into paragraphs on blank lines, independent of the article parser. */
function articleOf(...paragraphTexts: string[]): Article {
	const body = paragraphTexts.join('\n\n');
	const paragraphs: Span[] = [];
	for (const match of body.matchAll(/[^\n]+/g)) {
		paragraphs.push({start: match.index, end: match.index + match[0].length});
	}

	return {title: null, published: null, source: null, url: null, path: null, body, paragraphs, sentences: []};
}

const read = (...paragraphTexts: string[]): Quote[] => extractQuotes(articleOf(...paragraphTexts));
const said = (quotes: readonly Quote[]): Array<[string, string | null, string]> =>
	quotes
		.filter(quote => quote.kind === 'quotation')
		.map(quote => [quote.text, quote.speaker?.name ?? null, quote.attribution]);
const terms = (quotes: readonly Quote[]): string[] =>
	quotes.filter(quote => quote.kind === 'term').map(quote => quote.text);

test('"he said" after a man named by surname alone goes to him, not to the mayor who spoke before', t => {
	const quotes = read(
		'Mayor Pike welcomed the vote. "This plan gives the riverfront a future," Pike said.',
		'Councillor Walsh voted against it. Walsh said the council had "rushed" the decision. "Nobody in my ward was asked," he said.',
	);
	t.deepEqual(said(quotes), [
		['This plan gives the riverfront a future,', 'Pike', 'explicit'],
		['rushed', 'Walsh', 'explicit'],
		['Nobody in my ward was asked,', 'Walsh', 'pronoun'],
	]);
});

test('"she said" skips a man the text marks as one and goes to the woman named before him', t => {
	const quotes = read(
		'Planning officer Maria Santos presented the study, and the firm’s spokesman, Daniel Cho, took questions. "The figures were checked twice," she said.',
	);
	t.deepEqual(said(quotes), [['The figures were checked twice,', 'Maria Santos', 'pronoun']]);
});

test('a pronoun two people named together could stand for has no speaker: uncertain, not a guess', t => {
	const quotes = read(
		'"We listened," said Councillor Jane Roe, who stood with Councillor Alan Ferris.',
		'Roe and Ferris later met the residents. "We will keep talking," he said.',
	);
	t.deepEqual(said(quotes), [
		['We listened,', 'Jane Roe', 'explicit'],
		['We will keep talking,', null, 'pronoun'],
	]);
});

test('"it said" goes to the company that opens the sentence before, never to a person', t => {
	const quotes = read(
		'Councillor Walsh objected. Harwood Logistics, which owns the warehouses, backed the change. "We intend to invest," it said.',
	);
	t.deepEqual(said(quotes), [['We intend to invest,', 'Harwood Logistics', 'pronoun']]);
});

test('"it said" after two bodies named together as one subject has no speaker', t => {
	const quotes = read('Kestrel Motors and Harwood Logistics, which share the site, agreed. "We are pleased," it said.');
	t.deepEqual(said(quotes), [['We are pleased,', null, 'pronoun']]);
});

test('a description resolves to the person it describes: by title, or by the age given after the name', t => {
	const quotes = read(
		'Mayor Ana Ruiz opened the hearing. "We will hear everyone," the mayor said.',
		'Dairy farmer Tom Brennan, 52, spoke next. "My family has grazed that land for generations," the 52-year-old Oak Hill farmer said.',
	);
	t.deepEqual(said(quotes), [
		['We will hear everyone,', 'Ana Ruiz', 'pronoun'],
		['My family has grazed that land for generations,', 'Tom Brennan', 'pronoun'],
	]);
});

test('a description that two people could hold, or no one named, stays as written', t => {
	const quotes = read(
		'Mayor Ana Ruiz met Mayor Joe Bell on Monday. "We agreed on nothing," the mayor said.',
		'"The water came fast," the farmer said.',
	);
	t.deepEqual(said(quotes), [
		['We agreed on nothing,', 'the mayor', 'explicit'],
		['The water came fast,', 'the farmer', 'explicit'],
	]);
});

test('"said data released by" an agency, and "the statement said" after "said in a statement", go to the body', t => {
	const quotes = read(
		'"Ground water stays below the safe level," said data released by the state water agency.',
		'"We act today," the Port Authority said in a statement. "Our aim is to reopen the quay," the statement said.',
	);
	t.deepEqual(said(quotes), [
		['Ground water stays below the safe level,', 'the state water agency', 'explicit'],
		['We act today,', 'Port Authority', 'explicit'],
		['Our aim is to reopen the quay,', 'Port Authority', 'pronoun'],
	]);
});

test('a party word before a name is not part of it, and a title that is also a surname stays in the name', t => {
	const quotes = read(
		'"We listened to everyone," said Democrats Jane Roe.',
		'Nasrullah Imam, head of the relief office, said "most roads are closed."',
	);
	t.deepEqual(said(quotes), [
		['We listened to everyone,', 'Jane Roe', 'explicit'],
		['most roads are closed.', 'Nasrullah Imam', 'explicit'],
	]);
});

test('a speaker with a relative clause holding commas of its own, and a plural of office-holders, are read', t => {
	const quotes = read(
		'Premier Lena Ortiz, who met the mayors of Ashby, Brook, and Carlton, said "no town will be left behind."',
		'"The board chose to fund the clinics first," county commissioners stated.',
	);
	t.deepEqual(said(quotes), [
		['no town will be left behind.', 'Lena Ortiz', 'explicit'],
		['The board chose to fund the clinics first,', 'county commissioners', 'explicit'],
	]);
});

test('partial quotations after a reporting verb are speech, even when they read like a modifier', t => {
	const quotes = read(
		'The coroner said the toll “is well above 500” and rising.',
		'Ferris said it is a “no-win” deal for the town.',
		'She called the cuts “painful but necessary.”',
		'Roe accused him of “doing nothing” for the ward.',
	);
	t.deepEqual(
		said(quotes).map(([text]) => text),
		['is well above 500', 'no-win', 'painful but necessary.', 'doing nothing'],
	);
	t.deepEqual(terms(quotes), []);
});

test('a name or label in marks stays a term, with the punctuation inside the marks', t => {
	const quotes = read(
		'The city set up what it calls “safe zones,” where tents are allowed.',
		'Police then launched “Project Clean Sweep.”',
	);
	t.deepEqual(terms(quotes), ['safe zones', 'Project Clean Sweep']);
});

test('guillemets mark speech; a fragment that opens with "and" is quoted words; an address is neither', t => {
	const quotes = read(
		'«We have reduced the toll to 45,» said Defense Minister Jose Faustino Jr.',
		'The suit lists the state, 18 cities "and four public health groups" as plaintiffs.',
		'<a href="http://www.example.com/gallery?id=1">Photo</a>',
	);
	t.deepEqual(said(quotes), [
		['We have reduced the toll to 45,', 'Jose Faustino Jr.', 'explicit'],
		['and four public health groups', null, 'none'],
	]);
	t.deepEqual(terms(quotes), []);
});

test('a text cut short inside a quotation reports the quoted words up to where it stops', t => {
	const quotes = read('Revenue rose 12 percent.', '“Our investments in cloud services position us well for the');
	t.deepEqual(said(quotes), [['Our investments in cloud services position us well for the', null, 'none']]);
});
