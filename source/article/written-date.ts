// The forms publication dates are written in on news pages and in bylines, read exactly. chrono-node reads them too,
// but its first parse in a process costs 50 ms or more (it builds its patterns then), and a dateline is read before
// the first frame. Hand-written because only whole, certain forms are wanted here; anything else is left to chrono.

const MONTHS: Readonly<Record<string, number>> = {
	jan: 1,
	january: 1,
	feb: 2,
	february: 2,
	mar: 3,
	march: 3,
	apr: 4,
	april: 4,
	may: 5,
	jun: 6,
	june: 6,
	jul: 7,
	july: 7,
	aug: 8,
	august: 8,
	sep: 9,
	sept: 9,
	september: 9,
	oct: 10,
	october: 10,
	nov: 11,
	november: 11,
	dec: 12,
	december: 12,
};

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// Zones news sites print after a time; an unknown word after the time is left to chrono.
const ZONE =
	'(?:\\s*(?:[ECMP][SD]?T|GMT|UTC|BST|IST|CES?T|EES?T|AES?T|AED?T|JST|KST|HKT|SGT|Z)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?';
const TIME = `(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2}){0,2}\\s*(?:[ap]\\.?m\\.?)?${ZONE})?`;

const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${TIME}$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}${TIME}$`, 'i');
// Quotation marks and brackets around a front-matter value, and a sentence's full stop.
const WRAPPING = /^[\s"'“”‘’([]+|[\s"'“”‘’)\],;]+$/g;

/** The calendar parts of a publication date written out ("Sat 30 Sept 2017 10.00 BST"), or null for any other form. */
export function readWrittenDate(value: string): {year: number; month: number; day: number} | null {
	const text = value.replace(WRAPPING, '').replace(/(?<![ap]\.m)\.$/i, '');
	const monthFirst = MONTH_FIRST.exec(text);
	const dayFirst = monthFirst === null ? DAY_FIRST.exec(text) : null;
	const [monthName, day, year] =
		monthFirst === null ? [dayFirst?.[2], dayFirst?.[1], dayFirst?.[3]] : [monthFirst[1], monthFirst[2], monthFirst[3]];
	const month = monthName === undefined ? undefined : MONTHS[monthName.toLowerCase()];
	if (month === undefined || day === undefined || year === undefined) {
		return null;
	}

	return {year: Number(year), month, day: Number(day)};
}

/** Whether text names a month at all: a written date without one is no date this module or chrono would accept. */
export function namesMonth(text: string): boolean {
	return MONTH_WORD.test(text);
}

const MONTH_WORD = new RegExp(`\\b${MONTH}(?![a-z])`, 'i');
