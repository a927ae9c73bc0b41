// What the Compare pane shows, as plain data: the sections one after another in one scrolling list, each row with
// the evidence behind it in every article, so Enter shows the focused article's sentence. No Ink here.
import type {CompareReport} from '../compare/types.ts';
import {compareLayout} from './compare-columns.ts';
import {differenceCount} from './compare-tab.ts';
import {countsItems, totalsItems} from './compare-counts-lines.ts';
import {datesItems} from './compare-dates-lines.ts';
import {quotesItems} from './compare-quotes-lines.ts';
import {filterItems} from './compare-filter.ts';
import type {CompareSort} from './compare-sort.ts';
import {unsorted} from './compare-sort.ts';
import type {Evidence, Line, ListItem, ListModel, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';

export type CompareItem = ListItem & {
	/** Per article, the spans behind the row there, or null where the article has nothing for it. */
	readonly columns: ReadonlyArray<Evidence | null>;
	/**
	 * The row's texts whole, sanitised, for the filter: names and spellings a column cuts, values as written and as bare
	 * digits ("1,200" and "1200"), expressions. The drawn lines are searched as well.
	 */
	readonly texts: readonly string[];
};

/** What the user chose to see: the filter text and the order of the Counts rows. */
export type CompareModelView = {readonly filter: string; readonly sort: CompareSort};

const plainView: CompareModelView = {filter: '', sort: unsorted};

export type CompareModel = Omit<ListModel, 'pane' | 'items'> & {
	readonly pane: 'compare';
	readonly items: readonly CompareItem[];
	/** How many article columns there are (the sort cycle goes through each). */
	readonly articles: number;
	/** Whether there are Counts rows for `s` to order. */
	readonly sortable: boolean;
	/** Whether the pane has section rows for `/` to filter (the notices alone are never filtered). */
	readonly filterable: boolean;
};

function filterNote(filter: string, shown: number, total: number): Segment[] {
	return filter === '' ? [] : [{text: ` · filter “${sanitize(filter)}”: ${shown} of ${total} rows`, role: 'accent'}];
}

function titleLine(compare: CompareReport): Line {
	const differ = differenceCount(compare);
	const source = compare.articles.some(article => article.primary)
		? ` · measured against ${sanitize(compare.articles[compare.reference]?.label ?? '')}`
		: '';
	return [
		{text: `Compare · ${compare.articles.length} articles`, role: 'heading'},
		{
			text: ` · ${differ === 0 ? 'no differences' : `${differ} ✗ differences`}${source}`,
			role: differ === 0 ? 'ok' : 'bad',
		},
	];
}

function noticeItems(compare: CompareReport): CompareItem[] {
	const none = compare.articles.map(() => null);
	const failed = compare.failed.map((failure, index): CompareItem => ({
		id: `failed-${index}`,
		heading: [],
		lines: [[{text: `✗ not compared: ${sanitize(failure.label)}: ${sanitize(failure.reason)}`, role: 'bad'}]],
		columns: none,
		texts: [],
		evidence: {label: '', spans: []},
	}));
	if (compare.shared) {
		return failed;
	}

	const nothing: CompareItem = {
		id: 'nothing-shared',
		heading: [],
		lines: [[{text: 'These articles share no list, date or quotation to compare.', role: 'muted'}]],
		columns: none,
		texts: [],
		evidence: {label: '', spans: []},
	};
	return [...failed, nothing];
}

/**
 * The pane for a width (the pane's inner width), the article Enter shows evidence from, and the filter and sort
 * (default none).
 */
export function compareModel(
	compare: CompareReport,
	width: number,
	focus: number,
	view: CompareModelView = plainView,
): CompareModel {
	const layout = compareLayout(compare.articles.length, width, focus);
	const sections = compare.shared
		? [
				...countsItems(compare, layout, view.sort),
				...(compare.totals.rows.length > 0 ? totalsItems(compare, layout) : []),
				...datesItems(compare, layout),
				...quotesItems(compare, layout),
			]
		: [];
	const notices = noticeItems(compare);
	const items = filterItems([...notices, ...sections], view.filter, notices.length).map(item => ({
		...item,
		evidence: item.columns[focus] ?? {label: '', spans: []},
	}));
	// The filter's note right after the heading: a narrow title line is cut from its end.
	const [heading, ...rest] = titleLine(compare);
	const note = filterNote(view.filter, items.length - notices.length, sections.length);
	const title = [heading!, ...note, ...rest];
	return {
		pane: 'compare',
		title,
		items,
		total: notices.length + sections.length,
		found: [],
		articles: compare.articles.length,
		sortable: compare.shared && compare.counts.some(group => group.rows.length > 0),
		filterable: sections.length > 0,
	};
}
