import type {Hedge, Report} from '../extract/types.ts';
import {capitalize, formatHedge, formatNumber, formatPublished} from '../ui/format.ts';
import {clean} from './evidence-text.ts';
import type {Evidence} from './evidence-text.ts';
import {checkMark, checkRows, countTables, quoteRows, timelineRows} from './findings-rows.ts';

/**
 * The findings as a Markdown document for a fact-check file: a section per pane, each finding a table row with the
 * article sentence behind it, the exact words it rests on in bold.
 */
export function findingsMarkdown(report: Report): string {
	let text = '';
	for (const piece of markdownChunks(report)) text += piece;
	return text;
}

/**
 * The same document a piece at a time, for writing as it is made: the rows of a long article's lists, each with its
 * evidence, held at once took gigabytes. The document ends in one newline, however many blank lines its last section
 * ends with.
 */
export function* markdownChunks(report: Report): Generator<string> {
	let pending = '';
	let first = true;
	for (const line of markdownLines(report)) {
		const piece = first ? line : `\n${line}`;
		first = false;
		if (line === '') {
			pending += piece;
		} else {
			yield pending + piece;
			pending = '';
		}
	}

	yield '\n';
}

function* markdownLines(report: Report): Generator<string> {
	const {article} = report;
	yield `# ${inline(article.title ?? 'Untitled article')}`;
	yield '';
	const facts = [
		article.source ? `Source: ${inline(article.source)}` : null,
		`Published: ${inline(formatPublished(article.published))}`,
		// Plain escaped text, not an autolink: the URL comes from the article file and is not ours to make clickable.
		article.url ? `URL: ${inline(article.url)}` : null,
		article.path ? `File: ${inline(article.path)}` : null,
	].filter(fact => fact !== null);
	yield facts.join('  \n');
	yield '';
	for (const warning of report.warnings) {
		yield `> Note: ${inline(warning)}`;
		yield '';
	}

	yield* countsSection(report);
	yield* quotesSection(report);
	yield* timelineSection(report);
	yield* checksSection(report);
}

function* countsSection(report: Report): Generator<string> {
	yield '## Counts';
	yield '';
	if (report.breakdowns.length === 0) {
		yield 'No breakdowns found.';
		yield '';
		return;
	}

	for (const {breakdown, rows} of countTables(report)) {
		const unit = breakdown.unit ? ` (${inline(breakdown.unit)})` : '';
		yield `### ${inline(capitalize(breakdown.measure))}${unit}`;
		yield '';
		if (!breakdown.complete) {
			yield 'A partial list: the article introduces it as examples, so the items need not add up to the total.';
			yield '';
		}

		yield* table(
			['Name', capitalize(breakdown.measure), 'Share', 'Evidence'],
			['---', '---:', '---:', '---'],
			mapped(rows, row => {
				const strong = row.kind === 'item' ? (text: string) => text : (text: string) => `**${text}**`;
				return [
					strong(row.kind === 'item' ? inline(row.name) : capitalize(row.name)),
					strong(amount(row.value, row.hedge)),
					row.share,
					evidence(row.evidence),
				];
			}),
		);
		yield '';
	}
}

function* quotesSection(report: Report): Generator<string> {
	yield '## Quotes';
	yield '';
	if (!report.quotes.some(quote => quote.kind === 'quotation')) {
		yield 'No quotations found.';
		yield '';
	} else {
		yield* table(
			['Speaker', 'Role', 'Organisation', 'Attribution', 'Quote', 'Evidence'],
			['---', '---', '---', '---', '---', '---'],
			mapped(quoteRows(report, 'quotation'), row => [
				row.speaker ? inline(row.speaker) : '*unattributed*',
				inline(row.role),
				inline(row.organization),
				inline(row.attribution),
				`“${inline(row.text)}”`,
				evidence(row.evidence),
			]),
		);
		yield '';
	}

	if (report.quotes.some(quote => quote.kind === 'term')) {
		yield '### Terms in quotation marks';
		yield '';
		yield 'Words or names set in quotation marks without a speaker (scare quotes, names of operations).';
		yield '';
		yield* table(
			['Term', 'Evidence'],
			['---', '---'],
			mapped(quoteRows(report, 'term'), row => [`“${inline(row.text)}”`, evidence(row.evidence)]),
		);
		yield '';
	}
}

function* timelineSection(report: Report): Generator<string> {
	yield '## Timeline';
	yield '';
	if (report.timeline.length === 0) {
		yield 'No dates found.';
		yield '';
		return;
	}

	yield* table(
		['Date', 'Event', 'As written', 'Evidence'],
		['---', '---', '---', '---'],
		mapped(timelineRows(report), row => [
			inline(row.date),
			inline(row.event),
			inline(row.expression),
			evidence(row.evidence),
		]),
	);
	yield '';
}

function* checksSection(report: Report): Generator<string> {
	yield '## Checks';
	yield '';
	if (report.checks.length === 0) {
		yield 'No totals to check.';
		yield '';
		return;
	}

	const counts = {'✓': 0, '✗': 0, '?': 0};
	for (const check of report.checks) {
		counts[checkMark(check)]++;
	}

	yield `✓ ${counts['✓']} consistent · ✗ ${counts['✗']} inconsistent · ? ${counts['?']} unverifiable`;
	yield '';
	yield* table(
		['Verdict', 'Claim', 'Arithmetic', 'Hint', 'Evidence'],
		[':---:', '---', '---', '---', '---'],
		mapped(checkRows(report), row => [
			row.mark,
			inline(row.claim),
			inline(row.arithmetic),
			inline(row.hint),
			evidence(row.evidence),
		]),
	);
	yield '';
}

function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
	for (const item of items) yield map(item);
}

export function amount(value: number, hedge: Hedge): string {
	return `${formatHedge(hedge)}${formatNumber(value)}`;
}

function* table(
	header: readonly string[],
	align: readonly string[],
	rows: Iterable<readonly string[]>,
): Generator<string> {
	const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
	yield line(header);
	yield line(align);
	for (const row of rows) yield line(row);
}

export function evidence(value: Evidence | null): string {
	if (!value) {
		return '';
	}

	return value.pieces
		.map(piece => {
			const text = inline(piece.text);
			// Emphasis markers must hug non-space text, or Markdown prints the asterisks.
			const core = text.trim();
			if (!piece.marked || core === '') {
				return text;
			}

			const lead = text.slice(0, text.indexOf(core));
			return `${lead}**${core}**${text.slice(lead.length + core.length)}`;
		})
		.join('');
}

/**
 * Article text inside a table cell: one line, and every character Markdown would read as syntax escaped, so the
 * words show exactly as printed (an asterisk in a headline must not start emphasis; a pipe must not end the cell).
 */
export function inline(text: string): string {
	return clean(text)
		.replaceAll(/[\\`*_[\]<>|#~]/g, character => `\\${character}`)
		.replaceAll(/\s+/g, ' ');
}

/** The Markdown table and cell rules for the other Markdown writers (compare-markdown.ts). */
export {inline as markdownInline, table as markdownTable};
