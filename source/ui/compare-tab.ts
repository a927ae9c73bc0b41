import type {CompareReport} from '../compare/types.ts';
import type {Line, Segment} from './pane-model.ts';

/** Rows where the articles disagree: count rows and totals rows, dates, quotations. */
export function differenceCount(compare: CompareReport): number {
	return (
		compare.counts.reduce((sum, group) => sum + group.disagreements, 0) +
		compare.dates.filter(row => row.disagree).length +
		compare.quotes.filter(row => row.wordsChanged || row.speakersDiffer).length
	);
}

/** The Compare tab's status: ✗ and the number of rows where the articles disagree, ✓ when none do. */
export function compareStatus(compare: CompareReport): Segment | null {
	if (!compare.shared) {
		return null;
	}

	const differ = differenceCount(compare);
	return differ === 0 ? {text: '✓', role: 'ok'} : {text: `✗${differ}`, role: 'bad'};
}

/** " 5 Compare ✗6 ", drawn after the four article tabs; inverse when the Compare pane is shown. */
export function compareTab(status: Segment | null, active: boolean): Line {
	const label: Segment = {text: ` 5 Compare${status === null ? ' ' : ''}`, role: active ? 'selection' : 'muted'};
	return status === null ? [label, {text: ' '}] : [label, {text: ' '}, {...status, text: `${status.text} `}];
}
