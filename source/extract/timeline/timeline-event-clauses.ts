// Steps of the event label (timeline-event.ts) that reshape a clause around its date before it is trimmed: dates
// coordinated in one clause ("to begin in May and finish in 2026"), insertions set off by commas between a subject
// and its verb ("Kevin Osei, a former engineer, resigned"), and a "since" that makes the date a span open to now.
// Hand-written for the same reason as the rest of the label: no NLP library tried parsed news clauses well enough.

/** The date the label is for. */
export const dateMark = '\u0001';
/** Another date of the sentence, dropped from the label once the clause is reshaped. */
export const otherMark = '\u0002';

// Words that carry a verb phrase across "and": "is scheduled to begin … and finish" shares "is scheduled to".
const sharedHead = /\b(?:to|will|would|could|should|may|might|must|can|is|are|was|were|has|have|had)\s+/g;

const conjunctWords = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/**
 * Two dates in one clause joined by "and": each labels its own conjunct. "Construction is scheduled to begin ⟨May⟩
 * and finish ⟨2026⟩" gives "… to begin" for May and "… to finish" for 2026, not "to begin and finish" for both. The
 * second conjunct takes the first's head: up to its last auxiliary or "to", or else all but as many words as the
 * second conjunct has ("The plant opened ⟨1980⟩ and closed ⟨2019⟩" → "The plant closed").
 */
export function splitConjuncts(text: string): string {
	const ownFirst = new RegExp(
		`${dateMark}\\s+(?:and|or)\\s+(?:[a-z][^,;${dateMark}${otherMark}]{0,60}?\\s*)?${otherMark}`,
	);
	if (ownFirst.test(text)) {
		return text.replace(ownFirst, dateMark);
	}

	const ownSecond = new RegExp(
		`(^|[,;]\\s*)([^,;${dateMark}${otherMark}]*?)${otherMark}\\s+(?:and|or)\\s+([a-z][^,;${dateMark}${otherMark}]{0,60}?)?\\s*${dateMark}`,
	);
	const match = ownSecond.exec(text);
	if (!match) {
		return text;
	}

	const [whole, lead = '', first = '', second = ''] = match;
	const words = conjunctWords(second);
	if (words.length === 0 || words.length > 6) {
		// "in May and in June": the dates share one event; or a second conjunct too long to be a verb phrase.
		return words.length === 0 ? text.replace(`${otherMark} and `, '').replace(`${otherMark} or `, '') : text;
	}

	let head = -1;
	sharedHead.lastIndex = 0;
	for (let found = sharedHead.exec(first); found; found = sharedHead.exec(first)) {
		head = found.index + found[0].length;
	}

	const firstWords = conjunctWords(first);
	const prefix =
		head !== -1
			? first.slice(0, head).trimEnd()
			: firstWords.slice(0, Math.max(0, firstWords.length - words.length)).join(' ');
	if (prefix.length === 0) {
		return text;
	}

	const index = match.index;
	return `${text.slice(0, index)}${lead}${prefix} ${words.join(' ')} ${dateMark}${text.slice(index + whole.length)}`;
}

// An insertion between commas that the clause goes on past ("Kevin Osei, a former engineer, resigned"; "…, speaking
// on Monday, said"): a noun phrase or a participle, followed by a lower-case word that continues the clause.
// Not a quotation's piece, and not before a word that opens a clause of its own (", although most …", ", to be …").
const insertion =
	/,\s+(?:(?:the|a|an)\s|[a-z]+ing\s)[^,;\u201c\u201d"]{0,60}?,(?=\s+(?!(?:and|or|but|nor|yet|so|which|who|whom|whose|where|when|while|although|though|even|as|because|if|unless|to|the|a|an|according|including)\b)[a-z])/g;

/**
 * The clause without the insertions before its verb, so that the label is not the subject alone ("The city's
 * transit director, Kevin Osei"). A participle holding the date dates the clause ("speaking on Monday, said"): it
 * goes, the date's place stays. A noun phrase holding the date is what the date is about, and stays.
 */
export function dropInsertions(clause: string): string {
	return clause.replace(insertion, (found: string, offset: number) => {
		if (found.includes(dateMark) && /^,\s+(?:the|a|an)\s/.test(found)) {
			return found;
		}

		// The comma closes an appositive opened before it ("director, Kevin Osei, said"); else it goes too.
		const comma = clause.slice(0, offset).includes(',') ? ',' : '';
		return found.includes(dateMark) ? `${comma} ${dateMark}` : comma;
	});
}

/** "since 1980", "Since Monday": a span that runs from the date to the time of writing. */
export function isSince(expression: string): boolean {
	return /^since\s/i.test(expression);
}

// A superlative or first that a "since" measures ("…, the lowest number since 1980"), up to the date.
const superlativeTail = /^(?:the\s+)?(?:\w+est|first|most|least|fewest|worst|best)\b/i;

/**
 * The label of a "since" date says it is a span: the clause with the expression kept at its end ("The plant has
 * operated since 1980"), or the superlative it measures ("The lowest number since 1980"), not "The plant has
 * operated" as if it happened in 1980. `tail` is the clause's trailing piece that holds the date, if any.
 */
export function sinceLabel(label: string, expression: string, tail: string | null, room: number): string {
	const since = expression.replace(/^Since/, 'since');
	const superlative =
		tail === null
			? ''
			: tail
					.slice(0, Math.max(0, tail.indexOf(dateMark)))
					.replace(/\s+/g, ' ')
					.replace(/[\s,;:.!?\u201d"]+$/, '')
					.trim();
	if (superlativeTail.test(superlative) && superlative.length + since.length < room) {
		return `${superlative} ${since}`;
	}

	return `${label} ${since}`;
}
