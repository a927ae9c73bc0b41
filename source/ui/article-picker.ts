// The article picker of the dashboard on several articles (`a`): a list of the articles read, one line each, to go
// to one without stepping through the others with `<` `>`. Pure: what a key does to the picker, and its lines.
import type {Report} from '../extract/types.ts';
import {bindingForKey} from './keymap.ts';
import type {Line} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {cellWidth, padEnd, truncate} from './text-fit.ts';

/** The picker while it is open: the article under the cursor (an index into the reports). */
export type PickerState = {readonly selected: number};

/** What a key does with the picker open. Every other key is taken and does nothing, so none acts unseen beneath. */
export type PickerOutcome =
	| {readonly type: 'move'; readonly selected: number}
	| {readonly type: 'pick'; readonly article: number}
	| {readonly type: 'close'}
	| {readonly type: 'quit'}
	| {readonly type: 'none'};

/** What `name` does in the picker over `count` articles. */
export function pickerKey(name: string, state: PickerState, count: number): PickerOutcome {
	if (name === 'ctrl+c') {
		return {type: 'quit'};
	}

	const last = Math.max(0, count - 1);
	const to = (selected: number): PickerOutcome => ({type: 'move', selected: Math.max(0, Math.min(selected, last))});
	switch (bindingForKey(name)?.action) {
		case 'move-down': {
			return to(state.selected + 1);
		}

		case 'move-up': {
			return to(state.selected - 1);
		}

		case 'first': {
			return to(0);
		}

		case 'last': {
			return to(last);
		}

		case 'open-evidence': {
			return count === 0 ? {type: 'none'} : {type: 'pick', article: Math.min(state.selected, last)};
		}

		// Esc, `a` again and q close it, as `?` and q close the help.
		case 'close':
		case 'pick-article':
		case 'quit': {
			return {type: 'close'};
		}

		default: {
			return {type: 'none'};
		}
	}
}

/** One article as the picker lists it. */
export type PickerEntry = {
	/** The column label: the outlet, else the file name. */
	readonly label: string;
	readonly primary: boolean;
	readonly title: string | null;
};

/** The entries for the reports read so far, named as the header and the Compare columns name them. */
export function pickerEntries(
	reports: readonly Report[],
	labels: readonly string[],
	isPrimary: (index: number) => boolean,
): PickerEntry[] {
	return reports.map((report, index) => ({
		label: labels[index] ?? `article ${index + 1}`,
		primary: isPrimary(index),
		title: report.article.title,
	}));
}

/** The footer while the picker is open: its own keys, as the help's footer says how to close the help. */
export const pickerFooter = ' ↑↓ choose  ⏎ open  Esc a q close';

/** What the screen needs to draw the picker over a pane. */
export type PickerDrawing = {
	readonly entries: readonly PickerEntry[];
	readonly selected: number;
	/** The article on screen (or focused on the Compare pane), marked "•". */
	readonly shown: number;
	/** How many articles there are, read or not. */
	readonly total: number;
};

const widestLabel = 28;

/**
 * The picker's lines at `width`: a title, then per article its number, label (marked when it is the primary source)
 * and headline (cut to the width by the line that draws it); `shown` (the article on screen, or the Compare pane's focused one) is marked "•". Every string from
 * the articles is sanitised: an outlet's name is as untrusted as its text.
 */
export function pickerLines(
	entries: readonly PickerEntry[],
	shown: number,
	width: number,
	total: number,
): {title: Line; rows: Line[]} {
	const labels = entries.map(entry => `${sanitize(entry.label)}${entry.primary ? ' (source)' : ''}`);
	const labelWidth = Math.min(widestLabel, Math.max(0, ...labels.map(label => cellWidth(label))));
	const numberWidth = String(Math.max(total, entries.length)).length;
	const rows = entries.map((entry, index): Line => {
		const number = `${index === shown ? '•' : ' '}${String(index + 1).padStart(numberWidth)} `;
		return [
			{text: number, role: index === shown ? 'accent' : 'muted'},
			{text: padEnd(truncate(labels[index]!, labelWidth), labelWidth + 2), role: 'heading'},
			{text: sanitize(entry.title ?? 'untitled article'), ...(entry.title === null ? {role: 'muted' as const} : {})},
		];
	});
	if (entries.length < total) {
		rows.push([{text: `  Reading the articles… ${entries.length} of ${total} read`, role: 'muted'}]);
	}

	const title: Line = [
		{text: `Articles · ${total}`, role: 'heading'},
		{
			text: truncate(' · Enter opens · Esc closes', Math.max(0, width - cellWidth(`Articles · ${total}`))),
			role: 'muted',
		},
	];
	return {title, rows};
}
