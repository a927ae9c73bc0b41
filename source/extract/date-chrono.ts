import * as chrono from 'chrono-node/en';
import {newsParsers} from './date-news-parsers.ts';
import {betweenRefiner, newsFilterRefiner, overlapRefiner, pastBiasRefiner} from './date-refiners.ts';

/** chrono-node's casual English parser, taught news dates and news' past bias. */
export const newsChrono: chrono.Chrono = (() => {
	const parser = chrono.casual.clone();
	parser.parsers.unshift(...newsParsers);
	parser.refiners.push(betweenRefiner, pastBiasRefiner, newsFilterRefiner, overlapRefiner);
	return parser;
})();
