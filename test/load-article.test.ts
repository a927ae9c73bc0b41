import {chmodSync, mkdtempSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {LoadError} from '../source/article/load-error.ts';
import {loadArticle, MAX_ARTICLE_BYTES, validatePublished} from '../source/article/load.ts';

const folder = mkdtempSync(join(tmpdir(), 'newsdash-load-'));
test.after.always(() => {
	rmSync(folder, {recursive: true, force: true});
});

function file(name: string, content: string | Uint8Array): string {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
}

function loadError(t: ExecutionContext, path: string, options = {}): string {
	const error = t.throws(() => loadArticle(path, options), {instanceOf: LoadError});
	t.false(error.message.includes('\n'), 'the message is one line');
	return error.message;
}

test('a missing file says so in one plain line', t => {
	const path = join(folder, 'nope.txt');
	t.is(loadError(t, path), `cannot read ${JSON.stringify(path)}: no such file`);
});

test('a folder is refused', t => {
	t.is(loadError(t, folder), `cannot read ${JSON.stringify(folder)}: it is a folder, not a file`);
});

test('an empty file is refused', t => {
	const path = file('empty.txt', '');
	t.is(loadError(t, path), `cannot read ${JSON.stringify(path)}: the file is empty`);
});

test('a whitespace-only file is refused', t => {
	const path = file('blank.txt', ' \n\t\r\n  \n');
	t.is(loadError(t, path), `cannot read ${JSON.stringify(path)}: the file holds only blank space`);
});

test('front matter with no article after it is refused', t => {
	const path = file('only-front.txt', '---\ntitle: X\n---\n\n');
	t.regex(loadError(t, path), /no article text after the front matter$/);
});

test('a PDF is refused by name', t => {
	const path = file('report.pdf', '%PDF-1.4\n%âãÏÓ\n');
	t.is(loadError(t, path), `cannot read ${JSON.stringify(path)}: it looks like a PDF, not a text article`);
});

test('a PNG is refused by name', t => {
	const path = file('chart.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
	t.regex(loadError(t, path), /looks like a PNG image, not a text article$/);
});

test('a binary file with NUL bytes is refused', t => {
	const path = file('blob.bin', new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x02]));
	t.regex(loadError(t, path), /NUL byte at byte 2/);
});

test('invalid UTF-8 names the byte offset', t => {
	// "Hello " is 6 bytes, then a lone Windows-1252 right quote 0x94.
	const path = file('latin1.txt', new Uint8Array([...Buffer.from('Hello '), 0x94, 0x0a]));
	t.regex(loadError(t, path), /: invalid UTF-8 at byte 6\b/);
});

test('a file over the size limit is refused before reading', t => {
	const path = file('huge.txt', '');
	truncateSync(path, MAX_ARTICLE_BYTES + 1);
	t.is(MAX_ARTICLE_BYTES, 16 * 1024 * 1024);
	t.is(loadError(t, path), `cannot read ${JSON.stringify(path)}: it is 16.0 MB, over the 16 MB limit for an article`);
});

test('a lower limit can be passed in', t => {
	const path = file('small.txt', 'x'.repeat(2048));
	t.regex(loadError(t, path, {maxBytes: 1024}), /it is 2 KB, over the 1 KB limit for an article$/);
});

const root = process.getuid?.() === 0;
(root ? test.skip : test)('an unreadable file says permission denied', t => {
	const path = file('secret.txt', 'Secret article.');
	chmodSync(path, 0o000);
	t.is(loadError(t, path), `cannot read ${JSON.stringify(path)}: permission denied`);
});

test('a control character in the file name is escaped in the message', t => {
	const path = join(folder, 'bad\u001b[31mname.txt');
	t.false(loadError(t, path).includes('\u001b'));
});

test('a UTF-16 LE file with a byte-order mark loads', t => {
	const text = 'Headline\n\nIt rained. Then it stopped.';
	const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
	const article = loadArticle(file('utf16.txt', bytes));
	t.is(article.body, text);
	t.is(article.title, 'Headline');
	t.is(article.sentences.length, 3);
});

test('a UTF-16 BE file with a byte-order mark loads', t => {
	const le = Buffer.from('Héllo.', 'utf16le');
	const be = Buffer.alloc(le.length);
	for (let index = 0; index < le.length; index += 2) {
		be[index] = le[index + 1]!;
		be[index + 1] = le[index]!;
	}

	t.is(loadArticle(file('utf16be.txt', new Uint8Array([0xfe, 0xff, ...be]))).body, 'Héllo.');
});

test('a UTF-8 byte-order mark is not part of the body', t => {
	const article = loadArticle(file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Title\n\nText.')])));
	t.is(article.body, 'Title\n\nText.');
	t.is(article.title, 'Title');
});

test('the path and a --published override reach the article', t => {
	const path = file('dated.txt', '---\npublished: 2017-09-30\n---\nTitle\n\nText.');
	const article = loadArticle(path, {published: '2020-01-02'});
	t.is(article.path, path);
	t.is(article.published, '2020-01-02');
	t.is(loadArticle(path).published, '2017-09-30');
});

test('--published accepts a real YYYY-MM-DD date', t => {
	t.is(validatePublished('2017-09-30'), '2017-09-30');
	t.is(validatePublished('2016-02-29'), '2016-02-29');
});

test('--published refuses other forms and impossible dates with a plain message', t => {
	t.is(
		t.throws(() => validatePublished('30/09/2017'), {instanceOf: LoadError}).message,
		'--published must be a date written YYYY-MM-DD, like 2017-09-30 (got "30/09/2017")',
	);
	t.is(
		t.throws(() => validatePublished('2017-02-29'), {instanceOf: LoadError}).message,
		'--published 2017-02-29 is not a real date',
	);
	t.is(
		t.throws(() => validatePublished('2017-13-01'), {instanceOf: LoadError}).message,
		'--published 2017-13-01 is not a real date',
	);
	t.throws(() => validatePublished('2017-9-30'), {instanceOf: LoadError});
	t.throws(() => validatePublished(''), {instanceOf: LoadError});
});
