// How a column is named: the outlet the article came from, else its file name; two columns never share a name.
import type {Report} from '../extract/types.ts';

function baseLabel(report: Report, index: number): string {
	const source = report.article.source?.trim();
	if (source) {
		return source;
	}

	const path = report.article.path;
	if (path !== null && path !== '') {
		return path.split(/[\\/]/).at(-1) ?? path;
	}

	return `article ${index + 1}`;
}

/** One label per report, in order; a repeated label gets its position ("Gazette", "Gazette (3)"). */
export function articleLabels(reports: readonly Report[]): string[] {
	const labels = reports.map(baseLabel);
	return labels.map((label, index) => (labels.indexOf(label) === index ? label : `${label} (${index + 1})`));
}
