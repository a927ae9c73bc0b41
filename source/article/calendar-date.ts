// Apart from dates.ts so that checking a --published flag, and so every start-up, does not load chrono-node.

/** Whether year-month-day names a day that exists (no 30 February). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) {
		return false;
	}

	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function formatDate(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
