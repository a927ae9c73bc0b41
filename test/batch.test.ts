// Many articles in one run, spawned as a user runs it: a folder (files good, bad and binary), JSON Lines in and out,
// the --jsonl filter under GNU parallel, export over a folder, and Ctrl-C mid-batch. Nothing here depends on timing.
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import test from 'ava';
import {cliPath, runCli as run} from './helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'newsdash-batch-'));

function write(path: string, content: string | Uint8Array): string {
	mkdirSync(join(path, '..'), {recursive: true});
	writeFileSync(path, content);
	return path;
}

/** A short article of our own with a list that adds up, a quotation and a date, titled `title`. */
function article(title: string, places: readonly [string, number][]): string {
	const total = places.reduce((sum, [, count]) => sum + count, 0);
	const list = places.map(([place, count]) => `${place} (${count})`).join(', ');
	return [
		'---',
		`title: ${title}`,
		'published: 2022-05-06',
		'---',
		'',
		`Volunteers planted ${total} trees on Tuesday: ${list}.`,
		'',
		`“We will be back next spring,” said Mara Ilves, the group's organiser.`,
		'',
	].join('\n');
}

type Line = {path?: string; id?: unknown; line?: number; error?: string; article?: {title: string; published: string}};

function lines(stdout: string): Line[] {
	return stdout
		.split('\n')
		.filter(line => line !== '')
		.map(line => JSON.parse(line) as Line);
}

