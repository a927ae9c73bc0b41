import {parseArticle} from '../../source/article/parse.ts';
import type {Quote, Report, Span} from '../../source/extract/types.ts';

// A hand-built report over a short invented article, so UI tests do not depend on the extraction core. Spans are
// found from the text below, so the evidence view shows exactly these words.

export const sampleBody = [
	'Storm closes schools across the county',
	'',
	'The school board said Monday that 120 schools closed over a three-day period ending Wednesday, including Northside (40), Riverside (35), Hilltop (30) and Lakeview (25).',
	'',
	'Power was cut to 9,000 homes in Eastfield (4,000), Westbrook (3,000) and Southgate (2,000). About 60 percent of students take the bus.',
	'',
	'“We had no choice but to close,” said Maria Lopez, the superintendent of the county school district. “Safety comes first.”',
	'',
	'She added, “Buses will run again on Friday.”',
	'',
	'“It was the worst storm in a decade,” one parent said.',
	'',
	'Officials called it a “once-in-a-generation” event. Crews worked through last week to clear roads.',
	'',
	'In early March, the board had warned of budget cuts. The repairs will be finished in 2025, officials said. A review is expected soon.',
].join('\n');

/** The span of the `occurrence`-th (0-based) appearance of `text` in the body. */
export function spanOf(text: string, occurrence = 0, body = sampleBody): Span {
	let start = -1;
	for (let i = 0; i <= occurrence; i++) {
		start = body.indexOf(text, start + 1);
		if (start < 0) {
			throw new Error(`not in the body: ${text}`);
		}
	}

	return {start, end: start + text.length};
}

function sentenceOf(text: string): Span {
	return spanOf(text);
}

/** The sample body as the core splits it, so evidence in tests comes from real sentences. */
const sampleArticle = parseArticle(sampleBody);

