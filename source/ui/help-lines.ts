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
