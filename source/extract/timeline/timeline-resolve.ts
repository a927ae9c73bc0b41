// Turns one chrono result into the timeline's date fields: ISO strings at the expression's grain.
import type {ParsedResult} from 'chrono-node/en';
import {dayNumber, isoDay, isoMonth, isoYear, weekStart} from './date-calendar.ts';
import {grainTag, qualifierTag} from './date-news-parsers.ts';
import {endGrainTag} from './date-span-join.ts';
import type {Grain, TimelineEntry} from '../types.ts';

type Components = ParsedResult['start'];

export type ResolvedDate = Pick<TimelineEntry, 'start' | 'end' | 'grain' | 'qualifier'>;

function tagValue(result: ParsedResult, prefix: string): string | null {
	for (const tag of result.tags()) {
		if (tag.startsWith(prefix)) {
			return tag.slice(prefix.length);
		}
	}

	return null;
}

function grainOf(result: ParsedResult): Grain | 'ago-week' {
	const tagged = tagValue(result, grainTag);
	if (tagged !== null) {
		return tagged as Grain;
	}

	const ago = /\b(day|week|month|year|decade)s?\s+ago$/i.exec(result.text);
	if (ago) {
		const unit = (ago[1] ?? '').toLowerCase();
		return unit === 'week' ? 'ago-week' : unit === 'decade' ? 'year' : (unit as Grain);
	}

	const {start} = result;
	if (start.isCertain('day') || start.isCertain('weekday')) {
		return 'day';
	}

	return start.isCertain('month') ? 'month' : 'year';
}

function dayOf(components: Components): number {
	return dayNumber(components.get('year') ?? 1970, components.get('month') ?? 1, components.get('day') ?? 1);
}

function format(components: Components, grain: Grain): string {
	const year = components.get('year') ?? 1970;
	switch (grain) {
		case 'year': {
			return isoYear(year);
		}

		case 'month':
		case 'season': {
			return isoMonth(year, components.get('month') ?? 1);
		}

		default: {
			return isoDay(dayOf(components));
		}
	}
}

function endGrainOf(end: Components): Grain | null {
	for (const tag of end.tags()) {
		if (tag.startsWith(endGrainTag)) {
			return tag.slice(endGrainTag.length) as Grain;
		}
	}

	return null;
}

const qualifiers = new Set(['early', 'mid', 'late']);

/**
 * The dates of a result. Without a publication date only expressions that name their year resolve ("in 2011",
 * "March 3, 2015"); the rest stay unresolved rather than being read against today.
 */
export function resolveDate(result: ParsedResult, hasPublication: boolean): ResolvedDate {
	const qualifierText = tagValue(result, qualifierTag);
	const qualifier = qualifierText !== null && qualifiers.has(qualifierText) ? (qualifierText as 'early') : null;
	if (!hasPublication && !/\d{4}/.test(result.text)) {
		return {start: '', end: null, grain: 'unresolved', qualifier};
	}

	const grain = grainOf(result);
	if (grain === 'ago-week') {
		const sunday = weekStart(dayOf(result.start));
		return {start: isoDay(sunday), end: isoDay(sunday + 6), grain: 'week', qualifier};
	}

	const start = format(result.start, grain);
	// A joined span's end may be finer than its start ("from 2010 through March 28"): each end at its own grain.
	const endGrain = result.end ? (endGrainOf(result.end) ?? grain) : grain;
	const end = result.end ? format(result.end, endGrain) : null;
	// An end before its start is a misreading of the end; the start is still a date the text gives.
	return {start, end: end === null || end <= start ? null : end, grain, qualifier};
}
