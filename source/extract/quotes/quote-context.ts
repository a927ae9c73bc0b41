import {abbreviations} from './quote-lexicon.ts';

const closers = new Set(['”', '"', '’', "'", '»', ')', ']']);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const startsSentence = (c: string | undefined): boolean => c !== undefined && /[\p{Lu}\p{N}“"‘«(]/u.test(c);

/** Does the [.!?] at `index` end a sentence? Abbreviations and initials ("Gov.", "H.") do not. */
function endsSentence(body: string, index: number, limit: number): boolean {
	const c = body[index];
	if (c !== '.' && c !== '!' && c !== '?') {
		return false;
	}

	let next = index + 1;
	while (next < limit && closers.has(body[next]!)) {
		next++;
	}

	if (next < limit && !isSpace(body[next])) {
		return false;
	}

	while (next < limit && isSpace(body[next])) {
		next++;
	}

	if (next < limit && !startsSentence(body[next])) {
		return false;
	}

	if (c === '.') {
		let wordStart = index;
		while (wordStart > 0 && wordStart > index - 12 && /[\p{L}.]/u.test(body[wordStart - 1]!)) {
			wordStart--;
		}

		const word = body.slice(wordStart, index).toLowerCase();
		if (word.length === 1 || abbreviations.has(word)) {
			return false;
		}
	}

	return true;
}

/** Where the sentence holding `index` starts, looking no further back than `lower`. */
export function sentenceStartBefore(body: string, lower: number, index: number): number {
	for (let i = index - 1; i >= lower; i--) {
		if (endsSentence(body, i, index)) {
			let start = i + 1;
			while (start < index && (closers.has(body[start]!) || isSpace(body[start]))) {
				start++;
			}

			return start;
		}
	}

	return lower;
}

/** Where the sentence holding `index` ends (just past its final mark), looking no further than `upper`. */
export function sentenceEndAfter(body: string, index: number, upper: number): number {
	for (let i = index; i < upper; i++) {
		if (body[i] === ';' || endsSentence(body, i, upper)) {
			return i + 1;
		}
	}

	return upper;
}
