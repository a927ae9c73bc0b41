// More news date forms chrono-node lacks: day ranges written once with their month ("between 26 and 28 January"),
// bare ordinal days ("until the 14th", "the 14th of next month"), the edges of a period ("by the end of the year"), a
// month used as a modifier ("the November ballot") or as a sentence's subject ("July was the hottest month"), and
// days counted from the story's previous date ("two days later").
import type {ParsingResult} from 'chrono-node/en';
import type {GatedParser} from './date-gates.ts';
import {dayNumber, fromDayNumber, weekStart} from './date-calendar.ts';
import {pointsAhead} from './date-direction.ts';
import {
	countOf,
	countWord,
	dayComponents,
	isCapitalised,
	makeParser,
	monthComponents,
	monthOf,
	monthWord,
	prep,
	referenceDay,
	result,
	type Context,
} from './date-news-parsers.ts';
import {resolveMonthDay, resolveMonthYear} from './date-past-bias.ts';

/** Tag on a result counted from the previous date in the text; the value is the offset in days. */
export const relativeTag = 'newsdash/relative/';

const ordinal = '(\\d{1,2})(?:st|nd|rd|th)?';

function ahead(context: Context, match: RegExpMatchArray): boolean {
	const index = match.index ?? 0;
	return context.option.forwardDate === true || pointsAhead(context.text, index, index + match[0].length, 'weak');
}

function validDay(y: number, m: number, d: number): boolean {
	return d >= 1 && fromDayNumber(dayNumber(y, m, d)).d === d;
}

/** "between 26 and 28 January", "from 3 to 5 March 2024", "between Jan. 26 and 28", "from March 3 to 5, 2024". */
const dayRangeParser = makeParser(
	/\b(?:between|from)\s+(?:\d|[A-Z][a-z]{2})/,
	new RegExp(
		`(?<![\\w-])(?:between|from)\\s+(?:${ordinal}\\s*(?:and|to|until|through|-|\u2013)\\s*${ordinal}\\s+(?:of\\s+)?${monthWord}|${monthWord}\\s+${ordinal}\\s*(?:and|to|until|through|-|\u2013)\\s*${ordinal})(?:,?\\s+(\\d{4}))?(?![\\w-])`,
		'i',
	),
	(context, match) => {
		const [, dayA, dayB, monthA, monthB, dayC, dayD, yearText] = match;
		const monthText = monthA ?? monthB ?? '';
		const month = monthOf(monthText);
		const first = Number(dayA ?? dayC);
		const last = Number(dayB ?? dayD);
		if (month === undefined || !isCapitalised(monthText) || first >= last) {
			return null;
		}

		// Without a year the range resolves as one: past, it is the latest that has ended by publication; ahead, the
		// next that has not yet begun.
		const forward = ahead(context, match);
		const year =
			yearText === undefined
				? fromDayNumber(resolveMonthDay(referenceDay(context), month, forward ? first : last, forward)).y
				: Number(yearText);
		if (!validDay(year, month, last)) {
			return null;
		}

		return result(context, match, {year, month, day: first}, {year, month, day: last}, 'day');
	},
);

// A word after "the 14th" that makes it a rank, not a day ("the 14th century", "the 22nd floor").
const rankFollows = /^[\s-]+(?!(?:and|or|at|when|to|in|for|because|as|but|so|with|while|if|unless|of|until)\b)[a-z]/i;

/** "the 14th of next month", "until the 14th", "by the 22nd": a day of a month named only by its neighbourhood. */
const ordinalDayParser = makeParser(
	/\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i,
	/(?<![\w-])(?:(until|till|by|on|before|after|since|from|through)\s+)?the\s+(\d{1,2})(st|nd|rd|th)(?:\s+of\s+(this|next|last|the)\s+month)?(?![\w-])/i,
	(context, match) => {
		const [whole, preposition, dayText, , which] = match;
		const index = match.index ?? 0;
		const day = Number(dayText);
		if (day < 1 || day > 31) {
			return null;
		}

		const ref = referenceDay(context);
		const {y, m, d} = fromDayNumber(ref);
		let month: number;
		if (which !== undefined && which.toLowerCase() !== 'the') {
			month = m + (which.toLowerCase() === 'next' ? 1 : which.toLowerCase() === 'last' ? -1 : 0);
		} else {
			// A bare "the 14th" is a day only after a preposition, and not a rank ("the 14th century").
			if (
				(preposition === undefined && which === undefined) ||
				rankFollows.test(context.text.slice(index + whole.length, index + whole.length + 12))
			) {
				return null;
			}

			const later = /^(?:until|till|by|before)$/i.test(preposition ?? '') || ahead(context, match);
			month = later ? (day >= d ? m : m + 1) : day <= d ? m : m - 1;
		}

		const {y: year, m: monthOfYear} = fromDayNumber(dayNumber(y, month, 1));
		if (!validDay(year, monthOfYear, day)) {
			return null;
		}

		return result(context, match, {year, month: monthOfYear, day}, undefined, 'day');
	},
);

const edgeQualifier: Readonly<Record<string, string>> = {
	end: 'late',
	start: 'early',
	beginning: 'early',
	middle: 'mid',
};

