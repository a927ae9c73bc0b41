import {
	CLOSING_ABBREVIATIONS,
	MONTH_ABBREVIATIONS,
	NUMBER_ABBREVIATIONS,
	PLACE_ABBREVIATIONS,
	PREFIX_ABBREVIATIONS,
	SENTENCE_STARTERS,
	SAME_SENTENCE_AFTER_TIME,
	TRAILING_ABBREVIATIONS,
} from './abbreviations.ts';
import type {Paragraphs} from './paragraphs.ts';
import type {Sentence} from './types.ts';

// Hand-written rather than Intl.Segmenter: the segmenter breaks after every "H." or "U.S." followed by a capital
// ("Judge Mary K. | Lund"), and knows neither news abbreviations ("Ill.", "Gov.", "Sept. 30") nor that a
// quotation followed by "Smith said." belongs to one sentence. One left-to-right pass per paragraph keeps it linear.

const TERMINATORS = '.!?…';
const CLOSERS = '"”’\'»)]';
const QUOTE_CLOSERS = '"”’\'»';
const OPENERS = '"“‘\'«([';
const TOKEN_LIMIT = 40;

/** Sentences of each paragraph in order; a sentence never crosses a paragraph and its span is trimmed. */
export function findSentences(body: string, paragraphs: Paragraphs): Sentence[] {
	const sentences: Sentence[] = [];
	for (const [index, paragraph] of paragraphs.spans.entries()) {
		splitParagraph(body, paragraphs.contentStarts[index] ?? paragraph.start, paragraph.end, index, sentences);
	}

	return sentences;
}

function splitParagraph(body: string, contentStart: number, end: number, index: number, out: Sentence[]): void {
	let sentenceStart = contentStart;
	let position = sentenceStart;
	while (position < end) {
		const code = body.charCodeAt(position);
		if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) {
			position++;
			continue;
		}

		let terminatorEnd = position;
		while (terminatorEnd < end && TERMINATORS.includes(body[terminatorEnd]!)) {
			terminatorEnd++;
		}

		let closeEnd = terminatorEnd;
		let quoted = false;
		while (closeEnd < end && CLOSERS.includes(body[closeEnd]!)) {
			quoted ||= QUOTE_CLOSERS.includes(body[closeEnd]!);
			closeEnd++;
		}

		if (closeEnd >= end || !isWhite(body.charCodeAt(closeEnd))) {
			position = closeEnd;
			continue;
		}

		let next = closeEnd;
		while (next < end && isWhite(body.charCodeAt(next))) {
			next++;
		}

		const boundary: Boundary = {position, terminatorEnd, closeEnd, next, end, quoted};
		if (endsSentence(body, boundary)) {
			pushTrimmed(body, sentenceStart, closeEnd, index, out);
			sentenceStart = next;
		}

		position = next;
	}

	pushTrimmed(body, sentenceStart, end, index, out);
}

type Boundary = {
	/** The first terminator character. */
	readonly position: number;
	readonly terminatorEnd: number;
	/** After closing quotes and brackets. */
	readonly closeEnd: number;
	/** The first character of what follows. */
	readonly next: number;
	/** The paragraph end. */
	readonly end: number;
	/** Whether a closing quotation mark follows the terminator. */
	readonly quoted: boolean;
};

