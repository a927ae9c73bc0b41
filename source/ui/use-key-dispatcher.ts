import {useInput} from 'ink';
import type {Key} from 'ink';
import type {KeyAction} from './keymap.ts';
import {bindingForKey} from './keymap.ts';
import {paneNames} from './pane-name.ts';
import type {DashboardAction, ViewState} from './view-state.ts';

/** A key as the keymap names it: "tab", "shift+tab", "ctrl+s", "enter", "space", "G". */
export function keyName(input: string, key: Key): string {
	if (key.escape) {
		return 'escape';
	}

	if (key.tab) {
		return key.shift ? 'shift+tab' : 'tab';
	}

	if (key.return) {
		return 'enter';
	}

	if (key.upArrow) {
		return 'up';
	}

	if (key.downArrow) {
		return 'down';
	}

	if (key.leftArrow) {
		return 'left';
	}

	if (key.rightArrow) {
		return 'right';
	}

	if (key.pageDown) {
		return 'pagedown';
	}

	if (key.pageUp) {
		return 'pageup';
	}

	if (key.home) {
		return 'home';
	}

	if (key.end) {
		return 'end';
	}

	if (key.backspace || key.delete) {
		return 'backspace';
	}

	if (key.ctrl && input.length > 0) {
		return `ctrl+${input.toLowerCase()}`;
	}

	return input === ' ' ? 'space' : input;
}

type Handlers = {
	readonly stateRef: {readonly current: ViewState};
	readonly dispatch: (action: DashboardAction) => void;
	readonly quit: () => void;
	readonly snapshot: () => void;
	readonly onKey?: () => void;
};

function toAction(action: KeyAction, name: string): DashboardAction | 'quit' | 'snapshot' {
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

		case 'quit':
		case 'snapshot': {
			return action;
		}

		default: {
			return {type: action};
		}
	}
}

/** Turns one key into what it does in the current state; `undefined` when it does nothing. */
export function resolveKey(name: string, state: ViewState): DashboardAction | 'quit' | 'snapshot' | undefined {
	if (name === 'ctrl+c') {
		return 'quit';
	}

	if (state.editingFilter) {
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
export function useKeyDispatcher({stateRef, dispatch, quit, snapshot, onKey}: Handlers): void {
	useInput((input, key) => {
		onKey?.();
		// A burst or a paste arrives as one string: take it key by key (escape sequences are already parsed by Ink).
		const names =
			input.length > 1 && !key.ctrl && !key.meta
				? [...input].map(char => (char === ' ' ? 'space' : char))
				: [keyName(input, key)];
		for (const name of names) {
			const resolved = resolveKey(name, stateRef.current);
			if (resolved === 'quit') {
				quit();
				return;
			}

			if (resolved === 'snapshot') {
				snapshot();
			} else if (resolved !== undefined) {
				dispatch(resolved);
			}
		}
	});
}
