import type {Report} from '../extract/types.ts';
import type {PaneName} from './pane-name.ts';
import {paneNames} from './pane-name.ts';
import type {PaneModel, SortColumn} from './pane-model.ts';
import {entryHeights, listArea, paneModel, sortCycle} from './pane-model.ts';
import {helpLines} from './help-lines.ts';
import {scrollWindow} from './scroll-window.ts';

/** Everything the dashboard shows besides the report: enough to redraw the exact screen (Ctrl-S, snapshots). */
export type ViewState = {
	readonly pane: PaneName;
	/** Selected entry per pane, an index into the (filtered, sorted) rows. */
	readonly selected: Readonly<Record<PaneName, number>>;
	/** First visible entry per pane. */
	readonly top: Readonly<Record<PaneName, number>>;
	readonly filter: Readonly<Record<PaneName, string>>;
	/** True while the user types after `/`. */
	readonly editingFilter: boolean;
	/** Text to find per pane (`f`): marked, and stepped through with n / N, without hiding any row. */
	readonly search: Readonly<Record<PaneName, string>>;
	/** True while the user types after `f`. */
	readonly editingSearch: boolean;
	/** Which breakdown the counts pane shows. */
	readonly breakdown: number;
	readonly sort: {readonly column: SortColumn; readonly reversed: boolean};
	readonly overlay: 'help' | 'evidence' | null;
	/** First line of the help overlay shown, on a screen too small for all of it. */
	readonly helpTop: number;
	/** A short message in the footer (snapshot saved, or why not). */
	readonly message: string | null;
};

const perPane = <T>(value: T): Record<PaneName, T> => ({counts: value, quotes: value, timeline: value, totals: value});

export function initialViewState(pane: PaneName = 'counts', overrides: Partial<ViewState> = {}): ViewState {
	return {
		pane,
		selected: perPane(0),
		top: perPane(0),
		filter: perPane(''),
		editingFilter: false,
		search: perPane(''),
		editingSearch: false,
		breakdown: 0,
		sort: {column: 'text', reversed: false},
		overlay: null,
		helpTop: 0,
		message: null,
		...overrides,
	};
}

/** The screen the state is drawn on; the reducer needs it to page and scroll by whole rows. */
export type Viewport = {readonly cols: number; readonly rows: number};

/** Lines and cells the pane body gets on a screen of this size (header, tabs, borders and footer taken off). */
export function paneSize(viewport: Viewport): {width: number; height: number} {
	// Root box is rows - 1 tall (ink-notes: a frame as tall as the terminal flickers); header, tabs, 2 borders, footer.
	return {width: Math.max(1, viewport.cols - 4), height: Math.max(1, viewport.rows - 1 - 5)};
}

// A key press asks for the same model several times (reducer, settling, drawing, footer); wrapping long quotes each
// time showed in profiles. A few recent models per report are kept.
const modelCache = new WeakMap<Report, Map<string, PaneModel>>();
const modelCacheSize = 16;

export function modelFor(report: Report, state: ViewState, pane: PaneName, viewport: Viewport): PaneModel {
	const width = paneSize(viewport).width;
	const view = {filter: state.filter[pane], search: state.search[pane], sort: state.sort, breakdown: state.breakdown};
	const key = JSON.stringify([
		pane,
		width,
		view.filter,
		view.search,
		view.sort.column,
		view.sort.reversed,
		view.breakdown,
	]);
	let cache = modelCache.get(report);
	if (cache === undefined) {
		cache = new Map();
		modelCache.set(report, cache);
	}

	const cached = cache.get(key);
	if (cached !== undefined) {
		return cached;
	}

	const model = paneModel(report, pane, view, width);
	if (cache.size >= modelCacheSize) {
		cache.delete(cache.keys().next().value!);
	}

	cache.set(key, model);
	return model;
}

export type DashboardAction =
	| {readonly type: 'go-to-pane'; readonly pane: PaneName}
	| {readonly type: 'next-pane'}
	| {readonly type: 'previous-pane'}
	| {readonly type: 'move'; readonly delta: number}
	/** A page of rows, or half of one (Ctrl-D / Ctrl-U, as in less and vim). */
	| {readonly type: 'page'; readonly direction: 1 | -1; readonly half?: boolean}
	| {readonly type: 'first'}
	| {readonly type: 'last'}
	| {readonly type: 'open-evidence'}
	| {readonly type: 'sort'}
	| {readonly type: 'reverse-sort'}
	| {readonly type: 'next-breakdown'}
	| {readonly type: 'previous-breakdown'}
	| {readonly type: 'filter'}
	| {readonly type: 'filter-type'; readonly text: string}
	| {readonly type: 'filter-backspace'}
	| {readonly type: 'filter-accept'}
	| {readonly type: 'search'}
	| {readonly type: 'search-type'; readonly text: string}
	| {readonly type: 'search-backspace'}
	| {readonly type: 'search-accept'}
	| {readonly type: 'next-match'}
	| {readonly type: 'previous-match'}
	| {readonly type: 'help'}
	| {readonly type: 'close'}
	| {readonly type: 'message'; readonly text: string | null};

