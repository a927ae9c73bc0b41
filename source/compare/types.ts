// The CompareReport contract (`newsdash compare A B C --json`): several articles on one event, lined up. Like the
// Report, fields may be added; none renamed or removed without bumping `version`. Every cell keeps the span of its
// evidence in its own article (column i is `articles[i]`), so the UI can show that article's sentence.
import type {Hedge, Report, Span, Verdict} from '../extract/types.ts';

/** One article given to the comparison: its report and how to name it. */
export type CompareInput = {
	/** How the article is named in columns: the outlet, else the file name. */
	readonly label: string;
	readonly report: Report;
	/** The primary source (a press release, an official count), given with `--source`; at most one. */
	readonly primary: boolean;
};

/** An article that could not be compared (it failed to load), named so the rest can still be compared. */
export type CompareFailure = {readonly label: string; readonly reason: string};

export type CompareArticle = {
	readonly label: string;
	readonly primary: boolean;
	readonly title: string | null;
	readonly published: string | null;
	readonly path: string | null;
};

/**
 * How a row came to join names that are written differently: the same name once case, punctuation, diacritics and
 * "St."/"Saint" are set aside ('spelling'), or one name is the other with a generic word ("County") or a qualifier
 * after a comma left out, and nothing else in the article competes for it ('contained').
 */
export type JoinRule = 'spelling' | 'contained';

export type NameJoin = {
	readonly rule: JoinRule;
	/** The distinct spellings joined, in column order (the first is the row's name). */
	readonly spellings: readonly string[];
};

export type CountCell = {
	/** The item's name as this article writes it. */
	readonly name: string;
	readonly value: number;
	readonly approximate: boolean;
	readonly span: Span;
};

export type CountRow = {
	readonly id: string;
	/** The name shown: the reference article's spelling, else the first article's that has the item. */
	readonly name: string;
	/** One per article, null where the article does not name the item. */
	readonly cells: ReadonlyArray<CountCell | null>;
	/** Set when the row joined different spellings; never silent. */
	readonly join: NameJoin | null;
	/** The value the others are measured against: the primary source's, else the most common (ties: the first). */
	readonly reference: number | null;
	/** Per article, value − reference; null for a missing cell. */
	readonly deltas: ReadonlyArray<number | null>;
	/** True when two articles that name the item give it different values. */
	readonly disagree: boolean;
	/** Largest minus smallest value among the articles that name it. */
	readonly spread: number;
	/** How many articles do not name the item. */
	readonly missing: number;
};

export type TotalCell = {readonly value: number; readonly hedge: Hedge; readonly span: Span};

export type CountsGroup = {
	readonly id: string;
	/** The reference article's measure ("illegal crab traps"). */
	readonly measure: string;
	readonly unit: string | null;
	/** Per article, the breakdown in this group, or null. */
	readonly breakdownIds: ReadonlyArray<string | null>;
	/** Per article, the measure as that article's list has it, when it is not the group's measure (matched by names). */
	readonly otherMeasures: ReadonlyArray<string | null>;
	readonly rows: readonly CountRow[];
	/** The stated totals row: per article, the list's stated total or null. */
	readonly totals: ReadonlyArray<TotalCell | null>;
	readonly totalsDisagree: boolean;
	/** Per article, the sum of its items. */
	readonly sums: ReadonlyArray<number | null>;
	/** Rows that disagree or miss in some article. */
	readonly disagreements: number;
};

export type TotalsVerdictCell = {
	readonly stated: TotalCell | null;
	readonly sum: number;
	/** The verdict of the article's own total check on this list, or null when it made none. */
	readonly verdict: Verdict | null;
	readonly claim: string | null;
	readonly span: Span;
};

/** Per counts group, each article's stated total, sum and verdict side by side. */
export type TotalsRow = {
	readonly groupId: string;
	readonly measure: string;
	readonly cells: ReadonlyArray<TotalsVerdictCell | null>;
	/** True when the stated totals differ or the verdicts differ. */
	readonly disagree: boolean;
};

export type CheckTally = {readonly consistent: number; readonly inconsistent: number; readonly unverifiable: number};

export type TotalsSection = {
	readonly rows: readonly TotalsRow[];
	/** Per article, how its checks came out. */
	readonly tallies: readonly CheckTally[];
};

/** Whether a date opens a span of time, closes one, or stands alone. */
export type DateRole = 'start' | 'end' | 'point';

export type DateCell = {
	/** ISO at its grain. */
	readonly date: string;
	readonly expression: string;
	readonly span: Span;
	readonly sentence: Span;
};

export type DateRow = {
	readonly id: string;
	readonly role: DateRole;
	/** What the date is of, in the reference article's words. */
	readonly event: string;
	readonly cells: ReadonlyArray<DateCell | null>;
	readonly disagree: boolean;
};

export type WordDiffPart = {readonly kind: 'same' | 'added' | 'removed'; readonly text: string};

export type QuoteCell = {
	readonly text: string;
	readonly speaker: string | null;
	readonly span: Span;
	/** The words against the group's reference quotation: removed words are the reference's, added ones this one's. */
	readonly diff: readonly WordDiffPart[];
	readonly changed: boolean;
};

export type QuoteRow = {
	readonly id: string;
	/** The reference quotation's speaker. */
	readonly speaker: string | null;
	readonly cells: ReadonlyArray<QuoteCell | null>;
	/** True when some article's wording differs from the reference. */
	readonly wordsChanged: boolean;
	/** True when the articles give the quotation to different speakers. */
	readonly speakersDiffer: boolean;
};

export type CompareReport = {
	readonly version: 1;
	/** The columns, the primary source first when one is marked. */
	readonly articles: readonly CompareArticle[];
	/** Index into `articles` of the article others are measured against: the primary source, else 0. */
	readonly reference: number;
	readonly counts: readonly CountsGroup[];
	readonly totals: TotalsSection;
	readonly dates: readonly DateRow[];
	readonly quotes: readonly QuoteRow[];
	readonly failed: readonly CompareFailure[];
	/** False when the articles share no list, date or quotation: the UI says so plainly. */
	readonly shared: boolean;
};
