import type {Span} from '../article/types.ts';
import {honorifics, roleWords} from './quote-lexicon.ts';
import type {MarkedSpan} from './quote-marks.ts';
import {tokenize} from './quote-tokens.ts';
import {isNameToken, parseSubject, type Gender} from './speaker-name.ts';
import type {Speaker} from './types.ts';

// A pronoun reaches back a paragraph or so in news copy; further than this it would be a guess.
const lookBehind = 1500;

/**
 * The last person named with a title ("Judge William H. Orrick", "Ms. Jane Doe") in the paragraph of a quotation
 * and the one before, for a pronoun that no earlier speaker explains: "Judge William H. Orrick … He wrote, “…”".
 */
export function lastNamedPerson(
	body: string,
	paragraphs: readonly Span[],
	mark: MarkedSpan,
): {speaker: Speaker; gender: Gender | null} | null {
	const from = paragraphs[Math.max(0, mark.firstParagraph - 1)]!.start;
	const tokens = tokenize(body, Math.max(from, mark.start - lookBehind), mark.start);
	let found: {speaker: Speaker; gender: Gender | null} | null = null;
	let i = 0;
	while (i < tokens.length) {
		let end = i;
		while (end < tokens.length && isNameToken(tokens[end]!)) {
			end++;
		}

		if (end - i >= 2) {
			let start = i;
			while (start > 0 && (roleWords.has(tokens[start - 1]!.key) || honorifics.has(tokens[start - 1]!.key))) {
				start--;
			}

			const subject = start < i ? parseSubject(tokens.slice(start, end)) : null;
			if (subject?.kind === 'speaker' && subject.speaker.type === 'person') {
				found = subject;
			}
		}

		i = Math.max(end, i + 1);
	}

	return found;
}
