// How `s` and `S` order the Counts section of the Compare pane: the articles' own order first, then by name, by each
// article's value in turn, and by how much the articles disagree. Within each list; the stated totals stay last.
import type {CompareReport, CountRow} from '../compare/types.ts';
import {articleName} from './compare-columns.ts';

/** The column the Counts rows are ordered by: an article's values are named by the article's column. */
export type CompareSortColumn =
	| {readonly by: 'text'}
	| {readonly by: 'name'}
	| {readonly by: 'article'; readonly column: number}
	| {readonly by: 'spread'};

export type CompareSort = {readonly column: CompareSortColumn; readonly reversed: boolean};

export const unsorted: CompareSort = {column: {by: 'text'}, reversed: false};

/** The column after `column` in the cycle over `count` articles: text, name, each article, spread, and round. */
export function nextSortColumn(column: CompareSortColumn, count: number): CompareSortColumn {
	switch (column.by) {
		case 'text': {
			return {by: 'name'};
		}

		case 'name': {
			return count > 0 ? {by: 'article', column: 0} : {by: 'spread'};
		}

		case 'article': {
			return column.column + 1 < count ? {by: 'article', column: column.column + 1} : {by: 'spread'};
		}

		case 'spread': {
			return {by: 'text'};
		}
	}
}

/** Whether the column is the article order, which needs no sorting and no word in the footer. */
export function isUnsorted(sort: CompareSort): boolean {
	return sort.column.by === 'text' && !sort.reversed;
}

/** A key that tells sorts apart, for caching models. */
export function sortKey(sort: CompareSort): string {
	const {column} = sort;
	return `${column.by}${column.by === 'article' ? column.column : ''}${sort.reversed ? '-r' : ''}`;
}

type Entry = {readonly row: CountRow; readonly index: number};

// Values and spreads read largest first, as the article panes' counts do; names A to Z.
function order(column: CompareSortColumn): (a: Entry, b: Entry) => number {
	switch (column.by) {
		case 'text': {
			return (a, b) => a.index - b.index;
		}

		case 'name': {
			return (a, b) => a.row.name.localeCompare(b.row.name, 'en') || a.index - b.index;
		}

		case 'article': {
			return (a, b) =>
				(b.row.cells[column.column]?.value ?? 0) - (a.row.cells[column.column]?.value ?? 0) || a.index - b.index;
		}

		case 'spread': {
			return (a, b) => b.row.spread - a.row.spread || b.row.missing - a.row.missing || a.index - b.index;
		}
	}
}

/**
 * The rows of one list in the order asked. Rows the article sorted by does not name ("—") come last either way:
 * reversing puts the smallest value first, not a missing one.
 */
export function sortRows(rows: readonly CountRow[], sort: CompareSort): CountRow[] {
	if (isUnsorted(sort)) {
		return [...rows];
	}

	const {column} = sort;
	const entries = rows.map((row, index) => ({row, index}));
	const names = (entry: Entry): boolean => column.by !== 'article' || (entry.row.cells[column.column] ?? null) !== null;
	const named = entries.filter(entry => names(entry));
	const missing = entries.filter(entry => !names(entry));
	const sorted = named.sort(order(column));
	if (sort.reversed) {
		sorted.reverse();
	}

	return [...sorted, ...missing].map(entry => entry.row);
}

/** The sort as the footer says it: "name ▲", "Valley Courier ▼", "disagreement ▼"; "" for the article order. */
export function sortLabel(compare: CompareReport, sort: CompareSort): string {
	if (isUnsorted(sort)) {
		return '';
	}

	const {column} = sort;
	const name =
		column.by === 'text'
			? 'article order'
			: column.by === 'name'
				? 'name'
				: column.by === 'spread'
					? 'disagreement'
					: articleName(compare, column.column);
	// ▲ for A to Z and the article order, ▼ for largest first; reversing flips it.
	const natural = column.by === 'article' || column.by === 'spread' ? '▼' : '▲';
	return `${name} ${sort.reversed === (natural === '▼') ? '▲' : '▼'}`;
}
