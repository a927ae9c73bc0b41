// The breakdown-total check: does the list add up to the total the article states for it?
import {countInWords, formatValue} from '../numbers/number-context.ts';
import {placeSuffixAt} from '../breakdowns/place-names.ts';
import type {Breakdown, BreakdownItem, Check, Hedge, TotalLink} from '../types.ts';

/** A value with its unit as a reader writes it: "$48.6 million", "44%", "8.7 million", "212". */
export function withUnit(value: number, unit: string | null): string {
	if (unit === null) return formatValue(value);
	if (unit === '%') return `${formatValue(value)}%`;
	const [symbol, scale] = unit.includes(' ') ? unit.split(' ') : /^[a-z]+$/.test(unit) ? [null, unit] : [unit, null];
	const prefix = symbol === '$' || symbol === '€' || symbol === '£' ? symbol : '';
	const suffix = symbol !== null && prefix === '' ? ` ${symbol}` : '';
	return `${prefix}${formatValue(value)}${scale === null || scale === undefined ? '' : ` ${scale}`}${suffix}`;
}

/** Half a unit of the last significant digit written: 500 → 50, 1,200 → 50, 212 → 0.5. */
function roundingTolerance(value: number): number {
	if (!Number.isInteger(value) || value === 0) return 0.05;
	let unit = 1;
	while (value % (unit * 10) === 0) unit *= 10;
	return unit / 2;
}

/** How far a hedged total may be from an exact figure and still hold: 5%, or the rounding the writer used. */
export function hedgeTolerance(value: number, hedge: Hedge): number {
	return hedge === 'approximate' ? Math.max(0.05 * value, roundingTolerance(value)) : 0;
}

const HEDGE_WORDS: Readonly<Record<Hedge, string>> = {
	exact: '',
	approximate: 'about ',
	'at-least': 'at least ',
	'at-most': 'at most ',
};

// Words that make a capitalised name a place; capitals alone also start budget lines, parties and products.
const PLACE_WORD =
	/\b(?:County|City|Township|Borough|Parish|Province|Prefecture|State|District|Region|Territory|Village|Town|Municipality|Island|Islands|Valley|Coast|Heights|Park|Beach|Springs|Falls|Harbou?r|Bay|Lake|Port|Fort|Mount|North|South|East|West|Northern|Southern|Eastern|Western|Central)\b/;

/** "places" only when every name is capitalised and some name is a known state or country or carries a place word. */
function itemNoun(items: readonly BreakdownItem[]): string {
	const capitalised = items.every(item => /^\p{Lu}/u.test(item.name));
	const placeLike = items.some(
		item => PLACE_WORD.test(item.name) || placeSuffixAt(item.name, 0) === item.name.replace(/,.*$/, '').length,
	);
	return capitalised && placeLike ? 'places' : 'figures';
}

function what(breakdown: Breakdown): string {
	return `The ${countInWords(breakdown.items.length)} listed ${itemNoun(breakdown.items)}`;
}

