// Builds the bench's reference programs into a temporary directory with the base settings of esbuild.config.mjs that
// every bundled Ink program needs (minified ESM, production React, devtools stubbed). The CLI's own start-up work on
// top of those (ICU loaded lazily, one-cell text measured without segmenting, yoga loaded without fetch) is not given
// to the reference: it is part of what the bench measures.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {baseOptions} from '../esbuild.config.mjs';

export type References = {
	/** The directory holding every reference; the caller removes it. */
	readonly directory: string;
	/** The bundled minimal Ink app. */
	readonly inkApp: string;
	/** The bundled extraction child (bench-extract-child.ts), started with plain node: no tsx start-up per input. */
	readonly extractChild: string;
};

/** Bundles the reference Ink app and the extraction child into a fresh temporary directory. */
export async function buildReferences(): Promise<References> {
	const directory = mkdtempSync(join(tmpdir(), 'newsdash-bench-'));
	// ESM output needs a package scope that says so, or Node warns and re-parses it.
	writeFileSync(join(directory, 'package.json'), '{"type": "module"}\n');
	await build({
		...baseOptions,
		entryPoints: {
			'ink-app': join(import.meta.dirname, 'reference-ink-app.tsx'),
			'extract-child': join(import.meta.dirname, 'bench-extract-child.ts'),
		},
		outdir: directory,
	});
	return {directory, inkApp: join(directory, 'ink-app.js'), extractChild: join(directory, 'extract-child.js')};
}
