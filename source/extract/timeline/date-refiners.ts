// Refiners run after chrono's own: they join "between Monday and Wednesday", give news' past bias to dates without a
// year or week, and drop readings that are not dates in news prose ("a march", "Theresa May", "the Sunday Times").
import type {ParsingResult, Refiner} from 'chrono-node/en';
import {dayNumber, fromDayNumber, weekdayOnOrAfter, weekdayOnOrBefore} from './date-calendar.ts';
import {pointsAhead, pointsWeaklyAhead} from './date-direction.ts';
import {newsResults, referenceDay} from './date-news-parsers.ts';
import {resolveMonthDay, resolveMonthYear, resolveWeekday, type Direction} from './date-past-bias.ts';
import {joinPairs} from './date-pairs.ts';

type Context = Parameters<Refiner['refine']>[0];
type Components = ParsingResult['start'];

export function isNewsResult(result: ParsingResult): boolean {
	return newsResults.has(result);
}

function hasWeekdayOnly(components: Components): boolean {
	return components.isCertain('weekday') && !components.isCertain('day');
}

function hasNoYear(components: Components): boolean {
	return components.isCertain('month') && !components.isCertain('year');
}

function setDay(components: Components, n: number): void {
	const {y, m, d} = fromDayNumber(n);
	components.imply('year', y);
	components.imply('month', m);
	components.imply('day', d);
}

function dayOf(components: Components): number {
	return dayNumber(components.get('year') ?? 1970, components.get('month') ?? 1, components.get('day') ?? 1);
}

function directionOf(context: Context, result: ParsingResult): Direction {
	if (/^(?:on\s+)?(?:last|past)\b|\bof\s+(?:last|past)\s+week$/i.test(result.text)) {
		return 'last';
	}

	if (/^(?:on\s+)?next\b|\bof\s+next\s+week$/i.test(result.text)) {
		return 'next';
	}

	// Under a schedule heading ("UP NEXT") the caller asks for forward dates.
	if (context.option.forwardDate === true) {
		return 'future';
	}

	return pointsAhead(context.text, result.index, result.index + result.text.length) ? 'future' : 'past';
}

/**
 * A weekday after a reported future ("said temperatures would climb on Sunday") is either the one just past or the
 * one coming; the nearer of the two is the likelier.
 */
function weekdayFor(
	context: Context,
	result: ParsingResult,
	ref: number,
	weekday: number,
	direction: Direction,
): number {
	const day = resolveWeekday(ref, weekday, direction);
	if (direction !== 'past' || !pointsWeaklyAhead(context.text, result.index, result.index + result.text.length)) {
		return day;
	}

	const ahead = resolveWeekday(ref, weekday, 'future');
	return ahead - ref < ref - day ? ahead : day;
}

// A place in the year to compare an interval's ends by: a month without its day starts at its first day when it opens
// the interval and runs to its last when it closes it ("from March to March 20" is in order).
function startKey(components: Components): number {
	return (components.get('month') ?? 1) * 32 + (components.isCertain('day') ? (components.get('day') ?? 1) : 0);
}

function endKey(components: Components): number {
	return (components.get('month') ?? 12) * 32 + (components.isCertain('day') ? (components.get('day') ?? 31) : 31);
}

/**
 * The two ends of one interval resolve together, from its end: a year written once ("from March to November 2021")
 * belongs to both, and without one the interval as a whole is the latest that ends on or before publication. The start
 * takes the end's year, or the year before when that would put it after the end ("from December to February").
 */
function placeFromEnd(start: Components, end: Components, ref: number): void {
	let year = end.get('year') ?? 1970;
	if (!end.isCertain('year')) {
		const month = end.get('month') ?? 1;
		year = end.isCertain('day')
			? fromDayNumber(resolveMonthDay(ref, month, end.get('day') ?? 1, false)).y
			: resolveMonthYear(ref, month, false);
		end.imply('year', year);
	}

	start.imply('year', startKey(start) > endKey(end) ? year - 1 : year);
}