export const sampleReport: Report = {
	version: 1,
	article: {
		title: 'Storm closes schools across the county',
		published: '2024-11-14',
		source: 'The Example Gazette',
		url: null,
		path: 'storm.txt',
		body: sampleBody,
		paragraphs: sampleArticle.paragraphs.map(({start, end}) => ({start, end})),
		sentences: sampleArticle.sentences.map(({start, end}) => ({start, end})),
	},
	breakdowns: [
		{
			id: 'b1',
			measure: 'schools',
			unit: null,
			items: [
				{name: 'Northside', value: 40, approximate: false, span: spanOf('Northside (40)')},
				{name: 'Riverside', value: 35, approximate: false, span: spanOf('Riverside (35)')},
				{name: 'Hilltop', value: 30, approximate: false, span: spanOf('Hilltop (30)')},
				{name: 'Lakeview', value: 25, approximate: false, span: spanOf('Lakeview (25)')},
			],
			sum: 130,
			totalLink: 'measure-here',
			unread: 0,
			rounding: 0,
			parent: null,
			statedTotal: {value: 120, hedge: 'exact', span: spanOf('120')},
			complete: false,
			span: spanOf('Northside (40), Riverside (35), Hilltop (30) and Lakeview (25)'),
		},
		{
			id: 'b2',
			measure: 'homes',
			unit: null,
			items: [
				{name: 'Eastfield', value: 4000, approximate: false, span: spanOf('Eastfield (4,000)')},
				{name: 'Westbrook', value: 3000, approximate: false, span: spanOf('Westbrook (3,000)')},
				{name: 'Southgate', value: 2000, approximate: false, span: spanOf('Southgate (2,000)')},
			],
			sum: 9000,
			totalLink: 'measure-here',
			unread: 0,
			rounding: 0,
			parent: null,
			statedTotal: {value: 9000, hedge: 'exact', span: spanOf('9,000')},
			complete: true,
			span: spanOf('Eastfield (4,000), Westbrook (3,000) and Southgate (2,000)'),
		},
	],
	quotes: [
		{
			id: 'q1',
			kind: 'quotation',
			text: 'We had no choice but to close,',
			speaker: {name: 'Maria Lopez', role: 'superintendent', organization: 'county school district', type: 'person'},
			attribution: 'explicit',
			cue: 'said Maria Lopez',
			span: spanOf('“We had no choice but to close,”'),
		},
		{
			id: 'q2',
			kind: 'quotation',
			text: 'Safety comes first.',
			speaker: {name: 'Maria Lopez', role: 'superintendent', organization: 'county school district', type: 'person'},
			attribution: 'continuation',
			cue: null,
			span: spanOf('“Safety comes first.”'),
		},
		{
			id: 'q3',
			kind: 'quotation',
			text: 'Buses will run again on Friday.',
			speaker: {name: 'Maria Lopez', role: 'superintendent', organization: 'county school district', type: 'person'},
			attribution: 'pronoun',
			cue: 'She added',
			span: spanOf('“Buses will run again on Friday.”'),
		},
		{
			id: 'q4',
			kind: 'quotation',
			text: 'It was the worst storm in a decade,',
			speaker: null,
			attribution: 'none',
			cue: null,
			span: spanOf('“It was the worst storm in a decade,”'),
		},
		{
			id: 'q5',
			kind: 'term',
			text: 'once-in-a-generation',
			speaker: null,
			attribution: 'none',
			cue: null,
			span: spanOf('“once-in-a-generation”'),
		},
	],
	timeline: [
		{
			id: 't1',
			expression: 'Monday',
			start: '2024-11-11',
			end: null,
			grain: 'day',
			qualifier: null,
			event: 'school board announces the closures',
			span: spanOf('Monday'),
			sentence: sentenceOf('The school board said Monday'),
		},
		{
			id: 't2',
			expression: 'a three-day period ending Wednesday',
			start: '2024-11-11',
			end: '2024-11-13',
			grain: 'day',
			qualifier: null,
			event: '120 schools closed',
			span: spanOf('a three-day period ending Wednesday'),
			sentence: sentenceOf('The school board said Monday'),
		},
		{
			id: 't3',
			expression: 'on Friday',
			start: '2024-11-15',
			end: null,
			grain: 'day',
			qualifier: null,
			event: 'buses run again',
			span: spanOf('on Friday'),
			sentence: sentenceOf('She added, “Buses will run again on Friday.”'),
		},
		{
			id: 't4',
			expression: 'last week',
			start: '2024-11-04',
			end: '2024-11-10',
			grain: 'week',
			qualifier: null,
			event: 'crews clear roads',
			span: spanOf('last week'),
			sentence: sentenceOf('Crews worked through last week to clear roads.'),
		},
		{
			id: 't5',
			expression: 'In early March',
			start: '2024-03',
			end: null,
			grain: 'month',
			qualifier: 'early',
			event: 'board warns of budget cuts',
			span: spanOf('In early March'),
			sentence: sentenceOf('In early March, the board had warned of budget cuts.'),
		},
		{
			id: 't6',
			expression: 'in 2025',
			start: '2025',
			end: null,
			grain: 'year',
			qualifier: null,
			event: 'repairs finished',
			span: spanOf('in 2025'),
			sentence: sentenceOf('The repairs will be finished in 2025, officials said.'),
		},
		{
			id: 't7',
			expression: 'soon',
			start: '',
			end: null,
			grain: 'unresolved',
			qualifier: null,
			event: 'a review is expected',
			span: spanOf('soon'),
			sentence: sentenceOf('A review is expected soon.'),
		},
	],
	checks: [
		{
			id: 'c1',
			kind: 'breakdown-total',
			verdict: 'inconsistent',
			claim: 'The schools listed add up to 130, not the 120 stated.',
			arithmetic: '40 + 35 + 30 + 25 = 130 ≠ 120 stated, 10 over',
			expected: 120,
			actual: 130,
			difference: 10,
			hint: 'the total matches if Northside were 30',
			spans: [spanOf('120'), spanOf('40'), spanOf('35'), spanOf('30'), spanOf('25')],
			breakdownId: 'b1',
		},
		{
			id: 'c2',
			kind: 'breakdown-total',
			verdict: 'consistent',
			claim: 'The homes listed add up to the 9,000 stated.',
			arithmetic: '4,000 + 3,000 + 2,000 = 9,000 = 9,000 stated',
			expected: 9000,
			actual: 9000,
			difference: 0,
			hint: null,
			spans: [spanOf('9,000'), spanOf('4,000'), spanOf('3,000'), spanOf('2,000')],
			breakdownId: 'b2',
		},
		{
			id: 'c3',
			kind: 'percentage',
			verdict: 'unverifiable',
			claim: 'About 60 percent of students take the bus, but the article gives no number of students.',
			arithmetic: '60% of ? students',
			expected: 60,
			actual: 0,
			difference: null,
			hint: null,
			spans: [spanOf('60 percent')],
			breakdownId: null,
		},
	],
	warnings: [],
};

// ---- a hostile report

// Untrusted article text in every string of a report: escape sequences (cursor moves, OSC 8 links, OSC 52 clipboard
// writes), bidi overrides, zero-width characters, a 100,000-character line, wide CJK and emoji.

