// What every report must hold whatever the article: the invariants the whole-pipeline properties assert. Each returns
// the first broken one as a sentence (with the values that broke it) or null, so a failing case says what went wrong.
import stringWidth from 'string-width';
import type {Report, Span} from '../../source/extract/types.ts';

function spanProblem(span: Span, length: number, what: string): string | null {
	const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end;
	return ok && span.end <= length ? null : `${what} span ${span.start}–${span.end} is outside the body of ${length}`;
}

/** A figure sum may differ from the items' only by floating-point addition in another order. */
function sameSum(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A quotation interrupted by its attribution ("“A,” she said, “b.”") is one quote: its words are in its span, in order. */
function wordsInOrder(text: string, within: string): boolean {
	let at = 0;
	for (const word of text.split(/\s+/)) {
		const found = word === '' ? at : within.indexOf(word.replace(/[.,;:!?]+$/, ''), at);
		if (found === -1) return false;
		at = found;
	}

	return true;
}

/** Every span indexes the body; sums, totals and differences are the arithmetic of the items they name. */
export function reportProblem(report: Report): string | null {
	const {body} = report.article;
	const length = body.length;
	const spans: Array<[Span, string]> = [];
	for (const span of report.article.paragraphs) spans.push([span, 'paragraph']);
	for (const span of report.article.sentences) spans.push([span, 'sentence']);
	const breakdowns = new Map(report.breakdowns.map(breakdown => [breakdown.id, breakdown]));
	for (const breakdown of report.breakdowns) {
		spans.push([breakdown.span, `breakdown ${breakdown.id}`]);
		let sum = 0;
		for (const item of breakdown.items) {
			spans.push([item.span, `item of ${breakdown.id}`]);
			sum += item.value;
		}

		if (breakdown.items.length === 0) return `breakdown ${breakdown.id} has no items`;
		if (!sameSum(sum, breakdown.sum))
			return `breakdown ${breakdown.id}: items add up to ${sum}, sum says ${breakdown.sum}`;
		if (breakdown.statedTotal !== null) spans.push([breakdown.statedTotal.span, `total of ${breakdown.id}`]);
		if (breakdown.parent !== null) {
			const parent = breakdowns.get(breakdown.parent.breakdownId);
			if (parent?.items[breakdown.parent.itemIndex] === undefined) {
				return `breakdown ${breakdown.id} divides an item that does not exist`;
			}
		}
	}

	for (const check of report.checks) {
		for (const span of check.spans) spans.push([span, `check ${check.id}`]);
		if (check.difference !== null && Math.abs(check.actual - check.expected - check.difference) > 1e-5) {
			return `check ${check.id}: ${check.actual} − ${check.expected} is not the difference ${check.difference}`;
		}

		if (check.verdict === 'inconsistent' && check.difference === 0) {
			return `check ${check.id} is ✗ with no difference`;
		}

		if (check.kind === 'breakdown-total' && check.breakdownId !== null) {
			const breakdown = breakdowns.get(check.breakdownId);
			if (breakdown?.statedTotal === null || breakdown === undefined) {
				return `check ${check.id} checks ${check.breakdownId}, which has no stated total`;
			}

			if (!sameSum(check.actual, breakdown.sum) || check.expected !== breakdown.statedTotal.value) {
				return `check ${check.id}: ${check.actual} against ${check.expected}, breakdown says ${breakdown.sum} against ${breakdown.statedTotal.value}`;
			}
		}
	}

	for (const quote of report.quotes) {
		spans.push([quote.span, `quote ${quote.id}`]);
		if (!wordsInOrder(quote.text, body.slice(quote.span.start, quote.span.end))) {
			return `quote ${quote.id}: ${JSON.stringify(quote.text)} is not in its span`;
		}
	}

	for (const entry of report.timeline) {
		spans.push([entry.span, `date ${entry.id}`], [entry.sentence, `sentence of ${entry.id}`]);
	}

	for (const [span, what] of spans) {
		const problem = spanProblem(span, length, what);
		if (problem !== null) return problem;
	}

	return null;
}

/** Colour codes (SGR) are the only escape sequences a frame may contain, and only when colour is on. */
export const sgr = /\u001B\[[\d;]*m/g;
const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** A frame is at most `rows` lines of at most `cols` cells, with no raw control character in what is visible. */
export function frameProblem(frame: string, cols: number, rows: number, color: boolean): string | null {
	const visible = color ? frame.replaceAll(sgr, '') : frame;
	if (rawControl.test(visible)) {
		return `raw control character: ${JSON.stringify(visible)}`;
	}

	const lines = visible.split('\n');
	const wide = lines.find(line => stringWidth(line) > cols);
	if (lines.length > rows || wide !== undefined) {
		return `frame of ${lines.length} lines (of ${rows}) with a line of ${stringWidth(wide ?? '')} cells (of ${cols})`;
	}

	return null;
}

// Output a report and its exports may reach: the article once or a few times over (quotes and names are its words,
// JSON escapes them), and per finding — an item, a quote, a date, a check — a row of bounded size: its claim and
// arithmetic (about its own figures) and at most 2 × 160 characters of evidence. A dense text ("““““1," repeated)
// has a finding every few characters, so rows, not the article, dominate; a sentence written whole beside each of
// its rows (what the exports once did) is far past either.
export const outputPerCharacter = 40;
export const outputPerRow = 1000;
export const outputSlack = 64 * 1024;

/** The most output a report of this article and these findings may give. */
export function outputBound(report: Report): number {
	const items = report.breakdowns.reduce((sum, breakdown) => sum + breakdown.items.length + 2, 0);
	const rows = items + report.quotes.length + report.timeline.length + report.checks.length;
	return outputPerCharacter * report.article.body.length + outputPerRow * rows + outputSlack;
}
