import test from 'ava';
import {
	locateExpressions,
	normaliseName,
	rates,
	sameSpeaker,
	sameValue,
	scoreReport,
	type Expectations,
} from '../bench/eval-score.ts';
import type {Check, Quote, Report, Span, TimelineEntry} from '../source/extract/types.ts';

const body =
	'Aid reached 30 people: Ames (10), Boone (15) and Clive (5). "We will return," said Jo Park. ' +
	'The "safe zone" opened on Monday. It closes in June.';

function spanOf(text: string): Span {
	const start = body.indexOf(text);
	if (start < 0) {
		throw new Error(`not in body: ${text}`);
	}

	return {start, end: start + text.length};
}

function entry(expression: string, start: string, end: string | null = null): TimelineEntry {
	return {
		id: expression,
		expression,
		start,
		end,
		grain: 'day',
		qualifier: null,
		event: '',
		span: spanOf(expression),
		sentence: spanOf(expression),
	};
}

function check(kind: Check['kind'], verdict: Check['verdict']): Check {
	return {
		id: kind,
		kind,
		verdict,
		claim: `${kind} ${verdict}`,
		arithmetic: '',
		expected: 0,
		actual: 0,
		difference: null,
		hint: null,
		spans: [],
		breakdownId: null,
	};
}

const quotation: Quote = {
	id: 'q1',
	kind: 'quotation',
	text: 'We will return,',
	speaker: {name: 'Park', role: null, organization: null, type: 'person'},
	attribution: 'explicit',
	cue: 'said Jo Park',
	span: spanOf('"We will return,"'),
};

const term: Quote = {
	id: 't1',
	kind: 'term',
	text: 'Safe Zone',
	speaker: null,
	attribution: 'none',
	cue: null,
	span: spanOf('"safe zone"'),
};

const report: Report = {
	version: 1,
	article: {
		title: null,
		published: '2024-05-15',
		source: null,
		url: null,
		path: null,
		body,
		paragraphs: [],
		sentences: [],
	},
	breakdowns: [
		{
			id: 'b1',
			measure: 'people',
			unit: null,
			items: [
				{name: 'Ames', value: 10, approximate: false, span: spanOf('Ames (10)')},
				{name: 'boone.', value: 15, approximate: false, span: spanOf('Boone (15)')},
				{name: 'Clive', value: 4, approximate: false, span: spanOf('Clive (5)')},
			],
			sum: 29,
			totalLink: 'measure-here',
			unread: 0,
			rounding: 0,
			parent: null,
			statedTotal: {value: 30, hedge: 'exact', span: spanOf('30')},
			complete: true,
			span: spanOf('Ames (10), Boone (15) and Clive (5)'),
		},
	],
	quotes: [quotation, term],
	timeline: [entry('Monday', '2024-05-13'), entry('June', '2023-06')],
	checks: [check('breakdown-total', 'inconsistent'), check('sum', 'consistent'), check('percentage', 'unverifiable')],
	warnings: [],
};

const expected: Expectations = {
	breakdowns: [
		{
			measure: 'people',
			statedTotal: 30,
			complete: true,
			items: [
				['Ames', 10],
				['Boone', 15],
				['Clive', 5],
			],
		},
	],
	quotes: [{start: 'We will return', speaker: 'Jo Park', attribution: 'explicit'}],
	terms: ['safe zone'],
	timeline: [
		{expression: 'on Monday', start: '2024-05-13', end: null},
		{expression: 'in June', start: '2024-06', end: null},
	],
	checks: [{kind: 'breakdown-total', verdict: 'inconsistent'}],
	optional: {checks: [{kind: 'sum', verdict: 'consistent'}]},
};

const score = scoreReport('hand-made', report, expected);

test('a breakdown item counts only when both its name and its value match', t => {
	t.deepEqual(score.tallies.items, {tp: 2, fp: 1, fn: 1});
	t.true(score.misses.some(miss => miss.message.includes('expected item "Clive" = 5, got "Clive" = 4')));
});

