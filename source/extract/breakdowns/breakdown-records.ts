// Records in parentheses: "Stoddard County (105 total, 54 recoveries, six deaths) and Perry County (75 total, 56
// recoveries, no deaths)". Each parenthesis gives one place several measures; across the places, each measure is a
// list of its own (total by county, recoveries by county, deaths by county), as a roundup of a region is written.
import type {Article, Span} from '../../article/types.ts';
import {nounKey, sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {cleanName, isCapitalWord, trailingCapitalRun} from './item-names.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

type Field = {readonly noun: string; readonly mention: NumberMention};
type Record = {readonly name: string; readonly nameStart: number; readonly close: number; readonly fields: Field[]};

// One field: a figure (or "no") and the one or two words that say what it counts.
const FIELD = /^\s*(?:or\s+|and\s+)?(?:(no)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*$/;
// Records further apart than this many paragraphs belong to different roundups.
const PARAGRAPH_GAP = 1;

/** "no deaths": a count of none, read as the zero it says. */
function none(at: number): NumberMention {
	const span = {start: at, end: at + 2};
	return {value: 0, span, hedgedSpan: span, hedge: 'exact', kind: 'count', currency: null, scale: null, words: true};
}

/** The fields of one parenthesis, or null when any part is not "N noun" (a record is read whole or not at all). */
function fieldsOf(body: string, open: number, close: number, mentions: readonly NumberMention[]): Field[] | null {
	const inside = mentionsIn(mentions, {start: open, end: close}).filter(isQuantity);
	const fields: Field[] = [];
	let from = open + 1;
	// Each part runs to the next separator; its figure is the mention that starts it.
	for (const part of body.slice(open + 1, close).split(/[,;]/)) {
		const start = from;
		from += part.length + 1;
		const mention = inside.find(m => m.hedgedSpan.start >= start && m.span.end <= start + part.length);
		if (mention === undefined) {
			const zero = /^\s*(?:or\s+|and\s+)?no\s+([a-z][a-z-]*)\s*$/.exec(part);
			if (zero === null) return null;
			fields.push({noun: zero[1]!, mention: none(start + part.indexOf('no'))});
			continue;
		}

		if (
			body
				.slice(start, mention.hedgedSpan.start)
				.trim()
				.replace(/^(?:or|and)$/, '') !== ''
		)
			return null;
		const words = FIELD.exec(body.slice(mention.span.end, start + part.length));
		if (words === null || words[1] !== undefined) return null;
		fields.push({noun: words[2]!, mention});
	}

	return fields.length >= 2 ? fields : null;
}

/** Every "Name (N noun, M noun, …)" in the body, in text order. */
function recordsOf(body: string, mentions: readonly NumberMention[]): Record[] {
	const records: Record[] = [];
	const paren = /\(([^()\n]{5,160})\)/g;
	for (let match = paren.exec(body); match !== null; match = paren.exec(body)) {
		const open = match.index;
		const close = open + match[0].length - 1;
		const fields = fieldsOf(body, open, close, mentions);
		if (fields === null) continue;
		const before = body.slice(Math.max(0, open - 60), open).trimEnd();
		const name = cleanName(trailingCapitalRun(before.split(/[,;:.]\s/).at(-1) ?? ''));
		if (name === null || !isCapitalWord(name)) continue;
		records.push({name, nameStart: body.lastIndexOf(name, open), close: close + 1, fields});
	}

	return records;
}

/** One list per measure across a roundup's records, for measures given by two records or more. */
function roundupLists(article: Article, roundup: readonly Record[]): ListDraft[] {
	const byNoun = new Map<string, {noun: string; items: ItemDraft[]}>();
	for (const record of roundup) {
		for (const field of record.fields) {
			const key = nounKey(field.noun);
			const entry = byNoun.get(key) ?? {noun: field.noun, items: []};
			const span: Span = {start: record.nameStart, end: record.close};
			entry.items.push({name: record.name, mention: field.mention, span, noun: field.noun, shape: 'paren'});
			byNoun.set(key, entry);
		}
	}

	const lists: ListDraft[] = [];
	for (const {noun, items} of byNoun.values()) {
		const names = new Set(items.map(item => item.name));
		if (items.length < 2 || names.size < items.length) continue;
		const first = items[0]!;
		const sentence = sentenceBefore(article, first.span.start + 1);
		lists.push({
			items,
			span: {start: first.span.start, end: items.at(-1)!.span.end},
			lead: {start: sentence === -1 ? first.span.start : article.sentences[sentence]!.start, end: first.span.start},
			totalLine: null,
			// "105 total" names no measure: the list's measure is found in its words, as a prose list's is.
			measure: noun === 'total' ? null : noun,
			sentence,
		});
	}

	return lists;
}

/** Lists read from records in parentheses, one per measure a roundup gives for two places or more. */
export function recordLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const records = recordsOf(body, mentions);
	const paragraphOf = (offset: number): number =>
		sentences[Math.max(0, sentenceBefore(article, offset + 1))]?.paragraph ?? 0;
	const lists: ListDraft[] = [];
	let roundup: Record[] = [];
	for (const record of records) {
		const last = roundup.at(-1);
		if (last !== undefined && paragraphOf(record.nameStart) - paragraphOf(last.nameStart) > PARAGRAPH_GAP) {
			lists.push(...roundupLists(article, roundup));
			roundup = [];
		}

		roundup.push(record);
	}

	lists.push(...roundupLists(article, roundup));
	return lists;
}
