import test from 'ava';
import {readTerminalGrid} from '../source/export/terminal-grid.ts';
import type {Cell} from '../source/export/terminal-grid.ts';
import {renderScreen} from '../source/ui/render-screen.tsx';
import type {PaneName} from '../source/ui/pane-name.ts';
import {initialViewState} from '../source/ui/view-state.ts';
import type {ViewState} from '../source/ui/view-state.ts';
import {keys} from './helpers/keys.ts';
import {row, setup} from './helpers/dashboard-app.tsx';
import {sampleReport} from './helpers/sample-report.ts';
import {waitFor} from './helpers/wait-for.ts';

// The filter (/) hides rows and matches every column shown; find (f) hides none and steps n / N through the rows
// that show the text; both mark the text wherever it appears.

const footerOf = (app: ReturnType<typeof setup>) => app.lines()[28]!.trimEnd();

test.serial('/ in counts matches the count and the share columns, not only the name', async t => {
	const app = setup();
	await app.press('/40\r');
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch · filter “40”: 1 of 4'));
	t.true(app.lines()[7]!.startsWith('│ │ › Northside │    40 │  33.3% │'));
	await app.press(keys.escape);
	// 29.2% is Riverside's share: no name or count holds "29".
	await app.press('/29\r');
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch · filter “29”: 1 of 4'));
	t.true(app.lines()[7]!.startsWith('│ │ › Riverside │    35 │  29.2% │'));
});

test.serial('f finds without hiding rows, n and N step through the rows that show the text, Esc ends it', async t => {
	const app = setup({initialPane: 'quotes'});
	// The third quotation is the only one with "friday"; the search selects it as it is typed.
	await app.press('ffriday\r');
	await waitFor(() => footerOf(app).endsWith('find “friday” · 3 of 5'), 60_000, 'found');
	t.is(app.lines()[3], row('Quotes · 4 quotations, 1 term'));
	await app.press('n');
	await app.press('N');
	await waitFor(() => footerOf(app).endsWith('find “friday” · 3 of 5'), 60_000, 'still the only match');
	await app.press(keys.escape);
	await app.press('flopez\r');
	// Maria Lopez speaks the first three; from the third, n wraps to the first.
	await waitFor(() => footerOf(app).endsWith('find “lopez” · 3 of 5'), 60_000, 'lopez from the third');
	await app.press('n');
	await waitFor(() => footerOf(app).endsWith('find “lopez” · 1 of 5'), 60_000, 'wrapped');
	await app.press('N');
	await waitFor(() => footerOf(app).endsWith('find “lopez” · 3 of 5'), 60_000, 'back');
	await app.press(keys.escape);
	await waitFor(() => footerOf(app).endsWith('q quit' + ' '.repeat(39) + '3 of 5'), 60_000, 'search ended');
	// Without a search, n and N step through the rows as before.
	await app.press('n');
	await waitFor(() => footerOf(app).endsWith(' 4 of 5'), 60_000, 'plain n');
	t.is(app.lines()[3], row('Quotes · 4 quotations, 1 term'));
});

async function markedCells(pane: PaneName, view: Partial<ViewState>, needle: string) {
	const ansi = renderScreen(sampleReport, {pane, cols: 100, rows: 30, color: true, theme: 'dark', view});
	const grid = await readTerminalGrid(ansi, 100, 30);
	const text = (line: readonly Cell[]) => line.map(cell => cell.chars || ' ').join('');
	const found: Array<{marked: boolean; around: boolean}> = [];
	// From the first line under the title, which repeats the filter as typed.
	for (const line of grid.lines.slice(4, 27)) {
		const shown = text(line).toLowerCase();
		for (let at = shown.indexOf(needle); at >= 0; at = shown.indexOf(needle, at + 1)) {
			const cells = line.slice(at, at + needle.length);
			found.push({
				marked: cells.every(cell => cell.bg.mode === 'palette' && cell.bg.index === 6),
				around: line[at - 1]!.bg.mode === 'palette' || line[at + needle.length]!.bg.mode === 'palette',
			});
		}
	}

	return found;
}

test('filter and find text is marked in the counts table and in the lists, and nothing around it', async t => {
	const filtered = await markedCells('counts', {filter: {...initialViewState().filter, counts: 'side'}}, 'side');
	// Northside and Riverside.
	t.is(filtered.length, 2);
	t.true(filtered.every(found => found.marked && !found.around));
	const searched = await markedCells('quotes', {search: {...initialViewState().search, quotes: 'lopez'}}, 'lopez');
	// Her name on each of her three quotations, and the cue of the first (“said Maria Lopez”).
	t.is(searched.length, 4);
	t.true(searched.every(found => found.marked && !found.around));
});
