// Words that present a list as some of its whole, not all of it: before it ("including", "such as", "the top five")
// and after it in its sentence ("… and the rest elsewhere").
import type {Article} from '../../article/types.ts';
import type {ListDraft} from './breakdown-items.ts';

// Words that introduce a list as a selection rather than the whole. "which include both locals and visitors" says what a
// whole is made of, not that some of it is listed.
export const PARTIAL =
	/\b(?:including|(?:includes|include|included)(?!\s+both\b)|such as|among them|among those|among the|notably|led by|like|with the most|the most|the largest|the biggest|the highest|top \w+|some of|several|for example|for instance|the rest of|the remainder of)\b/i;

// After the list in its sentence, words that say it leaves some out: "…, with the remaining cases spread across five
// other counties", "… and the rest elsewhere".
const PARTIAL_AFTER =
	/\b(?:the remaining|the rest|the remainder|the others|others|elsewhere|other (?:counties|cities|states|towns|places|areas|districts|regions|countries|provinces|schools|hospitals|sites|locations))\b/i;

/** Whether the words after a list in its sentence say it is not the whole. */
export function partialAfter(article: Article, list: ListDraft): boolean {
	const sentence = article.sentences[list.sentence];
	if (sentence === undefined || list.span.end >= sentence.end) return false;
	return PARTIAL_AFTER.test(article.body.slice(list.span.end, Math.min(sentence.end, list.span.end + 120)));
}
