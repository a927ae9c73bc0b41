// The Dates section of the Compare pane: one row per moment of the event (when it began, ended, a deadline), the
// date each article gives it, "≠" before a date that is not the reference's.
import {datesDisagree} from '../compare/dates.ts';
import type {CompareReport, DateRow} from '../compare/types.ts';
import {articleName, cellText, headerRow, type CompareLayout} from './compare-columns.ts';
import {disagreeMark, noEvidence} from './compare-counts-lines.ts';
import type {CompareItem} from './compare-model.ts';
import type {Evidence, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {fit} from './text-fit.ts';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date short enough for a column: "May 8", "May 2026", "2026"; the year after a day only when `withYear`. */
export function shortDate(iso: string, withYear: boolean): string {
	const [year, month, day] = iso.split('-');
	const name = month === undefined ? undefined : monthNames[Number(month) - 1];
	if (name === undefined) {
		return year ?? iso;
	}

	if (day === undefined) {
		return `${name} ${year}`;
	}

	return `${name} ${Number(day)}${withYear ? ` ’${year?.slice(2)}` : ''}`;
}

const roleWords = {start: 'began', end: 'ended', point: 'on'} as const;

function dateItem(compare: CompareReport, row: DateRow, layout: CompareLayout, index: number): CompareItem {
	const reference = row.cells[compare.reference] ?? row.cells.find(cell => cell !== null) ?? null;
	const years = new Set(row.cells.flatMap(cell => (cell === null ? [] : [cell.date.slice(0, 4)])));
	const what = `${roleWords[row.role]}: ${sanitize(row.event)}`;
	const segments: Segment[] = [
		{text: row.disagree ? disagreeMark : '  ', role: 'bad'},
		{text: fit(what, layout.nameWidth)},
	];
	for (const column of layout.shown) {
		const cell = row.cells[column] ?? null;
		if (cell === null) {
			segments.push({text: cellText('—', layout), role: 'muted'});
			continue;
		}

		const differs = reference !== null && datesDisagree(cell.date, reference.date);
		const text = `${differs ? '≠' : ''}${shortDate(cell.date, years.size > 1)}`;
		segments.push({text: cellText(text, layout), role: differs ? 'bad' : 'text'});
	}

	if (row.disagree) {
		segments.push({text: 'dates differ', role: 'bad'});
	}

	const columns = row.cells.map((cell, column): Evidence | null =>
		cell === null
			? null
			: {label: `“${sanitize(cell.expression)}” · ${articleName(compare, column)}`, spans: [cell.span]},
	);
	const heading = index === 0 ? [[{text: 'Dates', role: 'heading' as const}], headerRow(compare, layout, 'When')] : [];
	const texts = [
		sanitize(row.event),
		...row.cells.flatMap(cell => (cell === null ? [] : [sanitize(cell.expression), cell.date])),
	];
	return {id: row.id, heading, lines: [segments], columns, texts, evidence: noEvidence};
}

export function datesItems(compare: CompareReport, layout: CompareLayout): CompareItem[] {
	return compare.dates.map((row, index) => dateItem(compare, row, layout, index));
}
