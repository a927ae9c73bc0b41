// Race results written as prose: "LaTurner had outpolled De La Isla 174,334 to 128,194, with Libertarian candidate
// Robert Garrard drawing 13,087 votes"; "Lanier tallied just 63,403 votes to Mullin's 216,234"; "Mullin prevailed by a
// count of 8,134 to Lanier's 2,745 and Castaldo's 431". Each candidate's figure is tied to the name by the verb, the
// possessive or the "N to M" pairing; no list punctuation marks them, so the list readers see none of it.
import type {Article, Span} from '../../article/types.ts';
import {isQuantity, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {ItemDraft, ListDraft} from './breakdown-items.ts';
import {NOT_NAMES} from './item-names.ts';

// A candidate's name: one to four capitalised words, "De La Isla" included.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const FIGURE = String.raw`(\d[\d,]*)`;
// Sentences about votes: nothing else is read here.
const VOTES = /\b(?:votes?|ballots?|outpolled|polled|precincts?|prevailed|(?:count|margin|tally) of)\b/i;

// "A outpolled B 174,334 to 128,194", "A defeated B by 6,484 to 1,996 votes".
const BEAT = new RegExp(
	String.raw`(${NAME})\s+(?:had\s+|has\s+)?(?:outpolled|defeated|beat|edged|topped|bested|outvoted|led)\s+(${NAME})\s+(?:by\s+)?(?:a\s+(?:margin|count|vote|tally)\s+of\s+)?${FIGURE}\s+(?:votes\s+)?to\s+${FIGURE}`,
	'gu',
);
// "A tallied just 63,403 votes", "A had drawn just 15,401 votes", "A attracting the support of 8,530 voters".
const GOT = new RegExp(
	String.raw`(${NAME})\s+(?:had\s+|has\s+)?(?:tallied|received|drew|drawn|drawing|got|getting|garnered|collected|polled|receiving|attracting|attracted|captured|won|prevailed|led)\s+(?:by\s+)?(?:a\s+(?:margin|count|vote|tally)\s+of\s+|the\s+support\s+of\s+)?(?:just\s+|only\s+|about\s+|nearly\s+)?${FIGURE}`,
	'gu',
);
// "to Mullin's 216,234", "and Castaldo's 431".
const POSSESSIVE = new RegExp(String.raw`(${NAME})['’]s\s+${FIGURE}`, 'gu');
// "… 15,401 votes and Montseny 96,501": a name and its figure after "and", the verb left out.
const ELIDED = new RegExp(String.raw`(?:votes?)?\s+and\s+(${NAME})\s+${FIGURE}\b(?!\s*(?:percent|%))`, 'gu');

// "Tom Hale took second with 905 votes", "Ada Ruiz led the three candidates with 1,210 votes": the figure
// after "with", the place in the race between; "votes" must follow, so "Ohio led with 40 cases" is none of this.
const WITH = new RegExp(
	String.raw`(${NAME})\s+(?:[a-z]+\s+){1,6}?with\s+(?:just\s+|only\s+|about\s+|nearly\s+)?${FIGURE}\s+(?:votes|ballots)\b`,
	'gu',
);
// "Next, Tom Hale had 905 votes": "had" and "votes" both, as "Ohio had 40" alone names no candidate.
const HAD = new RegExp(
	String.raw`(${NAME})\s+(?:had|has|got|earned)\s+(?:just\s+|only\s+)?${FIGURE}\s+(?:votes|ballots)\b`,
	'gu',
);
// "Luis Ortega was third with 4,301": the place in the race says the figure is votes, though "votes" is left out.
const PLACED = new RegExp(
	String.raw`(${NAME})\s+(?:was|finished|came|took|placed|ran)\s+(?:a\s+(?:distant\s+)?)?(?:first|second|third|fourth|fifth|sixth|last)\s+with\s+(?:just\s+|only\s+)?${FIGURE}`,
	'gu',
);
// "Ada Ruiz of Ashby came second in the district, getting 610 votes": the place in the race, where, and the figure
// after a verb of getting; "of Ashby" says where the candidate is from, and is no part of the name.
const FINISHED = new RegExp(
	String.raw`(${NAME})(?:\s+of\s+${NAME})?,?\s+(?:finished|came|placed|ran|was)\s+(?:a\s+(?:distant\s+|close\s+)?)?(?:first|second|third|fourth|fifth|sixth|seventh|last)\s+(?:[a-z]+\s+){0,5}?(?:receiving|getting|garnering|taking|polling|with)\s+(?:just\s+|only\s+|about\s+|nearly\s+)?${FIGURE}\s+(?:votes|ballots)\b`,
	'gu',
);
// "1,403 or 38.9 percent voted for Ada Ruiz", "612 votes went to Ben Ortez": the figure first, the candidate after.
const VOTED_FOR = new RegExp(
	String.raw`${FIGURE}(?:\s+(?:votes|ballots|voters))?(?:,?\s+or\s+[\d.]+\s*(?:percent|per cent|%))?,?\s+(?:voted\s+for|went\s+to|were\s+cast\s+for|backed|supported)\s+(?:businessman\s+|businesswoman\s+)?(${NAME})`,
	'gu',
);
// Words before a candidate's name that say what the candidate is, not who.
const ROLE_BEFORE =
	/^(?:(?:The\s+)?(?:Incumbent|Challenger|Former|Newcomer|Democrat|Republican|Independent|Libertarian|Next|Then|Finally|U\.?S\.?|Sen\.?|Senator|Rep\.?|Gov\.?|Governor|Mayor|State|Businessman|Businesswoman|Neurosurgeon|Attorney|Lawyer|Pastor|Professor|Commissioner|Councilman|Councilwoman|Judge|Sheriff)[,]?\s+)+/u;

type Found = {readonly name: string; readonly nameAt: number; readonly figureAt: number};

/** Each match's names and the offsets of their figures, in the sentence's text. */
function matchesIn(text: string): Found[] {
	const found: Found[] = [];
	for (const match of text.matchAll(BEAT)) {
		const [, a, b, n, m] = match;
		const at = match.index;
		const nAt = at + match[0].lastIndexOf(n!, match[0].lastIndexOf(' to '));
		const mAt = at + match[0].lastIndexOf(m!);
		found.push(
			{name: a!, nameAt: at, figureAt: nAt},
			{name: b!, nameAt: at + match[0].indexOf(b!, a!.length), figureAt: mAt},
		);
	}

	for (const match of text.matchAll(VOTED_FOR)) {
		const [, figure, written] = match;
		const role = ROLE_BEFORE.exec(written!)?.[0] ?? '';
		const name = written!.slice(role.length);
		if (name === '') continue;
		found.push({
			name,
			nameAt: match.index + match[0].lastIndexOf(written!) + role.length,
			figureAt: match.index + match[0].indexOf(figure!),
		});
	}

	for (const pattern of [GOT, POSSESSIVE, ELIDED, WITH, HAD, PLACED, FINISHED]) {
		for (const match of text.matchAll(pattern)) {
			const written = match[1]!;
			const role = ROLE_BEFORE.exec(written)?.[0] ?? '';
			const name = written.slice(role.length);
			const figure = match[2]!;
			if (name === '') continue;
			const nameAt = match.index + match[0].indexOf(written) + role.length;
			found.push({name, nameAt, figureAt: match.index + match[0].lastIndexOf(figure)});
		}
	}

	return found;
}

/** The candidates' figures one sentence gives, in text order; none when a name comes twice. */
function sentenceItems(body: string, sentence: Span, mentions: readonly NumberMention[]): ItemDraft[] {
	const text = body.slice(sentence.start, sentence.end);
	if (!VOTES.test(text)) return [];
	const figures = mentionsIn(mentions, sentence).filter(mention => isQuantity(mention) && mention.kind === 'count');
	const byStart = new Map(figures.map(mention => [mention.hedgedSpan.start, mention] as const));
	const byFigure = new Map<NumberMention, ItemDraft>();
	for (const found of matchesIn(text)) {
		const mention =
			byStart.get(sentence.start + found.figureAt) ??
			figures.find(m => m.span.start === sentence.start + found.figureAt);
		const name = found.name.trim();
		if (mention === undefined || byFigure.has(mention) || NOT_NAMES.has(name.split(/\s+/)[0]!.toLowerCase())) continue;
		const start = sentence.start + found.nameAt;
		byFigure.set(mention, {name, mention, span: {start, end: mention.span.end}, noun: null, shape: 'verb'});
	}

	const items = [...byFigure.values()].sort((a, b) => a.mention.span.start - b.mention.span.start);
	return new Set(items.map(item => item.name)).size < items.length ? [] : items;
}

// "There were 2,500 votes in the sheriff's race", "3,120 ballots were cast": the race's whole, said before its
// candidates are.
const RACE_WHOLE =
	/^\s*(?:(?:In all|Overall|Altogether),\s+)?(?:[Tt]here\s+were\s+|[A-Za-z' ]{0,40}\b(?:saw|drew|had)\s+|[Aa]\s+total\s+of\s+)?$/;
const WHOLE_NOUN = /^\s+(?:votes|ballots|voters)\b(?:\s+(?:were\s+)?cast)?/;

/** The figure the sentence before a race's candidates gives as the votes cast, if it gives one. */
function raceWhole(body: string, sentence: Span, mentions: readonly NumberMention[]): NumberMention | null {
	// The whole opens its sentence ("There were 2,500 votes …"): only figures near the start are read, and only a few
	// words either side, so a long sentence costs no more than a short one.
	for (const mention of mentionsIn(mentions, {
		start: sentence.start,
		end: Math.min(sentence.end, sentence.start + 80),
	})) {
		if (mention.kind !== 'count') continue;
		const before = body.slice(sentence.start, mention.hedgedSpan.start);
		const after = body.slice(mention.span.end, Math.min(sentence.end, mention.span.end + 24));
		if (RACE_WHOLE.test(before) && WHOLE_NOUN.test(after)) return mention;
	}

	return null;
}

// ", or 46% of the votes", " (46%)": a candidate's share written right after the count.
const SHARE_AFTER = /^\s*(?:votes?(?:\s+[a-z]+){0,2})?\s*(?:,\s*or\s+|\(\s*)$/;

/** Each candidate's share when every one is given right after the count: a list of its own, by the same names. */
function sharesOf(body: string, items: readonly ItemDraft[], mentions: readonly NumberMention[]): ItemDraft[] | null {
	const shares: ItemDraft[] = [];
	for (const item of items) {
		const next = mentionsIn(mentions, {start: item.mention.span.end, end: item.mention.span.end + 40})[0];
		if (next?.kind !== 'percent' || !SHARE_AFTER.test(body.slice(item.mention.span.end, next.hedgedSpan.start)))
			return null;
		shares.push({...item, mention: next, span: {start: item.span.start, end: next.span.end}});
	}

	return shares;
}

/**
 * "Ada Ruiz led the three candidates with 1,210 votes. Tom Hale took second with 905 votes. …": a race told
 * one candidate a sentence, in one paragraph. The whole is only the votes the sentence just before says were cast,
 * and it is tied loosely (write-ins go unnamed), so such a race is ✓ or ?, never ✗.
 */
function sentenceRun(
	article: Article,
	run: readonly number[],
	items: readonly ItemDraft[],
	mentions: readonly NumberMention[],
): ListDraft[] {
	const {body, sentences} = article;
	const first = sentences[run[0]!]!;
	const before = sentences[run[0]! - 1];
	const after = sentences[run.at(-1)! + 1];
	// Said just before the candidates, or just after them ("In all, 52,593 ballots were cast.").
	const whole =
		(before?.paragraph === first.paragraph ? raceWhole(body, before, mentions) : null) ??
		(after?.paragraph === first.paragraph ? raceWhole(body, after, mentions) : null);
	const span = {start: items[0]!.span.start, end: items.at(-1)!.span.end};
	const lead = {start: before !== undefined && whole !== null ? before.start : first.start, end: items[0]!.span.start};
	const list: ListDraft = {
		items,
		span,
		lead,
		totalLine: whole,
		totalLeads: true,
		measure: 'votes',
		sentence: run[0]!,
		ownSentenceTotal: true,
	};
	const shares = sharesOf(body, items, mentions);
	return shares === null ? [list] : [list, {...list, items: shares, totalLine: null, totalLeads: false}];
}

/** Lists of candidates' votes read from race results in prose: one a sentence, or one candidate a sentence. */
// How many sentences without a count may stand between two candidates' sentences of one race.
const MAX_QUIET = 3;

export function raceLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	let run: number[] = [];
	let runItems: ItemDraft[] = [];
	// The run's names as a set: a run may be long, and a scan of it per sentence would be quadratic.
	let runNames = new Set<string>();
	const flush = (): void => {
		if (run.length >= 2) lists.push(...sentenceRun(article, run, runItems, mentions));
		run = [];
		runItems = [];
		runNames = new Set();
	};

	// Sentences since the run's last that give no count at all ("Statewide, B was second with 19.8 percent."), across
	// paragraphs: a race told a candidate a paragraph goes on past them. A count that is no candidate's ends the run.
	let quiet = 0;
	sentences.forEach((sentence, index) => {
		const items = sentenceItems(body, sentence, mentions);
		const counts = mentionsIn(mentions, sentence).some(mention => mention.kind === 'count' && isQuantity(mention));
		const joins =
			run.length > 0 &&
			((run.at(-1) === index - 1 && sentences[run[0]!]!.paragraph === sentence.paragraph) ||
				(run.at(-1)! + quiet + 1 === index && quiet <= MAX_QUIET));
		if (items.length === 0 && !counts && run.length > 0 && run.at(-1)! + quiet + 1 === index) {
			quiet++;
			return;
		}

		quiet = 0;
		const fresh = items.length > 0 && !items.some(found => runNames.has(found.name));
		// A sentence of one candidate opens a run; any sentence of candidates joins the run before it.
		if (fresh && (items.length === 1 || (joins && run.length > 0))) {
			if (!joins) flush();
			run.push(index);
			for (const item of items) {
				runItems.push(item);
				runNames.add(item.name);
			}
			return;
		}

		flush();
		if (items.length < 2) return;
		lists.push({
			items,
			span: {start: items[0]!.span.start, end: items.at(-1)!.span.end},
			lead: {start: sentence.start, end: items[0]!.span.start},
			totalLine: null,
			measure: 'votes',
			sentence: index,
			ownSentenceTotal: true,
		});
	});
	flush();
	return lists;
}
