// News-specific date parsers that chrono-node lacks: qualified months ("in early March"), seasons, bare years ("since
// 1994", "the 2008 election"), decades, calendar periods at their own grain ("this week" as a Sunday–Saturday week),
// and counted intervals ("a three-day period ending Tuesday", "over the past two weeks"). Each hands chrono a result
// with its components already resolved against the reference date and tags saying the grain and qualifier, so the
// one conversion in timeline-resolve.ts reads every result the same way.
import type {Parser, ParsingResult} from 'chrono-node/en';
import {dayNumber, fromDayNumber, weekStart} from './date-calendar.ts';
import {pointsAhead} from './date-direction.ts';
import type {GatedParser} from './date-gates.ts';
import {resolveMonthDay, resolveMonthYear, resolveWeekday} from './date-past-bias.ts';

export type Context = Parameters<Parser['extract']>[0];
export type Components = {year: number; month?: number; day?: number};

export const grainTag = 'newsdash/grain/';

/** Results our parsers made, complete and resolved; chrono's refiners and our past bias leave them alone. */
export const newsResults = new WeakSet<object>();
export const qualifierTag = 'newsdash/qualifier/';

export const prep =
	'(?:(?:in|on|by|until|till|since|from|during|through|throughout|over|for|before|after|around|as of)\\s+)';
export const qualifierWord = '(early|mid|late)';

export const monthNumbers: Readonly<Record<string, number>> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12,
};

export const weekdayNumbers: Readonly<Record<string, number>> = {
	sunday: 0,
	monday: 1,
	tuesday: 2,
	wednesday: 3,
	thursday: 4,
	friday: 5,
	saturday: 6,
};

export const monthWord =
	'(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const weekdayWord = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

const numberWords: Readonly<Record<string, number>> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
};
export const countWord =
	'(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)';

export function countOf(word: string | undefined): number {
	if (word === undefined) {
		return 1;
	}

	const lower = word.toLowerCase();
	return numberWords[lower] ?? Number(lower);
}

export function monthOf(word: string): number | undefined {
	return monthNumbers[word.toLowerCase().replace('.', '')];
}

export function isCapitalised(word: string): boolean {
	return /^[A-Z]/.test(word);
}

