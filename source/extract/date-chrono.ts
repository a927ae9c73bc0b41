import * as chrono from 'chrono-node/en';
import {newsParsers} from './date-news-parsers.ts';
import {betweenRefiner, isNewsResult, newsFilterRefiner, overlapRefiner, pastBiasRefiner} from './date-refiners.ts';

/**
 * Chrono's refiners are written for its own results: one drops a bare "2016" as an unlikely format, another merges
 * "the past three days, 12" into a date and time. Our results arrive complete, so they pass around them.
 */
function besideNewsResults(refiner: chrono.Refiner): chrono.Refiner {
	return {
		refine(context, results) {
			const news = results.filter(result => isNewsResult(result));
			const others = refiner.refine(
				context,
				results.filter(result => !isNewsResult(result)),
			);
			// Stable: on equal index our reading comes first and wins the final overlap removal.
			return [...news, ...others].sort((a, b) => a.index - b.index);
		},
	};
}

/** chrono-node's casual English parser, taught news dates and news' past bias. */
export const newsChrono: chrono.Chrono = (() => {
	const parser = chrono.casual.clone();
	parser.parsers.unshift(...newsParsers);
	parser.refiners = [
		...parser.refiners.map(refiner => besideNewsResults(refiner)),
		betweenRefiner,
		pastBiasRefiner,
		newsFilterRefiner,
		overlapRefiner,
	];
	return parser;
})();
