import type {Span} from './types.ts';

/** Paragraph spans, and for each where its prose starts (after a list marker such as "- " or "1. "). */
export type Paragraphs = {readonly spans: Span[]; readonly contentStarts: number[]};

// Hard-wrapped text (e-mail, wire copy) keeps every line but the last close to one width; pasted web text puts a
// whole paragraph on one line. Breaks inside a wrapped block are soft; elsewhere each line stands alone, which keeps
// a short "Boise: 62" line or a byline apart from its neighbours.
const WRAP_MIN = 45;
const WRAP_MAX = 100;
const WRAP_SLACK = 30;

// A capital letter and a dot is an initial ("J. Edgar Hoover"), not a list marker, so letters count only as "a)" or "(a)".
const BULLET = /(?:[-*•·–+]|\(?\d{1,3}[.)]|\([a-zA-Z]\)|[a-z]\))[ \t]+/y;
const HEADING = /#{1,6}[ \t]+/y;

/**
 * Splits the body into paragraphs: runs of non-blank lines, where each list item and each Markdown heading is a
 * paragraph of its own, and a run of lines that are not hard-wrapped prose gives one paragraph per line.
 * Two passes over each run (measure, then split) and no per-line objects, so a file of a million short lines stays
 * fast.
 */
export function findParagraphs(body: string): Paragraphs {
	const result: Paragraphs = {spans: [], contentStarts: []};
	let position = 0;
	while (position < body.length) {
		const runStart = skipBlankLines(body, position);
		if (runStart >= body.length) {
			break;
		}

		let widest = 0;
		let runEnd = runStart;
		let lineStart = runStart;
		for (;;) {
			const lineEnd = endOfLine(body, lineStart);
			if (isBlank(body, lineStart, lineEnd)) {
				break;
			}

			const width = trimmedEnd(body, lineStart, lineEnd) - trimmedStart(body, lineStart, lineEnd);
			runEnd = lineEnd;
			lineStart = lineEnd + 1;
			if (lineStart > body.length) {
				break;
			}

			// Only lines followed by another line of the run count: the last line of wrapped text is short.
			if (!isBlank(body, lineStart, endOfLine(body, lineStart))) {
				widest = Math.max(widest, width);
			}
		}

		splitRun(body, runStart, runEnd, widest, result);
		position = runEnd + 1;
	}

	return result;
}

function splitRun(body: string, runStart: number, runEnd: number, widest: number, out: Paragraphs): void {
	const wrapped = widest <= WRAP_MAX;
	const minimum = Math.max(WRAP_MIN, widest - WRAP_SLACK);
	let lineStart = runStart;
	let paragraphStart = -1;
	let paragraphEnd = -1;
	let previousWidth = 0;
	let previousHeading = false;
	let previousTable = false;
	while (lineStart <= runEnd) {
		const lineEnd = endOfLine(body, lineStart);
		const start = trimmedStart(body, lineStart, lineEnd);
		const end = trimmedEnd(body, start, lineEnd);
		const heading = markerLength(body, HEADING, start, end) > 0;
		const table = hasColumnGap(body, start, end);
		const soft =
			paragraphStart !== -1 &&
			wrapped &&
			previousWidth >= minimum &&
			!previousHeading &&
			!previousTable &&
			!heading &&
			!table &&
			markerLength(body, BULLET, start, end) === 0;
		if (!soft) {
			if (paragraphStart !== -1) {
				push(body, paragraphStart, paragraphEnd, out);
			}

			paragraphStart = start;
		}

		paragraphEnd = end;
		previousWidth = end - start;
		previousHeading = heading;
		previousTable = table;
		lineStart = lineEnd + 1;
	}

	if (paragraphStart !== -1) {
		push(body, paragraphStart, paragraphEnd, out);
	}
}

function push(body: string, start: number, end: number, out: Paragraphs): void {
	const marker = markerLength(body, BULLET, start, end) || markerLength(body, HEADING, start, end);
	out.spans.push({start, end});
	out.contentStarts.push(start + marker);
}

/** The length of a list marker or heading mark at `start`, or 0; never the whole line, so a bare "-" is text. */
function markerLength(body: string, marker: RegExp, start: number, end: number): number {
	if (!mayStartMarker(body, start)) {
		return 0;
	}

	marker.lastIndex = start;
	const match = marker.exec(body);
	return match === null || start + match[0].length >= end ? 0 : match[0].length;
}

// Most lines start with a capital letter; checking one character first spares a regex run on each of them.
function mayStartMarker(body: string, start: number): boolean {
	const first = body[start] ?? '';
	return (
		'#-*•·–+('.includes(first) ||
		(first >= '0' && first <= '9') ||
		(first >= 'a' && first <= 'z' && body[start + 1] === ')')
	);
}

/**
 * Whether a line has a tab, a run of three spaces or a " | " inside it: the columns of a table typed as text (or
 * converted from a web page or Markdown). Its rows are as even as wrapped prose, so width alone would glue them into
 * one paragraph.
 */
function hasColumnGap(body: string, start: number, end: number): boolean {
	let spaces = 0;
	for (let index = start; index < end; index++) {
		const code = body.charCodeAt(index);
		if (code === 0x09) {
			return true;
		}

		if (code === 0x7c && body.charCodeAt(index - 1) === 0x20 && body.charCodeAt(index + 1) === 0x20) {
			return true;
		}

		spaces = code === 0x20 ? spaces + 1 : 0;
		if (spaces === 3) {
			return true;
		}
	}

	return false;
}

function endOfLine(body: string, from: number): number {
	const end = body.indexOf('\n', from);
	return end === -1 ? body.length : end;
}

function skipBlankLines(body: string, from: number): number {
	let position = from;
	while (position < body.length) {
		const end = endOfLine(body, position);
		if (!isBlank(body, position, end)) {
			return position;
		}

		position = end + 1;
	}

	return body.length;
}

function isBlank(body: string, start: number, end: number): boolean {
	return trimmedStart(body, start, end) === end;
}

function trimmedStart(body: string, start: number, end: number): number {
	let position = start;
	while (position < end && isSpace(body.charCodeAt(position))) {
		position++;
	}

	return position;
}

function trimmedEnd(body: string, start: number, end: number): number {
	let position = end;
	while (position > start && isSpace(body.charCodeAt(position - 1))) {
		position--;
	}

	return position;
}

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}
