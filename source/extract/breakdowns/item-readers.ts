// Reading one segment of a sentence as a list item: "X (N)", "X, N", "X had N", "N in X", "N to the fund", "China 12".
import type {Span} from '../../article/types.ts';
import {isAdjectival, isPluralNoun, isQuantity, isRate, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {ItemDraft} from './breakdown-items.ts';
import {categoryName, cleanName, isCapitalWord, NOT_NAMES, spanOf, trailingCapitalRun} from './item-names.ts';

// Words that introduce the items; whatever comes before the last of them is lead, not name.
const CUE =
	/(?:^|[\s,(])(?:including|includes|include|included|such as|among them|among|notably|led by|followed by|namely|like|as well as|and|plus|with the rest in|while)\s+|:\s+|:(?=[A-Z])/gi;

// A dash introduces items too ("recovered 11 bodies — eight in Lowell, …"; "--" where a typewriter dash stands in), but
// only after a figure: "Boise — the state capital — had 23" is a name with an aside.
const DASH_CUE = /\s*—\s*|\s(?:–|--)\s+/g;
const FIGURE =
	/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million)\b/i;

/** Where the item text of a segment begins: after the last cue word before its first number. */
function cueEnd(body: string, segment: Span, before: number): number {
	const text = body.slice(segment.start, before);
	let end = 0;
	CUE.lastIndex = 0;
	for (let match = CUE.exec(text); match !== null; match = CUE.exec(text)) end = match.index + match[0].length;
	DASH_CUE.lastIndex = 0;
	for (let match = DASH_CUE.exec(text); match !== null; match = DASH_CUE.exec(text)) {
		if (match.index + match[0].length > end && FIGURE.test(text.slice(0, match.index))) {
			end = match.index + match[0].length;
		}
	}

	return segment.start + end;
}

// "in the first quarter", "in the second": ordinal categories stand in for names.
const ORDINAL_CATEGORY =
	/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|opening|closing)\b(?:\s+[a-z]+)?$/;

// The last word of a name that numbers a thing rather than names a share: "Game 7", "District 5", "Route 66".
export const NUMBERED =
	/\b(?:game|week|day|year|round|stage|district|ward|precinct|route|highway|interstate|chapter|section|article|title|page|no|number|vol|volume|figure|table|item|proposition|measure|question|amendment|phase|level|grade|class|category|apollo|flight|model|version|series|season|episode|part|act|room|suite|unit|gate|pier|terminal|platform|lane|row|seat|box|lot|block|building|floor|tower|station|camp|base|zone|sector|region|area|exit|mile|hole|lap|heat|court|field|track|channel|pick|draft|covid)$/i;

const VERBS =
	/\s(?:with|had|has|have|recorded|reported|counted|saw|at|totaled|totalled|received|got|won|gets|accounted for|on)\s+$/i;
const PREPOSITION =
	/^\s*(?:[a-z-]+\s+){0,3}?(?:(?:were|was|are|is|came|come|went|go|going|live|lived|served|sold|made|held)\s+)?(?:from|in|at|for|to|of|by)\s+(?=[A-Z]|the\s)/;

