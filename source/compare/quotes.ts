// The Quotes section: one quotation as each article prints it, the words that changed against the reference
// article's wording, and whether the articles give it to the same person.
import type {Quote, Report} from '../extract/types.ts';
import {nameWords} from './names.ts';
import type {QuoteCell, QuoteRow} from './types.ts';
import {wordDiff, wordsChanged, wordsOf} from './word-diff.ts';

// Two quotations are one when most of the longer one's words are the other's, in order; or when a short fragment
// ("remarkably calm") is nearly all found in a longer quotation, as outlets quote part of a sentence.
const minimumShare = 0.5;
const fragmentShare = 0.9;
const fragmentWords = 4;

/** Whether two quotations are one quotation, however its words drifted. */
export function sameQuotation(a: string, b: string): boolean {
	const same = wordDiff(a, b)
		.filter(part => part.kind === 'same')
		.reduce((n, part) => n + wordsOf(part.text).length, 0);
	const lengths = [wordsOf(a).length, wordsOf(b).length];
	const longer = Math.max(...lengths);
	const shorter = Math.min(...lengths);
	if (longer === 0) {
		return false;
	}

	return same / longer >= minimumShare || (shorter >= fragmentWords && same / shorter >= fragmentShare);
}

/**
 * Whether two speakers' names are one person as written: the same words, or one the other's last words ("Korhonen",
 * "Ilse Korhonen", "Chief Warden Ilse Korhonen").
 */
export function sameSpeaker(a: string, b: string): boolean {
	const wa = nameWords(a);
	const wb = nameWords(b);
	const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
	return short.length > 0 && short.every((word, index) => long[long.length - short.length + index] === word);
}

type Building = {quotes: Array<Quote | null>};

export function compareQuotes(reports: readonly Report[], reference: number): QuoteRow[] {
	const rows: Building[] = [];
	reports.forEach((report, column) => {
		for (const quote of report.quotes) {
			if (quote.kind !== 'quotation') {
				continue;
			}

			const row = rows.find(
				candidate =>
					candidate.quotes[column] === null &&
					candidate.quotes.some(other => other !== null && sameQuotation(other.text, quote.text)),
			);
			if (row === undefined) {
				const quotes: Array<Quote | null> = reports.map(() => null);
				quotes[column] = quote;
				rows.push({quotes});
			} else {
				row.quotes[column] = quote;
			}
		}
	});

	return rows
		.filter(row => row.quotes.filter(quote => quote !== null).length >= 2)
		.map((row, index) => quoteRow(`quote-${index + 1}`, row.quotes, reference));
}

function quoteRow(id: string, quotes: ReadonlyArray<Quote | null>, reference: number): QuoteRow {
	const base = quotes[reference] ?? quotes.find(quote => quote !== null) ?? null;
	const cells: Array<QuoteCell | null> = quotes.map(quote => {
		if (quote === null) {
			return null;
		}

		const diff = wordDiff(base?.text ?? quote.text, quote.text);
		return {
			text: quote.text,
			speaker: quote.speaker?.name ?? null,
			span: quote.span,
			diff,
			changed: wordsChanged(diff),
		};
	});
	const speakers = cells.map(cell => cell?.speaker ?? null).filter((name): name is string => name !== null);
	return {
		id,
		speaker: base?.speaker?.name ?? null,
		cells,
		wordsChanged: cells.some(cell => cell?.changed === true),
		speakersDiffer: speakers.some(name => !sameSpeaker(name, speakers[0]!)),
	};
}
