// The reader and the report for one article, loaded with a V8 code cache where the bundle ships one.
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import type * as CoreEntry from './core-entry.ts';

export type Core = typeof CoreEntry;

/**
 * A one-article run (`--json`, a print, an export) spends more of its time compiling the core's functions the first
 * time they run than running them: cold, the seed's report took 100–200 ms, warm 16–40 ms. Node 20 has no compile
 * cache for ES modules (module.enableCompileCache came in 22), so the bundle also carries the core as one classic
 * script, dist/core.cjs, compiled here with the code cache dist/core.cache: the functions a run over the bundled
 * article compiled, saved once after that run (the build makes it by running the bin). V8 takes a cache only from
 * the same V8, the same source and the same flags, and rejects any other at no cost but the compile it would have
 * done anyway; measured on the seed under load: 190 → 159 ms of CPU, 16%.
 * Errors thrown by this copy of the core are not instances of the ES modules' classes: match them by name.
 */
export async function loadCore(): Promise<Core> {
	const script = coreScript();
	if (script === null) {
		const [{loadArticle, STDIN}, {buildReport}] = await Promise.all([
			import('../article/load.ts'),
			import('../extract/report.ts'),
		]);
		return {loadArticle, STDIN, buildReport};
	}

	return compiled(script);
}

/** dist/core.cjs beside cli.js (this code is in cli.js or one of its chunks); null when run from source. */
function coreScript(): string | null {
	if (import.meta.url.endsWith('.ts')) {
		return null;
	}

	for (const relative of ['./core.cjs', '../core.cjs']) {
		const path = fileURLToPath(new URL(relative, import.meta.url));
		if (existsSync(path)) {
			return path;
		}
	}

	return null;
}

function compiled(path: string): Core {
	const cachePath = path.replace(/\.cjs$/, '.cache');
	let cachedData: Buffer | undefined;
	try {
		cachedData = readFileSync(cachePath);
	} catch {
		cachedData = undefined;
	}

	const script = new Script(wrapCore(readFileSync(path, 'utf8')), {
		filename: path,
		...(cachedData === undefined ? {} : {cachedData}),
	});
	const module = {exports: {} as Core};
	(script.runInThisContext() as (...parameters: unknown[]) => void)(
		module.exports,
		createRequire(path),
		module,
		path,
		dirname(path),
	);
	if (cachedData === undefined) {
		// No cache yet: the first run makes it, from what it compiled, as it exits.
		process.once('exit', () => {
			saveCache(script, cachePath);
		});
	}

	return module.exports;
}

/**
 * The CommonJS wrapper Node itself uses, so the bundle's require() reaches node_modules and Node's built-ins. The
 * cache belongs to this exact text: any change to it makes V8 reject every cache made before.
 */
export function wrapCore(source: string): string {
	return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

function saveCache(script: Script, cachePath: string): void {
	try {
		// Renamed into place, so a run starting meanwhile never reads half a cache.
		const temporary = `${cachePath}.${process.pid}.tmp`;
		writeFileSync(temporary, script.createCachedData());
		renameSync(temporary, cachePath);
	} catch {
		// A read-only install runs without a cache, as before.
	}
}
