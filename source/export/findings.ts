import type {Report} from '../extract/types.ts';
import {findingsCsv} from './findings-csv.ts';
import {findingsMarkdown} from './findings-markdown.ts';
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
 * The same text in pieces, to be written as it comes: the JSON is built a member at a time; Markdown and CSV are
 * cut into slices, so writing them never makes one buffer of the whole (issue 16: the output of a 16 MB article).
 */
export function* findingsChunks(report: Report, format: FindingsFormat): Generator<string> {
	if (format === 'json') {
		yield* jsonChunks(report);
		return;
	}

	const text = format === 'md' ? findingsMarkdown(report) : findingsCsv(report);
	for (let start = 0; start < text.length;) {
		let end = Math.min(text.length, start + slice);
		// A slice ending between the two halves of a surrogate pair would be written as two U+FFFD.
		const last = text.charCodeAt(end - 1);
		if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
		yield text.slice(start, end);
		start = end;
	}
}

const slice = 64 * 1024;
