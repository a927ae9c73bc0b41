// The Quotes section of the Compare pane: the reference wording, then per article what changed in it: "−word" for
// words it lost, "+word" for words it gained, "old → new" for a replacement, and who it is given to when that
// differs. Signs, not only colours, so the difference reads under NO_COLOR.
import {sameSpeaker} from '../compare/quotes.ts';
import type {CompareReport, QuoteCell, QuoteRow, WordDiffPart} from '../compare/types.ts';
import {articleName, type CompareLayout} from './compare-columns.ts';
import {disagreeMark, noEvidence} from './compare-counts-lines.ts';
import type {CompareItem} from './compare-model.ts';
import type {Evidence, Line, Segment} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import {wrap} from './text-fit.ts';

const maxQuoteLines = 2;

/** The changes of a word diff as segments: replacements paired, unchanged words left out. */
export function changeSegments(diff: readonly WordDiffPart[]): Segment[] {
	const segments: Segment[] = [];
	for (let index = 0; index < diff.length; index++) {
		const part = diff[index]!;
		const next = diff[index + 1];
		if (part.kind === 'same') {
			continue;
		}

		if (segments.length > 0) {
			segments.push({text: ' · ', role: 'muted'});
		}

		if (part.kind === 'removed' && next?.kind === 'added') {
			segments.push({text: `“${sanitize(part.text)}” → “${sanitize(next.text)}”`, role: 'bad'});
			index++;
		} else {
			const sign = part.kind === 'removed' ? '−' : '+';
			segments.push({text: `${sign}“${sanitize(part.text)}”`, role: part.kind === 'removed' ? 'bad' : 'ok'});
		}
	}

	return segments;
}

function cellLine(compare: CompareReport, row: QuoteRow, cell: QuoteCell, column: number): Line {
	const lead: Segment = {text: `    ${articleName(compare, column)}: `, role: 'muted'};
	const changes = cell.changed ? changeSegments(cell.diff) : [{text: 'same words', role: 'muted' as const}];
	const speaker =
		cell.speaker !== null && row.speaker !== null && !sameSpeaker(cell.speaker, row.speaker)
			? [{text: ` · said by ${sanitize(cell.speaker)}`, role: 'bad' as const}]
			: [];
	return [lead, ...changes, ...speaker];
}

function quoteItem(compare: CompareReport, row: QuoteRow, layout: CompareLayout, index: number): CompareItem {
	const reference = row.cells[compare.reference] ?? row.cells.find(cell => cell !== null) ?? null;
	// A quotation cut before its attribution keeps the comma that led into it ("…the estuary," she said): not shown.
	const words = sanitize(reference?.text ?? '').replace(/[,;:]$/, '');
	const text = `“${words}” — ${sanitize(row.speaker ?? 'no speaker')}`;
	const wrapped = wrap(text, Math.max(1, layout.inner - 2));
	const shown = wrapped.length > maxQuoteLines ? [...wrapped.slice(0, maxQuoteLines - 1), '…'] : wrapped;
	const differs = row.wordsChanged || row.speakersDiffer;
	const lines: Line[] = shown.map((part, lineIndex) => [
		{text: lineIndex === 0 && differs ? disagreeMark : '  ', role: 'bad'},
		{text: part},
	]);
	for (const [column, cell] of row.cells.entries()) {
		if (cell !== null && cell !== reference) {
			lines.push(cellLine(compare, row, cell, column));
		}
	}

	const columns = row.cells.map((cell, column): Evidence | null =>
		cell === null ? null : {label: `quotation · ${articleName(compare, column)}`, spans: [cell.span]},
	);
	const heading = index === 0 ? [[{text: 'Quotes', role: 'heading' as const}]] : [];
	// The quotation whole (the drawn one may be cut to two lines) and every speaker.
	const texts = row.cells.flatMap(cell =>
		cell === null ? [] : [sanitize(cell.text), ...(cell.speaker === null ? [] : [sanitize(cell.speaker)])],
	);
	return {id: row.id, heading, lines, columns, texts, evidence: noEvidence};
}

export function quotesItems(compare: CompareReport, layout: CompareLayout): CompareItem[] {
	return compare.quotes.map((row, index) => quoteItem(compare, row, layout, index));
}
