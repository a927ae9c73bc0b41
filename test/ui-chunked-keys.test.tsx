import test from 'ava';
import {row, setup} from './helpers/dashboard-app.tsx';
import {waitFor} from './helpers/wait-for.ts';

// A burst (a paste, tmux send-keys, fast typing over SSH) reaches the app as one input event: every key in it must
// be handled, in order, each against the state the key before it left.

test.serial('"j" and Enter in one chunk move down and open the evidence of the second row', async t => {
	const app = setup();
	await app.press('j\r');
	await app.waitForLine(3, row('Evidence · Riverside: 35'));
	t.true(app.lines()[28]!.trimEnd().endsWith('2 of 4'));
});

test.serial('"j" and Ctrl-C in one chunk quit', async t => {
	let quit = 0;
	const app = setup({
		onQuit() {
			quit++;
		},
	});
	await app.press('j\u0003');
	await waitFor(() => quit === 1, 60_000, 'quit');
	t.is(quit, 1);
});

test.serial('"/abc" and Enter in one chunk set the filter "abc" and close the prompt', async t => {
	const app = setup({initialPane: 'quotes'});
	await app.press('/abc\r');
	await app.waitForLine(3, row('Quotes · 4 quotations, 1 term · filter “abc”: 0 of 5'));
	// The prompt is gone: Enter accepted the filter instead of being typed into it.
	t.false(app.lines()[28]!.includes('▏'));
});

test.serial('backspace and Enter inside a chunk edit the filter rather than being typed', async t => {
	const app = setup();
	// "/", then "Rx", backspace, "iver", Enter: the filter is "River".
	await app.press('/Rx\u007Fiver\r');
	await app.waitForLine(3, row('Schools · 4 listed · list 1 of 2, [ ] to switch · filter “River”: 1 of 4'));
	t.false(app.lines()[28]!.includes('▏'));
	t.true(app.lines()[28]!.trimEnd().endsWith('1 of 1 (4)'));
});

test.serial('a space inside a pasted filter is part of it, and Esc afterwards clears it', async t => {
	const app = setup({initialPane: 'quotes'});
	await app.press('/maria lopez');
	await app.waitForLine(3, row('Quotes · 4 quotations, 1 term · filter “maria lopez”: 3 of 5'));
	await app.press('\u001B');
	await app.waitForLine(3, row('Quotes · 4 quotations, 1 term'));
	t.true(app.lines()[28]!.trimEnd().endsWith('1 of 5'));
});
