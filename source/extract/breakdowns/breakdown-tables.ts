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

function isHeader(cells: readonly Cell[]): boolean {
	return (
		cells.length >= 2 &&
		cells.every(cell => !/\d/.test(cell.text) && cell.text.length <= 30) &&
		cells.filter(cell => /\p{L}/u.test(cell.text)).length >= 2
	);
}

/** The quantity that fills a cell whole, if it does. */
function cellNumber(cell: Cell, mentions: readonly NumberMention[]): NumberMention | null {
	const [mention] = mentionsIn(mentions, cell);
	if (mention === undefined || !isQuantity(mention)) return null;
	return mention.hedgedSpan.start <= cell.start + 1 && mention.span.end >= cell.end - 1 ? mention : null;
}

/**
 * Tables written as aligned text under a header row ("Candidate  Party  Votes  %"): the first column names the items,
 * the first numeric column the header does not mark as a change or share is the measure, "Total"/"Valid votes" rows
 * are the stated total and other summary rows (turnout, majority, rejected ballots) are left out.
 */
export function tableLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	let start = 0;
	let header: Cell[] | null = null;
	let column = -1;
	let columns = 0;
	let rows: ItemDraft[] = [];
	let totals: NumberMention[] = [];
	let headerSpan: Span | null = null;
	let gap = 0;
	const flush = (): void => {
		gap = 0;
		if (header !== null && headerSpan !== null && rows.length >= 2) {
			const sum = rows.reduce((total, row) => total + row.mention.value, 0);
			const total = totals.find(mention => Math.abs(mention.value - sum) < 1e-6) ?? totals[0] ?? null;
			const label = header[column]?.text.toLowerCase() ?? '';
			const sentence = sentenceBefore(article, headerSpan.start);
			lists.push({
				items: rows,
				span: {start: headerSpan.start, end: Math.max(rows.at(-1)!.span.end, total?.span.end ?? 0)},
				lead: {start: sentence === -1 ? headerSpan.start : article.sentences[sentence]!.start, end: headerSpan.start},
				totalLine: total,
				measure: isPluralNoun(label) ? label : null,
				sentence,
			});
		}

		header = null;
		headerSpan = null;
		column = -1;
		rows = [];
		totals = [];
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

		if (column === -1) {
			// Cells line up with header cells from the right: a row may leave a leading header cell empty.
			const offset = header.length - cells.length;
			column = numbers.findIndex((mention, k) => {
				const label = header![k + offset]?.text ?? '';
				return k > 0 && mention !== null && mention.kind !== 'percent' && !CHANGE_HEADER.test(label);
			});
			if (column === -1) {
				flush();
				continue;
			}

			columns = cells.length;
		}

		// A summary row often fills only the name and one figure ("Valid votes   25,740").
		const mention = cells.length === columns ? numbers[column] : numbers.find((found, k) => k > 0 && found !== null);
		if (mention === undefined || mention === null || mention.kind === 'percent') {
			if (mention?.kind === 'percent' && SUMMARY_ROW.test(first.text)) continue;
			flush();
			continue;
		}

		if (TOTAL_ROW.test(first.text)) {
			totals.push(mention);
		} else if (!SUMMARY_ROW.test(first.text)) {
			rows.push({
				name: first.text,
				mention,
				span: {start: first.start, end: mention.span.end},
				noun: null,
				shape: 'line',
			});
		}
	}

	flush();
	return lists;
}
