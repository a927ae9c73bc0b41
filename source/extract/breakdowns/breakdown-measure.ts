// What a list counts (its measure), read from its own words: a table's header, the items' nouns, "Of the passengers,",
// "The traps came from …", "Deaths by province".
import type {Article} from '../../article/types.ts';
import {isPluralNoun} from '../numbers/number-context.ts';
import type {ListDraft} from './breakdown-items.ts';

function mostCommon(words: ReadonlyArray<string | null>): string | null {
	const counts = new Map<string, number>();
	for (const word of words) if (word !== null) counts.set(word, (counts.get(word) ?? 0) + 1);
	let best: string | null = null;
	for (const [word, count] of counts) if (best === null || count > counts.get(best)!) best = word;
	return best;
}

const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'were', 'was', 'are', 'is', 'had', 'has', 'have', 'and', 'or']);

/** "Deaths by province", "Net sales by segment were": the words before " by <category>". */
function measureFromLead(lead: string): string | null {
	const match =
		/(?:^|[^\w\s]\s*|\b(?:the|of|in)\s+)([A-Za-z]+(?: [a-z]+){0,2}) (?:by|per|in each|for each) (?:[a-z]+)\b/i.exec(
			lead,
		);
	if (match === null) return null;
	const words = match[1]!
		.toLowerCase()
		.split(' ')
		.filter(word => !['the', 'a', 'of'].includes(word));
	// "students who passed by district" names no measure: the phrase must end on a plural noun, with no clause in it.
	if (words.length === 0 || words.some(word => CLAUSE_WORDS.has(word)) || !isPluralNoun(words.at(-1)!)) return null;
	return words.join(' ');
}

/** "The traps came from five harbours:", "The deaths were in": the plural noun a list's own sentence is about. */
function measureFromSubject(lead: string): string | null {
	const match =
		/^(?:the|all|those|these)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:came|come|were|are|went|was|broke down|break down|split|divide|divided|included|include)\b/i.exec(
			lead.trim(),
		);
	const noun = match?.[1]?.toLowerCase();
	return noun !== undefined && isPluralNoun(noun) ? noun : null;
}

/** "Of the passengers, 87 were…": the noun a sentence opens on. */
function measureFromOpening(lead: string): string | null {
	const match = /^(?:of|among) (?:the|those|these) ([a-z]+(?: [a-z]+)?)\s*,/i.exec(lead.trim());
	if (match !== null) return match[1]!.toLowerCase();
	// "As for the rest of the cases, 10 are …", "Of the remaining deaths, …": the noun of the whole the rest is of.
	const rest = /^(?:as for|for|of|among) the (?:rest|remainder) of (?:the|those|these) ([a-z]+)\s*,/i.exec(lead.trim());
	const noun = rest?.[1]?.toLowerCase();
	return noun !== undefined && isPluralNoun(noun) ? noun : null;
}

// How much of a lead, from its start or its end, says what a list counts.
const LEAD_REACH = 300;

/** What a list counts, from its own words: a table's header, the items' nouns, "Of the passengers,", "Deaths by …". */
export function leadMeasure(article: Article, list: ListDraft): string | null {
	const {body} = article;
	// The words a lead opens on and the words right before the list, each within a reach: a long sentence may hold
	// many lists, and reading the whole lead of each was quadratic.
	const {start, end} = list.lead;
	const opening = body.slice(start, Math.min(end, start + LEAD_REACH));
	const tail = body.slice(Math.max(start, end - LEAD_REACH), end);
	const before = list.sentence > 0 ? article.sentences[list.sentence - 1]!.start : start;
	return (
		list.measure ??
		mostCommon(list.items.map(item => item.noun)) ??
		measureFromOpening(opening) ??
		measureFromSubject(opening) ??
		measureFromLead(tail) ??
		(list.sentence > 0 ? measureFromLead(body.slice(Math.max(before, start - LEAD_REACH), start)) : null)
	);
}
