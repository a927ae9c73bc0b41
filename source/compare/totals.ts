// The Totals section: for each list the articles share, each article's stated total, sum and own verdict side by
// side; and how each article's checks came out overall.
import type {Check, Report} from '../extract/types.ts';
import type {CheckTally, CountsGroup, TotalsRow, TotalsSection, TotalsVerdictCell} from './types.ts';

function tally(checks: readonly Check[]): CheckTally {
	const count = (verdict: Check['verdict']): number => checks.filter(check => check.verdict === verdict).length;
	return {consistent: count('consistent'), inconsistent: count('inconsistent'), unverifiable: count('unverifiable')};
}

function totalsRow(group: CountsGroup, reports: readonly Report[]): TotalsRow {
	const cells: Array<TotalsVerdictCell | null> = group.breakdownIds.map((breakdownId, column) => {
		const report = reports[column];
		const breakdown = report?.breakdowns.find(candidate => candidate.id === breakdownId);
		if (report === undefined || breakdown === undefined) {
			return null;
		}

		const check = report.checks.find(
			candidate => candidate.kind === 'breakdown-total' && candidate.breakdownId === breakdownId,
		);
		return {
			stated: group.totals[column] ?? null,
			sum: breakdown.sum,
			verdict: check?.verdict ?? null,
			claim: check?.claim ?? null,
			span: breakdown.statedTotal?.span ?? breakdown.span,
		};
	});
	const present = cells.filter((cell): cell is TotalsVerdictCell => cell !== null);
	const verdicts = new Set(present.map(cell => cell.verdict));
	return {groupId: group.id, measure: group.measure, cells, disagree: group.totalsDisagree || verdicts.size > 1};
}

export function compareTotals(groups: readonly CountsGroup[], reports: readonly Report[]): TotalsSection {
	return {
		rows: groups.map(group => totalsRow(group, reports)),
		tallies: reports.map(report => tally(report.checks)),
	};
}
