import {Box} from 'ink';
import type {Span} from '../extract/types.ts';
import {evidencePassages, paragraphNumber} from './evidence.ts';
import type {Evidence, Line, Segment} from './pane-model.ts';
import {neutralize, sanitize} from './sanitize.ts';
import {moreLine} from './scroll-list.tsx';
import {StyledLine} from './styled-line.tsx';
import {wrapRanges} from './text-fit.ts';

type Props = {
	readonly body: string;
	readonly evidence: Evidence;
	readonly width: number;
	readonly height: number;
};

/** Where the evidence sits: "paragraph 3, chars 412–436". */
export function evidenceLocation(body: string, spans: readonly Span[]): string {
	const first = spans[0];
	if (first === undefined) {
		return 'no position in the article';
	}

	const more = spans.length > 1 ? ` (+${spans.length - 1} more)` : '';
	return `paragraph ${paragraphNumber(body, first.start)}, chars ${first.start}–${first.end}${more}`;
}

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

/** Enter: the article sentence(s) behind a row, the evidence highlighted, and where it sits in the article. */
export function EvidenceView({body, evidence, width, height}: Props) {
	const lines: Line[] = [];
	let focus = -1;
	for (const [index, passage] of evidencePassages(body, evidence.spans).entries()) {
		if (index > 0) {
			lines.push([{text: '…', role: 'muted'}]);
		}

		const {lines: passageText, firstHighlight} = passageLines(body, passage, evidence.spans, width);
		if (focus < 0 && firstHighlight >= 0) {
			focus = lines.length + firstHighlight;
		}

		lines.push(...passageText);
	}

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
			<StyledLine line={[{text: evidenceLocation(body, evidence.spans), role: 'muted'}]} width={width} />
			<StyledLine line={[]} width={width} />
			{hiddenAbove > 0 ? <StyledLine line={moreLine(hiddenAbove, 'up')} width={width} /> : null}
			{visible.map((line, index) => (
				<StyledLine key={`evidence-${start + index}`} line={line} width={width} />
			))}
			{hiddenBelow > 0 ? <StyledLine line={moreLine(hiddenBelow, 'down')} width={width} /> : null}
		</Box>
	);
}
