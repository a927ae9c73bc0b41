import type {Report} from '../extract/types.ts';
import type {PaneName} from './pane-name.ts';
import {paneNames} from './pane-name.ts';
import {renderScreen} from './render-screen.tsx';
import type {ThemeName} from './theme.ts';
import type {ViewState} from './view-state.ts';

export type WarmUpOptions = {
	readonly pane: PaneName;
	readonly cols: number;
	readonly rows: number;
	readonly theme: ThemeName;
	readonly color: boolean;
	/** Pause between steps, in ms, so that a key pressed meanwhile waits for one step at most. */
	readonly gapMs?: number;
	/** Milliseconds since the last key press (Infinity before the first): steps wait while the user is typing. */
	readonly sinceKey?: () => number;
};

/** Keys closer together than this count as typing: the warm-up waits rather than delay the next frame. */
const typingMs = 250;

/**
 * After the first frame, draws the other panes and the overlays off-screen, one per idle step. The first visit to a
 * pane otherwise paid for laying it out and for running Ink's and our rendering code cold (~250 ms in profiles, ten
 * times a warm frame); the models land in the cache the live screen reads. Returns a function that stops it.
 */
export function warmUp(report: Report, options: WarmUpOptions): () => void {
	const views: Array<{pane: PaneName; view?: Partial<ViewState>}> = [
		...paneNames.filter(pane => pane !== options.pane).map(pane => ({pane})),
		{pane: options.pane, view: {overlay: 'help'}},
		{pane: options.pane, view: {overlay: 'evidence'}},
		{pane: options.pane, view: {selected: {counts: 1, quotes: 1, timeline: 1, totals: 1}}},
	];
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;
	const step = (index: number) => {
		const next = views[index];
		if (stopped || next === undefined) {
			return;
		}

		if ((options.sinceKey?.() ?? Number.POSITIVE_INFINITY) < typingMs) {
			timer = setTimeout(() => {
				step(index);
			}, typingMs);
			return;
		}

		try {
			renderScreen(report, {
				pane: next.pane,
				cols: options.cols,
				rows: options.rows,
				color: options.color,
				theme: options.theme,
				...(next.view === undefined ? {} : {view: next.view}),
			});
		} catch {
			// Only a head start: the live screen will draw (and report) the same thing when it is visited.
			return;
		}

		timer = setTimeout(() => {
			step(index + 1);
		}, options.gapMs ?? 15);
	};

	// Not straight after the first frame: someone who starts typing at once gets the keys' frames first.
	timer = setTimeout(() => {
		step(0);
	}, typingMs);
	return () => {
		stopped = true;
		if (timer !== undefined) {
			clearTimeout(timer);
		}
	};
}