// The folder: three good articles (text, Markdown in a sub-folder, a saved web page), three bad ones (empty, invalid
// UTF-8, NUL bytes) and files a folder search must pass over (an image, a hidden file, the page's _files folder, a
// link to a folder that loops).
const corpus = join(scratch, 'corpus');
const good = {
	a: write(
		join(corpus, 'a-river.txt'),
		article('Trees along the river', [
			['Northbank', 12],
			['Southbank', 8],
		]),
	),
	b: write(
		join(corpus, 'sub', 'b-hills.md'),
		article('Trees on the hills', [
			['Eastridge', 30],
			['Westridge', 5],
		]),
	),
	page: write(
		join(corpus, 'c-page.html'),
		`<!doctype html><html><head><title>Trees in the park</title><meta property="article:published_time" content="2022-05-07"></head><body><nav>Home · News</nav><article><h1>Trees in the park</h1><p>Volunteers planted 9 trees in the park on Monday, a spokesman said, and promised more in the autumn when the ground is soft again after the dry summer months.</p><p>The group has planted trees in the town every year since it was founded by three neighbours who wanted shade on their street.</p></article></body></html>`,
	),
};
const bad = {
	empty: write(join(corpus, 'd-empty.txt'), ''),
	latin: write(join(corpus, 'e-latin.txt'), new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73])),
	binary: write(join(corpus, 'f-binary.txt'), new Uint8Array([0x4e, 0x44, 0x00, 0x00, 0x01, 0x02])),
};
write(join(corpus, 'g-photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
write(join(corpus, '.hidden.txt'), article('Hidden', [['Nowhere', 1]]));
write(join(corpus, 'c-page_files', 'frame.html'), '<html><body><p>An advert frame, not an article.</p></body></html>');
symlinkSync('.', join(corpus, 'sub', 'loop'));

test('a folder gives every good report and one error record per bad file, in file-name order', async t => {
	const result = await run(['--json', corpus, '--jobs', '2']);
	t.is(result.code, 1, result.stderr);
	const records = lines(result.stdout);
	t.deepEqual(
		records.map(record => record.path),
		[good.a, good.page, bad.empty, bad.latin, bad.binary, good.b],
	);
	t.deepEqual(
		records.filter(record => record.error === undefined).map(record => record.article?.title),
		['Trees along the river', 'Trees in the park', 'Trees on the hills'],
	);
	const errors = records.filter(record => record.error !== undefined);
	t.is(errors.length, 3);
	t.regex(errors[0]!.error!, /the file is empty$/);
	t.regex(errors[1]!.error!, /invalid UTF-8 at byte 3/);
	t.regex(errors[2]!.error!, /NUL byte/);
	// stderr: one line per bad file, then the count; no progress line, as stderr is no terminal.
	const stderr = result.stderr.split('\n').filter(line => line !== '');
	t.is(stderr.length, 4, result.stderr);
	t.true(stderr.slice(0, 3).every(line => line.startsWith('newsdash: cannot read ')));
	t.is(stderr[3], 'newsdash: 3 of 6 articles failed');
});

test('a report in a batch is the report --json gives for the file alone, with its path first', async t => {
	const [batch, alone] = await Promise.all([run(['--json', good.b, good.a]), run(['--json', good.a])]);
	t.is(batch.code, 0, batch.stderr);
	const [first, second] = batch.stdout.split('\n');
	const {path, ...report} = JSON.parse(first!) as Line;
	t.is(path, good.b);
	t.deepEqual(JSON.parse(second!), {path: good.a, ...(JSON.parse(alone.stdout) as object)});
	t.is((report as Line).article?.title, 'Trees on the hills');
	// One file alone keeps today's output: one pretty-printed report.
	t.true(alone.stdout.startsWith('{\n  "version": 1,'));
});

test('a folder holding no article is a one-line error', async t => {
	const empty = join(scratch, 'nothing-here');
	mkdirSync(empty);
	write(join(empty, 'picture.png'), new Uint8Array([0x89, 0x50]));
	const result = await run(['--json', empty]);
	t.is(result.code, 1);
	t.is(result.stdout, '');
	t.regex(result.stderr, /^newsdash: no articles \(\.txt .+\) found in ".+nothing-here"\n$/);
});

const records = [
	{
		id: 'first',
		text: article('Trees by the school', [
			['Upper field', 4],
			['Lower field', 6],
		]),
	},
	{id: 2, text: 'Plain note\n\nThe garden club met on Friday.', published: '2021-03-04', url: 'https://example.test/n'},
	{id: 'no-text', published: '2021-03-04'},
	{
		id: 'last',
		text: article('Trees by the station', [
			['Platform side', 3],
			['Car park', 7],
		]),
	},
];
const jsonl = [...records.map(record => JSON.stringify(record)), '{not json'].join('\n') + '\n';

test('--jsonl writes a line for every line read, in order, with the same ids', async t => {
	const result = await run(['--jsonl', '--jobs', '3'], jsonl);
	t.is(result.code, 1, result.stderr);
	const out = lines(result.stdout);
	t.deepEqual(
		out.map(line => line.id),
		['first', 2, 'no-text', 'last', null],
	);
	t.is(out[0]!.article?.title, 'Trees by the school');
	t.is(out[1]!.article?.published, '2021-03-04');
	t.is((out[1]!.article as {url?: string}).url, 'https://example.test/n');
	t.deepEqual(out[2], {id: 'no-text', line: 3, error: '"text" must be the article as a non-empty string'});
	t.is(out[3]!.article?.title, 'Trees by the station');
	t.deepEqual(out[4], {id: null, line: 5, error: 'not a JSON object'});
	t.regex(result.stderr, /newsdash: 2 of 5 articles failed\n$/);
});

test('--jsonl answers a line before standard input ends, as a filter in a pipeline must', async t => {
	const child = spawn(process.execPath, [cliPath, '--jsonl'], {stdio: ['pipe', 'pipe', 'pipe']});
	let stdout = '';
	const firstLine = new Promise<void>(resolve => {
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			stdout += chunk;
			if (stdout.includes('\n')) {
				resolve();
			}
		});
	});
	child.stdin.write(JSON.stringify(records[0]) + '\n');
	// Standard input stays open until the first report is out: it came without waiting for more lines.
	await firstLine;
	t.is(lines(stdout)[0]?.id, 'first');
	child.stdin.end(JSON.stringify(records[3]) + '\n');
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	t.is(code, 0);
	t.deepEqual(
		lines(stdout).map(line => line.id),
		['first', 'last'],
	);
});

