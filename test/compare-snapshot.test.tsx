import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import chalk from 'chalk';
import {renderToString} from 'ink';
import {render} from 'ink-testing-library';
import {PNG} from 'pngjs';
import stripAnsi from 'strip-ansi';
import {compareReports} from '../source/compare/compare.ts';
import type {Report} from '../source/extract/types.ts';
import {compareSnapshotPages} from '../source/export/compare-snapshot.ts';
import {plainFrame} from '../source/export/snapshot.ts';
import {CompareScreen} from '../source/ui/compare-screen.tsx';
import {initialCompareView} from '../source/ui/compare-view-state.ts';
import type {SnapshotHandler} from '../source/ui/dashboard.tsx';
import {MultiDashboard} from '../source/ui/multi-dashboard.tsx';
import {renderComparePicture} from '../source/ui/render-compare.tsx';
import {getTheme} from '../source/ui/theme.ts';
import {makeReport} from './helpers/compare-reports.ts';
import {agency, courier, post, sampleCompare, sampleReports} from './helpers/compare-sample.ts';
import {keys} from './helpers/keys.ts';
import {runCli} from './helpers/run-cli.ts';
import {waitFor} from './helpers/wait-for.ts';

// Pictures of the Compare pane (Ctrl-S, `snapshot A B C`): the whole pane, no row selected, no key hints, the footer
// naming the pane and the articles, in every format an article's pane is written in.

const options = {format: 'txt', cols: 80, rows: 16, theme: 'dark', frame: true} as const;

test('a txt picture holds every row of the pane, none selected, no key hints, captioned with pane and articles', async t => {
	const [page, ...more] = await compareSnapshotPages(sampleCompare(), sampleReports, options);
	t.is(more.length, 0);
	const lines = String(page).split('\n');
	// The sample's last row (the post's quotation) is in the picture: no "↓ N more", though 16 rows were asked.
	t.true(lines.some(line => line.includes('Fenwick Post: same words · said by Mayor Dale Brook')));
	t.false(lines.some(line => /[↓↑] \d+ more/.test(line)));
	t.false(
		lines.some(line => line.includes('›')),
		'no selection marker',
	);
	t.false(
		lines.some(line => line.includes('•')),
		'no focused column',
	);
	t.false(
		lines.some(line => /q quit|\? help|⏎ evidence/.test(line)),
		'no key hints',
	);
	t.is(lines.at(-3), ' 5 Compare ✗5 · River Authority (source), Valley Courier, Fenwick Post');
	t.true(lines[0]!.startsWith(' newsdash · 3 articles · '), lines[0]);
	// Header, tabs, the pane's 22 lines between its borders, the caption, the free last row and the final newline.
	t.is(lines.length, 2 + 1 + 22 + 1 + 1 + 1 + 1);
});

test('a picture keeps the filter and sort that shaped the rows and says them, with the selection left out', t => {
	const view = {...initialCompareView, selected: 0, filter: 'w', sort: {column: {by: 'name'}, reversed: true}} as const;
	const [page] = renderComparePicture(sampleCompare(), sampleReports, {cols: 80, rows: 16, color: false, view});
	const text = plainFrame(page!.ansi);
	t.regex(text, / 5 Compare ✗5 · River Authority \(source\), Valley Courier, Fenwic… +name ▼ · “w”\n/);
	t.false(text.includes('›'));
	// By name, reversed: St. Oswin, Lowmoor County, Fenwick (each shows a "w"); Ashby shows none.
	const order = ['St. Oswin  ', 'Lowmoor County', 'Fenwick  '].map(name => text.indexOf(name));
	t.true(order.every(index => index > 0) && order[0]! < order[1]! && order[1]! < order[2]!, String(order));
	t.false(text.includes('✗ Ashby'));
});

test('in colour, the live screen shows its selection inverse and the picture does not', t => {
	const compare = sampleCompare();
	const [page] = renderComparePicture(compare, sampleReports, {cols: 80, rows: 24, color: true});
	t.true(page!.ansi.includes('\u001B[3'), 'the picture has colour');
	// The pane's rows, between its borders (the tab bar's Compare tab is inverse in both, as the pane shown).
	const body = page!.ansi.split('\n').slice(3, page!.rows - 3);
	t.false(
		body.some(line => line.includes('\u001B[7m')),
		'no inverse row',
	);
	// The same pane live, drawn off-screen with colour on, for the inverse to be worth looking for.
	const previous = chalk.level;
	chalk.level = 3;
	try {
		const live = renderToString(
			<CompareScreen
				compare={compare}
				reports={sampleReports}
				focus={0}
				label="1/3"
				view={initialCompareView}
				cols={80}
				rows={24}
				theme={getTheme('dark')}
			/>,
			{columns: 80},
		);
		const liveBody = live.split('\n').slice(3, 21);
		t.true(
			liveBody.some(line => line.includes('\u001B[7m')),
			'the live selection is inverse',
		);
	} finally {
		chalk.level = previous;
	}
});

test('svg and png pictures carry the pane and the articles in the window title', async t => {
	const [svg] = await compareSnapshotPages(sampleCompare(), sampleReports, {...options, format: 'svg'});
	t.true(String(svg).includes('newsdash · 5 Compare ✗5 · 3 articles: River Authority'));
	const [png] = await compareSnapshotPages(sampleCompare(), sampleReports, {...options, format: 'png'});
	const image = PNG.sync.read(png as Buffer);
	const width = Number(/<svg [^>]*width="(\d+)"/.exec(String(svg))?.[1]);
	t.is(image.width, width * 2);
	const [ansi] = await compareSnapshotPages(sampleCompare(), sampleReports, {...options, format: 'ansi'});
	t.true(String(ansi).endsWith('\n'));
});

