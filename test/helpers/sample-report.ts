import type {Report, Span} from '../../source/extract/types.ts';

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

function paragraphSpans(body: string): Array<{start: number; end: number}> {
	const spans: Array<{start: number; end: number}> = [];
	let start = 0;
	for (const part of body.split('\n\n')) {
		spans.push({start, end: start + part.length});
		start += part.length + 2;
	}

	return spans;
}

export const sampleReport: Report = {
	version: 1,
	article: {
		title: 'Storm closes schools across the county',
		published: '2024-11-14',
		source: 'The Example Gazette',
		url: null,
		path: 'storm.txt',
		body: sampleBody,
		// Whole paragraphs stand in for sentences: the UI must take the evidence sentence from here, not guess it.
		paragraphs: paragraphSpans(sampleBody),
		sentences: paragraphSpans(sampleBody),
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
