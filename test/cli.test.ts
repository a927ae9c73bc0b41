// The built CLI, spawned the way a user runs it: exit codes, one-line errors, the JSON contract and the print path.
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync, truncateSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type CliRun, runCli} from './helpers/run-cli.ts';
import test, {type ExecutionContext} from 'ava';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const seed = join(import.meta.dirname, '..', 'seeds', 'ice-raids-sanctuary-cities.txt');
const scratch = mkdtempSync(join(tmpdir(), 'newsdash-cli-'));

type Run = CliRun;
const run = runCli;

function file(name: string, content: string | Uint8Array): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

/** A bad input gets exactly one line on stderr, no stack trace, and exit code 1. */
function assertOneLineError(t: ExecutionContext, result: Run, pattern: RegExp): void {
	t.is(result.code, 1);
	t.is(result.stdout, '');
	const lines = result.stderr.split('\n').filter(line => line !== '');
	t.is(lines.length, 1, result.stderr);
	t.regex(lines[0] ?? '', /^newsdash: /);
	t.regex(lines[0] ?? '', pattern);
	t.notRegex(result.stderr, /\bat .+:\d+:\d+/);
}

test('--json prints the report of the bundled article when no file is given', async t => {
	const result = await run(['--json']);
	t.is(result.code, 0, result.stderr);
	const report = JSON.parse(result.stdout) as {version: number; article: {published: string; path: string}};
	t.is(report.version, 1);
	t.is(report.article.published, '2017-09-30');
	t.true(report.article.path.endsWith('.txt'));
});

test('--json reads the same wherever it is written, and with --published too', async t => {
	const after = await run([seed, '--json']);
	const before = await run(['--json', seed]);
	const dated = await run([seed, '--json', '--published', '2017-09-30']);
	t.is(after.code, 0, after.stderr);
	t.is(before.stdout, after.stdout);
	t.is(dated.stdout, after.stdout);
	t.is((JSON.parse(after.stdout) as {article: {published: string}}).article.published, '2017-09-30');
});

test('--published overrides the front matter date', async t => {
	const result = await run([seed, '--json', '--published', '2018-01-02']);
	t.is(result.code, 0, result.stderr);
	t.is((JSON.parse(result.stdout) as {article: {published: string}}).article.published, '2018-01-02');
});

test('an impossible --published date is a one-line error', async t => {
	assertOneLineError(t, await run([seed, '--json', '--published', '2017-02-30']), /2017-02-30/);
});

test('a missing file is a one-line error', async t => {
	assertOneLineError(t, await run([join(scratch, 'nope.txt'), '--json']), /nope\.txt/);
});

test('a directory is a one-line error', async t => {
	const directory = join(scratch, 'a-directory');
	mkdirSync(directory, {recursive: true});
	assertOneLineError(t, await run([directory, '--json']), /directory/i);
});

test('an empty file and a whitespace-only file are one-line errors', async t => {
	assertOneLineError(t, await run([file('empty.txt', ''), '--json']), /empty/i);
	assertOneLineError(t, await run([file('blank.txt', ' \n\t\n  \n'), '--json']), /empty|blank/i);
});

