// What the Compare pane shows, as plain data: the sections one after another in one scrolling list, each row with
// the evidence behind it in every article, so Enter shows the focused article's sentence. No Ink here.
import type {CompareReport} from '../compare/types.ts';
import {compareLayout} from './compare-columns.ts';
import {differenceCount} from './compare-tab.ts';
import {countsItems, totalsItems} from './compare-counts-lines.ts';
import {datesItems} from './compare-dates-lines.ts';
import {quotesItems} from './compare-quotes-lines.ts';
import type {Evidence, Line, ListItem, ListModel} from './pane-model.ts';
import {sanitize} from './sanitize.ts';

export type CompareItem = ListItem & {
	/** Per article, the spans behind the row there, or null where the article has nothing for it. */
	readonly columns: ReadonlyArray<Evidence | null>;
};

export type CompareModel = Omit<ListModel, 'pane' | 'items'> & {
	readonly pane: 'compare';
	readonly items: readonly CompareItem[];
};

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
		evidence: {label: '', spans: []},
	};
	return [...failed, nothing];
}

/** The pane for a width (the pane's inner width) and the article Enter shows evidence from. */
export function compareModel(compare: CompareReport, width: number, focus: number): CompareModel {
	const layout = compareLayout(compare.articles.length, width, focus);
	const sections = compare.shared
		? [
				...countsItems(compare, layout),
				...(compare.totals.rows.length > 0 ? totalsItems(compare, layout) : []),
				...datesItems(compare, layout),
				...quotesItems(compare, layout),
			]
		: [];
	const items = [...noticeItems(compare), ...sections].map(item => ({
		...item,
		evidence: item.columns[focus] ?? {label: '', spans: []},
	}));
	return {pane: 'compare', title: titleLine(compare), items, total: items.length, found: []};
}
