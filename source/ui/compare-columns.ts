// How the Compare pane lays its columns out: a name column, one value column per article, a note; on a narrow
// screen as many article columns as fit, the window kept on the focused article. Pure; no Ink.
import type {CompareReport} from '../compare/types.ts';
import type {Line, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {fit, padStart, truncate} from './text-fit.ts';

export type CompareLayout = {
	/** Cells of a row after the list's own marker. */
	readonly inner: number;
	readonly nameWidth: number;
	readonly columnWidth: number;
	/** The article columns shown, in order (indexes into `articles`). */
	readonly shown: readonly number[];
	/** Columns left out on either side (said in the header row, so none is hidden silently). */
	readonly hiddenBefore: number;
	readonly hiddenAfter: number;
	/** The article that Enter shows evidence from, marked in the header row. */
	readonly focus: number;
};

/** The row mark: ✗ where articles disagree, so the state reads without colour too. */
export const markWidth = 2;
const narrowColumn = 9;
const wideColumn = 16;
const minimumName = 12;
const widestName = 22;
const minimumNote = 10;
// On a wide screen the note ("off by 6, not in Harbour Herald") gets this much before columns widen.
const comfortableNote = 24;

/** The layout for `count` articles in `width` cells (the pane's width), the focused column in view. */
export function compareLayout(count: number, width: number, focus: number): CompareLayout {
	const inner = Math.max(1, width - 2);
	const spare = Math.floor((inner - markWidth - widestName - comfortableNote) / Math.max(1, count));
	const columnWidth = Math.max(narrowColumn, Math.min(wideColumn, spare));
	const room = inner - markWidth - minimumName - minimumNote;
	const fits = Math.max(1, Math.min(count, Math.floor(room / columnWidth)));
	const first = Math.max(0, Math.min(focus - fits + 1 > 0 ? focus - fits + 1 : 0, count - fits));
	const shown = Array.from({length: fits}, (_, index) => first + index);
	const nameWidth = Math.max(minimumName, Math.min(widestName, inner - markWidth - fits * columnWidth - minimumNote));
	return {
		inner,
		nameWidth,
		columnWidth,
		shown,
		hiddenBefore: first,
		hiddenAfter: count - first - fits,
		focus,
	};
}

/** A value cell, right-aligned in its column with a space before the next. */
export function cellText(text: string, layout: CompareLayout): string {
	return padStart(truncate(text, layout.columnWidth - 1), layout.columnWidth - 1) + ' ';
}

/** The header row: the first column's heading, then each shown article's label; the focused one marked "•". */
export function headerRow(compare: CompareReport, layout: CompareLayout, first: string): Line {
	const segments: Segment[] = [{text: ' '.repeat(markWidth)}, {text: fit(first, layout.nameWidth), role: 'muted'}];
	for (const column of layout.shown) {
		const article = compare.articles[column];
		const label = `${column === layout.focus ? '•' : ''}${sanitize(article?.label ?? '')}`;
		segments.push({
			text: cellText(label, layout),
			role: column === layout.focus ? 'accent' : 'muted',
		});
	}

	const hidden = layout.hiddenBefore + layout.hiddenAfter;
	if (hidden > 0) {
		segments.push({text: `+${hidden} more ${layout.hiddenAfter > 0 ? '→' : '←'}`, role: 'muted'});
	}

	return segments;
}

/** "3 Harbour Herald" style names for notes. */
export function articleName(compare: CompareReport, column: number): string {
	return sanitize(compare.articles[column]?.label ?? `article ${column + 1}`);
}
