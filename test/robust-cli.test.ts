// Bad and unusual input through the built CLI, as a user meets it: what reaches stdout, the one line on stderr, the
// exit code. Cases the lead's test/cli.test.ts already covers (missing file, folder, empty, PDF, NUL, invalid UTF-8,
// over the limit, usage, stdin, EPIPE, --debug) are not repeated here.
import {existsSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type CliRun, runCli} from './helpers/run-cli.ts';
import test, {type ExecutionContext} from 'ava';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'newsdash-robust-'));
const e2e = existsSync(cli) ? test : test.skip;

type Run = CliRun;
const run = runCli;

function file(name: string, content: string | Uint8Array): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

type Body = {article: {title: string | null; published: string | null; source: string | null; body: string}};

async function json(path: string): Promise<Body> {
	const result = await run([path, '--json']);
	if (result.code !== 0) {
		throw new Error(`exit ${result.code}: ${result.stderr}`);
	}

	return JSON.parse(result.stdout) as Body;
}

function assertOneLineError(t: ExecutionContext, result: Run, pattern: RegExp): void {
	t.is(result.code, 1);
	t.is(result.stdout, '');
	const lines = result.stderr.split('\n').filter(line => line !== '');
	t.is(lines.length, 1, result.stderr);
	t.regex(lines[0] ?? '', /^newsdash: cannot read /);
	t.regex(lines[0] ?? '', pattern);
}

e2e('UTF-16 text with a byte-order mark, either byte order, is decoded', async t => {
	const text = 'Flood\r\n\r\nAva (54) and Bly (41) — “water,” she said.\r\n';
	const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
	const big = Buffer.from(little);
	big.swap16();
	const expected = 'Flood\n\nAva (54) and Bly (41) — “water,” she said.\n';
	t.is((await json(file('le.txt', little))).article.body, expected);
	t.is((await json(file('be.txt', big))).article.body, expected);
});

e2e('a UTF-8 byte-order mark, CRLF and lone CR line endings are invisible in the report', async t => {
	const report = await json(file('bom.txt', '\uFEFFFlood\r\n\r\nOne line.\rAnother line.\r\n'));
	t.is(report.article.title, 'Flood');
	t.is(report.article.body, 'Flood\n\nOne line.\nAnother line.\n');
});

e2e('an image is refused by what it is', async t => {
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	assertOneLineError(t, await run([file('photo.txt', png), '--json']), /it looks like a PNG image, not a text article/);
	const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
	assertOneLineError(t, await run([file('photo.jpg', jpeg), '--json']), /JPEG image/);
});

e2e('standard input with nothing on it is a one-line error naming standard input', async t => {
	assertOneLineError(t, await run(['-', '--json'], ''), /^newsdash: cannot read standard input: it is empty$/);
});

e2e('/dev/null is an empty file, and a loop of links is named as such', async t => {
	assertOneLineError(t, await run(['/dev/null', '--json']), /"\/dev\/null": the file is empty$/);
	const loop = join(scratch, 'loop');
	symlinkSync(loop, loop);
	assertOneLineError(t, await run([loop, '--json']), /too many symbolic links$/);
});

e2e('a saved web page is read with its metadata, its story without the page around it', async t => {
	const report = await json(join(root, 'test', 'fixtures-html', 'saved-news-page.html'));
	t.is(report.article.title, 'Floods damage 120 homes across three counties');
	t.is(report.article.published, '2021-07-14');
	t.is(report.article.source, 'The Riverside Gazette');
	t.true(report.article.body.startsWith('Floodwaters from two days of heavy rain'));
	t.false(report.article.body.includes('Advertisement'));
});

e2e('a Markdown article loses its marks before anything is found in it', async t => {
	const report = await json(
		file('story.md', '# Flood\n\n> “We lost **everything**,” said [Maria Lopez](https://x.test/ml).\n'),
	);
	t.is(report.article.title, 'Flood');
	t.is(report.article.body, 'Flood\n\n“We lost everything,” said Maria Lopez.\n');
});

e2e(
	'OSC 52 clipboard writes, OSC 8 links, colours and bidi overrides reach neither the screen nor the JSON raw',
	async t => {
		const hostile = file(
			'osc.txt',
			'Title\n\n“It is \u001B]52;c;cm0gLXJmIH4=\u0007 safe,” said Jane \u001B]8;;https://evil.test\u0007Doe\u001B]8;;\u0007. Ava (3) and \u202EBly\u202C (4).\n',
		);
		const printed = await run([hostile]);
		t.is(printed.code, 0, printed.stderr);
		t.notRegex(printed.stdout, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		const report = await json(hostile);
		t.true(report.article.body.includes('␛]52;c;cm0gLXJmIH4=␇'));
		t.false(report.article.body.includes('\u001B'));
		t.false(report.article.body.includes('\u202E'));
	},
);

e2e('an unknown pane or an out-of-range size is bad usage: exit 2, no stack', async t => {
	const pane = await run(['--pane', 'bogus']);
	t.is(pane.code, 2);
	t.regex(pane.stderr, /^newsdash: Invalid values:/);
	t.notRegex(pane.stderr, /\bat .+:\d+:\d+/);
	const cols = await run(['snapshot', '--cols', '10', '-o', join(scratch, 'x.png')]);
	t.is(cols.code, 2);
	t.regex(cols.stderr, /^newsdash: --cols must be a whole number from 60 to 400\n/);
});

e2e(
	'an option that takes one value, given twice in any spelling, is bad usage: exit 2, one line naming it',
	async t => {
		const article = join(root, 'test', 'fixtures', 'appliance-plant-layoffs.txt');
		const shot = join(scratch, 'twice.txt');
		const cases: ReadonlyArray<[readonly string[], string]> = [
			[[article, '--published', '2020-01-01', '--published', '2020-01-02', '--json'], '--published'],
			[[article, '--pane', 'quotes', '--pane=counts', '--print'], '--pane'],
			[[article, '--theme', 'dark', '--theme', 'light', '--print'], '--theme'],
			[['export', article, '--format', 'md', '--format=csv'], '--format'],
			[['export', article, '-o', shot, '--output', shot], '-o/--output'],
			[['snapshot', article, '-o', shot, '-o', shot], '-o/--output'],
			[['snapshot', article, '-o', shot, '--cols', '80', '--cols', '90'], '--cols'],
			[['snapshot', article, '-o', shot, '--rows=20', '--rows', '30'], '--rows'],
		];
		for (const [args, name] of cases) {
			const result = await run(args);
			t.is(result.code, 2, args.join(' '));
			t.is(result.stdout, '');
			t.is(result.stderr.split('\n')[0], `newsdash: ${name} was given more than once`);
			t.notRegex(result.stderr, /unexpected error|\bat .+:\d+:\d+/);
		}

		t.false(existsSync(shot));
	},
);

e2e(
	'a .txt article keeps its backslashes and backticks in the JSON body; a .md one reads them as Markdown',
	async t => {
		const text = 'Flood\n\nThe river rose 3\\.5 metres. “We won`t leave,” said Maria Lopez, “it`s home.”\n';
		t.is((await json(file('marks.txt', text))).article.body, text);
		t.is(
			(await json(file('marks.md', text))).article.body,
			'Flood\n\nThe river rose 3.5 metres. “We wont leave,” said Maria Lopez, “its home.”\n',
		);
	},
);
