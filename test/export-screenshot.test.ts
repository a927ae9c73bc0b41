import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {XMLValidator} from 'fast-xml-parser';
import {PNG} from 'pngjs';
import {saveScreenshot} from '../source/export/screenshot.ts';

const screen = {
	ansi: '\u001B[1mnewsdash\u001B[22m · Quotes\n┌────┐\n│ ok │\n└────┘',
	cols: 40,
	rows: 6,
	pane: 'quotes',
} as const;

test('Ctrl-S saves the screen as newsdash-<pane>.png and .svg', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'newsdash-shot-'));
	const written = await saveScreenshot(screen, directory);
	t.deepEqual(written, [path.join(directory, 'newsdash-quotes.png'), path.join(directory, 'newsdash-quotes.svg')]);
	const svg = await readFile(written[1]!, 'utf8');
	t.is(XMLValidator.validate(svg), true);
	t.true(svg.includes('<title>newsdash · quotes</title>'));
	const png = PNG.sync.read(await readFile(written[0]!));
	t.true(png.width > 0);
});

test('a second Ctrl-S never overwrites: the pair gets the next free number', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'newsdash-shot-'));
	await saveScreenshot(screen, directory);
	// Someone else's file holds the -2 SVG name: the pair moves on to -3 together.
	await writeFile(path.join(directory, 'newsdash-quotes-2.svg'), 'mine');
	const third = await saveScreenshot(screen, directory);
	t.deepEqual(third, [path.join(directory, 'newsdash-quotes-3.png'), path.join(directory, 'newsdash-quotes-3.svg')]);
	t.is(await readFile(path.join(directory, 'newsdash-quotes-2.svg'), 'utf8'), 'mine');
	t.deepEqual((await readdir(directory)).sort(), [
		'newsdash-quotes-2.svg',
		'newsdash-quotes-3.png',
		'newsdash-quotes-3.svg',
		'newsdash-quotes.png',
		'newsdash-quotes.svg',
	]);
});

test('screenshots taken at the same moment all land under different names', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'newsdash-shot-'));
	const results = await Promise.all([1, 2, 3].map(async () => saveScreenshot(screen, directory)));
	const names = results.flat().map(file => path.basename(file));
	t.is(new Set(names).size, 6);
	t.is((await readdir(directory)).length, 6);
});