/** News past bias: "Thursday" is the latest Thursday on or before publication, "Nov. 5" the latest Nov. 5. */
export const pastBiasRefiner: Refiner = {
	refine(context, results) {
		const ref = referenceDay(context);
		for (const result of results) {
			if (isNewsResult(result)) {
				continue;
			}

			const {start, end} = result;
			const direction = directionOf(context, result);
			const ahead =
				direction === 'future' ||
				direction === 'next' ||
				(direction === 'past' && pointsAhead(context.text, result.index, result.index + result.text.length, 'weak'));
			const weekday = start.get('weekday');
			if (hasWeekdayOnly(start) && weekday !== null) {
				setDay(start, weekdayFor(context, result, ref, weekday, direction));
			} else if (end && hasNoYear(start) && end.isCertain('month') && (end.isCertain('year') || !ahead)) {
				placeFromEnd(start, end, ref);
				continue;
			} else if (hasNoYear(start)) {
				const month = start.get('month') ?? 1;
				if (start.isCertain('day')) {
					setDay(start, resolveMonthDay(ref, month, start.get('day') ?? 1, ahead));
				} else {
					start.imply('year', resolveMonthYear(ref, month, ahead));
				}
			}

			if (end) {
				const from = dayOf(start);
				const endWeekday = end.get('weekday');
				if (hasWeekdayOnly(end) && endWeekday !== null) {
					setDay(end, weekdayOnOrAfter(from, endWeekday));
				} else if (hasNoYear(end)) {
					const year = start.get('year') ?? 1970;
					end.imply('year', endKey(end) < startKey(start) ? year + 1 : year);
				}
			}
		}

		return results;
	},
};

/** "between Monday and Wednesday", "from June to August": two chrono results joined into one span. */
export const betweenRefiner: Refiner = {
	refine(context, results) {
		return joinPairs(results, (first, second) => {
			if (first.end || second.end || isNewsResult(first) || isNewsResult(second)) return null;
			const between = context.text.slice(first.index + first.text.length, second.index);
			const before = context.text.slice(Math.max(0, first.index - 12), first.index);
			const joined =
				(/^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(before)) ||
				(/^\s*(?:to|until|till|through|-|–)\s*$/i.test(between) && /\bfrom\s+$/i.test(before));
			if (!joined) return null;
			const range = first.clone();
			range.end = second.start.clone();
			range.text = context.text.slice(first.index, second.index + second.text.length);
			return range;
		});
	},
};

const monthWordPattern =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/i;
const weekdayOnlyText = /^(?:on\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/i;
const monthLeadIn =
	/\b(?:in|on|since|by|until|till|through|during|from|to|of|early|mid|late|last|next|this|between|and|or|before|after|around)[\s-]+$/i;

const namedAfterWeekday =
	/^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Star|Independent|Sun|Night|Morning|Football|Mass|School|Service|Club|Edition|Magazine|Review|Show|Sessions?|Best|Bloody)\b/;
const namedBeforeWeekday = /\b(?:Super|Good|Black|Cyber|Easter|Palm|Bloody|Ash|Holy|Maundy|Giving|Business)\s+$/;

function isDate(components: Components): boolean {
	return (
		components.isCertain('year') ||
		components.isCertain('month') ||
		components.isCertain('day') ||
		components.isCertain('weekday')
	);
}

function keep(context: Context, result: ParsingResult): boolean {
	if (isNewsResult(result)) {
		return true;
	}

	const {text, index, start} = result;
	if (!isDate(start) || /^(?:right\s+)?now$/i.test(text)) {
		return false;
	}

	// Chrono's durations ("in 5 days", "for 3 days", "within a week") are lengths, not dates; "ago" is a date.
	if (result.tags().has('result/relativeDate') && !/\bago$/i.test(text)) {
		return false;
	}

	// "24/7", "9/11": news writes dates with month names; a slash pair without a year is rarely one.
	if (/^\d{1,2}\/\d{1,2}$/.test(text)) {
		return false;
	}

	const month = monthWordPattern.exec(text);
	if (month && /^[a-z]/.test(month[0])) {
		return false;
	}

	// A month on its own ("April") is a date only when introduced as one ("in April"); else a name ("Theresa May").
	if (start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year')) {
		if (!monthLeadIn.test(context.text.slice(Math.max(0, index - 12), index))) {
			return false;
		}
	}

	// "USA TODAY", "Subscribe Today.": capitalised mid-sentence, "today" is a name or a call to act, not a date.
	if (
		/^(?:Today|TODAY)$/.test(text.trim()) &&
		/[\p{L}\p{N},]\s+$/u.test(context.text.slice(Math.max(0, index - 4), index))
	) {
		return false;
	}

	if (weekdayOnlyText.test(text.trim())) {
		const after = context.text.slice(index + text.length, index + text.length + 24);
		const before = context.text.slice(Math.max(0, index - 24), index);
		// "the Sunday Times", "Super Tuesday", "Good Friday": part of a name, not a day to resolve.
		if (namedAfterWeekday.test(after) || namedBeforeWeekday.test(before)) {
			return false;
		}
	}

	return true;
}

