import {pickerFooter} from './article-picker.ts';
import type {KeyAction} from './keymap.ts';
import {bindingFor} from './keymap.ts';
import type {Line, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {cellWidth, truncate} from './text-fit.ts';

// The keys that work on the Compare pane, most needed first: a narrow footer drops hints from the end, whole.
const compareHints: readonly KeyAction[] = [
	'quit',
	'help',
	'open-evidence',
	'filter',
	'sort',
	'next-article',
	'pick-article',
	'move-down',
];
const shownOrder: readonly KeyAction[] = [
	'move-down',
	'open-evidence',
	'sort',
	'filter',
	'next-article',
	'pick-article',
	'help',
	'quit',
];

type FooterState = {
	/** What is open over the pane: the evidence, the help, the article picker, or nothing. */
	readonly overlay: 'evidence' | 'help' | 'articles' | null;
	readonly message: string | null;
	/** "3 of 12", or "" without rows. */
	readonly position: string;
	/** The sort and the filter in force ("disagreement ▼ · “ash”"), or "". Default "". */
	readonly status?: string;
	/** The filter being typed after `/`, or null. Default null. */
	readonly editing?: string | null;
	/** Which of `/` and `s` do something here: only those are offered. Default neither. */
	readonly filterable?: boolean;
	readonly sortable?: boolean;
	readonly width: number;
};

function hints(room: number, offered: readonly KeyAction[]): string {
	let kept = compareHints.filter(action => offered.includes(action));
	const all = kept.length;
	const text = (): string =>
		' ' +
		shownOrder
			.filter(action => kept.includes(action))
			.map((action): string => bindingFor(action).footer ?? '')
			.concat(kept.length === all ? ['1-4 article panes'] : [])
			.join('  ');
	while (kept.length > 0 && cellWidth(text()) > room) {
		kept = kept.slice(0, -1);
	}

	return kept.length === 0 ? '' : text();
}

function leftPart(state: FooterState, room: number): Segment[] {
	const {overlay, message, editing = null, filterable = false, sortable = false} = state;
	if (editing !== null) {
		return [
			{text: ' /', role: 'accent'},
			{text: `${sanitize(editing)}▏`},
			{text: '  Enter accept · Esc clear', role: 'muted'},
		];
	}

	if (message !== null) {
		return [{text: ` ${sanitize(message)}`, role: 'accent'}];
	}

	if (overlay === 'evidence') {
		return [{text: ' Esc q back  < > another article', role: 'muted'}];
	}

	if (overlay === 'articles') {
		return [{text: pickerFooter, role: 'muted'}];
	}

	if (overlay === 'help') {
		return [{text: ' Esc ? q close help', role: 'muted'}];
	}

	const offered = compareHints.filter(action => (action !== 'filter' || filterable) && (action !== 'sort' || sortable));
	return [{text: hints(room, offered), role: 'muted'}];
}

/** The footer of the Compare pane: its keys (or the overlay's, or the filter being typed), a message, the position. */
export function compareFooterLine(state: FooterState): Line {
	const {position, status = '', width} = state;
	const right = [status, position].filter(part => part !== '').join(' · ');
	const rightText = right === '' ? '' : ` ${right} `;
	const room = Math.max(0, width - cellWidth(rightText) - 1);
	const fitted: Segment[] = [];
	let used = 0;
	for (const segment of leftPart(state, room)) {
		const text = truncate(segment.text, room - used);
		fitted.push({...segment, text});
		used += cellWidth(text);
	}

	return [
		...fitted,
		{text: ' '.repeat(Math.max(1, width - used - cellWidth(rightText)))},
		{text: rightText, role: 'muted'},
	];
}
