import {existsSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {keys, projectRoot, spawnCli} from './helpers/pty.ts';
import type {PtySession} from './helpers/pty.ts';

// The built CLI in a real pseudo-terminal, read back through a headless xterm. Expectations come from the seed
// article as written (ten places, 498 stated, five quotations, dates from April 2017 to next year).

const seed = 'seeds/ice-raids-sanctuary-cities.txt';
const built = existsSync(path.join(projectRoot, 'dist', 'cli.js'));
const e2e = built ? test.serial : test.skip;

const places: Array<[string, string]> = [
	['Los Angeles County', '167'],
	['Philadelphia', '107'],
	['Denver', '63'],
	['New York', '45'],
	['Seattle', '33'],
	['Baltimore', '28'],
	['Cook County, Illinois', '30'],
	['San Jose', '27'],
	['Washington, D.C.', '14'],
	['Massachusetts', '50'],
];

function footer(lines: string[]): string {
	return lines.findLast(line => line.trim() !== '') ?? '';
}

async function started(cols: number, rows: number): Promise<PtySession> {
	const session = spawnCli([seed], {cols, rows});
	await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'));
	return session;
}

async function quit(t: {is: (a: unknown, b: unknown) => void; false: (a: boolean) => void}, session: PtySession) {
	session.press('q');
	const exit = await session.exited;
	t.is(exit.exitCode, 0);
	t.false(session.isAlternate());
}

e2e('at 100×30 the counts pane lists all ten places with their counts and the stated total', async t => {
	const session = await started(100, 30);
	try {
		t.true(session.isAlternate());
		const lines = session.screen();
		t.regex(lines[0]!, /^ newsdash · ICE arrests nearly 500 immigrants/);
		t.regex(lines[0]!, /Sep 30, 2017 ?$/);
		t.regex(lines[1]!, /1 Arrests\s+2 Quotes\s+3 Timeline\s+4 Totals ✗1/);
		for (const [place, count] of places) {
			const line = lines.find(candidate => candidate.includes(` ${place} `));
			t.truthy(line, place);
			t.regex(line!, new RegExp(`│ +${count} │`), place);
		}

		t.true(lines.some(line => line.includes('Sum 564 ≠ 498 stated (66 over)')));
		await quit(t, session);
	} finally {
		await session.close();
	}
});

e2e('at 100×30 the panes show the five speakers, the dates in order and the failing total', async t => {
	const session = await started(100, 30);
	try {
		session.press('2');
		let lines = await session.waitForText('Quotes · 5 quotations');
		const speakers = lines.filter(line => /^│ [› ] \S/.test(line)).map(line => line.slice(4).trim());
		t.true(speakers[0]!.startsWith('ICE'));
		t.true(speakers[1]!.startsWith('Thomas Homan — Acting Director'));
		t.true(speakers[2]!.startsWith('Thomas Homan — Acting Director'));
		t.true(speakers[3]!.startsWith('Politico'));
		session.press('G');
		lines = await session.waitForScreen(screen => footer(screen).includes('13 of 13'));
		session.press('k');
		session.press('k');
		session.press('k');
		session.press('k');
		session.press('k');
		session.press('k');
		session.press('k');
		session.press('k');
		lines = await session.waitForScreen(screen => footer(screen).includes('5 of 13'));
		t.true(lines.some(line => /^│ › Anthony Romero — executive director · ACLU/.test(line)));

		session.press('3');
		lines = await session.waitForText('Timeline ·');
		session.press('G');
		const end = await session.waitForScreen(screen => /11 of 11/.test(footer(screen)));
		const dates = [...lines, ...end]
			.map(line => /^│ [› ] (\S.{19})/.exec(line)?.[1]?.trim())
			.filter((date): date is string => date !== undefined && /\d{4}$/.test(date));
		const april = dates.indexOf('late Apr 2017');
		const sunday = dates.indexOf('Sep 24, 2017');
		const friday = dates.indexOf('Sep 29, 2017');
		const nextYear = dates.indexOf('2018');
		t.true(april >= 0 && april < sunday && sunday < friday && friday < nextYear, dates.join(' | '));

		session.press('4');
		lines = await session.waitForText('Totals ·');
		t.true(
			lines.some(line => line.startsWith('│ › ✗ The ten listed places add up to 564 arrests') && line.includes('498')),
		);
		await quit(t, session);
	} finally {
		await session.close();
	}
});

for (const [cols, rows] of [
	[100, 30],
	[80, 24],
] as const) {
	e2e(`at ${cols}×${rows} every key answers on screen and q gives the normal screen back`, async t => {
		const session = await started(cols, rows);
		const title = (text: string) => async () =>
			session.waitForScreen(lines => (lines[3] ?? '').startsWith(`│ ${text}`));
		try {
			for (const line of session.screen().slice(0, rows - 1)) {
				t.true(line.length <= cols);
			}

			session.press('j');
			await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('2 of 10'));
			session.press('k');
			await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'));
			session.press('G');
			await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('10 of 10'));
			t.true(session.screen().some(line => line.includes('› Massachusetts')));
			session.press('g');
			await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'));
			session.press(keys.enter);
			await session.waitForText('Evidence · Los Angeles County: 167');
			t.true(session.screen().some(line => line.includes('paragraph 3 of 18, chars 472–504')));
			session.press(keys.escape);
			await session.waitForScreen(lines => lines.some(line => line.includes('› Los Angeles County')));
			session.press(keys.tab);
			await title('Quotes ·')();
			session.press(keys.tab);
			await title('Timeline ·')();
			session.press(keys.shiftTab);
			await title('Quotes ·')();
			session.press('1');
			await title('Arrests ·')();
			session.press('/');
			session.press('d');
			session.press('e');
			session.press('n');
			await session.waitForScreen(lines => footer(lines).startsWith(' /den▏'));
			session.press(keys.enter);
			await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 1 (10)'));
			t.true(session.screen().some(line => line.includes('› Denver')));
			session.press(keys.escape);
			await session.waitForScreen(lines => footer(lines).trimEnd().endsWith('1 of 10'));
			session.press('?');
			await title('Keys ·')();
			session.press(keys.escape);
			await title('Arrests ·')();
			session.resize(cols - 10, rows - 2);
			await session.waitForScreen(lines =>
				lines.some(line => line.startsWith('└') && line.trimEnd().length === cols - 10),
			);
			session.resize(52, 14);
			await session.waitForText('newsdash needs at least 60×16; this window is 52×14.');
			session.resize(cols, rows);
			await title('Arrests ·')();
			await quit(t, session);
		} finally {
			await session.close();
		}
	});
}

e2e('SIGTERM gives the normal screen back', async t => {
	const session = await started(80, 24);
	try {
		t.true(session.isAlternate());
		session.kill('SIGTERM');
		await session.exited;
		await session.waitForScreen(() => !session.isAlternate());
		t.false(session.isAlternate());
		t.true(session.output().endsWith('\u001B[?25h\u001B[?1049l') || session.output().includes('\u001B[?1049l'));
	} finally {
		await session.close();
	}
});

e2e('keys typed while the dashboard starts never meet a pane whose findings are still being read', async t => {
	for (const [key, heading, empty] of [
		['2', 'Quotes · 5 quotations', 'No quotations'],
		['3', 'Timeline · 11 entries', 'No dates'],
	] as const) {
		const session = spawnCli([seed], {cols: 100, rows: 30});
		try {
			// Before the first frame, and again the moment it is drawn.
			session.press(key);
			await session.waitForText(' newsdash · ');
			session.press(key);
			await session.waitForText(heading);
			t.false(session.output().includes(empty), `${key}: ${empty}`);
			await quit(t, session);
		} finally {
			await session.close();
		}
	}
});
