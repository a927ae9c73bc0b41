import type {Article} from '../article/types.ts';
import {extractBreakdowns} from './breakdowns.ts';
import {extractChecks} from './checks.ts';
import {findNumbers} from './numbers.ts';
import {extractQuotes} from './quotes.ts';
import {extractTimeline} from './timeline.ts';
import type {Report} from './types.ts';

/**
 * The report in two steps, for a screen that shows its counts first: `first` has the article, the breakdowns and the
 * checks, and no quotes or timeline yet; `complete()` adds those two (the larger part of a cold extraction, the
 * timeline above all) and gives the same report every time it is called.
 */
export type ReportSteps = {readonly first: Report; readonly complete: () => Report};

export function reportSteps(article: Article): ReportSteps {
	const numbers = findNumbers(article.body);
	const breakdowns = extractBreakdowns(article, numbers);
	const warnings: string[] = [];
	if (article.published === null) {
		warnings.push('no publication date: relative dates are unresolved');
	}

	const first: Report = {
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
	let complete: Report | undefined;
	return {
		first,
		complete: () => (complete ??= {...first, quotes: extractQuotes(article), timeline: extractTimeline(article)}),
	};
}

/** The single entry to the core: pure and synchronous, article in, report out. */
export function buildReport(article: Article): Report {
	return reportSteps(article).complete();
}
