import test from 'ava';
import {contrast, paletteFor} from '../source/export/palette.ts';
import {resolveCell} from '../source/export/svg.ts';
import {readTerminalGrid} from '../source/export/terminal-grid.ts';
import type {Cell} from '../source/export/terminal-grid.ts';
import {renderScreen} from '../source/ui/render-screen.tsx';
import type {ThemeName} from '../source/ui/theme.ts';
import {sampleReport} from './helpers/sample-report.ts';

// The evidence span must stand out: on the screen of either theme, in NO_COLOR, and in the pictures drawn from the
// same frame. The evidence of the second counts row (Riverside) highlights "Riverside (35)" inside its sentence.

const cols = 100;
const rows = 30;

async function evidenceGrid(theme: ThemeName) {
	const ansi = renderScreen(sampleReport, {
		pane: 'counts',
		cols,
		rows,
		color: true,
		theme,
		view: {overlay: 'evidence', selected: {counts: 1, quotes: 0, timeline: 0, totals: 0}},
	});
	const grid = await readTerminalGrid(ansi, cols, rows);
	const text = (line: readonly Cell[]) => line.map(cell => cell.chars || ' ').join('');
	const y = grid.lines.findIndex(line => text(line).includes('Riverside (35)'));
	const x = text(grid.lines[y]!).indexOf('Riverside (35)');
	return {line: grid.lines[y]!, x, length: 'Riverside (35)'.length};
}

for (const theme of ['dark', 'light'] as const) {
	test(`in the ${theme} theme the span has a background of its own that reads, and the text around it has none`, async t => {
		const palette = paletteFor(theme);
		const {line, x, length} = await evidenceGrid(theme);
		t.true(x > 0);
		for (const cell of line.slice(x, x + length)) {
			const resolved = resolveCell(cell, palette);
			// WCAG: 3:1 for the box against the screen, 4.5:1 for its text.
			t.true(contrast(resolved.bg, palette.background) >= 3, `${cell.chars}: box ${resolved.bg}`);
			if (cell.chars !== ' ') {
				t.true(contrast(resolved.fg, resolved.bg) >= 4.5, `${cell.chars}: text ${resolved.fg} on ${resolved.bg}`);
				t.true(cell.bold);
			}
		}

		for (const cell of [line[x - 2]!, line[x + length + 1]!]) {
			t.is(resolveCell(cell, palette).bg, palette.background);
		}
	});
}

test('without colour (NO_COLOR) the span is inverse and underlined, and the text around it is neither', async t => {
	const {line, x, length} = await evidenceGrid('mono');
	for (const cell of line.slice(x, x + length)) {
		t.true(cell.inverse && cell.underline, cell.chars);
		t.deepEqual([cell.fg.mode, cell.bg.mode], ['default', 'default']);
	}

	t.false(line[x - 2]!.inverse || line[x - 2]!.underline);
});
