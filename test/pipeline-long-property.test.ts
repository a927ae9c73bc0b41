// The whole pipeline on long structured articles (test/helpers/long-input.ts): lists of thousands of items, sentences
// of hundreds of figures, paragraphs of thousands of sentences, long runs of digits and punctuation — the sizes where
// memory and time went wrong (issue 16). The same invariants as pipeline-property.test.ts's ten thousand short cases,
// and the output's size bounded by the article's and its findings' (outputBound). Each case takes up to a second or
// two, so there are few.
import test from 'ava';
import fc from 'fast-check';
import {longArticle} from './helpers/long-input.ts';
import {frameProblem, outputBound, reportProblem} from './helpers/report-invariants.ts';

// Production React, as the shipped bundle runs it (see pipeline-property.test.ts).
process.env['NODE_ENV'] = 'production';
const {parseArticle} = await import('../source/article/parse.ts');
const {buildReport} = await import('../source/extract/report.ts');
const {paneNames} = await import('../source/ui/pane-name.ts');
const {renderScreen} = await import('../source/ui/render-screen.tsx');
const {exportFindings} = await import('../source/export/findings.ts');

test('long structured articles keep every invariant, and their exports grow with the article', t => {
	t.timeout(600_000);
	const started = Date.now();
	let largest = 0;
	fc.assert(
		fc.property(longArticle, fc.constantFrom(...paneNames), fc.boolean(), (text, pane, color) => {
			const report = buildReport(parseArticle(text, {published: null}));
			const problem =
				reportProblem(report) ?? frameProblem(renderScreen(report, {pane, cols: 100, rows: 30, color}), 100, 30, color);
			if (problem !== null) {
				throw new Error(`${pane} pane: ${problem}`);
			}

			const bound = outputBound(report);
			for (const [format, output] of [
				['json', JSON.stringify(report)],
				['md', exportFindings(report, 'md')],
				['csv', exportFindings(report, 'csv')],
			] as const) {
				if (output.length > bound) {
					throw new Error(`${format}: a body of ${report.article.body.length} gave ${output.length} characters`);
				}
			}

			largest = Math.max(largest, text.length);
		}),
		// With the 10,000 short cases above, over ten thousand whole-pipeline runs.
		{numRuns: 40},
	);
	t.true(largest > 100_000, `the longest case was only ${largest} characters`);
	t.log(`40 long cases, the longest ${largest} characters, in ${Date.now() - started} ms`);
});
