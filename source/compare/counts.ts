// The Counts section: the items of lists that count the same thing, aligned by name, one column per article, with
// the stated totals as the last row.
import type {Breakdown, Report} from '../extract/types.ts';
import {alignNames, type AlignedRow} from './align-names.ts';
import {groupBreakdowns, measureKey} from './group-breakdowns.ts';
import type {CountCell, CountRow, CountsGroup, TotalCell} from './types.ts';

/**
 * The value others are measured against: the primary source's when it has one (`primary` is its column, or null),
 * else the most common value, ties going to the earliest column.
 */
export function referenceValue(values: ReadonlyArray<number | null>, primary: number | null): number | null {
	if (primary !== null) {
		const own = values[primary];
		if (own !== null && own !== undefined) {
			return own;
		}
	}

	let best: number | null = null;
	let bestCount = 0;
	for (const value of values) {
		if (value === null) {
			continue;
		}

		const count = values.filter(other => other === value).length;
		if (count > bestCount) {
			best = value;
			bestCount = count;
		}
	}

	return best;
}

function spreadOf(values: readonly number[]): number {
	return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

function countRow(
	id: string,
	aligned: AlignedRow,
	lists: ReadonlyArray<Breakdown | null>,
	primary: number | null,
): CountRow {
	const cells: Array<CountCell | null> = aligned.members.map((index, column) => {
		const item = index === null ? undefined : lists[column]?.items[index];
		return item === undefined
			? null
			: {name: item.name, value: item.value, approximate: item.approximate, span: item.span};
	});
	const values = cells.map(cell => cell?.value ?? null);
	const reference = referenceValue(values, primary);
	const present = values.filter((value): value is number => value !== null);
	return {
		id,
		name: cells.find(cell => cell !== null)?.name ?? '',
		cells,
		join: aligned.join,
		reference,
		deltas: values.map(value => (value === null || reference === null ? null : value - reference)),
		disagree: new Set(present).size > 1,
		spread: spreadOf(present),
		missing: cells.filter((cell, column) => cell === null && lists[column] !== null).length,
	};
}

/** One group of lists: its rows, the totals row, and how much of it disagrees. */
export function countsGroup(id: string, lists: ReadonlyArray<Breakdown | null>, primary: number | null): CountsGroup {
	const first = lists.find(list => list !== null) ?? null;
	const aligned = alignNames(lists.map(list => list?.items.map(item => item.name) ?? []));
	const rows = aligned.map((row, index) => countRow(`${id}-row-${index + 1}`, row, lists, primary));
	const totals: Array<TotalCell | null> = lists.map(list =>
		list?.statedTotal
			? {value: list.statedTotal.value, hedge: list.statedTotal.hedge, span: list.statedTotal.span}
			: null,
	);
	const totalValues = totals.filter((total): total is TotalCell => total !== null).map(total => total.value);
	const totalsDisagree = new Set(totalValues).size > 1;
	const groupKey = first === null ? '' : measureKey(first.measure);
	return {
		id,
		measure: first?.measure ?? '',
		unit: first?.unit ?? null,
		breakdownIds: lists.map(list => list?.id ?? null),
		otherMeasures: lists.map(list => (list === null || measureKey(list.measure) === groupKey ? null : list.measure)),
		rows,
		totals,
		totalsDisagree,
		sums: lists.map(list => list?.sum ?? null),
		disagreements: rows.filter(row => row.disagree || row.missing > 0).length + (totalsDisagree ? 1 : 0),
	};
}

/** The Counts section for reports in column order; `primary` is the primary source's column, or null. */
export function compareCounts(reports: readonly Report[], primary: number | null): CountsGroup[] {
	return groupBreakdowns(reports).map((lists, index) => countsGroup(`counts-${index + 1}`, lists, primary));
}
