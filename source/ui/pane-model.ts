import type {Breakdown, Check, Quote, Report, Span, TimelineEntry} from '../extract/types.ts';
import {compareDated} from '../text/date-order.ts';
import {capitalize, formatHedge, formatNumber, formatShare, formatTimelineDate} from './format.ts';
import type {PaneName} from './pane-name.ts';
import {markMatches} from './match-marks.ts';
import {sanitize} from './sanitize.ts';
import {cellWidth, padEnd, truncate, wrap} from './text-fit.ts';
import type {Role} from './theme.ts';

// What each pane shows, as plain data computed from the report and the view: the reducer uses it for row counts and
// heights (scrolling, paging), the panes render it. No Ink here.

export type Segment = {
	readonly text: string;
	readonly role?: Role;
	/** A key hint ("[ ] to switch"): true on screen, left out of pictures, which no one presses keys on. */
	readonly keyHint?: boolean;
};
export type Line = readonly Segment[];

/** What Enter shows for a row: the spans to highlight (their sentences are found in the body). */
export type Evidence = {readonly label: string; readonly spans: readonly Span[]};

export type SortColumn = 'text' | 'name' | 'count' | 'share';
/** `s` walks this cycle; "text" is the order the article lists them in. */
export const sortCycle: readonly SortColumn[] = ['text', 'name', 'count', 'share'];

export type ModelView = {
	readonly filter: string;
	/** Text to find (`f`): marked wherever it is shown, rows kept. Default "". */
	readonly search?: string;
	readonly sort: {readonly column: SortColumn; readonly reversed: boolean};
	readonly breakdown: number;
	/**
	 * Whether long text is cut to the screen: a quotation to six lines, an event to three, a term or an expression to
	 * its column, each ending in "…". Printed output (a pipe has no height to keep to) sets false: every word is
	 * wrapped into its column instead. Default true.
	 */
	readonly cut?: boolean;
};

export type CountRow = {
	readonly id: string;
	readonly name: string;
	readonly value: string;
	/** The value as a number, for the filtered rows' subtotal. */
	readonly amount: number;
	readonly approximate: boolean;
	readonly share: string;
	/** Value relative to the largest item, 0…1, for the bar. */
	readonly fraction: number;
	readonly evidence: Evidence;
	/** 0 for the list's own items; 1 for the parts of an item that another list divides, shown under it. */
	readonly depth: number;
};

export type ListItem = {
	readonly id: string;
	/** Lines above the item that are not part of it (group headings). */
	readonly heading: readonly Line[];
	readonly lines: readonly Line[];
	readonly evidence: Evidence;
};

export type CountsModel = {
	readonly pane: 'counts';
	readonly title: Line;
	readonly breakdown: Breakdown | null;
	readonly rows: readonly CountRow[];
	readonly summary: Line;
	readonly total: number;
	/** Widest name and value of the whole breakdown, so that filtering or scrolling never changes the columns. */
	readonly widest: {readonly name: number; readonly value: number};
	/** What the value column holds: "Count", "Amount" (money) or "Percent". */
	readonly valueHeading: string;
	/** The text marked in the cells: the search, else the filter; "" for none. */
	readonly needle: string;
};

export type ListModel = {
	readonly pane: 'quotes' | 'timeline' | 'totals' | 'compare';
	readonly title: Line;
	readonly items: readonly ListItem[];
	readonly total: number;
	/** Per item, whether the search text is shown in it (what `n` / `N` step through); empty without a search. */
	readonly found: readonly boolean[];
};

/** What is marked on screen: the search when there is one, else the filter. */
export function needleOf(view: ModelView): string {
	return view.search !== undefined && view.search !== '' ? view.search : view.filter;
}

/** The list with matches marked in every line, and which items show the search text. */
function marked(model: Omit<ListModel, 'found'>, view: ModelView): ListModel {
	const needle = needleOf(view);
	const search = view.search ?? '';
	if (needle === '') {
		return {...model, found: []};
	}

	const items = model.items.map(item => ({...item, lines: item.lines.map(line => markMatches(line, needle))}));
	const found =
		search === '' ? [] : items.map(item => item.lines.some(line => line.some(segment => segment.role === 'match')));
	return {...model, items, found};
}

