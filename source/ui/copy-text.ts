import type {Report} from '../extract/types.ts';
import {passagesFor} from './evidence.ts';
import {formatTimelineDate} from './format.ts';
import type {PaneModel} from './pane-model.ts';
import {entryEvidence, verdictSymbol} from './pane-model.ts';
import {sanitize} from './sanitize.ts';
import type {Viewport, ViewState} from './view-state.ts';
import {modelFor} from './view-state.ts';

// What `y` copies: the selected row as a reader would paste it into notes, whole (never cut to the screen), or with
// the evidence open, the sentence(s) behind it. Article text is untrusted: it is sanitised as for the screen, so no
// control character reaches the clipboard or the terminal that carries it there.

function rowText(report: Report, model: PaneModel, index: number): string | null {
	if (model.pane === 'counts') {
		const row = model.rows[index];
		return row === undefined ? null : `${row.name}: ${row.value} (${row.share})`;
	}

	const id = model.items[index]?.id;
	if (id === undefined) return null;
	switch (model.pane) {
		case 'quotes': {
			const quote = report.quotes.find(candidate => candidate.id === id);
			if (quote === undefined) return null;
			const speaker = quote.speaker;
			const who =
				speaker === null
					? ''
					: ` — ${[speaker.name, speaker.role, speaker.organization]
							.filter((part): part is string => part !== null && part !== '')
							.map(part => sanitize(part))
							.join(', ')}`;
			return `“${sanitize(quote.text)}”${who}`;
		}

		case 'timeline': {
			const entry = report.timeline.find(candidate => candidate.id === id);
			return entry === undefined
				? null
				: `${formatTimelineDate(entry)}: ${sanitize(entry.event)} (“${sanitize(entry.expression)}”)`;
		}

		case 'totals': {
			const check = report.checks.find(candidate => candidate.id === id);
			if (check === undefined) return null;
			const hint = check.hint === null ? [] : [`hint: ${sanitize(check.hint)}`];
			return [
				`${verdictSymbol(check.verdict).text} ${sanitize(check.claim)}`,
				sanitize(check.arithmetic),
				...hint,
			].join('\n');
		}

		default: {
			return null;
		}
	}
}

/** The text `y` copies in this view, or null when there is nothing selected to copy. */
export function copyText(report: Report, view: ViewState, viewport: Viewport): string | null {
	const model = modelFor(report, view, view.pane, viewport);
	const index = view.selected[view.pane];
	if (view.overlay === 'evidence') {
		const evidence = entryEvidence(model, index);
		if (evidence === undefined) return null;
		const {body, sentences} = report.article;
		return passagesFor(sentences, evidence.spans)
			.map(passage => sanitize(body.slice(passage.start, passage.end)).trim())
			.join(' … ');
	}

	return view.overlay === null ? rowText(report, model, index) : null;
}
