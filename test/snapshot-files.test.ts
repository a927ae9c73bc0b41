import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {PNG} from 'pngjs';
import {ExportError} from '../source/export/export-error.ts';
import {snapshotPaths} from '../source/export/snapshot-paths.ts';
import {plainFrame, writeSnapshots} from '../source/export/snapshot.ts';
import {sampleReport} from './helpers/sample-report.ts';

const defaults = {cols: 100, rows: 30, theme: 'dark', force: false, frame: true} as const;

async function temporaryDirectory(): Promise<string> {
	return mkdtemp(path.join(tmpdir(), 'newsdash-snap-'));
}

test('all panes into a directory: one file per pane, named after the pane', t => {
	t.deepEqual(snapshotPaths('shots/', ['counts', 'quotes', 'timeline', 'totals'], 'png'), [
		path.join('shots', 'counts.png'),
		path.join('shots', 'quotes.png'),
		path.join('shots', 'timeline.png'),
		path.join('shots', 'totals.png'),
	]);
});

test('all panes into a file name: the pane goes in before the extension', t => {
	t.deepEqual(snapshotPaths('out/report.svg', ['counts', 'totals'], 'svg'), [
		'out/report-counts.svg',
		'out/report-totals.svg',
	]);
	t.deepEqual(snapshotPaths('report', ['counts', 'quotes'], 'txt'), ['report-counts.txt', 'report-quotes.txt']);
});

test('one pane into a file name: exactly that file', t => {
	t.deepEqual(snapshotPaths('out/arrests.png', ['counts'], 'png'), ['out/arrests.png']);
});

test('an existing directory without a slash still gets one file per pane', async t => {
	const directory = await temporaryDirectory();
	t.deepEqual(snapshotPaths(directory, ['quotes'], 'txt'), [path.join(directory, 'quotes.txt')]);
});

test('writes every pane as text and returns the paths', async t => {
	const directory = await temporaryDirectory();
	const written = await writeSnapshots(sampleReport, {...defaults, pane: 'all', format: 'txt', output: directory});
	t.deepEqual(
		written.map(file => path.basename(file)),
		['counts.txt', 'quotes.txt', 'timeline.txt', 'totals.txt'],
	);
	const counts = await readFile(written[0]!, 'utf8');
	// The sample's first breakdown: four schools, Northside first.
	t.true(counts.includes('Northside'));
	t.true(counts.includes('1 Schools'));
	t.false(counts.includes('\u001B['));
	t.is(counts.split('\n').length, 31);
});

test('the ansi format keeps the colour codes', async t => {
	const directory = await temporaryDirectory();
	const [file] = await writeSnapshots(sampleReport, {
		...defaults,
		pane: 'totals',
		format: 'ansi',
		output: path.join(directory, 'totals.ansi'),
	});
	const ansi = await readFile(file!, 'utf8');
	t.true(ansi.includes('\u001B['));
	t.is(plainFrame(ansi.slice(0, -1)), await plainOf('totals'));
});

async function plainOf(pane: 'totals'): Promise<string> {
	const directory = await temporaryDirectory();
	const [file] = await writeSnapshots(sampleReport, {
		...defaults,
		pane,
		format: 'txt',
		output: path.join(directory, 'x.txt'),
	});
	return readFile(file!, 'utf8');
}

test('a PNG snapshot is the SVG drawn at twice its size', async t => {
	const directory = await temporaryDirectory();
	const [svgFile] = await writeSnapshots(sampleReport, {
		...defaults,
		pane: 'counts',
		format: 'svg',
		output: path.join(directory, 'c.svg'),
	});
	const [pngFile] = await writeSnapshots(sampleReport, {
		...defaults,
		pane: 'counts',
		format: 'png',
		output: path.join(directory, 'c.png'),
	});
	const svg = await readFile(svgFile!, 'utf8');
	const match = /width="(\d+)" height="(\d+)"/.exec(svg);
	const png = PNG.sync.read(await readFile(pngFile!));
	t.is(png.width, 2 * Number(match?.[1]));
	t.is(png.height, 2 * Number(match?.[2]));
});

test('nothing is written when any target exists, and the error names it', async t => {
	const directory = await temporaryDirectory();
	await writeFile(path.join(directory, 'timeline.txt'), 'mine');
	const error = await t.throwsAsync(
		writeSnapshots(sampleReport, {...defaults, pane: 'all', format: 'txt', output: directory}),
		{instanceOf: ExportError},
	);
	t.is(error?.message, `${path.join(directory, 'timeline.txt')} exists; use --force to overwrite`);
	t.deepEqual(await readdir(directory), ['timeline.txt']);
	t.is(await readFile(path.join(directory, 'timeline.txt'), 'utf8'), 'mine');
});

test('force replaces existing snapshots', async t => {
	const directory = await temporaryDirectory();
	await writeFile(path.join(directory, 'timeline.txt'), 'mine');
	await writeSnapshots(sampleReport, {...defaults, pane: 'all', format: 'txt', output: directory, force: true});
	t.true((await readFile(path.join(directory, 'timeline.txt'), 'utf8')).includes('Timeline'));
});

test('a missing directory for the files is a one-line error', async t => {
	const directory = await temporaryDirectory();
	const output = path.join(directory, 'missing', 'shots');
	const error = await t.throwsAsync(writeSnapshots(sampleReport, {...defaults, pane: 'all', format: 'png', output}), {
		instanceOf: ExportError,
	});
	t.regex(error?.message ?? '', /^cannot write .*shots-counts\.png: directory .* does not exist$/);
});

test('an output ending with a slash is a directory, created with its parents when missing', async t => {
	const directory = await temporaryDirectory();
	const output = path.join(directory, 'missing', 'shots') + '/';
	const written = await writeSnapshots(sampleReport, {...defaults, pane: 'all', format: 'txt', output});
	t.deepEqual(
		written,
		['counts', 'quotes', 'timeline', 'totals'].map(pane => path.join(output, `${pane}.txt`)),
	);
});

test('the same report gives byte-identical snapshots in every format', async t => {
	for (const format of ['txt', 'ansi', 'svg', 'png'] as const) {
		const first = await temporaryDirectory();
		const second = await temporaryDirectory();
		const [a] = await writeSnapshots(sampleReport, {...defaults, pane: 'quotes', format, output: first + '/'});
		const [b] = await writeSnapshots(sampleReport, {...defaults, pane: 'quotes', format, output: second + '/'});
		t.deepEqual(await readFile(a!), await readFile(b!), format);
	}
});
