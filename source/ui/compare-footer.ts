import {pickerFooter} from './article-picker.ts';
import type {KeyAction} from './keymap.ts';
import {bindingFor} from './keymap.ts';
import type {Line} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {cellWidth, truncate} from './text-fit.ts';

// The keys that work on the Compare pane, most needed first: a narrow footer drops hints from the end, whole.
const compareHints: readonly KeyAction[] = [
	'quit',
	'help',
	'open-evidence',
	'next-article',
	'pick-article',
	'move-down',
];
const shownOrder: readonly KeyAction[] = ['move-down', 'open-evidence', 'next-article', 'pick-article', 'help', 'quit'];

type FooterState = {
	/** What is open over the pane: the evidence, the help, the article picker, or nothing. */
	readonly overlay: 'evidence' | 'help' | 'articles' | null;
	readonly message: string | null;
	/** "3 of 12", or "" without rows. */
	readonly position: string;
	readonly width: number;
};

function hints(room: number): string {
	let kept = [...compareHints];
	const text = (): string =>
		' ' +
		shownOrder
			.filter(action => kept.includes(action))
			.map((action): string => bindingFor(action).footer ?? '')
			.concat(kept.length === compareHints.length ? ['1-4 article panes'] : [])
			.join('  ');
	while (kept.length > 0 && cellWidth(text()) > room) {
		kept = kept.slice(0, -1);
	}

	return kept.length === 0 ? '' : text();
}

/** The footer of the Compare pane: its keys (or the overlay's), a message when there is one, the position. */
export function compareFooterLine({overlay, message, position, width}: FooterState): Line {
	const right = position === '' ? '' : ` ${position} `;
	const room = Math.max(0, width - cellWidth(right) - 1);
	let left: string;
	if (message !== null) {
		left = ` ${sanitize(message)}`;
	} else if (overlay === 'evidence') {
		left = ' Esc q back  < > another article';
	} else if (overlay === 'articles') {
		left = pickerFooter;
	} else if (overlay === 'help') {
		left = ' Esc ? q close help';
	} else {
		left = hints(room);
	}

	const shown = truncate(left, room);
	return [
		{text: shown, role: message === null ? 'muted' : 'accent'},
		{text: ' '.repeat(Math.max(1, width - cellWidth(shown) - cellWidth(right)))},
		{text: right, role: 'muted'},
	];
}
