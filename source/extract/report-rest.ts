import type {Article} from '../article/types.ts';
import {extractQuotes} from './quotes/quotes.ts';
import {extractTimeline} from './timeline/timeline.ts';
import type {Report} from './types.ts';

/** The report `countsReport(article)` began, with the article's quotes and timeline added. */
export function completeReport(first: Report, article: Article): Report {
	return {...first, quotes: extractQuotes(article), timeline: extractTimeline(article)};
}
