import type {Sentence} from '../../article/types.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

// Words that say the next figure is the rest of the same whole: "130 …, implying that 82 …", "… and the remaining 17".
const COMPLEMENT = /\b(?:implying|meaning|leaving|remaining|rest|others?|whereas|while)\b/i;
const COMPLEMENT_ALL = new RegExp(COMPLEMENT.source, 'gi');
// A cue word glued to the end of a part ("…5rest"): a slice that starts there sees a word boundary the body has not.
const COMPLEMENT_AT_START = /^(?:implying|meaning|leaving|remaining|rest|others?|whereas|while)\b/i;
const NEGATED_AFTER = /^\s*(?:[a-z]+\s+){0,2}?(?:had|have|has|were|was|are|is|did|do)\s+(?:no|not|never)\b/;

// The two sides of a vote or an outcome: "3,296 supported the deal and 824 opposed it".
const OPPOSITES: ReadonlyArray<readonly [RegExp, RegExp]> = [
	[/^\s*(?:\w+\s+)?(?:supported|backed|favou?red)\b/i, /^\s*(?:\w+\s+)?opposed\b/i],
	[/^\s*(?:\w+\s+)?(?:voted\s+)?(?:for|yes|in favou?r)\b/i, /^\s*(?:\w+\s+)?(?:voted\s+)?(?:against|no)\b/i],
	[/^\s*(?:\w+\s+)?(?:approved|accepted)\b/i, /^\s*(?:\w+\s+)?(?:rejected|refused)\b/i],
	[/^\s*(?:\w+\s+)?(?:passed|survived)\b/i, /^\s*(?:\w+\s+)?(?:failed|died)\b/i],
];

/** Whether two parts' words are the two sides of one division, in either order. */
export function opposite(first: string, second: string): boolean {
	return OPPOSITES.some(
		([one, other]) => (one.test(first) && other.test(second)) || (other.test(first) && one.test(second)),
	);
}

/** What follows a figure: the words that make it a side of a vote. */
function tailOf(body: string, mention: NumberMention): string {
	return body.slice(mention.span.end, mention.span.end + 30);
}

/** The original test of one pair, kept for candidates close to the part, where slicing between them is cheap. */
function partnersDirectly(body: string, part: NumberMention, candidate: NumberMention): boolean {
	const between = body.slice(part.span.end, candidate.hedgedSpan.start);
	const cueAt = between.search(COMPLEMENT);
	return (
		(cueAt !== -1 && between.length - cueAt < 40) ||
		NEGATED_AFTER.test(tailOf(body, candidate)) ||
		opposite(tailOf(body, part), tailOf(body, candidate))
	);
}

/** For each index, the first index at or after it where `flags` is true (flags.length when none). */
function nextTrue(flags: readonly boolean[]): Int32Array {
	const next = new Int32Array(flags.length + 1).fill(flags.length);
	for (let index = flags.length - 1; index >= 0; index--) next[index] = flags[index] ? index : next[index + 1]!;
	return next;
}

// Candidates this close to the part are tested by slicing the text between them, exactly as written; further ones
// through the index, whose cue window then lies wholly after the part.
const near = 60;

/**
 * The figure after a part that is its complement: a cue word ("leaving", "the rest") ending within 40 characters
 * before it, a negation after it ("… had no …"), or the other side of a vote. Built once per sentence: trying every
 * later figure for every part, slicing the text between them, was quadratic in a sentence of many figures (cubic in
 * the characters), and "5 of the 10, " repeated to 20 KB took 12 s.
 */
export class SumPartners {
	private readonly starts: readonly number[];
	private readonly cues: readonly number[];
	private readonly negated: Int32Array;
	private readonly windowCue: Int32Array;
	// Per side of each pair of opposites: the next figure written as that side.
	private readonly sides: readonly Int32Array[];

	constructor(
		private readonly body: string,
		sentence: Sentence,
		private readonly counts: readonly NumberMention[],
	) {
		this.starts = counts.map(mention => mention.hedgedSpan.start);
		const text = body.slice(sentence.start, sentence.end);
		this.cues = Array.from(text.matchAll(COMPLEMENT_ALL), match => sentence.start + match.index);
		const tails = counts.map(mention => tailOf(body, mention));
		this.negated = nextTrue(tails.map(tail => NEGATED_AFTER.test(tail)));
		// A cue starting in the 39 characters before a figure; the window begins one further back so that a word
		// cut at the window's start is never taken for a whole word.
		this.windowCue = nextTrue(
			this.starts.map(start => {
				const from = Math.max(0, start - 40);
				return Array.from(body.slice(from, start).matchAll(COMPLEMENT_ALL)).some(match => match.index >= 1);
			}),
		);
		this.sides = OPPOSITES.flatMap(pair => pair.map(side => nextTrue(tails.map(tail => side.test(tail)))));
	}

	/** Index in `counts` of the first partner of `counts[k]` at or after `from`, or -1. */
	partnerOf(k: number, from: number): number {
		const {body, counts, starts} = this;
		const part = counts[k]!;
		const p = part.span.end;
		let index = from;
		for (; index < counts.length && starts[index]! - p <= near; index++) {
			if (partnersDirectly(body, part, counts[index]!)) return index;
		}

		if (index >= counts.length) return -1;
		let best = Math.min(this.negated[index]!, this.sideMatch(tailOf(body, part), index));
		// The first cue after the part decides: a figure 40 or more characters past it has that cue first in between.
		const cue = this.firstCueFrom(p);
		const byCue = this.windowCue[index]!;
		if (byCue < counts.length && (cue === null || starts[byCue]! < cue + 40)) best = Math.min(best, byCue);
		return best < counts.length ? best : -1;
	}

	/** The next figure from `index` on that is the other side of the part's vote. */
	private sideMatch(partTail: string, index: number): number {
		let best = this.counts.length;
		OPPOSITES.forEach(([one, other], pair) => {
			if (one.test(partTail)) best = Math.min(best, this.sides[pair * 2 + 1]![index]!);
			if (other.test(partTail)) best = Math.min(best, this.sides[pair * 2]![index]!);
		});
		return best;
	}

	/** Where the first cue word at or after `position` starts, as a slice of the text from there would find it. */
	private firstCueFrom(position: number): number | null {
		if (COMPLEMENT_AT_START.test(this.body.slice(position, position + 12))) return position;
		let low = 0;
		let high = this.cues.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (this.cues[middle]! < position) low = middle + 1;
			else high = middle;
		}

		return this.cues[low] ?? null;
	}
}
