// Which lists of different articles count the same thing. Same measure and unit first ("illegal crab traps" and
// "illegal crab trap"); a list whose measure the extractor could not name ("figures") still joins one whose names it
// mostly shares, and the group keeps the other measure so the pane can say so.
import type {Breakdown, Report} from '../extract/types.ts';
import {couldBeSameName} from './names.ts';

/** The words of a measure with plurals set aside, so "arrest" and "Arrests" count the same thing. */
export function measureKey(measure: string): string {
	return measure
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(word => word !== '')
		.map(word => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
		.join(' ');
}

/** The share of the shorter list's names that the other list names too (however spelled or shortened). */
export function nameOverlap(a: Breakdown, b: Breakdown): number {
	const shorter = a.items.length <= b.items.length ? a : b;
	const longer = shorter === a ? b : a;
	if (shorter.items.length === 0) {
		return 0;
	}

	const shared = shorter.items.filter(item => longer.items.some(other => couldBeSameName(item.name, other.name)));
	return shared.length / shorter.items.length;
}

// Below this share of shared names, a list whose measure was not read is not taken for another.
const minimumOverlap = 0.5;

// What the extractor calls a list when it could not tell what it counts. Two lists that each name their measure
// ("layoffs", "complaints") count different things however many places they share.
const unreadMeasures: ReadonlySet<string> = new Set(['', 'figure', 'number', 'count', 'total']);

/**
 * Groups of lists, one list per article at most (columns in the order of `reports`), each group holding lists of at
 * least two articles. A list joins the group it fits best: the same measure counts more than any share of names.
 */
export function groupBreakdowns(reports: readonly Report[]): Array<ReadonlyArray<Breakdown | null>> {
	const groups: Array<Array<Breakdown | null>> = [];
	reports.forEach((report, column) => {
		for (const breakdown of report.breakdowns) {
			let best: Array<Breakdown | null> | null = null;
			let bestScore = 0;
			for (const group of groups) {
				if (group[column] !== null) {
					continue;
				}

				const score = fit(group, breakdown);
				if (score > bestScore) {
					best = group;
					bestScore = score;
				}
			}

			if (best === null) {
				best = reports.map(() => null);
				groups.push(best);
			}

			best[column] = breakdown;
		}
	});

	return groups.filter(group => group.filter(member => member !== null).length >= 2);
}

function fit(group: ReadonlyArray<Breakdown | null>, breakdown: Breakdown): number {
	const first = group.find(member => member !== null);
	if (first === undefined || first === null || first.unit !== breakdown.unit) {
		return 0;
	}

	const overlap = nameOverlap(first, breakdown);
	if (measureKey(first.measure) === measureKey(breakdown.measure)) {
		// Two lists of one measure in one article (a national and a regional list) go by the names they share.
		return 1 + overlap;
	}

	const unread = unreadMeasures.has(measureKey(first.measure)) || unreadMeasures.has(measureKey(breakdown.measure));
	return unread && overlap >= minimumOverlap ? overlap : 0;
}
