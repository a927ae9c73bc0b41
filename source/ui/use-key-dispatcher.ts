import {useInput} from 'ink';
import type {KeyAction} from './keymap.ts';
import {bindingForKey} from './keymap.ts';
import {keyNames} from './key-names.ts';
import {paneNames} from './pane-name.ts';
import type {DashboardAction, ViewState} from './view-state.ts';

/** What a key does besides changing the view: handled by the dashboard, not the reducer. */
export type Command = 'quit' | 'snapshot' | 'copy' | 'suspend';

/**
 * Keys for the dashboard on several articles rather than this article's: to another article, to the Compare pane, or
 * the list of articles to pick from (`a`), which opens over this dashboard.
 */
export type ArticleKey = 'next-article' | 'previous-article' | 'compare-pane' | 'pick-article';

/** What the dashboard on several articles did with a key it was offered: nothing, took it, or left this dashboard. */
export type TakenKey = 'taken' | 'left' | undefined;

type Handlers = {
	/** Called for an ArticleKey with the view as it is; without it those keys do nothing (one article). */
	readonly onArticleKey?: (key: ArticleKey, view: ViewState) => void;
	/** Whether keys are this dashboard's now; one of several articles' dashboards ignores them while hidden. */
	readonly isShown?: () => boolean;
	/**
	 * Offered every key first, with the view as it is: while the article picker is open over this dashboard, the keys
	 * are the picker's. Asked key by key, so that the rest of a burst that opened it ("aj\r") reaches it.
	 */
	readonly takeKey?: (name: string, view: ViewState) => TakenKey;
	readonly stateRef: {readonly current: ViewState};
	readonly dispatch: (action: DashboardAction) => void;
	readonly run: (command: Command) => void;
	/** Whether the window is below the minimum size: then only the keys that quit or suspend do anything. */
	readonly tooSmall?: () => boolean;
	readonly onKey?: () => void;
};

function toAction(action: KeyAction, name: string): DashboardAction | Command | ArticleKey {
	switch (action) {
		case 'go-to-pane': {
			return {type: 'go-to-pane', pane: paneNames[Number(name) - 1] ?? 'counts'};
		}

		case 'move-down': {
			return {type: 'move', delta: 1};
		}

		case 'move-up': {
			return {type: 'move', delta: -1};
		}

		case 'page-down': {
			return {type: 'page', direction: 1};
		}

		case 'page-up': {
			return {type: 'page', direction: -1};
		}

		case 'half-page-down':
		case 'half-page-up': {
			return {type: 'page', direction: action === 'half-page-down' ? 1 : -1, half: true};
		}

		case 'quit':
		case 'snapshot':
		case 'copy':
		case 'suspend':
		case 'next-article':
		case 'previous-article':
		case 'compare-pane':
		case 'pick-article': {
			return action;
		}

		default: {
			return {type: action};
		}
	}
}

/** A key while the user types a filter or a search: text goes into it, Enter accepts, Esc clears. */
function promptKey(name: string, prompt: 'filter' | 'search'): DashboardAction | undefined {
	switch (name) {
		case 'enter': {
			return {type: `${prompt}-accept`};
		}

		case 'escape': {
			return {type: 'close'};
		}

		case 'backspace': {
			return {type: `${prompt}-backspace`};
		}

		case 'up':
		case 'down': {
			return {type: 'move', delta: name === 'up' ? -1 : 1};
		}

		case 'space': {
			return {type: `${prompt}-type`, text: ' '};
		}

		default: {
			return [...name].length === 1 ? {type: `${prompt}-type`, text: name} : undefined;
		}
	}
}

/**
 * Turns one key into what it does in the current state; `undefined` when it does nothing. On a window too small to
 * draw the dashboard, the screen says only "press q to quit": q and Ctrl-C quit, Ctrl-Z suspends, and every other key
 * is ignored (a key acting on a pane no one can see would change it unseen; Ctrl-S would save the message).
 */
export function resolveKey(
	name: string,
	state: ViewState,
	tooSmall = false,
): DashboardAction | Command | ArticleKey | undefined {
	if (name === 'ctrl+c') {
		return 'quit';
	}

	if (tooSmall) {
		return name === 'q' ? 'quit' : name === 'ctrl+z' ? 'suspend' : undefined;
	}

	if (state.editingFilter || state.editingSearch) {
		return promptKey(name, state.editingFilter ? 'filter' : 'search');
	}

	const binding = bindingForKey(name);
	if (binding === undefined) {
		return undefined;
	}

	// q first closes an open overlay (contract).
	if (binding.action === 'quit' && state.overlay !== null) {
		return {type: 'close'};
	}

	return toAction(binding.action, name);
}

/** The one key dispatcher: every key goes through the keymap and the reducer, reading the state from the ref. */
export function useKeyDispatcher({
	stateRef,
	dispatch,
	run,
	tooSmall,
	onKey,
	onArticleKey,
	isShown,
	takeKey,
}: Handlers): void {
	useInput((input, key) => {
		if (isShown !== undefined && !isShown()) {
			return;
		}

		onKey?.();
		// A burst or a paste arrives as one string: every key in it is handled, in order, against the latest state.
		for (const name of keyNames(input, key)) {
			const taken = takeKey?.(name, stateRef.current);
			if (taken === 'left') return;
			if (taken === 'taken') continue;
			const resolved = resolveKey(name, stateRef.current, tooSmall?.() ?? false);
			if (resolved === undefined) continue;
			if (resolved === 'pick-article') {
				// The picker opens over this dashboard, which keeps the keys: the rest of the burst goes to the picker.
				onArticleKey?.(resolved, stateRef.current);
			} else if (resolved === 'next-article' || resolved === 'previous-article' || resolved === 'compare-pane') {
				// This dashboard is left: the rest of a burst would reach a view no longer shown.
				onArticleKey?.(resolved, stateRef.current);
				if (onArticleKey !== undefined) return;
			} else if (typeof resolved === 'string') {
				run(resolved);
				// Nothing after a quit or a suspend belongs to this run of the dashboard.
				if (resolved === 'quit' || resolved === 'suspend') return;
			} else {
				dispatch(resolved);
			}
		}
	});
}
