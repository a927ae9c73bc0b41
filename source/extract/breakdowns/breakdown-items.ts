// Finding list items in a sentence or in a run of lines: "X (N)", "X, N;", "X with N", "N in X", "- X: N".
import type {Article, Span} from '../../article/types.ts';
import {isAdjectival, isQuantity, isRate, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {placeSuffixAt} from './place-names.ts';

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
	| 'row';

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
};

// Words that introduce the items; whatever comes before the last of them is lead, not name.
const CUE =
	/(?:^|[\s,(])(?:including|includes|include|included|such as|among them|among|notably|led by|followed by|namely|like|as well as|and|plus|with the rest in|while)\s+|:\s+/gi;

// A dash introduces items too ("recovered 11 bodies — eight in Lowell, …"; "--" where a typewriter dash stands in), but
// only after a figure: "Boise — the state capital — had 23" is a name with an aside.
const DASH_CUE = /\s*—\s*|\s(?:–|--)\s+/g;
const FIGURE =
	/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million)\b/i;

const QUALIFIER =
	/^(?:the\s+)?(?:entire\s+|whole\s+)?(?:state|city|province|county|region|district|town|village|borough|municipality|country|island|territory|department|prefecture|governorate|emirate|kingdom|republic)\s+of\s+/i;

const LEADING =
	/^(?:and|or|as well as|plus|including|such as|like|with|while|then|followed by|notably|led by|among them|among|in|from|at|by|for|of)\s+/i;

// A name word: capitalised, or a connector that may sit inside a name ("Bosnia and Herzegovina" is not covered).
const NAME_CONNECTORS = new Set([
	'of',
	'de',
	'del',
	'la',
	'le',
	'du',
	'upon',
	'on',
	'the',
	'al',
	'el',
	'da',
	'do',
	'dos',
	'van',
	'von',
]);

// Words that open a sentence in capitals without naming anything.
const NOT_NAMES = new Set([
	'a',
	'an',
	'the',
	'it',
	'its',
	'they',
	'he',
	'she',
	'we',
	'i',
	'you',
	'this',
	'that',
	'these',
	'those',
	'there',
	'in',
	'on',
	'at',
	'of',
	'for',
	'by',
	'with',
	'without',
	'after',
	'before',
	'during',
	'from',
	'since',
	'under',
	'over',
	'among',
	'across',
	'to',
	'as',
	'if',
	'when',
	'while',
	'once',
	'and',
	'but',
	'or',
	'some',
	'all',
	'about',
	'officials',
	'police',
]);

function isCapitalWord(word: string): boolean {
	const first = word.charAt(0);
	return first !== first.toLowerCase() || /^\d/.test(word);
}

/** The trailing run of capitalised words: "were reported in Lake County" → "Lake County". */
function trailingCapitalRun(name: string): string {
	const words = name.split(/\s+/);
	let first = words.length;
	for (let k = words.length - 1; k >= 0; k--) {
		const word = words[k]!;
		if (isCapitalWord(word) || word.includes('.')) {
			first = k;
		} else if (NAME_CONNECTORS.has(word) && k > 0 && isCapitalWord(words[k - 1]!) && first === k + 1) {
			continue;
		} else {
			break;
		}
	}

	const run = words.slice(first);
	while (run.length > 0 && NAME_CONNECTORS.has(run[0]!)) run.shift();
	return run.join(' ');
}

