// The Dates section: the same moment of the event as each article dates it. A date is matched across articles by
// what it opens or closes (its role: "began on", "from" open; "ended", "until", "to" close) and by the words of its
// sentence, dates, numbers and small words set aside: two outlets retelling one lead share most of its words.
import type {Report, TimelineEntry} from '../extract/types.ts';
import type {DateCell, DateRole, DateRow} from './types.ts';

const startCue =
	/\b(?:from|began|begins?|beginning|started|starts?|starting|since|opened|opening)\s+(?:on\s+|in\s+)?$/i;
const endCue =
	/\b(?:to|until|till|through|thru|ended|ends?|ending|closed|finished|concluded|wrapped up)\s+(?:on\s+|in\s+)?$/i;

// Words a date's sentence shares with any other: they say nothing of which event it is.
const stopWords: ReadonlySet<string> = new Set(
	(
		'a an and the of in on at to from for by with that which this was were is are be been has have had it its ' +
		'their they he she his her as or but not no so than then began ended ran until through during after before ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
		'september october november december week month year day days said says'
	).split(' '),
);

// Below this share of shared words, two sentences are about different things.
const minimumSimilarity = 0.3;

type Claim = {role: DateRole; cell: DateCell; words: ReadonlySet<string>; event: string};

function sentenceWords(text: string): ReadonlySet<string> {
	const words = text
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter(word => word.length > 1 && !stopWords.has(word));
	return new Set(words);
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	const shared = [...a].filter(word => b.has(word)).length;
	const union = new Set([...a, ...b]).size;
	return union === 0 ? 0 : shared / union;
}

/** Whether the words just before a date (in its own sentence) open or close a span of time. */
export function dateRole(before: string): DateRole {
	if (startCue.test(before)) {
		return 'start';
	}

	return endCue.test(before) ? 'end' : 'point';
}

function claimsOf(report: Report): Claim[] {
	const body = report.article.body;
	const claims: Claim[] = [];
	const add = (role: DateRole, date: string, entry: TimelineEntry): void => {
		const duplicate = claims.some(
			claim => claim.role === role && claim.cell.date === date && claim.cell.sentence.start === entry.sentence.start,
		);
		if (duplicate) {
			return;
		}

		const cell = {date, expression: entry.expression, span: entry.span, sentence: entry.sentence};
		const sentence = body.slice(entry.sentence.start, entry.sentence.end);
		claims.push({role, cell, words: sentenceWords(sentence), event: eventOf(entry, sentence)});
	};

	for (const entry of report.timeline) {
		if (entry.grain === 'unresolved' || entry.start === '') {
			continue;
		}

		if (entry.end !== null && entry.end !== entry.start) {
			add('start', entry.start, entry);
			add('end', entry.end, entry);
			continue;
		}

		const own = dateRole(cueInside(entry.expression));
		add(own === 'point' ? dateRole(body.slice(entry.sentence.start, entry.span.start)) : own, entry.start, entry);
	}

	return claims;
}

// The expression may carry its own cue ("from Monday, May 4", "until June 1"): its first word counts as well.
function cueInside(expression: string): string {
	const first = /^\s*(\p{L}+)\s/u.exec(expression);
	return first === null ? '' : `${first[1]!} `;
}

function eventOf(entry: TimelineEntry, sentence: string): string {
	return entry.event.split(/\s+/).length >= 3 ? entry.event : sentence;
}

/** Whether two ISO dates disagree: one at a coarser grain ("2026-05") agrees with any day inside it. */
export function datesDisagree(a: string, b: string): boolean {
	return !a.startsWith(b) && !b.startsWith(a);
}

type Building = {role: DateRole; claims: Array<Claim | null>};

export function compareDates(reports: readonly Report[], reference: number): DateRow[] {
	const rows: Building[] = [];
	reports.forEach((report, column) => {
		for (const claim of claimsOf(report)) {
			let best: Building | undefined;
			let bestScore = minimumSimilarity;
			for (const row of rows) {
				if (row.role !== claim.role || row.claims[column] !== null) {
					continue;
				}

				const score = Math.max(...row.claims.map(other => (other === null ? 0 : similarity(other.words, claim.words))));
				if (score >= bestScore) {
					best = row;
					bestScore = score;
				}
			}

			if (best === undefined) {
				const claims: Array<Claim | null> = reports.map(() => null);
				claims[column] = claim;
				rows.push({role: claim.role, claims});
			} else {
				best.claims[column] = claim;
			}
		}
	});

	return rows
		.filter(row => row.claims.filter(claim => claim !== null).length >= 2)
		.map((row, index) => dateRow(`date-${index + 1}`, row, reference));
}

function dateRow(id: string, row: Building, reference: number): DateRow {
	const cells = row.claims.map(claim => claim?.cell ?? null);
	const base = row.claims[reference] ?? row.claims.find(claim => claim !== null) ?? null;
	const dates = cells.filter((cell): cell is DateCell => cell !== null).map(cell => cell.date);
	return {
		id,
		role: row.role,
		event: base?.event ?? '',
		cells,
		disagree: dates.some(date => datesDisagree(date, dates[0]!)),
	};
}
