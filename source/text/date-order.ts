// The order of timeline entries, shared by the extractor (which sorts the report) and the Timeline pane (which sorts
// what it is given): both must agree, and the UI may not import the extractor.

/** The fields of a timeline entry the order reads (TimelineEntry in source/extract/types.ts). */
export type DatedEntry = {
	readonly start: string;
	readonly end: string | null;
	readonly grain: string;
	readonly qualifier: 'early' | 'mid' | 'late' | null;
};

const thirds: Record<'early' | 'mid' | 'late', 0 | 1 | 2> = {early: 0, mid: 1, late: 2};

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

/**
 * The first day an entry can mean, as "YYYY-MM-DD". A qualifier moves it to the third of the span it names: a
 * month's early, mid and late start on days 1, 11 and 21 (news usage: early = 1–10, mid = 11–20, late = 21–end); a
 * year's on January, May and September; a season's on its first, second and third month; a run of years ("the early
 * 1990s") on the first, second and last third of the run. Without this "late Jul 2024" ("2024-07") would sort
 * before "Jul 1, 2024" ("2024-07-01").
 */
export function firstDay(entry: DatedEntry): string {
	const [year = 0, month = 1, day = 1] = entry.start.split('-').map(Number);
	const third = entry.qualifier === null ? 0 : thirds[entry.qualifier];
	if (entry.start.length === 4) {
		const endYear = entry.end?.length === 4 ? Number(entry.end) : year;
		if (endYear > year) {
			return `${pad(year + Math.floor(((endYear - year + 1) * third) / 3), 4)}-01-01`;
		}

		return `${pad(year, 4)}-${pad(1 + third * 4, 2)}-01`;
	}

	if (entry.start.length === 7) {
		if (entry.grain === 'season') {
			const shifted = month - 1 + third;
			return `${pad(year + Math.floor(shifted / 12), 4)}-${pad((shifted % 12) + 1, 2)}-01`;
		}

		return `${pad(year, 4)}-${pad(month, 2)}-${pad(1 + third * 10, 2)}`;
	}

	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO strings by code unit: "2017" < "2017-09" < "2017-09-24" (not localeCompare, which loads ICU for nothing). */
export function compareIso(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Two resolved entries by the first day each can mean; on the same day the coarser first ("July" before "July 1"),
 * then the one that ends first. Zero when they tie, for the caller to keep text order.
 */
export function compareDated(a: DatedEntry, b: DatedEntry): number {
	return (
		compareIso(firstDay(a), firstDay(b)) ||
		compareIso(a.start, b.start) ||
		compareIso(a.end ?? a.start, b.end ?? b.start)
	);
}
