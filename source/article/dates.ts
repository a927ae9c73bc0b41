import {parse as parseDates} from 'chrono-node/en';
import {formatDate, isCalendarDate} from './calendar-date.ts';
import {namesMonth, readWrittenDate} from './written-date.ts';

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/;

/**
 * A publication date as YYYY-MM-DD, from the forms writers and web pages use: "2017-09-30", "2017-09-30T10:00:00Z"
 * (the date as written, not shifted to another zone), "September 30, 2017", "Sat 30 Sept 2017 10:00 BST".
 * Null when the value is not one whole, certain, real date; all-numeric forms other than year-first are refused
 * because 09/10/2017 means different days on either side of the Atlantic.
 */
export function normaliseDate(value: string): string | null {
	const text = value.trim();
	if (text === '' || text.length > 120) {
		return null;
	}

	const iso = ISO_DATE.exec(text);
	if (iso !== null) {
		const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
		return isCalendarDate(year, month, day) ? formatDate(year, month, day) : null;
	}

	// A written year and month are required: chrono reads "yesterday" or "Sunday" as certain days relative to today,
	// and a publication date must never be guessed from the clock.
	if (!namesMonth(text) || !/(?:^|\D)\d{4}(?:\D|$)/.test(text)) {
		return null;
	}

	const written = readWrittenDate(text);
	if (written !== null) {
		return isCalendarDate(written.year, written.month, written.day)
			? formatDate(written.year, written.month, written.day)
			: null;
	}

	return readWithChrono(text);
}

/** A whole, certain written date read by chrono-node, for the forms `readWrittenDate` leaves alone. */
export function readWithChrono(text: string): string | null {
	const results = parseDates(text);
	const result = results[0];
	if (results.length !== 1 || result === undefined) {
		return null;
	}

	const start = result.start;
	if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) {
		return null;
	}

	const rest = text.slice(0, result.index) + text.slice(result.index + result.text.length);
	if (!/^[\s\p{P}]*$/u.test(rest)) {
		return null;
	}

	const [year, month, day] = [start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0];
	return isCalendarDate(year, month, day) ? formatDate(year, month, day) : null;
}
