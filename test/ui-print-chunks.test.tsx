// The printed panes come out a block at a time, so a long article's output is never one Ink tree or one string
// (15 MB ran out of memory at 5 GB). Joined, the blocks are exactly the text printPanes gives.
import test from 'ava';
import {generateArticle} from '../bench/generate-article.ts';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import {printChunks, printLimit, printPanes} from '../source/ui/print.tsx';

const report = buildReport(parseArticle(generateArticle(64 * 1024)));
const options = {cols: 80, color: false} as const;

test('the generated article has enough lists and entries to need many blocks', t => {
	t.true(report.breakdowns.length > 20);
	t.true(report.quotes.length > 100 && report.quotes.length < printLimit);
});

test('each list of the counts pane and each hundred entries of the others is its own block', t => {
	const chunks = [...printChunks(report, options)];
	// A heading block per pane, a block per list, a block per hundred entries of each other pane, the final newline.
	const hundreds = (count: number) => Math.ceil(Math.min(count, printLimit) / 100);
	const expected =
		4 +
		report.breakdowns.length +
		hundreds(report.quotes.length) +
		hundreds(report.timeline.length) +
		hundreds(report.checks.length) +
		1;
	t.is(chunks.length, expected);
	t.is(chunks.join(''), printPanes(report, options));
});

test('the blocks join into the panes one blank line apart, lists one blank line apart, one newline at the end', t => {
	const text = printPanes(report, options);
	const lines = text.split('\n');
	t.is(lines.at(-1), '');
	t.not(lines.at(-2), '');
	t.false(text.includes('\n\n\n'));
	for (const heading of ['── 1 ', '── 2 Quotes', '── 3 Timeline', '── 4 Totals']) {
		const at = lines.findIndex(line => line.startsWith(heading));
		t.true(at === 0 || lines[at - 1] === '', heading);
	}

	// Every list's title line follows a blank line or the pane heading.
	const titles = lines.flatMap((line, index) => (/^\S.* · \d+ listed/.test(line) ? [index] : []));
	t.is(titles.length, report.breakdowns.length);
	t.true(titles.every(index => lines[index - 1] === '' || lines[index - 1]!.startsWith('── 1 ')));
});
