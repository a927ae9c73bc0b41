import * as chrono from 'chrono-node/en';
import {dayParsers} from './date-day-parsers.ts';
import {anyGate, passes} from './date-gates.ts';
import {newsGates, newsParsers} from './date-news-parsers.ts';
import {
	betweenRefiner,
	isNewsResult,
	newsFilterRefiner,
	overlapRefiner,
	pastBiasRefiner,
	relativeWeekdayRefiner,
	yearAfterDayRefiner,
} from './date-refiners.ts';

type Parser = chrono.Parser;

// Cheap tests a sentence must pass before a parser scans it. Chrono's parsers cost about half a millisecond per
// sentence together; gated, a 5 MB article extracts in well under a second.
const monthGate =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const weekdayGate = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/;
const agoGate = /\bago\b/;
const casualDayGate = /\b(?:yesterday|today|tonight|last night)\b/i;
const dayPartGate = /\b(?:night|morning|afternoon|evening)\b/i;
const numericGate = /\d[-/.]\d/;

/**
 * What we want from chrono, each with the gate that must pass before a parser that reads it runs. Chrono's parser
 * classes are not exported (and their names do not survive bundling), so each is kept or dropped by what it reads.
 */
const wanted: ReadonlyArray<{readonly sample: string; readonly gate: RegExp}> = [
	{sample: 'on 5 May 2011', gate: monthGate},
	{sample: 'the 3rd of May', gate: monthGate},
	{sample: 'on May 5, 2011', gate: monthGate},
	{sample: 'Oct. 27', gate: monthGate},
	{sample: 'in April', gate: monthGate},
	{sample: 'March 2011', gate: monthGate},
	{sample: 'Tuesday', gate: weekdayGate},
	{sample: 'last Tuesday', gate: weekdayGate},
	{sample: 'two weeks ago', gate: agoGate},
	{sample: 'yesterday', gate: casualDayGate},
	{sample: 'tonight', gate: casualDayGate},
	{sample: 'night', gate: dayPartGate},
	{sample: '2011-03-03', gate: numericGate},
	{sample: '3/9/2011', gate: numericGate},
];

// Lengths and clock times: the timeline wants dates, and our own parsers read "the past two weeks".
const unwanted = ['within 5 days', 'at 5 p.m.', '5 days later', 'next 2 weeks', 'in 5 minutes', '+2 days'];

const reference = new Date(2000, 5, 15, 12);
const never = /^(?!)/;

function reads(parser: Parser, text: string): boolean {
	return new chrono.Chrono({parsers: [parser], refiners: []}).parse(text, reference).length > 0;
}

function gated(parser: Parser, gates: readonly RegExp[]): Parser {
	return {
		pattern: context => (gates.some(gate => passes(gate, context)) ? parser.pattern(context) : never),
		extract: (context, match) => parser.extract(context, match),
	};
}

function chronoParsers(): Parser[] {
	const kept: Parser[] = [];
	for (const parser of chrono.casual.parsers) {
		if (unwanted.some(text => reads(parser, text))) {
			continue;
		}

		const gates = new Set(wanted.filter(({sample}) => reads(parser, sample)).map(({gate}) => gate));
		if (gates.size > 0) {
			kept.push(gated(parser, [...gates]));
		}
	}

	return kept;
}

/**
 * Chrono's refiners are written for its own results: one drops a bare "1994" as an unlikely format, another merges
 * "the past three days, 12" into a date and time. Our results arrive complete, so they pass around them.
 */
function besideNewsResults(refiner: chrono.Refiner): chrono.Refiner {
	return {
		refine(context, results) {
			if (results.every(result => isNewsResult(result))) {
				return results;
			}

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

/** False when no parser would scan `text`: chrono, its context and refiners can be skipped altogether. */
export const mayHoldDate: (text: string) => boolean = anyGate([
	...new Set([...newsGates, ...wanted.map(({gate}) => gate)]),
]);

/** chrono-node's casual English parser, taught news dates and news' past bias. */
export const newsChrono: chrono.Chrono = (() => {
	const parser = chrono.casual.clone();
	parser.parsers = [...dayParsers, ...newsParsers, ...chronoParsers()];
	parser.refiners = [
		...parser.refiners.map(refiner => besideNewsResults(refiner)),
		betweenRefiner,
		pastBiasRefiner,
		yearAfterDayRefiner,
		relativeWeekdayRefiner,
		newsFilterRefiner,
		overlapRefiner,
	];
	return parser;
})();
