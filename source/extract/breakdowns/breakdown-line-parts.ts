// The parts a line gives its own figure in parentheses: "Ashby = 900 (trout = 500; perch = 250; pike = 150)",
// then "Brill = 610 (300, 200, 110)" under it, the labels written once on the first line. Each line's
// parenthesis is a list of its own whose whole is the line's figure, so the parts are checked against the part.
import type {ItemDraft, ListDraft} from './breakdown-items.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

// A part's label before its figure: "trout = 500", "pike: 150".
const LABEL_BEFORE = /([a-z][\w'’ -]{0,30}?)\s*[=:]\s*$/i;

type Parts = {readonly figures: readonly NumberMention[]; readonly labels: ReadonlyArray<string | null>};

/** The figures of the parenthesis right after an item's figure, with their labels, when they add up to it. */
function partsOf(body: string, item: ItemDraft, mentions: readonly NumberMention[]): Parts | null {
	const lineEnd = body.indexOf('\n', item.mention.span.end);
	const end = lineEnd === -1 ? body.length : lineEnd;
	const rest = body.slice(item.mention.span.end, end);
	const open = /^\s*\(/.exec(rest);
	const close = rest.lastIndexOf(')');
	if (open === null || close === -1) return null;
	const span = {start: item.mention.span.end + open[0].length, end: item.mention.span.end + close};
	const figures = mentionsIn(mentions, span).filter(isQuantity);
	if (figures.length < 2 || figures.some(figure => figure.kind !== item.mention.kind)) return null;
	const sum = figures.reduce((total, figure) => total + figure.value, 0);
	if (Math.abs(sum - item.mention.value) > 1e-9) return null;
	const labels = figures.map((figure, k) => {
		const from = k === 0 ? span.start : figures[k - 1]!.span.end;
		const before = body.slice(from, figure.hedgedSpan.start).replace(/^\s*[;,]\s*/, '');
		return LABEL_BEFORE.exec(before)?.[1]?.trim() ?? null;
	});
	return {figures, labels};
}

/** For each line list, the lists its lines' parentheses hold, labelled by the line that names them. */
export function lineParts(body: string, lists: readonly ListDraft[], mentions: readonly NumberMention[]): ListDraft[] {
	const found: ListDraft[] = [];
	for (const list of lists) {
		const read = list.items.map(item => ({item, parts: partsOf(body, item, mentions)}));
		// The labels a line writes out serve the lines with as many parts that write none.
		const named = read.find(({parts}) => parts !== null && parts.labels.every(label => label !== null))?.parts;
		for (const {item, parts} of read) {
			if (parts === null) continue;
			const labels =
				parts.labels.every(label => label === null) && named?.figures.length === parts.figures.length
					? named.labels
					: parts.labels;
			if (labels.some(label => label === null)) continue;
			const items: ItemDraft[] = parts.figures.map((figure, k) => ({
				name: labels[k]!,
				mention: figure,
				span: {start: figure.hedgedSpan.start, end: figure.span.end},
				noun: null,
				shape: 'line',
			}));
			found.push({
				items,
				span: {start: items[0]!.span.start, end: items.at(-1)!.span.end},
				lead: {start: item.span.start, end: items[0]!.span.start},
				totalLine: null,
				measure: list.measure,
				sentence: list.sentence,
				// The line's figure is the whole the parts add up to.
				whole: item.mention,
			});
		}
	}

	return found;
}
