// The single entry to the comparison: pure and synchronous, reports in, CompareReport out.
import {compareCounts} from './counts.ts';
import {compareDates} from './dates.ts';
import {compareQuotes} from './quotes.ts';
import {compareTotals} from './totals.ts';
import type {CompareArticle, CompareFailure, CompareInput, CompareReport} from './types.ts';

/** The inputs in column order: the primary source first, the rest as given. */
export function columnOrder(inputs: readonly CompareInput[]): CompareInput[] {
	const primary = inputs.filter(input => input.primary);
	if (primary.length > 1) {
		throw new RangeError('at most one article can be the primary source');
	}

	return [...primary, ...inputs.filter(input => !input.primary)];
}

function articleOf(input: CompareInput): CompareArticle {
	const {title, published, path} = input.report.article;
	return {label: input.label, primary: input.primary, title, published, path};
}

/**
 * Several articles on one event lined up: matching lists, totals, dates and quotations, and where they disagree.
 * The primary source, when one is marked, is the first column and the reference the others are measured against;
 * else the first article is. `failed` names articles that could not be read, carried through for the UI.
 */
export function compareReports(inputs: readonly CompareInput[], failed: readonly CompareFailure[] = []): CompareReport {
	const ordered = columnOrder(inputs);
	const reports = ordered.map(input => input.report);
	const primary = ordered[0]?.primary === true ? 0 : null;
	const reference = 0;
	const counts = compareCounts(reports, primary);
	const dates = compareDates(reports, reference);
	const quotes = compareQuotes(reports, reference);
	return {
		version: 1,
		articles: ordered.map(articleOf),
		reference,
		counts,
		totals: compareTotals(counts, reports),
		dates,
		quotes,
		failed,
		shared: counts.length + dates.length + quotes.length > 0,
	};
}
