// The README's tables of bad input and bad paths, each row run against the built CLI as its "try" column says, in a
// folder holding the files the rows name. An error row's last column is the exact stderr, a line per code span; a row
// that succeeds has an assertion of its own below, keyed by its first column. A row with no assertion, or an
// assertion with no row, fails: the table cannot drift from what the CLI does.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {cliPath} from './helpers/run-cli.ts';

type Row = {readonly input: string; readonly command: string; readonly exit: number; readonly sees: string};

/** Splits a table line into cells on the pipes outside code spans (a span may hold a pipe or a backtick). */
function cells(line: string): string[] {
	const out: string[] = [];
	let cell = '';
	let fence = 0;
	for (let index = 0; index < line.length; index++) {
		const character = line[index]!;
		if (character === '`') {
			let run = 1;
			while (line[index + run] === '`') run++;
			fence = fence === 0 ? run : fence === run ? 0 : fence;
			cell += '`'.repeat(run);
			index += run - 1;
		} else if (character === '\\' && line[index + 1] === '|' && fence === 0) {
			cell += '|';
			index++;
		} else if (character === '|' && fence === 0) {
			out.push(cell.trim());
			cell = '';
		} else {
			cell += character;
		}
	}

	return out.slice(1);
}

/** The text of each code span in `cell`, in order. */
function codeSpans(cell: string): string[] {
	return [...cell.matchAll(/(`+)(.+?)\1(?!`)/g)].map(match => {
		const text = match[2]!;
		return text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '' ? text.slice(1, -1) : text;
	});
}

function readRows(): Row[] {
	const readme = readFileSync(join(import.meta.dirname, '..', 'readme.md'), 'utf8');
	const start = readme.indexOf('## Bad input and bad paths');
	const end = readme.indexOf('\n## ', start + 1);
	const rows: Row[] = [];
	for (const line of readme.slice(start, end === -1 ? undefined : end).split('\n')) {
		if (!line.startsWith('| ') || line.startsWith('|---')) continue;
		const [input, command, exit, sees] = cells(line);
		if (input === undefined || command === undefined || exit === undefined || sees === undefined) continue;
		if (exit === 'exit') continue;
		rows.push({input, command: codeSpans(command)[0] ?? '', exit: Number(exit), sees});
	}

	return rows;
}

type Invocation = {
	readonly args: string[];
	readonly env: Record<string, string>;
	readonly stdin: string | null;
	readonly stdout: string | null;
};

/** `TERM=dumb newsdash ARGS [< FILE] [> FILE]`, with `$'…'` words holding \e, \xHH and \uHHHH as a shell reads them. */
function parseCommand(command: string): Invocation {
	const words = command.match(/\$'[^']*'|\S+/g) ?? [];
	const env: Record<string, string> = {};
	while (/^[A-Z_]+=/.test(words[0] ?? '')) {
		const [name, value] = words.shift()!.split('=') as [string, string];
		env[name] = value;
	}

	if (words.shift() !== 'newsdash') throw new Error(`not a newsdash command: ${command}`);
	const args: string[] = [];
	let stdin: string | null = null;
	let stdout: string | null = null;
	for (let index = 0; index < words.length; index++) {
		const word = words[index]!;
		if (word === '<') stdin = words[++index]!;
		else if (word === '>') stdout = words[++index]!;
		else args.push(word.startsWith("$'") ? shellEscapes(word.slice(2, -1)) : word);
	}

	return {args, env, stdin, stdout};
}

function shellEscapes(text: string): string {
	return text.replaceAll(/\\(e|x[\dA-Fa-f]{2}|u[\dA-Fa-f]{4})/g, (_, code: string) =>
		code === 'e' ? '\u001B' : String.fromCodePoint(Number.parseInt(code.slice(1), 16)),
	);
}

const scratch = mkdtempSync(join(tmpdir(), 'newsdash-readme-'));
const seed = readFileSync(join(import.meta.dirname, '..', 'seeds', 'ice-raids-sanctuary-cities.txt'));