/** "by the end of the year", "at the start of next month", "the end of 2025", "the beginning of March". */
const periodEdgeParser = makeParser(
	/\bthe\s+(?:end|start|beginning|middle)\s+of\s/i,
	new RegExp(
		`(?<![\\w-])${prep}?the\\s+(end|start|beginning|middle)\\s+of\\s+(?:(?:(the|this|next|last)\\s+(year|month|week))|(\\d{4})|${monthWord}(?:,?\\s+(\\d{4}))?)(?![\\w-])`,
		'i',
	),
	(context, match) => {
		const [, edge = '', which, unit, yearText, monthText, monthYear] = match;
		const qualifier = edgeQualifier[edge.toLowerCase()];
		const ref = referenceDay(context);
		const {y, m} = fromDayNumber(ref);
		if (yearText !== undefined) {
			return result(context, match, {year: Number(yearText)}, undefined, 'year', qualifier);
		}

		if (monthText !== undefined) {
			const month = monthOf(monthText);
			if (month === undefined || !isCapitalised(monthText)) {
				return null;
			}

			const year = monthYear === undefined ? resolveMonthYear(ref, month, ahead(context, match)) : Number(monthYear);
			return result(context, match, {year, month}, undefined, 'month', qualifier);
		}

		const shift = which?.toLowerCase() === 'next' ? 1 : which?.toLowerCase() === 'last' ? -1 : 0;
		switch (unit?.toLowerCase()) {
			case 'week': {
				const sunday = weekStart(ref) + 7 * shift;
				return result(context, match, dayComponents(sunday), dayComponents(sunday + 6), 'week', qualifier);
			}

			case 'month': {
				return result(context, match, monthComponents(y, m + shift), undefined, 'month', qualifier);
			}

			default: {
				return result(context, match, {year: y + shift}, undefined, 'year', qualifier);
			}
		}
	},
);

const functionWord =
	/^(?:of|and|or|to|in|on|at|for|with|by|from|as|was|is|were|had|has|have|that|which|who|the|a|an|when|after|before|until|since|through|than|but|so|if|while|because|will|would|could|should|may|might|must)$/i;
const eventNoun =
	/^(?:election|elections|ballot|vote|votes|primary|primaries|poll|polls|referendum|runoff|deadline|meeting|session|caucus|caucuses|budget)$/i;

/** "the November ballot", "the March attack": a month used as a modifier names a month of its own. */
const monthModifierParser = makeParser(
	/\bthe\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[a-z]/,
	/(?<![\w-])the\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+([a-z][a-z-]+)(?![\w-])/,
	(context, match) => {
		const [, monthText = '', noun = ''] = match;
		const month = monthOf(monthText);
		// "the May government" is a prime minister's; only an event noun makes "May" a month.
		if (month === undefined || functionWord.test(noun) || (month === 5 && !eventNoun.test(noun))) {
			return null;
		}

		const year = resolveMonthYear(referenceDay(context), month, ahead(context, match));
		return result(context, match, {year, month}, undefined, 'month');
	},
);

/** "July was the deadliest month": a month opening a sentence as its subject. */
const monthSubjectParser = makeParser(
	/^\W{0,3}(?:January|February|March|April|June|July|August|September|October|November|December)\s/,
	/(?<![\w-])(January|February|March|April|June|July|August|September|October|November|December)(?=\s+(?:was|is|has|had|saw|brought|marked|became|ended|began|also|alone|will)\b)/,
	(context, match) => {
		const index = match.index ?? 0;
		if (!/^\W{0,3}$/.test(context.text.slice(0, index))) {
			return null;
		}

		const month = monthOf(match[1] ?? '');
		if (month === undefined) {
			return null;
		}

		const year = resolveMonthYear(referenceDay(context), month, ahead(context, match));
		return result(context, match, {year, month}, undefined, 'month');
	},
);

const relativeUnitDays: Readonly<Record<string, number>> = {day: 1, days: 1, week: 7, weeks: 7};

/**
 * "two days later", "a week earlier", "the next day", "the day before": counted from the story's previous date, which
 * only the timeline knows; the result carries the offset and the timeline resolves it.
 */
const relativeDayParser = makeParser(
	/\b(?:(?:days?|weeks?)\s+(?:later|earlier|afterwards?)|(?:next|following|previous)\s+day|day\s+(?:before|after))\b/i,
	new RegExp(
		`(?<![\\w-])(?:(?:${countWord}\\s+(days?|weeks?)\\s+(later|earlier|afterwards?))|(?:the\\s+(next|following|previous)\\s+day)|(?:the\\s+day\\s+(before|after)(?!\\s+(?:\\w+\\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|yesterday|today|tomorrow|the)\\b)))(?![\\w-])`,
		'i',
	),
	(context, match): ParsingResult | null => {
		const [, countText, unit, direction, neighbour, beforeAfter] = match;
		let offset: number;
		if (unit !== undefined) {
			const count = countOf(countText);
			const perUnit = relativeUnitDays[unit.toLowerCase()] ?? 1;
			if (!Number.isFinite(count) || count < 1) {
				return null;
			}

			offset = count * perUnit * (direction?.toLowerCase() === 'earlier' ? -1 : 1);
		} else {
			const word = (neighbour ?? beforeAfter ?? '').toLowerCase();
			offset = word === 'previous' || word === 'before' ? -1 : 1;
		}

		const made = result(context, match, dayComponents(referenceDay(context)), undefined, 'day');
		made.addTag(relativeTag + String(offset));
		return made;
	},
);

/** Parsers tried before the other news parsers. */
export const dayParsers: readonly GatedParser[] = [
	dayRangeParser,
	ordinalDayParser,
	periodEdgeParser,
	monthModifierParser,
	monthSubjectParser,
	relativeDayParser,
];
