// The Compare pane's view: which row is selected, what is scrolled into view, and whether the evidence or the help is
// open. One reducer, pure; the focused article is the dashboard's (the same `<` `>` choose it in every pane).
import type {CompareReport} from '../compare/types.ts';
import {compareModel, type CompareModel} from './compare-model.ts';
import {helpLines} from './help-lines.ts';
import {scrollWindow} from './scroll-window.ts';
import type {CompareSort} from './compare-sort.ts';
import {nextSortColumn, sortKey, unsorted} from './compare-sort.ts';
import {paneSize, type Viewport} from './view-state.ts';

export type CompareView = {
	readonly selected: number;
	/** The `/` filter: only the rows that show this text; "" for all. */
	readonly filter: string;
	/** True while the user types after `/`. */
	readonly editingFilter: boolean;
	/** The order of the Counts rows (`s` / `S`). */
	readonly sort: CompareSort;
	readonly top: number;
	readonly overlay: 'evidence' | 'help' | null;
	readonly helpTop: number;
	/** A short message in the footer (why Enter showed nothing), or null. */
	readonly message: string | null;
};

export const initialCompareView: CompareView = {
	selected: 0,
	filter: '',
	editingFilter: false,
	sort: unsorted,
	top: 0,
	overlay: null,
	helpTop: 0,
	message: null,
};

export type CompareAction =
	| {readonly type: 'move'; readonly delta: number}
	| {readonly type: 'page'; readonly direction: 1 | -1}
	| {readonly type: 'first'}
	| {readonly type: 'last'}
	| {readonly type: 'open-evidence'}
	| {readonly type: 'help'}
	| {readonly type: 'close'}
	| {readonly type: 'filter'}
	| {readonly type: 'filter-type'; readonly text: string}
	| {readonly type: 'filter-backspace'}
	| {readonly type: 'filter-accept'}
	| {readonly type: 'sort'}
	| {readonly type: 'reverse-sort'}
	| {readonly type: 'message'; readonly text: string | null};

// Models are asked for by the reducer, the settling and the drawing of one key: kept per report, width, focus, filter
// and sort. A few recent ones: each letter typed into the filter makes one.
const models = new WeakMap<CompareReport, Map<string, CompareModel>>();
const modelCacheSize = 16;

export function compareModelFor(
	compare: CompareReport,
	viewport: Viewport,
	focus: number,
	view: Pick<CompareView, 'filter' | 'sort'> = initialCompareView,
): CompareModel {
	const width = paneSize(viewport).width;
	let cache = models.get(compare);
	if (cache === undefined) {
		cache = new Map();
		models.set(compare, cache);
	}

	const key = JSON.stringify([width, focus, view.filter, sortKey(view.sort)]);
	const cached = cache.get(key);
	if (cached !== undefined) {
		return cached;
	}

	const model = compareModel(compare, width, focus, {filter: view.filter, sort: view.sort});
	if (cache.size >= modelCacheSize) {
		cache.delete(cache.keys().next().value!);
	}

	cache.set(key, model);
	return model;
}

/** The model a view is drawn from; the reducer asks for it before and after a change (a sort keeps the selection). */
export type ModelOf = (view: CompareView) => CompareModel;

/** Lines the list gets: the pane less its title line. */
export function compareListArea(viewport: Viewport): number {
	return Math.max(1, paneSize(viewport).height - 1);
}

function heights(model: CompareModel): number[] {
	return model.items.map(item => item.heading.length + item.lines.length);
}

/** The view with the selection clamped into the rows and scrolled into sight. */
export function settleCompare(model: CompareModel, view: CompareView, viewport: Viewport): CompareView {
	const selected = Math.max(0, Math.min(view.selected, model.items.length - 1));
	const window = scrollWindow(heights(model), selected, view.top, compareListArea(viewport));
	return selected === view.selected && window.top === view.top ? view : {...view, selected, top: window.top};
}

function scrollHelp(view: CompareView, action: CompareAction, viewport: Viewport): CompareView | null {
	const {width, height} = paneSize(viewport);
	const room = Math.max(1, height - 1);
	const last = Math.max(0, helpLines(width).length - room + 1);
	const to = (top: number): CompareView => ({...view, helpTop: Math.max(0, Math.min(top, last))});
	switch (action.type) {
		case 'move': {
			return to(view.helpTop + action.delta);
		}

		case 'page': {
			return to(view.helpTop + action.direction * Math.max(1, room - 2));
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

/** `after` with the selection on the row selected in `before`: a sort moves rows, not the selection. */
function keepSelection(modelOf: ModelOf, before: CompareView, after: CompareView): CompareView {
	const id = modelOf(before).items[before.selected]?.id;
	const index = id === undefined ? 0 : modelOf(after).items.findIndex(item => item.id === id);
	return {...after, selected: Math.max(0, index)};
}

function reduce(modelOf: ModelOf, view: CompareView, action: CompareAction, viewport: Viewport): CompareView {
	const model = modelOf(view);
	const scrolled = view.overlay === 'help' ? scrollHelp(view, action, viewport) : null;
	if (scrolled !== null) {
		return scrolled;
	}

	switch (action.type) {
		case 'move': {
			return {...view, selected: view.selected + action.delta};
		}

		case 'page': {
			const window = scrollWindow(heights(model), view.selected, view.top, compareListArea(viewport));
			return {...view, selected: view.selected + action.direction * Math.max(1, window.end - window.top)};
		}

		case 'first': {
			return {...view, selected: 0};
		}

		case 'last': {
			return {...view, selected: Math.max(0, model.items.length - 1)};
		}

		case 'open-evidence': {
			const item = model.items[view.selected];
			if (item === undefined || item.evidence.spans.length === 0) {
				return {...view, message: 'the focused article has nothing for this row: < > choose another'};
			}

			return {...view, overlay: 'evidence'};
		}

		case 'help': {
			return {...view, overlay: view.overlay === 'help' ? null : 'help', helpTop: 0};
		}

		case 'close': {
			// One Esc undoes one thing: the filter being typed, else an overlay, else the filter.
			if (view.editingFilter || (view.overlay === null && view.filter !== '')) {
				return {...view, filter: '', editingFilter: false, selected: 0};
			}

			return {...view, overlay: null};
		}

		case 'filter': {
			return model.filterable ? {...view, editingFilter: true, overlay: null} : view;
		}

		case 'filter-type': {
			return {...view, filter: view.filter + action.text, selected: 0};
		}

		case 'filter-backspace': {
			return {...view, filter: [...view.filter].slice(0, -1).join(''), selected: 0};
		}

		case 'filter-accept': {
			return {...view, editingFilter: false};
		}

		case 'sort': {
			if (!model.sortable) {
				return view;
			}

			const column = nextSortColumn(view.sort.column, model.articles);
			return keepSelection(modelOf, view, {...view, sort: {column, reversed: false}});
		}

		case 'reverse-sort': {
			if (!model.sortable) {
				return view;
			}

			return keepSelection(modelOf, view, {...view, sort: {...view.sort, reversed: !view.sort.reversed}});
		}

		case 'message': {
			return {...view, message: action.text};
		}
	}
}

/** The Compare pane's one reducer: the view after `action`, the selection kept in sight. */
export function compareReducer(
	modelOf: ModelOf,
	view: CompareView,
	action: CompareAction,
	viewport: Viewport,
): CompareView {
	const next = reduce(modelOf, view, action, viewport);
	// A message answers one key; the next one clears it.
	const kept = action.type === 'message' || action.type === 'open-evidence' ? next : {...next, message: null};
	return settleCompare(modelOf(kept), kept, viewport);
}