export type PaneModel = CountsModel | ListModel;

/** Lines of a pane body that are not the scrolling list: title, and for counts the table chrome and the sum line. */
export function listArea(pane: PaneName, paneHeight: number): number {
	// Counts: title, table top border, heading, separator, bottom border, sum line.
	const chrome = pane === 'counts' ? 6 : 1;
	return Math.max(1, paneHeight - chrome);
}

/** The marker column every selectable row starts with. */
export const markerWidth = 2;

const maxQuoteLines = 6;

function matches(filter: string, ...texts: ReadonlyArray<string | null>): boolean {
	if (filter === '') {
		return true;
	}

	const needle = filter.toLowerCase();
	return texts.some(text => text !== null && text.toLowerCase().includes(needle));
}

function filterNote(filter: string, shown: number, total: number): Segment[] {
	if (filter === '') {
		return [];
	}

	return [{text: ` · filter “${sanitize(filter)}”: ${shown} of ${total}`, role: 'accent'}];
}

/** The label of the counts tab: the first breakdown's measure, capitalised. */
export function countsLabel(report: Report): string {
	const measure = report.breakdowns[0]?.measure;
	return measure === undefined || measure === '' ? 'Counts' : capitalize(sanitize(measure));
}

// ---- counts

function statedText(breakdown: Breakdown): string {
	const stated = breakdown.statedTotal;
	return stated === null ? '' : `${formatHedge(stated.hedge)}${formatNumber(stated.value)} stated`;
}

function summaryLine(report: Report, breakdown: Breakdown): Line {
	const stated = breakdown.statedTotal;
	const sum = formatNumber(breakdown.sum);
	const partial: Segment[] = breakdown.complete ? [] : [{text: ' · partial list', role: 'muted'}];
	if (stated === null) {
		return [{text: `Sum ${sum}`, role: 'heading'}, {text: ' · no total stated', role: 'muted'}, ...partial];
	}

	const check = report.checks.find(c => c.kind === 'breakdown-total' && c.breakdownId === breakdown.id);
	const difference = breakdown.sum - stated.value;
	const fallsShortOfPartial = !breakdown.complete && difference < 0;
	const verdict = check?.verdict ?? (difference === 0 || fallsShortOfPartial ? 'consistent' : 'inconsistent');
	const symbol = verdictSymbol(verdict);
	if (difference === 0) {
		return [symbol, {text: ` Sum ${sum} = ${statedText(breakdown)}`}, ...partial];
	}

	const gap = formatNumber(Math.abs(difference));
	if (fallsShortOfPartial) {
		return [
			symbol,
			{text: ` Sum ${sum} of ${statedText(breakdown)}`},
			{text: ` · partial list, ${gap} not itemised`, role: 'muted'},
		];
	}

	return [
		symbol,
		{
			text: ` Sum ${sum} ≠ ${statedText(breakdown)} (${gap} ${difference > 0 ? 'over' : 'under'})`,
			role: roleOf(verdict),
		},
		...partial,
	];
}

function compareRows(
	column: SortColumn,
): (a: {name: string; value: number; index: number}, b: {name: string; value: number; index: number}) => number {
	switch (column) {
		case 'name': {
			return (a, b) => a.name.localeCompare(b.name, 'en') || a.index - b.index;
		}

		// Share is the value over one total, so it orders like the value; largest first reads naturally.
		case 'count':
		case 'share': {
			return (a, b) => b.value - a.value || a.index - b.index;
		}

		case 'text': {
			return (a, b) => a.index - b.index;
		}
	}
}

