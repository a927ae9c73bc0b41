// A short event label for a date: the clause the date modifies, trimmed to subject, verb and object. No NLP library
// tried (compromise, wink) parsed news clauses well enough, so these are hand-written, per-sentence heuristics.

import {dateMark, dropInsertions, isSince, otherMark, sinceLabel, splitConjuncts} from './timeline-event-clauses.ts';

const maxLength = 70;

// Clauses split at strong punctuation; the date's own clause is the one that describes its event.
const strongBreak = /;|\s[\u2014\u2013-]\s|[\u2014\u2013]|:\s/g;

// Trailing parts that add detail rather than the event: ", which …", ", arguing that …", ", the highest …".
const tailBreak =
	/,\s+(?=(?:which|who|whom|whose|where|while|although|though|but|and|as well as|according|including|even|in a|in an|the|a|an|[a-z]+ing)\b)|\s+(?=(?:which|who)\s)/g;

// An opening phrase set off by a comma: "In early March,", "Stepping up the pressure,", "On Monday,".
const introPhrase =
	/^(?:(?:In|On|At|By|During|Since|After|Before|Until|Earlier|Later|Last|This|Next|Over|For|From|Also|Meanwhile|However|Further|Still|Then|Now|Yesterday|Today|Separately|Overall|Already)\b|[A-Z][a-z]+ing\b|[A-Z][a-z]+ly\b)[^,]*,\s+/;

// A reporting verb, up to a few words (who was told, the channel), then "that": the news is the reported clause.
const reportingThat =
	/\b(announced|said|says|say|reported|reports|revealed|confirmed|disclosed|stated|states|claimed|claims|found|finds|argued|warned|added|noted|wrote|told|came to light|emerged|learned|showed|shows)((?:\s+[^\s,;]+){0,12}?)\s+that\s+/g;

// "in a statement to reporters" between a reporting verb and its clause is the channel, not the news.
const channelPhrase =
	/\s+(?:in|via|through|on) (?:a|an|his|her|their|its) (?:letter|statement|tweet|post|press release|interview|speech|memo|filing|report|video|email)(?: to [^,]*?)?(?=\s+that\b|,|$)/g;

const appositiveNaming = /,\s+(?:dubbed|called|known as|named|nicknamed|titled)\s+[^,]*,[\u201d"\u2019']?/g;

const titleWord =
	/^(?:Judge|Justice|President|Secretary|Director|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Mayor|Chief|Minister|Commissioner|Chairman|Chairwoman|Spokesman|Spokeswoman|Officer|Prosecutor|Ambassador|General|Gen\.|Sheriff|Attorney|CEO|Chancellor|Premier)$/;

const danglingWords =
	/(?:\s+(?:the|a|an|of|to|and|or|in|on|for|with|by|at|from|that|its|their|his|her|as|is|was|were|are|be|been|would|will|has|have|had|than|into|this|these|those|which|who|so-called))+$/i;

function pieceAround(text: string, pattern: RegExp, start: number): {start: number; end: number} {
	let pieceStart = 0;
	let pieceEnd = text.length;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		if (match[0].length === 0) {
			pattern.lastIndex++;
			continue;
		}

		if (match.index + match[0].length <= start) {
			pieceStart = match.index + match[0].length;
		} else if (match.index >= start) {
			pieceEnd = match.index;
			break;
		}
	}

	return {start: pieceStart, end: pieceEnd};
}

