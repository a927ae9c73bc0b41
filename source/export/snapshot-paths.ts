import {statSync} from 'node:fs';
import path from 'node:path';
import type {PaneName} from '../ui/pane-name.ts';

export type SnapshotFormat = 'txt' | 'ansi' | 'svg' | 'png';

/**
 * Where each pane's snapshot goes.
 *
 * - `output` is an existing directory, or ends with a slash: one file per pane inside it, named after the pane
 *   (`shots/` → `shots/counts.png`, `shots/quotes.png`, …).
 * - Several panes and a file name: the pane is inserted before the extension (`report.png` → `report-counts.png`,
 *   `report-quotes.png`, …; a name without an extension gets the format's: `report` → `report-counts.png`).
 * - One pane and a file name: exactly that file.
 */
export function snapshotPaths(output: string, panes: readonly PaneName[], format: SnapshotFormat): string[] {
	if (isDirectory(output)) {
		return panes.map(pane => path.join(output, `${pane}.${format}`));
	}

	if (panes.length === 1) {
		return [output];
	}

	const extension = path.extname(output);
	const stem = extension === '' ? output : output.slice(0, -extension.length);
	return panes.map(pane => `${stem}-${pane}${extension === '' ? `.${format}` : extension}`);
}

function isDirectory(output: string): boolean {
	if (output.endsWith('/') || output.endsWith(path.sep)) {
		return true;
	}

	try {
		return statSync(output).isDirectory();
	} catch {
		return false;
	}
}