function countsModel(report: Report, view: ModelView): CountsModel {
	const count = report.breakdowns.length;
	const index = count === 0 ? 0 : ((view.breakdown % count) + count) % count;
	const breakdown = report.breakdowns[index] ?? null;
	if (breakdown === null) {
		return {
			pane: 'counts',
			title: [{text: 'No counts by place or category found in this article.', role: 'muted'}],
			breakdown: null,
			rows: [],
			summary: [],
			total: 0,
			widest: {name: 0, value: 0},
			valueHeading: 'Count',
			needle: '',
		};
	}

	const base = breakdown.statedTotal?.value ?? breakdown.sum;
	// Loops, not Math.max(...list): a list of some 100,000 items overflows the call stack when spread.
	const largest = breakdown.items.reduce((most, item) => Math.max(most, item.value), 0);
	const unit = breakdown.unit === null ? '' : ` (${sanitize(breakdown.unit)})`;
	const valueText = (item: Breakdown['items'][number]) => (item.approximate ? '~' : '') + formatNumber(item.value);
	const entries = breakdown.items
		.map((item, itemIndex) => ({item, name: sanitize(item.name), value: item.value, index: itemIndex}))
		// Every column shown: the name, the value as written and the share.
		.filter(entry => matches(view.filter, entry.name, valueText(entry.item), formatShare(entry.item.value, base)))
		.sort(compareRows(view.sort.column));
	if (view.sort.reversed) {
		entries.reverse();
	}

	const widest = {
		name: breakdown.items.reduce((most, item) => Math.max(most, cellWidth(sanitize(item.name))), 0),
		value: breakdown.items.reduce((most, item) => Math.max(most, cellWidth(valueText(item))), 0),
	};
	const row = (owner: Breakdown, item: Breakdown['items'][number], itemIndex: number, depth: number): CountRow => {
		const name = sanitize(item.name);
		return {
			id: `${owner.id}-${itemIndex}`,
			// Parts sit under the item they divide, indented, as an outline shows them.
			name: depth === 0 ? name : `└ ${name}`,
			value: valueText(item),
			amount: item.value,
			approximate: item.approximate,
			share: formatShare(item.value, base),
			fraction: largest > 0 ? Math.max(0, item.value) / largest : 0,
			evidence: {label: `${name}: ${formatNumber(item.value)}`, spans: [item.span]},
			depth,
		};
	};
	const parts = partsOf(report, breakdown);
	const rows = entries.flatMap(({item, index: itemIndex}) => [
		row(breakdown, item, itemIndex, 0),
		...(parts.get(itemIndex) ?? []).flatMap(part => part.items.map((child, k) => row(part, child, k, 1))),
	]);
	const switcher: Segment[] =
		count > 1
			? [
					{text: ` · list ${index + 1} of ${count}`, role: 'muted'},
					{text: ', [ ] to switch', role: 'muted', keyHint: true},
				]
			: [];
	const parent = parentOf(report, breakdown);
	const nesting: Segment[] = parent === null ? [] : [{text: ` · parts of ${parent}`, role: 'muted'}];
	return {
		pane: 'counts',
		title: [
			{text: capitalize(sanitize(breakdown.measure)) + unit, role: 'heading'},
			{text: ` · ${breakdown.items.length} listed`, role: 'muted'},
			...nesting,
			...switcher,
			...filterNote(view.filter, rows.filter(shown => shown.depth === 0).length, breakdown.items.length),
		],
		breakdown,
		rows,
		summary: summaryLine(report, breakdown),
		total: breakdown.items.length,
		widest,
		valueHeading: valueHeading(breakdown.unit),
		needle: needleOf(view),
	};
}

/** The lists that divide an item of this one, by the item's index: shown under it in the Counts pane. */
function partsOf(report: Report, breakdown: Breakdown): ReadonlyMap<number, readonly Breakdown[]> {
	const parts = new Map<number, Breakdown[]>();
	for (const other of report.breakdowns) {
		if (other.parent?.breakdownId !== breakdown.id) continue;
		const list = parts.get(other.parent.itemIndex) ?? [];
		list.push(other);
		parts.set(other.parent.itemIndex, list);
	}

	return parts;
}

/** "International Automotive Components Group (list 1)": the item a nested list divides, and where that item is. */
function parentOf(report: Report, breakdown: Breakdown): string | null {
	if (breakdown.parent === null) return null;
	const {breakdownId, itemIndex} = breakdown.parent;
	const at = report.breakdowns.findIndex(other => other.id === breakdownId);
	const item = report.breakdowns[at]?.items[itemIndex];
	return item === undefined ? null : `${sanitize(item.name)} (list ${at + 1})`;
}

/** Money has an amount, a list of rates a percent; a bare scale ("million") is still a count. */
function valueHeading(unit: string | null): string {
	if (unit === '%') return 'Percent';
	return unit === null || /^(?:thousand|million|billion|trillion)$/.test(unit) ? 'Count' : 'Amount';
}

