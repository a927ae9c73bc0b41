// Keys on the Compare pane, read through the one keymap: the moving keys, Enter, Esc, `/` and `s` `S` act on the pane; `<` `>`
// choose the article, `a` from a list; 1–4, Tab and Shift-Tab go back to an article's own panes; q quits.
import type {KeyAction} from './keymap.ts';
import {bindingForKey} from './keymap.ts';
import type {CompareAction, CompareView} from './compare-view-state.ts';
import type {PaneName} from './pane-name.ts';
import {paneNames} from './pane-name.ts';

/** What a key does on the Compare pane, besides changing its view. */
export type CompareOutcome =
	| CompareAction
	| {readonly type: 'quit'}
	| {readonly type: 'article'; readonly step: 1 | -1}
	| {readonly type: 'leave'; readonly pane: PaneName}
	| {readonly type: 'pick-article'}
	| {readonly type: 'snapshot'};

function outcomeOf(action: KeyAction, name: string): CompareOutcome | undefined {
	switch (action) {
		case 'go-to-pane': {
			return {type: 'leave', pane: paneNames[Number(name) - 1] ?? 'counts'};
		}

		case 'next-pane': {
			return {type: 'leave', pane: paneNames[0]!};
		}

		case 'previous-pane': {
			return {type: 'leave', pane: paneNames.at(-1)!};
		}

		case 'move-down':
		case 'move-up': {
			return {type: 'move', delta: action === 'move-down' ? 1 : -1};
		}

		case 'page-down':
		case 'page-up': {
			return {type: 'page', direction: action === 'page-down' ? 1 : -1};
		}

		case 'first':
		case 'last':
		case 'open-evidence':
		case 'help':
		case 'close':
		case 'filter':
		case 'sort':
		case 'reverse-sort': {
			return {type: action};
		}

		case 'next-article':
		case 'previous-article': {
			return {type: 'article', step: action === 'next-article' ? 1 : -1};
		}

		case 'quit': {
			return {type: 'quit'};
		}

		case 'pick-article':
		case 'snapshot': {
			return {type: action};
		}

		default: {
			// Lists, find and copying are the article panes' keys.
			return undefined;
		}
	}
}

/** A key while the user types a filter: text goes into it, Enter accepts, Esc clears, ↑↓ still move. */
function promptKey(name: string): CompareOutcome | undefined {
	switch (name) {
		case 'enter': {
			return {type: 'filter-accept'};
		}

		case 'escape': {
			return {type: 'close'};
		}

		case 'backspace': {
			return {type: 'filter-backspace'};
		}

		case 'up':
		case 'down': {
			return {type: 'move', delta: name === 'up' ? -1 : 1};
		}

		case 'space': {
			return {type: 'filter-type', text: ' '};
		}

		default: {
			return [...name].length === 1 ? {type: 'filter-type', text: name} : undefined;
		}
	}
}

/** The outcome of one key in the current view; undefined when it does nothing here. */
export function resolveCompareKey(name: string, view: CompareView): CompareOutcome | undefined {
	if (name === 'ctrl+c') {
		return {type: 'quit'};
	}

	if (view.editingFilter) {
		return promptKey(name);
	}

	const binding = bindingForKey(name);
	if (binding === undefined) {
		return undefined;
	}

	// q first closes an open overlay, as on every pane.
	if (binding.action === 'quit' && view.overlay !== null) {
		return {type: 'close'};
	}

	return outcomeOf(binding.action, name);
}
