// Aligned text tables: a header row naming the columns, then one row per item, with summary rows at the foot.
import type {Article, Span} from '../../article/types.ts';
import {sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {isPluralNoun, isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

type Cell = Span & {readonly text: string};

// Rows that sum up or describe the table rather than list an item in it.
export const TOTAL_ROW =
	/^(?:total|totals|grand total|total votes|total valid votes|valid votes|votes cast|all|overall|combined)$/i;
export const SUMMARY_ROW =
	/^(?:rejected|spoiled|invalid|blank|void)(?: ballots| votes)?$|^(?:turnout|majority|electorate|registered voters|eligible voters|margin|change|swing)\b/i;
// Columns of change or share, never the measure itself.
export const CHANGE_HEADER = /%|\b(?:change|chg|share|pct|percent|per cent|swing|diff|difference|\+\/-)\b/i;

/** Cells of a line split at tabs, pipes or runs of two or more spaces. */
function cellsOf(body: string, line: Span): Cell[] {
	const cells: Cell[] = [];
	const text = body.slice(line.start, line.end);
	const separator = /\t+|\s*\|\s*| {2,}/g;
	let from = 0;
	const push = (end: number): void => {
		const raw = text.slice(from, end);
		const trimmed = raw.trim();
		if (trimmed !== '') {
			const start = line.start + from + (raw.length - raw.trimStart().length);
			cells.push({start, end: start + trimmed.length, text: trimmed});
		}
	};

	for (let match = separator.exec(text); match !== null; match = separator.exec(text)) {
		push(match.index);
		from = match.index + match[0].length;
	}

	push(text.length);
	return cells;
}

// A column label with digits that names a column rather than fills it: "4th", "2019", "Q3", "FY2024".
const LABEL_WITH_DIGITS = /^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|Q[1-4]|FY ?\d{2,4}|H[12])$/i;

function isHeader(cells: readonly Cell[]): boolean {
	return (
		cells.length >= 2 &&
		cells.every(cell => (!/\d/.test(cell.text) || LABEL_WITH_DIGITS.test(cell.text)) && cell.text.length <= 30) &&
		(cells.filter(cell => /\p{L}/u.test(cell.text)).length >= 2 ||
			(/\p{L}/u.test(cells[0]!.text) && cells.slice(1).every(cell => LABEL_WITH_DIGITS.test(cell.text))))
	);
}

// An empty cell written as a dash or "n/a": the row has no figure in that column.
const EMPTY_CELL = /^(?:[-–—]+|n\/?a|\*)$/i;

/** The quantity that fills a cell whole, if it does. */
function cellNumber(cell: Cell, mentions: readonly NumberMention[]): NumberMention | null {
	const [mention] = mentionsIn(mentions, cell);
	if (mention === undefined || !isQuantity(mention)) return null;
	return mention.hedgedSpan.start <= cell.start + 1 && mention.span.end >= cell.end - 1 ? mention : null;
}

/**
 * The columns a table's rows are read in: the first numeric column the header does not mark as a change or share is
 * the measure. Further columns are read too when their labels name what is counted in each ("4th 9th 12th",
 * "2022 2023"): each is a breakdown of its own. Columns labelled as other measures ("Without power", "Customers") are not the
 * parts of one whole, so they stay unread.
 */
function columnsOf(
	header: readonly Cell[],
	cells: readonly Cell[],
	numbers: readonly (NumberMention | null)[],
): number[] {
	// Cells line up with header cells from the right: a row may leave a leading header cell empty.
	const offset = header.length - cells.length;
	const labelOf = (k: number): string => header[k + offset]?.text ?? '';
	const counts = (k: number): boolean => {
		const mention = numbers[k] ?? null;
		return mention === null ? EMPTY_CELL.test(cells[k]!.text) : mention.kind !== 'percent';
	};

	const counted = numbers.flatMap((_, k) => (k > 0 && counts(k) && !CHANGE_HEADER.test(labelOf(k)) ? [k] : []));
	// The first column read must hold a figure: a table whose first row is all dashes gives no measure to go by.
	if (counted.length === 0 || numbers[counted[0]!] === null) return [];
	const named = counted.filter(k => LABEL_WITH_DIGITS.test(labelOf(k)));
	return named.length === counted.length && named.length > 1 ? named : [counted[0]!];
}

type Column = {rows: ItemDraft[]; totals: NumberMention[]; gaps: boolean};

/**
 * Tables written as aligned text under a header row ("Candidate  Party  Votes  %"): the first column names the items,
 * the columns read (columnsOf) are the measure, "Total"/"Valid votes" rows are the stated total and other summary rows
 * (turnout, majority, rejected ballots) are left out.
 */
export function tableLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	let start = 0;
	let header: Cell[] | null = null;
	let picked: number[] = [];
	let columns = 0;
	let read: Column[] = [];
	let headerSpan: Span | null = null;
	let gap = 0;
	const flush = (): void => {
		gap = 0;
		if (header !== null && headerSpan !== null) {
			const sentence = sentenceBefore(article, headerSpan.start);
			const offset = header.length - columns;
			// A header that opens on the counted thing ("INCIDENTS  4th  9th") names the measure when the columns do not.
			const first = header[0]?.text.toLowerCase() ?? '';
			for (const [index, {rows, totals, gaps}] of read.entries()) {
				if (rows.length < 2) continue;
				const sum = rows.reduce((total, row) => total + row.mention.value, 0);
				const total = totals.find(mention => Math.abs(mention.value - sum) < 1e-6) ?? totals[0] ?? null;
				const label = header[picked[index]! + offset]?.text ?? '';
				// Each of several columns says whose it is, so three lists of felonies read as the 4th's, the 9th's …
				const measure =
					picked.length > 1
						? `${isPluralNoun(first) ? first : 'figures'} (${label})`
						: isPluralNoun(label.toLowerCase())
							? label.toLowerCase()
							: null;
				lists.push({
					items: rows,
					span: {start: headerSpan.start, end: Math.max(rows.at(-1)!.span.end, total?.span.end ?? 0)},
					lead: {start: sentence === -1 ? headerSpan.start : article.sentences[sentence]!.start, end: headerSpan.start},
					totalLine: total,
					measure,
					sentence,
					cells: true,
					...(gaps ? {partial: true} : {}),
				});
			}
		}

		header = null;
		headerSpan = null;
		picked = [];
		read = [];
	};

	while (start <= body.length) {
		let end = body.indexOf('\n', start);
		if (end === -1) end = body.length;
		const line = {start, end};
		start = end + 1;
		if (end - line.start > 300) {
			flush();
			continue;
		}

		const cells = cellsOf(body, line);
		// One blank line may set the foot of a table apart ("Total  12,400" under a gap); two end it.
		if (cells.length === 0 && header !== null && gap++ === 0) continue;
		// A header wrapped onto a second line ("Reg/Terr" over "itory"): one short cell with no figure, before any row.
		if (cells.length === 1 && header !== null && picked.length === 0 && !/\d/.test(cells[0]!.text)) continue;
		if (cells.length < 2) {
			flush();
			continue;
		}

		gap = 0;

		if (isHeader(cells)) {
			flush();
			header = cells;
			headerSpan = line;
			continue;
		}

		if (header === null) continue;
		const numbers = cells.map(cell => cellNumber(cell, mentions));
		const first = cells[0]!;
		if (numbers[0] !== null || !/\p{L}/u.test(first.text)) {
			flush();
			continue;
		}

		if (picked.length === 0) {
			picked = columnsOf(header, cells, numbers);
			if (picked.length === 0) {
				flush();
				continue;
			}

			columns = cells.length;
			read = picked.map(() => ({rows: [], totals: [], gaps: false}));
		}

		if (cells.length !== columns) {
			// A summary row often fills only the name and one figure ("Valid votes   25,740"): it speaks for the first column.
			const mention = numbers.find((found, k) => k > 0 && found !== null);
			if (!addCell(read[0]!, first, mention ?? null, null)) {
				if (mention?.kind === 'percent' && SUMMARY_ROW.test(first.text)) continue;
				flush();
			}

			continue;
		}

		const added = picked.map((k, index) => addCell(read[index]!, first, numbers[k] ?? null, cells[k]!));
		if (!added[0]) {
			if (numbers[picked[0]!]?.kind === 'percent' && SUMMARY_ROW.test(first.text)) continue;
			flush();
		}
	}

	flush();
	return lists;
}

/**
 * One row's cell into a column's rows or totals. False when the cell holds no count: an empty cell ("-", "n/a") is
 * a gap that makes the column partial, anything else ends the table.
 */
function addCell(column: Column, name: Cell, mention: NumberMention | null, cell: Cell | null): boolean {
	if (mention === null || mention.kind === 'percent') {
		if (cell !== null && EMPTY_CELL.test(cell.text)) {
			column.gaps = true;
			return true;
		}

		return false;
	}

	if (TOTAL_ROW.test(name.text)) {
		column.totals.push(mention);
	} else if (!SUMMARY_ROW.test(name.text)) {
		column.rows.push({
			name: name.text,
			mention,
			span: {start: name.start, end: mention.span.end},
			noun: null,
			shape: 'line',
		});
	}

	return true;
}
