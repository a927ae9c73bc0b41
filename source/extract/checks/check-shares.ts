// Shares written beside the items of a list, one per line: "Northwest | 310 | 24.8%", "- Bay Area: 265 (21.2%)".
// Each row's share is held to its figure out of the list's total, to the precision the share is written with.
import {decimalsOf, draft, type Draft} from './check-draft.ts';
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
		const off = rows.filter(row => {
			const tolerance = 0.5 * 10 ** -decimalsOf(body, row.share) + (row.share.hedge === 'exact' ? 0 : 1);
			return Math.abs((row.value / whole) * 100 - row.share.value) > tolerance + 1e-9;
		});
		// Most rows off means the column is something else (a change, a share of another whole), not a slip.
		if (off.length * 2 > rows.length) continue;
		const total = formatValue(whole);
		const first = off[0];
		const shown = (row: Row): string => ((row.value / whole) * 100).toFixed(Math.max(1, decimalsOf(body, row.share)));
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
