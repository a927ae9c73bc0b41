// The report and the findings written in pieces are the same text as written whole, to the byte.
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import test from 'ava';
import fc from 'fast-check';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import {exportFindings, findingsChunks} from '../source/export/findings.ts';
import {jsonChunks} from '../source/export/json-chunks.ts';
import {writeChunks} from '../source/export/write-chunks.ts';
import {writeFileSafely} from '../source/export/write-file.ts';

const joined = (chunks: Iterable<string>): string => [...chunks].join('');

test('JSON in pieces is JSON.stringify with two-space indents, for any JSON value', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(
				fc.jsonValue({maxDepth: 4}),
				value => joined(jsonChunks(value)) === JSON.stringify(value, null, 2) + '\n',
			),
			{numRuns: 2000},
		);
	});
});

test('long arrays and objects are written member by member, and what JSON leaves out stays out', t => {
	const value = {
		list: Array.from({length: 200}, (_, index) => (index % 7 === 0 ? undefined : {index, nested: [index, 'a\nb']})),
		skipped: undefined,
		many: Object.fromEntries(
			Array.from({length: 70}, (_, index) => [`k${index}`, index % 5 === 0 ? undefined : index]),
		),
		empty: {},
		emptyList: [],
	};
	const chunks = [...jsonChunks(value)];
	t.is(chunks.join(''), JSON.stringify(value, null, 2) + '\n');
	t.true(chunks.length > 200);
	t.true(Math.max(...chunks.map(chunk => chunk.length)) < 200);
});

test("a long article's report and findings in pieces are the whole text, and no piece is most of it", t => {
	const rows = Array.from({length: 3000}, (_, index) => `Place ${index} (${(index % 40) + 1}), `).join('');
	const text = `Tally\n\nArrests by place: ${rows}all in one week. “We are done,” said Ava Lee 😀.\n`;
	const report = buildReport(parseArticle(text, {published: '2020-01-02'}));
	for (const format of ['json', 'md', 'csv'] as const) {
		const chunks = [...findingsChunks(report, format)];
		const whole = exportFindings(report, format);
		t.is(chunks.join(''), whole, format);
		// The body is one string of the report: the one piece as long as the article (with the article's few fields).
		const longest = format === 'json' ? JSON.stringify(report.article.body).length + 4096 : 64 * 1024;
		t.true(Math.max(...chunks.map(chunk => chunk.length)) <= longest, format);
	}
});

test('a slice of Markdown never ends between the halves of a surrogate pair', t => {
	// The file name is written in the Markdown's header whole: 80,000 code units of surrogate pairs.
	const report = buildReport(parseArticle('Smiles\n\nNothing here.\n', {path: `${'😀'.repeat(40_000)}.txt`}));
	const chunks = [...findingsChunks(report, 'md')];
	t.true(chunks.length > 1);
	for (const chunk of chunks) {
		t.false(/[\uD800-\uDBFF]$/.test(chunk));
	}

	t.is(Buffer.from(chunks.join('')).toString(), exportFindings(report, 'md'));
});

test('writeChunks writes every piece in order through a stream that pushes back', async t => {
	const stream = new PassThrough({highWaterMark: 16});
	let received = '';
	stream.setEncoding('utf8').on('data', (data: string) => (received += data));
	const pieces = Array.from({length: 5000}, (_, index) => `${index},`);
	await writeChunks(stream, pieces);
	stream.end();
	await new Promise(resolve => stream.on('end', resolve));
	t.is(received, pieces.join(''));
});

test('writeChunks rejects when the stream fails instead of waiting for ever', async t => {
	const stream = new PassThrough({highWaterMark: 1});
	const writing = writeChunks(stream, ['x'.repeat(70_000), 'y'.repeat(70_000)]);
	stream.destroy(new Error('no space left on device'));
	await t.throwsAsync(writing, {message: 'no space left on device'});
});

test('writeFileSafely takes pieces too', async t => {
	const target = join(mkdtempSync(join(tmpdir(), 'newsdash-chunks-')), 'out.json');
	await writeFileSafely(target, jsonChunks({a: Array.from({length: 100}, (_, index) => index)}));
	t.deepEqual(JSON.parse(readFileSync(target, 'utf8')), {a: Array.from({length: 100}, (_, index) => index)});
});
