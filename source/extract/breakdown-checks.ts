// The breakdown-total check: does the list add up to the total the article states for it?
import {countInWords, formatValue} from './number-context.ts';
import {placeSuffixAt} from './place-names.ts';
import type {Breakdown, BreakdownItem, Check, Hedge} from './types.ts';

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

function digitsShared(a: number, b: number): number {
	const x = String(a);
	const y = String(b).padStart(x.length, ' ');
	let shared = 0;
	for (let k = 0; k < x.length; k++) if (x[k] === y[k]) shared++;
	return shared;
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
 * The single item whose correction would make the list add up: the one plausible typo when there is exactly one,
 * else the corrected value with as many digits as the written one that shares the most digits with it.
 */
function suspect(
	items: readonly BreakdownItem[],
	gap: number,
): {readonly item: BreakdownItem; readonly value: number} | null {
	const fixes = items.map(item => ({item, value: round(item.value - gap)})).filter(fix => fix.value > 0);
	const typos = fixes.filter(fix => looksLikeTypo(fix.item.value, fix.value));
	// Two items equally likely to hold the slip: naming one would be a guess.
	if (typos.length > 1) return null;
	if (typos.length === 1) return typos[0]!;
	let best: {item: BreakdownItem; value: number; score: number} | null = null;
	let tied = false;
	for (const {item, value} of fixes) {
		const score =
			(String(Math.round(value)).length === String(Math.round(item.value)).length ? 10 : 0) +
			digitsShared(item.value, value);
		if (best !== null && score === best.score) tied = true;
		if (best === null || score > best.score) {
			best = {item, value, score};
			tied = false;
		}
	}

	return tied ? null : best;
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
	const tolerance = Math.max(hedgeTolerance(total, hedge), anyApproximate ? 0.05 * total : 0, 1e-9);
	let consistent: boolean;
	if (hedge === 'at-least') {
		// "More than 500, including X (300) and Y (250)": the true total is unknown above 500, so a partial list can
		// never contradict it; a complete list must reach it.
		consistent = !breakdown.complete || sum >= total - tolerance;
	} else if (hedge === 'at-most') {
		consistent = sum <= total + tolerance;
	} else if (breakdown.complete) {
		consistent = Math.abs(gap) <= tolerance;
	} else {
		// A partial list may fall short of the total but never exceed it.
		consistent = gap <= tolerance;
	}

	const stated = `${HEDGE_WORDS[hedge]}${withUnit(total, unit)}`;
	const totalText = withUnit(sum, unit);
	const absGap = withUnit(Math.abs(gap), unit);
	let claim: string;
	let arithmetic: string;
	if (consistent) {
		if (Math.abs(gap) <= 1e-9) {
			claim = `${subject} add up to ${totalText}${noun}, matching the ${stated} stated in total.`;
			arithmetic = `${terms} = ${formatValue(sum)}, as stated`;
		} else if (!breakdown.complete && gap < 0) {
			claim = `${subject} account for ${totalText} of the ${stated}${noun} stated in total; the list is partial.`;
			arithmetic = `${terms} = ${formatValue(sum)} ≤ ${formatValue(total)} stated (partial list), ${formatValue(-gap)} not listed`;
		} else {
			claim = `${subject} add up to ${totalText}${noun}, within the ${stated} stated in total.`;
			arithmetic = `${terms} = ${formatValue(sum)} ≈ ${formatValue(total)} stated`;
		}
	} else {
		const direction = gap > 0 ? 'more' : 'fewer';
		claim = `${subject} add up to ${totalText}${noun}, ${absGap} ${direction} than the ${stated} stated in total.`;
		arithmetic = `${terms} = ${formatValue(sum)} ≠ ${formatValue(total)} stated, ${formatValue(Math.abs(gap))} ${gap > 0 ? 'over' : 'under'}`;
	}

	const culprit = consistent || hedge !== 'exact' ? null : suspect(items, gap);
	return {
		id,
		kind: 'breakdown-total',
		verdict: consistent ? 'consistent' : 'inconsistent',
		claim,
		arithmetic,
		expected: total,
		actual: sum,
		difference: gap,
		hint: culprit === null ? null : `the total matches if ${culprit.item.name} were ${formatValue(culprit.value)}`,
		spans: [...spans, statedTotal.span],
		breakdownId: breakdown.id,
	};
}
