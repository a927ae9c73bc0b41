import {formatNumber} from './format.ts';
import type {PaneModel, SortColumn} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {truncate} from './text-fit.ts';
import type {ViewState} from './view-state.ts';

const columnNames: Readonly<Record<SortColumn, string>> = {
	text: 'article order',
	name: 'name',
	count: 'count',
	share: 'share',
};

/**
 * The arrow of a sort as the table heading shows it: ▼ for largest first (count, share), ▲ for A to Z (name) and for
 * the article's own order; reversing flips it.
 */
export function sortArrow(column: SortColumn, reversed: boolean): '▲' | '▼' {
	const natural = column === 'count' || column === 'share' ? '▼' : '▲';
	return reversed === (natural === '▼') ? '▲' : '▼';
}

/** Longest filter text the status line repeats; the title line shows it whole. */
const filterRoom = 16;

/**
 * What the footer's status part says besides the position: the sort when it is not the article's order, the filter,
 * and for a filtered counts list the subtotal of the rows left ("Σ 63").
 */
export function statusText(model: PaneModel, view: ViewState): string {
	const parts: string[] = [];
	const filter = view.filter[view.pane];
	if (model.pane === 'counts' && model.breakdown !== null) {
		const {column, reversed} = view.sort;
		if (column !== 'text' || reversed) {
			parts.push(`${columnNames[column]} ${sortArrow(column, reversed)}`);
		}
	}

	if (filter !== '' && !view.editingFilter) {
		let text = `“${truncate(sanitize(filter), filterRoom)}”`;
		if (model.pane === 'counts' && model.rows.length > 0) {
			// The list's own items only: the parts shown under an item are already in its figure.
			const sum = model.rows.reduce((total, row) => total + (row.depth === 0 ? row.amount : 0), 0);
			const approximate = model.rows.some(row => row.approximate) ? '~' : '';
			text += ` Σ ${approximate}${formatNumber(sum)}`;
		}

		parts.push(text);
	}

	const search = view.search[view.pane];
	if (search !== '' && !view.editingSearch) {
		parts.push(`find “${truncate(sanitize(search), filterRoom)}”`);
	}

	return parts.join(' · ');
}
