// Ctrl-S in the real dashboard: the built CLI in a pseudo-terminal, run in an empty directory, must leave a PNG and an
// SVG of the screen there, and never overwrite them on a second press.
import {mkdtemp, readdir, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {XMLValidator} from 'fast-xml-parser';
import {PNG} from 'pngjs';
import {keys, patience, projectRoot, spawnCli} from './helpers/pty.ts';

const seed = path.join(projectRoot, 'seeds', 'ice-raids-sanctuary-cities.txt');

async function filesIn(directory: string): Promise<string[]> {
	return (await readdir(directory)).filter(name => !name.startsWith('.')).sort();
}

test('Ctrl-S saves newsdash-<pane>.png and .svg in the working directory, numbering later presses', async t => {
	const cwd = await mkdtemp(path.join(tmpdir(), 'newsdash-e2e-'));
	const session = spawnCli([seed], {cols: 100, rows: 30, cwd});
	try {
		await session.waitForText('Los Angeles County');
		let names: string[] = [];
		const poll = async (expected: number): Promise<void> => {
			const deadline = Date.now() + patience;
			while (names.length < expected && Date.now() < deadline) {
				names = await filesIn(cwd);
				await new Promise(resolve => {
					setTimeout(resolve, 50);
				});
			}
		};

		session.press(keys.ctrlS);
		await poll(2);
		t.deepEqual(names, ['newsdash-counts.png', 'newsdash-counts.svg']);
		await session.waitForText('saved');

		session.press(keys.ctrlS);
		await poll(4);
		t.deepEqual(names, [
			'newsdash-counts-2.png',
			'newsdash-counts-2.svg',
			'newsdash-counts.png',
			'newsdash-counts.svg',
		]);

		session.press('2');
		await session.waitForText('Thomas Homan');
		session.press(keys.ctrlS);
		await poll(6);
		t.true(names.includes('newsdash-quotes.png') && names.includes('newsdash-quotes.svg'));

		// The picture is the pane that was showing, for a report: the counts table, its words as real text, the window
		// titled with the pane and the headline, no row selected.
		const svg = await readFile(path.join(cwd, 'newsdash-counts.svg'), 'utf8');
		t.is(XMLValidator.validate(svg), true);
		t.true(svg.includes('Los Angeles County'));
		t.true(svg.includes('<title>newsdash · 1 Arrests · ICE arrests nearly 500 immigrants in raids on'));
		t.false(svg.includes('›'));
		const size = /width="(\d+)" height="(\d+)"/.exec(svg);
		const png = PNG.sync.read(await readFile(path.join(cwd, 'newsdash-counts.png')));
		t.is(png.width, 2 * Number(size?.[1]));
		t.is(png.height, 2 * Number(size?.[2]));
		const quotes = await readFile(path.join(cwd, 'newsdash-quotes.svg'), 'utf8');
		t.true(quotes.includes('Thomas Homan'));

		session.press('q');
		t.is((await session.exited).exitCode, 0);
	} finally {
		await session.close();
	}
});
