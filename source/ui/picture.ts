import type {Report} from '../extract/types.ts';
import {evidenceLines} from './evidence-view.tsx';
import type {PaneModel} from './pane-model.ts';
import {entryEvidence, entryHeights, listArea} from './pane-model.ts';
import type {PaneName} from './pane-name.ts';
import {paneNames} from './pane-name.ts';
import {sanitize} from './sanitize.ts';
import type {ScrollWindow} from './scroll-window.ts';
import {tabLabels} from './tab-bar.tsx';
import {truncate} from './text-fit.ts';
import type {ViewState} from './view-state.ts';
import {modelFor, paneSize} from './view-state.ts';

// A picture is the dashboard drawn for a report rather than for the keyboard: the whole pane (the screen grows to
// hold every row, or the rows are split into pages when even the tallest picture cannot), no selection, no key hints
// and no "3 of 10" — the footer names the pane and the article instead. Pure layout here; screen.tsx draws it.

/** What one page of a picture shows. */
export type PicturePage = {
	/** The entries of the pane's list on this page; null when the pane has no list (evidence, empty, reading). */
	readonly window: ScrollWindow | null;
	/** 1-based page number and the page count. */
	readonly page: number;
	readonly pages: number;
	/** Screen rows this page is drawn at: the body it needs and the dashboard's chrome, at least the minimum asked. */
	readonly rows: number;
};

/** Screen lines that are not the pane body: header, tabs, the two borders, the footer and the free last row. */
export const screenChrome = 6;

/** The tallest picture, in screen rows (as `snapshot --rows` allows); beyond it a pane is split into pages. */
export const maxPictureRows = 200;

/** The view a picture is drawn from: the user's pane, list, sort, filter and find, nothing being typed or shown over. */
export function pictureView(view: ViewState): ViewState {
	return {
		...view,
		overlay: view.overlay === 'evidence' ? 'evidence' : null,
		editingFilter: false,
		editingSearch: false,
		message: null,
		helpTop: 0,
	};
}

/**
 * Entries from `top` that fit in `area` lines, a line kept for each "↑/↓ N more" indicator shown (the page's
 * neighbours are other files: the indicator says how many rows they hold). Always at least one entry.
 */
function pageEnd(heights: readonly number[], top: number, area: number): number {
	let used = top > 0 ? 1 : 0;
	let end = top;
	while (end < heights.length) {
		const below = end + 1 < heights.length ? 1 : 0;
		if (used + heights[end]! + below > area && end > top) break;
		used += heights[end]!;
		end++;
	}

	return end;
}

function windowOf(count: number, top: number, end: number): ScrollWindow {
	return {top, end, hiddenAbove: top, hiddenBelow: count - end};
}

/** The lines of the pane body a window takes: the title (counts: and the table's chrome), indicators, entries. */
function bodyLines(chrome: number, heights: readonly number[], window: ScrollWindow): number {
	let lines = chrome;
	lines += window.hiddenAbove > 0 ? 1 : 0;
	lines += window.hiddenBelow > 0 ? 1 : 0;
	for (let index = window.top; index < window.end; index++) lines += heights[index]!;
	return lines;
}

function countOf(model: PaneModel): number {
	return model.pane === 'counts' ? model.rows.length : model.items.length;
}

/** The pages of a picture of `view` at `cols` columns, each at least `minRows` tall. */
export function picturePages(
	report: Report,
	view: ViewState,
	options: {readonly cols: number; readonly minRows: number; readonly reading?: readonly PaneName[]},
): PicturePage[] {
	const {cols, minRows} = options;
	const rowsFor = (body: number) => Math.min(maxPictureRows, Math.max(minRows, body + screenChrome));
	const single = (body: number): PicturePage[] => [{window: null, page: 1, pages: 1, rows: rowsFor(body)}];
	const pane = view.pane;
	if (options.reading?.includes(pane) === true) return single(1);

	// Any viewport of these columns gives the same model: the model depends on the width only.
	const model = modelFor(report, view, pane, {cols, rows: maxPictureRows});
	const count = countOf(model);
	if (view.overlay === 'evidence') {
		const evidence = entryEvidence(model, view.selected[pane]);
		if (evidence !== undefined) {
			const {width, height} = paneSize({cols, rows: maxPictureRows});
			// The evidence view's heading, location and blank line, then every line of the passage(s).
			return single(3 + evidenceLines(report.article, evidence, width, height).lines.length);
		}
	}

	if (count === 0) {
		// A title, and a line saying no row matches the filter (counts: and its sum line).
		return single(model.pane === 'counts' ? (model.breakdown === null ? 1 : 3) : 2);
	}

	const heights = entryHeights(model);
	// The title, and for counts the table's borders, heading and sum line (listArea's chrome).
	const bodyHeight = paneSize({cols, rows: maxPictureRows}).height;
	const area = listArea(pane, bodyHeight);
	const chrome = bodyHeight - area;
	return listPages(heights, area, chrome, minRows);
}

/**
 * The pages of a list of entries of these heights, `area` lines a page at most, each page drawn at the rows its
 * entries and `chrome` (the pane body's lines that are not the list) need, at least `minRows`. Shared with the
 * Compare pane's pictures (compare-picture.ts).
 */
export function listPages(heights: readonly number[], area: number, chrome: number, minRows: number): PicturePage[] {
	const rowsFor = (body: number) => Math.min(maxPictureRows, Math.max(minRows, body + screenChrome));
	const count = heights.length;
	const windows: ScrollWindow[] = [];
	for (let top = 0; top < count;) {
		const end = pageEnd(heights, top, area);
		windows.push(windowOf(count, top, end));
		top = end;
	}

	return windows.map((window, index) => ({
		window,
		page: index + 1,
		pages: windows.length,
		rows: rowsFor(bodyLines(chrome, heights, window)),
	}));
}

/** The pane's name as its tab shows it ("1 Arrests", "4 Totals ✗1"). */
export function paneLabel(report: Report, pane: PaneName): string {
	const {label, status} = tabLabels(report)[pane];
	return `${paneNames.indexOf(pane) + 1} ${label}${status === null ? '' : ` ${status.text}`}`;
}

/** The article as a caption names it: its outlet, else its file name; null when it came with neither. */
export function articleName(report: Report): string | null {
	const {source, path} = report.article;
	if (source !== null && source !== '') return sanitize(source);
	if (path === null || path === '' || path === '-') return null;
	return sanitize(path.split(/[\\/]/).at(-1) ?? path);
}

/** Cells of window title a picture `cols` wide holds beside the frame's three dots (13 px text on 8.4 px cells). */
export function titleRoom(cols: number): number {
	return Math.max(10, Math.floor(cols * 1.05) - 18);
}

/**
 * The window title of a picture `cols` wide, naming the pane and the article, so that a picture pasted into a report
 * without its file name still says what it shows: "newsdash · 1 Arrests · ICE arrests nearly 500 …".
 */
export function pictureTitle(report: Report, pane: PaneName, cols: number): string {
	const headline = report.article.title === null ? (articleName(report) ?? 'untitled article') : report.article.title;
	return truncate(`newsdash · ${paneLabel(report, pane)} · ${sanitize(headline)}`, titleRoom(cols));
}