/** The reference (publication) date as a day number; chrono holds it as a local-time instant. */
export function referenceDay(context: Context): number {
	const date = context.refDate;
	return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function dayComponents(n: number): Components {
	const {y, m, d} = fromDayNumber(n);
	return {year: y, month: m, day: d};
}

export function monthComponents(y: number, m: number): Components {
	const normalised = fromDayNumber(dayNumber(y, m, 1));
	return {year: normalised.y, month: normalised.m};
}

export function result(
	context: Context,
	match: RegExpMatchArray,
	start: Components,
	end: Components | undefined,
	grain: string,
	qualifier?: string,
): ParsingResult {
	const made = context.createParsingResult(match.index ?? 0, match[0], start, end);
	newsResults.add(made);
	made.addTag(grainTag + grain);
	if (qualifier) {
		made.addTag(qualifierTag + qualifier.toLowerCase());
	}

	return made;
}

/** A parser that only scans sentences that pass the cheap `gate`; most sentences hold no date at all. */
export function makeParser(
	gate: RegExp,
	pattern: RegExp,
	extract: (context: Context, match: RegExpMatchArray) => ParsingResult | null,
): GatedParser {
	return {parser: {pattern: () => pattern, extract}, gates: [gate]};
}

/** "in early March", "by mid-2030", "late October 2004". */
const qualifiedMonthParser = makeParser(
	/\b(?:early|mid|late)[\s-]+[A-Z\d]/i,
	new RegExp(
		`(?<![\\w-])${prep}?${qualifierWord}[\\s-]+(?:${monthWord}(?:,?\\s+(?:of\\s+)?(\\d{4}))?|(\\d{4}))(?![\\w-])`,
		'i',
	),
	(context, match) => {
		const [, qualifier = '', monthText, yearText, bareYear] = match;
		if (bareYear !== undefined) {
			return result(context, match, {year: Number(bareYear)}, undefined, 'year', qualifier);
		}

		if (monthText === undefined || !isCapitalised(monthText)) {
			return null;
		}

		const month = monthOf(monthText);
		if (month === undefined) {
			return null;
		}

		const ref = referenceDay(context);
		const index = match.index ?? 0;
		const year =
			yearText === undefined
				? resolveMonthYear(ref, month, pointsAhead(context.text, index, index + match[0].length, 'weak'))
				: Number(yearText);
		return result(context, match, {year, month}, undefined, 'month', qualifier);
	},
);

/** "this week", "last month", "next year", "earlier this year", "late last year", "this weekend". */
const calendarPeriodParser = makeParser(
	/\b(?:this|last|next|coming|current)\s+(?:week|weekend|month|year)\b/i,
	new RegExp(
		`(?<![\\w-])${prep}?(?:(early|mid|late|earlier|later)[\\s-]+)?(this|last|next|the coming|the current)\\s+(week|weekend|month|year)(?![\\w-])`,
		'i',
	),
	(context, match) => {
		const qualifier = match[1]?.toLowerCase();
		const which = (match[2] ?? '').toLowerCase();
		const unit = (match[3] ?? '').toLowerCase();
		const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
		const ref = referenceDay(context);
		const {y, m} = fromDayNumber(ref);
		const kept = qualifier === 'early' || qualifier === 'mid' || qualifier === 'late' ? qualifier : undefined;
		switch (unit) {
			case 'week': {
				const sunday = weekStart(ref) + 7 * shift;
				return result(context, match, dayComponents(sunday), dayComponents(sunday + 6), 'week', kept);
			}

			case 'weekend': {
				// A weekend is a Saturday and Sunday; "last weekend" is the one just over, "this weekend" the coming one.
				const first = weekStart(ref) + (shift === -1 ? -1 : 6 + 7 * shift);
				return result(context, match, dayComponents(first), dayComponents(first + 1), 'day', kept);
			}

			case 'month': {
				return result(context, match, monthComponents(y, m + shift), undefined, 'month', kept);
			}

			default: {
				return result(context, match, {year: y + shift}, undefined, 'year', kept);
			}
		}
	},
);

const seasonStartMonth: Readonly<Record<string, number>> = {spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12};

/** "last summer", "this fall", "the summer of 2009", "winter 2012". A bare "summer" is too vague to place. */
const seasonParser = makeParser(
	/\b(?:spring|summer|fall|autumn|winter)\b/i,
	new RegExp(
		`(?<![\\w-])${prep}?(?:(last|this|next|past|early|mid|late)[\\s-]+|the\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?(?![\\w-])`,
		'i',
	),
	(context, match) => {
		const modifier = match[1]?.toLowerCase();
		const season = (match[2] ?? '').toLowerCase();
		const yearText = match[3];
		const first = seasonStartMonth[season];
		if (first === undefined) {
			return null;
		}

		const qualifier = modifier === 'early' || modifier === 'mid' || modifier === 'late' ? modifier : undefined;
		let year: number;
		if (yearText === undefined) {
			const {y, m} = fromDayNumber(referenceDay(context));
			const now = y * 12 + m;
			// Seasons as month indexes: the one starting in year `y` covers [y*12+first, y*12+first+2].
			const startOf = (year_: number): number => year_ * 12 + first;
			const index = match.index ?? 0;
			const end = index + match[0].length;
			if (modifier === undefined) {
				// "in the fall" is this year's season: the latest already begun, or the first not yet over when the
				// clause looks ahead. "the fall of Rome" and a season without a preposition are not dates.
				if (!/^[a-z ]+\sthe\s/i.test(match[0]) || /^\s+of\b/i.test(context.text.slice(end, end + 4))) {
					return null;
				}

				year = pointsAhead(context.text, index, end, 'weak')
					? ([y - 1, y, y + 1].find(candidate => startOf(candidate) + 2 >= now) ?? y)
					: ([y + 1, y, y - 1].find(candidate => startOf(candidate) <= now) ?? y - 1);
				return result(context, match, monthComponents(year, first), monthComponents(year, first + 2), 'season');
			}

			if (qualifier !== undefined) {
				return null;
			}

			if (modifier === 'this') {
				year = first === 12 && m <= 2 ? y - 1 : y;
			} else if (modifier === 'next') {
				year = startOf(y) > now ? y : y + 1;
			} else {
				// "last summer": the most recent one already over.
				year = startOf(y) + 2 < now ? y : y - 1;
			}
		} else {
			year = Number(yearText);
		}

		return result(context, match, monthComponents(year, first), monthComponents(year, first + 2), 'season', qualifier);
	},
);

/** "in the 1960s", "the late 1970s": a decade, kept as a span of years. */
const decadeParser = makeParser(
	/\d0s\b/,
	new RegExp(`(?<![\\w-])${prep}?the\\s+(?:(early|mid|late)[\\s-]+)?(1[5-9]\\d0|20\\d0)s(?![\\w-])`, 'i'),
	(context, match) => {
		const year = Number(match[2]);
		return result(context, match, {year}, {year: year + 9}, 'year', match[1]);
	},
);

/** "from 2010 to 2015", "between 2010 and 2015", "2015-16". */
const modelYears = /\bmodel[\s-]+years?\s+(?:\d{4}\s*(?:-|–|to|through|and|,)\s*)*$/i;
// "2011-2013 model year sedans", "the 2012 model-year vehicles": the model year written after its years.
const modelYearAfter = /^\s*model[\s-]+years?\b/i;

const yearRangeParser = makeParser(
	/\d{4}/,
	/(?<![\w$£€#.,-])(?:(?:from|between|in|during|for|over)\s+)?(1[6-9]\d\d|20\d\d)\s*(?:-|–|to|through|and)\s*(\d{4}|\d{2})(?![\w%,.]?\d)(?![\w%-])/i,
	(context, match) => {
		const from = Number(match[1]);
		const toText = match[2] ?? '';
		const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
		const joined = match[0].toLowerCase();
		if (to <= from || to - from > 100) {
			return null;
		}

		// "and" joins two years only after "between"; "in 2011 and 2012" are two mentions, not a range.
		if (/\band\b/.test(joined) && !joined.startsWith('between')) {
			return null;
		}

		if (
			modelYears.test(context.text.slice(Math.max(0, (match.index ?? 0) - 20), match.index ?? 0)) ||
			modelYearAfter.test(context.text.slice((match.index ?? 0) + match[0].length))
		) {
			return null;
		}

		// "2010-2011 20 36": a table row's label followed by its figures, not a date the story tells.
		if (/^\s+\d[\d,.]*\s+\d/.test(context.text.slice((match.index ?? 0) + match[0].length))) {
			return null;
		}

		return result(context, match, {year: from}, {year: to}, 'year');
	},
);

const yearPrepositions =
	/(?:^|\s)(?:in|on|since|for|by|until|till|through|throughout|during|before|after|from|of|to|around|circa|between|and|or|early|mid|late|fiscal|calendar|the|[\w.]+['\u2019]s)\s+$/i;
const unitAfterYear =
	/^\s+(?:percent|per|people|persons|times|hours|hrs|GMT|UTC|feet|foot|ft|miles|meters|metres|km|kilometers|dollars|euros|pounds|yen|votes|residents|students|troops|soldiers|cases|deaths|arrests|units|tons|tonnes|acres|pages|words|calories|degrees|block|[A-Z][a-z]+\s+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd))\b/;

/** A year on its own ("since 1994", "for 2011", "the 2008 election"); a four-digit count is written with a comma. */
const yearParser = makeParser(
	/\d{4}/,
	/(?<![\w$£€#.,\-/])(?:(?:in|since|for|by|until|till|through|throughout|during|before|after|from|around|circa|as of)\s+)?(1[6-9]\d\d|20\d\d)(?![\w%]|[,.:/-]\d)/i,
	(context, match) => {
		const index = match.index ?? 0;
		const before = context.text.slice(Math.max(0, index - 40), index);
		const after = context.text.slice(index + match[0].length, index + match[0].length + 40);
		const hasPreposition = /^[a-z]/i.test(match[0]);
		if (unitAfterYear.test(after)) {
			return null;
		}

		if (!hasPreposition && !yearPrepositions.test(before) && !/^(?:\s*[.,;:)!?\u201d"'\u2019]|\s*$)/.test(after)) {
			return null;
		}

		// "Dallas County: 1674": a label's value in a list is a count.
		if (!hasPreposition && /:\s*$/.test(before)) {
			return null;
		}

		// "No. 2010", "Room 1984" are labels; "model years 2011 to 2013" are vehicles, not when anything happened.
		if (
			/\b(?:No|Nos|Room|Rm|Flight|Route|Rt|Suite|Ste|Highway|Hwy|Interstate|Model|Form|#)\.?\s*$/i.test(before) ||
			modelYears.test(before) ||
			modelYearAfter.test(after)
		) {
			return null;
		}

		return result(context, match, {year: Number(match[1])}, undefined, 'year');
	},
);

export const durationUnits = '(days?|weeks?|months?|years?|decades?)';

export function intervalEndingAt(end: number, count: number, unit: string): number {
	if (unit.startsWith('week')) {
		return end - 7 * count + 1;
	}

	// "The three months ended June 30" is April through June: a period ending on a month's last day covers whole
	// months.
	const {y, m, d} = fromDayNumber(end);
	const monthEnd = fromDayNumber(end + 1).d === 1;
	if (unit.startsWith('month')) {
		return monthEnd ? dayNumber(y, m - count + 1, 1) : dayNumber(y, m - count, d) + 1;
	}

	if (unit.startsWith('year')) {
		return monthEnd ? dayNumber(y - count, m + 1, 1) : dayNumber(y - count, m, d) + 1;
	}

	return end - count + 1;
}

/** "over the past three days", "in the last two weeks", "the past five years": a span ending on publication. */
const pastDurationParser = makeParser(
	/\bthe\s+(?:past|last|previous)\s/i,
	new RegExp(`(?<![\\w-])${prep}?the\\s+(past|last|previous)\\s+(?:${countWord}\\s+)?${durationUnits}(?![\\w-])`, 'i'),
	(context, match) => {
		const count = countOf(match[2]);
		const unit = (match[3] ?? '').toLowerCase();
		if (!Number.isFinite(count) || count < 1) {
			return null;
		}

		const ref = referenceDay(context);
		const {y, m} = fromDayNumber(ref);
		// "The previous week" without a count is the calendar week before publication's, as "last week" is; a
		// narrative's own "previous week" would need the story's clock, which dates in the text do not reliably give.
		if (match[1]?.toLowerCase() === 'previous' && match[2] === undefined && !/s$/i.test(unit)) {
			if (unit === 'week') {
				const sunday = weekStart(ref) - 7;
				return result(context, match, dayComponents(sunday), dayComponents(sunday + 6), 'week');
			}

			if (unit === 'month') {
				return result(context, match, monthComponents(y, m - 1), undefined, 'month');
			}

			if (unit === 'year') {
				return result(context, match, {year: y - 1}, undefined, 'year');
			}
		}

		// "In the past week" is the seven days before publication, whose own day is not yet over; "the past three
		// days" of a running count ("12 people died") takes in the day of publication.
		if (unit.startsWith('day') || unit.startsWith('week')) {
			const end = unit.startsWith('week') ? ref - 1 : ref;
			return result(context, match, dayComponents(intervalEndingAt(end, count, unit)), dayComponents(end), 'day');
		}

		if (unit.startsWith('month')) {
			return result(context, match, monthComponents(y, m - count + 1), monthComponents(y, m), 'month');
		}

		const years = unit.startsWith('decade') ? 10 * count : count;
		return result(context, match, {year: y - years + 1}, {year: y}, 'year');
	},
);

/** "a three-day period ending Tuesday", "the two weeks ending Oct. 5", "a 10-day span beginning Monday". */
const countedPeriodParser = makeParser(
	/\b(?:ending|ended|ends|beginning|began|begins|starting|started|starts)\b/i,
	new RegExp(
		`(?<![\\w-])(?:(?:over|in|during|for|within|throughout)\\s+)?(?:a|an|the)\\s+${countWord}[\\s-]${durationUnits}(?:[\\s-]long)?(?:\\s+(?:period|span|stretch|window|sweep|operation|campaign|blitz))?\\s+(?:that\\s+)?(ending|ended|ends|beginning|began|begins|starting|started|starts)\\s+(?:on\\s+)?(?:${weekdayWord}|${monthWord}\\s+(\\d{1,2}))(?![\\w-])`,
		'i',
	),
	(context, match) => {
		const count = countOf(match[1]);
		const unit = (match[2] ?? '').toLowerCase();
		const edge = (match[3] ?? '').toLowerCase();
		const weekdayText = match[4];
		const monthText = match[5];
		const dayText = match[6];
		if (!Number.isFinite(count) || count < 1 || count > 400) {
			return null;
		}

		const ref = referenceDay(context);
		const index = match.index ?? 0;
		const ahead = pointsAhead(context.text, index, index + match[0].length) || /^(?:ends|begins|starts)$/.test(edge);
		let anchor: number;
		if (weekdayText !== undefined) {
			const weekday = weekdayNumbers[weekdayText.toLowerCase()];
			if (weekday === undefined || !isCapitalised(weekdayText)) {
				return null;
			}

			anchor = resolveWeekday(ref, weekday, ahead ? 'future' : 'past');
		} else {
			const month = monthText === undefined ? undefined : monthOf(monthText);
			if (month === undefined || monthText === undefined || !isCapitalised(monthText)) {
				return null;
			}

			const weakAhead = pointsAhead(context.text, index, index + match[0].length, 'weak');
			anchor = resolveMonthDay(ref, month, Number(dayText), ahead || weakAhead);
		}

		const ending = edge.startsWith('end');
		const length = anchor - intervalEndingAt(anchor, count, unit);
		const first = ending ? anchor - length : anchor;
		return result(context, match, dayComponents(first), dayComponents(first + length), 'day');
	},
);

/** Parsers tried before chrono's own, so that on equal length the news reading wins the overlap. */
export const newsParsers: readonly GatedParser[] = [
	countedPeriodParser,
	pastDurationParser,
	qualifiedMonthParser,
	calendarPeriodParser,
	seasonParser,
	decadeParser,
	yearRangeParser,
	yearParser,
];