function withPane<T>(record: Readonly<Record<PaneName, T>>, pane: PaneName, value: T): Record<PaneName, T> {
	return {...record, [pane]: value};
}

function cyclePane(pane: PaneName, step: number): PaneName {
	const index = paneNames.indexOf(pane);
	return paneNames[(index + step + paneNames.length) % paneNames.length]!;
}

function countOf(model: PaneModel): number {
	return model.pane === 'counts' ? model.rows.length : model.items.length;
}

/** Clamp the selection into the rows and move the window so that it shows the selection. */
export function settle(report: Report, state: ViewState, viewport: Viewport): ViewState {
	const pane = state.pane;
	const model = modelFor(report, state, pane, viewport);
	const count = countOf(model);
	const selected = Math.max(0, Math.min(state.selected[pane], count - 1));
	const area = listArea(pane, paneSize(viewport).height);
	const window = scrollWindow(entryHeights(model), selected, state.top[pane], area);
	if (selected === state.selected[pane] && window.top === state.top[pane]) {
		return state;
	}

	return {...state, selected: withPane(state.selected, pane, selected), top: withPane(state.top, pane, window.top)};
}

function select(state: ViewState, index: number): ViewState {
	return {...state, selected: withPane(state.selected, state.pane, index)};
}

function rowIds(model: PaneModel): readonly string[] {
	return model.pane === 'counts' ? model.rows.map(row => row.id) : model.items.map(item => item.id);
}

/** `after` with the selection on the row that was selected in `before` (a sort moves rows, not the selection). */
function keepSelection(report: Report, before: ViewState, after: ViewState, viewport: Viewport): ViewState {
	const id = rowIds(modelFor(report, before, before.pane, viewport))[before.selected[before.pane]];
	const index = id === undefined ? 0 : rowIds(modelFor(report, after, after.pane, viewport)).indexOf(id);
	return select(after, Math.max(0, index));
}

/** Rows in a page: the entries that fit in the list area, at least one. */
function pageSize(report: Report, state: ViewState, viewport: Viewport): number {
	const model = modelFor(report, state, state.pane, viewport);
	const heights = entryHeights(model);
	const area = listArea(state.pane, paneSize(viewport).height);
	const window = scrollWindow(heights, state.selected[state.pane], state.top[state.pane], area);
	return Math.max(1, window.end - window.top);
}

/** Indexes of the rows that show the search text, in order. */
function foundRows(model: PaneModel, search: string): number[] {
	if (search === '') {
		return [];
	}

	const needle = search.toLowerCase();
	const flags =
		model.pane === 'counts'
			? model.rows.map(row => [row.name, row.value, row.share].some(text => text.toLowerCase().includes(needle)))
			: model.found;
	return flags.flatMap((found, index) => (found ? [index] : []));
}

/** The next row (after the selection, or from it when `inclusive`) that shows the search text, wrapping around. */
function stepToFound(report: Report, state: ViewState, viewport: Viewport, step: 1 | -1, inclusive = false): ViewState {
	const found = foundRows(modelFor(report, state, state.pane, viewport), state.search[state.pane]);
	const current = state.selected[state.pane];
	if (found.length === 0) {
		return state;
	}

	const ahead =
		step === 1
			? (found.find(index => (inclusive ? index >= current : index > current)) ?? found[0]!)
			: (found.findLast(index => index < current) ?? found.at(-1)!);
	return select(state, ahead);
}

function editSearch(report: Report, state: ViewState, viewport: Viewport, text: string): ViewState {
	const searched = {...state, search: withPane(state.search, state.pane, text)};
	// As you type, the selection goes to the first match from where it is.
	return stepToFound(report, searched, viewport, 1, true);
}

function wrapSelection(report: Report, state: ViewState, viewport: Viewport, step: 1 | -1): ViewState {
	const count = countOf(modelFor(report, state, state.pane, viewport));
	if (count === 0) {
		return state;
	}

	return select(state, (state.selected[state.pane] + step + count) % count);
}

/** With the help open, the moving keys scroll it, by line, by page, to either end. */
function scrollHelp(state: ViewState, action: DashboardAction, viewport: Viewport): ViewState | null {
	const {width, height} = paneSize(viewport);
	const room = Math.max(1, height - 1);
	const count = helpLines(width).length;
	// The top that shows the last line: the overlay's own window, asked to show it.
	const last = scrollWindow(
		Array.from({length: count}, () => 1),
		count - 1,
		count - 1,
		room,
	).top;
	const to = (top: number): ViewState => ({...state, helpTop: Math.max(0, Math.min(top, last))});
	switch (action.type) {
		case 'move': {
			return to(state.helpTop + action.delta);
		}

		case 'page': {
			const page = Math.max(1, room - 2);
			return to(state.helpTop + action.direction * (action.half === true ? Math.max(1, Math.floor(page / 2)) : page));
		}

		case 'first': {
			return to(0);
		}

		case 'last': {
			return to(last);
		}

		default: {
			return null;
		}
	}
}

