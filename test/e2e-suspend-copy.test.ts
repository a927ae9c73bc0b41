import {existsSync, readFileSync} from 'node:fs';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {osc52} from '../source/ui/clipboard.ts';
import {keys, projectRoot, spawnCli} from './helpers/pty.ts';
import type {PtySession} from './helpers/pty.ts';

// Ctrl-Z and `fg` in a real job-control shell, and `y` through a real terminal (issue 13's features).

const seed = path.join(projectRoot, 'seeds', 'ice-raids-sanctuary-cities.txt');
const built = existsSync(path.join(projectRoot, 'dist', 'cli.js'));
const e2e = built ? test.serial : test.skip;

function footer(lines: string[]): string {
	return (lines.findLast(line => line.trim() !== '') ?? '').trimEnd();
}

/** An interactive POSIX shell (dash: job control, no line editor that would reset the terminal itself). */
function shell(cwd = projectRoot): PtySession {
	return spawnCli([], {cols: 100, rows: 30, cwd, shell: `PS1='$ ' exec /bin/sh -i`});
}

/**
 * `stty -a`'s words for canonical mode and echo, printed on one line between brackets: the shell may print its prompt
 * before or after what was typed ahead, so the answer is found by its shape, not by its place on the screen.
 */
const sttyCheck = 'echo "[$(stty -a | tr " " "\\n" | grep -x -e icanon -e -icanon -e echo -e -echo | tr "\\n" " ")]"\r';

async function stty(session: PtySession): Promise<string[]> {
	const before = session.output().length;
	session.press(sttyCheck);
	const answer = /\[(-?icanon) (-?echo) \]/;
	await session.waitForScreen(() => answer.test(session.output().slice(before)));
	const [, canonical, echo] = answer.exec(session.output().slice(before))!;
	return [canonical!, echo!];
}

/** The dashboard's own process: the shell's child. */
function childOf(pid: number): number {
	return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0]);
}

e2e('Ctrl-Z gives the terminal back to the shell, and fg brings the dashboard back as it was', async t => {
	const session = shell();
	try {
		await session.waitForText('$ ');
		session.press(`$CLI ${seed}\r`);
		await session.waitForScreen(lines => footer(lines).endsWith('1 of 10'));
		session.press('j');
		await session.waitForScreen(lines => footer(lines).endsWith('2 of 10'));
		session.press('\u001A');
		await session.waitForScreen(lines => lines.some(line => /^\[1\] \+ Stopped/.test(line)));
		t.false(session.isAlternate(), 'the normal screen');
		const output = session.output();
		t.true(output.lastIndexOf('\u001B[?25h') > output.lastIndexOf('\u001B[?25l'), 'the cursor shown');
		t.deepEqual(await stty(session), ['icanon', 'echo']);

		session.press('fg\r');
		// Drawn again whole, on the alternate screen, the selection kept; raw mode back: j moves, it is not echoed.
		const back = await session.waitForScreen(lines => footer(lines).endsWith('2 of 10'));
		t.true(session.isAlternate());
		t.true(back.some(line => line.includes('› Philadelphia')));
		session.press('j');
		const moved = await session.waitForScreen(lines => footer(lines).endsWith('3 of 10'));
		t.false(moved.some(line => line.startsWith('j')));
		session.press('q');
		await session.waitForScreen(lines => footer(lines) === '$');
		t.false(session.isAlternate());
		t.deepEqual(await stty(session), ['icanon', 'echo']);
	} finally {
		await session.close();
	}
});

e2e('a SIGTSTP from outside suspends the same way', async t => {
	const session = shell();
	try {
		await session.waitForText('$ ');
		session.press(`$CLI ${seed}\r`);
		await session.waitForScreen(lines => footer(lines).endsWith('1 of 10'));
		process.kill(childOf(session.pid), 'SIGTSTP');
		await session.waitForScreen(lines => lines.some(line => /^\[1\] \+ Stopped/.test(line)));
		t.false(session.isAlternate());
		t.deepEqual(await stty(session), ['icanon', 'echo']);
		session.press('fg\r');
		await session.waitForScreen(lines => footer(lines).endsWith('1 of 10'));
		// Suspended a second time: the handler is back after the first resume.
		session.press('\u001A');
		await session.waitForScreen(
			lines => lines.filter(line => /^\[1\] \+ Stopped/.test(line)).length === 2 && !session.isAlternate(),
		);
		session.press('fg\r');
		await session.waitForScreen(lines => footer(lines).endsWith('1 of 10'));
		session.press(keys.ctrlC);
		await session.waitForScreen(lines => footer(lines) === '$');
		t.deepEqual(await stty(session), ['icanon', 'echo']);
	} finally {
		await session.close();
	}
});

e2e('y copies the selected row through OSC 52, base64 so no byte of it is a control', async t => {
	const session = spawnCli([seed], {cols: 100, rows: 30, env: {NEWSDASH_CLIPBOARD: 'osc52'}});
	try {
		await session.waitForScreen(lines => footer(lines).endsWith('1 of 10'));
		session.press('y');
		await session.waitForScreen(lines => footer(lines).startsWith(' copied 31 characters (OSC 52)'));
		t.true(session.output().includes(osc52('Los Angeles County: 167 (33.5%)')));
		session.press(keys.enter);
		await session.waitForText('Evidence · Los Angeles County: 167');
		session.press('y');
		const sent = () =>
			[...session.output().matchAll(/\u001B\]52;c;([A-Za-z\d+/=]*)\u0007/g)].map(match =>
				Buffer.from(match[1]!, 'base64').toString('utf8'),
			);
		await session.waitForScreen(() => sent().length === 2);
		// The evidence: the sentence that lists the places, whole.
		t.regex(sent()[1]!, /Los Angeles County \(167 arrests\), Philadelphia \(107\).* Massachusetts \(50\)\.$/);
		session.press('q');
		session.press('q');
		t.is((await session.exited).exitCode, 0);
	} finally {
		await session.close();
	}
});

e2e(
	'where the terminal cannot take OSC 52, y saves the text to newsdash-copy.txt instead, never over a file',
	async t => {
		const cwd = await mkdtemp(path.join(tmpdir(), 'newsdash-copy-'));
		const session = spawnCli([seed], {cols: 100, rows: 30, cwd, env: {TERM_PROGRAM: 'Apple_Terminal'}});
		try {
			await session.waitForScreen(lines => footer(lines).endsWith('1 of 10'));
			session.press('4');
			await session.waitForText('Totals ·');
			session.press('y');
			await session.waitForScreen(lines => footer(lines).startsWith(' copied to newsdash-copy.txt'));
			session.press('y');
			await session.waitForScreen(lines => footer(lines).startsWith(' copied to newsdash-copy-2.txt'));
			const text = await readFile(path.join(cwd, 'newsdash-copy.txt'), 'utf8');
			t.is(
				text,
				[
					'✗ The ten listed places add up to 564 arrests, 66 more than the 498 stated in total.',
					'167 + 107 + 63 + 45 + 33 + 28 + 30 + 27 + 14 + 50 = 564 ≠ 498 stated, 66 over',
					'',
				].join('\n'),
			);
			t.is(await readFile(path.join(cwd, 'newsdash-copy-2.txt'), 'utf8'), text);
			session.press('q');
			t.is((await session.exited).exitCode, 0);
		} finally {
			await session.close();
		}
	},
);
