// A part must not be larger than the whole it is said to be of: "Nine of the 13 council members", "19 of the county's
// 24 precincts", "3 (of 11)", "Of the 44 deaths, six were …".
import type {Article} from '../../article/types.ts';
import {formatValue, isAdjectival, mentionsIn, SpanIndex} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {Breakdown} from '../types.ts';
import {draft, type Draft} from './check-draft.ts';

// "N of the M", "N of all M": the only shape where a part larger than its whole is an error the article made, so the
// only one that may earn ✗.
const STRICT = /^\s*of\s+(?:the|all)\s+$/i;
// Looser ways to write a part of a whole: a noun after the part, a possessive or an adjective before the whole, a
// parenthesis. A part larger than such a whole may be a misreading ("80 of those 20-somethings"), so it is "?".
const LOOSE =
	/^\s*(?:[a-z]+\s+)?\(?\s*of\s+(?:(?:the|all|its|their|his|her|our|those|these)\s+)?(?:[\p{L}.'’-]+(?:'s|’s)\s+)?(?:[a-z]+\s+){0,2}$/iu;
// "Of the 44 latest deaths, six …": the whole opens the sentence, the part follows its comma.
const OPENING = /^\s*(?:out\s+)?of\s+(?:the|all|those|these)\s+$/i;

function isCount(mention: NumberMention, body: string): boolean {
	return mention.kind === 'count' && !isAdjectival(body, mention);
}

function subsetDraft(part: NumberMention, whole: NumberMention, strict: boolean): Draft {
	const holds = part.value <= whole.value;
	const [a, w] = [formatValue(part.value), formatValue(whole.value)];
	const claim = holds
		? `${a} is a part of the ${w} it is counted among.`
		: strict
			? `${a} cannot be a part of only ${w}.`
			: `${a} is more than the ${w} it seems to be counted among; the wording does not make plain that ${w} is its whole.`;
	return draft(
		'subset',
		holds ? 'consistent' : strict ? 'inconsistent' : 'unverifiable',
		claim,
		`${a} ${holds ? '≤' : '>'} ${w}`,
		whole.value,
		part.value,
		[part.span, whole.span],
	);
}

/** The whole a sentence opens on ("Of the 44 deaths,") and the part right after its comma, if the sentence has both. */
function openingPair(
	body: string,
	counts: readonly NumberMention[],
	start: number,
): [NumberMention, NumberMention] | null {
	const [whole, part] = counts;
	if (whole === undefined || part === undefined) return null;
	if (!OPENING.test(body.slice(start, whole.hedgedSpan.start))) return null;
	const between = body.slice(whole.span.end, part.hedgedSpan.start);
	return /^[^,;.]{0,60},\s*$/.test(between) ? [part, whole] : null;
}

export function subsetChecks(
	article: Article,
	mentions: readonly NumberMention[],
	used: ReadonlySet<NumberMention>,
	breakdowns: readonly Breakdown[],
): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	// An opening whole whose parts the sentence lists is the breakdown's to check, as a sum.
	const items = new SpanIndex(breakdowns.flatMap(breakdown => breakdown.items.map(item => item.span)));
	for (const sentence of sentences) {
		const counts = mentionsIn(mentions, sentence).filter(mention => isCount(mention, body));
		const opening = openingPair(body, counts, sentence.start);
		// Only a part that stands alone: with other figures beside it ("3,296 supported and 800 opposed") the sentence
		// divides its whole, and the sum checks read it.
		const alone = counts.slice(2).every(other => items.overlaps(other.span));
		if (opening !== null && alone && !used.has(opening[0]) && !items.overlaps(opening[0].span)) {
			found.push(subsetDraft(opening[0], opening[1], false));
		}
		for (let k = 0; k + 1 < counts.length; k++) {
			const part = counts[k]!;
			const whole = counts[k + 1]!;
			if (used.has(part)) continue;
			const gap = body.slice(part.span.end, whole.hedgedSpan.start);
			const strict = STRICT.test(gap);
			if (strict || LOOSE.test(gap)) found.push(subsetDraft(part, whole, strict));
		}
	}

	return found;
}
