import {Box} from 'ink';
import {memo} from 'react';
import type {Span} from '../extract/types.ts';
import type {EvidenceSource} from './evidence.ts';
import {evidenceLocation, passagesFor} from './evidence.ts';
import type {Evidence, Line, Segment} from './pane-model.ts';
import {neutralize, sanitize} from './sanitize.ts';
import {moreLine} from './scroll-list.tsx';
import {StyledLine} from './styled-line.tsx';
import {wrapRanges} from './text-fit.ts';

type Props = {
	readonly article: EvidenceSource;
	readonly evidence: Evidence;
	readonly width: number;
	readonly height: number;
};

/** The lines of one passage, wrapped, with every span inside it highlighted. */
export function passageLines(
	body: string,
	passage: Span,
	spans: readonly Span[],
	width: number,
): {lines: Line[]; firstHighlight: number} {
	// Length-preserving, so the spans' offsets still line up with the text shown.
	const text = neutralize(body.slice(passage.start, passage.end));
	const inside = spans
		.map(span => ({start: span.start - passage.start, end: span.end - passage.start}))
		.filter(span => span.end > 0 && span.start < text.length);
	let firstHighlight = -1;
	const lines = wrapRanges(text, width).map((range, lineIndex): Line => {
		const cuts = new Set([range.start, range.end]);
		for (const span of inside) {
			for (const edge of [span.start, span.end]) {
				if (edge > range.start && edge < range.end) {
					cuts.add(edge);
				}
			}
		}

		const points = [...cuts].sort((a, b) => a - b);
		const segments: Segment[] = [];
		for (let i = 0; i + 1 < points.length; i++) {
			const from = points[i]!;
			const to = points[i + 1]!;
			const lit = inside.some(span => span.start <= from && span.end >= to);
			if (lit && firstHighlight < 0) {
				firstHighlight = lineIndex;
			}

			segments.push({text: text.slice(from, to), ...(lit ? {role: 'highlight' as const} : {})});
		}

		return segments;
	});
	return {lines, firstHighlight};
}

/**
 * The part of a passage worth wrapping: all of it when it is short, else a window of `reach` characters around the
 * first span inside it. A 100,000-character "sentence" (a table flattened into one line, a hostile file) is then
 * wrapped a few screens deep instead of a thousand.
 */
export function passageWindow(passage: Span, spans: readonly Span[], reach: number): Span {
	if (passage.end - passage.start <= reach * 2) {
		return passage;
	}

	const focus = spans.find(span => span.end > passage.start && span.start < passage.end)?.start ?? passage.start;
	const start = Math.max(passage.start, focus - Math.floor(reach / 2));
	const end = Math.min(passage.end, start + reach * 2);
	return {start: Math.max(passage.start, Math.min(start, end - reach * 2)), end};
}

/** Every line of the evidence (passages wrapped, "…" between them) and the first highlighted line. */
export function evidenceLines(
	article: EvidenceSource,
	evidence: Evidence,
	width: number,
	height: number,
): {lines: Line[]; focus: number} {
	const lines: Line[] = [];
	let focus = -1;
	// Enough text to fill a few screens on either side of the span.
	const reach = Math.max(500, width * height * 2);
	for (const [index, passage] of passagesFor(article.sentences, evidence.spans).entries()) {
		if (index > 0) {
			lines.push([{text: '…', role: 'muted'}]);
		}

		const shown = passageWindow(passage, evidence.spans, reach);
		if (shown.start > passage.start) {
			lines.push([{text: `… (${shown.start - passage.start} characters before)`, role: 'muted'}]);
		}

		const {lines: passageText, firstHighlight} = passageLines(article.body, shown, evidence.spans, width);
		if (focus < 0 && firstHighlight >= 0) {
			focus = lines.length + firstHighlight;
		}

		// One by one: a spread passes every line as an argument, and a long passage overflows the call stack.
		for (const line of passageText) lines.push(line);
		if (shown.end < passage.end) {
			lines.push([{text: `… (${passage.end - shown.end} characters after)`, role: 'muted'}]);
		}
	}

	return {lines, focus};
}

/** Enter: the article sentence(s) behind a row, the evidence highlighted, and where it sits in the article. */
export const EvidenceView = memo(function EvidenceView({article, evidence, width, height}: Props) {
	const {lines, focus} = evidenceLines(article, evidence, width, height);
	// Long passages: keep the first highlighted line in view, with a line each for the "more" indicators.
	const room = Math.max(1, height - 3);
	const fits = lines.length <= room;
	const shown = fits ? lines.length : Math.max(1, room - 2);
	const start = fits ? 0 : Math.max(0, Math.min(focus - 1, lines.length - shown));
	const visible = lines.slice(start, start + shown);
	const hiddenAbove = start;
	const hiddenBelow = lines.length - start - visible.length;

	return (
		<Box flexDirection="column" width={width}>
			<StyledLine
				line={[{text: 'Evidence', role: 'heading'}, {text: ` · ${sanitize(evidence.label)}`}]}
				width={width}
			/>
			<StyledLine line={[{text: evidenceLocation(article.paragraphs, evidence.spans), role: 'muted'}]} width={width} />
			<StyledLine line={[]} width={width} />
			{hiddenAbove > 0 ? <StyledLine line={moreLine(hiddenAbove, 'up')} width={width} /> : null}
			{visible.map((line, index) => (
				<StyledLine key={`evidence-${start + index}`} line={line} width={width} />
			))}
			{hiddenBelow > 0 ? <StyledLine line={moreLine(hiddenBelow, 'down')} width={width} /> : null}
		</Box>
	);
});
