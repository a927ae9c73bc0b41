// Fractions in words ("Nearly two-thirds of nurses", "about half of", "one in five") against the percentage the
// article gives for the same group in the same or a neighbouring sentence.
import type {Article} from '../../article/types.ts';
import {draft, written, type Draft} from './check-draft.ts';
import {mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';

const NUMERALS: Readonly<Record<string, number>> = {
	a: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
};

const PARTS: Readonly<Record<string, number>> = {
	half: 2,
	third: 3,
	thirds: 3,
	quarter: 4,
	quarters: 4,
	fourth: 4,
	fourths: 4,
	fifth: 5,
	fifths: 5,
	tenth: 10,
	tenths: 10,
};

// Bounded alternations and single-word gaps only: no nested quantifier that can backtrack.
const FRACTION =
	/\b(?:(nearly|almost|close to|just under|about|around|roughly|some|more than|over|just over|less than|under|fewer than) )?(?:(half)|(a|one|two|three|four|nine)[- ](thirds?|quarters?|fourths?|fifths?|tenths?)|(one|two|three|four|five|six|seven|eight|nine) in (two|three|four|five|six|seven|eight|nine|ten))\b( of)?/gi;

const HALF_NOT_SHARE = new Set(['the', 'first', 'second', 'last', 'latter', 'other', 'next', 'a', 'one', 'and']);

type Fraction = {readonly value: number; readonly hedge: string; readonly start: number; readonly end: number};

function fractionsIn(body: string, start: number, end: number): Fraction[] {
	const found: Fraction[] = [];
	const text = body.slice(start, end);
	FRACTION.lastIndex = 0;
	for (let match = FRACTION.exec(text); match !== null; match = FRACTION.exec(text)) {
		const [whole, hedge = '', half, top, part, inTop, inBottom, of] = match;
		let value: number | undefined;
		if (half !== undefined) {
			// "the second half of the year", "the other half of": a part of a period or a thing, not a share.
			const previous = /(\w+)\s+$/.exec(body.slice(Math.max(0, start + match.index - 12), start + match.index));
			value = of === undefined || HALF_NOT_SHARE.has(previous?.[1]?.toLowerCase() ?? '') ? undefined : 50;
		} else if (top !== undefined && part !== undefined) {
			// "a third of", "two-thirds of": the fraction must be of something to describe a share.
			value = of === undefined ? undefined : (100 * NUMERALS[top.toLowerCase()]!) / PARTS[part.toLowerCase()]!;
		} else if (inTop !== undefined && inBottom !== undefined) {
			value = (100 * NUMERALS[inTop.toLowerCase()]!) / NUMERALS[inBottom.toLowerCase()]!;
		}

		if (value === undefined || value >= 100) continue;
		found.push({
			value,
			hedge: hedge.toLowerCase(),
			start: start + match.index,
			end: start + match.index + whole.length - (of ?? '').length,
		});
	}

	return found;
}

/** Whether a percentage fits a fraction under its hedge: "nearly two-thirds" is 57–67%, "about half" 45–55%. */
function fits(fraction: Fraction, percent: number): boolean {
	const f = fraction.value;
	switch (fraction.hedge) {
		case 'nearly':
		case 'almost':
		case 'close to':
		case 'just under': {
			return percent <= f + 0.5 && percent >= f - 10;
		}

		case 'more than':
		case 'over':
		case 'just over': {
			return percent >= f - 0.5;
		}

		case 'less than':
		case 'under':
		case 'fewer than': {
			return percent <= f + 0.5;
		}

		case '': {
			return Math.abs(percent - f) <= 2.5;
		}

		default: {
			return Math.abs(percent - f) <= 5;
		}
	}
}

function isShare(body: string, mention: NumberMention): boolean {
	return mention.kind === 'percent' && !/point/i.test(written(body, mention)) && Number.isFinite(mention.value);
}

/** Each fraction in words against the nearest percentage within ten points of it, in its sentence or the next. */
export function fractionChecks(article: Article, mentions: readonly NumberMention[]): Draft[] {
	const {body, sentences} = article;
	const found: Draft[] = [];
	sentences.forEach((sentence, index) => {
		for (const fraction of fractionsIn(body, sentence.start, sentence.end)) {
			let best: NumberMention | null = null;
			for (const k of [index, index + 1, index - 1]) {
				const near = sentences[k];
				if (near === undefined || Math.abs(near.paragraph - sentence.paragraph) > 1) continue;
				for (const mention of mentionsIn(mentions, near)) {
					if (!isShare(body, mention) || Math.abs(mention.value - fraction.value) > 10) continue;
					if (best === null || Math.abs(mention.value - fraction.value) < Math.abs(best.value - fraction.value)) {
						best = mention;
					}
				}

				if (best !== null) break;
			}

			if (best === null) continue;
			const holds = fits(fraction, best.value);
			const words = body.slice(fraction.start, fraction.end);
			const shown = Number(fraction.value.toFixed(1));
			found.push(
				draft(
					'approximation',
					holds ? 'consistent' : 'inconsistent',
					holds
						? `“${words}” fits the ${written(body, best)} given for it.`
						: `“${words}” (${shown}%) does not fit the ${written(body, best)} given for it.`,
					`${best.value}% ${holds ? '≈' : '≉'} ${words} (${shown}%)`,
					fraction.value,
					best.value,
					[{start: fraction.start, end: fraction.end}, best.span],
				),
			);
		}
	});
	return found;
}
