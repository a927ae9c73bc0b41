// Race results written as prose: "LaTurner had outpolled De La Isla 174,334 to 128,194, with Libertarian candidate
// Robert Garrard drawing 13,087 votes"; "Lanier tallied just 63,403 votes to Mullin's 216,234"; "Mullin prevailed by a
// count of 8,134 to Lanier's 2,745 and Castaldo's 431". Each candidate's figure is tied to the name by the verb, the
// possessive or the "N to M" pairing; no list punctuation marks them, so the list readers see none of it.
import type {Article} from '../../article/types.ts';
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

	for (const pattern of [GOT, POSSESSIVE, ELIDED]) {
		for (const match of text.matchAll(pattern)) {
			const name = match[1]!;
			const figure = match[2]!;
			const nameAt = match.index + match[0].indexOf(name);
			found.push({name, nameAt, figureAt: match.index + match[0].lastIndexOf(figure)});
		}
	}

	return found;
}

/** Lists of candidates' votes read from race results in prose, one a sentence. */
export function raceLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body, sentences} = article;
	const lists: ListDraft[] = [];
	sentences.forEach((sentence, index) => {
		const text = body.slice(sentence.start, sentence.end);
		if (!VOTES.test(text)) return;
		const figures = mentionsIn(mentions, sentence).filter(mention => isQuantity(mention) && mention.kind === 'count');
		const byStart = new Map(figures.map(mention => [mention.hedgedSpan.start, mention] as const));
		const byFigure = new Map<NumberMention, ItemDraft>();
		for (const found of matchesIn(text)) {
			const mention =
				byStart.get(sentence.start + found.figureAt) ??
				figures.find(m => m.span.start === sentence.start + found.figureAt);
			const name = found.name.trim();
			if (mention === undefined || byFigure.has(mention) || NOT_NAMES.has(name.split(/\s+/)[0]!.toLowerCase()))
				continue;
			const start = sentence.start + found.nameAt;
			byFigure.set(mention, {name, mention, span: {start, end: mention.span.end}, noun: null, shape: 'verb'});
		}

		const items = [...byFigure.values()].sort((a, b) => a.mention.span.start - b.mention.span.start);
		const names = new Set(items.map(item => item.name));
		if (items.length < 2 || names.size < items.length) return;
		const first = items.reduce((earliest, item) => (item.span.start < earliest.span.start ? item : earliest));
		lists.push({
			items,
			span: {start: first.span.start, end: items.at(-1)!.span.end},
			lead: {start: sentence.start, end: first.span.start},
			totalLine: null,
			measure: 'votes',
			sentence: index,
			ownSentenceTotal: true,
		});
	});
	return lists;
}
