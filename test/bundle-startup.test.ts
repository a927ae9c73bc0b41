// What the built dashboard loads before its first frame: the entry, the article reader, the first part of the report
// and the UI, with every chunk they import statically. Each module kept out of that set was measured at 2–25 ms of
// start-up (esbuild.config.mjs says why each is left out); this keeps a dependency update from quietly adding it back.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'ava';

const dist = join(import.meta.dirname, '..', 'dist');

function read(path: string): string {
	return readFileSync(join(dist, path), 'utf8');
}

/**
 * The chunk a dynamic import in cli.js, or in a chunk it imports statically (code it shares with the batch worker or
 * with a lazily loaded command lands there), names, by the module it was built from.
 */
function dynamicChunk(name: string): string {
	for (const code of staticClosure(['cli.js']).values()) {
		const match = new RegExp(`import\\("\\./(?:chunks/)?(${name}-[A-Z\\d]+\\.js)"\\)`).exec(code);
		if (match?.[1] !== undefined) {
			return `chunks/${match[1]}`;
		}
	}

	throw new Error(`cli.js imports no ${name} chunk`);
}

function staticClosure(roots: readonly string[]): Map<string, string> {
	const seen = new Map<string, string>();
	const queue = [...roots];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		if (seen.has(path)) {
			continue;
		}

		const code = read(path);
		seen.set(path, code);
		const directory = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
		for (const [, target] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
			queue.push(directory + target!);
		}
	}

	return seen;
}

const entry = read('cli.js');
const startup = staticClosure(['cli.js', ...['load', 'report-first', 'run'].map(name => dynamicChunk(name))]);

test('the start-up set is found: the entry, the reader, the report’s first part and the UI', t => {
	const names = [...startup.keys()];
	t.true(names.some(name => name.startsWith('chunks/run-')));
	t.true(startup.size >= 6, names.join(', '));
	t.true(readdirSync(join(dist, 'chunks')).length > startup.size);
});

test('nothing loaded before the first frame imports node:crypto, node:assert, node:v8 or node:child_process', t => {
	for (const [path, code] of startup) {
		t.notRegex(code, /from\s*"(?:node:)?child_process"/, path);
		t.notRegex(code, /from\s*"(?:node:)?crypto"|\(\s*"(?:node:)?crypto"\s*\)/, path);
		t.notRegex(code, /\(\s*"(?:node:)?assert"\s*\)|from\s*"(?:node:)?assert"/, path);
		t.notRegex(code, /from\s*"(?:node:)?v8"/, path);
	}
});

test('the bin passes the regular-expression flag itself, so runtime-flags need not load node:v8', t => {
	const [shebang] = entry.split('\n');
	t.regex(shebang!, /--regexp-tier-up-ticks=20/);
	t.regex(entry, /import\("node:v8"\)/);
});

test('the bundle ships a code cache for the core that V8 accepts under the bin’s own flags', t => {
	const flags = /^#!\/usr\/bin\/env -S node (.+)$/.exec(entry.split('\n')[0]!)?.[1]?.split(' ') ?? [];
	t.true(flags.length > 0);
	const check = [
		`import {readFileSync} from 'node:fs';`,
		`import {Script} from 'node:vm';`,
		`import {wrapCore} from ${JSON.stringify(join(import.meta.dirname, '..', 'source', 'cli', 'core.ts'))};`,
		`const source = readFileSync(${JSON.stringify(join(dist, 'core.cjs'))}, 'utf8');`,
		`const cachedData = readFileSync(${JSON.stringify(join(dist, 'core.cache'))});`,
		`process.stdout.write(String(new Script(wrapCore(source), {cachedData}).cachedDataRejected));`,
	].join('\n');
	const result = spawnSync(process.execPath, [...flags, '--import=tsx', '--input-type=module', '-e', check], {
		encoding: 'utf8',
	});
	t.is(result.stdout, 'false', result.stderr);
});
