// The Compare pane as a picture for a report, as picture.ts does for an article's panes: every row (the screen grows
// to hold them, or they are split into pages past the tallest picture), none selected, no key hints, and the footer
// and window title naming the pane and the articles. No article is focused in a picture — the "•" column mark is the
// keyboard's — unless the evidence is open, which is that article's sentence. Pure layout; compare-screen.tsx draws it.
import type {CompareReport} from '../compare/types.ts';
import type {Report} from '../extract/types.ts';
import {compareStatus} from './compare-tab.ts';
import type {CompareView} from './compare-view-state.ts';
import {compareModelFor} from './compare-view-state.ts';
import {evidenceLines} from './evidence-view.tsx';
import type {PicturePage} from './picture.ts';
import {listPages, maxPictureRows, screenChrome, titleRoom} from './picture.ts';
import {sanitize} from './sanitize.ts';
import {truncate} from './text-fit.ts';
import {paneSize} from './view-state.ts';

/** The view a picture is drawn from: the user's filter and sort, nothing being typed, no help or message over it. */
export function pictureCompareView(view: CompareView): CompareView {
	return {
		...view,
		overlay: view.overlay === 'evidence' ? 'evidence' : null,
		editingFilter: false,
		message: null,
		helpTop: 0,
	};
}

/** The article a picture focuses: the evidence's, else none (-1). */
export function pictureFocus(view: CompareView, focus: number): number {
	return view.overlay === 'evidence' ? focus : -1;
}

/** The pages of a picture of the Compare pane at `cols` columns, each at least `minRows` tall. */
export function comparePicturePages(
	compare: CompareReport,
	reports: readonly Report[],
	view: CompareView,
	focus: number,
	options: {readonly cols: number; readonly minRows: number},
): PicturePage[] {
	const {cols, minRows} = options;
	const viewport = {cols, rows: maxPictureRows};
	const single = (body: number): PicturePage[] => [
		{window: null, page: 1, pages: 1, rows: Math.min(maxPictureRows, Math.max(minRows, body + screenChrome))},
	];
	const model = compareModelFor(compare, viewport, pictureFocus(view, focus), view);
	const {width, height} = paneSize(viewport);
	const evidence = model.items[view.selected]?.evidence;
	const report = reports[focus];
	if (view.overlay === 'evidence' && evidence !== undefined && evidence.spans.length > 0 && report !== undefined) {
		// The evidence view's heading, location and blank line, then every line of the passage.
		return single(3 + evidenceLines(report.article, evidence, width, height).lines.length);
	}

	if (model.items.length === 0) {
		// The title and the line saying no row matches the filter.
		return single(2);
	}

	const heights = model.items.map(item => item.heading.length + item.lines.length);
	// The pane's title is the one line of its body that is not the list.
	return listPages(heights, height - 1, 1, minRows);
}

/** "River Authority (source), Valley Courier, Fenwick Post": the articles as the columns name them. */
export function articlesNamed(compare: CompareReport): string {
	return compare.articles.map(article => `${sanitize(article.label)}${article.primary ? ' (source)' : ''}`).join(', ');
}

/** The pane as its tab names it: "5 Compare ✗6". */
export function comparePaneLabel(compare: CompareReport): string {
	const status = compareStatus(compare);
	return `5 Compare${status === null ? '' : ` ${status.text}`}`;
}

/** The window title of a Compare picture `cols` wide: "newsdash · 5 Compare ✗6 · 4 articles: Coastal …, …". */
export function comparePictureTitle(compare: CompareReport, cols: number): string {
	const articles = `${compare.articles.length} articles: ${articlesNamed(compare)}`;
	return truncate(`newsdash · ${comparePaneLabel(compare)} · ${articles}`, titleRoom(cols));
}
