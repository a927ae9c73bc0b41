import type {Article} from '../article/types.ts';
import {extractBreakdowns} from './breakdowns.ts';
import {extractChecks} from './checks.ts';
import {findNumbers} from './numbers.ts';
import {extractQuotes} from './quotes.ts';
import {extractTimeline} from './timeline.ts';
import type {Report} from './types.ts';

/** The single entry to the core: pure and synchronous, article in, report out. */
export function buildReport(article: Article): Report {
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
		quotes: extractQuotes(article),
		timeline: extractTimeline(article),
		checks: extractChecks(article, numbers, breakdowns),
		warnings,
	};
}
