import {readFileSync} from 'node:fs';
import test from 'ava';
import {PNG} from 'pngjs';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import {snapshotOf} from '../source/export/snapshot.ts';
import {paneNames} from '../source/ui/pane-name.ts';

const seedPath = 'seeds/ice-raids-sanctuary-cities.txt';
const report = buildReport(parseArticle(readFileSync(seedPath, 'utf8'), {path: seedPath}));

for (const theme of ['dark', 'light'] as const) {
	for (const pane of paneNames) {
		test(`the seed's ${pane} pane as a ${theme} PNG is twice the SVG's size and full of text`, async t => {
			const options = {cols: 100, rows: 30, theme, frame: true} as const;
			const svg = String(await snapshotOf(report, pane, {...options, format: 'svg'}));
			const png = PNG.sync.read((await snapshotOf(report, pane, {...options, format: 'png'})) as Buffer);
			const size = /width="(\d+)" height="(\d+)"/.exec(svg);
			t.is(png.width, 2 * Number(size?.[1]));
			t.is(png.height, 2 * Number(size?.[2]));

			const background = theme === 'dark' ? [0x1e, 0x21, 0x27] : [0xff, 0xff, 0xff];
			const colors = new Set<number>();
			let ink = 0;
			for (let offset = 0; offset < png.data.length; offset += 4) {
				const r = png.data[offset] ?? 0;
				const g = png.data[offset + 1] ?? 0;
				const b = png.data[offset + 2] ?? 0;
				colors.add((r << 16) | (g << 8) | b);
				if (Math.abs(r - background[0]!) + Math.abs(g - background[1]!) + Math.abs(b - background[2]!) > 96) {
					ink++;
				}
			}

			// Even the emptiest pane has the header, tabs, box and footer: thousands of antialiased text pixels.
			t.true(colors.size > 100, `only ${colors.size} colours`);
			const share = ink / (png.width * png.height);
			t.true(share > 0.02 && share < 0.6, `text pixels ${(share * 100).toFixed(1)}%`);
		});
	}
}
