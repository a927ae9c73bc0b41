// Results printed as blocks: a heading line ("Ward One"), then the same rows under every heading ("For: 6",
// "Against: 14"), and often the same rows once more without a heading for the whole ("For: 250"). Read across the
// blocks, each row is a list by heading (votes for, ward by ward), whose whole is that last unheaded row.
import type {Article, Span} from '../../article/types.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';
import {NUMBERED} from './item-readers.ts';
import {readLines} from './line-lists.ts';

// Each block's rows by name as well, so that finding a row is a lookup: a block of 100,000 rows searched row by row
// for every row was quadratic (the bench's "- Ava 12: 7" lines).
type Block = {
	readonly heading: string;
	readonly span: Span;
	readonly rows: ItemDraft[];
	readonly byName: Map<string, ItemDraft>;
};

// A heading: a short line that opens in a capital or a digit, holds no figure of its own and ends no sentence.
// A full stop inside it is an abbreviation's ("St. Ives City Precinct 2").
const HEADING = /^\s*[\p{Lu}\d](?:[^.!?:;]|\.(?=\s*[^\s.])){1,38}\s*$/u;

// "Ward One", "Precinct 12": a heading whose figure numbers it.
const NUMBERED_HEADING = /^\s*([A-Z][a-z]+)\s+(?:\d{1,3}|[A-Z][a-z]+)\s*$/;

function numberedHeading(text: string): boolean {
	const word = NUMBERED_HEADING.exec(text)?.[1];
	return word !== undefined && NUMBERED.test(word);
}

// "Elm Township Precinct 1, 3 & 5 AV": the numbers of precincts, wards or districts that a heading names.
const NUMBERS_OF =
	/\b(?:precincts?|wards?|districts?|divisions?|zones?|sections?|units?|areas?)\s+\d{1,3}(?:\s*(?:,|&|and|-|–)\s*\d{1,3})*/gi;

/** A heading's figures all number what it names ("Precinct 1 & 2"): it holds no figure of its own. */
function onlyNumbering(text: string, span: Span, mentions: readonly NumberMention[]): boolean {
	const numbering: Span[] = [];
	NUMBERS_OF.lastIndex = 0;
	for (let match = NUMBERS_OF.exec(text); match !== null; match = NUMBERS_OF.exec(text)) {
		numbering.push({start: span.start + match.index, end: span.start + match.index + match[0].length});
	}

	return mentionsIn(mentions, span)
		.filter(isQuantity)
		.every(mention => numbering.some(range => mention.span.start >= range.start && mention.span.end <= range.end));
}

// "Total:" alone on its line: the rows after it are the whole's.
const TOTAL_HEADING = /^\s*(?:total|totals|grand total|overall|all precincts|county ?wide)\s*:?\s*$/i;

const TOTAL_ROW = /^(?:total|totals|grand total|overall|total(?: [a-z]+){1,3})$/;

function key(name: string): string {
	return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The lists of one run of blocks: one a row name that at least two blocks and half of them give. */
function listsOf(article: Article, blocks: readonly Block[], tail: readonly ItemDraft[]): ListDraft[] {
	if (blocks.length < 2) return [];
	// Names in the order first met, each with the first row that gives it.
	const names = new Map<string, ItemDraft>();
	for (const block of blocks) for (const [name, row] of block.byName) if (!names.has(name)) names.set(name, row);
	const tailByName = new Map<string, ItemDraft>();
	for (const row of tail) if (!tailByName.has(key(row.name))) tailByName.set(key(row.name), row);
	const lists: ListDraft[] = [];
	for (const [name, firstRow] of names) {
		const items = blocks.flatMap(block => {
			const row = block.byName.get(name);
			return row === undefined ? [] : [{...row, name: block.heading}];
		});
		if (items.length < 2 || items.length * 2 < blocks.length) continue;
		// "Total Votes" race by race, or "Number of Precincts 33" under every race: a column of totals or of one
		// constant divides nothing.
		if (TOTAL_ROW.test(name) || items.every(item => item.mention.value === items[0]!.mention.value)) continue;
		const first = blocks[0]!;
		const sentence = sentenceBefore(article, first.span.start);
		const whole = tailByName.get(name);
		lists.push({
			items,
			span: {start: first.span.start, end: items.at(-1)!.span.end},
			lead: {start: sentence === -1 ? first.span.start : article.sentences[sentence]!.start, end: first.span.start},
			totalLine: whole?.mention ?? null,
			// What the list counts is its row: "For The 2% Tax", ward by ward.
			measure: firstRow.name,
			sentence,
			// Every figure inside the blocks is some heading's row: the other rows are other lists', none left unread.
			cells: true,
		});
	}

	return lists;
}

/** Lists read across blocks of result lines that share their row names. */
export function blockLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	let blocks: Block[] = [];
	let tail: ItemDraft[] = [];
	// After a "Total:" line the rows are the whole's, whatever their names.
	let inTotal = false;
	const close = (): void => {
		lists.push(
			...listsOf(
				article,
				blocks.filter(block => block.rows.length >= 2),
				tail,
			),
		);
		blocks = [];
		tail = [];
		inTotal = false;
	};

	for (const {span, row} of readLines(article, mentions)) {
		const text = body.slice(span.start, span.end);
		if (text.trim() === '') continue;
		const current = blocks.at(-1);
		if (row !== null) {
			if (current === undefined) continue;
			if (inTotal || tail.length > 0 || current.byName.has(key(row.name))) {
				tail.push(row);
			} else {
				current.rows.push(row);
				current.byName.set(key(row.name), row);
			}
		} else if (TOTAL_HEADING.test(text) && blocks.length > 0 && !inTotal) {
			inTotal = true;
		} else if (HEADING.test(text) && (numberedHeading(text) || onlyNumbering(text, span, mentions))) {
			if (tail.length > 0 || inTotal) close();
			blocks.push({heading: text.trim(), span, rows: [], byName: new Map()});
		} else {
			close();
		}
	}

	close();
	return lists;
}
