import {memo} from 'react';
import {keymap} from './keymap.ts';
import type {Line, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {StyledLine} from './styled-line.tsx';
import {cellWidth, truncate} from './text-fit.ts';

type Props = {
	/** "3 of 10", or "" when the pane has no rows. */
	readonly position: string;
	/** Set while the user types a filter. */
	readonly editing: string | null;
	readonly message: string | null;
	readonly overlay: 'help' | 'evidence' | null;
	/** Whether the help overlay is taller than the screen, so that ↑↓ scroll it. Default false. */
	readonly helpScrolls?: boolean;
	readonly width: number;
};

/** The key hints the footer shows, read from the keymap (bindings with a footer label). */
export const footerHints: string = keymap
	.map(binding => binding.footer)
	.filter((hint): hint is NonNullable<typeof hint> => hint !== null)
	.join('  ');

export function footerLine({position, editing, message, overlay, helpScrolls = false, width}: Props): Line {
	let left: Segment[];
	if (editing !== null) {
		left = [
			{text: ' /', role: 'accent'},
			{text: `${sanitize(editing)}▏`},
			{text: '  Enter accept · Esc clear', role: 'muted'},
		];
	} else if (message !== null) {
		left = [{text: ` ${sanitize(message)}`, role: 'accent'}];
	} else if (overlay === 'evidence') {
		left = [{text: ' Esc back  ↑↓ previous/next row  q quit', role: 'muted'}];
	} else if (overlay === 'help') {
		left = [{text: `${helpScrolls ? ' ↑↓ scroll ' : ''} Esc or ? close help  q close`, role: 'muted'}];
	} else {
		left = [{text: ` ${footerHints}`, role: 'muted'}];
	}

	const right = position === '' ? '' : ` ${position} `;
	const room = Math.max(0, width - cellWidth(right) - 1);
	const fitted: Segment[] = [];
	let used = 0;
	for (const segment of left) {
		const text = truncate(segment.text, room - used);
		fitted.push({...segment, text});
		used += cellWidth(text);
	}

	return [...fitted, {text: ' '.repeat(Math.max(1, width - used - cellWidth(right)))}, {text: right, role: 'muted'}];
}

export const Footer = memo(function Footer(props: Props) {
	return <StyledLine line={footerLine(props)} width={props.width} />;
});