test('a pane longer than the tallest picture is split into pages, every row on exactly one', async t => {
	const items = Array.from({length: 260}, (_, index) => [`Place ${index + 1}`, index + 1] as const);
	const a = makeReport({source: 'A Wire', lists: [{measure: 'votes', items}]});
	const b = makeReport({source: 'B Post', lists: [{measure: 'votes', items}]});
	const compare = compareReports([
		{label: 'A Wire', report: a, primary: false},
		{label: 'B Post', report: b, primary: false},
	]);
	const pages = (await compareSnapshotPages(compare, [a, b], options)).map(String);
	t.is(pages.length, 2);
	t.true(pages.every(page => page.split('\n').length <= 201));
	t.regex(pages[1]!, /page 2 of 2\s*\n/);
	for (const place of ['Place 1 ', 'Place 130 ', 'Place 260 ']) {
		t.is(pages.filter(page => page.includes(place)).length, 1, place);
	}
});

test('an escape sequence in an outlet name never reaches an ansi picture raw', async t => {
	const hostile: Report = {...post, article: {...post.article, source: 'Evil\u001B]0;owned\u0007\u001B[2J Wire'}};
	const reports = [agency, courier, hostile];
	const compare = compareReports(
		reports.map((report, index) => ({label: report.article.source ?? '', report, primary: index === 0})),
	);
	const [ansi] = await compareSnapshotPages(compare, reports, {...options, format: 'ansi'});
	t.false(String(ansi).includes('\u001B]'), 'no OSC');
	t.false(String(ansi).includes('\u001B[2J'), 'no screen clear');
	t.true(String(ansi).includes('Evil'));
});

test.serial(
	'Ctrl-S on the Compare pane hands over the whole pane as a picture, and the footer says what was saved',
	async t => {
		const saved: Array<Parameters<SnapshotHandler>[0]> = [];
		const app = render(
			<MultiDashboard
				reports={sampleReports}
				compare={sampleCompare()}
				cols={80}
				rows={24}
				initialPane="counts"
				theme="mono"
				startOnCompare
				onQuit={() => undefined}
				onSnapshot={async screen => {
					saved.push(screen);
					return 'saved newsdash-compare.png';
				}}
			/>,
		);
		const frame = (): string => app.lastFrame() ?? '';
		await waitFor(() => frame().includes('Compare · 3 articles'), 10_000, 'the first frame');
		// j and Ctrl-S in one write: the picture is of the pane as it is, the selection left out.
		app.stdin.write(`j${keys.ctrlS}`);
		await waitFor(() => frame().includes('saved newsdash-compare.png'), 10_000, 'the message');
		t.is(saved.length, 1);
		const screen = saved[0]!;
		t.is(screen.pane, 'compare');
		t.true(screen.title.startsWith('newsdash · 5 Compare ✗5 · 3 articles: River Authority (source)'), screen.title);
		t.is(screen.pages.length, 1);
		t.true(screen.ansi.includes('Mayor Dale Brook'), 'every row, down to the last');
		t.false(screen.ansi.includes('›'));
		t.true(frame().includes('› ✗ Ashby'), 'the live pane keeps its selection');
		// With the evidence open, the picture is of the evidence.
		app.stdin.write(`${keys.enter}${keys.ctrlS}`);
		await waitFor(() => saved.length === 2, 10_000, 'the second picture');
		t.true(stripAnsi(saved[1]!.ansi).includes('Evidence · Ashby · River Authority'), saved[1]!.ansi);
		app.unmount();
	},
);

const fixture = (name: string): string => path.join(import.meta.dirname, 'fixtures-compare', name);
const outlets = ['tidewater-gazette.txt', 'harbour-herald.txt', 'estuary-daily.txt'].map(fixture);

test('snapshot A B C --source S draws the Compare pane in each format; a one-article pane is refused', async t => {
	const text = await runCli([
		'snapshot',
		...outlets,
		'--source',
		fixture('press-release.txt'),
		'--format',
		'txt',
		'-o',
		'-',
	]);
	t.is(text.code, 0, text.stderr);
	t.true(text.stdout.includes('Compare · 4 articles · 6 ✗ differences · measured against Coastal Wildlife Department'));
	t.regex(text.stdout, / 5 Compare ✗6 · Coastal Wildlife Department \(source\), Tidewater Gazette, /);
	const folder = mkdtempSync(path.join(tmpdir(), 'newsdash-compare-shot-'));
	const png = await runCli(['snapshot', ...outlets, '-o', `${folder}/`]);
	t.is(png.code, 0, png.stderr);
	t.is(png.stdout.trim(), `wrote ${path.join(folder, 'compare.png')}`);
	t.true(PNG.sync.read(readFileSync(path.join(folder, 'compare.png'))).width > 0);
	const wrong = await runCli(['snapshot', ...outlets, '--pane', 'counts', '--format', 'txt', '-o', '-']);
	t.is(wrong.code, 2);
	t.regex(wrong.stderr, /give --pane compare/);
	const one = await runCli(['snapshot', outlets[0]!, '--pane', 'compare', '-o', '-', '--format', 'txt']);
	t.is(one.code, 2);
	t.regex(one.stderr, /needs two or more articles/);
});
