import {unlink} from 'node:fs/promises';
import path from 'node:path';
import type {PaneName} from '../ui/pane-name.ts';
import {ExportError} from './export-error.ts';
import {framePictures} from './picture.ts';
import {writeFileSafely} from './write-file.ts';

/** A frame and the size it is drawn at. */
export type Frame = {readonly ansi: string; readonly cols: number; readonly rows: number};

/**
 * What the dashboard hands over on Ctrl-S: the pane as a picture (ui/picture.ts) — its first page as `ansi`, and
 * every page in `pages` when it took more than one — and the window title naming the pane and the article.
 */
export type Screen = Frame & {
	/** Names the files: `newsdash-<pane>.png`. */
	readonly pane: PaneName | 'compare';
	/** Default `newsdash · <pane>`. */
	readonly title?: string;
	/** Every page, when there are several; default the one frame. */
	readonly pages?: readonly Frame[];
};

/** Beyond this many screenshots of one pane in one directory something is wrong; stop rather than spin. */
const maxAttempts = 1000;

/**
 * Saves the screen as `newsdash-<pane>.png` and `.svg` in `directory`, never replacing a file: when either name is
 * taken, the pair becomes `newsdash-<pane>-2`, `-3`, … so a PNG and its SVG always share a number. Returns the paths.
 */
export async function saveScreenshot(screen: Screen, directory: string): Promise<string[]> {
	const frames = screen.pages !== undefined && screen.pages.length > 0 ? screen.pages : [screen];
	const title = screen.title ?? `newsdash · ${screen.pane}`;
	const pictures = await Promise.all(
		frames.map(async frame =>
			framePictures(frame.ansi, {cols: frame.cols, rows: frame.rows, theme: 'dark', frame: true, title}),
		),
	);
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const base = path.join(directory, attempt === 1 ? `newsdash-${screen.pane}` : `newsdash-${screen.pane}-${attempt}`);
		// Pages of one picture: `-page-1`, `-page-2`, … under the same free number.
		const bases = pictures.length === 1 ? [base] : pictures.map((_, index) => `${base}-page-${index + 1}`);
		const written: string[] = [];
		try {
			for (const [index, picture] of pictures.entries()) {
				for (const [extension, bytes] of [
					['png', picture.png],
					['svg', picture.svg],
				] as const) {
					const file = `${bases[index]!}.${extension}`;
					await writeFileSafely(file, bytes);
					written.push(file);
				}
			}
		} catch (error) {
			// A name of the set is taken: take the whole set to the next free number, so that its files share one.
			await Promise.all(written.map(async file => unlink(file).catch(() => undefined)));
			if (isTaken(error)) {
				continue;
			}

			throw error;
		}

		return written;
	}

	throw new ExportError(`cannot save a screenshot in ${directory}: too many newsdash-${screen.pane} files already`);
}

function isTaken(error: unknown): boolean {
	return error instanceof ExportError && error.reason === 'exists';
}
