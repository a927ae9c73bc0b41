// Two-day and half-year spans news writes as one phrase: "over the weekend", "on Saturday and Sunday", "the first
// half of 2015", "the first six months of this year". Each is one entry with a start and an end, not two points.
import {pointsAhead} from './date-direction.ts';
import type {GatedParser} from './date-gates.ts';
import {
	dayComponents,
	makeParser,
	prep,
	referenceDay,
	result,
	weekdayNumbers,
	weekdayWord,
} from './date-news-parsers.ts';
import {resolveWeekday} from './date-past-bias.ts';

const saturday = 6;

/** "over the weekend": the Saturday and Sunday just past, or the coming ones when the clause looks ahead. */
const theWeekendParser = makeParser(
	/\bweekend\b/i,
	/(?<![\w-])(?:over|during|on|at|for)\s+the\s+weekend(?![\w-])/i,
	(context, match) => {
		const index = match.index ?? 0;
		const ahead = pointsAhead(context.text, index, index + match[0].length);
		const start = resolveWeekday(referenceDay(context), saturday, ahead ? 'future' : 'past');
		return result(context, match, dayComponents(start), dayComponents(start + 1), 'day');
	},
);

/** "on Friday and Saturday": two days of one week, read as a span ending (or, looking ahead, starting) near publication. */
const weekdayPairParser = makeParser(
	/day\s+and\s+\w+day\b/i,
	new RegExp(`(?<![\\w-])${prep}?${weekdayWord}\\s+(?:and|to|through)\\s+${weekdayWord}(?![\\w-])`),
	(context, match) => {
		const first = weekdayNumbers[(match[1] ?? '').toLowerCase()];
		const second = weekdayNumbers[(match[2] ?? '').toLowerCase()];
		if (first === undefined || second === undefined) {
			return null;
		}

		const length = (second - first + 7) % 7;
		if (length < 1 || length > 3) {
			return null;
		}

		const index = match.index ?? 0;
		const ref = referenceDay(context);
		if (pointsAhead(context.text, index, index + match[0].length)) {
			const start = resolveWeekday(ref, first, 'future');
			return result(context, match, dayComponents(start), dayComponents(start + length), 'day');
		}

		const end = resolveWeekday(ref, second, 'past');
		return result(context, match, dayComponents(end - length), dayComponents(end), 'day');
	},
);

/** "in the first half of 2015", "the first six months of this year", "the second half of last year". */
const halfYearParser = makeParser(
	/\b(?:half|six\s+months)\s+of\b/i,
	/(?<![\w-])(?:in\s+|during\s+|for\s+)?the\s+(first|second|last)\s+(?:half|six\s+months)\s+of\s+(?:(this|last|next)\s+year|(\d{4}))(?![\w-])/i,
	(context, match) => {
		const ref = referenceDay(context);
		const relative = match[2]?.toLowerCase();
		const thisYear = dayComponents(ref).year;
		const year =
			match[3] === undefined
				? thisYear + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0)
				: Number.parseInt(match[3], 10);
		const first = match[1]?.toLowerCase() === 'first';
		return result(context, match, {year, month: first ? 1 : 7}, {year, month: first ? 6 : 12}, 'month');
	},
);

export const spanParsers: readonly GatedParser[] = [theWeekendParser, weekdayPairParser, halfYearParser];