/** Trims lead words, qualifiers and punctuation from a raw item name; null when nothing name-like is left. */
export function cleanName(raw: string): string | null {
	let name = raw
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[\s,;:—–•*|-]+/, '')
		.replace(/[\s,;:—–|-]+$/, '')
		// An aside set off by dashes is not part of the name: "Boise — the state capital — had 23".
		.replace(/\s(?:—|–|--)\s.*$/, '')
		// A clause about the place is not part of it: "Sindh province was the worst hit, with 186".
		.replace(/\s(?:was|were|is|are|has|had|have|remains|remained|became|becomes)(?:\s.*)?$/, '');
	for (let k = 0; k < 4; k++) {
		const before = name;
		name = name
			.replace(LEADING, '')
			.replace(QUALIFIER, '')
			.replace(/^the\s+/i, '');
		if (name === before) break;
	}

	name = name.replace(/^["“‘']+|["”’']+$/g, '').trim();
	// A sentence's full stop, not an abbreviation's: "Fifth Precinct." but not "Washington, D.C.".
	const lastWord = name.lastIndexOf(' ') + 1;
	if (
		name.endsWith('.') &&
		placeSuffixAt(name, lastWord) !== name.length - lastWord &&
		!/^(?:[A-Z]\.)+$/.test(name.slice(lastWord))
	) {
		name = name.slice(0, -1);
	}

	if (name === '' || !/\p{L}/u.test(name)) return null;
	const words = name.split(' ');
	const hasLower = words.some(word => !isCapitalWord(word) && !NAME_CONNECTORS.has(word));
	const hasCapital = words.some((word, k) => k > 0 && isCapitalWord(word));
	if (hasLower && (hasCapital || isCapitalWord(words.at(-1)!))) {
		const run = trailingCapitalRun(name);
		if (run !== '') name = run;
	}

	if (name.split(' ').length > 6 || name.length > 60 || NOT_NAMES.has(name.toLowerCase())) return null;
	return name;
}

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
const NUMBERED =
	/\b(?:game|week|day|year|round|stage|district|ward|precinct|route|highway|interstate|chapter|section|article|title|page|no|number|vol|volume|figure|table|item|proposition|measure|question|amendment|phase|level|grade|class|category|apollo|flight|model|version|series|season|episode|part|act|room|suite|unit|gate|pier|terminal|platform|lane|row|seat|box|lot|block|building|floor|tower|station|camp|base|zone|sector|region|area|exit|mile|hole|lap|heat|court|field|track|channel|pick|draft|covid)$/i;

const VERBS =
	/\s(?:with|had|has|have|recorded|reported|counted|saw|at|totaled|totalled|received|got|won|gets|accounted for|on)\s+$/i;
const PREPOSITION =
	/^\s*(?:[a-z-]+\s+){0,3}?(?:(?:were|was|are|is|came|come|went|go|going|live|lived|served|sold|made|held)\s+)?(?:from|in|at|for|to|of|by)\s+(?=[A-Z]|the\s)/;

const CATEGORY = /^\s*(?:(?:went|goes|go|was|were|is|are)\s+)?(?:to|for|on|in|from)\s+(?:(?:the|a|an)\s+)?(?=[a-z])/;
// A clause after the category's noun: "the youth soccer league he once ran", "a fund that pays pensions".
const CATEGORY_CLAUSE =
	/\s(?:he|she|they|it|we|you|that|which|who|whose|where|when|after|before|because|since|while|as)\s.*$/;

/** The rest of a category's name after its "and": a few words and no verb ("roads", "other services"). */
function categoryTail(body: string, segment: Span): string | null {
	const text = body.slice(segment.start, segment.end).replace(/^\s*and\s+/, '');
	const name = categoryName(text);
	if (name === null || name.split(' ').length > 3 || CATEGORY_VERB.test(name)) return null;
	return name;
}

const CATEGORY_VERB =
	/\b(?:said|says|say|was|were|is|are|will|would|could|has|have|had|did|does|do|can|may|might|must)\b/;

/** A lower-case category of at most five words, without a clause after it. */
function categoryName(raw: string): string | null {
	const name = raw
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[.,;:!?]+$/, '')
		.replace(CATEGORY_CLAUSE, '');
	if (!/^[a-z][\w'’-]*(?: [\w'’-]+){0,4}$/.test(name) || NOT_NAMES.has(name)) return null;
	return name;
}

// "4 weeks", "12 miles", "3 points": a unit measures a figure; it names no share of a count.
const UNIT =
	/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|times|points?|percent|degrees?|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|inches?|yards?|acres?|hectares?|pounds?|lbs?|kilos?|kilograms?|kg|tons?|tonnes?|gallons?|lit(?:er|re)s?|votes?|goals?|runs?|rebounds?|assists?)$/i;

// "5 were spoiled", "3 died", "2 injured": a figure and what befell it, not a noun that names a share.
const VERB_LIKE =
	/^(?:were|was|are|is|be|been|being|had|has|have|did|do|does|went|came|got|will|would|could|should|may|might|can|must|remain|remains|stay|stays|left|more|fewer|less|each|apiece|percent|per|times|[a-z]+ed)$/i;

