import {readFileSync, writeFileSync} from 'node:fs';
import test from 'ava';
import {XMLValidator} from 'fast-xml-parser';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import {snapshotOf} from '../source/export/snapshot.ts';
import {paneNames} from '../source/ui/pane-name.ts';

// The seed's panes at the default size, pinned as files. The extraction core and the dashboard still change: when a
// change is intended, regenerate with `UPDATE_GOLDEN=1 npx ava test/snapshot-golden.test.ts` and read the new files
// (the .txt by eye, the .svg in a browser) before committing them.
const seedPath = 'seeds/ice-raids-sanctuary-cities.txt';
const report = buildReport(parseArticle(readFileSync(seedPath, 'utf8'), {path: seedPath}));
const update = process.env['UPDATE_GOLDEN'] === '1';
const size = {cols: 100, rows: 30, theme: 'dark', frame: true} as const;

function golden(name: string, actual: string): string {
	const file = new URL(`golden/${name}`, import.meta.url);
	if (update) {
		writeFileSync(file, actual);
	}

	return readFileSync(file, 'utf8');
}

// Pictures hold the whole pane, at least 30 rows: 6 rows of chrome and the body. Quotes: the title, five quotations
// (5 + 6 + 6 + 5 + 4 lines), the terms heading and eight terms = 36 → 42 rows. Timeline: the title, four year headings
// and eleven entries (1 + 2 + 15 + 2 lines) = 25 → 31 rows. Counts and totals fit in 30.
const rowsOf = {counts: 30, quotes: 42, timeline: 31, totals: 30} as const;

for (const pane of paneNames) {
	test(`the ${pane} pane as text matches test/golden/${pane}.txt`, async t => {
		const text = String(await snapshotOf(report, pane, {...size, format: 'txt'}));
		t.is(text, golden(`${pane}.txt`, text));
		const lines = text.split('\n');
		t.is(lines.length, rowsOf[pane] + 1); // the rows and the final newline
		t.notRegex(text, /[↑↓] \d+ more/);
		t.true(lines.every(line => line === line.trimEnd()));
	});

	test(`the ${pane} pane as SVG matches test/golden/${pane}.svg and is valid XML`, async t => {
		const svg = String(await snapshotOf(report, pane, {...size, format: 'svg'}));
		t.is(XMLValidator.validate(svg), true);
		t.is(svg, golden(`${pane}.svg`, svg));
	});
}

test('the SVG holds the same words as the text snapshot', async t => {
	const text = String(await snapshotOf(report, 'counts', {...size, format: 'txt'}));
	const svg = String(await snapshotOf(report, 'counts', {...size, format: 'svg'}));
	const svgText = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(match => match[1]).join(' ');
	for (const word of ['Los Angeles County', '167', '33.5%', 'Massachusetts']) {
		t.true(text.includes(word), word);
		t.true(svgText.includes(word), word);
	}
});
