import type {Hedge, Report} from '../extract/types.ts';
import {capitalize, formatHedge, formatNumber, formatPublished} from '../ui/format.ts';
import {clean} from './evidence-text.ts';
import type {Evidence} from './evidence-text.ts';
import {checkRows, countTables, quoteRows, timelineRows} from './findings-rows.ts';

/**
 * The findings as a Markdown document for a fact-check file: a section per pane, each finding a table row with the
 * article sentence behind it, the exact words it rests on in bold.
 */
export function findingsMarkdown(report: Report): string {
	const {article} = report;
	const out: string[] = [`# ${inline(article.title ?? 'Untitled article')}`, ''];
	const facts = [
		article.source ? `Source: ${inline(article.source)}` : null,
		`Published: ${inline(formatPublished(article.published))}`,
		// Plain escaped text, not an autolink: the URL comes from the article file and is not ours to make clickable.
		article.url ? `URL: ${inline(article.url)}` : null,
		article.path ? `File: ${inline(article.path)}` : null,
	].filter(fact => fact !== null);
	out.push(facts.join('  \n'), '');
	for (const warning of report.warnings) {
		out.push(`> Note: ${inline(warning)}`, '');
	}

	// Line by line, not push(...section): a spread passes every line as an argument, and the rows of a long article
	// overflowed the call stack.
	for (const section of [
		countsSection(report),
		quotesSection(report),
		timelineSection(report),
		checksSection(report),
	]) {
		for (const line of section) out.push(line);
	}

	return out.join('\n').replace(/\n+$/, '\n');
}

function countsSection(report: Report): string[] {
	const out = ['## Counts', ''];
	const tables = countTables(report);
	if (tables.length === 0) {
		return [...out, 'No breakdowns found.', ''];
	}

	for (const {breakdown, rows} of tables) {
		const unit = breakdown.unit ? ` (${inline(breakdown.unit)})` : '';
		out.push(`### ${inline(capitalize(breakdown.measure))}${unit}`, '');
		if (!breakdown.complete) {
			out.push('A partial list: the article introduces it as examples, so the items need not add up to the total.', '');
		}

		out.push(
			...table(
				['Name', capitalize(breakdown.measure), 'Share', 'Evidence'],
				['---', '---:', '---:', '---'],
				rows.map(row => {
					const strong = row.kind === 'item' ? (text: string) => text : (text: string) => `**${text}**`;
					return [
						strong(row.kind === 'item' ? inline(row.name) : capitalize(row.name)),
						strong(amount(row.value, row.hedge)),
						row.share,
						evidence(row.evidence),
					];
				}),
			),
			'',
		);
	}

	return out;
}

function quotesSection(report: Report): string[] {
	const out = ['## Quotes', ''];
	const quotes = quoteRows(report, 'quotation');
	if (quotes.length === 0) {
		out.push('No quotations found.', '');
	} else {
		out.push(
			...table(
				['Speaker', 'Role', 'Organisation', 'Attribution', 'Quote', 'Evidence'],
				['---', '---', '---', '---', '---', '---'],
				quotes.map(row => [
					row.speaker ? inline(row.speaker) : '*unattributed*',
					inline(row.role),
					inline(row.organization),
					inline(row.attribution),
					`“${inline(row.text)}”`,
					evidence(row.evidence),
				]),
			),
			'',
		);
	}

	const terms = quoteRows(report, 'term');
	if (terms.length > 0) {
		out.push(
			'### Terms in quotation marks',
			'',
			'Words or names set in quotation marks without a speaker (scare quotes, names of operations).',
			'',
			...table(
				['Term', 'Evidence'],
				['---', '---'],
				terms.map(row => [`“${inline(row.text)}”`, evidence(row.evidence)]),
			),
			'',
		);
	}

	return out;
}

function timelineSection(report: Report): string[] {
	const out = ['## Timeline', ''];
	const rows = timelineRows(report);
	if (rows.length === 0) {
		return [...out, 'No dates found.', ''];
	}

	return [
		...out,
		...table(
			['Date', 'Event', 'As written', 'Evidence'],
			['---', '---', '---', '---'],
			rows.map(row => [inline(row.date), inline(row.event), inline(row.expression), evidence(row.evidence)]),
		),
		'',
	];
}

function checksSection(report: Report): string[] {
	const out = ['## Checks', ''];
	const rows = checkRows(report);
	if (rows.length === 0) {
		return [...out, 'No totals to check.', ''];
	}

	const counts = {'✓': 0, '✗': 0, '?': 0};
	for (const row of rows) {
		counts[row.mark]++;
	}

	return [
		...out,
		`✓ ${counts['✓']} consistent · ✗ ${counts['✗']} inconsistent · ? ${counts['?']} unverifiable`,
		'',
		...table(
			['Verdict', 'Claim', 'Arithmetic', 'Hint', 'Evidence'],
			[':---:', '---', '---', '---', '---'],
			rows.map(row => [row.mark, inline(row.claim), inline(row.arithmetic), inline(row.hint), evidence(row.evidence)]),
		),
		'',
	];
}

function amount(value: number, hedge: Hedge): string {
	return `${formatHedge(hedge)}${formatNumber(value)}`;
}

function table(header: readonly string[], align: readonly string[], rows: readonly (readonly string[])[]): string[] {
	const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
	return [line(header), line(align), ...rows.map(row => line(row))];
}

function evidence(value: Evidence | null): string {
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
function inline(text: string): string {
	return clean(text)
		.replaceAll(/[\\`*_[\]<>|#~]/g, character => `\\${character}`)
		.replaceAll(/\s+/g, ' ');
}

/** The Markdown table and cell rules for the other Markdown writers (compare-markdown.ts). */
export {inline as markdownInline, table as markdownTable};
