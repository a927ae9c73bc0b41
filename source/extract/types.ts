// The Report contract (`newsdash FILE --json`). Users' scripts rely on these names: fields may be added, none renamed
// or removed without bumping `version`.
import type {Span} from '../article/types.ts';

export type {Span};

export type Hedge = 'exact' | 'approximate' | 'at-least' | 'at-most';

export type BreakdownItem = {
	readonly name: string;
	readonly value: number;
	readonly approximate: boolean;
	/** The whole item as written, name and number: "Lake County (41 deaths)". */
	readonly span: Span;
};

export type StatedTotal = {readonly value: number; readonly hedge: Hedge; readonly span: Span};

/**
 * How the stated total was tied to the list: by the article's own words — a "Total" line ('line'), the figure a colon
 * opens the list with ('colon'), a total cue ("a total of", "in all") or the list's own measure ("212 deaths") in
 * the list's sentence ('cued-here', 'measure-here') or near it ('cued', 'measure') — or only by being the likeliest
 * figure: the one the items add up to ('exact'), the one the lead names ('lead'), the nearest larger one ('near').
 */
export type TotalLink =
	'line' | 'colon' | 'cued-here' | 'measure-here' | 'cued' | 'measure' | 'exact' | 'lead' | 'near';

export type Breakdown = {
	readonly id: string;
	/** What is counted: "arrests", "deaths", "ballots", "dollars". */
	readonly measure: string;
	/** "$ million", "%", … or null for plain counts. */
	readonly unit: string | null;
	readonly items: readonly BreakdownItem[];
	readonly sum: number;
	readonly statedTotal: StatedTotal | null;
	/** How the stated total was tied to the list; null without one. */
	readonly totalLink: TotalLink | null;
	/** Figures inside the list that were read as no item: a list not read whole is no ground for a ✗. */
	readonly unread: number;
	/** How far the sum may be from the total by the writer's rounding alone ("2.5 million" is 2.45–2.55 million). */
	readonly rounding: number;
	/** The item of another list this one divides (33 = 7 + 26; 7 = 4 + 1 + 1 + 1), or null for a list of its own. */
	readonly parent: {readonly breakdownId: string; readonly itemIndex: number} | null;
	/** False when the list is introduced as partial ("including", "such as", "among them"). */
	readonly complete: boolean;
	readonly span: Span;
};

export type SpeakerType = 'person' | 'organization' | 'document';

export type Speaker = {
	readonly name: string;
	readonly role: string | null;
	readonly organization: string | null;
	readonly type: SpeakerType;
};

export type Attribution = 'explicit' | 'pronoun' | 'continuation' | 'none';

export type Quote = {
	readonly id: string;
	/** A term is a scare-quoted word or name, not something someone said. */
	readonly kind: 'quotation' | 'term';
	/** Without the outer quotation marks. */
	readonly text: string;
	readonly speaker: Speaker | null;
	readonly attribution: Attribution;
	/** The words that attributed it ("He continued", "Dana Reyes said"), when there were any. */
	readonly cue: string | null;
	/** The quotation including its marks. */
	readonly span: Span;
};

export type Grain = 'day' | 'week' | 'month' | 'season' | 'year' | 'unresolved';

export type TimelineEntry = {
	readonly id: string;
	/** As written: "on Sunday night", "In late April". */
	readonly expression: string;
	/** ISO at its grain: "2017-09-24" | "2017-09" | "2017"; "" when unresolved. */
	readonly start: string;
	/** For intervals ("a four-day period ending Wednesday" → 2017-09-24 … 2017-09-27, "this week"). */
	readonly end: string | null;
	readonly grain: Grain;
	readonly qualifier: 'early' | 'mid' | 'late' | null;
	/** Short, readable description of what happened then. */
	readonly event: string;
	/** The expression. */
	readonly span: Span;
	/** The sentence it belongs to. */
	readonly sentence: Span;
};

export type CheckKind = 'breakdown-total' | 'sum' | 'difference' | 'percentage' | 'approximation' | 'subset';

export type Verdict = 'consistent' | 'inconsistent' | 'unverifiable';

export type Check = {
	readonly id: string;
	readonly kind: CheckKind;
	readonly verdict: Verdict;
	/** One plain sentence a reader understands. */
	readonly claim: string;
	/** The arithmetic written out: "41 + 35 + … + 12 = 130 ≠ 120 stated, 10 over". */
	readonly arithmetic: string;
	readonly expected: number;
	readonly actual: number;
	readonly difference: number | null;
	/** E.g. "the total matches if Lake County were 31". */
	readonly hint: string | null;
	/** Every number the check used. */
	readonly spans: readonly Span[];
	/** The breakdown it checks, for breakdown-total checks. */
	readonly breakdownId: string | null;
};

export type ReportArticle = {
	readonly title: string | null;
	readonly published: string | null;
	readonly source: string | null;
	readonly url: string | null;
	readonly path: string | null;
	readonly body: string;
	/** The paragraphs of the body, so a reader can place any span ("paragraph 3"). */
	readonly paragraphs: readonly Span[];
	/** The sentences of the body (abbreviation-aware), so the evidence behind any span is its whole sentence. */
	readonly sentences: readonly Span[];
};

export type Report = {
	readonly version: 1;
	readonly article: ReportArticle;
	readonly breakdowns: readonly Breakdown[];
	readonly quotes: readonly Quote[];
	readonly timeline: readonly TimelineEntry[];
	readonly checks: readonly Check[];
	/** E.g. "no publication date: relative dates are unresolved". */
	readonly warnings: readonly string[];
};
