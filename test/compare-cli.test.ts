import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {CompareReport} from '../source/compare/types.ts';
import {withStdin} from '../source/cli/compare.ts';
import {runCli} from './helpers/run-cli.ts';

// The built CLI on the four fixture articles of test/fixtures-compare/ (one invented trap sweep; see
// compare-fixtures.test.ts for the hand-worked differences).
const fixture = (name: string): string => path.join(import.meta.dirname, 'fixtures-compare', name);
const outlets = [fixture('tidewater-gazette.txt'), fixture('harbour-herald.txt'), fixture('estuary-daily.txt')];

test('compare --json prints the CompareReport, the --source article first and marked', async t => {
	const run = await runCli(['compare', ...outlets, '--source', fixture('press-release.txt'), '--json']);
	t.is(run.code, 0, run.stderr);
	const compare = JSON.parse(run.stdout) as CompareReport;
	t.is(compare.version, 1);
	t.deepEqual(
		compare.articles.map(article => [article.label, article.primary]),
		[
			['Coastal Wildlife Department', true],
			['Tidewater Gazette', false],
			['Harbour Herald', false],
			['Estuary Daily', false],
		],
	);
	const grayhaven = compare.counts[0]!.rows.find(row => row.name === 'Grayhaven')!;
	t.deepEqual(grayhaven.deltas, [0, 0, 6, 0]);
	t.true(compare.dates.some(row => row.disagree && row.cells[2]?.date === '2026-05-07'));
});

test('an article that cannot be read is named in one line and the rest are compared', async t => {
	const run = await runCli(['compare', fixture('press-release.txt'), 'no-such.txt', outlets[0]!, '--json']);
	t.is(run.code, 0);
	t.is(run.stderr, 'newsdash: cannot read "no-such.txt": no such file (left out of the comparison)\n');
	const compare = JSON.parse(run.stdout) as CompareReport;
	t.deepEqual(compare.failed, [{label: 'no-such.txt', reason: 'cannot read "no-such.txt": no such file'}]);
	t.is(compare.articles.length, 2);
});

test('with fewer than two readable articles there is nothing to compare: exit 1, one line', async t => {
	const run = await runCli(['compare', fixture('press-release.txt'), 'no-such.txt']);
	t.is(run.code, 1);
	t.is(
		run.stderr,
		[
			'newsdash: cannot read "no-such.txt": no such file (left out of the comparison)',
			'newsdash: only one article could be read: nothing to compare',
			'',
		].join('\n'),
	);
});

test('compare --format md writes tables; -o refuses to overwrite without --force', async t => {
	const directory = mkdtempSync(path.join(tmpdir(), 'newsdash-compare-'));
	const output = path.join(directory, 'sweep.md');
	const run = await runCli(['compare', fixture('press-release.txt'), outlets[1]!, '--format', 'md', '-o', output]);
	t.is(run.code, 0, run.stderr);
	const markdown = readFileSync(output, 'utf8');
	t.true(markdown.startsWith('# Comparison of 2 articles\n'));
	t.true(markdown.includes('| ✗ | Grayhaven | 41 | ▲47 | off by 6 |'), markdown);
	const again = await runCli(['compare', fixture('press-release.txt'), outlets[1]!, '--format', 'md', '-o', output]);
	t.is(again.code, 1);
	t.regex(again.stderr, /^newsdash: .*exists/);
});

test('compare --format csv is one long table, a row per article and finding', async t => {
	const run = await runCli(['compare', fixture('press-release.txt'), outlets[2]!, '--format', 'csv']);
	t.is(run.code, 0, run.stderr);
	const lines = run.stdout.split('\r\n');
	t.true(lines[0]!.startsWith('section,group,row,article,primary,name,value,reference,delta'));
	const oster = lines.filter(line => line.startsWith('counts,traps,Oster Point,'));
	t.deepEqual(
		oster.map(line => line.split(',').slice(3, 9)),
		[
			['Coastal Wildlife Department', '0', 'Oster Point', '22', '22', '0'],
			['Estuary Daily', '0', 'Oster Point', '27', '22', '5'],
		],
	);
});

test('newsdash A B on a pipe prints each article and then the comparison', async t => {
	const run = await runCli([fixture('press-release.txt'), outlets[1]!]);
	t.is(run.code, 0, run.stderr);
	t.true(run.stdout.startsWith('══ article 1 of 2: Coastal Wildlife Department\n── 1 Traps'));
	t.true(run.stdout.includes('══ article 2 of 2: Harbour Herald\n'));
	t.regex(run.stdout, /── 5 Compare ✗3 ─+\n/);
	t.regex(run.stdout, /\n {2}✗ Grayhaven +41 +▲47 off by 6\n/);
});

test('--json over several articles is a batch: a report a line, each with its path (compare compares them)', async t => {
	const run = await runCli([fixture('press-release.txt'), outlets[1]!, '--json']);
	t.is(run.code, 0, run.stderr);
	const lines = run.stdout.trimEnd().split('\n');
	t.is(lines.length, 2);
	t.deepEqual(
		lines.map(line => (JSON.parse(line) as {path: string}).path),
		[fixture('press-release.txt'), outlets[1]!],
	);
});

test('standard input is one of the articles: yargs drops a lone - from a list, so it is found in argv', t => {
	t.deepEqual(withStdin(['a.txt', 'b.txt'], ['compare', 'a.txt', '-', 'b.txt']), ['a.txt', 'b.txt', '-']);
	t.deepEqual(withStdin(['a.txt', 'b.txt'], ['compare', 'a.txt', 'b.txt', '--format', 'md', '-o', '-']), [
		'a.txt',
		'b.txt',
	]);
	t.deepEqual(withStdin(['', 'b.txt'], ['-', 'b.txt']), ['', 'b.txt']);
});

test('an article on standard input is compared with the files', async t => {
	const run = await runCli(['compare', fixture('press-release.txt'), '-', '--json'], readFileSync(outlets[2]!, 'utf8'));
	t.is(run.code, 0, run.stderr);
	const compare = JSON.parse(run.stdout) as CompareReport;
	t.deepEqual(
		compare.articles.map(article => article.label),
		['Coastal Wildlife Department', 'Estuary Daily'],
	);
});
