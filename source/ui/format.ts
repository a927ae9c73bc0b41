import type {Hedge, TimelineEntry} from '../extract/types.ts';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type IsoParts = {year: string; month: number | null; day: number | null};

function parseIso(iso: string): IsoParts | null {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
	if (match === null || match[1] === undefined) {
		return null;
	}

	return {
		year: match[1],
		month: match[2] === undefined ? null : Number(match[2]),
		day: match[3] === undefined ? null : Number(match[3]),
	};
}

function monthName(month: number): string {
	return monthNames[month - 1] ?? String(month);
}

function formatPoint(parts: IsoParts): string {
	if (parts.month === null) {
		return parts.year;
	}

	if (parts.day === null) {
		return `${monthName(parts.month)} ${parts.year}`;
	}

	return `${monthName(parts.month)} ${parts.day}, ${parts.year}`;
}

// Meteorological seasons, as news uses them ("last summer"): the season is named by the month it starts in.
function seasonName(month: number): string {
	if (month >= 3 && month <= 5) {
		return 'spring';
	}

	if (month >= 6 && month <= 8) {
		return 'summer';
	}

	if (month >= 9 && month <= 11) {
		return 'fall';
	}

	return 'winter';
}

function formatRange(from: IsoParts, to: IsoParts): string {
	const sameYear = from.year === to.year;
	if (from.month !== null && to.month !== null && from.day !== null && to.day !== null) {
		if (sameYear && from.month === to.month) {
			return `${monthName(from.month)} ${from.day}–${to.day}, ${from.year}`;
		}

		if (sameYear) {
			return `${monthName(from.month)} ${from.day} – ${monthName(to.month)} ${to.day}, ${from.year}`;
		}

		return `${formatPoint(from)} – ${formatPoint(to)}`;
	}

	if (from.month !== null && to.month !== null && from.day === null && to.day === null) {
		return sameYear
			? `${monthName(from.month)}–${monthName(to.month)} ${from.year}`
			: `${formatPoint(from)} – ${formatPoint(to)}`;
	}

	if (from.month === null && to.month === null) {
		return `${from.year}–${to.year}`;
	}

	return `${formatPoint(from)} – ${formatPoint(to)}`;
}

/** A timeline date at its grain: "Sep 24, 2017", "late Apr 2017", "2018", "week of Sep 24, 2017", "Sep 24–27, 2017". */
export function formatTimelineDate(entry: Pick<TimelineEntry, 'start' | 'end' | 'grain' | 'qualifier'>): string {
	const start = parseIso(entry.start);
	if (entry.grain === 'unresolved' || start === null) {
		return '? undated';
	}

	const qualifier = entry.qualifier === null ? '' : `${entry.qualifier} `;
	if (entry.grain === 'week') {
		return `${qualifier}week of ${formatPoint(start)}`;
	}

	if (entry.grain === 'season' && start.month !== null) {
		return `${qualifier}${seasonName(start.month)} ${start.year}`;
	}

	const end = entry.end === null ? null : parseIso(entry.end);
	if (end !== null && entry.end !== entry.start) {
		return qualifier + formatRange(start, end);
	}

	return qualifier + formatPoint(start);
}

/** A publication date ("2017-09-30") as "Sep 30, 2017"; anything unparseable is shown as given. */
export function formatPublished(published: string | null): string {
	if (published === null) {
		return 'no date';
	}

	const parts = parseIso(published);
	return parts === null ? published : formatPoint(parts);
}

export {formatNumber} from '../text/number-format.ts';

/** A percentage with one decimal, "33.5%"; "–" when there is nothing to divide by. */
export function formatShare(value: number, total: number): string {
	if (total === 0 || !Number.isFinite(total)) {
		return '–';
	}

	return `${((value / total) * 100).toFixed(1)}%`;
}

export function formatHedge(hedge: Hedge): string {
	switch (hedge) {
		case 'approximate': {
			return 'about ';
		}

		case 'at-least': {
			return 'at least ';
		}

		case 'at-most': {
			return 'at most ';
		}

		case 'exact': {
			return '';
		}
	}
}

export function capitalize(text: string): string {
	return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
