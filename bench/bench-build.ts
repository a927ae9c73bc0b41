// Builds the bench's reference programs into a temporary directory with the settings of esbuild.config.mjs, so the
// minimal Ink app pays exactly what the CLI bundle pays (production React, minified ESM, devtools stubbed).
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build, type Plugin} from 'esbuild';

export type References = {
	/** The directory holding every reference; the caller removes it. */
	readonly directory: string;
	/** The bundled minimal Ink app. */
	readonly inkApp: string;
	/** The bundled extraction child (bench-extract-child.ts), started with plain node: no tsx start-up per input. */
	readonly extractChild: string;
};

const devtoolsStub: Plugin = {
	name: 'react-devtools-core-stub',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({
			contents: 'export default {initialize() {}, connectToDevTools() {}};',
			loader: 'js',
		}));
	},
};

/** Bundles the reference Ink app and the extraction child into a fresh temporary directory. */
export async function buildReferences(): Promise<References> {
	const directory = mkdtempSync(join(tmpdir(), 'newsdash-bench-'));
	// ESM output needs a package scope that says so, or Node warns and re-parses it.
	writeFileSync(join(directory, 'package.json'), '{"type": "module"}\n');
	await build({
		entryPoints: {
			'ink-app': join(import.meta.dirname, 'reference-ink-app.tsx'),
			'extract-child': join(import.meta.dirname, 'bench-extract-child.ts'),
		},
		outdir: directory,
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
		banner: {
			js: "import {createRequire as __newsdashRequire} from 'node:module'; const require = __newsdashRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
	return {directory, inkApp: join(directory, 'ink-app.js'), extractChild: join(directory, 'extract-child.js')};
}