function reduce(report: Report, state: ViewState, action: DashboardAction, viewport: Viewport): ViewState {
	const pane = state.pane;
	const scrolled = state.overlay === 'help' ? scrollHelp(state, action, viewport) : null;
	if (scrolled !== null) {
		return scrolled;
	}

	switch (action.type) {
		case 'go-to-pane': {
			return {...state, pane: action.pane, overlay: null, editingFilter: false, editingSearch: false};
		}

		case 'next-pane': {
			return {...state, pane: cyclePane(pane, 1), overlay: null, editingFilter: false, editingSearch: false};
		}

		case 'previous-pane': {
			return {...state, pane: cyclePane(pane, -1), overlay: null, editingFilter: false, editingSearch: false};
		}

		case 'move': {
			return select(state, state.selected[pane] + action.delta);
		}

		case 'page': {
			const page = pageSize(report, state, viewport);
			const step = action.half === true ? Math.max(1, Math.floor(page / 2)) : page;
			return select(state, state.selected[pane] + action.direction * step);
		}

		case 'first': {
			return select(state, 0);
		}

		case 'last': {
			return select(state, Number.MAX_SAFE_INTEGER);
		}

		case 'open-evidence': {
			const count = countOf(modelFor(report, state, pane, viewport));
			return count === 0 ? state : {...state, overlay: 'evidence'};
		}

		case 'sort': {
			if (pane !== 'counts') {
				return state;
			}

			const next = sortCycle[(sortCycle.indexOf(state.sort.column) + 1) % sortCycle.length]!;
			return keepSelection(report, state, {...state, sort: {column: next, reversed: false}}, viewport);
		}

		case 'reverse-sort': {
			const reversed = {...state, sort: {...state.sort, reversed: !state.sort.reversed}};
			return pane === 'counts' ? keepSelection(report, state, reversed, viewport) : state;
		}

		case 'next-breakdown':
		case 'previous-breakdown': {
			const count = report.breakdowns.length;
			if (pane !== 'counts' || count < 2) {
				return state;
			}

			const step = action.type === 'next-breakdown' ? 1 : -1;
			return {...select(state, 0), breakdown: (state.breakdown + step + count) % count};
		}

		case 'filter': {
			return {...state, editingFilter: true, editingSearch: false, overlay: null};
		}

		case 'filter-type': {
			return select({...state, filter: withPane(state.filter, pane, state.filter[pane] + action.text)}, 0);
		}

		case 'filter-backspace': {
			return select({...state, filter: withPane(state.filter, pane, [...state.filter[pane]].slice(0, -1).join(''))}, 0);
		}

		case 'filter-accept': {
			return {...state, editingFilter: false};
		}

		case 'search': {
			return {...state, editingSearch: true, editingFilter: false, overlay: null};
		}

		case 'search-type': {
			return editSearch(report, state, viewport, state.search[pane] + action.text);
		}

		case 'search-backspace': {
			return editSearch(report, state, viewport, [...state.search[pane]].slice(0, -1).join(''));
		}

		case 'search-accept': {
			return {...state, editingSearch: false};
		}

		case 'next-match':
		case 'previous-match': {
			const step = action.type === 'next-match' ? 1 : -1;
			return state.search[pane] === ''
				? wrapSelection(report, state, viewport, step)
				: stepToFound(report, state, viewport, step);
		}

		case 'help': {
			return {...state, overlay: state.overlay === 'help' ? null : 'help', helpTop: 0};
		}

		case 'close': {
			if (state.editingSearch) {
				return {...state, search: withPane(state.search, pane, ''), editingSearch: false};
			}

			// One Esc undoes one thing: a search first (it hid nothing), then the filter.
			if (state.overlay === null && !state.editingFilter && state.search[pane] !== '') {
				return {...state, search: withPane(state.search, pane, '')};
			}

			if (state.editingFilter || state.overlay === null) {
				return {...select(state, 0), filter: withPane(state.filter, pane, ''), editingFilter: false};
			}

			return {...state, overlay: null};
		}

		case 'message': {
			return {...state, message: action.text};
		}
	}
}

/** The dashboard's one reducer: the state after `action`, with the selection kept on screen. */
export function dashboardReducer(
	report: Report,
	state: ViewState,
	action: DashboardAction,
	viewport: Viewport,
): ViewState {
	return settle(report, reduce(report, state, action, viewport), viewport);
}
