// The comparison as Markdown tables, one per section, the articles as columns: what a fact-checker pastes into a
// memo. Disagreements keep the pane's marks (✗, ▲/▼ against the reference, — for not named, ≠ for another date).
import {sameSpeaker} from '../compare/quotes.ts';
import type {CompareReport, CountsGroup, WordDiffPart} from '../compare/types.ts';
import {formatNumber} from '../text/number-format.ts';
import {markdownInline, markdownTable} from './findings-markdown.ts';

function articleHeaders(compare: CompareReport): string[] {
	return compare.articles.map(article => markdownInline(article.label) + (article.primary ? ' (source)' : ''));
}

function signed(delta: number | null): string {
	if (delta === null || delta === 0) {
		return '';
	}

	return delta > 0 ? '▲' : '▼';
}

function missingIn(compare: CompareReport, cells: ReadonlyArray<unknown>): string[] {
	return cells.flatMap((cell, column) =>
		cell === null ? [markdownInline(compare.articles[column]?.label ?? '')] : [],
	);
}

function countsTable(compare: CompareReport, group: CountsGroup): string[] {
	const header = ['', 'Name', ...articleHeaders(compare), 'Note'];
	const align = [':-:', ':--', ...compare.articles.map(() => '--:'), ':--'];
	const rows = group.rows.map(row => {
		const notes = [
			row.disagree ? `off by ${formatNumber(row.spread)}` : '',
			row.missing > 0 ? `not in ${missingIn(compare, row.cells).join(', ')}` : '',
			row.join === null ? '' : `joined ${row.join.spellings.map(name => `“${markdownInline(name)}”`).join(', ')}`,
		].filter(note => note !== '');
		return [
			row.disagree ? '✗' : '',
			markdownInline(row.name),
			...row.cells.map((cell, column) =>
				cell === null ? '—' : `${signed(row.deltas[column] ?? null)}${formatNumber(cell.value)}`,
			),
			notes.join('; '),
		];
	});
	const stated = group.totals.flatMap(total => (total === null ? [] : [total.value]));
	const totals = [
		group.totalsDisagree ? '✗' : '',
		'**Stated total**',
		...group.totals.map(total => (total === null ? '—' : formatNumber(total.value))),
		group.totalsDisagree ? `off by ${formatNumber(Math.max(...stated) - Math.min(...stated))}` : '',
	];
	const other = group.otherMeasures.flatMap((measure, column) =>
		measure === null
			? []
			: [
					`${markdownInline(compare.articles[column]?.label ?? '')} counts “${markdownInline(measure)}”; matched by its names.`,
					'',
				],
	);
	return [
		`## Counts: ${markdownInline(group.measure)}`,
		'',
		...other,
		...markdownTable(header, align, [...rows, totals]),
		'',
	];
}

const verdictMarks = {consistent: '✓', inconsistent: '✗', unverifiable: '?'} as const;

function totalsTable(compare: CompareReport): string[] {
	if (compare.totals.rows.length === 0) {
		return [];
	}

	const header = ['', 'List', ...articleHeaders(compare)];
	const align = [':-:', ':--', ...compare.articles.map(() => '--:')];
	const rows = compare.totals.rows.map(row => [
		row.disagree ? '✗' : '',
		markdownInline(row.measure),
		...row.cells.map(cell => {
			if (cell === null) {
				return '—';
			}

			const stated = cell.stated === null ? 'no total' : formatNumber(cell.stated.value);
			const verdict = cell.verdict === null ? '' : ` ${verdictMarks[cell.verdict]}`;
			return `${stated}${verdict} (sum ${formatNumber(cell.sum)})`;
		}),
	]);
	return ['## Totals', '', ...markdownTable(header, align, rows), ''];
}

function datesTable(compare: CompareReport): string[] {
	if (compare.dates.length === 0) {
		return [];
	}

	const header = ['', 'When', ...articleHeaders(compare)];
	const align = [':-:', ':--', ...compare.articles.map(() => ':--')];
	const rows = compare.dates.map(row => {
		const reference = row.cells[compare.reference] ?? row.cells.find(cell => cell !== null) ?? null;
		return [
			row.disagree ? '✗' : '',
			`${row.role}: ${markdownInline(row.event)}`,
			...row.cells.map(cell =>
				cell === null ? '—' : `${reference !== null && cell.date !== reference.date ? '≠' : ''}${cell.date}`,
			),
		];
	});
	return ['## Dates', '', ...markdownTable(header, align, rows), ''];
}

function changes(diff: readonly WordDiffPart[]): string {
	return diff
		.filter(part => part.kind !== 'same')
		.map(part => `${part.kind === 'removed' ? '−' : '+'}“${markdownInline(part.text)}”`)
		.join(' ');
}

function quotesSection(compare: CompareReport): string[] {
	if (compare.quotes.length === 0) {
		return [];
	}

	const lines = ['## Quotes', ''];
	for (const row of compare.quotes) {
		const reference = row.cells[compare.reference] ?? row.cells.find(cell => cell !== null) ?? null;
		const mark = row.wordsChanged || row.speakersDiffer ? '✗ ' : '';
		lines.push(`- ${mark}“${markdownInline(reference?.text ?? '')}” — ${markdownInline(row.speaker ?? 'no speaker')}`);
		for (const [column, cell] of row.cells.entries()) {
			if (cell === null || cell === reference) {
				continue;
			}

			const label = markdownInline(compare.articles[column]?.label ?? '');
			const speaker =
				cell.speaker !== null && row.speaker !== null && !sameSpeaker(cell.speaker, row.speaker)
					? `; said by ${markdownInline(cell.speaker)}`
					: '';
			lines.push(`  - ${label}: ${cell.changed ? changes(cell.diff) : 'same words'}${speaker}`);
		}
	}

	return [...lines, ''];
}

/** The comparison as Markdown: the articles, then counts, totals, dates and quotes. */
export function compareMarkdown(compare: CompareReport): string {
	const articles = compare.articles.map(
		(article, index) =>
			`${index + 1}. ${markdownInline(article.label)}${article.primary ? ' (primary source)' : ''}` +
			(article.title === null ? '' : ` — ${markdownInline(article.title)}`),
	);
	const failed = compare.failed.map(
		failure => `- not compared: ${markdownInline(failure.label)}: ${markdownInline(failure.reason)}`,
	);
	const body = compare.shared
		? [
				...compare.counts.flatMap(group => countsTable(compare, group)),
				...totalsTable(compare),
				...datesTable(compare),
				...quotesSection(compare),
			]
		: ['These articles share no list, date or quotation to compare.', ''];
	return [
		`# Comparison of ${compare.articles.length} articles`,
		'',
		...articles,
		'',
		...failed,
		...(failed.length > 0 ? [''] : []),
		...body,
	]
		.join('\n')
		.replace(/\n+$/, '\n');
}
