// A list split over paragraphs: "The most deaths have been in Harris County at 43, followed by Travis County at 28 …"
// then "Elsewhere in North Texas, nine people died in Tarrant County, two in Collin County …". One total covers both
// (the 210 storm deaths), so each half held to it alone would be short, or worse, the second half's places would be
// read as a list of their own. Joined, the halves are the list the article gives.
import type {Article} from '../../article/types.ts';
import {nounKey, sentenceBefore, type ListDraft} from './breakdown-items.ts';

// Words that open the second half as more of the same: "Elsewhere in …", "In addition, …", "Other counties …".
const CONTINUES = /^\W*(?:elsewhere|in addition|additionally|also|other|others|meanwhile|further|the rest)\b/i;

function key(list: ListDraft): string | null {
	const noun = list.measure ?? list.items.find(item => item.noun !== null)?.noun ?? null;
	return noun === null ? null : nounKey(noun);
}

/** Whether `next` continues `list`: the next paragraph or two sentences on, the same kind, new names, a cue. */
function continues(article: Article, list: ListDraft, next: ListDraft): boolean {
	const {body, sentences} = article;
	const lastIndex = sentenceBefore(article, list.span.end);
	const last = sentences[lastIndex];
	const first = sentences[next.sentence];
	if (last === undefined || first === undefined || next.sentence <= lastIndex) return false;
	if (next.sentence - lastIndex > 3 || first.paragraph - last.paragraph > 1) return false;
	if (next.items[0]!.mention.kind !== list.items[0]!.mention.kind) return false;
	if (list.totalLine !== null || next.totalLine !== null) return false;
	const names = new Set(list.items.map(item => item.name.toLowerCase()));
	if (next.items.some(item => names.has(item.name.toLowerCase()))) return false;
	const [a, b] = [key(list), key(next)];
	if (a !== null && b !== null && a !== b) return false;
	return CONTINUES.test(body.slice(first.start, next.items[0]!.span.start)) || rankingGoesOn(list, next);
}

/**
 * "Ashby posted 54, Brill 53 …" then, a sentence on, "Pell recorded 27, Quarry 25 …": a ranking carried on where the
 * last one stopped, each half in falling order and the second no higher than the first's last. No cue is needed: the
 * order says they are one list.
 */
function rankingGoesOn(list: ListDraft, next: ListDraft): boolean {
	const values = [...list.items, ...next.items].map(item => item.mention.value);
	if (list.items.length < 2 || next.items.length < 2) return false;
	// Ties are ranked too ("53 each"), but a list of one repeated figure is no ranking.
	if (values.every(value => value === values[0])) return false;
	return values.every((value, k) => k === 0 || value <= values[k - 1]!);
}

/** Joins each list with the lists that continue it, in text order. */
export function joinContinued(article: Article, lists: readonly ListDraft[]): ListDraft[] {
	const sorted = lists.toSorted((a, b) => a.span.start - b.span.start);
	const joined: ListDraft[] = [];
	for (const list of sorted) {
		const previous = joined.at(-1);
		if (previous !== undefined && continues(article, previous, list)) {
			joined[joined.length - 1] = {
				...previous,
				items: [...previous.items, ...list.items],
				span: {start: previous.span.start, end: list.span.end},
				sentence: previous.sentence,
				unreadMember: previous.unreadMember === true || list.unreadMember === true,
			};
		} else {
			joined.push(list);
		}
	}

	return joined;
}
