import type {Report} from '../extract/types.ts';
import {findingsCsv} from './findings-csv.ts';
import {findingsMarkdown} from './findings-markdown.ts';

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
