// Tables that lost their line breaks when a page was copied to text: the header and every row run together on one line
// ("Region 2022 2023 Change Ash 41 45 9.8% Birch 30 27 −10.0% …"). No separator marks a cell, so the rows are found by
// their rhythm: a name, then the same number of figures, again and again.
import type {Article, Span} from '../../article/types.ts';
import {sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {CHANGE_HEADER, SUMMARY_ROW, TOTAL_ROW} from './breakdown-tables.ts';
import {isPluralNoun, isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

type Row = {readonly name: string; readonly nameSpan: Span; readonly values: readonly NumberMention[]};

// A row's name: a few words, no sentence punctuation ("Idaho", "District of Columbia", "St. Mary's").
const ROW_NAME = /^[\p{Lu}][\p{L}\d.'’&/() -]{0,40}$/u;
const MIN_ROWS = 4;

/** The line's figures grouped as rows: a stretch of words opens a row, the figures after it with only spaces between fill it. */
function rowsOf(body: string, line: Span, mentions: readonly NumberMention[]): Row[] {
	const rows: Row[] = [];
	let from = line.start;
	let current: {name: string; nameSpan: Span; values: NumberMention[]} | null = null;
	for (const mention of mentions) {
		const gap = body.slice(from, mention.hedgedSpan.start);
		if (/\p{L}/u.test(gap)) {
			if (current !== null) rows.push(current);
			const trimmed = gap.trim();
			const start = from + gap.indexOf(trimmed);
			current = {name: trimmed, nameSpan: {start, end: start + trimmed.length}, values: [mention]};
		} else if (current !== null && /^\s*[−–+-]?$/.test(gap)) {
			// A sign belongs to the figure after it ("930 −2.4%"); the number reader leaves it out of the figure.
			current.values.push(mention);
		} else {
			if (current !== null) rows.push(current);
			current = null;
		}

		from = mention.span.end;
	}

	if (current !== null) rows.push(current);
	return rows;
}

/** The longest run of rows that give the same number of figures, at least MIN_ROWS long. */
function longestRun(rows: readonly Row[]): {readonly start: number; readonly end: number} | null {
	let best: {start: number; end: number} | null = null;
	let start = 0;
	for (let k = 1; k <= rows.length; k++) {
		// The first row's name carries the header too, so only its figures are compared.
		const same = k < rows.length && rows[k]!.values.length === rows[start]!.values.length;
		const named = k < rows.length && ROW_NAME.test(rows[k]!.name);
		if (same && named) continue;
		if (k - start >= MIN_ROWS && (best === null || k - start > best.end - best.start)) best = {start, end: k};
		start = k;
	}

	return best;
}

/**
 * The header's labels and the first row's name, from the words before the first figures: "State 2018 2019 Change
 * Alabama" with three figures a row is the label of the names' column, three column labels, and the name. Labels
 * written in several words cannot be told from the name, so then there is no header and the first row is left out.
 */
function splitHeader(
	body: string,
	first: Row,
	columns: number,
	years: readonly NumberMention[],
): {readonly labels: readonly string[]; readonly name: string; readonly nameStart: number} | null {
	const words = [...body.slice(first.nameSpan.start, first.nameSpan.end).matchAll(/\S+/g)];
	// The years among the header words are mentions of their own: the header ends at the last of them or later.
	const labelCount = columns + 1;
	if (words.length <= labelCount) return null;
	const nameWords = words.slice(labelCount);
	const name = nameWords.map(word => word[0]).join(' ');
	if (!ROW_NAME.test(name) || nameWords.length > 4) return null;
	const lastYear = years.at(-1);
	const nameStart = first.nameSpan.start + nameWords[0]!.index;
	if (lastYear !== undefined && lastYear.span.end > nameStart) return null;
	return {labels: words.slice(0, labelCount).map(word => word[0]), name, nameStart};
}

/**
 * The columns of the rows that count something, each a list of its own ("2023" and "2024" deaths by county): the latest
 * year's first, as the one a reader looks at, then the rest in order. A change or share column is none.
 */
function countedColumns(rows: readonly Row[], labels: readonly string[] | null): number[] {
	const columns = rows[0]!.values.length;
	const yearOf = (k: number): number => (/^(?:19|20)\d\d$/.test(labels?.[k + 1] ?? '') ? Number(labels![k + 1]) : -1);
	const counted: number[] = [];
	for (let k = 0; k < columns; k++) {
		if (rows.every(row => row.values[k]!.kind !== 'percent') && !CHANGE_HEADER.test(labels?.[k + 1] ?? '')) {
			counted.push(k);
		}
	}

	const latest = counted.reduce((best, k) => (best === -1 || yearOf(k) > yearOf(best) ? k : best), -1);
	return latest === -1 ? [] : [latest, ...counted.filter(k => k !== latest)];
}

/** One column of the rows as a list. */
function columnList(
	article: Article,
	runRows: readonly Row[],
	header: ReturnType<typeof splitHeader>,
	column: number,
	partial: boolean,
): ListDraft | null {
	const items: ItemDraft[] = [];
	let total: NumberMention | null = null;
	runRows.forEach((row, index) => {
		const isFirst = index === 0;
		if (isFirst && header === null) return;
		const name = isFirst ? header!.name : row.name;
		const start = isFirst ? header!.nameStart : row.nameSpan.start;
		const mention = row.values[column]!;
		if (TOTAL_ROW.test(name)) total = mention;
		else if (!SUMMARY_ROW.test(name))
			items.push({name, mention, span: {start, end: row.values.at(-1)!.span.end}, noun: null, shape: 'row'});
	});
	if (items.length < MIN_ROWS - 1) return null;
	const headerStart = runRows[0]!.nameSpan.start;
	const label = header?.labels[column + 1]?.toLowerCase() ?? '';
	const sentence = sentenceBefore(article, headerStart);
	return {
		items,
		span: {start: headerStart, end: runRows.at(-1)!.values.at(-1)!.span.end},
		lead: {start: sentence === -1 ? headerStart : article.sentences[sentence]!.start, end: headerStart},
		totalLine: total,
		measure: isPluralNoun(label) ? label : null,
		sentence,
		partial,
	};
}

/** Lists read from tables flattened onto one line. */
export function flatTableLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	for (const paragraph of article.paragraphs) {
		const inLine = mentionsIn(mentions, paragraph);
		const quantities = inLine.filter(isQuantity);
		// A table of four rows has at least four figures; prose with so many figures and no rhythm finds no run.
		if (quantities.length < MIN_ROWS * 2) continue;
		const rows = rowsOf(body, paragraph, quantities);
		const run = longestRun(rows);
		if (run === null) continue;
		const runRows = rows.slice(run.start, run.end);
		const columns = runRows[0]!.values.length;
		const header = splitHeader(
			body,
			runRows[0]!,
			columns,
			inLine.filter(mention => mention.kind === 'year' && mention.span.start >= runRows[0]!.nameSpan.start),
		);
		const end = runRows.at(-1)!.values.at(-1)!.span.end;
		// "… Idaho 234 224 −4.3% I": a row begun and cut off, as a page copied in part ends; the rows are not all of it.
		const rest = body.slice(end, paragraph.end).trim();
		const cut = rest !== '' && rest.length <= 40 && !/[.!?:]/.test(rest) && run.end === rows.length;
		for (const column of countedColumns(runRows, header?.labels ?? null)) {
			const list = columnList(article, runRows, header, column, cut);
			if (list !== null) lists.push(list);
		}
	}

	return lists;
}
