// The print sink: the four panes as text, for a pipe, `--print`, or a terminal with no keyboard.
import type {Report} from '../extract/types.ts';
import {importWithoutFetch} from './ui-import.ts';

/** Colour unless NO_COLOR is set or the terminal says it can't show any (TERM=dumb). */
export function colorWanted(): boolean {
	const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
	return !noColor && process.env['TERM'] !== 'dumb';
}

/** Width for printed (non-TTY) output: the terminal's if there is one, else COLUMNS, else 100. */
export function printWidth(): number {
	const fromEnv = Number.parseInt(process.env['COLUMNS'] ?? '', 10);
	const columns = process.stdout.columns ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 100);
	return Math.max(40, Math.min(columns, 200));
}

export async function printDashboard(report: Report): Promise<void> {
	const {printChunks} = await importWithoutFetch(async () => import('../ui/print.tsx'));
	// Written as it is rendered, waiting for a slow reader (`| less`) to drain: the whole text of a long article held
	// at once, and the one Ink tree it came from, ran out of memory.
	for (const chunk of printChunks(report, {cols: printWidth(), color: colorWanted() && process.stdout.isTTY})) {
		if (!process.stdout.write(chunk)) {
			await new Promise(resolve => process.stdout.once('drain', resolve));
		}
	}
}
