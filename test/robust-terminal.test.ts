// Terminals that cannot host the dashboard: TERM=dumb on a real TTY, and a TTY on stdout with nothing on stdin
// (`newsdash article.txt < /dev/null`, cron with a terminal attached). Both must print the panes and exit 0, never
// crash trying to put a missing keyboard into raw mode.
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {projectRoot, spawnCli} from './helpers/pty.ts';

const seed = 'seeds/ice-raids-sanctuary-cities.txt';
const cli = path.join(projectRoot, 'dist', 'cli.js');
const e2e = existsSync(cli) ? test.serial : test.skip;

/**
 * A script that runs the CLI on the caller's terminal with the given standard input and environment. node-pty sets
 * TERM to its terminal name whatever the environment says, so TERM=dumb has to be set on the far side of the pty.
 */
function wrapper(stdin: 'inherit' | 'ignore', env: Record<string, string>): string {
	const script = path.join(mkdtempSync(path.join(tmpdir(), 'newsdash-terminal-')), 'run.mjs');
	writeFileSync(
		script,
		[
			"import {spawnSync} from 'node:child_process';",
			`const env = {...process.env, ...${JSON.stringify(env)}};`,
			`const result = spawnSync(process.execPath, [${JSON.stringify(cli)}, ...process.argv.slice(2)], {stdio: [${JSON.stringify(stdin)}, 'inherit', 'inherit'], env});`,
			'process.exit(result.status ?? 1);',
		].join('\n'),
	);
	return script;
}

e2e('TERM=dumb on a terminal prints the panes as text and exits 0', async t => {
	const session = spawnCli([seed], {cols: 100, rows: 40, script: wrapper('inherit', {TERM: 'dumb'})});
	const exit = await session.exited;
	t.is(exit.exitCode, 0);
	const output = session.output();
	for (const heading of ['Quotes', 'Timeline', 'Totals', 'Los Angeles County']) {
		t.true(output.includes(heading), heading);
	}

	t.false(session.isAlternate());
	t.false(output.includes('\u001B[?1049h'), 'the alternate screen is never opened');
});

e2e('a terminal on stdout with stdin on /dev/null prints the panes instead of failing on raw mode', async t => {
	const session = spawnCli([seed], {cols: 100, rows: 40, script: wrapper('ignore', {})});
	const exit = await session.exited;
	const output = session.output();
	t.is(exit.exitCode, 0, output);
	t.true(output.includes('Los Angeles County'));
	t.true(output.includes('Timeline'));
	t.false(/raw mode/i.test(output), 'no raw-mode error');
	t.false(/\bat .+:\d+:\d+/.test(output), 'no stack trace');
});

e2e(
	'on a terminal, a bad article is the same one-line error as anywhere, and the screen is left as it was',
	async t => {
		const directory = mkdtempSync(path.join(tmpdir(), 'newsdash-bad-'));
		const empty = path.join(directory, 'empty.txt');
		writeFileSync(empty, '   \n');
		for (const [file, pattern] of [
			[path.join(directory, 'missing.txt'), /^newsdash: cannot read ".*missing\.txt": no such file$/],
			[empty, /^newsdash: .*empty/],
		] as const) {
			const session = spawnCli([file], {cols: 100, rows: 30});
			const exit = await session.exited;
			const lines = session
				.output()
				.split(/\r?\n/)
				.filter(line => line.trim() !== '');
			t.is(exit.exitCode, 1, file);
			t.is(lines.length, 1, session.output());
			t.regex(lines[0] ?? '', pattern);
			t.false(session.output().includes('\u001B[?1049h'), 'the alternate screen is never opened');
		}
	},
);