const CATEGORY =
	/^\s*(?:(?:went|goes|go|was|were|is|are|added|allocated|transferred|given)\s+)?(?:to|for|on|in|from)\s+(?:(?:the|a|an)\s+)?(?=["“‘']?[a-z])/;

// "4 weeks", "12 miles", "3 points": a unit measures a figure; it names no share of a count.
const UNIT =
	/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|times|points?|percent|degrees?|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|inches?|yards?|acres?|hectares?|pounds?|lbs?|kilos?|kilograms?|kg|tons?|tonnes?|gallons?|lit(?:er|re)s?|votes?|goals?|runs?|rebounds?|assists?)$/i;

// "5 were spoiled", "3 died", "2 injured": a figure and what befell it, not a noun that names a share.
const VERB_LIKE =
	/^(?:were|was|are|is|be|been|being|had|has|have|did|do|does|went|came|got|will|would|could|should|may|might|can|must|remain|remains|stay|stays|left|more|fewer|less|each|apiece|percent|per|times|[a-z]+ed)$/i;

const PREPOSITIONS = new Set(['at', 'in', 'on', 'for', 'to', 'from', 'by', 'of', 'with', 'into', 'across', 'near']);

const LEVEL_VERB =
	/\b(?:rises|rose|risen|climbs?|climbed|jumps?|jumped|reach(?:es|ed)?|stands?|stood|falls?|fell|drops?|dropped|increases?|increased|decreases?|decreased|grows?|grew)\b/;

/** What every item reader sees: the segment, its first figure after the cue, and the text either side of it. */
type Context = {
	readonly body: string;
	readonly segment: Span;
	readonly mentions: readonly NumberMention[];
	/** The segment before this one, where a name may stand apart from its figure ("Pima, with 41"). */
	readonly previous: Span | null;
	/** Where the item's text begins, after the cue words. */
	readonly start: number;
	readonly mention: NumberMention;
	readonly before: string;
	readonly after: string;
	/** The words after the figure are few and hold no parenthesis: the figure ends its item. */
	readonly shortTail: boolean;
};

type ItemReader = (context: Context) => ItemDraft | null;

/** An item whose span runs from the start of its text to the end of its figure, as most shapes are written. */
function item(context: Context, name: string, shape: ItemDraft['shape'], from = context.start): ItemDraft {
	const {body, mention} = context;
	return {name, mention, span: spanOf(body, from, mention.span.end), noun: nounAfter(body, mention.span.end), shape};
}

// Between an age group's figure and the group: its noun, a verb, "reported in", and "in"/"among" before the people.
const AGE_LEAD =
	/^\s*(?:((?:new\s+)?(?:cases?|deaths?|fatalities|hospitali[sz]ations|infections|patients|residents|people)|(?:new\s+)?cases)\s+)?(?:(?:are|were|is|was|being|have been|has been|had been)\s+)?(?:(?:reported|confirmed|diagnosed|recorded|identified|counted)\s+)?(?:(?:in|among)\s+(?=(?:(?:older|younger|elderly)\s+)?(?:people|persons|children|kids|residents|patients|adults|individuals|those|men|women|infants|babies|teenagers|teens|youths?|seniors|[a-z]+(?:ans|ers))\b))?/i;
// What an age group may be called: people, an age band and a few words, and nothing that is a clause.
const AGE_NAME = /^[a-z\d][\w'’ –-]{2,70}$/i;

/**
 * "12 are people 5 to 11 years old", "210 cases reported in people in their 30s", "14 being 9 years old or
 * younger": a figure, then the age group it counts. The group holds an age (numbers-types.ts reads "5 to 11 years
 * old", "in their 30s", "80 or older" as ages, no quantities), which is what makes it a share of one whole by age.
 */
const ageGroup: ItemReader = context => {
	const {body, segment, mention, mentions} = context;
	// The words before are the list's lead ("There have been 210 cases …"), never a name of its own ("Ashby 210 …").
	if (/\p{Lu}[\w'’.-]*\s*$/u.test(context.before)) return null;
	const lead = AGE_LEAD.exec(context.after)!; // Matches always: every part of it may be empty.
	const from = mention.span.end + lead[0].length;
	const ages = mentionsIn(mentions, {start: from, end: segment.end});
	if (ages.length === 0 || ages.some(age => age.kind !== 'age')) return null;
	const name = body
		.slice(from, segment.end)
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[.,;:!?]+$/, '');
	if (!AGE_NAME.test(name) || name.split(' ').length > 9) return null;
	return {
		name,
		mention,
		span: spanOf(body, mention.hedgedSpan.start, segment.end),
		noun: lead[1]?.toLowerCase() ?? null,
		shape: 'age',
	};
};

/** "Tacoma, 11,751" / "Clark: 53" / "Boise — 62" */
const separated: ItemReader = context => {
	const separator = /\s*(?:,|:|—|–|-)\s*$/.exec(context.before);
	if (separator === null || separator.index === 0 || !context.shortTail) return null;
	const name = cleanName(context.before.slice(0, separator.index));
	return name === null ? null : item(context, name, 'separator');
};

/** "Cuyahoga County had 412", "followed by Lima with 190" */
const withVerb: ItemReader = context => {
	const verb = VERBS.exec(context.before);
	if (verb === null || verb.index === 0 || !context.shortTail) return null;
	const name = cleanName(context.before.slice(0, verb.index));
	return name === null ? null : item(context, name, 'verb');
};

/** "87 were from the Netherlands", "21,500 in Canada" */
const figureFirst: ItemReader = context => {
	const {body, segment, mention} = context;
	const preposition = PREPOSITION.exec(context.after);
	if (preposition === null) return null;
	const name = cleanName(body.slice(mention.span.end + preposition[0].length, segment.end));
	if (name === null || !(isCapitalWord(name) || ORDINAL_CATEGORY.test(name))) return null;
	return {
		...item(context, name, 'preposition', mention.hedgedSpan.start),
		span: spanOf(body, mention.hedgedSpan.start, segment.end),
	};
};

// "80 were arrested Friday, 180 on Saturday and 97 more on Monday night": days name the shares of a count by day.
// "198 on Nov. 20; 101 on Nov. 21": dates name them too, the month abbreviated or not.
const DAY_AFTER =
	/^\s+(?:(?:[a-z-]+\s+){0,4}?(?:on\.?\s+)?)?((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b[\s.!?]*$/;

// Who counts or detains, written as a sentence's subject: "Officers detained 25 people on Thursday" names no share.
const AUTHORITIES = new Set([
	'officers',
	'deputies',
	'troopers',
	'authorities',
	'agents',
	'investigators',
	'officials',
]);

/** "180 on Saturday", "67 arrests were made Sunday": a figure, what befell it, and the day it was counted. */
const onDay: ItemReader = context => {
	const {body, segment, mention} = context;
	const day = DAY_AFTER.exec(context.after);
	// A name before the figure owns it ("Ohio had 5 on Friday"): then the day only dates it.
	const owner = /([A-Z][\w.'’-]*)\s+(?:[a-z]+\s+){0,2}$/.exec(context.before);
	// "a slight decrease from the 1,838 cases reported Monday": a figure set against another is no share of it.
	if (/\b(?:from|than|to|against|with|versus|vs\.?)\s+(?:the\s+)?$/i.test(context.before)) return null;
	const subject = owner?.[1]!.toLowerCase() ?? '';
	if (day === null || (owner !== null && !NOT_NAMES.has(subject) && !AUTHORITIES.has(subject))) return null;
	return {
		...item(context, day[1]!, 'preposition', mention.hedgedSpan.start),
		span: spanOf(body, mention.hedgedSpan.start, segment.end),
	};
};

/**
 * "$1.1 million to the pension fund", "$30 million on repairs": a category rather than a place, taken (list-runs.ts)
 * only in a list that its total and a colon, or a verb that shares an amount out, opens.
 */
const category: ItemReader = context => {
	const {body, segment, mention} = context;
	const cue = CATEGORY.exec(context.after);
	if (cue === null) return null;
	const name = categoryName(body.slice(mention.span.end + cue[0].length, segment.end));
	if (name === null) return null;
	return {...item(context, name, 'category'), span: spanOf(body, mention.hedgedSpan.start, segment.end)};
};

/**
 * "… and a $25,000 reserve balance": an amount written before what it is, as budgets list their lines. A
 * category, so it makes a list only where categories may (list-runs.ts).
 */
const amountOf: ItemReader = context => {
	const {body, segment, mention} = context;
	if (mention.kind !== 'money' || !/^\s*(?:(?:and|or|plus)\s+)?(?:a|an)\s+$/i.test(context.before)) return null;
	const match = /^\s+([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})[\s.!?]*$/.exec(context.after);
	const name = match === null ? null : categoryName(match[1]!);
	if (name === null) return null;
	return {...item(context, name, 'category'), span: spanOf(body, context.start, segment.end)};
};

/** "Westview Middle School brought in 2,130 pounds": a name, then a few lower-case words, then the number. */
const subjectVerb: ItemReader = context => {
	const subject = /^\s*((?:[A-Z][\w.'’-]*\s+)+)(?:[a-z]+\s+){1,3}$/.exec(context.before);
	// "Death toll rises to 57": a level a figure has come to, not a share of anything.
	if (subject === null || !context.shortTail || LEVEL_VERB.test(context.before)) return null;
	const name = cleanName(subject[1]!);
	return name === null ? null : item(context, name, 'verb');
};

/** "Maricopa, with 175, and Pima, with 41", "Ash, 147": the name is the segment before, which holds no number. */
const nameBefore: ItemReader = context => {
	const {body, previous, mentions} = context;
	// "Ash, 147, Birch with 99": a figure alone in its segment, the name alone in the one before.
	const alone = /^\s*$/.test(context.before) && context.after.trim() === '';
	if (previous === null || !(alone || /^\s*(?:with|at|on)\s+$/i.test(context.before)) || !context.shortTail)
		return null;
	// The name starts after the cue words of its segment ("… include Ash"), which belong to the list's lead.
	const from = alone ? cueEnd(body, previous, previous.end) : previous.start;
	const name = cleanName(body.slice(from, previous.end));
	if (name === null || !isCapitalWord(name) || mentionsIn(mentions, previous).length > 0) return null;
	return item(context, name, 'with', from);
};

/** "…, mail ballots for 1,377": the verb of the first item left out; only taken after a first item with a verb. */
const elided: ItemReader = context => {
	const match = /^\s*([\w.'’ -]{1,60}?)\s+(?:for|with|at|on)\s+$/.exec(context.before);
	if (match === null || !context.shortTail) return null;
	const name = cleanName(match[1]!);
	return name === null || name.split(' ').length > 4 ? null : item(context, name, 'elided');
};

/**
 * "China 12, Japan 10": a name and its figure and nothing between, as results and tallies are written. Taken only
 * after a colon or a dash, or after a first item with its verb (list-runs.ts); words that number a thing ("Game 7",
 * "District 5") are not names of a share.
 */
const bare: ItemReader = context => {
	// "the Bell League 10", and "Dale Union and Elm Alliance three seats each" read whole, its names split by "each".
	const match =
		/^\s*(?:(?:and|or|plus)\s+)?(?:the\s+)?((?:[A-Z][\w.'’&-]*\s+){1,4}(?:and\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,4})?)$/.exec(
			context.before,
		);
	if (match === null || !/^(?:\s*[a-z]+){0,2}[\s.!?]*$/.test(context.after)) return null;
	const name = cleanName(match[1]!);
	return name === null || !isCapitalWord(name) || NUMBERED.test(name) ? null : item(context, name, 'bare');
};

/**
 * "47 Democrats, 9 Republicans and 2 independents": the figure's own noun names the share. Taken only in a list that
 * follows its total in the sentence (list-runs.ts): "12 points and 9 rebounds" is no breakdown.
 */
const counted: ItemReader = context => {
	const {body, segment, mention} = context;
	const match = /^\s+(?:(?:were|was|are|is)\s+)?([A-Za-z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?[\s.!?]*$/.exec(context.after);
	if (match === null || !/^\s*(?:(?:and|or|plus|with)\s+)?$/.test(context.before) || mention.kind !== 'count')
		return null;
	const name = match[2] === undefined ? match[1]! : `${match[1]!} ${match[2]}`;
	if (NOT_NAMES.has(name.toLowerCase()) || UNIT.test(match[1]!) || VERB_LIKE.test(match[1]!)) return null;
	return {name, mention, span: spanOf(body, context.start, segment.end), noun: null, shape: 'counted'};
};

/**
 * "410 elementary pupils, 260 middle school pupils and 330 high school pupils": the figure, the words that
 * tell the share apart, and the noun every share counts. The noun is the item's own, so a run of them keeps to one
 * (list-runs.ts); without a whole before them three are needed.
 */
const modifiedNoun: ItemReader = context => {
	const {body, segment, mention} = context;
	const match =
		/^\s+((?:[a-z][\w'’-]*\s+){1,3}?)([a-z]+)(?:\s+(?:counted|reported|enrolled|recorded|registered|confirmed))?[\s.!?]*$/.exec(
			context.after,
		);
	// The words before are the list's lead ("There were 410 …"), never a name ("Ashby 410 …").
	if (match === null || /\p{Lu}[\w'’.-]*\s*$/u.test(context.before) || mention.kind !== 'count') return null;
	const noun = match[2]!;
	const name = match[1]!.trim();
	if (!isPluralNoun(noun) || UNIT.test(noun) || isPluralNoun(name.split(' ').at(-1)!)) return null;
	if (NOT_NAMES.has(name) || VERB_LIKE.test(name) || /^(?:more|other|new|additional|fewer|total|more than)$/.test(name))
		return null;
	return {name, mention, span: spanOf(body, context.start, segment.end), noun, shape: 'modified'};
};

/**
 * "546 were person to person, 28 were travel-related and 667 were under investigation": the figure, a be-verb and
 * what that share is. Taken only in a list after its whole, as counted nouns are (list-runs.ts).
 */
const statedShare: ItemReader = context => {
	const {body, segment, mention} = context;
	const match = /^\s+(?:were|was|are|is)\s+([a-z][\w'’/-]*(?:\s+[a-z][\w'’/-]*){0,3})[\s.!?]*$/.exec(context.after);
	if (match === null || !/^\s*(?:(?:and|or|plus|with)\s+)?$/.test(context.before) || mention.kind !== 'count')
		return null;
	const name = match[1]!;
	// "23 were unclassified", "5 were killed": one participle says what befell them, not which share they are.
	if (NOT_NAMES.has(name) || UNIT.test(name) || VERB_LIKE.test(name)) return null;
	return {name, mention, span: spanOf(body, context.start, segment.end), noun: null, shape: 'counted'};
};

/**
 * "147 from influenza A, 68 influenza B and 6 from an unknown strain": a category whose preposition is left out after
 * the first. Shaped as a category, so it makes a list only where categories may (list-runs.ts).
 */
const elidedCategory: ItemReader = context => {
	const {body, segment, mention} = context;
	const match = /^\s+([a-z][\w'’-]*(?:\s+[\w'’-]+){0,3})[\s.!?]*$/.exec(context.after);
	if (match === null || !/^\s*(?:(?:and|or|plus)\s+)?$/.test(context.before)) return null;
	const name = categoryName(match[1]!);
	const first = name?.split(' ')[0] ?? '';
	// "90 at its Ashby plant": a preposition written out is no category left without one.
	if (name === null || UNIT.test(first) || VERB_LIKE.test(first) || PREPOSITIONS.has(first)) return null;
	return {name, mention, span: spanOf(body, mention.hedgedSpan.start, segment.end), noun: null, shape: 'category'};
};

/** "in Dayton, where 310 positions will be lost" */
const where: ItemReader = context => {
	const {body, previous, mentions} = context;
	if (previous === null || !/^\s*where\s/i.test(context.before)) return null;
	const name = trailingCapitalRun(body.slice(previous.start, previous.end).trim());
	return name === '' || mentionsIn(mentions, previous).length > 0 ? null : item(context, name, 'where');
};

/** "… 6,438 in Mexico and 41,016 overseas": the rest of a list by place, named by where it is not. */
const elsewhere: ItemReader = context => {
	const match = /^\s+(overseas|abroad|elsewhere)\b[\s.!?]*$/i.exec(context.after);
	if (match === null || !/^\s*(?:(?:and|or|plus)\s+)?$/.test(context.before)) return null;
	const {body, segment, mention} = context;
	const span = spanOf(body, mention.hedgedSpan.start, segment.end);
	// The word names a place, not what is counted ("overseas" is no plural noun).
	return {name: match[1]!.toLowerCase(), mention, span, noun: null, shape: 'preposition'};
};

// In order: the first reader that takes the segment wins. Shapes with a mark between name and figure come before
// those read from word order alone.
const READERS: readonly ItemReader[] = [
	ageGroup,
	separated,
	withVerb,
	figureFirst,
	onDay,
	elsewhere,
	category,
	amountOf,
	subjectVerb,
	nameBefore,
	elided,
	bare,
	counted,
	modifiedNoun,
	statedShare,
	where,
	elidedCategory,
];

/** "Lake County (41 deaths)": taken whole or not at all, since a parenthesis after a name is that name's figure. */
function parenthesised(context: Context, open: RegExpExecArray, figures: number): ItemDraft | null {
	const close = context.after.indexOf(')');
	if (close === -1 || close > 40 || figures > 2) return null;
	const raw = context.before.slice(0, open.index);
	// "The 12 deaths were in Ash (5 deaths)": the name is what the verb leads to, right before the parenthesis.
	const afterVerb = /\s(?:was|were|is|are)\s+(?:in|at|from)\s+(.+)$/.exec(raw)?.[1];
	const name = cleanName(afterVerb !== undefined && isCapitalWord(afterVerb) ? afterVerb : raw);
	if (name === null) return null;
	const {body, start, before, mention} = context;
	return {
		name,
		mention,
		span: {start: start + (before.length - before.trimStart().length), end: mention.span.end + close + 1},
		noun: nounAfter(body, mention.span.end),
		shape: 'paren',
	};
}

const WHOLE_OPENING =
	/(?:\b(?:altogether|in all|in total|all told|overall),?\s+there\s+(?:were|was|are|is|have been|has been|had been)|\ba total of)\s+$/i;

/**
 * "$45,000 to parks (account 410)", "$9,000 to the sheriff (to cover overtime)": an aside in parentheses at the end of
 * an item, after its figure, says more about the share and is no part of its name. The segment ends before it.
 */
function withoutAside(body: string, segment: Span, mention: NumberMention, mentions: readonly NumberMention[]): Span {
	const text = body.slice(mention.span.end, segment.end);
	// The aside ends the item, or a clause of purpose follows it: "(account 520) to cover overtime".
	const aside = /\s*\([^()]*\)(?:\s+(?:to|for)\s[^()]*)?[\s.!?]*$/.exec(text);
	if (aside === null || aside.index === 0) return segment;
	const start = mention.span.end + aside.index;
	if (mentionsIn(mentions, {start, end: segment.end}).some(isQuantity)) return segment;
	return {start: segment.start, end: start};
}

/** Reads one segment of a sentence as an item, if it is one. `previous` is the segment before it. */
export function readItem(
	body: string,
	whole: Span,
	mentions: readonly NumberMention[],
	previous: Span | null,
): ItemDraft | null {
	const all = mentionsIn(mentions, whole).filter(
		mention => isQuantity(mention) && !isAdjectival(body, mention) && !isRate(body, mention),
	);
	if (all.length === 0) return null;
	let start = cueEnd(body, whole, all.at(-1)!.hedgedSpan.start);
	let inside = all.filter(mention => mention.span.start >= start);
	// "The $48.6 million budget splits into Instruction ($21.4 million)": a figure before the item's own belongs to the
	// lead, so the item starts after it.
	const parenAt = inside.findIndex(
		(mention, k) => k > 0 && /\(\s*$/.test(body.slice(inside[k - 1]!.span.end, mention.hedgedSpan.start)),
	);
	if (parenAt > 0) {
		start = inside[parenAt - 1]!.span.end;
		inside = inside.slice(parenAt);
	}

	const mention = inside[0];
	if (mention === undefined) return null;
	const segment = withoutAside(body, whole, mention, mentions);
	const before = body.slice(start, mention.hedgedSpan.start);
	// "Altogether there were 300 votes cast for the …, 120 in …": the figure a cue of the whole opens on is the list's
	// total, no item.
	if (WHOLE_OPENING.test(body.slice(whole.start, mention.hedgedSpan.start))) return null;
	const after = body.slice(mention.span.end, segment.end);
	const trimmedAfter = after.trim();
	const shortTail = trimmedAfter.length <= 30 && !/[()]/.test(trimmedAfter);
	const context: Context = {body, segment, mentions, previous, start, mention, before, after, shortTail};
	const open = /\(\s*$/.exec(before);
	if (open !== null) return parenthesised(context, open, inside.length);
	if (inside.length > 1) return null;
	for (const reader of READERS) {
		const found = reader(context);
		if (found !== null) return found;
	}

	return null;
}
