import {existsSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {keys, projectRoot, spawnCli} from './helpers/pty.ts';
import type {PtySession} from './helpers/pty.ts';

// Hostile terminals: Ctrl-C at any moment, windows far too small, a storm of resizes. The built CLI runs in a real
// pseudo-terminal; after it ends, `stty -a` in the same terminal tells whether raw mode was given back.

const seed = 'seeds/ice-raids-sanctuary-cities.txt';
const built = existsSync(path.join(projectRoot, 'dist', 'cli.js'));
const e2e = built ? test.serial : test.skip;

function footer(lines: string[]): string {
	return lines.findLast(line => line.trim() !== '') ?? '';
}

/**
 * The dashboard, then `stty -a` once it ends; a shell trap keeps the shell alive through a Ctrl-C. The shell then waits
 * on a `read` until the test closes it: when the last process on a pseudo-terminal exits at once, the bytes it wrote
 * last can be lost before they are read (under load the screen once showed `exit=0` and the stty output but never
 * `stty-done`, and the wait timed out). Kept open, the terminal delivers every byte, so the wait depends on no timing.
 */
function withStty(cols = 100, rows = 30): PtySession {
	return spawnCli([], {
		cols,
		rows,
		shell: `trap 'true' INT; echo shell-ready; $CLI ${seed}; echo "exit=$?"; stty -a; echo stty-done; read held`,
	});
}

/** After the program: the normal screen, the cursor shown, the terminal back in cooked mode with echo. */
async function assertRestored(t: {true: (value: boolean, message?: string) => void}, session: PtySession) {
	const lines = await session.waitForText('stty-done');
	const text = lines.join('\n');
	t.true(!session.isAlternate(), 'left the alternate screen');
	t.true(/(^|\s)icanon(\s|$)/m.test(text), `canonical mode back:\n${text}`);
	t.true(/(^|\s)echo(\s|$)/m.test(text), `echo back:\n${text}`);
	const output = session.output();
	t.true(output.lastIndexOf('\u001B[?25h') >= output.lastIndexOf('\u001B[?25l'), 'cursor shown');
}

const states: Array<[string, string[], string]> = [
	['in filter mode', ['/', 'd', 'e'], ' /de▏'],
	['in the help overlay', ['?'], 'Keys · Esc or ? closes'],
	['in the evidence view', [keys.enter], 'Evidence · Los Angeles County'],
];

for (const [where, presses, shown] of states) {
	e2e(`Ctrl-C ${where} quits and gives the terminal back`, async t => {
		const session = withStty();
		try {
			await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'));
			for (const key of presses) {
				session.press(key);
			}

			await session.waitForText(shown);
			session.press(keys.ctrlC);
			await assertRestored(t, session);
			t.true(session.text().includes('exit=0'));
		} finally {
			await session.close();
		}
	});
}

e2e('Ctrl-C during start-up, before the first frame, leaves the terminal as it was', async t => {
	for (const delay of [0, 60, 150]) {
		const session = withStty();
		try {
			// A Ctrl-C before the shell has set its trap would end the shell, not test the dashboard.
			await session.waitForText('shell-ready');
			await new Promise(resolve => {
				setTimeout(resolve, delay);
			});
			session.press(keys.ctrlC);
			// On a loaded machine the Ctrl-C can land before the shell has started the CLI, and the shell's trap takes
			// it; the dashboard then starts normally, and a second Ctrl-C must still give the terminal back. Which of the
			// two happened is read from the screen (the program's end, or its first frame), never guessed from a time.
			const screen = await session.waitForScreen(
				lines => lines.join('\n').includes('stty-done') || footer(lines).trimEnd().endsWith('1 of 10'),
			);
			if (!screen.join('\n').includes('stty-done')) {
				session.press(keys.ctrlC);
			}

			await assertRestored(t, session);
		} finally {
			await session.close();
		}
	}

	// Right after the alternate screen is entered (raw mode is on, the first frame not drawn yet), Ctrl-C is a key.
	const session = withStty();
	try {
		await session.waitForScreen(() => session.output().includes('\u001B[?1049h'));
		session.press(keys.ctrlC);
		await assertRestored(t, session);
		t.true(session.text().includes('exit=0'));
	} finally {
		await session.close();
	}
});

e2e('a 40×10 window shows the whole too-small message and q still quits', async t => {
	const session = spawnCli([seed], {cols: 40, rows: 10});
	try {
		const lines = await session.waitForText('window is 40×10.');
		t.deepEqual(lines.slice(0, 3), [
			'newsdash needs at least 60×16; this',
			'window is 40×10.',
			'Enlarge the window, or press q to quit.',
		]);
		session.resize(20, 5);
		const small = await session.waitForText('Too small: 20×5,');
		t.deepEqual(small, ['Too small: 20×5,', 'needs 60×16.', 'Enlarge it or press', 'q.', '']);
		session.press('q');
		t.is((await session.exited).exitCode, 0);
	} finally {
		await session.close();
	}
});

e2e('a hundred resizes in a second end on the same frame as a fresh start at the final size', async t => {
	const session = spawnCli([seed], {cols: 100, rows: 30});
	const fresh = spawnCli([seed], {cols: 90, rows: 26});
	try {
		await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'));
		session.press('j');
		await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('2 of 10'));
		session.press('k');
		// Sizes sweep up and down through too small and back, 10 ms apart.
		for (let index = 0; index < 100; index++) {
			const cols = 40 + ((index * 37) % 90);
			const rows = 8 + ((index * 11) % 30);
			session.resize(cols, rows);
			await new Promise(resolve => {
				setTimeout(resolve, 10);
			});
		}

		session.resize(90, 26);
		const expected = await fresh.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'));
		const settled = await session.waitForScreen(lines => lines.join('\n') === expected.join('\n'));
		t.deepEqual(settled, expected);
		session.press('j');
		await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('2 of 10'));
		session.press('q');
		t.is((await session.exited).exitCode, 0);
		t.false(session.isAlternate());
	} finally {
		await session.close();
		await fresh.close();
	}
});
