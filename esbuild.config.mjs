// One ESM bundle for the CLI (run by `npm install` through `prepare`, and by `npm test`). Production React, no
// devtools, code split so that Ink/React and the picture machinery load only on the paths that use them.
import {spawnSync} from 'node:child_process';
import {readdirSync, rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

/**
 * Ink imports react-devtools-core only when DEV is set; the bundle must not carry (or fail to find) it.
 * @type {import('esbuild').Plugin}
 */
export const devtoolsStub = {
	name: 'react-devtools-core-stub',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({
			contents: 'export default {initialize() {}, connectToDevTools() {}};',
			loader: 'js',
		}));
	},
};

const fastStringWidth = fileURLToPath(new URL('source/text/fast-string-width.ts', import.meta.url));

/**
 * Every `string-width` in the bundle (Ink, wrap-ansi, cliui, ours) resolves to source/text/fast-string-width.ts, which
 * answers one-cell text itself. The real string-width behind it is evaluated on its first call, not at start-up: its
 * module builds a /^\p{RGI_Emoji}$/v expression as it loads, 16 ms spent before anything is measured.
 */
/** @type {import('esbuild').Plugin} */
const fastWidth = {
	name: 'fast-string-width',
	setup(builder) {
		builder.onResolve({filter: /^string-width$/}, args => {
			if (args.namespace === 'lazy-string-width') {
				return undefined;
			}

			return args.importer === fastStringWidth
				? {path: 'string-width', namespace: 'lazy-string-width', pluginData: args.resolveDir}
				: {path: fastStringWidth};
		});
		// require() rather than import: esbuild evaluates a required ES module when the require runs.
		builder.onLoad({filter: /.*/, namespace: 'lazy-string-width'}, args => ({
			contents: `let real;
export default function stringWidth(text, options) {
	real ??= require('string-width').default;
	return real(text, options);
}`,
			loader: 'js',
			resolveDir: args.pluginData,
		}));
	},
};

const fasterStyledChars = fileURLToPath(new URL('source/text/ansi-styled-chars.ts', import.meta.url));

/**
 * Ink's output tokenizer gets its styledCharsFromTokens and styledCharsToString from
 * source/text/ansi-styled-chars.ts, which shares one style list among the cells of a run, answers "same style" and
 * "no codes" itself, and otherwise calls the tokenizer's own reduce, diff and code functions.
 */
/** @type {import('esbuild').Plugin} */
const styledChars = {
	name: 'faster-styled-chars',
	setup(builder) {
		builder.onResolve({filter: /^\.\/styledChars\.js$/}, args =>
			/@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]index\.js$/.test(args.importer)
				? {path: join(args.resolveDir, 'styledChars.js'), namespace: 'faster-styled-chars'}
				: undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'faster-styled-chars'}, args => {
			const sibling = name => JSON.stringify(join(dirname(args.path), name));
			return {
				contents: `import {reduceAnsiCodesIncremental} from ${sibling('reduce.js')};
import {diffAnsiCodes} from ${sibling('diff.js')};
import {ansiCodesToString} from ${sibling('ansiCodes.js')};
import {fasterStyledChars} from ${JSON.stringify(fasterStyledChars)};
export const {styledCharsFromTokens, styledCharsToString} = fasterStyledChars({
	reduceAnsiCodesIncremental,
	diffAnsiCodes,
	ansiCodesToString,
});`,
				loader: 'js',
				resolveDir: dirname(args.path),
			};
		});
	},
};

/**
 * A plugin that gives `specifier`, where a file `importedFrom` accepts imports it, the module `contents` instead. Its
 * imports resolve from `resolveDir`, else from the importer's folder; imports made by `contents` itself are left alone.
 * @param {string} name
 * @param {{specifier: string, importedFrom: (importer: string) => boolean, contents: string, resolveDir?: string}} options
 * @returns {import('esbuild').Plugin}
 */
function substitute(name, {specifier, importedFrom, contents, resolveDir}) {
	const filter = new RegExp(`^${specifier.replaceAll('.', '\\.')}$`);
	return {
		name,
		setup(builder) {
			builder.onResolve({filter}, args =>
				args.namespace === 'file' && importedFrom(args.importer)
					? {path: specifier, namespace: name, pluginData: resolveDir ?? args.resolveDir}
					: undefined,
			);
			builder.onLoad({filter: /.*/, namespace: name}, args => ({contents, loader: 'js', resolveDir: args.pluginData}));
		},
	};
}

