// What a figure in a roundup counts, as a key its places share: the noun after it ("75 homes"), or, for people, what
// befell them ("12 people have been confirmed dead with 90 more injured"): a disaster's roundup gives each place its
// deaths and injuries so, and no noun tells the two apart.
import type {Span} from '../../article/types.ts';
import {nounKey} from './breakdown-items.ts';
import {CHANGE_AFTER, CHANGE_BEFORE} from './breakdown-prose.ts';
import {nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

const CASUALTY: ReadonlyArray<readonly [string, RegExp]> = [
	['deaths', /^(?:killed|dead|died|deaths?|fatalities|perished|lives)$/],
	['injured', /^(?:injured|injuries|hurt|wounded)$/],
	['missing', /^missing$/],
];
// The few words after a figure where what befell it is said, up to the next figure.
const REACH = 48;
// Words that may stand between a figure and what befell it: who was counted, said loosely.
const PEOPLE = /^(?:people|persons|others|more|another|deaths|injuries|dead|injured|killed)$/;
// "the floods killed 40 people and injured another 300": the verb before the figure says what befell them.
const VERB_BEFORE = /\b(killed|injured|wounded|hurt)\s+(?:another\s+|at\s+least\s+|some\s+)?$/;
// "with 90 more injured": more of another casualty beside the deaths, not a change in a count.
const ADDED = /^\s*more\s+(?:injured|hurt|wounded|dead|killed|missing)\b/;

export function isCasualty(key: string): boolean {
	return CASUALTY.some(([label]) => label === key);
}

function casualtyBefore(before: string): string | null {
	const verb = VERB_BEFORE.exec(before)?.[1];
	return verb === undefined ? null : verb === 'killed' ? 'deaths' : 'injured';
}

/** "people have been reported killed", "deaths", "others injured": the casualty the words after a figure name. */
function casualtyAfter(after: string): string | null {
	const words = after.toLowerCase().match(/[a-z]+/g) ?? [];
	// Only when the figure counts people or stands bare: "75 homes damaged" are no casualties.
	const first = words[0];
	if (first !== undefined && !PEOPLE.test(first) && !CASUALTY.some(([, word]) => word.test(first))) return null;
	for (const word of words.slice(0, 7)) {
		const found = CASUALTY.find(([, pattern]) => pattern.test(word));
		if (found !== undefined) return found[0];
	}

	return null;
}

/**
 * The measure a figure gives its place, or null for a figure that is no place's count: a change ("12 more cases"), a
 * whole it is a share of ("of 7,570 registered voters"), or a bare figure with no noun and no casualty. `around` is
 * where the figure's words may be read: from its paragraph's start to the next figure.
 */
export function measureKey(body: string, mention: NumberMention, around: Span): string | null {
	const before = body.slice(Math.max(around.start, mention.hedgedSpan.start - 24), mention.hedgedSpan.start);
	const casualty =
		casualtyBefore(before) ??
		casualtyAfter(body.slice(mention.span.end, Math.min(around.end, mention.span.end + REACH)));
	const added = casualty !== null && ADDED.test(body.slice(mention.span.end, mention.span.end + 24));
	if (!added && CHANGE_AFTER.test(body.slice(mention.span.end, mention.span.end + 24))) return null;
	const near = body.slice(Math.max(0, mention.hedgedSpan.start - 16), mention.hedgedSpan.start);
	// "A total of 2,100 homes … in the valley": the place's own figure, not a whole it is of.
	if (CHANGE_BEFORE.test(near) && !/\btotal of\s+$/i.test(near)) return null;
	const noun = nounAfter(body, mention.span.end);
	return casualty ?? (noun === null ? null : nounKey(noun));
}
