import type {Article} from '../article/types.ts';
import {extractBreakdowns} from './breakdowns/breakdowns.ts';
import {extractChecks} from './checks/checks.ts';
import {findNumbers} from './numbers/numbers.ts';
import type {Report} from './types.ts';

/**
 * The first part of a report: the article, its breakdowns and its checks, with no quotes or timeline yet. What the
 * counts and totals panes need, without the quote and date readers (and chrono-node), which are the larger part of a
 * cold extraction; report-rest.ts adds them. buildReport (report.ts) is both at once.
 */
export function countsReport(article: Article): Report {
	const numbers = findNumbers(article.body);
	const breakdowns = extractBreakdowns(article, numbers);
	const warnings: string[] = [];
	if (article.published === null) {
		warnings.push('no publication date: relative dates are unresolved');
	}

	return {
		version: 1,
		article: {
			title: article.title,
			published: article.published,
			source: article.source,
			url: article.url,
			path: article.path,
			body: article.body,
			paragraphs: article.paragraphs.map(({start, end}) => ({start, end})),
			sentences: article.sentences.map(({start, end}) => ({start, end})),
		},
		breakdowns,
		quotes: [],
		timeline: [],
		checks: extractChecks(article, numbers, breakdowns),
		warnings,
	};
}
