import {memo} from 'react';
import {pickerFooter} from './article-picker.ts';
import type {KeyBinding} from './keymap.ts';
import {footerPriority, keymap} from './keymap.ts';
import type {PaneName} from './pane-name.ts';
import type {Line, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {StyledLine} from './styled-line.tsx';
import {cellWidth, truncate} from './text-fit.ts';

type Props = {
	/** "3 of 10", or "" when the pane has no rows. */
	readonly position: string;
	/** The active sort, filter and filtered subtotal ("count ▼ · “den” Σ 63"), or "" for none. Default "". */
	readonly status?: string;
	/** Set while the user types a filter or a search. */
	readonly editing: string | null;
	/** The key that opened the prompt: "/" (filter) or "f" (find). Default "/". */
	readonly prompt?: '/' | 'f';
	readonly message: string | null;
	readonly overlay: 'help' | 'evidence' | null;
	/** The article picker is open over the pane (several articles): the footer gives its keys. Default false. */
	readonly picker?: boolean;
	/** Whether the help overlay is taller than the screen, so that ↑↓ scroll it. Default false. */
	readonly helpScrolls?: boolean;
	/** The pane shown: hints for keys that do nothing there are left out. Default "counts". */
	readonly pane?: PaneName;
	/** How many lists the counts pane can switch between. Default 1. */
	readonly lists?: number;
	/** How many articles the dashboard holds (`<` `>` and `5` work with two or more). Default 1. */
	readonly articles?: number;
	readonly width: number;
};

type Hinted = KeyBinding & {readonly footer: string};

function applies(binding: Hinted, pane: PaneName, lists: number, articles: number): boolean {
	const scope = 'scope' in binding ? binding.scope : undefined;
	switch (scope) {
		case 'counts': {
			return pane === 'counts';
		}

		case 'several-lists': {
			return pane === 'counts' && lists > 1;
		}

		case 'several-articles': {
			return articles > 1;
		}

		default: {
			return true;
		}
	}
}

const hinted = keymap.filter((binding): binding is Hinted => binding.footer !== null);

/**
 * The key hints for a pane, read from the keymap, as many as fit in `room` cells: the least needed are dropped whole
 * (footerPriority), so a narrow footer never ends in a cut-off hint.
 */
export function footerHints(pane: PaneName, lists: number, room: number, articles = 1): string {
	let kept = hinted.filter(binding => applies(binding, pane, lists, articles));
	const text = () => ` ${kept.map(binding => binding.footer).join('  ')}`;
	while (kept.length > 0 && cellWidth(text()) > room) {
		const rank = (binding: Hinted) => {
			const index = footerPriority.indexOf(binding.action);
			return index < 0 ? footerPriority.length : index;
		};

		const least = kept.reduce((worst, binding) => (rank(binding) >= rank(worst) ? binding : worst));
		kept = kept.filter(binding => binding !== least);
	}

	return kept.length === 0 ? '' : text();
}

function leftPart(props: Props, room: number): Segment[] {
	const {
		editing,
		message,
		overlay,
		helpScrolls = false,
		pane = 'counts',
		lists = 1,
		prompt = '/',
		articles = 1,
		picker = false,
	} = props;
	if (picker) {
		return [{text: pickerFooter, role: 'muted'}];
	}

	if (editing !== null) {
		return [
			{text: prompt === '/' ? ' /' : ' find ', role: 'accent'},
			{text: `${sanitize(editing)}▏`},
			{text: '  Enter accept · Esc clear', role: 'muted'},
		];
	}

	if (message !== null) {
		return [{text: ` ${sanitize(message)}`, role: 'accent'}];
	}

	if (overlay === 'evidence') {
		return [{text: ' Esc q back  ↑↓ previous/next row', role: 'muted'}];
	}

	if (overlay === 'help') {
		return [{text: `${helpScrolls ? ' ↑↓ scroll ' : ''} Esc ? q close help`, role: 'muted'}];
	}

	return [{text: footerHints(pane, lists, room, articles), role: 'muted'}];
}

export function footerLine(props: Props): Line {
	const {position, status = '', width} = props;
	const right = [status, position].filter(part => part !== '').join(' · ');
	const rightText = right === '' ? '' : ` ${right} `;
	const room = Math.max(0, width - cellWidth(rightText) - 1);
	const fitted: Segment[] = [];
	let used = 0;
	for (const segment of leftPart(props, room)) {
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

export const Footer = memo(function Footer(props: Props) {
	return <StyledLine line={footerLine(props)} width={props.width} />;
});