const publicationDates = fileURLToPath(new URL('source/article/dates.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const inPackage = (...names) => {
	const pattern = new RegExp(`[\\\\/]node_modules[\\\\/](?:${names.join('|')})[\\\\/]`);
	return importer => pattern.test(importer);
};

/**
 * The article reader imports chrono-node for the rare publication date source/article/written-date.ts can't read;
 * evaluating chrono's modules costs 7–8 ms of every start-up. In the bundle that import evaluates chrono on the first
 * call instead (the timeline's own import of it is untouched).
 */
const lazyChrono = substitute('lazy-chrono-for-publication-dates', {
	specifier: 'chrono-node/en',
	importedFrom: importer => importer === publicationDates,
	contents: `let real;
export function parse(...parameters) {
	real ??= require('chrono-node/en');
	return real.parse(...parameters);
}`,
});

/**
 * ink-table keys each row's React element with object-hash's sha1 of the row. On the first frame that meant loading
 * node:crypto and object-hash and hashing cold, 15–25 ms before anything is drawn. A key only has to be the same for
 * the same row (ink-table adds the row's index for uniqueness), so in the bundle the row's JSON is its key.
 */
const lightRowKeys = substitute('ink-table-row-keys', {
	specifier: 'object-hash',
	importedFrom: inPackage('ink-table'),
	contents: `export function sha1(row) {
	try {
		return JSON.stringify(row) ?? String(row);
	} catch {
		return String(row);
	}
}`,
});

/**
 * Ink and restore-cursor each carry their own signal-exit 3, which loads node:assert, beside the signal-exit 4 the
 * dashboard uses. Version 4's onExit takes the same callback and options and returns the same remover, so in the bundle
 * all three share it: one set of exit handlers, two module copies and node:assert fewer at start-up.
 */
const oneSignalExit = substitute('one-signal-exit', {
	specifier: 'signal-exit',
	importedFrom: inPackage('ink', 'restore-cursor'),
	contents: `import {onExit} from 'signal-exit';
export default onExit;`,
	resolveDir: projectRoot,
});

/**
 * terminal-size (under Ink) imports node:child_process for the `tput` it runs when stdout is not a terminal, which the
 * dashboard never draws to; loading the module cost 3–5 ms of every start-up. In the bundle it is required on the
 * first call instead.
 */
const lazyChildProcess = substitute('lazy-child-process-for-terminal-size', {
	specifier: 'node:child_process',
	importedFrom: inPackage('terminal-size'),
	contents: `export function execFileSync(...parameters) {
	return require('node:child_process').execFileSync(...parameters);
}`,
});

/**
 * What any bundled Ink program needs (the bench builds its reference Ink app with exactly these).
 * @type {import('esbuild').BuildOptions}
 */
export const baseOptions = {
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [devtoolsStub],
	// CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
	banner: {
		js: "import {createRequire as __newsdashRequire} from 'node:module'; const require = __newsdashRequire(import.meta.url);",
	},
	logLevel: 'warning',
};

/**
 * The CLI's own start-up work on top: no ICU data until text needs it, no grapheme segmentation for one-cell text.
 * @type {import('esbuild').BuildOptions}
 */
export const cliOptions = {
	...baseOptions,
	// The batch worker is an entry of its own: a worker thread is started from a file. Code it shares with the CLI (the
	// reader, the report) lands in chunks both load.
	entryPoints: {cli: 'cli.tsx', 'batch-worker': 'source/batch/worker.ts'},
	outdir: 'dist',
	define: {...baseOptions.define, 'Intl.Segmenter': 'LazySegmenter'},
	inject: ['source/text/lazy-segmenter.ts'],
	// Native addon: loaded from node_modules at run time.
	external: ['@resvg/resvg-js'],
	plugins: [devtoolsStub, fastWidth, styledChars, lazyChrono, lightRowKeys, oneSignalExit, lazyChildProcess],
};

/**
 * The core (reader and report) once more, as one classic script: the one-article paths compile it with a V8 code
 * cache, which Node 20 offers for scripts and not for ES modules (source/cli/core.ts says why and what it saves).
 * @type {import('esbuild').BuildOptions}
 */
export const coreOptions = {
	...cliOptions,
	entryPoints: ['source/cli/core-entry.ts'],
	outdir: undefined,
	outfile: 'dist/core.cjs',
	format: 'cjs',
	splitting: false,
	chunkNames: undefined,
	// The wrapper in source/cli/core.ts supplies require and __filename; html-page.ts resolves its libraries from here.
	banner: {js: "const __coreUrl = require('node:url').pathToFileURL(__filename).href;"},
	define: {...cliOptions.define, 'import.meta.url': '__coreUrl'},
};

/**
 * The code cache is made by the bin itself, run once on the bundled article through its shebang: V8 takes a cache
 * only under the flags it was made with, and those are the shebang's. A build that cannot run it ships no cache.
 */
function makeCodeCache() {
	const seed = readdirSync('seeds')
		.filter(name => name.endsWith('.txt'))
		.sort()[0];
	if (seed !== undefined) {
		spawnSync(join('dist', 'cli.js'), [join('seeds', seed), '--json'], {stdio: 'ignore', timeout: 60_000});
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	// Chunk names carry content hashes: start clean so stale chunks from earlier builds don't pile up in dist/.
	rmSync('dist', {recursive: true, force: true});
	await build(cliOptions);
	await build(coreOptions);
	makeCodeCache();
}
