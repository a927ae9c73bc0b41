// News is written about the past: a bare "Thursday" or "Sept. 27" is the most recent one. Only wording in the same
// clause that looks ahead ("will", "is scheduled to", "starting") flips a date into the future.

const clauseBoundary =
	/[;:,()\u2014\u2013]|\s-\s|\b(?:that|which|who|and|but|while|although|because|after|before|when)\b/gi;

const aheadCue =
	/\b(?:will|shall|won['\u2019]t|next|upcoming|coming|scheduled|slated|(?:is|are|was|were) set to|plans? to|planned|planning|(?:is|are|was|were) expected to|(?:is|are) due|due to (?:be|take|begin|start|open|close|vote|expire)|starting|beginning|effective|going to|intends? to|aims? to)\b|['\u2019]ll\b/i;

// Reported futures ("said it would close in October") point ahead too, but only strongly enough to move a month
// or a calendar date; a weekday after "would" is as often the one just past.
const weakAheadCue = /\b(?:would|could|expects? to|expected to|hopes? to|aims? to|promised to|vowed to)\b/i;

/** How far either side of a date expression its clause may reach; keeps the scan per-sentence and bounded. */
const reach = 160;

/** The clause of `text` around [start, end): from the previous boundary to the next one. */
export function clauseAround(text: string, start: number, end: number): {start: number; end: number} {
	const leftFrom = Math.max(0, start - reach);
	const left = text.slice(leftFrom, start);
	let clauseStart = leftFrom;
	clauseBoundary.lastIndex = 0;
	for (let match = clauseBoundary.exec(left); match; match = clauseBoundary.exec(left)) {
		clauseStart = leftFrom + match.index + match[0].length;
	}

	const right = text.slice(end, end + reach);
	clauseBoundary.lastIndex = 0;
	const next = clauseBoundary.exec(right);
	const clauseEnd = next ? end + next.index : Math.min(text.length, end + reach);
	return {start: clauseStart, end: clauseEnd};
}

/** True when the clause holding [start, end) of `text` points to the future. */
export function pointsAhead(text: string, start: number, end: number, strength: 'strong' | 'weak' = 'strong'): boolean {
	const clause = clauseAround(text, start, end);
	const before = text.slice(clause.start, start);
	const after = text.slice(end, clause.end);
	if (aheadCue.test(before) || aheadCue.test(after)) {
		return true;
	}

	return strength === 'weak' && (weakAheadCue.test(before) || weakAheadCue.test(after));
}
