// Where output goes, through the built CLI: standard output by name, what --force may replace, write errors on
// standard output, names with escapes in them, and folders for snapshots.
import {execFileSync, spawn} from 'node:child_process';
import {
	closeSync,
	copyFileSync,
	existsSync,
	lstatSync,
	mkdtempSync,
	openSync,
	readdirSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli as run} from './helpers/run-cli.ts';
import test from 'ava';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const article = join(root, 'test', 'fixtures', 'appliance-plant-layoffs.txt');
const e2e = existsSync(cli) ? test : test.skip;

function scratch(): string {
	return mkdtempSync(join(tmpdir(), 'newsdash-paths-'));
}

e2e('export -o - and -o /dev/stdout write the findings to standard output, no file named -', async t => {
	const plain = await run(['export', article, '--format', 'csv']);
	t.is(plain.code, 0, plain.stderr);
	for (const output of ['-', '/dev/stdout']) {
		const result = await run(['export', article, '--format', 'csv', '-o', output]);
		t.is(result.code, 0, result.stderr);
		t.is(result.stdout, plain.stdout);
		t.is(result.stderr, '');
	}

	// The CLI runs in the repository root, where `-o -` used to leave a file named `-`.
	t.false(existsSync(join(root, '-')));
});

e2e('snapshot -o - writes one text pane to standard output; several panes or a PNG there is bad usage', async t => {
	const text = await run(['snapshot', article, '--pane', 'counts', '--format', 'txt', '-o', '-']);
	t.is(text.code, 0, text.stderr);
	t.regex(text.stdout, /^ newsdash · /);
	t.notRegex(text.stdout, /^wrote /m);
	const svg = await run(['snapshot', article, '--pane', 'quotes', '--format', 'svg', '-o', '-']);
	t.is(svg.code, 0, svg.stderr);
	t.true(svg.stdout.startsWith('<svg'), svg.stdout.slice(0, 40));
	for (const args of [
		['--format', 'txt'],
		['--pane', 'counts'],
		['--pane', 'counts', '--format', 'png'],
	]) {
		const result = await run(['snapshot', article, ...args, '-o', '-']);
		t.is(result.code, 2, args.join(' '));
		t.is(result.stdout, '');
		t.is(
			result.stderr.split('\n')[0],
			'newsdash: -o - writes one pane as text: give --pane and --format txt, ansi or svg',
		);
	}
});

e2e(
	'--force never replaces what is not a regular file: a FIFO stays a FIFO, a link to /dev/null stays a link',
	async t => {
		const directory = scratch();
		const fifo = join(directory, 'pipe.md');
		execFileSync('mkfifo', [fifo]);
		const device = join(directory, 'null.md');
		symlinkSync('/dev/null', device);
		for (const target of [fifo, device]) {
			for (const force of [['--force'], []]) {
				const result = await run(['export', article, '-o', target, ...force]);
				t.is(result.code, 1, target);
				t.is(result.stdout, '');
				t.is(result.stderr, `newsdash: cannot write ${target}: it is not a regular file\n`);
			}
		}

		t.true(lstatSync(fifo).isFIFO());
		t.true(lstatSync(device).isSymbolicLink());
		t.true(statSync('/dev/null').isCharacterDevice());
		const snapshot = await run(['snapshot', article, '--pane', 'counts', '-o', fifo, '--format', 'txt', '--force']);
		t.is(snapshot.code, 1);
		t.is(snapshot.stderr, `newsdash: cannot write ${fifo}: it is not a regular file\n`);
		t.true(lstatSync(fifo).isFIFO());
	},
);

/** The CLI with standard output on /dev/full, where every write fails with ENOSPC. */
async function runOnFullDevice(args: readonly string[]): Promise<{code: number | null; stderr: string}> {
	const full = openSync('/dev/full', 'w');
	const environment: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', COLUMNS: '100'};
	delete environment['FORCE_COLOR'];
	try {
		const child = spawn(process.execPath, [cli, ...args], {stdio: ['ignore', full, 'pipe'], env: environment});
		let stderr = '';
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		const code = await new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		return {code, stderr};
	} finally {
		closeSync(full);
	}
}

const fullDevice = existsSync(cli) && existsSync('/dev/full') ? test : test.skip;

fullDevice('a failed write to standard output is one line and exit 1, not a stack trace', async t => {
	for (const args of [
		[article, '--json'],
		[article, '--print'],
		['export', article],
		['export', article, '-o', '-'],
		['snapshot', article, '--pane', 'counts', '--format', 'txt', '-o', '-'],
	]) {
		const result = await runOnFullDevice(args);
		t.is(result.code, 1, args.join(' '));
		t.is(result.stderr, 'newsdash: cannot write to standard output: no space left on device\n', args.join(' '));
	}
});

const rawControl = /[\u001B\u009B]/;

e2e('names and arguments holding ESC or a C1 control are echoed with the controls made visible', async t => {
	const directory = scratch();
	const source = join(directory, 'red\u001B[31m.txt');
	copyFileSync(article, source);
	const output = join(directory, 'out\u001B[31m\u009B2J.md');
	const wrote = await run(['export', source, '-o', output]);
	t.is(wrote.code, 0, wrote.stderr);
	t.regex(wrote.stdout, /^wrote .+out\uFFFD\[31m\uFFFD2J\.md\n$/);
	t.true(existsSync(output));
	const results = [
		wrote,
		await run(['export', source, '-o', output]),
		await run(['export', source, '-o', join(directory, 'gone\u001B[2J', 'x.md')]),
		await run(['snapshot', source, '--pane', 'counts', '-o', join(directory, 'shot\u009B2J.txt')]),
		await run(['--bo\u001Bgus']),
		await run([source, '--pane', 'bad\u009B2J']),
		await run([join(directory, 'missing\u001B[2J.txt'), '--json']),
	];
	t.regex(results[1]!.stderr, /^newsdash: .+out\uFFFD\[31m\uFFFD2J\.md exists; use --force to overwrite\n$/);
	t.regex(results[2]!.stderr, /gone\uFFFD\[2J does not exist\n$/);
	t.regex(results[3]!.stdout, /^wrote .+shot\uFFFD2J\.txt\n$/);
	t.regex(results[4]!.stderr, /^newsdash: Unknown argument: bo\uFFFDgus\n/);
	for (const result of results) {
		t.notRegex(result.stdout + result.stderr, rawControl);
	}

	const json = await run([source, '--json']);
	t.is(json.code, 0, json.stderr);
	const report = JSON.parse(json.stdout) as {article: {path: string}};
	t.is(report.article.path, join(directory, 'red\u241B[31m.txt'));
	t.notRegex(json.stdout, /\\u001b|\\u009b/i);
});

e2e('snapshot -o shots/ creates the folder, parents too, when it is not there', async t => {
	const directory = scratch();
	const shots = join(directory, 'new', 'shots') + '/';
	const result = await run(['snapshot', article, '--pane', 'all', '--format', 'txt', '-o', shots]);
	t.is(result.code, 0, result.stderr);
	t.deepEqual(readdirSync(shots).sort(), ['counts.txt', 'quotes.txt', 'timeline.txt', 'totals.txt']);
	t.is(result.stdout.split('\n').filter(line => line.startsWith('wrote ')).length, 4);
	const taken = join(directory, 'file');
	writeFileSync(taken, '');
	const blocked = await run(['snapshot', article, '--format', 'txt', '-o', join(taken, 'shots') + '/']);
	t.is(blocked.code, 1);
	t.regex(blocked.stderr, /^newsdash: cannot create directory .+\/file\/shots\/: /);
});
