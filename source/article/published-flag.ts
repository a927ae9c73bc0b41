import {formatDate, isCalendarDate} from './calendar-date.ts';
import {LoadError} from './load-error.ts';

/**
 * Checks a `--published` value: exactly YYYY-MM-DD and a day that exists. Returns it unchanged; throws a LoadError
 * whose message tells the reporter how to write it. Stricter than front matter on purpose: a flag typed by hand
 * should not be guessed at.
 */
export function validatePublished(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (match === null) {
		throw new LoadError(
			`--published must be a date written YYYY-MM-DD, like 2017-09-30 (got ${JSON.stringify(value)})`,
		);
	}

	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (!isCalendarDate(year, month, day)) {
		throw new LoadError(`--published ${value.trim()} is not a real date`);
	}

	return formatDate(year, month, day);
}