// ---- quotes

function speakerLine(quote: Quote): Line {
	if (quote.speaker === null) {
		return [{text: 'unattributed', role: 'unknown'}];
	}

	const details = [quote.speaker.role, quote.speaker.organization]
		.filter((part): part is string => part !== null && part !== '')
		.map(part => sanitize(part))
		.join(' · ');
	return [
		{text: sanitize(quote.speaker.name), role: 'heading'},
		...(details === '' ? [] : [{text: ` — ${details}`, role: 'muted' as const}]),
	];
}

function attributionLine(quote: Quote): Line | null {
	switch (quote.attribution) {
		case 'continuation': {
			return [{text: 'continues the previous quote', role: 'muted'}];
		}

		case 'explicit':
		case 'pronoun': {
			return quote.cue === null ? null : [{text: `via “${sanitize(quote.cue)}”`, role: 'muted'}];
		}

		case 'none': {
			return null;
		}
	}
}

/** `text` wrapped to `width`, at most `max` lines (Infinity: all), the last one shown ending in "…" when cut. */
export function wrapAtMost(text: string, width: number, max: number): string[] {
	const lines = wrap(text, width);
	if (lines.length > max) {
		lines.length = max;
		const last = lines[max - 1]!;
		// The ellipsis goes after the last word kept, or over its last cell when the line is full.
		lines[max - 1] = cellWidth(last) + 2 <= width ? `${last} …` : truncate(`${last}  `, width);
	}

	return lines;
}

function quotedLines(text: string, width: number, cut: boolean): Line[] {
	return wrapAtMost(`“${sanitize(text)}”`, width, cut ? maxQuoteLines : Infinity).map(line => [{text: line}]);
}

function quotesModel(report: Report, view: ModelView, width: number): ListModel {
	const content = width - markerWidth;
	const indent = '  ';
	const visible = report.quotes.filter(quote =>
		matches(
			view.filter,
			quote.text,
			quote.speaker?.name ?? 'unattributed',
			quote.speaker?.role ?? null,
			quote.speaker?.organization ?? null,
			quote.cue,
		),
	);
	const quotations = visible.filter(quote => quote.kind === 'quotation');
	const terms = visible.filter(quote => quote.kind === 'term');
	const items: ListItem[] = quotations.map(quote => {
		const attribution = attributionLine(quote);
		const text = quotedLines(quote.text, content - indent.length, view.cut ?? true).map(line => [
			{text: indent},
			...line,
		]);
		return {
			id: quote.id,
			heading: [],
			lines: [speakerLine(quote), ...text, ...(attribution === null ? [] : [[{text: indent}, ...attribution]])],
			evidence: {
				label: quote.speaker === null ? 'unattributed quote' : `quote by ${sanitize(quote.speaker.name)}`,
				spans: [quote.span],
			},
		};
	});
	for (const [index, term] of terms.entries()) {
		items.push({
			id: term.id,
			heading: index === 0 ? [[{text: 'Terms in quotation marks', role: 'heading'}]] : [],
			lines:
				(view.cut ?? true)
					? [[{text: truncate(`“${sanitize(term.text)}”`, content)}]]
					: wrap(`“${sanitize(term.text)}”`, content).map(line => [{text: line}]),
			evidence: {label: 'term in quotation marks', spans: [term.span]},
		});
	}

	const quotationCount = report.quotes.filter(quote => quote.kind === 'quotation').length;
	const termCount = report.quotes.length - quotationCount;
	const title: Segment[] =
		report.quotes.length === 0
			? [{text: 'No quotations found in this article.', role: 'muted'}]
			: [
					{text: 'Quotes', role: 'heading'},
					{text: ` · ${plural(quotationCount, 'quotation')}, ${plural(termCount, 'term')}`, role: 'muted'},
					...filterNote(view.filter, items.length, report.quotes.length),
				];
	return marked({pane: 'quotes', title, items, total: report.quotes.length}, view);
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// ---- timeline

export const dateColumnWidth = 21;

/**
 * Entries in reading order for a timeline: resolved by the first day each can mean, a qualified month where its
 * qualifier puts it (ties in text order); unresolved last in text order.
 */
export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
	const resolved = entries.filter(entry => entry.grain !== 'unresolved' && entry.start !== '');
	const unresolved = entries.filter(entry => entry.grain === 'unresolved' || entry.start === '');
	const ordered = resolved
		.map((entry, index) => ({entry, index}))
		.sort((a, b) => compareDated(a.entry, b.entry) || a.index - b.index)
		.map(({entry}) => entry);
	return [...ordered, ...unresolved];
}