function endsSentence(body: string, boundary: Boundary): boolean {
	const {position, terminatorEnd, closeEnd, next, quoted} = boundary;
	let wordStart = next;
	while (wordStart < boundary.end && OPENERS.includes(body[wordStart]!)) {
		wordStart++;
	}

	const first = body[wordStart] ?? '';
	if (isLower(first)) {
		return false;
	}

	if (quoted && isAttribution(body, next, boundary.end)) {
		return false;
	}

	const singleDot = terminatorEnd - position === 1 && body[position] === '.';
	if (!singleDot || quoted || closeEnd > terminatorEnd) {
		return true;
	}

	const token = tokenBefore(body, position);
	const bare = token.replaceAll('.', '').toLowerCase();
	const nextWord = wordAt(body, wordStart, boundary.end);
	const starter = SENTENCE_STARTERS.has(nextWord.toLowerCase());
	const capital = isUpper(first);
	const digit = isDigit(first);
	if (bare === '') {
		return true;
	}

	if (token.includes('.') && /^(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$/.test(token)) {
		return dottedEnds(bare, nextWord, starter, capital);
	}

	if (PREFIX_ABBREVIATIONS.has(bare)) {
		return false;
	}

	if (NUMBER_ABBREVIATIONS.has(bare) && (digit || first === '#')) {
		return false;
	}

	if (/^[A-Z]$/.test(token)) {
		// An initial: "Mary K. Lund".
		return starter;
	}

	if (MONTH_ABBREVIATIONS.has(bare)) {
		return !digit && starter;
	}

	if (TRAILING_ABBREVIATIONS.has(bare)) {
		return starter;
	}

	if (PLACE_ABBREVIATIONS.has(bare) || CLOSING_ABBREVIATIONS.has(bare)) {
		// News style puts a comma after a state that runs on ("Springfield, Ill., police"), so a capital after
		// the bare abbreviation starts a new sentence.
		return capital || starter;
	}

	return true;
}

function dottedEnds(bare: string, nextWord: string, starter: boolean, capital: boolean): boolean {
	if (bare === 'eg' || bare === 'ie') {
		return false;
	}

	if (bare === 'am' || bare === 'pm') {
		return capital && !SAME_SENTENCE_AFTER_TIME.has(nextWord.toLowerCase());
	}

	if (PLACE_ABBREVIATIONS.has(bare)) {
		return capital || starter;
	}

	// "U.S. officials", "U.N. Secretary-General": only a word that rarely starts a name ends the sentence.
	return starter;
}

// A quotation closed with a full stop, question or exclamation mark and then "Smith said." is one sentence: the attribution has no sentence of its own.
const ATTRIBUTION =
	/^(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|shouted|explained|continued|recalled|insisted|warned|declared|noted|argued)\s*(?:[.,;:!?]|$)/;

function isAttribution(body: string, next: number, end: number): boolean {
	return ATTRIBUTION.test(body.slice(next, Math.min(end, next + 120)));
}

function tokenBefore(body: string, position: number): string {
	let start = position;
	const limit = Math.max(0, position - TOKEN_LIMIT);
	while (start > limit && !isWhite(body.charCodeAt(start - 1)) && !OPENERS.includes(body[start - 1]!)) {
		start--;
	}

	return body.slice(start, position);
}

function wordAt(body: string, start: number, end: number): string {
	let stop = start;
	const limit = Math.min(end, start + TOKEN_LIMIT);
	while (stop < limit && /[\p{L}\p{M}'’-]/u.test(body[stop]!)) {
		stop++;
	}

	return body.slice(start, stop);
}

function pushTrimmed(body: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
	let from = start;
	let to = end;
	while (from < to && isWhite(body.charCodeAt(from))) {
		from++;
	}

	while (to > from && isWhite(body.charCodeAt(to - 1))) {
		to--;
	}

	// A lone "..." or "—" between items (wire-style notes) says nothing: it is left out rather than made a sentence.
	if (from < to && hasWordCharacter(body, from, to)) {
		out.push({start: from, end: to, paragraph});
	}
}

function hasWordCharacter(body: string, from: number, to: number): boolean {
	for (let index = from; index < to; index++) {
		if (/[\p{L}\p{N}]/u.test(body[index]!)) {
			return true;
		}
	}

	return false;
}

function isWhite(code: number): boolean {
	return (
		code === 0x20 ||
		code === 0x0a ||
		code === 0x09 ||
		code === 0xa0 ||
		code === 0x3000 ||
		(code >= 0x2000 && code <= 0x200b)
	);
}

function isLower(char: string): boolean {
	return char !== '' && /\p{Ll}/u.test(char);
}

function isUpper(char: string): boolean {
	return char !== '' && /\p{Lu}/u.test(char);
}

function isDigit(char: string): boolean {
	return char >= '0' && char <= '9';
}
