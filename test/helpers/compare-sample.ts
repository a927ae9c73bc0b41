import {compareReports} from '../../source/compare/compare.ts';
import {articleLabels} from '../../source/compare/labels.ts';
import type {CompareReport} from '../../source/compare/types.ts';
import {makeReport} from './compare-reports.ts';

// Three outlets and an agency on one invented flood: the agency counts 100 evacuations in four towns; the outlets
// drift from it in the ways the tests name.
export const agency = makeReport({
	source: 'River Authority',
	lists: [
		{
			measure: 'evacuations',
			items: [
				['Lowmoor County', 40],
				['Ashby', 30],
				['St. Oswin', 20],
				['Fenwick', 10],
			],
			total: 100,
			verdict: 'consistent',
		},
	],
	quotes: [['Rhea Lund', 'the water rose faster than anyone expected']],
	dates: [
		{
			sentence: 'The evacuation began on Monday and lasted into the night.',
			expression: 'on Monday',
			start: '2026-03-02',
		},
	],
});
export const courier = makeReport({
	source: 'Valley Courier',
	lists: [
		{
			measure: 'evacuation',
			items: [
				['Lowmoor', 40],
				['Ashby', 35],
				['Saint Oswin', 20],
			],
			total: 100,
			verdict: 'unverifiable',
		},
	],
	quotes: [['Lund', 'the water rose faster than expected']],
	dates: [
		{
			sentence: 'The evacuation began on Tuesday and lasted into the night.',
			expression: 'on Tuesday',
			start: '2026-03-03',
		},
	],
});
export const post = makeReport({
	source: 'Fenwick Post',
	lists: [
		{
			measure: 'evacuations',
			items: [
				['Lowmoor County', 40],
				['Ashby', 30],
				['St Oswin', 20],
				['Fenwick', 15],
			],
			total: 105,
			verdict: 'consistent',
		},
	],
	quotes: [['Mayor Dale Brook', 'the water rose faster than anyone expected']],
});

/** The three as compared, the agency marked as the primary source (given second, shown first). */
export function sampleCompare(): CompareReport {
	const reports = [courier, agency, post];
	const labels = articleLabels(reports);
	return compareReports(reports.map((report, i) => ({label: labels[i]!, report, primary: i === 1})));
}

/** The reports in the comparison's column order. */
export const sampleReports = [agency, courier, post];