function groupOf(entry: TimelineEntry): string {
	return entry.grain === 'unresolved' || entry.start === '' ? 'Undated' : entry.start.slice(0, 4);
}

/** Lines an event may take on screen; printed output takes all. */
const maxEventLines = 3;

/**
 * The event and expression columns: the event as wide as its longest text up to what is left beside the usual
 * expression column (28% of the width, 10 to 26 cells), and whatever the events leave over goes to the expressions,
 * up to their longest, so that a wide screen shows them whole rather than cut beside empty cells.
 */
export function timelineColumns(
	entries: readonly TimelineEntry[],
	content: number,
): {readonly event: number; readonly expression: number} {
	const room = Math.max(18, content - dateColumnWidth - 2);
	const usual = Math.min(26, Math.max(10, Math.floor(content * 0.28)));
	let eventNeeds = 0;
	let expressionNeeds = 0;
	for (const entry of entries) {
		eventNeeds = Math.max(eventNeeds, cellWidth(sanitize(entry.event)));
		expressionNeeds = Math.max(expressionNeeds, cellWidth(sanitize(entry.expression)) + 2);
	}

	const event = Math.max(8, Math.min(eventNeeds, room - Math.min(usual, expressionNeeds)));
	const expression = Math.max(Math.min(10, room - event), Math.min(expressionNeeds, room - event));
	return {event, expression};
}

function timelineModel(report: Report, view: ModelView, width: number): ListModel {
	const content = width - markerWidth;
	const cut = view.cut ?? true;
	const columns = timelineColumns(report.timeline, content);
	const ordered = orderTimeline(report.timeline).filter(entry =>
		matches(view.filter, formatTimelineDate(entry), entry.event, entry.expression),
	);
	let previousGroup: string | null = null;
	const items = ordered.map(entry => {
		const group = groupOf(entry);
		const heading: Line[] = group === previousGroup ? [] : [[{text: group, role: 'heading'}]];
		previousGroup = group;
		const date = formatTimelineDate(entry);
		const eventLines = wrapAtMost(sanitize(entry.event), columns.event, cut ? maxEventLines : Infinity);
		const quoted = `“${sanitize(entry.expression)}”`;
		// On screen the expression is cut to its column; printed, it wraps there, beside the event's lines.
		const expressionLines = cut ? [truncate(quoted, columns.expression)] : wrap(quoted, columns.expression);
		const count = Math.max(eventLines.length, expressionLines.length);
		const lines: Line[] = Array.from({length: count}, (_, index) => [
			{
				text: padEnd(index === 0 ? truncate(date, dateColumnWidth - 1) : '', dateColumnWidth),
				role: index === 0 && entry.grain === 'unresolved' ? 'unknown' : 'accent',
			},
			{text: padEnd(eventLines[index] ?? '', columns.event + 2)},
			{text: expressionLines[index] ?? '', role: 'muted'},
		]);
		return {
			id: entry.id,
			heading,
			lines,
			evidence: {label: `${date}: ${sanitize(entry.event)}`, spans: [entry.span]},
		};
	});
	const title: Segment[] =
		report.timeline.length === 0
			? [{text: 'No dates found in this article.', role: 'muted'}]
			: [
					{text: 'Timeline', role: 'heading'},
					{text: ` · ${plural(report.timeline.length, 'entry').replace('entrys', 'entries')}`, role: 'muted'},
					...(report.article.published === null
						? [{text: ' · no publication date: relative dates unresolved', role: 'unknown' as const}]
						: []),
					...filterNote(view.filter, items.length, report.timeline.length),
				];
	return marked({pane: 'timeline', title, items, total: report.timeline.length}, view);
}

// ---- totals

