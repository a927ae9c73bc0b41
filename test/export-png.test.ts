import test from 'ava';
import {PNG} from 'pngjs';
import {svgToPng} from '../source/export/png.ts';
import {ansiToSvg} from '../source/export/svg.ts';

const sgr = (codes: string): string => `\u001B[${codes}m`;
const frame = [
	`${sgr('1;96')}newsdash${sgr('0')} · Floods close roads across the valley`,
	`${sgr('7')} 1 Homes ${sgr('27')}  2 Quotes   3 Timeline   4 Totals ${sgr('1;91')}✗1${sgr('0')}`,
	`${sgr('90')}┌${'─'.repeat(46)}┐${sgr('39')}`,
	...['Eastfield      4,000   44.4%', 'Westbrook      3,000   33.3%', 'Southgate      2,000   22.2%'].map(
		row => `${sgr('90')}│${sgr('39')} ${row.padEnd(45)}${sgr('90')}│${sgr('39')}`,
	),
	`${sgr('90')}└${'─'.repeat(46)}┘${sgr('39')}`,
	`${sgr('32')}✓ 4,000 + 3,000 + 2,000 = 9,000${sgr('39')}`,
].join('\n');

function svgSize(svg: string): {width: number; height: number} {
	const match = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
	return {width: Number(match?.[1]), height: Number(match?.[2])};
}

for (const theme of ['dark', 'light'] as const) {
	test(`the ${theme} PNG is twice the SVG's size and shows text in several colours`, async t => {
		const svg = await ansiToSvg(frame, {cols: 50, rows: 9, theme, frame: true, title: 'newsdash — counts'});
		const png = PNG.sync.read(await svgToPng(svg));
		const size = svgSize(svg);
		t.is(png.width, size.width * 2);
		t.is(png.height, size.height * 2);

		const colors = new Set<number>();
		const background = theme === 'dark' ? [0x1e, 0x21, 0x27] : [0xff, 0xff, 0xff];
		let ink = 0;
		for (let offset = 0; offset < png.data.length; offset += 4) {
			const [r = 0, g = 0, b = 0] = png.data.subarray(offset, offset + 3);
			colors.add((r << 16) | (g << 8) | b);
			const distance = Math.abs(r - background[0]!) + Math.abs(g - background[1]!) + Math.abs(b - background[2]!);
			if (distance > 96) {
				ink++;
			}
		}

		// Antialiased glyphs in cyan, red, green, grey and the inverse tab give hundreds of shades; a blank or
		// one-colour image gives a handful.
		t.true(colors.size > 200, `only ${colors.size} colours`);
		const share = ink / (png.width * png.height);
		t.true(share > 0.03 && share < 0.5, `text pixels: ${(share * 100).toFixed(1)}%`);
	});
}

test('the same SVG gives byte-identical PNG', async t => {
	const svg = await ansiToSvg(frame, {cols: 50, rows: 9, theme: 'dark', frame: false, title: 't'});
	t.deepEqual(await svgToPng(svg), await svgToPng(svg));
});
