import test from 'ava';
import {footerHints} from '../source/ui/footer.tsx';
import {keys} from './helpers/keys.ts';
import {setup} from './helpers/dashboard-app.tsx';
import {waitFor} from './helpers/wait-for.ts';

// The footer says only what is so: hints for keys that work on the pane shown, whole hints only, and the status of
// sort and filter beside the position.

function footerOf(app: ReturnType<typeof setup>): string {
	return app.lines()[28]!.trimEnd();
}

test.serial('s sort is offered on the counts pane only, and [ ] list only when there are several lists', async t => {
	const app = setup();
	t.is(
		footerOf(app),
		` ↑↓ move  ⏎ evidence  s sort  [ ] list  / filter  f find  ? help  q quit${' '.repeat(21)}1 of 4`,
	);
	for (const [key, position] of [
		['2', '1 of 5'],
		['3', '1 of 7'],
		['4', '1 of 3'],
	] as const) {
		await app.press(key);
		await waitFor(() => footerOf(app).endsWith(` ${position}`), 10_000, `pane ${key}`);
		t.is(footerOf(app), ` ↑↓ move  ⏎ evidence  / filter  f find  ? help  q quit${' '.repeat(39)}${position}`, key);
	}

	t.is(footerHints('counts', 1, 200), ' ↑↓ move  ⏎ evidence  s sort  / filter  f find  ? help  q quit');
});

test.serial('at 60 columns the footer drops whole hints, keeping help and quit, and never ends cut short', async t => {
	const app = setup({cols: 60, rows: 18});
	await waitFor(() => (app.lastFrame() ?? '').includes('1 of 4'), 10_000, 'first frame');
	const footer = app.lines()[16]!.trimEnd();
	t.is(footer, ` ⏎ evidence  s sort  / filter  ? help  q quit${' '.repeat(8)}1 of 4`);
	t.false(footer.includes('…'));
	// Narrower still, only the most needed remain.
	t.is(footerHints('counts', 2, 20), ' ? help  q quit');
	t.is(footerHints('quotes', 1, 5), '');
});

test.serial('the evidence footer says that q goes back, as it does', async t => {
	let quit = 0;
	const app = setup({
		onQuit() {
			quit++;
		},
	});
	await app.press(keys.enter);
	await waitFor(() => footerOf(app).startsWith(' Esc q back  ↑↓ previous/next row'), 10_000, 'evidence footer');
	t.false(footerOf(app).includes('quit'));
	await app.press('q');
	await waitFor(() => footerOf(app).startsWith(' ↑↓ move'), 10_000, 'back on the list');
	t.is(quit, 0);
});

test.serial('a filtered counts list shows the filter and the subtotal of its rows on the status line', async t => {
	const app = setup();
	await app.press('/side\r');
	// Northside 40 + Riverside 35.
	await waitFor(() => footerOf(app).endsWith('“side” Σ 75 · 1 of 2 (4)'), 10_000, 'status');
	await app.press('s');
	await app.press('S');
	// Reversed by name, Northside (still selected) comes second.
	await waitFor(() => footerOf(app).endsWith(' · 2 of 2 (4)'), 10_000, 'sorted status');
	t.true(footerOf(app).endsWith('  name ▼ · “side” Σ 75 · 2 of 2 (4)'));
});
