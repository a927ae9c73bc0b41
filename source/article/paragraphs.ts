import type {Span} from './types.ts';

/** A paragraph, and where its prose starts (after a list marker such as "- " or "1. "). */
export type ParagraphSpan = Span & {readonly contentStart: number};

type Line = {readonly start: number; readonly end: number; readonly text: string};

// Hard-wrapped text (e-mail, wire copy) keeps every line but the last close to one width; pasted web text puts a
// whole paragraph on one line. Breaks inside a wrapped block are soft; elsewhere each line stands alone, which keeps
// a short "Denver: 63" line or a byline apart from its neighbours.
const WRAP_MIN = 45;
const WRAP_MAX = 100;
const WRAP_SLACK = 30;

// A capital letter and a dot is an initial ("J. Edgar Hoover"), not a list marker, so letters count only as "a)" or "(a)".
const BULLET = /^(?:[-*•·–+]|\(?\d{1,3}[.)]|\([a-zA-Z]\)|[a-z]\))[ \t]+/;
const HEADING = /^#{1,6}[ \t]/;

/**
 * Splits the body into paragraphs: runs of non-blank lines, where each list item and each Markdown heading is a
 * paragraph of its own, and a run of lines that are not hard-wrapped prose gives one paragraph per line.
 */
export function findParagraphs(body: string): ParagraphSpan[] {
	const paragraphs: ParagraphSpan[] = [];
	let run: Line[] = [];
	let lineStart = 0;
	while (lineStart <= body.length) {
		let lineEnd = body.indexOf('\n', lineStart);
		if (lineEnd === -1) {
			lineEnd = body.length;
		}

		const line = trimLine(body, lineStart, lineEnd);
		if (line === null) {
			splitRun(run, paragraphs);
			run = [];
		} else {
			run.push(line);
		}

		lineStart = lineEnd + 1;
	}

	splitRun(run, paragraphs);
	return paragraphs;
}

function trimLine(body: string, start: number, end: number): Line | null {
	let from = start;
	let to = end;
	while (from < to && isSpace(body.charCodeAt(from))) {
		from++;
	}

	while (to > from && isSpace(body.charCodeAt(to - 1))) {
		to--;
	}

	return from === to ? null : {start: from, end: to, text: body.slice(from, to)};
}

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

function splitRun(run: readonly Line[], out: ParagraphSpan[]): void {
	const first = run[0];
	if (first === undefined) {
		return;
	}

	let widest = 0;
	for (let index = 0; index < run.length - 1; index++) {
		widest = Math.max(widest, run[index]!.text.length);
	}

	const wrapped = widest <= WRAP_MAX;
	let start = first;
	let end = first;
	for (let index = 1; index < run.length; index++) {
		const previous = run[index - 1]!;
		const line = run[index]!;
		const soft =
			wrapped &&
			previous.text.length >= Math.max(WRAP_MIN, widest - WRAP_SLACK) &&
			!isHeading(previous.text) &&
			!BULLET.test(line.text) &&
			!isHeading(line.text);
		if (soft) {
			end = line;
		} else {
			out.push(paragraph(start, end));
			start = line;
			end = line;
		}
	}

	out.push(paragraph(start, end));
}

function isHeading(text: string): boolean {
	return HEADING.test(text);
}

function paragraph(first: Line, last: Line): ParagraphSpan {
	const marker = BULLET.exec(first.text) ?? HEADING.exec(first.text);
	let contentStart = first.start + (marker?.[0].length ?? 0);
	if (contentStart >= last.end) {
		contentStart = first.start;
	}

	return {start: first.start, end: last.end, contentStart};
}
