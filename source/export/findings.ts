import type {Report} from '../extract/types.ts';
import {csvChunks, findingsCsv} from './findings-csv.ts';
import {findingsMarkdown, markdownChunks} from './findings-markdown.ts';
import {jsonChunks} from './json-chunks.ts';

export type FindingsFormat = 'md' | 'csv' | 'json';

/** The findings as text for `newsdash export`: Markdown for people, CSV for spreadsheets, JSON (the report) for code. */
export function exportFindings(report: Report, format: FindingsFormat): string {
	switch (format) {
		case 'md': {
			return findingsMarkdown(report);
		}

		case 'csv': {
			return findingsCsv(report);
		}

		case 'json': {
			return JSON.stringify(report, null, 2) + '\n';
		}
	}
}

/**
 * The same text in pieces, to be written as it comes: the JSON a member at a time, Markdown and CSV a row at a time,
 * so that neither the whole text nor every row is ever held at once (issue 16: the output of a 16 MB article, or of a
 * list of 200,000 items, took gigabytes).
 */
export function findingsChunks(report: Report, format: FindingsFormat): Iterable<string> {
	switch (format) {
		case 'md': {
			return markdownChunks(report);
		}

		case 'csv': {
			return csvChunks(report);
		}

		case 'json': {
			return jsonChunks(report);
		}
	}
}
