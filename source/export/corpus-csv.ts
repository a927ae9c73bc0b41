// `newsdash export --format csv DIR`: the findings of many articles as one CSV table, the article in the first column.
import type {Report} from '../extract/types.ts';
import {csvColumns, csvField, csvLine, findingRows} from './findings-csv.ts';

/** The header line: `article`, then the columns of a one-article export. */
export const corpusCsvHeader = ['article', ...csvColumns].join(',') + '\r\n';

/** The article's rows, each led by `article` (its path, or its id for JSON Lines input); '' when it has no finding. */
export function corpusCsvRows(report: Report, article: string): string {
	const lead = csvField(article) + ',';
	let text = '';
	for (const row of findingRows(report)) text += lead + csvLine(row) + '\r\n';
	return text;
}
