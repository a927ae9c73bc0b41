import {existsSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {projectRoot, spawnCli, patience} from './helpers/pty.ts';
import type {PtySession} from './helpers/pty.ts';

// Keys written to the terminal in one write arrive at the built CLI as one chunk, as `tmux send-keys j Enter`, a
// paste or fast typing over SSH deliver them. Each key in the chunk must do what it does alone.

const seed = 'seeds/ice-raids-sanctuary-cities.txt';
const built = existsSync(path.join(projectRoot, 'dist', 'cli.js'));
const e2e = built ? test.serial : test.skip;
// Generous: the conditions are polled, so a loaded machine only makes the wait longer, never the test wrong.

function footer(lines: string[]): string {
	return lines.findLast(line => line.trim() !== '') ?? '';
}

async function started(): Promise<PtySession> {
	const session = spawnCli([seed], {cols: 100, rows: 30});
	await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'), patience);
	return session;
}

e2e('"j" and Enter in one write open the evidence of the second row', async t => {
	const session = await started();
	try {
		session.press('j\r');
		const lines = await session.waitForText('Evidence · Philadelphia: 107', patience);
		t.true(footer(lines).trimEnd().endsWith('2 of 10'));
	} finally {
		await session.close();
	}
});

e2e('"j" and Ctrl-C in one write end the dashboard with exit code 0', async t => {
	const session = await started();
	try {
		session.press('j\u0003');
		t.is((await session.exited).exitCode, 0);
		t.false(session.isAlternate());
	} finally {
		await session.close();
	}
});

e2e('a filter typed with a slip and a backspace in one write ends as typed, accepted by Enter', async t => {
	const session = await started();
	try {
		// "/", "Dx", backspace, "en", Enter: the filter is "Den" and the prompt is closed.
		session.press('/Dx\u007Fen\r');
		const lines = await session.waitForScreen(screen => footer(screen).trimEnd().endsWith('1 of 1 (10)'), patience);
		t.true(lines.some(line => line.includes('filter “Den”: 1 of 10')));
		t.true(lines.some(line => line.includes('› Denver')));
		t.false(footer(lines).includes('▏'));
		session.press('q');
		t.is((await session.exited).exitCode, 0);
	} finally {
		await session.close();
	}
});
