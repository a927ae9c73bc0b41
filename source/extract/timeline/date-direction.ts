// News is written about the past: a bare "Thursday" or "Sept. 27" is the most recent one. Only wording in the same
// clause that looks ahead ("will", "is scheduled to", "must", "until", "expires", "forecasters expect", "the runoff") flips a
// date into the future, and a past-tense verb right beside the date ("adopted on Monday", "said Friday") keeps it
// behind whatever else the clause says.

const clauseBoundary = /[;:,()\u2014\u2013]|\s-\s|\b(?:that|which|who|and|but|while|although|because|after|when)\b/gi;

const aheadCue =
	/\b(?:will|shall|won['\u2019]t|must|upcoming|scheduled|slated|(?:is|are|was|were) set to|plans? to|planned|planning|(?:is|are|was|were) expected to|(?:is|are|was|were) supposed to|(?:is|are) due|due to (?:be|take|begin|start|open|close|vote|expire)|deadline|expires?|going to|intends? to|aims? to|(?:expect|forecast|predict|project)s?\s+(?:[\w'\u2019-]+\s+){1,4}to|forecast(?:s|ers?|ing)?|expects?|runoffs?|run-offs?)\b|['\u2019]ll\b/i;

// "next" and "coming" look ahead when they qualify the date's own phrase, not an unrelated noun ("adopted on Monday
// a budget for the coming year").
const aheadBeforeOnly = /\b(?:next|coming)\s+$/i;

// Present-tense verbs that announce a fixed future date: "opens in late April", "takes office Jan. 1", "faces
// Chicago on Saturday", "the teams meet again on March 12" (plural forms only of verbs that are no common noun:
// "at the end of trading on Monday" is past). Counted only right before the date, where they are the date's own verb.
const presentAhead =
	/\b(?:opens|reopens|closes|starts|begins|ends|expires|runs|resumes|returns|launches|takes (?:office|effect|over)|kicks off|goes|heads|hosts|faces|plays|visits|meets|travels|arrives|is due|are due|meet|play|face|travel|arrive|reopen|resume)\b(?:\s+\S+){0,4}\s+$/i;

// A present passive right before the date is a date set for it: "when she is sentenced on April 22", "the bridge is
// reopened Monday". Not further away: "is accused of stealing $5 on Monday" is about the past.
const presentPassive = /\b(?:is|are)\s+[a-z]{3,}(?:ed|en)\s+(?:on\s+)?$/i;

// "until midnight Sunday", "by Jan. 17", "before October", "starting Aug. 1": deadlines and starts, which look ahead
// unless the clause is in the past ("a heat wave that killed 12 beginning June 30").
const deadlineBefore =
	/\b(?:until|till|by|before|starting|beginning|effective)(?:\s+(?:midnight|noon|the end of|late|early|mid|on|in))?\s+$/i;

// A sentence introduced as what comes next ("UP NEXT: …", "Next: …") is a schedule.
const scheduleHeading = /^\s*(?:up next|next up|next|coming up|schedule)\s*:/i;

// Declared as a day to observe ("declared Saturday a day of mourning").
const observanceAfter = /^\s+(?:as\s+)?an?\s+(?:\w+\s+){0,2}(?:day|holiday)\b/i;

// Reported futures ("said it would close in October") point ahead too, but only strongly enough to move a month
// or a calendar date; a weekday after "would" is as often the one just past.
const weakAheadCue = /\b(?:would|could|expects? to|expected to|hopes? to|aims? to|promised to|vowed to)\b/i;

// Past tense: auxiliaries, common irregular verbs of news, and regular "-ed" forms (but not the "-ed" words that
// look ahead: "scheduled", "expected").
const pastAuxiliary = /\b(?:was|were|had|did)\b/i;
const irregularPast =
	'said|told|took|made|met|came|went|began|won|lost|held|left|saw|found|gave|got|became|fell|rose|ran|sent|brought|bought|built|spent|struck|hit|shot|killed|died|wrote|spoke|broke|chose|drove|flew|fled|fought|paid|sold|stood|thought|threw|wore|knew|led|read|heard|felt|kept|began|woke|swept|sank|sought|taught|caught|oversaw|underwent|withdrew|overtook|rode|rang|sang|swore|tore|froze|grew|drew|blew|forgave|forbade';
const pastVerb = new RegExp(`^(?:${irregularPast}|[a-z]{2,}ed)$`, 'i');
const notPast =
	/^(?:scheduled|expected|planned|slated|supposed|proposed|needed|required|indeed|red|bed|shed|speed|need|feed|seed|weed|hundred|based|dated|named|called|allowed|related|united|limited|detailed|advanced|concerned|interested|armed|aged|skilled|qualified|registered|elected|unexpected|unprecedented)$/i;

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

function isPastWord(word: string, previous: string | undefined): boolean {
	if (!pastVerb.test(word) || notPast.test(word)) {
		return false;
	}

	// "to be completed", "will be opened", "has reopened": a participle after these is not a past event.
	return !/^(?:be|been|being|is|are|will|to|has|have|get|gets|stay|stays|remain|remains|seem|seems|look|looks|appear|appears)$/i.test(
		previous ?? '',
	);
}

const prepositionWord = /^(?:on|in|at|by|since|during|from|last|this|early|late|mid|the)$/i;

/**
 * True when a past-tense verb is the date's own verb: among the three words before it ("adopted a plan on Monday",
 * "was held Friday") or the word right after ("on Monday adopted").
 */
export function pastBeside(text: string, start: number, end: number, clause = clauseAround(text, start, end)): boolean {
	const before = text
		.slice(Math.max(clause.start, start - 60), start)
		.split(/[^\w'\u2019-]+/)
		.filter(word => word.length > 0);
	while (before.length > 0 && prepositionWord.test(before.at(-1) ?? '')) {
		before.pop();
	}

	for (let i = before.length - 1; i >= Math.max(0, before.length - 3); i--) {
		const word = before[i] ?? '';
		if (pastAuxiliary.test(word) || isPastWord(word, before[i - 1])) {
			return true;
		}
	}

	const after = /^\s*(?:(?:afternoon|morning|evening|night|alone)\s+)?([a-z]+)/i.exec(text.slice(end, clause.end));
	return after?.[1] !== undefined && (pastAuxiliary.test(after[1]) || isPastWord(after[1], undefined));
}

// Reporting verbs frame what follows; "said it will reopen starting in October" is not a past clause.
const reportingVerb =
	/^(?:said|told|announced|reported|added|noted|wrote|stated|explained|warned|predicted|confirmed)$/i;

function clauseIsPast(text: string, clause: {start: number; end: number}): boolean {
	const words = text
		.slice(clause.start, clause.end)
		.split(/[^\w'\u2019-]+/)
		.filter(word => word.length > 0);
	return words.some(
		(word, i) => pastAuxiliary.test(word) || (isPastWord(word, words[i - 1]) && !reportingVerb.test(word)),
	);
}

/** True when the clause holding [start, end) of `text` points to the future. */
export function pointsAhead(text: string, start: number, end: number, strength: 'strong' | 'weak' = 'strong'): boolean {
	const clause = clauseAround(text, start, end);
	const before = text.slice(clause.start, start);
	const after = text.slice(end, clause.end);
	// Declaring a day to observe looks ahead although the declaring is past.
	if (observanceAfter.test(after)) {
		return true;
	}

	const strong =
		aheadCue.test(before) ||
		aheadCue.test(after) ||
		aheadBeforeOnly.test(before) ||
		presentAhead.test(before) ||
		presentPassive.test(before) ||
		scheduleHeading.test(text.slice(0, Math.min(start, 40)));
	const deadline =
		!strong &&
		(deadlineBefore.test(before) ||
			/^(?:until|till|by|before|starting|beginning|effective)\s/i.test(text.slice(start, Math.min(end, start + 12))));
	const weak = strength === 'weak' && !strong && (weakAheadCue.test(before) || weakAheadCue.test(after));
	// Most dates have no cue at all; the past-verb veto is only worth reading when one is there.
	if (!(strong || deadline || weak) || pastBeside(text, start, end, clause)) {
		return false;
	}

	return strong || (deadline && !clauseIsPast(text, governingClause(text, start, end, clause))) || weak;
}

/** "By Feb. 14, there were 48": a date phrase set before its sentence is dated by the clause it introduces. */
function governingClause(
	text: string,
	start: number,
	end: number,
	clause: {start: number; end: number},
): {start: number; end: number} {
	const own = (text.slice(clause.start, start) + text.slice(end, clause.end)).split(/\s+/);
	return own.filter(word => /\w/.test(word)).length <= 1 ? {start: clause.start, end: text.length} : clause;
}

/** True when the clause holds only a reported future ("would", "could"): enough to prefer the nearer of two days. */
export function pointsWeaklyAhead(text: string, start: number, end: number): boolean {
	const clause = clauseAround(text, start, end);
	const before = text.slice(clause.start, start);
	const after = text.slice(end, clause.end);
	return (weakAheadCue.test(before) || weakAheadCue.test(after)) && !pastBeside(text, start, end, clause);
}
