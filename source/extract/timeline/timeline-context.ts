// What the story itself says about when it is: the last day it dated (for "two days later") and the year a
// paragraph has named (for "beginning June 30" in a paragraph about 2023). Publication anchors everything else.
import type {ParsedResult} from 'chrono-node/en';
import {isoDay, parseIsoDay} from './date-calendar.ts';
import {relativeTag} from './date-day-parsers.ts';
import {newsResults} from './date-news-parsers.ts';
import type {ResolvedDate} from './timeline-resolve.ts';

/** The day offset of a result counted from the story's previous date ("two days later" → 2), or null. */
export function relativeOffset(result: ParsedResult): number | null {
	for (const tag of result.tags()) {
		if (tag.startsWith(relativeTag)) {
			return Number(tag.slice(relativeTag.length));
		}
	}

	return null;
}

/** A month, or a month and day, whose year chrono supplied from the reference rather than the text. */
function yearFromReference(result: ParsedResult): boolean {
	return !newsResults.has(result) && result.start.isCertain('month') && !result.start.isCertain('year');
}

function withYear(iso: string, year: string): string | null {
	const moved = year + iso.slice(4);
	return iso.length === 10 && parseIsoDay(moved) === null ? null : moved;
}

export class StoryClock {
	private lastDay: number | null = null;
	private paragraph = -1;
	private paragraphYear: string | null = null;

	constructor(private readonly publishedYear: string | null) {}

	/**
	 * "Two days later" counts from the last single day the story dated before it (the event just told), not from
	 * publication; with no such day it stays unresolved rather than guessing.
	 */
	relative(offset: number): ResolvedDate {
		if (this.lastDay === null) {
			return {start: '', end: null, grain: 'unresolved', qualifier: null};
		}

		return {start: isoDay(this.lastDay + offset), end: null, grain: 'day', qualifier: null};
	}

	/**
	 * A month or day without a year in a paragraph that has named an earlier year takes that year: the paragraph is
	 * telling that year's story. Only earlier years, and not in a clause that looks ahead: that is a plan.
	 */
	adjust(date: ResolvedDate, result: ParsedResult, paragraph: number, ahead: boolean): ResolvedDate {
		if (paragraph !== this.paragraph) {
			this.paragraph = paragraph;
			this.paragraphYear = null;
		}

		const year = this.paragraphYear;
		if (
			year === null ||
			ahead ||
			this.publishedYear === null ||
			year >= this.publishedYear ||
			!yearFromReference(result) ||
			// "from March to November 2021": the year written on the end is the interval's own.
			result.end?.isCertain('year') === true ||
			date.start.startsWith(year) ||
			(date.grain !== 'day' && date.grain !== 'month')
		) {
			return date;
		}

		const start = withYear(date.start, year);
		const shift = Number(year) - Number(date.start.slice(0, 4));
		const end = date.end === null ? null : withYear(date.end, String(Number(date.end.slice(0, 4)) + shift));
		return start === null || (date.end !== null && end === null) ? date : {...date, start, end};
	}

	/** Records an entry as the story's latest date. */
	observe(date: ResolvedDate, expression: string, result: ParsedResult): void {
		if (date.grain === 'day' && date.end === null) {
			this.lastDay = parseIsoDay(date.start);
		}

		if (/\b\d{4}\b/.test(expression) && date.grain !== 'unresolved') {
			this.paragraphYear = date.start.slice(0, 4);
		} else if (!yearFromReference(result)) {
			// "last week", "on Monday": the paragraph is back at publication time.
			this.paragraphYear = null;
		}
	}
}