export const esc = '\u001B';
export const osc8 = `${esc}]8;;https://evil.example/${esc}\\click${esc}]8;;${esc}\\`;
export const osc52 = `${esc}]52;c;cm0gLXJmIH4=\u0007`;
export const cursorMoves = `${esc}[2J${esc}[10;10H${esc}[?1049l`;
export const bidi = '\u202Eevil\u202C \u2066iso\u2069 \u200Fmark';
export const zeroWidth = 'zero\u200Bwidth\u200Cjoin\u200Dhere\u2060word\uFEFFend';
export const longLine = 'word '.repeat(20_000).trim();

type Piece = {readonly key: string; readonly text: string};

/** A body made of labelled pieces, one paragraph (and sentence) each, with a span per piece. */
function bodyOf(pieces: readonly Piece[]): {body: string; spans: Record<string, Span>; paragraphs: Span[]} {
	let body = '';
	const spans: Record<string, Span> = {};
	const paragraphs: Span[] = [];
	for (const piece of pieces) {
		if (body !== '') {
			body += '\n\n';
		}

		spans[piece.key] = {start: body.length, end: body.length + piece.text.length};
		paragraphs.push(spans[piece.key]!);
		body += piece.text;
	}

	return {body, spans, paragraphs};
}

const {body, spans, paragraphs} = bodyOf([
	{key: 'title', text: `Hostile ${cursorMoves} headline`},
	{key: 'escapes', text: `Tokyo (12) and ${osc8} and ${osc52} counted.`},
	{key: 'bidi', text: `He said “${bidi}” today.`},
	{key: 'zero', text: `The ${zeroWidth} sentence names Zürich (5).`},
	{key: 'long', text: `${longLine} TARGET ${longLine}.`},
	{key: 'wide', text: `東京都 (30), 😀 Emoji City (20) and Zürich (5).`},
]);

export function within(key: string, text: string): Span {
	const outer = spans[key]!;
	const start = body.indexOf(text, outer.start);
	return {start, end: start + text.length};
}

export function hostileQuote(id: string, text: string, span: Span, name = `Speaker ${cursorMoves}`): Quote {
	return {
		id,
		kind: 'quotation',
		text,
		speaker: {name, role: `role ${bidi}`, organization: osc52, type: 'person'},
		attribution: 'explicit',
		cue: `said ${zeroWidth}`,
		span,
	};
}

export const hostileReport: Report = {
	version: 1,
	article: {
		title: `Hostile ${cursorMoves}${osc8} ${bidi} ${longLine}`,
		published: `2024-01-02${esc}[31m`,
		source: osc52,
		url: null,
		path: null,
		body,
		paragraphs,
		sentences: paragraphs,
	},
	breakdowns: [
		{
			id: 'b1',
			measure: `people ${cursorMoves}`,
			unit: `unit ${osc52}`,
			items: [
				{name: '東京都', value: 30, approximate: false, span: within('wide', '東京都 (30)')},
				{name: '😀 Emoji City', value: 20, approximate: false, span: within('wide', '😀 Emoji City (20)')},
				{name: `Zürich ${zeroWidth}`, value: 5, approximate: false, span: within('zero', 'Zürich (5)')},
				{name: `Tokyo ${osc8} ${bidi}`, value: 12, approximate: false, span: within('escapes', 'Tokyo (12)')},
				{name: longLine, value: 1, approximate: true, span: within('long', 'TARGET')},
			],
			sum: 68,
			totalLink: 'measure-here',
			unread: 0,
			rounding: 0,
			parent: null,
			statedTotal: {value: 68, hedge: 'exact', span: within('wide', '30')},
			complete: true,
			span: spans['wide']!,
		},
	],
	quotes: [
		hostileQuote('q-bidi', bidi, within('bidi', `“${bidi}”`)),
		hostileQuote('q-long', longLine, within('long', 'TARGET'), longLine),
		hostileQuote('q-zero', zeroWidth, within('zero', zeroWidth)),
	],
	timeline: [
		{
			id: 't1',
			expression: `today ${cursorMoves}`,
			start: '2024-01-02',
			end: null,
			grain: 'day',
			qualifier: null,
			event: `${longLine} ${osc52}`,
			span: within('bidi', 'today'),
			sentence: spans['bidi']!,
		},
	],
	checks: [
		{
			id: 'c1',
			kind: 'sum',
			verdict: 'inconsistent',
			claim: `Claim ${cursorMoves} ${longLine}`,
			arithmetic: `1 + 1 ${osc8} ${longLine}`,
			expected: 2,
			actual: 3,
			difference: 1,
			hint: `hint ${bidi} ${zeroWidth} ${longLine}`,
			spans: [within('long', 'TARGET'), within('zero', zeroWidth)],
			breakdownId: null,
		},
	],
	warnings: [osc52],
};
