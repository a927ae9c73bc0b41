import {memo} from 'react';
import type {Report} from '../extract/types.ts';
import type {Line, Segment} from './pane-model.ts';
import {countsLabel} from './pane-model.ts';
import type {PaneName} from './pane-name.ts';
import {paneNames} from './pane-name.ts';
import {StyledLine} from './styled-line.tsx';
import {truncate} from './text-fit.ts';

type Props = {
	readonly report: Report;
	/** The pane shown, or null when none of the four is (the Compare pane). */
	readonly active: PaneName | null;
	readonly width: number;
	/** Drawn after the four tabs: the Compare tab when there are several articles. Default none. */
	readonly extra?: Line;
};

/** The tab labels: counts named after the first breakdown's measure; totals with ✗N failing, ✓ when all hold. */
export function tabLabels(report: Report): Record<PaneName, {label: string; status: Segment | null}> {
	const failing = report.checks.filter(check => check.verdict === 'inconsistent').length;
	const unknown = report.checks.filter(check => check.verdict === 'unverifiable').length;
	let status: Segment | null = null;
	if (failing > 0) {
		status = {text: `✗${failing}`, role: 'bad'};
	} else if (unknown > 0) {
		status = {text: `?${unknown}`, role: 'unknown'};
	} else if (report.checks.length > 0) {
		status = {text: '✓', role: 'ok'};
	}

	return {
		counts: {label: truncate(countsLabel(report), 18), status: null},
		quotes: {label: 'Quotes', status: null},
		timeline: {label: 'Timeline', status: null},
		totals: {label: 'Totals', status},
	};
}

export function tabLine(report: Report, active: PaneName | null, extra: Line = []): Line {
	const labels = tabLabels(report);
	const segments: Segment[] = [{text: ' '}];
	for (const [index, pane] of paneNames.entries()) {
		const {label, status} = labels[pane];
		const isActive = pane === active;
		segments.push({
			text: ` ${index + 1} ${label}${status === null ? ' ' : ''}`,
			role: isActive ? 'selection' : 'muted',
		});
		if (status !== null) {
			segments.push({text: ' '}, {...status, text: `${status.text} `});
		}

		segments.push({text: ' '});
	}

	return [...segments, ...extra];
}

export const TabBar = memo(function TabBar({report, active, width, extra}: Props) {
	return <StyledLine line={tabLine(report, active, extra)} width={width} />;
});
