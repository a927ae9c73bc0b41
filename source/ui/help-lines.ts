import {bindingFor, helpRows} from './keymap.ts';
import type {Line} from './pane-model.ts';
import {cellWidth, padEnd, truncate, wrap} from './text-fit.ts';

type HelpRow = {readonly key: string; readonly label: string; readonly help: string};

const rows: readonly HelpRow[] = helpRows.map(actions => ({
	key: actions.join('+'),
	label: actions.map(action => bindingFor(action).label).join(' · '),
	help: actions.map(action => bindingFor(action).help).join(' / '),
}));

const gap = 2;

/** The `?` overlay's lines at a width: keys in one column, the help text wrapped beside them, never cut. */
export function helpLines(width: number): Array<{key: string; line: Line}> {
	const widest = Math.max(...rows.map(row => cellWidth(row.label)));
	const labelWidth = Math.min(widest, Math.floor(width * 0.4));
	const helpWidth = Math.max(1, width - labelWidth - gap);
	const lines: Array<{key: string; line: Line}> = [];
	for (const row of rows) {
		for (const [part, text] of wrap(row.help, helpWidth).entries()) {
			lines.push({
				key: `${row.key}-${part}`,
				line: [
					{text: padEnd(part === 0 ? truncate(row.label, labelWidth) : '', labelWidth + gap), role: 'accent'},
					{text},
				],
			});
		}
	}

	return lines;
}

/** Which help lines show in `room` lines from `top`, leaving a line for "↑ N more" and "↓ N more" where needed. */
export type HelpWindow = {readonly start: number; readonly end: number; readonly above: number; readonly below: number};

export function helpWindow(total: number, room: number, top: number): HelpWindow {
	if (total <= room) {
		return {start: 0, end: total, above: 0, below: 0};
	}

	const space = Math.max(1, room);
	// At the bottom only the "↑ more" line is needed, so the last start shows one line more than one in the middle.
	const lastStart = Math.max(0, total - Math.max(1, space - 1));
	const start = Math.min(Math.max(0, top), lastStart);
	let end = start + Math.max(1, space - (start > 0 ? 1 : 0));
	if (end < total) {
		end = Math.max(start + 1, end - 1);
	}

	end = Math.min(end, total);
	return {start, end, above: start, below: total - end};
}

/** The greatest useful `top`: the one that shows the last line. */
export function lastHelpTop(total: number, room: number): number {
	return helpWindow(total, room, Number.MAX_SAFE_INTEGER).start;
}
