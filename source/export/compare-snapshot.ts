// `newsdash snapshot A B C --pane compare` and Ctrl-S on the Compare pane: the pane as a picture for a report in any
// of the formats an article's pane is written in (snapshot.ts), one file per page.
import {mkdir, stat} from 'node:fs/promises';
import path from 'node:path';
import type {CompareReport} from '../compare/types.ts';
import type {Report} from '../extract/types.ts';
import {comparePictureTitle} from '../ui/compare-picture.ts';
import {renderComparePicture} from '../ui/render-compare.tsx';
import {ExportError} from './export-error.ts';
import {svgToPng} from './png.ts';
import type {SnapshotOptions} from './snapshot.ts';
import {pagePath, plainFrame} from './snapshot.ts';
import {ansiToSvg} from './svg.ts';
import {assertWritableTarget, writeFileSafely} from './write-file.ts';

type PictureChoices = Pick<SnapshotOptions, 'format' | 'cols' | 'rows' | 'theme' | 'frame'>;

/** The Compare pane in the chosen format, one element per page. */
export async function compareSnapshotPages(
	compare: CompareReport,
	reports: readonly Report[],
	options: PictureChoices,
): Promise<Array<string | Buffer>> {
	const {format, cols, rows, theme} = options;
	const pages = renderComparePicture(compare, reports, {cols, rows, color: format !== 'txt', theme});
	if (format === 'txt') return pages.map(page => plainFrame(page.ansi));
	if (format === 'ansi') return pages.map(page => page.ansi + '\n');
	const title = comparePictureTitle(compare, cols);
	return Promise.all(
		pages.map(async page => {
			const svg = await ansiToSvg(page.ansi, {cols: page.cols, rows: page.rows, theme, frame: options.frame, title});
			return format === 'svg' ? svg : svgToPng(svg);
		}),
	);
}

/** The pane as one piece of output (`-o -`): text pages follow one another; several pictures are refused. */
export async function compareSnapshotOf(
	compare: CompareReport,
	reports: readonly Report[],
	options: PictureChoices,
): Promise<string | Buffer> {
	const pages = await compareSnapshotPages(compare, reports, options);
	if (pages.length === 1) return pages[0]!;
	if (options.format === 'txt' || options.format === 'ansi') return pages.join('\n');
	throw new ExportError(`the compare pane takes ${pages.length} pictures: write them to files with -o`);
}

/**
 * Writes the Compare pane to `output` (a file, or a folder for `compare.<format>` in it; pages get `-page-N`) and
 * returns the paths written. Nothing is written when any target is taken, unless `force`.
 */
export async function writeCompareSnapshot(
	compare: CompareReport,
	reports: readonly Report[],
	options: PictureChoices & Pick<SnapshotOptions, 'output' | 'force'>,
): Promise<string[]> {
	const folder = options.output.endsWith('/') || options.output.endsWith(path.sep) || (await isFolder(options.output));
	if (folder) {
		await mkdir(options.output, {recursive: true}).catch(() => {
			throw new ExportError(`cannot create directory ${options.output}`);
		});
	}

	const target = folder ? path.join(options.output, `compare.${options.format}`) : options.output;
	const pages = await compareSnapshotPages(compare, reports, options);
	const files = pages.map((bytes, index) => ({path: pages.length === 1 ? target : pagePath(target, index + 1), bytes}));
	for (const file of files) await assertWritableTarget(file.path, options.force);
	for (const file of files) await writeFileSafely(file.path, file.bytes, {force: options.force});
	return files.map(file => file.path);
}

async function isFolder(output: string): Promise<boolean> {
	return stat(output).then(
		stats => stats.isDirectory(),
		() => false,
	);
}
