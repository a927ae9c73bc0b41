import type {ParsedResult} from 'chrono-node/en';
import type {Article} from '../../article/types.ts';
import {compareDated} from '../../text/date-order.ts';
import {isDatelineLine} from '../../article/dateline.ts';
import {parseIsoDay, fromDayNumber} from './date-calendar.ts';
import {parseDates} from './date-chrono.ts';
import {pointsAhead} from './date-direction.ts';
import {relativeOffset, StoryClock} from './timeline-context.ts';
import {eventFor} from './timeline-event.ts';
import {resolveDate, type ResolvedDate} from './timeline-resolve.ts';
import type {TimelineEntry} from '../types.ts';

// Chrono needs some reference even when the article has no date; results that depend on it are marked unresolved,
// so this date never reaches the report.
const placeholderReference = new Date(2000, 0, 1, 12);

// Prepositions that belong to the expression when they introduce it ("on Monday", "since 1994").
const leadingPreposition =
	/(?:^|[^\w])((?:[Oo]n|[Ii]n|[Ss]ince|[Ff]or|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]etween|[Ss]tarting|[Bb]eginning|[Aa]s of|[Oo]ver|[Ww]ithin)\s+)$/;

function referenceFor(published: string | null): Date | null {
	const day = published === null ? null : parseIsoDay(published);
	if (day === null) {
		return null;
	}

	const {y, m, d} = fromDayNumber(day);
	return new Date(y, m - 1, d, 12);
}

/** The expression's bounds within the sentence: trimmed of punctuation chrono keeps, with its leading preposition. */
function expressionBounds(sentence: string, index: number, text: string): {start: number; end: number} {
	let start = index;
	let end = index + text.length;
	while (start < end && /[\s,(]/.test(sentence[start] ?? '')) {
		start++;
	}

	while (end > start && /[\s,.;:)]/.test(sentence[end - 1] ?? '')) {
		end--;
	}

	// Keep the period of an abbreviated month ("Sept.") when it was cut.
	if (
		sentence[end] === '.' &&
		/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(sentence.slice(start, end))
	) {
		end++;
	}

	const before = leadingPreposition.exec(sentence.slice(Math.max(0, start - 16), start));
	if (
		before?.[1] &&
		!/^(?:on|in|since|for|by|until|till|through|from|during|before|after|between|starting|beginning|as of|over|within)\s/i.test(
			sentence.slice(start, end),
		)
	) {
		start -= before[1].length;
	}

	return {start, end};
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
	const aUnresolved = a.grain === 'unresolved';
	const bUnresolved = b.grain === 'unresolved';
	if (aUnresolved !== bUnresolved) {
		return aUnresolved ? 1 : -1;
	}

	if (aUnresolved) {
		return a.span.start - b.span.start;
	}

	return compareDated(a, b) || a.span.start - b.span.start;
}

// A heading that introduces a schedule ("UP NEXT", "Coming up:"); the lines after it name future dates.
const scheduleHeading = /^(?:up next|next up|coming up|next games?|schedule)\b/i;
// A schedule line: a short label and a colon ("Rovers: At City on Saturday.").
const scheduleLine = /^[^\s:][^:]{0,40}:\s/;

/** One date expression of a sentence, with all that follows from the sentence's text alone. */
type Reading = {
	readonly result: ParsedResult;
	readonly bounds: {start: number; end: number};
	readonly expression: string;
	/** Days counted from the story's previous date, or null when the date stands on its own. */
	readonly offset: number | null;
	/** Resolved against publication, before the story's clock adjusts it; null for a counted date. */
	readonly date: ResolvedDate | null;
	readonly ahead: boolean;
	readonly event: string;
};

function readSentence(text: string, reference: Date | null, forwardDate: boolean): Reading[] {
	const results = parseDates(text, reference ?? placeholderReference, forwardDate);
	if (results.length === 0) {
		return [];
	}

	const found = results
		.map(result => ({result, bounds: expressionBounds(text, result.index, result.text)}))
		.filter(({bounds}) => bounds.end > bounds.start);
	const spans = found.map(({bounds}) => bounds).sort((a, b) => a.start - b.start);
	return found.map(({result, bounds}) => {
		const offset = relativeOffset(result);
		return {
			result,
			bounds,
			expression: text.slice(bounds.start, bounds.end),
			offset,
			date: offset === null ? resolveDate(result, reference !== null) : null,
			ahead: offset === null && pointsAhead(text, result.index, result.index + result.text.length),
			event: eventFor(text, bounds.start, bounds.end, spans),
		};
	});
}

// The paragraphs a page's byline and dateline lines are found in, above the story.
const datelineParagraphs = 6;

/**
 * Every date expression in the article, resolved against its publication date, sorted by date (unresolved last); the
 * date of a dateline or byline line is the article's own, shown in the header, not an event.
 */
export function extractTimeline(article: Article): TimelineEntry[] {
	const reference = referenceFor(article.published);
	const entries: TimelineEntry[] = [];
	let underSchedule = false;
	const clock = new StoryClock(article.published?.slice(0, 4) ?? null);
	// A sentence the article repeats (a standing line, a recap) is read once; under a schedule heading, once more.
	const read = [new Map<string, Reading[]>(), new Map<string, Reading[]>()] as const;
	for (const sentence of article.sentences) {
		const text = article.body.slice(sentence.start, sentence.end);
		if (sentence.paragraph < datelineParagraphs && isDatelineLine(text)) {
			continue;
		}

		const heading = scheduleHeading.test(text);
		underSchedule = heading || (underSchedule && scheduleLine.test(text));
		const memo = read[underSchedule ? 1 : 0];
		let readings = memo.get(text);
		if (readings === undefined) {
			readings = readSentence(text, reference, underSchedule);
			if (readings.length > 0) {
				memo.set(text, readings);
			}
		}

		for (const {result, bounds, expression, offset, date: resolved, ahead, event} of readings) {
			const date =
				resolved === null ? clock.relative(offset ?? 0) : clock.adjust(resolved, result, sentence.paragraph, ahead);
			clock.observe(date, expression, result);
			entries.push({
				id: `t${entries.length + 1}`,
				expression,
				...date,
				event,
				span: {start: sentence.start + bounds.start, end: sentence.start + bounds.end},
				sentence: {start: sentence.start, end: sentence.end},
			});
		}
	}

	return entries.sort(compareEntries);
}
