// The drafts that list finders share: an item (a name, its figure and the shape it was written in) and a list of them
// before it becomes a Breakdown. The finders: sentence-lists.ts, line-lists.ts, breakdown-tables.ts, breakdown-sums.ts.
import type {Article, Span} from '../../article/types.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

export type Shape =
	| 'paren'
	| 'separator'
	| 'verb'
	| 'elided'
	| 'bare'
	| 'preposition'
	| 'category'
	| 'counted'
	| 'where'
	| 'with'
	| 'respectively'
	| 'line'
	| 'row'
	| 'age'
	| 'modified';

/** One list item before it becomes part of a Breakdown. */
export type ItemDraft = {
	readonly name: string;
	readonly mention: NumberMention;
	readonly span: Span;
	/** The noun written with the number inside the item: "(41 deaths)" → "deaths". */
	readonly noun: string | null;
	readonly shape: Shape;
};

/** A list found in the text, with where its lead (the words that introduce it) begins. */
export type ListDraft = {
	readonly items: readonly ItemDraft[];
	readonly span: Span;
	/** From the start of the sentence (or the line before a bulleted list) to the first item. */
	readonly lead: Span;
	/** A "Total: N" line closing a bulleted list. */
	readonly totalLine: NumberMention | null;
	/**
	 * The total line stands above the rows ("Total Votes 18,120", then the candidates): a summary's total, of which the
	 * rows printed may leave some out (write-ins), so a list short of it is no error.
	 */
	readonly totalLeads?: boolean;
	/** What a table's header names the counted column ("Votes"), else null: prose lists find it in their words. */
	readonly measure: string | null;
	/** Sentence index of the lead, for looking at the sentences around it. */
	readonly sentence: number;
	/**
	 * A figure of the items' kind ends the list but reads as no item ("70 went to Ruiz, 45 to Chen and 5 were
	 * spoiled"): the items found are not the whole list.
	 */
	readonly unreadMember?: boolean;
	/** The figure the items were found to add up to (breakdown-sums.ts): the list's total by its arithmetic. */
	readonly whole?: NumberMention;
	/**
	 * The items are some of the whole, not all: a ranking's top entries, or parts that fall short of a stated total (then
	 * `whole` is that total, and the link to it is loose).
	 */
	readonly partial?: boolean;
	/**
	 * The list's whole can only be stated in its own sentence: a race result's figures in the sentences before it are
	 * other counties' or other races' ("9,267 votes in Crawford County" is no total of Ottawa County's race).
	 */
	readonly ownSentenceTotal?: boolean;
	/**
	 * Read cell by cell from an aligned table: every figure in its rows is a cell of some column, so the figures that
	 * are not this list's items are other columns', never members left unread.
	 */
	readonly cells?: true;
};

/** Shapes read only in a list after its total; they mix: "3,598 men, 2,791 women and 23 in the open division". */
export function totalLed(item: ItemDraft): boolean {
	return item.shape === 'category' || item.shape === 'counted';
}

/** "heat deaths" and "death" count the same thing: the last word, singular. */
export function nounKey(noun: string): string {
	const last = noun.slice(noun.lastIndexOf(' ') + 1).toLowerCase();
	return last.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** The index of the last sentence that starts before `offset`, or -1. */
export function sentenceBefore(article: Article, offset: number): number {
	let low = 0;
	let high = article.sentences.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (article.sentences[middle]!.start < offset) low = middle + 1;
		else high = middle;
	}

	return low - 1;
}

// What a box score counts, each its own measure: "13 rebounds, 6 assists and 2 steals" or "field goals made 18,
// field goals attempted 37" is a stat line, no parts of one whole.
const STAT =
	/^(?:(?:total|offensive|defensive|second[- ]chance|bench|fast[- ]break)\s+)?(?:points?|rebounds?|assists?|steals?|blocks?|turnovers?|fouls?|(?:three-point\s+)?field goals?(?:\s+(?:made|attempted))?|three-pointers?(?:\s+(?:made|attempted))?|free throws?(?:\s+(?:made|attempted))?|yards?|touchdowns?|interceptions?|sacks?|tackles?|receptions?|strikeouts?|aces|kills|digs)$/i;

/** Whether two items or more are named by different box-score measures: a stat line, whichever reader found it. */
export function isStatLine(items: readonly ItemDraft[]): boolean {
	return new Set(items.filter(item => STAT.test(item.name)).map(item => item.name.toLowerCase())).size >= 2;
}