function round(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/** One changed digit or two swapped neighbours: the slips a typist makes. */
function looksLikeTypo(a: number, b: number): boolean {
	const x = String(a);
	const y = String(b);
	if (x.length !== y.length) return false;
	const differ = [...x].flatMap((digit, k) => (digit === y[k] ? [] : [k]));
	if (differ.length === 1) return true;
	return (
		differ.length === 2 &&
		differ[1] === differ[0]! + 1 &&
		x[differ[0]!] === y[differ[1]!] &&
		x[differ[1]!] === y[differ[0]!]
	);
}

/**
 * The items whose correction by one plausible slip (a changed digit, two swapped neighbours) would make the list add
 * up. A hint that names one row when another would do as well points a reporter at the wrong figure, so more than
 * three candidates, or none, give no hint.
 */
function suspects(
	items: readonly BreakdownItem[],
	gap: number,
): Array<{readonly item: BreakdownItem; readonly value: number}> {
	const typos = items
		.map(item => ({item, value: round(item.value - gap)}))
		.filter(fix => fix.value > 0 && looksLikeTypo(fix.item.value, fix.value));
	return typos.length <= 3 ? typos : [];
}

function hintFor(items: readonly BreakdownItem[], gap: number): string | null {
	const fixes = suspects(items, gap);
	if (fixes.length === 0) return null;
	const each = fixes.map(({item, value}) => `${item.name} were ${formatValue(value)}`);
	return `the total matches if ${each.join(', or if ')}`;
}

// Links by which the article itself ties its total to the list; the rest only found the likeliest figure.
// A total cue in another sentence ("with a total of 36,400") as often names one item's own figure as the whole.
const TIED: ReadonlySet<TotalLink> = new Set(['line', 'colon', 'cued-here', 'measure-here', 'measure']);
// Links that present the list as all of the total, so that a list short of it is missing something.
const WHOLE: ReadonlySet<TotalLink> = new Set(['line', 'colon', 'cued-here', 'measure-here']);

/**
 * The verdict policy: ✗ is the strongest thing newsdash says, so it is given only when the article ties the total to
 * the list and either the parts exceed it or the article presents them as the whole (a "Total" line, a colon, a
 * total in the list's own sentence) and they fall short. A partial list short of its total, a list short of a total
 * from another sentence, and a list over a figure only found near it are "?", with the reason in the claim.
 */
function verdictOf(breakdown: Breakdown, gap: number, tolerance: number): Check['verdict'] {
	const hedge = breakdown.statedTotal!.hedge;
	const link = breakdown.totalLink;
	if (Math.abs(gap) <= tolerance) return 'consistent';
	if (breakdown.unread > 0) return 'unverifiable';
	if (gap > 0) {
		// "More than 500, including …": above an at-least total the true figure is unknown.
		if (hedge === 'at-least') return 'consistent';
		// A figure of the measure in another sentence that is itself a part of another list ("31 seats and 27 seats,
		// respectively") is one share, not the whole of this list: over it is "?".
		const borrowed = link === 'measure' && breakdown.parent !== null;
		return link !== null && TIED.has(link) && !borrowed ? 'inconsistent' : 'unverifiable';
	}

	if (hedge === 'at-most') return 'consistent';
	return breakdown.complete && link !== null && WHOLE.has(link) ? 'inconsistent' : 'unverifiable';
}

// A sum of more terms than this is written with its middle elided: a reporter reads forty figures, not 200,000.
const maxTerms = 40;

/** "40 + 35 + 30", or for a very long list "1 + 1 + … + 1 (200,000 figures)". */
export function sumTerms(values: readonly number[]): string {
	if (values.length <= maxTerms) return values.map(value => formatValue(value)).join(' + ');
	const head = values.slice(0, maxTerms - 5).map(value => formatValue(value));
	const tail = values.slice(-3).map(value => formatValue(value));
	return `${[...head, '…', ...tail].join(' + ')} (${formatValue(values.length)} figures)`;
}

/**
 * The breakdown-total check for one breakdown, or null when the article states no total: a sum with nothing to hold
 * it against checks nothing, and the Counts pane already shows it in its footer, so it would only be noise in Totals.
 */
export function breakdownCheck(breakdown: Breakdown, id: string): Check | null {
	const {items, sum, statedTotal, unit, measure} = breakdown;
	if (statedTotal === null) return null;
	const terms = sumTerms(items.map(item => item.value));
	const subject = what(breakdown);
	const spans = items.map(item => item.span);
	const noun =
		measure === 'figures' || measure === 'share' || measure === 'dollars' || unit === '%'
			? ''
			: unit === null
				? ` ${measure}`
				: ` in ${measure}`;
	const total = statedTotal.value;
	const hedge = statedTotal.hedge;
	const gap = round(sum - total);
	const anyApproximate = items.some(item => item.approximate);
	// Figures written to a decimal ("2.23 million", "$6.2 million", "12.17") were rounded by the writer: a sum may be off
	// by half a unit of each one's last digit and still hold (Breakdown.rounding adds those halves up).
	const tolerance = Math.max(hedgeTolerance(total, hedge), anyApproximate ? 0.05 * total : 0, breakdown.rounding, 1e-9);
	const verdict = verdictOf(breakdown, gap, tolerance);
	const stated = `${HEDGE_WORDS[hedge]}${withUnit(total, unit)}`;
	const totalText = withUnit(sum, unit);
	const absGap = withUnit(Math.abs(gap), unit);
	const direction = gap > 0 ? 'more' : 'fewer';
	let claim: string;
	let arithmetic: string;
	if (verdict === 'consistent' && Math.abs(gap) <= 1e-9) {
		claim = `${subject} add up to ${totalText}${noun}, matching the ${stated} stated in total.`;
		arithmetic = `${terms} = ${formatValue(sum)}, as stated`;
	} else if (verdict === 'consistent') {
		claim = `${subject} add up to ${totalText}${noun}, within the ${stated} stated in total.`;
		arithmetic = `${terms} = ${formatValue(sum)} ≈ ${formatValue(total)} stated`;
	} else if (verdict === 'inconsistent') {
		claim = `${subject} add up to ${totalText}${noun}, ${absGap} ${direction} than the ${stated} stated in total.`;
		arithmetic = `${terms} = ${formatValue(sum)} ≠ ${formatValue(total)} stated, ${formatValue(Math.abs(gap))} ${gap > 0 ? 'over' : 'under'}`;
	} else if (breakdown.unread > 0) {
		claim = `${subject} add up to ${totalText}${noun}, not the ${stated} stated in total, but ${countInWords(breakdown.unread)} other ${breakdown.unread === 1 ? 'figure' : 'figures'} in the list could not be read as items, so the sum may be short of the list's.`;
		arithmetic = `${terms} = ${formatValue(sum)} vs ${formatValue(total)} stated; ${formatValue(breakdown.unread)} not read`;
	} else if (gap < 0 && !breakdown.complete) {
		claim = `Partial: ${subject.toLowerCase()} account for ${totalText} of the ${stated}${noun} stated in total; the article lists only some.`;
		arithmetic = `${terms} = ${formatValue(sum)} of ${formatValue(total)} stated (partial list), ${formatValue(-gap)} not listed`;
	} else if (gap < 0) {
		claim = `${subject} add up to ${totalText}${noun}, ${absGap} ${direction} than the ${stated} stated in total; the article does not say they are all of it, so some may be unlisted.`;
		arithmetic = `${terms} = ${formatValue(sum)} of ${formatValue(total)} stated, ${formatValue(-gap)} not listed`;
	} else {
		claim = `${subject} add up to ${totalText}${noun}, ${absGap} more than the ${stated} nearby; the article does not tie that figure to the list, so it may count something else.`;
		arithmetic = `${terms} = ${formatValue(sum)}, more than ${formatValue(total)} nearby`;
	}

	const hint = verdict === 'inconsistent' && hedge === 'exact' ? hintFor(items, gap) : null;
	return {
		id,
		kind: 'breakdown-total',
		verdict,
		claim,
		arithmetic,
		expected: total,
		actual: sum,
		difference: gap,
		hint,
		spans: [...spans, statedTotal.span],
		breakdownId: breakdown.id,
	};
}
