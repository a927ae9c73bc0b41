import * as chrono from 'chrono-node/en';
import {dayParsers} from './date-day-parsers.ts';
import {GateSelector, type GatedParser} from './date-gates.ts';
import {newsParsers} from './date-news-parsers.ts';
import {spanJoinRefiner} from './date-span-join.ts';
import {spanParsers} from './date-span-parsers.ts';
import {
	betweenRefiner,
	isNewsResult,
	newsFilterRefiner,
	overlapRefiner,
	pastBiasRefiner,
	relativeWeekdayRefiner,
	yearAfterDayRefiner,
} from './date-refiners.ts';

// Cheap tests a sentence must pass before a parser scans it. Chrono's parsers cost about half a millisecond per
// sentence together; gated, a 5 MB article extracts in well under a second.
export const chronoGates = {
	month:
		/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/,
	weekday: /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/,
	ago: /\bago\b/,
	casualDay: /\b(?:yesterday|today|tonight|last night)\b/i,
	dayPart: /\b(?:night|morning|afternoon|evening)\b/i,
	numeric: /\d[-/.]\d/,
} as const;

// Narrower tests for the numeric parsers: most numbers in news ("3.5 percent", "2-1") are not dates. Each is what
// the parser's own pattern needs before it can return a date.
const yearMonthDayGate = /\d{4}[-./\s](?:\d|[A-Za-z]{3,9}\.?[-./\s]\d)/;
const isoDateGate = /\d{4}-\d\d?-\d/;
// Chrono's slash parser reads a number pair only with a year or a slash between ("3/9", "3.9.2011").
const slashDateGate = /\d\/\d|\d[-/.]\d\d?[-/.]\d\d/;

// Chrono's day-first parser needs a day (a number, or an ordinal word, all of which end like "1st") right before
// the month: most months in news come after their day or stand alone ("June 3", "in June").
const dayBeforeMonthGate =
	/(?:\d|st|nd|rd|th)(?:[-/]|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

type Selected = {
	/** Place in `casual.parsers` of chrono-node 2.10. */
	readonly at: number;
	readonly name: string;
	readonly gates: readonly RegExp[];
	readonly onlyBeside?: boolean;
};

/**
 * The chrono-node parsers we run: those that read the dates we want, and none of the lengths and clock times we do
 * not ("within 5 days", "at 5 p.m."; our own parsers read "the past two weeks"). Chosen by place, because chrono
 * exports neither the classes nor a way to build them, and bundling loses their names; choosing them by what they
 * read at start-up compiled every chrono pattern on every run. test/timeline-chrono.test.ts checks each place holds
 * the named class and that the choice is what reading samples would pick.
 */
export const chronoSelection: readonly Selected[] = [
	{at: 0, name: 'ENYearMonthDayParser', gates: [chronoGates.numeric, yearMonthDayGate]},
	{at: 1, name: 'ISOFormatParser', gates: [chronoGates.numeric, isoDateGate]},
	{at: 2, name: 'SlashDateFormatParser', gates: [chronoGates.numeric, slashDateGate]},
	{at: 4, name: 'ENMonthNameLittleEndianParser', gates: [chronoGates.month, dayBeforeMonthGate]},
	{at: 5, name: 'ENMonthNameMiddleEndianParser', gates: [chronoGates.month]},
	{at: 6, name: 'ENWeekdayParser', gates: [chronoGates.weekday]},
	{at: 9, name: 'ENTimeUnitAgoFormatParser', gates: [chronoGates.ago]},
	{at: 12, name: 'ENCasualDateParser', gates: [chronoGates.casualDay]},
	// "Night", "morning": a time, which is a date only merged into one of chrono's ("Monday night").
	{at: 13, name: 'ENCasualTimeParser', gates: [chronoGates.dayPart], onlyBeside: true},
	{at: 15, name: 'ENMonthNameParser', gates: [chronoGates.month]},
];

const byIndex = (a: chrono.ParsingResult, b: chrono.ParsingResult): number => a.index - b.index;

/**
 * Chrono's refiners are written for its own results: one drops a bare "1994" as an unlikely format, another merges
 * "the past three days, 12" into a date and time. Our results arrive complete, so they pass around them; chrono's
 * run one after another on chrono's alone, kept in text order between them.
 */
function besideNewsResults(refiners: readonly chrono.Refiner[]): chrono.Refiner {
	return {
		refine(context, results) {
			if (results.every(result => isNewsResult(result))) {
				return results;
			}

			const news = results.filter(result => isNewsResult(result));
			let others = results.filter(result => !isNewsResult(result));
			for (const refiner of refiners) {
				others = refiner.refine(context, others);
				if (others.length === 0) {
					break;
				}

				others.sort(byIndex);
			}

			// Stable: on equal index our reading comes first and wins the final overlap removal.
			return news.length === 0 ? others : [...news, ...others].sort(byIndex);
		},
	};
}

/** Chrono's end-of-period refiner, by its place in `casual.refiners` (pinned by test/timeline-chrono.test.ts). */
export const endOfPeriodRefinerAt = 0;
// Its own test, which it runs on all the text before each result: quadratic in a sentence full of dates.
const endOfPeriodBefore = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;

/** Runs chrono's end-of-period refiner only on results with "end of" just before them; it changes no other. */
function nearEndOfPeriod(refiner: chrono.Refiner): chrono.Refiner {
	return {
		refine(context, results) {
			const candidates = results.filter(result =>
				endOfPeriodBefore.test(context.text.slice(Math.max(0, result.index - 80), result.index)),
			);
			if (candidates.length > 0) {
				refiner.refine(context, candidates);
			}

			return results;
		},
	};
}

type NewsChrono = {readonly parser: chrono.Chrono; readonly selector: GateSelector};

let built: NewsChrono | null = null;

/** chrono-node's casual English parser, taught news dates and news' past bias; built on first use. */
function newsChrono(): NewsChrono {
	if (built !== null) {
		return built;
	}

	const ours = [...dayParsers, ...newsParsers, ...spanParsers];
	const theirs: GatedParser[] = chronoSelection.map(({at, gates, onlyBeside}) => {
		const parser = chrono.casual.parsers[at];
		if (parser === undefined) {
			throw new Error(`chrono-node has no casual parser at ${at}`);
		}

		return {parser, gates, onlyBeside};
	});
	const parser = chrono.casual.clone();
	parser.parsers = [];
	parser.refiners = [
		besideNewsResults(
			parser.refiners.map((refiner, at) => (at === endOfPeriodRefinerAt ? nearEndOfPeriod(refiner) : refiner)),
		),
		betweenRefiner,
		pastBiasRefiner,
		yearAfterDayRefiner,
		relativeWeekdayRefiner,
		newsFilterRefiner,
		overlapRefiner,
		spanJoinRefiner,
	];
	built = {parser, selector: new GateSelector([...ours, ...theirs], entry => theirs.includes(entry))};
	return built;
}

/**
 * The dates in one sentence, read by the parsers whose gates it passes (none for most sentences), refined and
 * resolved against `reference`; `forwardDate` reads them as coming rather than past.
 */
export function parseDates(text: string, reference: Date, forwardDate: boolean): chrono.ParsedResult[] {
	const {parser, selector} = newsChrono();
	const parsers = selector.select(text);
	if (parsers === null) {
		return [];
	}

	parser.parsers = parsers as chrono.Parser[];
	return parser.parse(text, reference, {forwardDate});
}
