// Rows that give several figures each in one fixed pattern: "North Ward: 12 (15) — 40 (38)", a row per ward, under a
// header that names the columns ("Thefts 2024 (2023) — Burglaries 2024 (2023)"). Each place in the pattern is a
// column: a list by row name of its own. Lines with one figure are the line reader's (line-lists.ts).
import type {Article, Span} from '../../article/types.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {TOTAL_ROW} from './breakdown-tables.ts';

type Row = {
	readonly name: string;
	readonly nameSpan: Span;
	readonly figures: readonly NumberMention[];
	readonly pattern: string;
};

// A row's name: a few words before its first figure, opening in a capital or a digit ("1st District", "Elm Ward").
const ROW_NAME = /^[\p{Lu}\d][\p{L}\d .'’&/-]{0,40}?$/u;
// What may end a row's name before its figures.
const NAME_END = /\s*(?::|—|–|-|,)?\s*$/;
const MIN_ROWS = 3;
// What separates a header's column labels: the punctuation the rows set between their figures.
const LABEL_SEPARATOR = /\s*(?:[()|]|—+-*|–|\/)\s*/;

/** A line read as a name and the pattern its figures are written in, or null when it gives fewer than two. */
function rowOf(body: string, line: Span, mentions: readonly NumberMention[]): Row | null {
	const figures = mentionsIn(mentions, line).filter(isQuantity);
	// Two counted columns at least: a count with its share ("Ash 2,410 31.0%") is a line the line reader knows, with the
	// total it may print above the rows.
	if (figures.filter(figure => figure.kind !== 'percent').length < 2 || figures.length > 8) return null;
	const first = figures[0]!;
	const rawName = body.slice(line.start, first.hedgedSpan.start);
	const name = rawName.replace(NAME_END, '').trim();
	if (!ROW_NAME.test(name) || !/\p{L}/u.test(name)) return null;
	// The pattern: what stands between and after the figures, spaces folded, with each figure's kind.
	let pattern = '';
	for (const [k, figure] of figures.entries()) {
		const next = figures[k + 1];
		const between = body.slice(figure.span.end, next === undefined ? line.end : next.hedgedSpan.start);
		// Words between figures make a sentence, not a row of columns.
		if (/\p{L}{3,}/u.test(between)) return null;
		pattern += `${figure.kind}${between.replace(/\s+/g, ' ').trim()}|`;
	}

	const start = line.start + rawName.indexOf(name);
	return {name, nameSpan: {start, end: start + name.length}, figures, pattern};
}

/** The header's column labels when it splits into as many as the rows have figures; a bare year takes the noun before it. */
function labelsOf(header: string, count: number): string[] | null {
	const parts = header
		.split(LABEL_SEPARATOR)
		.map(part => part.trim())
		.filter(part => part !== '');
	if (parts.length !== count) return null;
	let noun = '';
	return parts.map(part => {
		const words = part.replace(/\b(?:19|20)\d\d\b/g, '').trim();
		if (words !== '') noun = words;
		return words === '' && noun !== '' ? `${noun} ${part}` : part;
	});
}

/** Lists read column by column from runs of rows written in one pattern of several figures. */
export function rowPatternLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	let run: Row[] = [];
	let runStart: Span | null = null;
	let previousLine: Span | null = null;
	let headerLine: Span | null = null;
	let total: Row | null = null;
	const close = (): void => {
		if (run.length >= MIN_ROWS && new Set(run.map(row => row.name.toLowerCase())).size === run.length) {
			lists.push(...columnsOf(article, run, headerLine, total));
		}

		run = [];
		runStart = null;
		total = null;
	};

	for (let start = 0; start <= body.length;) {
		const newline = body.indexOf('\n', start);
		const end = newline === -1 ? body.length : newline;
		const line = {start, end};
		start = end + 1;
		// A long line is prose; its figures are the sentence readers'.
		const row = end - line.start > 200 ? null : rowOf(body, line, mentions);
		if (row !== null && run.length > 0 && row.pattern === run[0]!.pattern) {
			// "Total: 49 (46)" closes the rows with the whole of each column.
			if (TOTAL_ROW.test(row.name)) {
				total = row;
				close();
				continue;
			}

			run.push(row);
		} else {
			close();
			if (row !== null) {
				run = [row];
				runStart = line;
				headerLine = previousLine;
			}
		}

		if (body.slice(line.start, line.end).trim() !== '') previousLine = line;
		if (runStart === null && row === null) headerLine = null;
	}

	close();
	return lists;
}

function columnsOf(article: Article, run: readonly Row[], header: Span | null, total: Row | null): ListDraft[] {
	const {body} = article;
	const count = run[0]!.figures.length;
	const headerText = header === null ? '' : body.slice(header.start, header.end).trim();
	// A header line holds no figure of the rows' kinds; one that does is a row of another pattern or prose.
	const labels = headerText.length > 0 && headerText.length <= 120 ? labelsOf(headerText, count) : null;
	const first = run[0]!;
	const sentence = sentenceBefore(article, first.nameSpan.start);
	const lists: ListDraft[] = [];
	for (let column = 0; column < count; column++) {
		// A column of shares beside counts is a share of each row, no part of one whole by row.
		if (first.figures[column]!.kind === 'percent') continue;
		const items: ItemDraft[] = run.map(row => ({
			name: row.name,
			mention: row.figures[column]!,
			span: {start: row.nameSpan.start, end: row.figures[column]!.span.end},
			noun: null,
			shape: 'line',
		}));
		const label = labels?.[column] ?? null;
		lists.push({
			items,
			span: {start: first.nameSpan.start, end: (total ?? run.at(-1)!).figures.at(-1)!.span.end},
			lead: {
				start: header?.start ?? (sentence === -1 ? first.nameSpan.start : article.sentences[sentence]!.start),
				end: first.nameSpan.start,
			},
			totalLine: total?.figures[column] ?? null,
			measure: label === null ? null : label.toLowerCase(),
			sentence,
			// Every figure of the rows is some column's: the other columns' are no members left unread.
			cells: true,
		});
	}

	return lists;
}
