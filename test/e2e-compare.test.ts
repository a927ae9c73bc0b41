import {existsSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {keys, projectRoot, spawnCli} from './helpers/pty.ts';

// The built CLI in a real pseudo-terminal on the four fixture articles of test/fixtures-compare/: switching
// articles with < and >, the Compare pane on 5, evidence from the focused article. Every step waits for its frame.

const built = existsSync(path.join(projectRoot, 'dist', 'cli.js'));
const e2e = built ? test.serial : test.skip;
const fixture = (name: string): string => path.join('test', 'fixtures-compare', name);
const files = ['tidewater-gazette.txt', 'harbour-herald.txt', 'estuary-daily.txt'].map(fixture);

e2e('newsdash A B C: < > switch articles, 5 compares, Enter shows the focused article, q quits', async t => {
	const session = spawnCli([...files, '--source', fixture('press-release.txt')], {cols: 80, rows: 24});
	try {
		let screen = await session.waitForText('1/4 Coastal Wildlife Department (source)', 15_000);
		// The first frame waits for the first article only: the Compare tab says "…" until the rest are read.
		t.regex(screen[1]!, /1 Traps +2 Quotes +3 Timeline +4 Totals ✓ +5 Compare (…|✗6)/);
		screen = await session.waitForText('5 Compare ✗6', 15_000);
		session.press('>');
		screen = await session.waitForText('2/4 Tidewater Gazette', 10_000);
		t.true(screen.some(line => line.includes('Port Alder ')));
		session.press('<');
		await session.waitForText('1/4 Coastal Wildlife Department', 10_000);
		session.press('5');
		screen = await session.waitForText('Compare · 4 articles · 6 ✗ differences', 10_000);
		t.true(screen.some(line => /✗ Grayhaven +41 +41 +▲47 +41 off by 6/.test(line)));
		// To the Grayhaven row (the second), the Herald's column, its sentence.
		session.press('j');
		await session.waitForText('› ✗ Grayhaven', 10_000);
		session.press('>');
		session.press('>');
		await session.waitForText('3/4 Harbour Herald', 10_000);
		session.press(keys.enter);
		screen = await session.waitForText('Evidence · Grayhaven · Harbour Herald', 10_000);
		t.true(screen.some(line => line.includes('Grayhaven 47')));
		session.press(keys.escape);
		await session.waitForText('› ✗ Grayhaven', 10_000);
		session.press('2');
		await session.waitForText(/Quotes · 1 quotation/, 10_000);
		t.true(session.text().includes('3/4 Harbour Herald'));
		session.press('q');
		const exit = await session.exited;
		t.is(exit.exitCode, 0);
		t.false(session.isAlternate());
	} finally {
		await session.close();
	}
});
