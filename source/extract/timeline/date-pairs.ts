// Two neighbouring results read as one span: the walk both span refiners share (betweenRefiner before past bias places
// chrono's parts, spanJoinRefiner after every refiner for parts our own parsers read); each says when a pair joins.
import type {ParsingResult} from 'chrono-node/en';

/** The results with each pair that `join` turns into one result replaced by it, in order. */
export function joinPairs(
	results: readonly ParsingResult[],
	join: (first: ParsingResult, second: ParsingResult) => ParsingResult | null,
): ParsingResult[] {
	const merged: ParsingResult[] = [];
	for (let i = 0; i < results.length; i++) {
		const first = results[i]!;
		const second = results[i + 1];
		const pair = second === undefined ? null : join(first, second);
		if (pair === null) {
			merged.push(first);
		} else {
			merged.push(pair);
			i++;
		}
	}

	return merged;
}
