// An exported row's evidence is its sentence, cut far from the marked figures: a sentence can be most of an article
// (a list of thousands of items with no full stop), and written out whole beside each row the export grew with the
// square of the article.
import test from 'ava';
import {evidenceContext, evidenceFor, evidenceText} from '../source/export/evidence-text.ts';
import {exportFindings} from '../source/export/findings.ts';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';

test('a short sentence is kept whole, its figure marked', t => {
	const body = 'Ava had 42 arrests. Bly had none.';
	const evidence = evidenceFor(
		{
			body,
			sentences: [
				{start: 0, end: 19},
				{start: 20, end: 33},
			],
		},
		[{start: 8, end: 10}],
	);
	t.deepEqual(evidence?.pieces, [
		{text: 'Ava had ', marked: false},
		{text: '42', marked: true},
		{text: ' arrests.', marked: false},
	]);
});

test('a long sentence keeps 160 characters each side of a mark and between two marks', t => {
	t.is(evidenceContext, 160);
	const x = 'x'.repeat(1000);
	const y = 'y'.repeat(1000);
	const body = `${x} 42 ${y} 17 ${x}.`;
	const sentences = [{start: 0, end: body.length}];
	const evidence = evidenceFor({body, sentences}, [
		{start: 1001, end: 1003},
		{start: 2005, end: 2007},
	]);
	t.deepEqual(evidence?.pieces, [
		{text: `…${'x'.repeat(159)} `, marked: false},
		{text: '42', marked: true},
		{text: ` ${'y'.repeat(159)}…${'y'.repeat(159)} `, marked: false},
		{text: '17', marked: true},
		{text: ` ${'x'.repeat(159)}…`, marked: false},
	]);
	t.deepEqual(evidence?.span, {start: 0, end: body.length});
});

test('a cut never splits a character written as a surrogate pair', t => {
	const body = `${'😀'.repeat(300)} 42 ${'😀'.repeat(300)}`;
	const text = evidenceText(evidenceFor({body, sentences: [{start: 0, end: body.length}]}, [{start: 601, end: 603}]));
	t.false(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text));
	t.true(text.startsWith('…😀') && text.endsWith('😀…'));
	t.true(text.includes(' 42 '));
});

test('the Markdown and CSV of one sentence of many figures grow with the article, not its square', t => {
	const size = (count: number): number => {
		const report = buildReport(parseArticle(`Figures\n\nOfficials said ${'5 of the 10, '.repeat(count)}in all.`));
		return exportFindings(report, 'md').length + exportFindings(report, 'csv').length;
	};

	// Hand-worked bound: each of the ~count checks writes its claim and arithmetic and at most 2 × 160 characters
	// of evidence around its figures, twice (Markdown and CSV); nothing near the 13 × count characters of the sentence.
	const small = size(200);
	const large = size(2000);
	t.true(large < small * 12, `${small} → ${large}`);
	t.true(large < 2000 * 1500, `${large}`);
});