const hasParallel = spawnSync('parallel', ['--version'], {stdio: 'ignore'}).status === 0;
const withParallel = hasParallel ? test : test.skip;
if (!hasParallel) {
	console.warn(
		'GNU parallel is not installed: the --jsonl under parallel --pipe test is skipped (.ci/run installs it)',
	);
}

withParallel('GNU parallel --pipe across two jobs gives the single-process output', async t => {
	const input = records
		.filter(record => record.text !== undefined)
		.flatMap((record, index) => [0, 1, 2].map(copy => JSON.stringify({...record, id: `${index}-${copy}`})))
		.join('\n');
	const single = await run(['--jsonl'], input + '\n');
	t.is(single.code, 0, single.stderr);
	t.is(lines(single.stdout).length, 9);
	const parallel = spawnSync(
		'parallel',
		['--pipe', '-N2', '--keep-order', '-j2', process.execPath, cliPath, '--jsonl', '--jobs', '1'],
		{input: input + '\n', encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 120_000},
	);
	t.is(parallel.status, 0, parallel.stderr);
	t.is(parallel.stdout, single.stdout);
});

test('export over a folder writes one table with an article column; a bad file has no row', async t => {
	const csv = await run(['export', corpus, '--format', 'csv']);
	t.is(csv.code, 1, csv.stderr);
	const rows = csv.stdout.split('\r\n').filter(row => row !== '');
	t.true(rows[0]!.startsWith('article,table,id,measure,'));
	const articles = new Set(rows.slice(1).map(row => row.slice(0, row.indexOf(','))));
	t.deepEqual([...articles], [good.a, good.page, good.b]);
	const northbank = rows.find(row => row.startsWith(`${good.a},counts,`) && row.includes(',Northbank,'));
	t.truthy(northbank, rows.join('\n'));
	// 12 of the 20 trees.
	t.regex(northbank!, /,Northbank,12,exact,60\.0%,/);
	t.regex(csv.stderr, /newsdash: 3 of 6 articles failed\n$/);

	const output = join(scratch, 'findings.md');
	const md = await run(['export', corpus, '--format', 'md', '-o', output]);
	t.is(md.code, 1, md.stderr);
	t.is(md.stdout, `wrote ${output}\n`);
	const table = readFileSync(output, 'utf8').split('\n');
	t.is(table[2], '| Article | Table | Finding | Evidence |');
	t.true(table.some(row => row.startsWith(`| ${good.b} | counts | Trees: Eastridge 30 `)));
	t.true(table.some(row => row.startsWith(`| ${good.a} | quotes | Mara Ilves: “We will be back next spring,”`)));
});

test('--jobs must be a whole number from 1 up', async t => {
	const result = await run(['--json', corpus, '--jobs', '0']);
	t.is(result.code, 2);
	t.regex(result.stderr, /^newsdash: --jobs must be a whole number from 1 to 256\n/);
});

test('Ctrl-C during a batch stops it with whole lines only', async t => {
	const many = join(scratch, 'many');
	const text = article('Trees everywhere', [
		['North', 1],
		['South', 2],
	]).repeat(40);
	for (let index = 0; index < 300; index++) {
		write(join(many, `${String(index).padStart(3, '0')}.txt`), text);
	}

	const child = spawn(process.execPath, [cliPath, '--json', many, '--jobs', '2'], {stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	let signalled = false;
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
		// Once the first whole line is out, the batch is surely under way.
		if (!signalled && stdout.includes('\n')) {
			signalled = true;
			child.kill('SIGINT');
		}
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	t.true(signalled);
	t.true(stdout.endsWith('\n'));
	const out = lines(stdout);
	t.true(out.every(line => line.path !== undefined && line.error === undefined));
	if (out.length < 300) {
		t.is(code, 130, stderr);
		t.is(stderr, `newsdash: interrupted after ${out.length} ${out.length === 1 ? 'article' : 'articles'}\n`);
	} else {
		t.is(code, 0, stderr);
	}
});
