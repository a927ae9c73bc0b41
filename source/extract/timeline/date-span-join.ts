// "from 2010 through March 28", "from June 2019 to last week": one span whose ends were read by different parsers.
// betweenRefiner (date-refiners.ts) joins two of chrono's results before past bias places them together; a part
// our own parsers read ("2010", "last week") is already resolved, so it is joined here, after every other refiner,
// from the two parts as each was resolved alone.
import type {ParsingResult, Refiner} from 'chrono-node/en';
import {dayNumber} from './date-calendar.ts';
import {relativeTag} from './date-day-parsers.ts';
import {grainTag, newsResults} from './date-news-parsers.ts';
import {joinPairs} from './date-pairs.ts';

type Components = ParsingResult['start'];

/** The grain the end of a joined span is written at, when it differs from its start's ("2010 – Mar 28, 2024"). */
export const endGrainTag = 'newsdash/end-grain/';

function tagged(components: Components, prefix: string): string | null {
	for (const tag of components.tags()) {
		if (tag.startsWith(prefix)) {
			return tag.slice(prefix.length);
		}
	}

	return null;
}

/** The grain of a part's last day: a week or a season ends on a day or in a month. */
function grainOfEnd(part: ParsingResult): string {
	const own = tagged(part.start, grainTag);
	if (own === 'week') {
		return 'day';
	}

	if (own === 'season') {
		return 'month';
	}

	if (own !== null) {
		return own;
	}

	const {start} = part;
	return start.isCertain('day') || start.isCertain('weekday') ? 'day' : start.isCertain('month') ? 'month' : 'year';
}

function firstDayOf(components: Components): number {
	const month = components.isCertain('month') ? (components.get('month') ?? 1) : 1;
	const day = components.isCertain('day') ? (components.get('day') ?? 1) : 1;
	return dayNumber(components.get('year') ?? 1970, month, day);
}

function lastDayOf(components: Components): number {
	const year = components.get('year') ?? 1970;
	if (!components.isCertain('month')) {
		return dayNumber(year, 12, 31);
	}

	const month = components.get('month') ?? 12;
	return components.isCertain('day')
		? dayNumber(year, month, components.get('day') ?? 1)
		: dayNumber(year, month + 1, 0);
}

function isCounted(part: ParsingResult): boolean {
	return [...part.tags()].some(tag => tag.startsWith(relativeTag));
}

function joins(text: string, first: ParsingResult, second: ParsingResult): boolean {
	const between = text.slice(first.index + first.text.length, second.index);
	// The lead word may be inside the first part's text ("from 2010" read whole) or just before it.
	const lead = text.slice(Math.max(0, first.index - 12), first.index) + first.text.slice(0, 8);
	// And the connector may be inside the second part's ("through last month" read whole).
	const gap = between + second.text;
	return (
		(/^\s+(?:and\s+)?$/i.test(between) && /^\s+and\s+\S/i.test(gap) && /\bbetween\s+/i.test(lead)) ||
		(/^\s*(?:(?:to|until|till|through|thru)\s+|[-–]\s*)?$/i.test(between) &&
			/^\s*(?:(?:to|until|till|through|thru)\s+|[-–]\s*)\S/i.test(gap) &&
			/\bfrom\s+/i.test(lead))
	);
}

function joined(first: ParsingResult, second: ParsingResult, text: string): ParsingResult {
	const range = first.clone();
	// The start keeps its own components and tags (grain, qualifier); the end says its grain.
	range.start = first.start;
	const last = second.end ?? second.start;
	range.end = last.clone();
	range.end.addTag(endGrainTag + grainOfEnd(second));
	range.text = text.slice(first.index, second.index + second.text.length);
	if (newsResults.has(first)) {
		newsResults.add(range);
	}

	return range;
}

/** Joins "from X to Y" and "between X and Y" when a part is one of ours and the end does not come before the start. */
export const spanJoinRefiner: Refiner = {
	refine(context, results) {
		return joinPairs(results, (first, second) =>
			!first.end &&
			(newsResults.has(first) || newsResults.has(second)) &&
			!isCounted(first) &&
			!isCounted(second) &&
			joins(context.text, first, second) &&
			firstDayOf(first.start) <= lastDayOf(second.end ?? second.start)
				? joined(first, second, context.text)
				: null,
		);
	},
};