test('the stated total and the partial flag are scored on the matched breakdown', t => {
	t.deepEqual(score.tallies.totals, {tp: 1, fp: 0, fn: 0});
	t.deepEqual(score.tallies.complete, {tp: 1, fp: 0, fn: 0});
});

test('a quotation is found by its opening words and its speaker by surname', t => {
	t.deepEqual(score.tallies.quotations, {tp: 1, fp: 0, fn: 0});
	t.deepEqual(score.tallies.speakers, {tp: 1, fp: 0, fn: 0});
	t.deepEqual(score.tallies.terms, {tp: 1, fp: 0, fn: 0});
});

test('a date matches by overlapping expression and must resolve to the same day', t => {
	t.deepEqual(score.tallies.dates, {tp: 1, fp: 1, fn: 1});
	t.true(score.misses.some(miss => miss.message === 'expected "in June" → 2024-06, got "June" → 2023-06'));
});

test('optional checks neither count nor cost; unlisted checks are false positives', t => {
	t.deepEqual(score.tallies.checks, {tp: 1, fp: 1, fn: 0});
	t.true(score.misses.some(miss => miss.kind === 'fp' && miss.message.includes('percentage unverifiable')));
});

test('a report that finds nothing scores full precision and zero recall', t => {
	const empty: Report = {...report, breakdowns: [], quotes: [], timeline: [], checks: []};
	const nothing = scoreReport('empty', empty, expected);
	t.deepEqual(nothing.tallies.items, {tp: 0, fp: 0, fn: 3});
	t.deepEqual(rates(nothing.tallies.items), {precision: 1, recall: 0, f1: 0});
	const {precision, recall, f1} = rates({tp: 3, fp: 1, fn: 2});
	t.is(precision, 0.75);
	t.is(recall, 0.6);
	t.true(Math.abs(f1 - 2 / 3) < 1e-12);
});

test('values match across scales, names across case and end punctuation', t => {
	t.true(sameValue(12.4, 12_400_000));
	t.true(sameValue(48.6, 21.4 + 9.7 + 6.3 + 4.8 + 4.3 + 2.1));
	t.false(sameValue(12.4, 12.5));
	t.is(normaliseName('Portland, Ore.'), normaliseName(' portland, ore'));
	t.is(normaliseName('“Operation Safe City,”'), 'operation safe city');
	t.true(sameSpeaker('Ahsan Iqbal', 'Iqbal'));
	t.true(sameSpeaker(null, null));
	t.false(sameSpeaker('Jo Park', null));
	t.false(sameSpeaker('Jo Park', 'Mendez'));
});

test('an expression listed twice is located at its next free occurrence', t => {
	const text = 'on Monday alone, and again on Monday';
	t.deepEqual(locateExpressions(text, ['on Monday alone', 'on Monday', 'on Tuesday']), [
		{start: 0, end: 15},
		{start: 27, end: 36},
		null,
	]);
});

test('an item named by a surname matches the full name of the same value, and a leading word the longer name', t => {
	const named = (names: string[]): Report => ({
		...report,
		breakdowns: [
			{...report.breakdowns[0]!, items: report.breakdowns[0]!.items.map((item, k) => ({...item, name: names[k]!}))},
		],
	});
	const want = {
		...expected,
		breakdowns: [
			{
				...expected.breakdowns[0]!,
				items: [
					['Ames', 10],
					['Boone', 15],
					['Clive', 4],
				] as Array<[string, number]>,
			},
		],
	};
	// "Ames" ends "Dale Ames", "Boone" leads "Boone County"; "Clive" is neither end of "Old Clive Road".
	const found = scoreReport('names', named(['Dale Ames', 'Boone County', 'Old Clive Road']), want);
	t.deepEqual(found.tallies.items, {tp: 2, fp: 1, fn: 1});
});