// Opening hours and other weekly routines: "open Tuesday to Sunday", "Monday through Thursday afternoons".
const habitual =
	/\b(?:open|opens|hours|closed|operates?|operating|available|serves?|served|daily|weekly|each week|every week|weekdays|weekends)\b/i;
const pluralDayPart = /^\s+(?:mornings|afternoons|evenings|nights)\b/i;

/** A range of weekdays that names a weekly routine rather than days that happened. */
function isRoutine(context: Context, result: ParsingResult): boolean {
	const {end, start, index, text} = result;
	if (!end || !hasWeekdayOnly(start) || !hasWeekdayOnly(end)) {
		return false;
	}

	const after = context.text.slice(index + text.length, index + text.length + 16);
	return habitual.test(context.text) || pluralDayPart.test(after);
}

/** Drops readings that are names or lengths rather than dates. */
export const newsFilterRefiner: Refiner = {
	refine: (context, results) => results.filter(result => keep(context, result) && !isRoutine(context, result)),
};

/** Chrono removes overlaps before its merges; ours join results again, so remove once more, longest first. */
export const overlapRefiner: Refiner = {
	refine(_context, results) {
		const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
		const kept: ParsingResult[] = [];
		for (const result of sorted) {
			const last = kept.at(-1);
			if (last && result.index < last.index + last.text.length) {
				if (result.text.length > last.text.length) {
					kept[kept.length - 1] = result;
				}

				continue;
			}

			kept.push(result);
		}

		return kept;
	},
};

const yearAfterDay = /^,?\s+(next|last|this)\s+year\b/i;

/** "on 9 April next year": a day and month followed by the year they fall in are one date. */
export const yearAfterDayRefiner: Refiner = {
	refine(context, results) {
		const {y} = fromDayNumber(referenceDay(context));
		for (const result of results) {
			if (isNewsResult(result) || result.end || !result.start.isCertain('month') || result.start.isCertain('year')) {
				continue;
			}

			const follow = yearAfterDay.exec(context.text.slice(result.index + result.text.length));
			if (follow) {
				const which = (follow[1] ?? '').toLowerCase();
				result.start.assign('year', y + (which === 'next' ? 1 : which === 'last' ? -1 : 0));
				result.text = context.text.slice(result.index, result.index + result.text.length + follow[0].length);
			}
		}

		return results;
	},
};

const weekdayThenNeighbour = /^\s+(after|before)\s+(?:the\s+)?$/i;
const occasionWord = /^\s+(?:holiday|holidays|weekend|celebrations?|break|festival|game|election|vote)\b/i;

/** "the Sunday after the July Fourth holiday", "the Friday before Christmas Day": a weekday counted from a date. */
export const relativeWeekdayRefiner: Refiner = {
	refine(context, results) {
		const out: ParsingResult[] = [];
		for (let i = 0; i < results.length; i++) {
			const first = results[i];
			const second = results[i + 1];
			if (!first) {
				continue;
			}

			const weekday = first.start.get('weekday');
			const between = second ? context.text.slice(first.index + first.text.length, second.index) : '';
			const link = weekdayThenNeighbour.exec(between);
			if (second && link && hasWeekdayOnly(first.start) && weekday !== null && second.start.isCertain('day')) {
				const anchor = dayOf(second.start);
				const day =
					(link[1] ?? '').toLowerCase() === 'after'
						? weekdayOnOrAfter(anchor + 1, weekday)
						: weekdayOnOrBefore(anchor - 1, weekday);
				setDay(first.start, day);
				const tail = occasionWord.exec(context.text.slice(second.index + second.text.length));
				first.text = context.text.slice(first.index, second.index + second.text.length + (tail ? tail[0].length : 0));
				out.push(first);
				i++;
				continue;
			}

			out.push(first);
		}

		return out;
	},
};
