import {normaliseDate} from './dates.ts';

// Pages pasted from the web carry their date in the first lines: a byline block, "Published: 30 September 2017",
// or the date alone on a line. Further down, a date alone on a line is more likely part of the story.
const LINES_TO_SCAN = 8;
const MAX_LINE = 100;
const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted|date|dated)(?:\s+on)?\s*:?\s*/i;
const PIECE_SEPARATOR = /\s[|·•]\s|\s[—–]\s/;
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*:?\s*/i;
// Wire copy opens its first paragraph with a place in capitals and the date: "CHICAGO, March 14, 2023 /PRNewswire/ --"
// or "WASHINGTON, Sept. 30, 2017 (AP) —". Only a date with its year counts: without one the year is a guess.
const WIRE_DATELINE =
	/^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,20})?,\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\b/;

/**
 * The publication date stated near the top of the body, as YYYY-MM-DD, or null when none is stated or the lines
 * disagree. A "Published" line wins over a bare date line, which wins over an "Updated" line.
 */
export function findDateline(body: string): string | null {
	const published = new Set<string>();
	const bare = new Set<string>();
	const updated = new Set<string>();
	let lineStart = 0;
	for (let seen = 0; seen < LINES_TO_SCAN && lineStart < body.length;) {
		let lineEnd = body.indexOf('\n', lineStart);
		if (lineEnd === -1) {
			lineEnd = body.length;
		}

		const line = body.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE + 1)).trim();
		lineStart = lineEnd + 1;
		if (line === '') {
			continue;
		}

		seen++;
		const wire = WIRE_DATELINE.exec(line);
		const wireDate = wire?.[1] === undefined ? null : normaliseDate(wire[1]);
		if (wireDate !== null) {
			published.add(wireDate);
			continue;
		}

		if (line.length > MAX_LINE) {
			continue;
		}

		for (const {date, label} of datedPieces(line)) {
			if (label === null) {
				bare.add(date);
			} else if (label === 'published') {
				published.add(date);
			} else {
				updated.add(date);
			}
		}
	}

	for (const dates of [published, bare, updated]) {
		if (dates.size > 0) {
			return dates.size === 1 ? ([...dates][0] ?? null) : null;
		}
	}

	return null;
}

/**
 * Whether a line near the top is a dateline or byline with a date ("Updated: November 6, 2024", "By Jane Doe |
 * September 30, 2017"): the page's metadata, not an event of the story.
 */
export function isDatelineLine(line: string): boolean {
	const text = line.trim();
	return text.length <= MAX_LINE && datedPieces(text).length > 0;
}

/** Bylines pack several facts on a line: "By Jane Doe | Published September 30, 2017 | 4 min read". */
function datedPieces(line: string): Array<{date: string; label: 'published' | 'updated' | null}> {
	const found: Array<{date: string; label: 'published' | 'updated' | null}> = [];
	for (const piece of line.split(PIECE_SEPARATOR)) {
		const text = piece.trim();
		const published = PUBLISHED_LABEL.exec(text);
		const updated = published === null ? UPDATED_LABEL.exec(text) : null;
		const label = published ?? updated;
		const date = normaliseDate(label === null ? text : text.slice(label[0].length));
		if (date !== null) {
			found.push({date, label: published === null ? (updated === null ? null : 'updated') : 'published'});
		}
	}

	return found;
}