/** The files the rows name, each in words of our own (the seed article stands in for "a.txt", a good article). */
function makeFiles(): void {
	const file = (name: string, content: string | Uint8Array) => writeFileSync(join(scratch, name), content);
	file('a.txt', seed);
	mkdirSync(join(scratch, 'folder'));
	file('empty.txt', '');
	file('blank.txt', ' \n\t\n  ');
	file('front.txt', '---\ntitle: Only a title\npublished: 2020-01-02\n---\n\n');
	file('nul.bin', Uint8Array.from([0x41, 0x42, 0x00, 0x43]));
	file('doc.pdf', '%PDF-1.7\n1 0 obj\n');
	file('photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
	file('latin.txt', Uint8Array.from([...Buffer.from('Caf Ol'), 0xe9, ...Buffer.from(' said')]));
	file('u32.txt', Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
	file('odd16.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]));
	file('huge.txt', '');
	truncateSync(join(scratch, 'huge.txt'), 17 * 1024 * 1024);
	symlinkSync('loop', join(scratch, 'loop'));
	file('bom.txt', '\uFEFFFlood toll\n\nThe river rose.\n');
	file('crlf.txt', 'Flood toll\r\n\r\nThe river rose.\rIt fell.\r\n');
	file(
		'page.html',
		'<!doctype html><html><head><title>Flood toll | Valley Post</title><meta property="og:site_name" content="Valley Post"></head><body><nav>Home Sports Weather</nav><article><h1>Flood toll</h1><p>The river rose three metres in Ashford overnight, and crews worked until dawn to hold the levee.</p><p>“We held it,” said Dana Reyes, the county engineer, as the water began to fall on Sunday.</p></article><footer>Subscribe today</footer></body></html>',
	);
	file('story.md', '# Flood toll\n\nThe **river** rose in [Ashford](https://x.test/a) and `Bly`.\n\n- Ava: 7\n');
	file('marks.txt', 'Flood toll\n\nThe river rose 3\\.5 metres. “We won`t leave,” said Maria Lopez.\n');
	file(
		'escapes.txt',
		'Flood toll\n\n“Bad \u001B[2J clear \u001B]52;c;aGk=\u0007 clip \u009B31m red \u202Eevil\u202C end,” said Ava Lee, the mayor.\n',
	);
	file('zero-width.txt', 'Flood toll\n\nMayor Ho\u200Bman said the river rose.\n');
	file('plain.txt', 'A quiet day\n\nNothing happened here at all, and nobody said anything.\n');
	file('exists.md', 'keep me\n');
	file('exists.txt', 'keep me\n');
	execFileSync('mkfifo', [join(scratch, 'fifo')]);
	symlinkSync('/proc/self/fd/1', join(scratch, 'fd-link'));
}

makeFiles();

type Run = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

async function run(invocation: Invocation): Promise<Run> {
	const environment: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', COLUMNS: '100', ...invocation.env};
	delete environment['FORCE_COLOR'];
	const stdin = invocation.stdin === null ? 'pipe' : openSync(join(scratch, invocation.stdin), 'r');
	const stdout = invocation.stdout === null ? 'pipe' : openSync(invocation.stdout, 'w');
	try {
		const child = spawn(process.execPath, [cliPath, ...invocation.args], {
			cwd: scratch,
			env: environment,
			stdio: [stdin, stdout, 'pipe'],
			timeout: 90_000,
		});
		let out = '';
		let error = '';
		child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
		child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (error += chunk));
		child.stdin?.end();
		const code = await new Promise<number | null>(resolve => child.on('close', resolve));
		return {code, stdout: out, stderr: error};
	} finally {
		if (typeof stdin === 'number') closeSync(stdin);
		if (typeof stdout === 'number') closeSync(stdout);
	}
}

type Body = {
	article: {title: string | null; body: string; source: string | null};
	quotes: Array<{speaker: {name: string} | null}>;
};

const body = (result: Run): Body => JSON.parse(result.stdout) as Body;

/** What each row that succeeds must show; its key is the row's first column. */
const successes: Record<string, (t: ExecutionContext, result: Run) => void> = {
	'UTF-8 with BOM, UTF-16 LE/BE with BOM'(t, result) {
		t.is(body(result).article.body, 'Flood toll\n\nThe river rose.\n');
	},
	'CRLF or lone-CR line endings'(t, result) {
		t.is(body(result).article.body, 'Flood toll\n\nThe river rose.\nIt fell.\n');
	},
	'HTML saved from a browser'(t, result) {
		const report = body(result);
		t.true(report.article.body.includes('The river rose three metres in Ashford'));
		t.false(report.article.body.includes('Home Sports Weather'));
		t.false(report.article.body.includes('Subscribe today'));
		t.is(report.article.source, 'Valley Post');
	},
	Markdown(t, result) {
		t.is(body(result).article.body, 'Flood toll\n\nThe river rose in Ashford and Bly.\n\n- Ava: 7\n');
	},
	'backslashes and backticks in a `.txt` file'(t, result) {
		t.is(body(result).article.body, 'Flood toll\n\nThe river rose 3\\.5 metres. “We won`t leave,” said Maria Lopez.\n');
	},
	'ANSI/OSC escapes (OSC 8, OSC 52), C0/C1 controls, bidi overrides'(t, result) {
		t.false(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(result.stdout));
		t.true(result.stdout.includes('“Bad ␛[2J clear ␛]52;c;aGk=␇ clip �31m red �evil� end,”'));
	},
	'zero-width characters (U+200B–U+200F, U+2060, U+FEFF, soft hyphen)'(t, result) {
		t.is(body(result).article.body, 'Flood toll\n\nMayor Homan said the river rose.\n');
	},
	'no numbers, quotes or dates'(t, result) {
		for (const words of [
			'No counts by place or category found in this article.',
			'No quotations found',
			'No dates found',
			'No totals to check',
		]) {
			t.true(result.stdout.includes(words), words);
		}
	},
	'`TERM=dumb`'(t, result) {
		t.true(result.stdout.includes('── 1 '));
		t.true(result.stdout.includes('── 4 Totals'));
		t.false(result.stdout.includes('\u001B'));
	},
	'an existing file, `--force`'(t, result) {
		t.is(result.stdout, 'wrote exists.md\n');
		t.true(readFileSync(join(scratch, 'exists.md'), 'utf8').startsWith('# '));
	},
	'`-o -` or `-o /dev/stdout`'(t, result) {
		t.true(result.stdout.startsWith('# '));
		t.false(existsSync(join(scratch, '-')));
	},
	'a missing folder for `snapshot --pane all`'(t, result) {
		t.is(result.stdout, ['counts', 'quotes', 'timeline', 'totals'].map(pane => `wrote shots/${pane}.txt\n`).join(''));
		t.true(existsSync(join(scratch, 'shots', 'totals.txt')));
	},
	'an escape sequence in an output name'(t, result) {
		t.is(result.stdout, 'wrote \uFFFD[31mx.md\n');
		t.true(existsSync(join(scratch, '\u001B[31mx.md')));
	},
	'a reader that goes away (`head -c 1` on a pipe)'() {
		// Run by the test of its own below: a pipe closed early is not a "try" a table cell can spell.
	},
};

const rows = readRows();

test('the README has the tables, and every succeeding row has an assertion and every assertion a row', t => {
	t.true(rows.length >= 40, `${rows.length} rows`);
	const succeeding = rows.filter(row => row.exit === 0).map(row => row.input);
	t.deepEqual([...succeeding].sort(), Object.keys(successes).sort());
	for (const row of rows) {
		t.true([0, 1, 2].includes(row.exit), `${row.input}: exit ${row.exit}`);
		t.true(row.command.startsWith('newsdash ') || /^[A-Z]+=\S+ newsdash /.test(row.command), row.input);
	}
});

// Rows that write or depend on what another row wrote run one after another, in the table's order.
for (const row of rows) {
	test.serial(`README: ${row.input} — ${row.command}`, async t => {
		const result = await run(parseCommand(row.command));
		t.is(result.code, row.exit, result.stderr);
		if (row.exit === 0) {
			successes[row.input]?.(t, result);
			return;
		}

		t.is(result.stdout, '');
		t.deepEqual(
			result.stderr.split('\n').filter(line => line !== ''),
			codeSpans(row.sees),
		);
	});
}

test('a reader that goes away: --json into a pipe closed after one byte exits 0 and says nothing', t => {
	// bash's PIPESTATUS gives the CLI's own status, not head's.
	const result = spawnSync(
		'bash',
		['-c', `"${process.execPath}" "${cliPath}" a.txt --json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
		{cwd: scratch, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}},
	);
	t.is(result.stdout, '0\n');
	t.is(result.stderr, '');
});