/** "The National Weather Service (NWS) office" → "NWS office": the acronym stands for the name. */
function useAcronyms(text: string): string {
	return text.replace(/\(([A-Z][A-Z.&]{1,7})\)/g, (whole, acronym: string, offset: number) => {
		const before = text.slice(0, offset).trimEnd();
		const words = before.split(' ');
		let kept = words.length;
		while (kept > 0 && /^(?:[A-Z][\w.'\u2019&-]*|and|of|for|the|on)$/.test(words[kept - 1] ?? '')) {
			kept--;
		}

		return kept < words.length ? `\u0000${words.length - kept}\u0000${acronym}` : whole;
	});
}

function collapseAcronyms(text: string): string {
	let out = text;
	for (let marker = out.indexOf('\u0000'); marker !== -1; marker = out.indexOf('\u0000')) {
		const close = out.indexOf('\u0000', marker + 1);
		const count = Number(out.slice(marker + 1, close));
		const words = out.slice(0, marker).trimEnd().split(' ');
		const head = words.slice(0, Math.max(0, words.length - count)).join(' ');
		out = `${head}${head ? ' ' : ''}${out.slice(close + 1)}`;
	}

	return out;
}

/** "Ohio State Supreme Court Justice Mary Ann Smith" → "Justice Mary Ann Smith". */
function shortenTitles(text: string): string {
	const words = text.split(' ');
	const out: string[] = [];
	let run: string[] = [];
	const flush = (): void => {
		let from = 0;
		if (run.length >= 4) {
			for (let i = run.length - 2; i > 0; i--) {
				if (titleWord.test(run[i] ?? '')) {
					from = i;
					break;
				}
			}
		}

		out.push(...run.slice(from));
		run = [];
	};

	for (const word of words) {
		if (/^[A-Z]/.test(word) || (run.length > 0 && /^(?:of|and)$/.test(word))) {
			run.push(word);
		} else {
			flush();
			out.push(word);
		}
	}

	flush();
	return out.join(' ');
}

// Where a long label may be cut: before a preposition, conjunction or relative word, or at a comma, so that it
// never stops inside a noun phrase ("issuance of a new").
const phraseBoundary =
	/,\s|\s(?=(?:of|to|for|with|from|in|on|at|by|and|or|but|which|who|that|as|after|before|into)\s)/g;

function shorten(text: string, limit = maxLength): string {
	let out = text;
	if (out.length > limit) {
		let cut = -1;
		phraseBoundary.lastIndex = 0;
		for (let match = phraseBoundary.exec(out); match && match.index <= limit; match = phraseBoundary.exec(out)) {
			cut = match.index;
		}

		const space = out.lastIndexOf(' ', limit);
		out = out.slice(0, cut >= Math.min(30, limit / 2) ? cut : space > 0 ? space : limit);
	}

	let previous = '';
	while (previous !== out) {
		previous = out;
		out = out.replace(/[\s,;:.\u2014\u2013-]+$/, '').replace(danglingWords, '');
	}

	return out;
}

const relativeOpening = /^[\s,]*(?:which|who)\s+(?:(?:was|were|is|are|has been|have been|had been)\s+)?/i;
const determiner = /\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+/gi;

/**
 * "…, which was signed by the president \u0001" → "travel ban signed by the president": the relative clause's own
 * words after its antecedent, the noun phrase it follows. The antecedent is the phrase after the nearest
 * determiner that is short and not itself a prepositional chain ("the citizens of …"); without one the relative
 * clause stands alone.
 */
function relativeEvent(main: string, relativeClause: string): string | null {
	const opening = relativeOpening.exec(relativeClause);
	if (!opening) {
		return null;
	}

	const said = relativeClause.slice(opening[0].length);
	if (
		said
			.replace(/\u0001/g, '')
			.trim()
			.split(/\s+/).length < 2
	) {
		return null;
	}

	const starts: number[] = [];
	determiner.lastIndex = 0;
	for (let match = determiner.exec(main); match; match = determiner.exec(main)) {
		starts.push(match.index + match[0].length);
	}

	for (let i = starts.length - 1; i >= 0; i--) {
		const phrase = main
			.slice(starts[i])
			.replace(/\s+\w+ing\s+(?:the|a|an|its|their|his|her|at|on|in|to|of|for|with|from|[A-Z\d])\b[\s\S]*$/, '')
			.replace(/,/g, '')
			.trim();
		const words = phrase.split(/\s+/);
		if (phrase.length > 0 && words.length <= 5 && !/\b(?:of|in|on|for|with|to|from|and)\b/i.test(phrase)) {
			return `${phrase} ${said}`;
		}
	}

	return said;
}

/**
 * The sentence with its date expressions cut out, the one at `start` left as a \u0001 marker and the others as
 * \u0002; `spans` by start. A possessive goes with its date ("2023's floods" → "floods"), or it would dangle.
 */
function markDates(sentence: string, spans: ReadonlyArray<{start: number; end: number}>, start: number): string {
	let out = '';
	let from = 0;
	for (const span of spans) {
		if (span.start < from) {
			continue;
		}

		out += sentence.slice(from, span.start) + (span.start === start ? dateMark : otherMark);
		from = span.end + (/^['\u2019]s\b/.test(sentence.slice(span.end, span.end + 3)) ? 2 : 0);
	}

	return out + sentence.slice(from);
}

/**
 * How far either side of its date a description is read. A clause rarely runs longer; cutting a long sentence here
 * keeps a sentence full of dates linear rather than quadratic in its length.
 */
const reach = 300;

/** The first of `spans` (sorted by start) that ends after `at`. */
function firstEndingAfter(spans: ReadonlyArray<{start: number; end: number}>, at: number): number {
	let low = 0;
	let high = spans.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((spans[middle]?.start ?? 0) < at) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	while (low > 0 && (spans[low - 1]?.end ?? 0) > at) {
		low--;
	}

	return low;
}

/**
 * The text within `reach` of the date [start, end), cut at spaces, with the date and the other date expressions in
 * it (shifted to the cut text, sorted by start, the date before any other starting with it).
 */
function window(
	sentence: string,
	start: number,
	end: number,
	others: ReadonlyArray<{start: number; end: number}>,
): {text: string; start: number; spans: Array<{start: number; end: number}>} {
	let from = 0;
	let to = sentence.length;
	if (start > reach) {
		const space = sentence.indexOf(' ', start - reach);
		from = space !== -1 && space < start ? space + 1 : start - reach;
	}

	if (sentence.length - end > reach) {
		const space = sentence.lastIndexOf(' ', end + reach);
		to = space > end ? space : end + reach;
	}

	const spans: Array<{start: number; end: number}> = [];
	let placed = false;
	for (let i = firstEndingAfter(others, from); i < others.length; i++) {
		const span = others[i];
		if (span === undefined || span.start >= to) {
			break;
		}

		if (!placed && span.start >= start) {
			spans.push({start: start - from, end: end - from});
			placed = true;
		}

		if (span.start !== start) {
			spans.push({start: Math.max(0, span.start - from), end: Math.min(to, span.end) - from});
		}
	}

	if (!placed) {
		spans.push({start: start - from, end: end - from});
	}

	return {text: sentence.slice(from, to), start: start - from, spans};
}

/**
 * A short description of what happened at the date expression [start, end) of `sentence`; `others` are the
 * sentence's date expressions, sorted by start, left out of the description too.
 */
export function eventFor(
	sentence: string,
	start: number,
	end: number,
	others: ReadonlyArray<{start: number; end: number}> = [],
): string {
	const near = window(sentence, start, end, others);
	// Mark the date so it survives trimming as a position, then drop it at the end.
	const marked = splitConjuncts(markDates(near.text, near.spans, near.start)).replaceAll(otherMark, '');
	const at = marked.indexOf('\u0001');
	const strong = pieceAround(marked, strongBreak, at);
	let clause = marked.slice(strong.start, strong.end);
	let position = at - strong.start;
	const lead = /^[\s,;:]+/.exec(clause)?.[0].length ?? 0;
	clause = clause.slice(lead);
	position = Math.max(0, position - lead);

	clause = clause.replace(/^\u0001[\s,]*/, () => {
		position = 0;
		return '\u0001';
	});
	const intro = introPhrase.exec(clause.replace(/^\u0001/, ''));
	if (intro && intro[0].length < clause.length - 1) {
		// "Since Sunday, when a 5.5 aftershock struck, tremors have weakened": the "when" clause describes the date.
		const about = /^(?:when|where)\b[^,]*,\s+/.exec(clause.replace(/^\u0001/, '').slice(intro[0].length));
		const cut = intro[0].length + (about?.[0].length ?? 0) + (clause.startsWith('\u0001') ? 1 : 0);
		clause = clause.slice(cut);
		position = Math.max(0, position - cut);
	}

	// A date inside the reported clause ("said that … next year would …") dates that clause.
	reportingThat.lastIndex = 0;
	const markerAt = clause.indexOf('\u0001');
	const before = clause;
	for (let match = reportingThat.exec(clause); match; match = reportingThat.exec(clause)) {
		// "It emerged that …": an empty frame, the news is the reported clause whatever the date dates.
		const emptyFrame = /^(?:It|There)(?:\s+(?:also|then|now|later|soon|\w+ly))?\s*$/.test(
			clause.slice(0, match.index).trim(),
		);
		if (markerAt > match.index + match[0].length || emptyFrame) {
			clause = clause.slice(match.index + match[0].length);
			position = Math.max(0, position - (before.length - clause.length));
			break;
		}
	}

	clause = dropInsertions(clause);
	position = clause.includes(dateMark) ? clause.indexOf(dateMark) : position;
	const tail = pieceAround(clause, tailBreak, position);
	// A date in a coordinated clause (", but … on Friday") dates that clause, and one in a relative clause
	// (", which was signed … on Sunday") dates what that clause says of its antecedent. In a participial or
	// appositive tail (", the highest since 1994") it dates the main clause.
	const tailText = clause.slice(tail.start, tail.end);
	const ownClause = tail.start > 0 && /^(?:but|and|while|although|though|even)\b/.test(tailText.trim());
	const relative = tail.start > 0 ? relativeEvent(clause.slice(0, tail.start), tailText) : null;
	const expression = sentence.slice(start, end);
	const since = isSince(expression);
	clause =
		relative ??
		(ownClause
			? clause.slice(tail.start, tail.end)
			: clause.slice(0, tail.start > 0 ? pieceAround(clause, tailBreak, 0).end : tail.end));

	// A "since" inside the label's clause stays where it was written ("has stood in the hall since 1898 and …");
	// one that opens it goes to its end ("Since 2001, the county has lost …" → "The county has lost … since 2001").
	const sinceText = expression.replace(/^Since/, 'since');
	const inPlace =
		since && clause.includes(dateMark) && !clause.trimStart().startsWith(dateMark)
			? tidy(clause.replace(dateMark, `${dateMark}${sinceText} `), maxLength)
			: '';
	if (inPlace.includes(sinceText)) {
		return inPlace.charAt(0).toUpperCase() + inPlace.slice(1);
	}

	let text = tidy(clause, since ? maxLength - expression.length - 1 : maxLength);
	if (text.length === 0) {
		text = shorten(
			marked
				.slice(0, 240)
				.replace(/[\u0001\u201c\u201d"]/g, '')
				.replace(/\s+/g, ' ')
				.replace(/^[\s,;:]+/, ''),
			since ? maxLength - expression.length - 1 : maxLength,
		);
	}

	if (since) {
		text = sinceLabel(text, expression, tail.start > 0 && !ownClause ? tailText : null, maxLength);
	}

	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label from its clause: the date marker, quotation marks, asides and long titles out, cut to `limit`. */
function tidy(clause: string, limit: number): string {
	// The label keeps under 70 characters; cleaning more of a long clause than this is wasted work.
	let text = clause
		.slice(0, 240)
		.replace(/\s*\u0001\s*/, ' ')
		.replace(/^[\s,;:]+/, '')
		.replace(appositiveNaming, '')
		.replace(channelPhrase, '')
		.replace(reportingThat, '$1$2 ');
	text = collapseAcronyms(useAcronyms(text));
	text = text
		.replace(/\s*\([^()]*\)/g, '')
		.replace(/[\u201c\u201d"]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:])/g, '$1')
		.trim();
	text = shortenTitles(text);
	return shorten(text, limit);
}
