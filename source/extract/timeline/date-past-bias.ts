import {dayNumber, fromDayNumber, weekdayOnOrAfter, weekdayOnOrBefore} from './date-calendar.ts';

/** Which way an expression without a year or week points from the publication date. */
export type Direction = 'past' | 'future' | 'last' | 'next';

/** A weekday seen from day `ref`: 'past' is the most recent on or before it, 'last' strictly before, and so on. */
export function resolveWeekday(ref: number, weekday: number, direction: Direction): number {
	switch (direction) {
		case 'past': {
			return weekdayOnOrBefore(ref, weekday);
		}

		case 'last': {
			return weekdayOnOrBefore(ref, weekday, true);
		}

		case 'future': {
			return weekdayOnOrAfter(ref, weekday);
		}

		case 'next': {
			return weekdayOnOrAfter(ref, weekday, true);
		}
	}
}

/** A month and day without a year: the closest one on or before `ref`, or on or after it when looking ahead. */
export function resolveMonthDay(ref: number, month: number, day: number, ahead: boolean): number {
	const {y} = fromDayNumber(ref);
	const thisYear = dayNumber(y, month, day);
	if (ahead) {
		return thisYear >= ref ? thisYear : dayNumber(y + 1, month, day);
	}

	return thisYear <= ref ? thisYear : dayNumber(y - 1, month, day);
}

/** A month without a year: the year in which it is the closest such month on or before (or after) `ref`'s month. */
export function resolveMonthYear(ref: number, month: number, ahead: boolean): number {
	const {y, m} = fromDayNumber(ref);
	if (ahead) {
		return month >= m ? y : y + 1;
	}

	return month <= m ? y : y - 1;
}
