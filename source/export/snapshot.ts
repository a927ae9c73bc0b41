import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import stripAnsi from 'strip-ansi';
import type {Report} from '../extract/types.ts';
import type {PaneName} from '../ui/pane-name.ts';
import {paneNames} from '../ui/pane-name.ts';
import {renderScreen} from '../ui/render-screen.tsx';
import {ExportError} from './export-error.ts';
import {pictureTitle} from './picture.ts';
import {svgToPng} from './png.ts';
import {snapshotPaths} from './snapshot-paths.ts';
import type {SnapshotFormat} from './snapshot-paths.ts';
import {ansiToSvg} from './svg.ts';
import {assertWritableTarget, writeFileSafely} from './write-file.ts';

export type SnapshotOptions = {
	/** One pane, or every pane, one file each (see snapshot-paths.ts for how the files are named). */
	readonly pane: PaneName | 'all';
	readonly format: SnapshotFormat;
	readonly cols: number;
	readonly rows: number;
	/** The palette of svg/png and the dashboard theme drawn; a snapshot is for a document, so NO_COLOR does not apply. */
	readonly theme: 'dark' | 'light';
	/** A file, or a directory for one file per pane. */
	readonly output: string;
	/** Replace existing files; without it nothing is written when any target exists. */
	readonly force: boolean;
	/** A window frame around svg/png. */
	readonly frame: boolean;
};

/** Writes the pane(s) exactly as the dashboard draws them at cols×rows and returns the paths written. */
export async function writeSnapshots(report: Report, options: SnapshotOptions): Promise<string[]> {
	const panes = options.pane === 'all' ? [...paneNames] : [options.pane];
	// A trailing slash says "a folder", so `-o shots/` may name one that is not there yet.
	if (options.output.endsWith('/') || options.output.endsWith(path.sep)) {
		await mkdir(options.output, {recursive: true}).catch((error: unknown) => {
			// Node's message repeats the code and the call: "ENOTDIR: not a directory, mkdir 'a/b/'".
			const reason =
				error instanceof Error ? error.message.replace(/^[A-Z]+: /, '').replace(/, mkdir .*$/s, '') : String(error);
			throw new ExportError(`cannot create directory ${options.output}: ${reason}`);
		});
	}

	const targets = snapshotPaths(options.output, panes, options.format);
	// All or nothing: a taken name found after three panes were written would leave a half-made set behind.
	for (const target of targets) {
		await assertWritableTarget(target, options.force);
	}

	for (const [index, pane] of panes.entries()) {
		await writeFileSafely(targets[index]!, await snapshotOf(report, pane, options), {force: options.force});
	}

	return targets;
}

/** One pane's snapshot in the chosen format, as the bytes to write. */
export async function snapshotOf(
	report: Report,
	pane: PaneName,
	options: Pick<SnapshotOptions, 'format' | 'cols' | 'rows' | 'theme' | 'frame'>,
): Promise<string | Buffer> {
	const {format, cols, rows, theme} = options;
	if (format === 'txt') {
		return plainFrame(renderScreen(report, {pane, cols, rows, color: false, theme}));
	}

	const ansi = renderScreen(report, {pane, cols, rows, color: true, theme});
	if (format === 'ansi') {
		return ansi + '\n';
	}

	const svg = await ansiToSvg(ansi, {
		cols,
		rows,
		theme,
		frame: options.frame,
		title: pictureTitle(pane),
	});
	return format === 'svg' ? svg : svgToPng(svg);
}

/** The frame as plain text: no escape codes, no trailing spaces, one newline at the end. */
export function plainFrame(frame: string): string {
	return (
		stripAnsi(frame)
			.split('\n')
			.map(line => line.trimEnd())
			.join('\n') + '\n'
	);
}
