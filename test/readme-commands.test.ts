import {execFile} from 'node:child_process';
import {copyFile, mkdtemp, readFile, readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import {cliPath} from './helpers/run-cli.ts';

// The README's commands work after its set-up (issue 13, defect 8): `npm install` puts no `newsdash` on the PATH, so
// the README says `npx newsdash …`. Every command of its "Use" block is run here as written, with `article.txt` an
// article of the fixtures, `npx newsdash` the built CLI (npx itself is checked once, below), and the network left
// out: `curl … |` becomes `cat article.txt |` and `| less` becomes `| cat`.

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..');
const readme = await readFile(path.join(root, 'readme.md'), 'utf8');

function useCommands(): string[] {
	const block = /## Use\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
	return block
		.split('\n')
		.map(line => line.replace(/\s+#.*$/, '').trim())
		.filter(line => line !== '');
}

test('every command of the README starts the way it works after npm install', t => {
	const commands = useCommands();
	t.true(commands.length >= 10);
	for (const command of commands) {
		t.regex(command, /(^|\| )npx newsdash( |$)/, command);
	}

	// Nowhere in the README is a bare `newsdash …` given as a command to type, outside the words on PATH.
	// The bad-input tables name the command as its messages do ("newsdash: …"), and the set-up says how to run it; their
	// rows are run as written by readme-bad-input.test.ts. Everywhere else a command must start as it works.
	const prose = readme
		.split('\n')
		.filter(line => !line.startsWith('|'))
		.join('\n');
	const bare = [...prose.matchAll(/`newsdash (?:[a-z-]+ )?(?:article|FILE|-|\|)[^`]*`/g)].map(match => match[0]);
	t.deepEqual(bare, []);
});

test('npx newsdash runs this project’s own command, with no download', async t => {
	// The first npx in a checkout links the project into npx's cache, and linking runs its `prepare` (the build),
	// which would replace dist/ under the other tests' feet: scripts are off for this one look.
	const {stdout} = await run('npx', ['--offline', 'newsdash', '--version'], {
		cwd: root,
		timeout: 300_000,
		env: {...process.env, npm_config_ignore_scripts: 'true'},
	});
	const {version} = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {version: string};
	t.is(stdout.trim(), version);
});

for (const command of useCommands()) {
	test(`README: ${command}`, async t => {
		const directory = await mkdtemp(path.join(tmpdir(), 'newsdash-readme-'));
		await copyFile(
			path.join(root, 'test', 'fixtures', 'ferry-fire-passengers.txt'),
			path.join(directory, 'article.txt'),
		);
		const shell = command
			.replace(/^curl -s \S+ \|/, 'cat article.txt |')
			.replace(/\| less$/, '| cat')
			.replaceAll('npx newsdash', `"${process.execPath}" "${cliPath}"`);
		const {stdout, stderr} = await run('/bin/sh', ['-c', shell], {
			cwd: directory,
			timeout: 300_000,
			env: {...process.env, NO_COLOR: '1', COLUMNS: '100'},
		});
		t.is(stderr, '');
		if (command.includes(' -o ')) {
			// The files it names are there; it says what it wrote.
			const files = await readdir(directory, {recursive: true});
			const named = /-o (\S+)/.exec(command)![1]!;
			t.true(
				named.endsWith('/')
					? files.filter(file => file.startsWith(named.slice(0, -1) + path.sep)).length === 4
					: files.includes(named),
				`${named} in ${files.join(', ')}`,
			);
			t.regex(stdout, /^wrote /);
		} else if (command.includes('--json')) {
			t.is((JSON.parse(stdout) as {version: number}).version, 1);
		} else {
			// Not a terminal: the four panes printed.
			t.regex(stdout, /── 1 .*\n[\s\S]*── 4 Totals/);
		}
	});
}
