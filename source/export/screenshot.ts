import {unlink} from 'node:fs/promises';
import path from 'node:path';
import type {PaneName} from '../ui/pane-name.ts';
import {ExportError} from './export-error.ts';
import {framePictures} from './picture.ts';
import {writeFileSafely} from './write-file.ts';

/** What the dashboard hands over on Ctrl-S: the frame on screen, as drawn, and its size. */
export type Screen = {readonly ansi: string; readonly cols: number; readonly rows: number; readonly pane: PaneName};

/** Beyond this many screenshots of one pane in one directory something is wrong; stop rather than spin. */
const maxAttempts = 1000;

/**
 * Saves the screen as `newsdash-<pane>.png` and `.svg` in `directory`, never replacing a file: when either name is
 * taken, the pair becomes `newsdash-<pane>-2`, `-3`, … so a PNG and its SVG always share a number. Returns the paths.
 */
export async function saveScreenshot(screen: Screen, directory: string): Promise<string[]> {
	const {svg, png} = await framePictures(screen.ansi, {
		cols: screen.cols,
		rows: screen.rows,
		pane: screen.pane,
		theme: 'dark',
		frame: true,
	});
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const base = path.join(directory, attempt === 1 ? `newsdash-${screen.pane}` : `newsdash-${screen.pane}-${attempt}`);
		const pngPath = `${base}.png`;
		const svgPath = `${base}.svg`;
		try {
			await writeFileSafely(pngPath, png);
		} catch (error) {
			if (isTaken(error)) {
				continue;
			}

			throw error;
		}

		try {
			await writeFileSafely(svgPath, svg);
		} catch (error) {
			// The PNG went in under a name whose SVG is taken: take the pair to the next free number instead.
			await unlink(pngPath).catch(() => undefined);
			if (isTaken(error)) {
				continue;
			}

			throw error;
		}

		return [pngPath, svgPath];
	}

	throw new ExportError(`cannot save a screenshot in ${directory}: too many newsdash-${screen.pane} files already`);
}

function isTaken(error: unknown): boolean {
	return error instanceof ExportError && error.reason === 'exists';
}
