// Shares written beside the items of a list, one per line: "Northwest | 310 | 24.8%", "- Bay Area: 265 (21.2%)".
// Each row's share is held to its figure out of the list's total, to the precision the share is written with.
import {decimalsOf, draft, tiedVerdict, type Draft} from './check-draft.ts';
import {countInWords, formatValue, mentionsIn} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import type {Breakdown} from '../types.ts';

const rowReach = 200;

type Row = {readonly name: string; readonly value: number; readonly share: NumberMention};

/** The one percentage after an item on its own line, if the line holds exactly one. */
function shareOnLine(body: string, itemEnd: number, mentions: readonly NumberMention[]): NumberMention | null {
	// Bounded: a row's share is within a row's length of its figure, and an unbounded search per item is quadratic.
	const near = body.slice(itemEnd, itemEnd + rowReach);
	const lineEnd = near.indexOf('\n');
	const rest = mentionsIn(mentions, {start: itemEnd, end: itemEnd + (lineEnd === -1 ? near.length : lineEnd)});
	const [only, ...others] = rest;
	if (only === undefined || others.length > 0 || only.kind !== 'percent') return null;
	// "+12.1%", "−2.3%": a change on the year, not a share of the whole.
	return /[+\-−–]\s*$/.test(body.slice(Math.max(0, only.hedgedSpan.start - 2), only.hedgedSpan.start)) ? null : only;
}

/** A share held to its figure out of a whole, to the precision it is written with (a hedged share one point more). */
function shareFits(
	body: string,
	share: NumberMention,
	value: number,
	whole: number,
): {readonly holds: boolean; readonly shown: string} {
	const decimals = decimalsOf(body, share);
	const tolerance = 0.5 * 10 ** -decimals + (share.hedge === 'exact' ? 0 : 1);
	const actual = (value / whole) * 100;
	return {holds: Math.abs(actual - share.value) <= tolerance + 1e-9, shown: actual.toFixed(Math.max(1, decimals))};
}

export function shareChecks(
	body: string,
	breakdowns: readonly Breakdown[],
	mentions: readonly NumberMention[],
): Draft[] {
	const found: Draft[] = [];
	for (const breakdown of breakdowns) {
		const whole = breakdown.statedTotal?.value ?? (breakdown.complete ? breakdown.sum : null);
		if (whole === null || whole <= 0 || breakdown.unit === '%') continue;
		// One item a line: a list in prose holds its shares in its own sentence, where the percentage checks read them.
		const {items} = breakdown;
		if (items.some((item, k) => k > 0 && !body.slice(items[k - 1]!.span.end, item.span.start).includes('\n'))) continue;
		const rows: Row[] = [];
		for (const item of breakdown.items) {
			const share = shareOnLine(body, item.span.end, mentions);
			if (share !== null) rows.push({name: item.name, value: item.value, share});
		}

		if (rows.length < 2) continue;
		const off = rows.filter(row => !shareFits(body, row.share, row.value, whole).holds);
		// Most rows off means the column is something else (a change, a share of another whole), not a slip.
		if (off.length * 2 > rows.length) continue;
		const total = formatValue(whole);
		const first = off[0];
		const shown = (row: Row): string => shareFits(body, row.share, row.value, whole).shown;
		found.push(
			draft(
				'percentage',
				first === undefined ? 'consistent' : 'inconsistent',
				first === undefined
					? `The ${countInWords(rows.length)} shares listed match each figure out of ${total}.`
					: `${first.name}: ${formatValue(first.value)} of ${total} is ${shown(first)}%, not the ${formatValue(first.share.value)}% listed${off.length > 1 ? ` (${off.length} of ${rows.length} shares are off)` : ''}.`,
				rows
					.slice(0, 6)
					.map(
						row =>
							`${formatValue(row.value)} ÷ ${total} = ${shown(row)}% ${off.includes(row) ? '≠' : '≈'} ${formatValue(row.share.value)}%`,
					)
					.join('; ') + (rows.length > 6 ? `; … (${rows.length} rows)` : ''),
				first?.share.value ?? rows[0]!.share.value,
				first === undefined ? Number(shown(rows[0]!)) : Number(shown(first)),
				rows.map(row => row.share.span),
			),
		);
	}

	return found;
}

// ", or 46% of the votes", " (46%)": a share written right after an item's figure in prose.
const SHARE_BESIDE = /^\s*(?:[a-z]+(?:\s+|(?=,))){0,3}?(?:\(\s*|,\s*or\s+)$/;

/**
 * "Ada Ruiz led the field with 1,210 votes, or 48% of the votes. Next, Tom Hale had 905 votes, or 36% …": the shares
 * of a list in prose, each held to the list's stated total, one check an item as a reader checks them. Without a stated
 * total (or with one smaller than an item) there is no check: the sum of the names listed is a guess, as a candidate
 * may be left out. A share that misses is ✗ only when the article ties that total to the list as its whole.
 */
export function proseShareChecks(
	body: string,
	breakdowns: readonly Breakdown[],
	mentions: readonly NumberMention[],
): Draft[] {
	const found: Draft[] = [];
	for (const breakdown of breakdowns) {
		const {items, statedTotal} = breakdown;
		if (breakdown.unit === '%' || items.length < 2) continue;
		// One item a line is the table reader's (shareChecks).
		if (items.every((item, k) => k === 0 || body.slice(items[k - 1]!.span.end, item.span.start).includes('\n')))
			continue;
		// Reduced, not spread: a list may hold more items than the stack has room for arguments.
		const largest = items.reduce((most, item) => Math.max(most, item.value), Number.NEGATIVE_INFINITY);
		if (statedTotal === null || statedTotal.value < largest || statedTotal.value <= 0) continue;
		const whole = statedTotal.value;
		const tied = breakdown.totalLink === 'line' || breakdown.totalLink === 'cued-here';
		for (const item of items) {
			const end = item.span.end;
			const share = mentionsIn(mentions, {start: end, end: end + 40})[0];
			if (share?.kind !== 'percent' || !SHARE_BESIDE.test(body.slice(end, share.hedgedSpan.start))) continue;
			const {holds, shown} = shareFits(body, share, item.value, whole);
			const [a, w, p] = [formatValue(item.value), formatValue(whole), formatValue(share.value)];
			found.push(
				draft(
					'percentage',
					tiedVerdict(holds, tied),
					holds
						? `${a} of ${w} is ${shown}%, which rounds to the ${p}% stated.`
						: `${a} of ${w} is ${shown}%, not the ${p}% stated${tied ? '' : '; the article does not say the share is of that whole'}.`,
					`${a} ÷ ${w} = ${shown}% ${holds ? '≈' : '≠'} ${p}%`,
					share.value,
					Number(shown),
					[share.span, item.span, statedTotal.span],
				),
			);
		}
	}

	return found;
}
