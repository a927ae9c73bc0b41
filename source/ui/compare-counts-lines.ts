// The Counts and Totals sections of the Compare pane as lines: per row the values of the shown articles, ▲/▼ where a
// value is above or below the reference, "—" where the article does not name the item, and a note that says by how
// much; a joined spelling gets a line of its own, so no join is silent.
import type {CompareReport, CountRow, CountsGroup, TotalsRow} from '../compare/types.ts';
import {articleName, cellText, headerRow, markWidth, type CompareLayout} from './compare-columns.ts';
import type {CompareItem} from './compare-model.ts';
import type {CompareSort} from './compare-sort.ts';
import {sortRows, unsorted} from './compare-sort.ts';
import {capitalize, formatHedge, formatNumber} from './format.ts';
import type {Evidence, Line, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {fit} from './text-fit.ts';

export const disagreeMark = '✗ ';
export const joinMark = '≈ ';
const noMark = '  ';

/** A value as the filter finds it: as drawn ("1,200") and as typed ("1200"). */
export function numberTexts(value: number): string[] {
	const written = formatNumber(value);
	const bare = String(value);
	return written === bare ? [written] : [written, bare];
}

/** The arrow a value takes against the reference: ▲ above, ▼ below, none when equal or unknown. */
export function deltaArrow(delta: number | null): string {
	if (delta === null || delta === 0) {
		return '';
	}

	return delta > 0 ? '▲' : '▼';
}

function evidenceOf(compare: CompareReport, label: string, spans: ReadonlyArray<{start: number; end: number} | null>) {
	return spans.map((span, column): Evidence | null =>
		span === null ? null : {label: `${label} · ${articleName(compare, column)}`, spans: [span]},
	);
}

function rowNote(compare: CompareReport, row: CountRow): Segment[] {
	const notes: string[] = [];
	if (row.disagree) {
		notes.push(`off by ${formatNumber(row.spread)}`);
	}

	if (row.missing > 0) {
		const absent = row.cells.flatMap((cell, column) => (cell === null ? [articleName(compare, column)] : []));
		notes.push(absent.length === 1 ? `not in ${absent[0]}` : `not in ${row.missing}`);
	}

	return notes.length === 0 ? [] : [{text: notes.join(', '), role: row.disagree ? 'bad' : 'unknown'}];
}

function joinLine(compare: CompareReport, row: CountRow): Line | null {
	if (row.join === null) {
		return null;
	}

	const others = row.cells.flatMap((cell, column) =>
		cell === null || cell.name === row.name ? [] : [`“${sanitize(cell.name)}” (${articleName(compare, column)})`],
	);
	const how = row.join.rule === 'spelling' ? 'spelled' : 'written shorter or longer as';
	return [{text: `${' '.repeat(markWidth)}${joinMark}${how} ${others.join(', ')}`, role: 'muted'}];
}

function countRowItem(compare: CompareReport, row: CountRow, layout: CompareLayout): CompareItem {
	const segments: Segment[] = [
		{text: row.disagree ? disagreeMark : row.join === null ? noMark : joinMark, role: row.disagree ? 'bad' : 'muted'},
		{text: fit(sanitize(row.name), layout.nameWidth)},
	];
	for (const column of layout.shown) {
		const cell = row.cells[column] ?? null;
		const delta = row.deltas[column] ?? null;
		const arrow = deltaArrow(delta);
		const text = cell === null ? '—' : `${arrow}${cell.approximate ? '~' : ''}${formatNumber(cell.value)}`;
		segments.push({text: cellText(text, layout), role: cell === null ? 'muted' : arrow === '' ? 'text' : 'bad'});
	}

	segments.push(...rowNote(compare, row));
	const join = joinLine(compare, row);
	const columns = evidenceOf(
		compare,
		sanitize(row.name),
		row.cells.map(cell => cell?.span ?? null),
	);
	const texts = [
		sanitize(row.name),
		...row.cells.flatMap(cell => (cell === null ? [] : [sanitize(cell.name), ...numberTexts(cell.value)])),
	];
	return {
		id: row.id,
		heading: [],
		lines: join === null ? [segments] : [segments, join],
		columns,
		texts,
		evidence: noEvidence,
	};
}

function totalsRowItem(compare: CompareReport, group: CountsGroup, layout: CompareLayout): CompareItem {
	const segments: Segment[] = [
		{text: group.totalsDisagree ? disagreeMark : noMark, role: 'bad'},
		{text: fit('Stated total', layout.nameWidth), role: 'heading'},
	];
	for (const column of layout.shown) {
		const total = group.totals[column] ?? null;
		const text = total === null ? '—' : `${formatHedge(total.hedge) === '' ? '' : '~'}${formatNumber(total.value)}`;
		segments.push({text: cellText(text, layout), role: total === null ? 'muted' : 'heading'});
	}

	if (group.totalsDisagree) {
		const values = group.totals.flatMap(total => (total === null ? [] : [total.value]));
		segments.push({text: `off by ${formatNumber(Math.max(...values) - Math.min(...values))}`, role: 'bad'});
	}

	const columns = evidenceOf(
		compare,
		'stated total',
		group.totals.map(total => total?.span ?? null),
	);
	const texts = group.totals.flatMap(total => (total === null ? [] : numberTexts(total.value)));
	return {id: `${group.id}-total`, heading: [], lines: [segments], columns, texts, evidence: noEvidence};
}

/** Set on items as built; the model fills it from the focused column. */
export const noEvidence: Evidence = {label: '', spans: []};

function groupHeading(compare: CompareReport, group: CountsGroup, layout: CompareLayout): Line[] {
	const unit = group.unit === null ? '' : ` (${sanitize(group.unit)})`;
	const differs = group.disagreements === 0 ? 'all agree' : `${group.disagreements} differ`;
	const lines: Line[] = [
		[
			{text: `Counts · ${capitalize(sanitize(group.measure))}${unit}`, role: 'heading'},
			{text: ` · ${group.rows.length} rows, ${differs}`, role: 'muted'},
		],
	];
	for (const [column, measure] of group.otherMeasures.entries()) {
		if (measure !== null) {
			const name = articleName(compare, column);
			lines.push([{text: `  ${joinMark}${name} counts “${sanitize(measure)}”; matched by its names`, role: 'muted'}]);
		}
	}

	lines.push(headerRow(compare, layout, 'Name'));
	return lines;
}

export function countsItems(
	compare: CompareReport,
	layout: CompareLayout,
	sort: CompareSort = unsorted,
): CompareItem[] {
	return compare.counts.flatMap(group => {
		const rows = sortRows(group.rows, sort).map(row => countRowItem(compare, row, layout));
		// The stated totals close the list whatever the order of its rows.
		const items = [...rows, totalsRowItem(compare, group, layout)];
		const [first, ...rest] = items;
		return [{...first!, heading: groupHeading(compare, group, layout)}, ...rest];
	});
}

const verdictMarks = {consistent: '✓', inconsistent: '✗', unverifiable: '?'} as const;
const verdictRoles = {consistent: 'ok', inconsistent: 'bad', unverifiable: 'unknown'} as const;

function totalsItem(compare: CompareReport, row: TotalsRow, layout: CompareLayout, index: number): CompareItem {
	const stated: Segment[] = [
		{text: row.disagree ? disagreeMark : noMark, role: 'bad'},
		{text: fit(capitalize(sanitize(row.measure)), layout.nameWidth)},
	];
	const sums: Segment[] = [{text: noMark}, {text: fit('  sum of the list', layout.nameWidth), role: 'muted'}];
	for (const column of layout.shown) {
		const cell = row.cells[column] ?? null;
		if (cell === null) {
			stated.push({text: cellText('—', layout), role: 'muted'});
			sums.push({text: cellText('', layout)});
			continue;
		}

		const mark = cell.verdict === null ? '' : ` ${verdictMarks[cell.verdict]}`;
		const value = cell.stated === null ? '—' : formatNumber(cell.stated.value);
		stated.push({
			text: cellText(`${value}${mark}`, layout),
			role: cell.verdict === null ? 'muted' : verdictRoles[cell.verdict],
		});
		sums.push({text: cellText(formatNumber(cell.sum), layout), role: 'muted'});
	}

	const columns = evidenceOf(
		compare,
		'stated total',
		row.cells.map(cell => cell?.span ?? null),
	);
	const heading = index === 0 ? [[{text: 'Totals', role: 'heading' as const}], headerRow(compare, layout, 'List')] : [];
	const texts = [
		sanitize(row.measure),
		...row.cells.flatMap(cell =>
			cell === null ? [] : [...(cell.stated === null ? [] : numberTexts(cell.stated.value)), ...numberTexts(cell.sum)],
		),
	];
	return {id: `totals-${row.groupId}`, heading, lines: [stated, sums], columns, texts, evidence: noEvidence};
}

function talliesItem(compare: CompareReport, layout: CompareLayout, headed: boolean): CompareItem {
	const segments: Segment[] = [{text: noMark}, {text: fit('All checks', layout.nameWidth)}];
	for (const column of layout.shown) {
		const tally = compare.totals.tallies[column];
		let text = '—';
		let role: Segment['role'] = 'muted';
		if (tally !== undefined && tally.inconsistent > 0) {
			[text, role] = [`✗${tally.inconsistent}`, 'bad'];
		} else if (tally !== undefined && tally.unverifiable > 0) {
			[text, role] = [`?${tally.unverifiable}`, 'unknown'];
		} else if (tally !== undefined && tally.consistent > 0) {
			[text, role] = [`✓${tally.consistent}`, 'ok'];
		}

		segments.push({text: cellText(text, layout), role});
	}

	const heading = headed ? [] : [[{text: 'Totals', role: 'heading' as const}], headerRow(compare, layout, 'List')];
	return {
		id: 'totals-all',
		heading,
		lines: [segments],
		columns: compare.articles.map(() => null),
		texts: [],
		evidence: noEvidence,
	};
}

export function totalsItems(compare: CompareReport, layout: CompareLayout): CompareItem[] {
	const rows = compare.totals.rows.map((row, index) => totalsItem(compare, row, layout, index));
	return [...rows, talliesItem(compare, layout, rows.length > 0)];
}
