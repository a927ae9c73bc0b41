// `npm run bench` in its tiny mode, spawned as a user runs it: it must finish, exit 0 and print a row for every
// figure. Times are not asserted: the machine running the tests is not quiet, and benchmarks report, tests judge.
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import {formatValue} from '../source/extract/numbers/number-context.ts';
import {atLeast, atMost, formatTable, median, percentile, sampled, valued} from '../bench/bench-stats.ts';

const root = join(import.meta.dirname, '..');

async function runBench(args: string[]): Promise<{code: number | null; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		const child = spawn(process.execPath, ['--import=tsx', 'bench/bench.ts', ...args], {cwd: root});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (data: string) => (stdout += data));
		child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
		child.on('close', code => {
			resolve({code, stdout, stderr});
		});
	});
}

const rows = [
	'reference: node -e 0, spawn → exit',
	'reference: bare node, first output in pty',
	'reference: minimal Ink app, first frame',
	'dashboard on seed, first frame',
	'first frame: dashboard ÷ minimal Ink app',
	'first frame: dashboard ÷ bare node first output',
	'node dist/cli.js seed --json, spawn → exit',
	'--json: cli ÷ node -e 0',
	'dashboard: key → first output, median',
	'dashboard: key → first output, p99',
	'dashboard: key → output quiet 2 ms, median',
	'dashboard: key → output quiet 2 ms, p99',
	'ink app: key → first output, median',
	'dashboard on seed, peak RSS (VmHWM)',
	'reference: minimal Ink app, peak RSS',
	'extract generated article, 40 KB',
	'extract generated article, time 40 KB ÷ 4 KB',
	'extract adversarial "1,1,1,…", 5 KB',
	'extract adversarial "(((((", time 5 KB ÷ 1 KB',
	'extract adversarial unclosed “, 5 KB',
	'extract adversarial "A. B. C. D.", 5 KB',
	'extract adversarial "X (1), " list, 5 KB',
	'extract adversarial one sentence, no stop, 5 KB',
	'extract adversarial run of digits, 5 KB',
	'extract adversarial run of spaces, 5 KB',
	'extract adversarial "said said said", 5 KB',
	'extract adversarial "5 of the 10, ", 5 KB',
	'extract adversarial "nearly 500 of the 1,000, ", 5 KB',
	...['--json', '--print', 'export md', 'export csv', 'export json', 'dashboard first frame'].flatMap(mode => [
		`${mode} on 0.02 MB article, peak RSS`,
		`${mode} on 0.16 MB article, time`,
		`${mode}, time 0.16 MB ÷ 0.02 MB`,
		// --tiny runs the first two adversarial shapes through every mode too.
		`${mode} on "1,1,1,…", 0.02 MB, peak RSS`,
		`${mode} "(((((", time 0.02 MB ÷ 0.00 MB`,
	]),
	'8 articles, one process each',
	'8 articles, one batch process',
	'batch ÷ one process per article',
	'8 articles, --jobs 1',
	'8 articles, --jobs 2',
	'2 workers ÷ 1 worker',
	'reference: 2 threads ÷ 1 of pure computation',
	'24 articles, one batch, peak RSS',
	'start-up: --json ÷ node -e 0',
];

test('bench --tiny runs every measurement, prints a row per figure with its budget, and exits 0', async t => {
	// Two and a half minutes on two busy cores, with the size part's adversarial shapes: room to spare.
	t.timeout(600_000);
	const result = await runBench(['--tiny']);
	t.is(result.code, 0, result.stderr);
	const lines = result.stdout.split('\n');
	t.regex(lines[0] ?? '', /^figure +median +min +max +runs +budget +ok\/over$/);
	for (const row of rows) {
		t.true(
			lines.some(line => line.startsWith(row + ' ')),
			`no row "${row}"`,
		);
	}

	// Budgets are shown beside their figures, and a figure with a budget is judged.
	t.regex(result.stdout, /^dashboard on seed, peak RSS \(VmHWM\) .*≤ 80 MB +(ok|OVER)/m);
	t.regex(result.stdout, /^first frame: dashboard ÷ minimal Ink app .*≤ 1\.15× +(ok|OVER)/m);
	t.regex(result.stdout, /^extract generated article, 40 KB .*≥ 5 MB\/s +(ok|OVER)/m);
	// The size budget: 8× the article and 100 MB (0.16 MB: 101 MB).
	t.regex(result.stdout, /^--print on 0\.16 MB article, peak RSS .*≤ 101 MB +(ok|OVER)/m);
	t.regex(result.stdout, /^2 workers ÷ 1 worker .*≥ 1\.7× +(ok|OVER)/m);
	t.regex(result.stdout, /^24 articles, one batch, peak RSS .*≤ 250 MB +(ok|OVER)/m);
	t.regex(result.stdout, /^dashboard first frame on 0\.16 MB article, peak RSS .*≤ 101 MB +(ok|OVER)/m);
});

test('the median of an even count is the mean of the middle two, and p99 is the nearest rank', t => {
	t.is(median([4, 1, 3, 2]), 2.5);
	t.is(median([5, 1, 3]), 3);
	t.is(median([]), null);
	const hundred = Array.from({length: 100}, (_, index) => index + 1);
	t.is(percentile(hundred, 99), 99);
	t.is(percentile([7, 3], 99), 7);
});

test('a figure is judged by its median against an at-most or at-least budget', t => {
	const fast = sampled({id: 'a', label: 'a', unit: 'ms', budget: atMost(16, '≤ 16 ms')}, [10, 30, 12]);
	t.is(fast.median, 12);
	t.is(fast.min, 10);
	t.is(fast.max, 30);
	t.true(fast.ok);
	const slow = sampled({id: 'b', label: 'b', unit: 'MB/s', budget: atLeast(5, '≥ 5 MB/s')}, [4, 6, 4.5]);
	t.false(slow.ok);
	t.is(valued({id: 'c', label: 'c', unit: '×'}, 2).ok, null);
});

test('the table aligns columns and flags figures over budget or not measured', t => {
	const table = formatTable([
		sampled({id: 'a', label: 'key', unit: 'ms', budget: atMost(16, '≤ 16 ms')}, [20]),
		valued({id: 'b', label: 'growth', unit: '×', budget: atMost(12, '≤ 12×')}, null),
	]);
	t.is(
		table,
		[
			'figure   median      min      max  runs  budget   ok/over',
			'------  -------  -------  -------  ----  -------  -------------------',
			'key     20.0 ms  20.0 ms  20.0 ms     1  ≤ 16 ms  OVER',
			'growth        —        —        —     0  ≤ 12×    OVER (not measured)',
		].join('\n'),
	);
});

// A performance fix found by the bench: one shared Intl.NumberFormat instead of toLocaleString per call.
test('the shared number formatter writes every value exactly as toLocaleString does', t => {
	t.is(formatValue(1234.567), '1,234.57');
	t.is(formatValue(-0.5), '-0.5');
	fc.assert(
		fc.property(fc.oneof(fc.double(), fc.integer(), fc.double({min: -1e7, max: 1e7})), value => {
			t.is(formatValue(value), value.toLocaleString('en-US', {maximumFractionDigits: 2}));
		}),
		{numRuns: 2000},
	);
});
