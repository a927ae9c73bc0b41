// The whole core on hostile and pathological text: every input must give a report whose spans index the body and
// whose numbers are finite. No clock is read: the sizes are the assertion. At 200 KB and 2 MB a quadratic step that
// takes a few milliseconds on a news article takes minutes, and the 2-minute AVA timeout fails the test.
import test, {type ExecutionContext} from 'ava';
import {adversarialInputs, generatedArticle} from '../bench/adversarial.ts';
import {parseArticle} from '../source/article/parse.ts';
import type {Span} from '../source/article/types.ts';
import {buildReport} from '../source/extract/report.ts';
import type {Report} from '../source/extract/types.ts';

const SMALL = 200 * 1024;
const LARGE = 2 * 1024 * 1024;

function repeated(unit: string, bytes: number): string {
	return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

/** Checks the report is usable: spans inside the body, in order, finite numbers, sums that are sums. */
function assertSane(t: ExecutionContext, report: Report): void {
	t.is(report.version, 1);
	const {body} = report.article;
	const spans: Span[] = [
		...report.breakdowns.flatMap(breakdown => [
			breakdown.span,
			...breakdown.items.map(item => item.span),
			...(breakdown.statedTotal === null ? [] : [breakdown.statedTotal.span]),
		]),
		...report.quotes.map(quote => quote.span),
		...report.timeline.flatMap(entry => [entry.span, entry.sentence]),
		...report.checks.flatMap(check => check.spans),
	];
	const outside = spans.filter(span => !(span.start >= 0 && span.start <= span.end && span.end <= body.length));
	t.deepEqual(outside, [], 'every span indexes the body');
	const nonFinite: string[] = [];
	JSON.stringify(report, (key, value: unknown) => {
		if (typeof value === 'number' && !Number.isFinite(value)) {
			nonFinite.push(`${key}=${value}`);
		}

		return value;
	});
	t.deepEqual(nonFinite, [], 'every number is finite');
	for (const breakdown of report.breakdowns) {
		const sum = breakdown.items.reduce((total, item) => total + item.value, 0);
		t.true(Math.abs(sum - breakdown.sum) <= 1e-6 * Math.max(1, Math.abs(sum)), `${breakdown.measure}: sum`);
	}

	for (const quote of report.quotes) {
		t.true(body.slice(quote.span.start, quote.span.end).includes(quote.text), 'a quote’s text is its evidence');
	}
}

function run(text: string): Report {
	return buildReport(parseArticle(text));
}

// Units aimed at the patterns in source/article and source/extract: each repeated, so a pattern that backtracks or
// a step that rescans the sentence or the body for each match shows as a blow-up.
const units: ReadonlyArray<readonly [string, string]> = [
	['percentages', '1% '],
	['money', '$1 '],
	['money at scale', '$1.5 million, '],
	['dotted numbers', '1.'],
	['ratios and ranges', '1 in 2, 1-2, 1/2, '],
	['times', '12:30 p.m. '],
	['years', '2017 '],
	['abbreviated dates', 'Jan. 1, '],
	['number words', 'one hundred and '],
	['titles', 'Mr. Gov. Sen. '],
	['capitalised run', 'Aa Bb '],
	['attributions', ', said Jane Doe, '],
	['according to', 'According to the '],
	['totals', 'a total of 12, up from 10, '],
	['respectively', 'respectively, '],
	['including', 'including Ava (1) '],
	['which clauses', 'which was on Monday, '],
	['of the', 'of the '],
	['single quotes', "'"],
	['closing quotes', '”'],
	['nested quotes', '“‘'],
	['dashes', ' — '],
	['hyphen lines', '- \n'],
	['column gaps', 'Ava   12\n'],
	['pipes', 'Ava | 12 | '],
	['Markdown stars', '**a *'],
	['Markdown underscores', '__a _'],
	['Markdown links', '[a]('],
	['Markdown brackets', '['],
	['Markdown code', '`a'],
	['Markdown block quotes', '> '],
	['Markdown headings', '# '],
	['backslashes', '\\'],
	['heading underlines', 'a\n===\n'],
	['front matter keys without a closing fence', 'title: x\n'],
	['tags in text', '<b'],
	['entities', '&amp;&#'],
	['escape sequences', '\u001B[31m\u001B]8;;x\u0007'],
	['zero-width characters', 'Ho\u200Bman '],
	['bidi overrides', '\u202E1\u202C '],
	['emoji', '👨‍👩‍👧 '],
];

for (const [label, unit] of units) {
	test(`${label}, repeated to 200 KB, gives a sane report`, t => {
		assertSane(t, run(repeated(unit, SMALL)));
	});
}

for (const input of [generatedArticle, ...adversarialInputs]) {
	test(`bench input ${input.label} at 200 KB gives a sane report`, t => {
		assertSane(t, run(input.make(SMALL)));
	});

	test.serial(`bench input ${input.label} at 2 MB gives a sane report`, t => {
		assertSane(t, run(input.make(LARGE)));
	});
}

test('front matter never closed, 200 KB of keys, is read as text', t => {
	const report = run(`---\n${repeated('title: x\n', SMALL)}`);
	assertSane(t, report);
	t.true(report.article.body.startsWith('\ntitle: x\n'));
});

test('a saved page whose tags are never closed, 200 KB, gives a sane report', t => {
	assertSane(t, run(`<!doctype html><html><body>${repeated('<div><p>Ava (12) said “yes', SMALL)}`));
});

test('a saved page of 20,000 paragraphs, 1 MB, is read whole and gives a sane report', t => {
	const paragraph = '<p>The council met on Monday and 12 people spoke.</p>\n';
	const report = run(`<!doctype html><html><body><article>${paragraph.repeat(20_000)}</article></body></html>`);
	assertSane(t, report);
	t.is(report.article.paragraphs.length, 20_000);
});

test('unbalanced quotation marks give no quotation and no error', t => {
	const report = run(`Head\n\n${repeated('“She said it was fine. ', SMALL)}`);
	assertSane(t, report);
	t.is(report.quotes.length, 0);
});

test('10,000 quotations are all found, each with its speaker', t => {
	const text = Array.from({length: 10_000}, (_, index) => `“Line ${index} is fine,” said Jane Doe.`).join('\n\n');
	const report = run(`Voices\n\n${text}`);
	assertSane(t, report);
	t.is(report.quotes.length, 10_000);
	t.is(report.quotes[0]?.text, 'Line 0 is fine,');
	t.is(report.quotes.at(-1)?.text, 'Line 9999 is fine,');
	t.true(report.quotes.every(quote => quote.speaker?.name === 'Jane Doe'));
});

test('a 400-digit number never becomes Infinity in a breakdown or a check', t => {
	const big = '9'.repeat(400);
	for (const text of [
		`Arrests\n\nAgents arrested ${big} people: Ava (${big}), Bly (7) and Cole (3).`,
		`Storm toll\n\nOfficials said ${big} died in Ava (${big}) and Bly (5), a total of ${big} deaths.`,
		`Cost\n\nThe plan costs $${big} million, up from $3 million, a rise of ${big}%.`,
	]) {
		const report = run(text);
		assertSane(t, report);
		t.true(report.article.body.includes(big), 'the number stays in the body as written');
	}
});

test('100,000 opening parentheses and a line of 100,000 characters give sane reports', t => {
	assertSane(t, run(`Head\n\n${'('.repeat(100_000)} Ava (12) and Bly (3).`));
	const line = run(`Head\n\n${repeated('Ava reported 12 cases and ', 100_000)}`);
	assertSane(t, line);
	t.is(line.article.paragraphs.length, 2);
});

test('a sentence of 50,000 figures with shares is read in linear time: no share or change check is made in it', t => {
	// Each share once searched its whole sentence: 8,000 of them took 21 s, these 50,000 would take over ten minutes.
	const report = run(`Head\n\n${'5 (1%), '.repeat(50_000)}done.`);
	assertSane(t, report);
	t.deepEqual(report.checks, []);
});
