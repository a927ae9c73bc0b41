import type {Article} from '../article/types.ts';
import {countsReport} from './report-first.ts';
import {completeReport} from './report-rest.ts';
import type {Report} from './types.ts';

/** The single entry to the core: pure and synchronous, article in, report out. */
export function buildReport(article: Article): Report {
	return completeReport(countsReport(article), article);
}
