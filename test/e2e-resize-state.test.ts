import {existsSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {keys, projectRoot, spawnCli, patience} from './helpers/pty.ts';

// A resize redraws the screen from blank (run.tsx); the dashboard's state must live through it.

const seed = 'seeds/ice-raids-sanctuary-cities.txt';
const built = existsSync(path.join(projectRoot, 'dist', 'cli.js'));
const e2e = built ? test.serial : test.skip;

function footer(lines: string[]): string {
	return lines.findLast(line => line.trim() !== '') ?? '';
}

e2e('pane, filter, selection and open evidence survive resizes, down to too small and back', async t => {
	const session = spawnCli([seed], {cols: 100, rows: 30});
	try {
		await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'), patience);
		session.press('2');
		await session.waitForText('Quotes · 5 quotations', patience);
		session.press('/');
		session.press('homan');
		session.press(keys.enter);
		const filtered = await session.waitForScreen(lines => / 1 of \d+ \(13\)$/.test(footer(lines).trimEnd()), patience);
		const shown = / 1 of (\d+) \(13\)$/.exec(footer(filtered).trimEnd())![1]!;
		const position = `2 of ${shown} (13)`;
		session.press('j');
		await session.waitForScreen(lines => footer(lines).trimEnd().endsWith(position), patience);
		session.press(keys.enter);
		await session.waitForText('Evidence · quote by Thomas Homan', patience);
		for (const [cols, rows] of [
			[90, 26],
			[50, 12],
			[120, 34],
		] as const) {
			session.resize(cols, rows);
			const tooSmall = cols < 60;
			const lines = await session.waitForScreen(
				screen =>
					tooSmall
						? screen.join(' ').includes(`${cols}×${rows}.`)
						: screen.some(line => line.startsWith('└') && line.trimEnd().length === cols) &&
							screen.some(line => line.includes('Evidence · quote by Thomas Homan')),
				patience,
			);
			if (!tooSmall) {
				t.true(footer(lines).trimEnd().endsWith(position), `${cols}×${rows}: ${footer(lines)}`);
				t.regex(lines[1]!, /2 Quotes/);
			}
		}

		// Esc closes the evidence onto the same row, still filtered.
		session.press(keys.escape);
		const list = await session.waitForText('filter “homan”', patience);
		t.true(footer(list).trimEnd().endsWith(position));
	} finally {
		await session.close();
	}
});