test('a binary file is a one-line error that says what it looks like', async t => {
	assertOneLineError(t, await run([file('doc.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), '--json']), /PDF/);
	assertOneLineError(t, await run([file('nul.bin', new Uint8Array([65, 66, 0, 0, 67, 68])), '--json']), /binary/i);
});

test('invalid UTF-8 is a one-line error naming the byte', async t => {
	// "Hello " is 6 bytes, so the stray continuation byte is at offset 6.
	const bytes = new Uint8Array([...Buffer.from('Hello '), 0x80, ...Buffer.from(' world\n')]);
	assertOneLineError(t, await run([file('latin.txt', bytes), '--json']), /byte 6\b/);
});

test('a file over the size limit is refused before it is read', async t => {
	const path = file('huge.txt', '');
	truncateSync(path, 17 * 1024 * 1024);
	assertOneLineError(t, await run([path, '--json']), /MB|MiB|large/i);
});

test('an unknown flag is bad usage: exit 2 and a one-line reason', async t => {
	const result = await run(['--bogus']);
	t.is(result.code, 2);
	t.regex(result.stderr, /^newsdash: Unknown argument: bogus\n/);
});

test('piped stdout prints the four panes as text and exits 0', async t => {
	const result = await run([seed]);
	t.is(result.code, 0, result.stderr);
	for (const heading of ['Quotes', 'Timeline', 'Totals']) {
		t.true(result.stdout.includes(heading), heading);
	}

	t.true(result.stdout.includes('Los Angeles County'));
	t.notRegex(result.stdout, /\u001B/);
});

test('escape sequences in an article never reach the output raw', async t => {
	const hostile = file(
		'hostile.txt',
		'Title \u001B]0;pwned\u0007 here\n\nThe agency said \u001B[2J\u001B[31m“we are \u001B[?1049h fine,” on Monday (12) and Tuesday (3).\n',
	);
	const printed = await run([hostile]);
	t.is(printed.code, 0, printed.stderr);
	t.notRegex(printed.stdout, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
	const json = await run([hostile, '--json']);
	t.is(json.code, 0, json.stderr);
	t.notRegex((JSON.parse(json.stdout) as {article: {body: string}}).article.body, /\u001B/);
});

test('--help and --version answer without opening the dashboard', async t => {
	const help = await run(['--help']);
	t.is(help.code, 0);
	t.regex(help.stdout, /newsdash snapshot/);
	const version = await run(['--version']);
	t.is(version.code, 0);
	t.regex(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('help and export are commands, not file names; any other lone argument is the article', async t => {
	const help = await run(['help']);
	t.is(help.code, 0, help.stderr);
	t.regex(help.stdout, /^newsdash \[FILE\]/);
	const exported = await run(['export']);
	t.is(exported.code, 0, exported.stderr);
	t.regex(exported.stdout, /^# /);
	const printed = await run([file('export-notes.txt', 'Notes\n\nThe council said “no” on 3 June 2021.\n')]);
	t.is(printed.code, 0, printed.stderr);
	t.regex(printed.stdout, /── 1 /);
	t.true(printed.stdout.includes('“no”'));
});

test('an article with no numbers, quotes or dates says so in every pane', async t => {
	const plain = file('plain.txt', 'Gardens in spring\n\nThe gardens were green and the paths were quiet.\n');
	const result = await run([plain]);
	t.is(result.code, 0, result.stderr);
	t.regex(result.stdout, /No counts by place or category/);
	t.regex(result.stdout, /No quotations/i);
	t.regex(result.stdout, /No dates/i);
	t.regex(result.stdout, /No totals to check/);
});

test('- reads the article from standard input', async t => {
	const result = await run(
		['-', '--json'],
		'Storm toll\n\nOfficials said 12 died in Ava (7) and Bly (5), a total of 12 deaths.\n',
	);
	t.is(result.code, 0, result.stderr);
	const report = JSON.parse(result.stdout) as {article: {title: string; body: string; path: string}};
	t.is(report.article.title, 'Storm toll');
	t.true(report.article.body.includes('a total of 12 deaths'));
});

test('a reader that stops early (--json | head -1) gets no EPIPE trace', async t => {
	const child = spawn(process.execPath, [cli, seed, '--json'], {stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	child.stdout.once('data', () => {
		child.stdout.destroy();
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	t.is(stderr, '');
	t.is(code, 0);
});

test('--debug adds the stack trace to an error', async t => {
	const result = await run([join(scratch, 'nope.txt'), '--json', '--debug']);
	t.is(result.code, 1);
	t.regex(result.stderr, /^newsdash: cannot read .*nope\.txt.*\n.*LoadError/s);
});