export function verdictSymbol(verdict: Check['verdict']): Segment {
	switch (verdict) {
		case 'consistent': {
			return {text: '✓', role: 'ok'};
		}

		case 'inconsistent': {
			return {text: '✗', role: 'bad'};
		}

		case 'unverifiable': {
			return {text: '?', role: 'unknown'};
		}
	}
}

function roleOf(verdict: Check['verdict']): Role {
	return verdict === 'consistent' ? 'ok' : verdict === 'inconsistent' ? 'bad' : 'unknown';
}

const verdictOrder: Readonly<Record<Check['verdict'], number>> = {inconsistent: 0, unverifiable: 1, consistent: 2};

function totalsModel(report: Report, view: ModelView, width: number): ListModel {
	const content = width - markerWidth;
	const indent = '  ';
	const checks = report.checks
		.map((check, index) => ({check, index}))
		.sort((a, b) => verdictOrder[a.check.verdict] - verdictOrder[b.check.verdict] || a.index - b.index)
		.map(({check}) => check)
		.filter(check => matches(view.filter, check.claim, check.arithmetic, check.hint, check.verdict));
	const items = checks.map(check => {
		const claim = wrap(sanitize(check.claim), content - indent.length);
		const arithmetic = wrap(sanitize(check.arithmetic), content - indent.length);
		const hint = check.hint === null ? [] : wrap(`hint: ${sanitize(check.hint)}`, content - indent.length);
		const lines: Line[] = [
			...claim.map((line, index): Line => [
				index === 0 ? {...verdictSymbol(check.verdict), text: `${verdictSymbol(check.verdict).text} `} : {text: indent},
				{text: line},
			]),
			...arithmetic.map((line): Line => [{text: indent}, {text: line, role: 'accent'}]),
			...hint.map((line): Line => [{text: indent}, {text: line, role: 'muted'}]),
		];
		return {id: check.id, heading: [], lines, evidence: {label: sanitize(check.claim), spans: check.spans}};
	});
	const failing = report.checks.filter(check => check.verdict === 'inconsistent').length;
	const unknown = report.checks.filter(check => check.verdict === 'unverifiable').length;
	const title: Segment[] =
		report.checks.length === 0
			? [{text: 'No totals to check in this article.', role: 'muted'}]
			: [
					{text: 'Totals', role: 'heading'},
					{text: ` · ${plural(report.checks.length, 'check')}: `, role: 'muted'},
					{text: `${failing} ✗`, role: failing > 0 ? 'bad' : 'muted'},
					{text: ', ', role: 'muted'},
					{text: `${unknown} ?`, role: unknown > 0 ? 'unknown' : 'muted'},
					{text: ', ', role: 'muted'},
					{text: `${report.checks.length - failing - unknown} ✓`, role: 'ok'},
					...filterNote(view.filter, items.length, report.checks.length),
				];
	return marked({pane: 'totals', title, items, total: report.checks.length}, view);
}

/** What `pane` shows for this report and view, laid out for a pane body `width` cells wide. */
export function paneModel(report: Report, pane: PaneName, view: ModelView, width: number): PaneModel {
	switch (pane) {
		case 'counts': {
			return countsModel(report, view);
		}

		case 'quotes': {
			return quotesModel(report, view, width);
		}

		case 'timeline': {
			return timelineModel(report, view, width);
		}

		case 'totals': {
			return totalsModel(report, view, width);
		}
	}
}

// Scrolling asks for the heights several times per key (reducer, settling, drawing); a list of 10,000 quotes should
// not be walked each time. Models are immutable, so their heights are computed once.
const heightsCache = new WeakMap<PaneModel, readonly number[]>();

/** Screen lines each selectable entry takes (headings included). */
export function entryHeights(model: PaneModel): readonly number[] {
	let heights = heightsCache.get(model);
	if (heights === undefined) {
		heights =
			model.pane === 'counts'
				? model.rows.map(() => 1)
				: model.items.map(item => item.heading.length + item.lines.length);
		heightsCache.set(model, heights);
	}

	return heights;
}

export function entryEvidence(model: PaneModel, index: number): Evidence | undefined {
	return model.pane === 'counts' ? model.rows[index]?.evidence : model.items[index]?.evidence;
}

/** The width a line takes, in cells. */
export function lineWidth(line: Line): number {
	return line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
}
