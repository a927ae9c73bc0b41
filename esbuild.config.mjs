// One ESM bundle for the CLI (run by `npm install` through `prepare`, and by `npm test`). Production React, no
// devtools, code split so that Ink/React and the picture machinery load only on the paths that use them.
import {rmSync} from 'node:fs';
import {build} from 'esbuild';

// Chunk names carry content hashes: start clean so stale chunks from earlier builds don't pile up in dist/.
rmSync('dist', {recursive: true, force: true});

/** Ink imports react-devtools-core only when DEV is set; the bundle must not carry (or fail to find) it. */
const devtoolsStub = {
	name: 'react-devtools-core-stub',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({
			contents: 'export default {initialize() {}, connectToDevTools() {}};',
			loader: 'js',
		}));
	},
};

await build({
	entryPoints: ['cli.tsx'],
	outdir: 'dist',
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"'},
	// Native addon: loaded from node_modules at run time.
	external: ['@resvg/resvg-js'],
	plugins: [devtoolsStub],
	// CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
	banner: {
		js: "import {createRequire as __newsdashRequire} from 'node:module'; const require = __newsdashRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
