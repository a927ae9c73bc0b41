import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import stripAnsi from 'strip-ansi';
import type {Report} from '../extract/types.ts';
import type {PaneName} from '../ui/pane-name.ts';
import {paneNames} from '../ui/pane-name.ts';
import {pictureTitle} from '../ui/picture.ts';
import {renderPicture} from '../ui/render-screen.tsx';
import type {RenderedPage} from '../ui/render-screen.tsx';
import {ExportError} from './export-error.ts';
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
	// Each pane drawn first: a pane too long for one picture becomes pages, each a file of its own.
	const files: Array<{path: string; bytes: string | Buffer}> = [];
	for (const [index, pane] of panes.entries()) {
		const pages = await snapshotPages(report, pane, options);
		for (const [number, bytes] of pages.entries()) {
			files.push({path: pages.length === 1 ? targets[index]! : pagePath(targets[index]!, number + 1), bytes});
		}
	}

	// All or nothing: a taken name found after three panes were written would leave a half-made set behind.
	for (const file of files) {
		await assertWritableTarget(file.path, options.force);
	}

	for (const file of files) {
		await writeFileSafely(file.path, file.bytes, {force: options.force});
	}

	return files.map(file => file.path);
}

/** `shots/quotes.png` → `shots/quotes-page-2.png`: the page number before the extension. */
export function pagePath(target: string, page: number): string {
	const extension = path.extname(target);
	const stem = extension === '' ? target : target.slice(0, -extension.length);
	return `${stem}-page-${page}${extension}`;
}

type PictureChoices = Pick<SnapshotOptions, 'format' | 'cols' | 'rows' | 'theme' | 'frame'>;

/**
 * One pane's snapshot in the chosen format, one element per page: the whole pane as a picture for a report (every
 * row, none selected, no key hints; ui/picture.ts), at least `rows` tall.
 */
export async function snapshotPages(
	report: Report,
	pane: PaneName,
	options: PictureChoices,
): Promise<Array<string | Buffer>> {
	const {format, cols, rows, theme} = options;
	if (format === 'txt') {
		return renderPicture(report, {pane, cols, rows, color: false, theme}).map(page => plainFrame(page.ansi));
	}

	const pages = renderPicture(report, {pane, cols, rows, color: true, theme});
	if (format === 'ansi') {
		return pages.map(page => page.ansi + '\n');
	}

	return Promise.all(pages.map(async page => pagePicture(report, pane, page, options)));
}

async function pagePicture(
	report: Report,
	pane: PaneName,
	page: RenderedPage,
	options: PictureChoices,
): Promise<string | Buffer> {
	const svg = await ansiToSvg(page.ansi, {
		cols: page.cols,
		rows: page.rows,
		theme: options.theme,
		frame: options.frame,
		title: pictureTitle(report, pane, page.cols),
	});
	return options.format === 'svg' ? svg : svgToPng(svg);
}

/**
 * One pane's snapshot as one piece of output (`-o -`): text pages follow one another; a picture of several pages has
 * no single file to be, so it is refused.
 */
export async function snapshotOf(report: Report, pane: PaneName, options: PictureChoices): Promise<string | Buffer> {
	const pages = await snapshotPages(report, pane, options);
	if (pages.length === 1) return pages[0]!;
	if (options.format === 'txt' || options.format === 'ansi') return pages.join('\n');
	throw new ExportError(`the ${pane} pane takes ${pages.length} pictures: write them to files with -o`);
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
