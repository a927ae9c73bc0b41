// Calendar arithmetic on plain dates. Days are counted from 1970-01-01 in UTC so that no time zone or daylight-saving
// shift can move a date by one.

/** A calendar date; month 1–12. */
export type Ymd = {readonly y: number; readonly m: number; readonly d: number};

const msPerDay = 86_400_000;

/** Days since 1970-01-01 for a calendar date (month and day may overflow, as with Date.UTC). */
export function dayNumber(y: number, m: number, d: number): number {
	return Math.round(Date.UTC(y, m - 1, d) / msPerDay);
}

export function fromDayNumber(n: number): Ymd {
	const date = new Date(n * msPerDay);
	return {y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate()};
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
	return (((n + 4) % 7) + 7) % 7;
}

/** The Sunday that starts the week containing day `n` (US news weeks run Sunday to Saturday). */
export function weekStart(n: number): number {
	return n - weekdayOf(n);
}

/** The most recent day with `weekday` on or before `n` (or strictly before, when `strict`). */
export function weekdayOnOrBefore(n: number, weekday: number, strict = false): number {
	const back = (weekdayOf(n) - weekday + 7) % 7;
	return n - (back === 0 && strict ? 7 : back);
}

/** The first day with `weekday` on or after `n` (or strictly after, when `strict`). */
export function weekdayOnOrAfter(n: number, weekday: number, strict = false): number {
	const ahead = (weekday - weekdayOf(n) + 7) % 7;
	return n + (ahead === 0 && strict ? 7 : ahead);
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

export function isoYear(y: number): string {
	return pad(y, 4);
}

export function isoMonth(y: number, m: number): string {
	return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function isoDay(n: number): string {
	const {y, m, d} = fromDayNumber(n);
	return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Parses 'YYYY-MM-DD' into a day number, or null when it is not a real date. */
export function parseIsoDay(text: string): number | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) {
		return null;
	}

	const y = Number(match[1]);
	const m = Number(match[2]);
	const d = Number(match[3]);
	const n = dayNumber(y, m, d);
	const back = fromDayNumber(n);
	return back.y === y && back.m === m && back.d === d ? n : null;
}
