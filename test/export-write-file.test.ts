import {chmod, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {ExportError} from '../source/export/export-error.ts';
import {writeFileSafely} from '../source/export/write-file.ts';

async function temporaryDirectory(): Promise<string> {
	return mkdtemp(path.join(tmpdir(), 'newsdash-write-'));
}

test('writes a new file and leaves no temporary file behind', async t => {
	const directory = await temporaryDirectory();
	const target = path.join(directory, 'report.md');
	await writeFileSafely(target, '# Findings\n');
	t.is(await readFile(target, 'utf8'), '# Findings\n');
	t.deepEqual(await readdir(directory), ['report.md']);
});

test('refuses to replace an existing file without force, and keeps its content', async t => {
	const directory = await temporaryDirectory();
	const target = path.join(directory, 'report.md');
	await writeFile(target, 'precious');
	const error = await t.throwsAsync(writeFileSafely(target, 'new'), {instanceOf: ExportError});
	t.is(error?.message, `${target} exists; use --force to overwrite`);
	t.is(error?.reason, 'exists');
	t.is(await readFile(target, 'utf8'), 'precious');
	t.deepEqual(await readdir(directory), ['report.md']);
});

test('replaces an existing file with force', async t => {
	const directory = await temporaryDirectory();
	const target = path.join(directory, 'report.md');
	await writeFile(target, 'old');
	await writeFileSafely(target, 'new', {force: true});
	t.is(await readFile(target, 'utf8'), 'new');
	t.deepEqual(await readdir(directory), ['report.md']);
});

test('an existing file is never seen half-written: the target keeps its old content until the rename', async t => {
	const directory = await temporaryDirectory();
	const target = path.join(directory, 'big.txt');
	await writeFile(target, 'old');
	const big = 'x'.repeat(8 * 1024 * 1024);
	const writing = writeFileSafely(target, big, {force: true});
	// While the write is in flight the target is either wholly old or wholly new.
	const during = await readFile(target, 'utf8');
	t.true(during === 'old' || during === big);
	await writing;
	t.is((await readFile(target, 'utf8')).length, big.length);
});

test('a missing directory is a one-line error naming it', async t => {
	const directory = await temporaryDirectory();
	const target = path.join(directory, 'no', 'such', 'report.md');
	const error = await t.throwsAsync(writeFileSafely(target, 'x'), {instanceOf: ExportError});
	t.is(error?.message, `cannot write ${target}: directory ${path.dirname(target)} does not exist`);
});

test('a directory given as the file is a one-line error', async t => {
	const directory = await temporaryDirectory();
	const error = await t.throwsAsync(writeFileSafely(directory, 'x', {force: true}), {instanceOf: ExportError});
	t.is(error?.message, `${directory} is a directory; give a file name`);
});

test('a file used as a directory is a one-line error', async t => {
	const directory = await temporaryDirectory();
	await writeFile(path.join(directory, 'plain'), '');
	const target = path.join(directory, 'plain', 'report.md');
	const error = await t.throwsAsync(writeFileSafely(target, 'x'), {instanceOf: ExportError});
	t.regex(error?.message ?? '', /^cannot write .*report\.md: .* is not a directory$/);
});

test('a directory the user may not write to is a one-line permission error', async t => {
	// Root writes anywhere a mode allows; sysfs refuses new files to everyone, so it stands in when tests run as root.
	const asRoot = process.getuid?.() === 0;
	const directory = asRoot ? '/sys' : await temporaryDirectory();
	if (!asRoot) {
		await chmod(directory, 0o555);
	}

	const target = path.join(directory, 'report.md');
	const error = await t.throwsAsync(writeFileSafely(target, 'x'), {instanceOf: ExportError});
	t.is(error?.message, `cannot write ${target}: permission denied`);
	if (!asRoot) {
		await chmod(directory, 0o755);
	}
});

test('two writers racing for the same new name: exactly one wins, the other is told the file exists', async t => {
	const directory = await temporaryDirectory();
	const target = path.join(directory, 'report.md');
	const results = await Promise.allSettled(['first', 'second'].map(async text => writeFileSafely(target, text)));
	t.is(results.filter(result => result.status === 'fulfilled').length, 1);
	const failure = results.find(result => result.status === 'rejected');
	t.true(failure?.status === 'rejected' && failure.reason instanceof ExportError && failure.reason.reason === 'exists');
	t.true(['first', 'second'].includes(await readFile(target, 'utf8')));
	t.deepEqual(await readdir(directory), ['report.md']);
});