/** Reads one segment of a sentence as an item, if it is one. `previous` is the segment before it. */
export function readItem(
	body: string,
	segment: Span,
	mentions: readonly NumberMention[],
	previous: Span | null,
): ItemDraft | null {
	const all = mentionsIn(mentions, segment).filter(
		mention => isQuantity(mention) && !isAdjectival(body, mention) && !isRate(body, mention),
	);
	if (all.length === 0) return null;
	let start = cueEnd(body, segment, all.at(-1)!.hedgedSpan.start);
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
	const before = body.slice(start, mention.hedgedSpan.start);
	const after = body.slice(mention.span.end, segment.end);

	// "Lake County (41 deaths)"
	const open = /\(\s*$/.exec(before);
	if (open !== null) {
		const close = after.indexOf(')');
		if (close === -1 || close > 40 || inside.length > 2) return null;
		const name = cleanName(before.slice(0, open.index));
		if (name === null) return null;
		return {
			name,
			mention,
			span: {start: start + (before.length - before.trimStart().length), end: mention.span.end + close + 1},
			noun: nounAfter(body, mention.span.end),
			shape: 'paren',
		};
	}

	if (inside.length > 1) return null;
	const trimmedAfter = after.trim();
	const shortTail = trimmedAfter.length <= 30 && !/[()]/.test(trimmedAfter);

	// "Tacoma, 11,751" / "Clark: 53" / "Boise — 62"
	const separator = /\s*(?:,|:|—|–|-)\s*$/.exec(before);
	if (separator !== null && separator.index > 0 && shortTail) {
		const name = cleanName(before.slice(0, separator.index));
		if (name !== null) {
			return {
				name,
				mention,
				span: spanOf(body, start, mention.span.end),
				noun: nounAfter(body, mention.span.end),
				shape: 'separator',
			};
		}
	}

	// "Cuyahoga County had 412", "followed by Lima with 190"
	const verb = VERBS.exec(before);
	if (verb !== null && verb.index > 0 && shortTail) {
		const name = cleanName(before.slice(0, verb.index));
		if (name !== null) {
			return {
				name,
				mention,
				span: spanOf(body, start, mention.span.end),
				noun: nounAfter(body, mention.span.end),
				shape: 'verb',
			};
		}
	}

	// "87 were from the Netherlands", "21,500 in Canada"
	{
		const preposition = PREPOSITION.exec(after);
		if (preposition !== null) {
			const nameStart = mention.span.end + preposition[0].length;
			const name = cleanName(body.slice(nameStart, segment.end));
			if (name !== null && (isCapitalWord(name) || ORDINAL_CATEGORY.test(name))) {
				return {
					name,
					mention,
					span: spanOf(body, mention.hedgedSpan.start, segment.end),
					noun: nounAfter(body, mention.span.end),
					shape: 'preposition',
				};
			}
		}
	}

	// "$1.1 million to the pension fund", "$30 million on repairs": a category rather than a place, taken (runsIn) only
	// in a list that its total and a colon, or a verb that shares an amount out, opens.
	{
		const category = CATEGORY.exec(after);
		if (category !== null) {
			const name = categoryName(body.slice(mention.span.end + category[0].length, segment.end));
			if (name !== null) {
				return {
					name,
					mention,
					span: spanOf(body, mention.hedgedSpan.start, segment.end),
					noun: nounAfter(body, mention.span.end),
					shape: 'category',
				};
			}
		}
	}

	// "Westview Middle School brought in 2,130 pounds": a name, then a few lower-case words, then the number.
	const subject = /^\s*((?:[A-Z][\w.'’-]*\s+)+)(?:[a-z]+\s+){1,3}$/.exec(before);
	if (subject !== null && shortTail) {
		const name = cleanName(subject[1]!);
		if (name !== null) {
			return {
				name,
				mention,
				span: spanOf(body, start, mention.span.end),
				noun: nounAfter(body, mention.span.end),
				shape: 'verb',
			};
		}
	}

	// "Maricopa, with 175, and Pima, with 41": the name is the segment before, which holds no number.
	if (previous !== null && /^\s*(?:with|at|on)\s+$/i.test(before) && shortTail) {
		const name = cleanName(body.slice(previous.start, previous.end));
		if (name !== null && isCapitalWord(name) && mentionsIn(mentions, previous).length === 0) {
			return {
				name,
				mention,
				span: spanOf(body, previous.start, mention.span.end),
				noun: nounAfter(body, mention.span.end),
				shape: 'with',
			};
		}
	}

	// "…, mail ballots for 1,377": the verb of the first item left out; only taken after a first item with a verb.
	const elided = /^\s*([\w.'’ -]{1,60}?)\s+(?:for|with|at|on)\s+$/.exec(before);
	if (elided !== null && shortTail) {
		const name = cleanName(elided[1]!);
		if (name !== null && name.split(' ').length <= 4) {
			return {
				name,
				mention,
				span: spanOf(body, start, mention.span.end),
				noun: nounAfter(body, mention.span.end),
				shape: 'elided',
			};
		}
	}

	// "China 12, Japan 10": a name and its figure and nothing between, as results and tallies are written. Taken only
	// after a colon or a dash, or after a first item with its verb (runsIn); words that number a thing ("Game 7",
	// "District 5") are not names of a share.
	const bare = /^\s*(?:(?:and|or|plus)\s+)?((?:[A-Z][\w.'’&-]*\s+){1,4})$/.exec(before);
	if (bare !== null && /^(?:\s*[a-z]+){0,2}[\s.!?]*$/.test(after)) {
		const name = cleanName(bare[1]!);
		if (name !== null && isCapitalWord(name) && !NUMBERED.test(name)) {
			return {
				name,
				mention,
				span: spanOf(body, start, mention.span.end),
				noun: nounAfter(body, mention.span.end),
				shape: 'bare',
			};
		}
	}

	// "47 Democrats, 9 Republicans and 2 independents": the figure's own noun names the share. Taken only in a list
	// that follows its total in the sentence (runsIn): "12 points and 9 rebounds" is no breakdown.
	const counted = /^\s+(?:(?:were|was|are|is)\s+)?([A-Za-z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?[\s.!?]*$/.exec(after);
	if (counted !== null && /^\s*(?:(?:and|or|plus)\s+)?$/.test(before) && mention.kind === 'count') {
		const name = counted[2] === undefined ? counted[1]! : `${counted[1]!} ${counted[2]}`;
		if (!NOT_NAMES.has(name.toLowerCase()) && !UNIT.test(counted[1]!) && !VERB_LIKE.test(counted[1]!)) {
			return {name, mention, span: spanOf(body, start, segment.end), noun: null, shape: 'counted'};
		}
	}

	// "in Dayton, where 310 positions will be lost"
	if (previous !== null && /^\s*where\s/i.test(before)) {
		const name = trailingCapitalRun(body.slice(previous.start, previous.end).trim());
		if (name !== '' && mentionsIn(mentions, previous).length === 0) {
			return {
				name,
				mention,
				span: spanOf(body, start, mention.span.end),
				noun: nounAfter(body, mention.span.end),
				shape: 'where',
			};
		}
	}

	return null;
}

function spanOf(body: string, start: number, end: number): Span {
	let from = start;
	while (from < end && /\s/.test(body.charAt(from))) from++;
	return {start: from, end};
}

/**
 * Splits a sentence at list separators outside parentheses. With `semicolons`, only at semicolons ("X, 12; Y, 9");
 * otherwise at commas and " and "/" as well as ", keeping "Lake County, Ohio" and "Portland, Ore." whole.
 */
export function splitSegments(body: string, sentence: Span, semicolons: boolean): Span[] {
	const segments: Span[] = [];
	let depth = 0;
	let start = sentence.start;
	for (let i = sentence.start; i < sentence.end; i++) {
		const code = body.charCodeAt(i);
		if (code === 40) depth++;
		else if (code === 41) depth = Math.max(0, depth - 1);
		if (depth > 0) continue;
		if (code === 59) {
			segments.push({start, end: i});
			start = i + 1;
		} else if (!semicolons && code === 44 && /\s/.test(body.charAt(i + 1))) {
			const prior = body.slice(start, i);
			const suffix = placeSuffixAt(body, i + 2);
			if (suffix > 0 && /[A-Za-z.]$/.test(prior) && /(?:^|\s)[A-Z][\w.]*$/.test(prior) && !/\d/.test(prior)) continue;
			segments.push({start, end: i});
			start = i + 1;
		} else if (!semicolons && code === 32) {
			const word = /^ (and|as well as|plus) /.exec(body.slice(i, i + 13));
			if (word !== null) {
				segments.push({start, end: i});
				start = i + 1;
				i += word[0].length - 2;
			}
		}
	}

	segments.push({start, end: sentence.end});
	return segments.filter(segment => segment.end > segment.start);
}

/** The leading run of capitalised words: "Pima reported" → "Pima", "Gulf Coast and" → "Gulf Coast". */
function leadingCapitalRun(text: string): string {
	const words = text.trim().split(/\s+/);
	let end = 0;
	while (end < words.length && (isCapitalWord(words[end]!) || (end > 0 && NAME_CONNECTORS.has(words[end]!)))) end++;
	while (end > 0 && NAME_CONNECTORS.has(words[end - 1]!)) end--;
	return words.slice(0, end).join(' ');
}

/**
 * "Maricopa and Pima reported 175 and 41, respectively": k names coordinated before k figures coordinated before
 * "respectively". The names are the capitalised runs around the last "and" and the commas before it.
 */
function respectivelyItems(body: string, sentence: Span, quantities: readonly NumberMention[]): ItemDraft[] | null {
	const text = body.slice(sentence.start, sentence.end);
	const cue = /,?\s+respectively\b/i.exec(text);
	if (cue === null) return null;
	const cueAt = sentence.start + cue.index;
	const chain: NumberMention[] = [];
	for (let k = quantities.length - 1; k >= 0; k--) {
		const mention = quantities[k]!;
		if (mention.span.end > cueAt) continue;
		const gap = body.slice(mention.span.end, chain[0]?.hedgedSpan.start ?? cueAt);
		if (chain.length > 0 ? !/^\s*(?:,|,?\s+and|,?\s+&)\s*$/.test(gap) : !/^(?:\s+[a-z]+){0,2}\s*$/.test(gap)) break;
		chain.unshift(mention);
	}

	if (chain.length < 2 || chain.some(mention => mention.kind !== chain[0]!.kind)) return null;
	const prefix = body.slice(sentence.start, chain[0]!.hedgedSpan.start);
	const and = Math.max(prefix.lastIndexOf(' and '), prefix.lastIndexOf(' & '));
	if (and === -1) return null;
	// Names are capitalised runs, else, for counts and money, single words: "Domestic and international passenger
	// revenue came to $8.1 billion and $4.8 billion" (two rates, "rose 5% and 3%", are no shares of a whole).
	const rest = prefix.slice(and + (prefix.startsWith(' and ', and) ? 5 : 3));
	const word = (pattern: RegExp, text: string): string =>
		chain[0]!.kind === 'percent' ? '' : (pattern.exec(text)?.[0] ?? '');
	const last = leadingCapitalRun(rest) || word(/^[a-z][a-z-]+(?=\s)/, rest);
	const pieces = prefix
		.slice(0, and)
		.split(',')
		.map(piece => piece.trim());
	if (pieces.at(-1) === '') pieces.pop();
	const before = pieces
		.slice(-(chain.length - 1))
		.map(piece => trailingCapitalRun(piece) || word(/(?<=^|\s)[a-z][a-z-]+$/, piece));
	const names = [...before, last];
	if (before.length !== chain.length - 1 || names.some(name => name === '' || NOT_NAMES.has(name.toLowerCase()))) {
		return null;
	}

	return chain.map((mention, k) => ({
		name: names[k]!,
		mention,
		span: mention.hedgedSpan,
		noun: nounAfter(body, mention.span.end),
		shape: 'respectively',
	}));
}

/** Lists written inside sentences. */
export function sentenceLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	sentences.forEach((sentence, index) => {
		const quantities = mentionsIn(mentions, sentence).filter(isQuantity);
		if (quantities.length < 2) return;
		const respectively = respectivelyItems(body, sentence, quantities);
		if (respectively !== null) {
			lists.push({
				items: respectively,
				span: {start: sentence.start, end: respectively.at(-1)!.span.end},
				lead: {start: sentence.start, end: respectively[0]!.mention.hedgedSpan.start},
				totalLine: null,
				measure: null,
				sentence: index,
			});
			return;
		}

		const tries = body.slice(sentence.start, sentence.end).includes(';') ? [true, false] : [false];
		for (const semicolons of tries) {
			const runs = runsIn(body, splitSegments(body, sentence, semicolons), mentions);
			if (runs.length === 0) continue;
			for (const found of runs) {
				const rest = remainderItem(article, index + 1, found.items, mentions);
				const items = rest === null ? found.items : [...found.items, rest];
				lists.push({
					items,
					span: {start: items[0]!.span.start, end: items.at(-1)!.span.end},
					lead: {start: sentence.start, end: items[0]!.span.start},
					totalLine: null,
					measure: null,
					sentence: index,
					unreadMember: found.unreadMember && rest === null,
				});
			}

			break;
		}
	});
	return lists;
}

/** "The remaining nine deaths were reported in Yuma.": the sentence after a list that places the rest of it. */
function remainderItem(
	article: Article,
	index: number,
	run: readonly ItemDraft[],
	mentions: readonly NumberMention[],
): ItemDraft | null {
	const sentence = article.sentences[index];
	if (sentence === undefined || sentence.paragraph > article.sentences[index - 1]!.paragraph + 1) return null;
	const text = article.body.slice(sentence.start, sentence.end);
	if (!/^(?:the\s+)?(?:remaining|other|rest of the)\s/i.test(text)) return null;
	if (mentionsIn(mentions, sentence).filter(isQuantity).length !== 1) return null;
	const item = readItem(article.body, sentence, mentions, null);
	const shape = totalLed(run[0]!) ? 'category' : 'preposition';
	if (item === null || item.shape !== shape || item.mention.kind !== run[0]!.mention.kind) return null;
	return item;
}

type Run = {readonly items: ItemDraft[]; readonly unreadMember: boolean};

/**
 * Whether a segment that is no item is still a member of the list before it: it starts, after its connective, with a
 * figure of `kind` ("and 5 were spoiled", not "the two core neighborhoods"), or it is the list's last member, short,
 * after "and", with such a figure ("and American 245").
 */
function unreadMember(body: string, segment: Span, mentions: readonly NumberMention[], kind: string): boolean {
	const text = body.slice(segment.start, segment.end);
	const connective = /^[\s,]*(?:(?:and|or|plus|while)\s+)?/i.exec(text)?.[0] ?? '';
	const last = /\b(?:and|or|plus)\s+$/i.test(connective) && text.trim().split(/\s+/).length <= 6;
	const opening = segment.start + connective.length;
	return mentionsIn(mentions, segment).some(
		mention => isQuantity(mention) && mention.kind === kind && (mention.hedgedSpan.start === opening || last),
	);
}

/**
 * Runs of consecutive item segments that make a list: at least two items of one kind. A run that the next segment
 * would continue but for a figure that reads as no item is marked, so that its sum is not held to the whole total.
 */
function runsIn(body: string, segments: readonly Span[], mentions: readonly NumberMention[]): Run[] {
	const runs: Run[] = [];
	let run: ItemDraft[] = [];
	const close = (unreadMember = false): void => {
		if (acceptable(run)) runs.push({items: run, unreadMember});
		run = [];
	};

	for (let k = 0; k < segments.length; k++) {
		const segment = segments[k]!;
		let item = readItem(body, segment, mentions, segments[k - 1] ?? null);
		if (item === null) {
			const next = segments[k + 1];
			const numberless = mentionsIn(mentions, segment).length === 0;
			// A name with "and" in it, split there: "cargo for $400 million and the loyalty program and other businesses
			// for $1.3 billion". Read whole, it must continue the run as the item before it did.
			const joined =
				next === undefined || !numberless || run.length === 0
					? null
					: readItem(body, {start: segment.start, end: next.end}, mentions, segments[k - 1] ?? null);
			const continues =
				joined !== null &&
				(joined.shape === run.at(-1)!.shape || (joined.shape === 'elided' && run[0]!.shape === 'verb'));
			if (continues && joined.mention.kind === run[0]!.mention.kind) {
				// The "and" inside it read as the list's cue: the name is both parts with the word between.
				const nameStart = body.lastIndexOf(joined.name, joined.mention.hedgedSpan.start);
				const first = cleanName(body.slice(segment.start, segment.end));
				const between = nameStart < segment.end ? '' : body.slice(segment.end, nameStart).trim();
				const name = first !== null && /^(?:and|&)$/.test(between) ? `${first} ${between} ${joined.name}` : joined.name;
				item = {...joined, name, span: spanOf(body, segment.start, joined.span.end)};
				k++;
			} else {
				// A bare name whose number follows in the next segment ("Pima, with 41") does not end the run.
				const nameOnly =
					next !== undefined && /^\s*(?:with|at|on)\s/i.test(body.slice(next.start, next.end)) && numberless;
				if (!nameOnly) close(run.length > 0 && unreadMember(body, segment, mentions, run[0]!.mention.kind));
				continue;
			}
		}

		// An elided verb only continues a list whose first item has its verb written out; a bare "China 12" also opens
		// one after a colon or a dash.
		if (item.shape === 'elided' && (run.length === 0 || (run[0]!.shape !== 'verb' && run[0]!.shape !== 'elided'))) {
			close();
			continue;
		}

		if (
			item.shape === 'bare' &&
			(run.length === 0
				? !/(?::|—|–|--)\s*$/.test(body.slice(Math.max(0, item.span.start - 4), item.span.start))
				: !['verb', 'elided', 'bare', 'separator'].includes(run[0]!.shape))
		) {
			close();
			continue;
		}

		// Categories make a list only after the total and a colon, "repay $2.4 million: $1.1 million to the pension
		// fund, …", or a verb that shares something out, "sets aside $21 million for public safety, …"; "12 in the
		// morning" alone is no item.
		const opensCategories =
			run.length === 0 &&
			item.shape === 'category' &&
			(afterTotalColon(body, item, mentions) || ALLOCATION.test(body.slice(segments[0]!.start, item.span.start)));
		if (item.shape === 'category' && (run.length === 0 ? !opensCategories : !totalLed(run[0]!))) {
			close();
			continue;
		}

		// "The 12 dead included 7 women and 5 children", "58 voted yes: 47 Democrats, 9 Republicans and …", "The cuts
		// include 900 flight attendants, 600 ground staff and 350 pilots".
		if (
			item.shape === 'counted' &&
			(run.length === 0
				? !afterTotalInSentence(body, item, mentions, segments[0]!.start) &&
					!ALLOCATION.test(body.slice(segments[0]!.start, item.span.start)) &&
					!OF_THE_WHOLE.test(body.slice(segments[0]!.start, item.span.start))
				: !totalLed(run[0]!))
		) {
			close(run.length > 0 && unreadMember(body, segment, mentions, run[0]!.mention.kind));
			continue;
		}

		if (run.length > 0 && run[0]!.mention.kind !== item.mention.kind) close();
		// "$12 million for parks and roads": a category's name split at its "and".
		const rest = item.shape === 'category' ? segments[k + 1] : undefined;
		const tail = rest === undefined || mentionsIn(mentions, rest).length > 0 ? null : categoryTail(body, rest);
		if (tail !== null) {
			item = {...item, name: `${item.name} and ${tail}`, span: spanOf(body, item.span.start, rest!.end)};
			k++;
		}

		const members = eachMembers(body, segment, item);
		if (members === null) {
			run.push(item);
		} else {
			run.push(...members.items);
			// "one each in Henley and Goring": the names after "each" ran on into the segments split at their "and".
			while (segments[k + 1] !== undefined && segments[k + 1]!.end <= members.end) k++;
		}
	}
	close();
	return runs;
}

// "Georgia and Ohio, 16 each", "one each in Seminole and Flagler": one figure that stands for every name beside it.
const EACH_AFTER = /^\s*(?:[a-z]+\s+)?each\b/;
const EACH_STICKY = /\s*(?:[a-z]+\s+)?each\b/y;
const EACH_IN = /^\s*each\s+(?:in|at|for|to|from)\s+/;

/**
 * The items of a figure given "each" to several names, one item a name, and where the names end; null when the figure
 * is no "each".
 */
function eachMembers(
	body: string,
	segment: Span,
	item: ItemDraft,
): {readonly items: ItemDraft[]; readonly end: number} | null {
	const end = item.mention.span.end;
	// Tested in place (sticky) before any slice: this runs once per item of every list.
	EACH_STICKY.lastIndex = end;
	if (!EACH_STICKY.test(body)) return null;
	const after = body.slice(end, Math.min(segment.end, end + 24));
	if (!EACH_AFTER.test(after)) return null;
	const into = EACH_IN.exec(after);
	const from = into === null ? segment.start : end + into[0].length;
	// Names after "each in" run to the clause's end, past the "and" the segments were split at.
	const clause = /[;.!?\n]|,\s*(?:and\s+)?[\d(]/.exec(body.slice(from, from + 160));
	const to =
		into === null ? item.mention.hedgedSpan.start : from + (clause?.index ?? Math.min(160, body.length - from));
	const raw = body.slice(from, to);
	const names: ItemDraft[] = [];
	const part = /[^,]+?(?=\s*,\s*|\s+and\s+|\s*$)/g;
	for (let match = part.exec(raw); match !== null; match = part.exec(raw)) {
		const text = match[0].replace(/^\s*(?:and\s+)?/, '');
		if (text.trim() === '') continue;
		const name = cleanName(text);
		if (name === null || !/^\p{Lu}/u.test(name)) return null;
		const start = body.indexOf(name, from + match.index);
		names.push({...item, name, span: start < 0 ? item.span : spanOf(body, start, Math.max(start + name.length, end))});
		part.lastIndex = match.index + match[0].length;
		const connective = /^\s*,\s*|^\s+and\s+/.exec(raw.slice(part.lastIndex));
		if (connective !== null) part.lastIndex += connective[0].length;
	}

	return names.length >= 2 ? {items: names, end: to} : null;
}

// A sentence that names its whole before the list: "Of the dead, four were German, two Austrian and one Italian".
const OF_THE_WHOLE = /^(?:of|among) (?:the|those|these)\b[^,]{1,40},\s*$/i;

// Verbs that share an amount out, right before a list's first category.
const ALLOCATION =
	/\b(?:sets? aside|set aside|allocat(?:es?|ed|ing)|earmark(?:s|ed|ing)?|devot(?:es?|ed|ing)|budget(?:s|ed)|splits?|divid(?:es?|ed)|distribut(?:es?|ed)|includ(?:es?|ed|ing)|provid(?:es?|ed))\s+$/i;

/** Whether an item follows a colon or a dash right after a figure of its own kind: the list's stated total. */
function afterTotalColon(body: string, item: ItemDraft, mentions: readonly NumberMention[]): boolean {
	const before = body.slice(Math.max(0, item.span.start - 40), item.span.start);
	const cue = /\s*(?::|—|–|--)\s*$/.exec(before);
	if (cue === null) return false;
	const cueAt = item.span.start - before.length + cue.index;
	return mentions.some(
		mention =>
			mention.kind === item.mention.kind &&
			mention.span.end <= cueAt &&
			/^[\s\w]{0,12}$/.test(body.slice(mention.span.end, cueAt)),
	);
}

/**
 * Whether a figure of the item's kind, larger than it, comes earlier in the sentence and a colon, a dash or a word
 * that opens a list ("included", "among them") comes between: the whole the item is a share of.
 */
function afterTotalInSentence(
	body: string,
	item: ItemDraft,
	mentions: readonly NumberMention[],
	sentenceStart: number,
): boolean {
	const lead = body.slice(sentenceStart, item.mention.hedgedSpan.start);
	const cue = /(?::|—|–|--|\b(?:includ(?:ed|es|ing)|among them|of (?:them|whom|which)))\s*$/i.exec(lead);
	if (cue === null) return false;
	const cueAt = sentenceStart + cue.index;
	return mentions.some(
		mention =>
			mention.kind === item.mention.kind &&
			mention.span.start >= sentenceStart &&
			mention.span.end <= cueAt &&
			mention.value > item.mention.value,
	);
}

/** Shapes read only in a list after its total; they mix: "3,598 men, 2,791 women and 23 in the open division". */
export function totalLed(item: ItemDraft): boolean {
	return item.shape === 'category' || item.shape === 'counted';
}

function acceptable(run: readonly ItemDraft[]): boolean {
	if (run.length < 2) return false;
	// A list counts one thing: "had 21 points and 11 rebounds for Atlanta" is a stat line, not a breakdown.
	const nouns = new Set(run.flatMap(item => (item.noun === null ? [] : [nounKey(item.noun)])));
	if (nouns.size > 1) return false;
	if (run.length >= 3) return true;
	// Two items in a loose shape ("12 in X and 9 in Y") only when both read as proper names; categories and counted
	// nouns come only after their total.
	const tight = run.every(item => item.shape === 'paren' || item.shape === 'separator' || totalLed(item));
	return tight || run.every(item => isCapitalWord(item.name));
}

/** "heat deaths" and "death" count the same thing: the last word, singular. */
export function nounKey(noun: string): string {
	const last = noun.slice(noun.lastIndexOf(' ') + 1).toLowerCase();
	return last.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');
}

const BULLET = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/;
const TOTAL_NAME = /^(?:total|totals|grand total|overall|all|sum|combined|in all)$/i;

/** Lists written one item per line: bullets ("- X: 12", "• X — 12"), "X: 12" lines and simple text tables. */
export function lineLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	let current: ItemDraft[] = [];
	let total: NumberMention | null = null;
	let lastEnd = -1;
	const flush = (): void => {
		// Bare "Name N" rows make a list only three or more in a row: two such lines are as likely a headline and a byline.
		const bare = current.some(item => item.shape === 'row');
		if (current.length >= (bare ? 3 : 2)) {
			const first = current[0]!;
			const sentence = sentenceBefore(article, first.span.start);
			lists.push({
				items: current,
				span: {start: first.span.start, end: total?.span.end ?? current.at(-1)!.span.end},
				lead: {start: sentence === -1 ? first.span.start : article.sentences[sentence]!.start, end: first.span.start},
				totalLine: total,
				measure: null,
				sentence,
			});
		}

		current = [];
		total = null;
	};

	let start = 0;
	while (start <= body.length) {
		let end = body.indexOf('\n', start);
		if (end === -1) end = body.length;
		const line = readLine(body, {start, end}, mentions);
		if (line === null) {
			if (body.slice(start, end).trim() !== '' || start - lastEnd > 2) flush();
		} else {
			if (TOTAL_NAME.test(line.name)) {
				total = line.mention;
				flush();
			} else {
				current.push(line);
			}

			lastEnd = end;
		}

		start = end + 1;
	}

	flush();
	return lists;
}

// "$258,360 for temporary facilities for Harvest Worship Center": a bulleted amount, then what it is for and whom.
const FOR_RECIPIENT = /^\s+(?:for|to)\s+(.+?)[.;,]?\s*$/;

/** The recipient of an amount-first bullet: the words after its last "for"/"to" that open in a capital, else all. */
function recipientOf(after: string): string | null {
	const match = FOR_RECIPIENT.exec(after);
	if (match === null) return null;
	const words = match[1]!;
	const last = /.*\s(?:for|to)\s+(?=\p{Lu})/u.exec(words);
	const name = (last === null ? words : words.slice(last[0].length)).trim();
	return name.length > 0 && name.length <= 60 ? name : null;
}

function readLine(body: string, line: Span, mentions: readonly NumberMention[]): ItemDraft | null {
	const text = body.slice(line.start, line.end);
	if (text.trim().length === 0 || text.length > 200) return null;
	const bullet = BULLET.exec(text);
	const from = line.start + (bullet?.[0].length ?? 0);
	const found = mentionsIn(mentions, {start: from, end: line.end}).filter(isQuantity);
	const mention = found[0];
	if (mention === undefined) return null;
	const before = body.slice(from, mention.hedgedSpan.start);
	const after = body.slice(mention.span.end, line.end);
	if (bullet !== null && before.trim() === '' && found.length === 1) {
		const recipient = recipientOf(after);
		if (recipient !== null) {
			return {name: recipient, mention, span: spanOf(body, from, line.end), noun: null, shape: 'line'};
		}
	}

	if (after.trim().length > 40 || found.some(other => other !== mention && !/\(/.test(after))) return null;
	let name: string | null = null;
	let shape: Shape = 'line';
	if (before.includes('|')) {
		name =
			before
				.split('|')
				.map(cell => cell.trim())
				.find(cell => cell !== '') ?? null;
	} else {
		const separator =
			/(?:\s*[:—–|=]\s*|\s+-\s+|\t\s*| {2,})$/.exec(before) ?? (bullet === null ? null : /\s*,\s*$/.exec(before));
		if (separator !== null) {
			name = before.slice(0, separator.index);
		} else if (bullet === null && after.trim() === '' && / $/.test(before)) {
			// "Benton 18": a table flattened to text, a name and its figure a line; only a run of them is a list.
			name = before.slice(0, -1);
			shape = 'row';
		} else {
			return null;
		}
	}

	const clean = name === null ? null : cleanName(name);
	if (clean === null || clean.split(' ').length > 5) return null;
	if (shape === 'row' && (!/^\p{Lu}/u.test(clean) || clean !== name!.trim())) return null;
	return {
		name: clean,
		mention,
		span: spanOf(body, from, mention.span.end),
		noun: nounAfter(body, mention.span.end),
		shape,
	};
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
