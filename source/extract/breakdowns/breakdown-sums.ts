// Lists found by their arithmetic: a whole stated first ("3 mills lay off 445 in the valley"), then its parts one a
// sentence or a clause, each owned by a name ("Northway Paper is laying off 210 …", "… will mean 140 job losses — 90
// at its Ashby plant and 50 at its Corran plant", "Kell … 95"), or parts in one sentence just before their whole
// ("more men (310) than women (290) sat. Of the 600 candidates, …"). Real copy writes such parts in shapes no list
// reader knows; what they share is that they add up to the whole. So a run of owned figures is taken for a list only
// when it adds up to that figure, within the writer's rounding: by construction such a list never yields a ✗, and a
// coincidence is kept rare by asking every part for an owner.
import type {Article, Span} from '../../article/types.ts';
import {isAdjectival, isRate, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {writtenRounding} from '../numbers/rounding.ts';
import {nounKey, sentenceBefore, type ItemDraft, type ListDraft} from './breakdown-items.ts';

// How far after its whole the parts may run, and how many parts one list may have: bounds that keep this linear.
const maxSentencesAfter = 24;
const maxParts = 16;
const maxLooked = 64;

// A capitalised word, as names are written: "Kell", "+", "USA", "Ashby-based", "O'Neill", "D.C.".
const CAP = String.raw`(?:[A-Z][\w.&'’-]*|\+|&)`;
// Words of a name are joined by spaces on one line: a name never runs on past a line break into the next paragraph.
const NAME_RUN = new RegExp(String.raw`${CAP}(?:[ \t]+(?:${CAP}|of|and|de|del|la|du|on|upon))*`);
const AFTER_OWNER = new RegExp(
	String.raw`^[^,;.:()—–]{0,48}?\b(?:in|at|for|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(${NAME_RUN.source})`,
);
const BEFORE_OWNER = new RegExp(
	String.raw`(${NAME_RUN.source})(?:,|:|\s+\(|\s+with|\s+had|\s+has|\s+reported|\s+got|\s+received|\s+won|\s+took)\s*$`,
);
// The verbs after a subject that owns the figure that follows.
const SUBJECT_VERBS = String.raw`(?:is|are|was|were|has|have|had|will|would|said|says|told|informed|plans?|planned|reported|received|got|won|lost|cut|cuts|laid|lays|announced|notified|filed|suspended|closed|closes|employs|employed|garnered|gained|polled|drew|collected|secured|earned|tallied|recorded|sold|took|claimed)`;
// The sentence's subject, after a short description ("Dutch board maker Kell …", "Ashby-based …") and before
// an aside set off by dashes or commas, then a verb: the owner of the sentence's first figure.
const SUBJECT = new RegExp(
	String.raw`^\s*(?:[\w-]+[ \t]+){0,3}?(${NAME_RUN.source})(?:\s*[—–(,][^—–)]{0,160}[—–),])?\s+(?:[a-z]+ly\s+)?${SUBJECT_VERBS}\b`,
);
// A name with the lower-case head noun of the group it names, opening the sentence: "The Northern candidates received".
const NAMED_GROUP = new RegExp(
	String.raw`^\s*(?:(?:And|But),?\s+)?(?:The\s+)?(${NAME_RUN.source}[ \t]+[a-z]+s)\s+(?:[a-z]+ly\s+)?${SUBJECT_VERBS}\b`,
);
// A group named in lower case, the subject of a verb of getting: "And the smaller parties took 310".
const GROUP_SUBJECT =
	/^\s*(?:(?:And|But|Meanwhile|While),?\s+)?the\s+([a-z]+\s+[a-z]+s)\s+(?:received|got|won|took|garnered|gained|polled|drew|collected|secured|earned|had|recorded|reported)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/;
// A group in lower case with its figure alone in brackets: "more boys (512) sat than girls (498)"; "103 medals (29 gold,
// …)" opens a list of the whole's parts instead.
const GROUP_BRACKET = /(?<![\w-])((?:[a-z]{3,}s|men|women|children|people))\s+\($/;
const OPENING_IN = new RegExp(String.raw`^\s*(?:In|At)\s+(${NAME_RUN.source}),`);
const POSSESSIVE = new RegExp(String.raw`(${NAME_RUN.source})['’]s\s+(?:\w+\s+){0,2}$`);
// A figure that changes or compares another ("12 more than", "up 25", "an increase of 5,003") is no part.
const CHANGE_AFTER = /^\s*(?:\w+\s+)?(?:more|fewer|additional|less|higher|lower|percent|per cent|%)\b/i;
// "The vote fell to 57,000 from 60,000": the level after a change, stated whole.
const REACHED_BEFORE = /\b(?:fell|rose|dropped|climbed|grew|increased|decreased|declined|jumped|reached)\s+to\s+$/i;
const CHANGE_BEFORE =
	/\b(?:by|up|down|(?:increase|decrease|rise|drop|decline|gain|loss|fall|jump|growth|change) of|from)\s+$/i;
// "to" leads to a level only after a change ("rose to", "from 40 to"); "power back to 310 homes" names a recipient.
const TO_LEVEL =
	/\b(?:fell|rose|dropped|climbed|grew|increased|decreased|declined|jumped|reached|up|down|from\s+\S+(?:\s+\S+)?)\s+to\s+$/i;
const NOT_NAMES =
	/^(?:The|This|That|These|Those|It|He|She|They|We|I|A|An|But|And|Or|In|On|At|Of|For|By|As|If|When|While|After|Before|Since|Until|With|From|Some|All|Most|Another|Other|Each|Every|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|Overall|Lastly|Next|Finally|Also|Meanwhile|However|Then|Region|District|Ward|Precinct|County|State|Province)$/;

// "455 are hourly; the remaining 185 …": the second part is what is left of the whole. A contrast ("620 were girls
// while 580 were boys") is two parts of one list.
const COMPLEMENT = /\b(?:remaining|rest|remainder|others?)\b/i;

// Figures of time, distance or score measure something else than a count of parts: ages, sentences, durations.
const UNIT_NOUN =
	/^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|points?|goals?|runs?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|inches|degrees?|percent|times)$/;
// What a utility counts its customers by: outage stories say "customers", "homes" and "premises" of one count.
const SERVED = /^(?:customers?|households?|homes?|premises|properties|property|accounts?|meters?|connections?)$/;
// Nouns for people stand for any counted group of people ("1,005 workers" → the suppliers' layoffs).
const PEOPLE = /^(?:people|persons?|individuals?|residents?|workers?|employees?|victims?|patients?|staff)$/;

// "31 people arrested for failure to disperse": the category after "for", up to the next item or the clause's end.
const FOR_CATEGORY =
	/^\s+(?:[a-z]+\s+){0,2}?for\s+([a-z][\w'’ -]{2,60}?)(?=\s*(?:[,;.:)]|\band\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|$))/;

// "3,100 customers remaining without power", "12 people still missing": those counted, in the state they are left in.
const STATE_CATEGORY =
	/^\s+(?:[a-z]+\s+)?((?:remaining|left|still)\s+(?:[a-z]+\s+){0,3}?[a-z]+)(?=\s*(?:[,;.)]|\b(?:and|while|days|after|since)\b|$))/;

/**
 * A category when no name owns a figure: what it was "for", or a counted noun of two words or more ("2,347 single
 * adults", "5,311 family unit apprehensions"); one plain noun ("people") names no category.
 */
function categoryOf(body: string, sentence: Span, mention: NumberMention): string | null {
	const after = body.slice(mention.span.end, Math.min(sentence.end, mention.span.end + 90));
	const reason = FOR_CATEGORY.exec(after)?.[1] ?? STATE_CATEGORY.exec(after)?.[1];
	if (reason !== undefined) return reason.trim();
	const noun = nounAfter(body, mention.span.end);
	if (noun !== null && noun.includes(' ')) return noun;
	// "66 gold, 46 silver and 27 bronze": one word that ends its item (a comma, "and", a bracket) is its category.
	const word = SINGLE_CATEGORY.exec(after)?.[1];
	return word === undefined || STOP_CATEGORY.has(word) ? null : word;
}

const SINGLE_CATEGORY =
	/^\s+(?:(?:are|were|was|is)\s+)?([a-z][a-z-]{2,})(?=\s*(?:[,;).]|\b(?:and|or|while|whereas|but)\b|$))/;
// Words after a figure that name no category of it.
const STOP_CATEGORY = new Set([
	'people',
	'each',
	'more',
	'percent',
	'times',
	'others',
	'apiece',
	'total',
	'years',
	'votes',
]);

/** The name a figure belongs to in its clause, or null: what makes a figure a part rather than a loose number. */
function ownerOf(body: string, sentence: Span, mention: NumberMention, first: boolean): string | null {
	const sentenceStart = sentence.start;
	const after = body.slice(mention.span.end, Math.min(sentence.end, mention.span.end + 90));
	const before = body.slice(Math.max(sentenceStart, mention.hedgedSpan.start - 90), mention.hedgedSpan.start);
	const sentenceHead = body.slice(sentenceStart, mention.hedgedSpan.start);
	// The first figure of "Northway Paper is laying off 210 workers at its river plant" is the company's, not the
	// plant's; later ones ("140 job losses — 90 at its Ashby plant") are the places'.
	const raw =
		(first ? (SUBJECT.exec(sentenceHead)?.[1] ?? NAMED_GROUP.exec(sentenceHead)?.[1]) : undefined) ??
		AFTER_OWNER.exec(after)?.[1] ??
		BEFORE_OWNER.exec(before)?.[1] ??
		POSSESSIVE.exec(before)?.[1] ??
		OPENING_IN.exec(sentenceHead)?.[1];
	// No name owns the figure: a group in lower case, else a category of it.
	const unnamed = (): string | null =>
		(first ? GROUP_SUBJECT.exec(sentenceHead)?.[1] : undefined) ??
		(after.startsWith(')') ? GROUP_BRACKET.exec(before)?.[1] : undefined) ??
		categoryOf(body, sentence, mention);
	if (raw === undefined) return unnamed();
	// The run is capitalised words already; only its edges need trimming ("Ashby-based …", a trailing "and").
	const name = raw
		.replace(/^(?:The|A|An)\s+(?=\S)/, '')
		.replace(/^[A-Z][\w]*-based\s+/, '')
		.replace(/\s+(?:and|of|on|de|la|du|upon)$/, '')
		.replace(/(?<![A-Z])\.$/, '')
		.trim();
	if (name === '' || NOT_NAMES.test(name.split(' ')[0]!) || !/^\p{Lu}/u.test(name)) return unnamed();

	return name;
}

type Figure = {
	readonly mention: NumberMention;
	/** The last word of the noun after it, singular ("job losses" → "loss"), or null. */
	readonly noun: string | null;
	readonly sentence: number;
	readonly owner: string | null;
	readonly change: boolean;
	/** "fell to 57,000": the level reached, which may be a whole though it is no part. */
	readonly reached: boolean;
};

// A sentence with more figures than this is a list or a table, which the list readers read; none of its figures is
// owned one a clause, and looking at each would cost as much as the rest of the extraction.
const maxFiguresPerSentence = 24;

function figuresOf(article: Article, mentions: readonly NumberMention[], taken: ReadonlySet<NumberMention>): Figure[] {
	const {body, sentences} = article;
	const figures: Figure[] = [];
	sentences.forEach((sentence, index) => {
		const inSentence = mentionsIn(mentions, sentence);
		const dense = inSentence.length > maxFiguresPerSentence;
		let first = true;
		for (const mention of inSentence) {
			if ((mention.kind !== 'count' && mention.kind !== 'money') || mention.value <= 0) continue;
			// A figure another list already holds can only be a whole here (a list of its parts), and a whole is 10 or more.
			const held = taken.has(mention) || dense;
			if (held && mention.value < 10) continue;
			if (isAdjectival(body, mention) || isRate(body, mention)) continue;
			const change =
				CHANGE_AFTER.test(body.slice(mention.span.end, mention.span.end + 24)) ||
				CHANGE_BEFORE.test(body.slice(Math.max(0, mention.hedgedSpan.start - 20), mention.hedgedSpan.start)) ||
				TO_LEVEL.test(body.slice(Math.max(0, mention.hedgedSpan.start - 40), mention.hedgedSpan.start));
			const owner = held ? null : ownerOf(body, sentence, mention, first);
			const noun = nounAfter(body, mention.span.end);
			const reached =
				change && REACHED_BEFORE.test(body.slice(Math.max(0, mention.hedgedSpan.start - 30), mention.hedgedSpan.start));
			figures.push({mention, noun: noun === null ? null : nounKey(noun), sentence: index, owner, change, reached});
			first = false;
		}
	});
	return figures;
}

/** "32 families" under a whole of families: the counted noun itself is no category of the whole it counts. */
function namesMeasure(owner: string, wholeNoun: string | null): boolean {
	return wholeNoun !== null && (owner === wholeNoun || nounKey(owner) === wholeNoun);
}

/** Two owners of two words or more that end on one plural noun: "Northern candidates", "independent candidates". */
function sameHead(a: string, b: string): boolean {
	const [x, y] = [a.split(' '), b.split(' ')];
	return x.length > 1 && y.length > 1 && x.at(-1) === y.at(-1) && /^[a-z]+s$/.test(x.at(-1)!);
}

function isCategory(owner: string): boolean {
	return !/^\p{Lu}/u.test(owner);
}

function isUnit(noun: string | null): boolean {
	return noun !== null && (UNIT_NOUN.test(noun) || UNIT_NOUN.test(`${noun}s`));
}

/** A part counts what its whole counts: the same noun, a noun for people beside another, or one of them unnamed. */
function sameMeasure(whole: string | null, part: string | null): boolean {
	if (isUnit(part)) return false;
	if (whole === null || part === null || whole === part) return true;
	if (SERVED.test(whole) && SERVED.test(part)) return true;
	return PEOPLE.test(whole) || PEOPLE.test(part) || PEOPLE.test(`${whole}s`) || PEOPLE.test(`${part}s`);
}

/** How far a sum may be from a whole and still be its parts: the rounding of each figure as written. */
function slack(body: string, whole: NumberMention, parts: readonly NumberMention[]): number {
	const hedged = whole.hedge === 'approximate' ? 0.02 * whole.value : 0;
	return Math.max(
		hedged,
		[whole, ...parts].reduce((total, mention) => total + writtenRounding(body, mention), 0),
		1e-9,
	);
}

type Found = {readonly whole: NumberMention; readonly parts: readonly Figure[]};

/**
 * The parts after one whole: owned figures of its kind, in order, skipping loose figures, changes, restatements of
 * the whole ("more than 1,000") and the parts of a part already found; the shortest run of two or more that adds up.
 */
function partsAfter(
	body: string,
	figures: readonly Figure[],
	at: number,
	nested: ReadonlySet<NumberMention>,
): Found | null {
	const whole = figures[at]!;
	if ((whole.change && !whole.reached) || whole.mention.value < 10 || isUnit(whole.noun)) return null;
	const parts: Figure[] = [];
	let sum = 0;
	// Bounded by figures looked at as well as by sentences: "1, 1, 1, …" is one sentence of a million figures.
	for (let k = at + 1; k < figures.length && k - at <= maxLooked && parts.length < maxParts; k++) {
		const next = figures[k]!;
		if (next.sentence - whole.sentence > maxSentencesAfter) break;
		if (next.mention.kind !== whole.mention.kind || next.change || nested.has(next.mention)) continue;
		if (Math.abs(next.mention.value - whole.mention.value) <= 0.1 * whole.mention.value) continue;
		if (next.owner === null || !sameMeasure(whole.noun, next.noun) || namesMeasure(next.owner, whole.noun)) continue;
		// Names and categories are not parts of one list ("Ashby 90" beside "single adults 40").
		// Unless both are a group of one kind ("Northern candidates" beside "independent candidates").
		if (
			parts.length > 0 &&
			isCategory(parts[0]!.owner!) !== isCategory(next.owner) &&
			!sameHead(parts[0]!.owner!, next.owner)
		)
			continue;
		if (next.mention.value > whole.mention.value) break;
		parts.push(next);
		sum += next.mention.value;
		if (
			parts.length >= 2 &&
			Math.abs(sum - whole.mention.value) <=
				slack(
					body,
					whole.mention,
					parts.map(part => part.mention),
				)
		) {
			if (new Set(parts.map(part => part.owner)).size !== parts.length) return null;
			// "455 are hourly; the remaining 185 are salaried": a part and its complement are the sum check's to hold.
			if (
				parts.length === 2 &&
				COMPLEMENT.test(body.slice(parts[0]!.mention.span.end, parts[1]!.mention.hedgedSpan.start))
			) {
				return null;
			}

			return {whole: whole.mention, parts};
		}

		if (sum > whole.mention.value) return null;
	}

	return null;
}

// How many sentences before its whole a sentence of parts may be: "more boys (512) than girls (498) sat. … Of the
// 1,010 candidates, …". Only one sentence holds the parts, and every figure of its kind there must be one.
const maxSentencesBefore = 2;

/** The parts in one sentence before a whole (or before it in its own sentence), all of them owned, adding up to it. */
function partsBefore(
	body: string,
	figures: readonly Figure[],
	at: number,
	nested: ReadonlySet<NumberMention>,
): Found | null {
	const whole = figures[at]!;
	if (whole.change || whole.mention.value < 10 || isUnit(whole.noun)) return null;
	let k = at - 1;
	for (let sentence = whole.sentence; sentence >= whole.sentence - maxSentencesBefore; sentence--) {
		const parts: Figure[] = [];
		for (; k >= 0 && at - k <= maxLooked && figures[k]!.sentence === sentence; k--) {
			const figure = figures[k]!;
			if (figure.mention.kind !== whole.mention.kind || figure.change) continue;
			parts.unshift(figure);
		}

		// Stopped inside the sentence by the bound: a sentence of more figures than that is a list's, not a few parts;
		// walking on through it for every whole would make a long one quadratic.
		if (k >= 0 && figures[k]!.sentence === sentence) return null;
		if (parts.length < 2 || parts.length > maxParts) continue;
		if (
			parts.some(
				part =>
					part.owner === null ||
					nested.has(part.mention) ||
					!sameMeasure(whole.noun, part.noun) ||
					namesMeasure(part.owner, whole.noun),
			)
		)
			continue;
		if (new Set(parts.map(part => part.owner)).size !== parts.length) continue;
		if (new Set(parts.map(part => isCategory(part.owner!))).size !== 1) continue;
		const sum = parts.reduce((total, part) => total + part.mention.value, 0);
		const mentions = parts.map(part => part.mention);
		if (Math.abs(sum - whole.mention.value) <= slack(body, whole.mention, mentions))
			return {whole: whole.mention, parts};
	}

	return null;
}

/**
 * Lists of owned figures that add up to a figure stated before them, or, in one sentence, just after them; wholes late
 * in the text are read first.
 */
export function sumLists(
	article: Article,
	mentions: readonly NumberMention[],
	taken: ReadonlySet<NumberMention>,
): ListDraft[] {
	const {body} = article;
	const figures = figuresOf(article, mentions, taken);
	const nested = new Set<NumberMention>();
	const found: Found[] = [];
	for (let at = figures.length - 1; at >= 0; at--) {
		const run = partsAfter(body, figures, at, nested) ?? partsBefore(body, figures, at, nested);
		if (run === null || run.parts.some(part => taken.has(part.mention))) continue;
		for (const part of run.parts) nested.add(part.mention);
		found.push(run);
	}

	return found.reverse().map(({whole, parts}) => {
		const items: ItemDraft[] = parts.map(part => ({
			name: part.owner!,
			mention: part.mention,
			span: part.mention.span,
			noun: nounAfter(body, part.mention.span.end),
			shape: 'preposition',
		}));
		const first = parts[0]!;
		const sentence = sentenceBefore(article, first.mention.span.start + 1);
		return {
			items,
			span: {start: first.mention.hedgedSpan.start, end: parts.at(-1)!.mention.span.end},
			lead: {
				start: article.sentences[sentence]?.start ?? first.mention.hedgedSpan.start,
				end: first.mention.hedgedSpan.start,
			},
			totalLine: null,
			measure: null,
			sentence,
			whole,
		};
	});
}
