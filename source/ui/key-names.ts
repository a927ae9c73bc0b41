import type {Key} from 'ink';

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

	const arrow = arrowName(key);
	if (arrow !== undefined) {
		return arrow;
	}

	if (key.backspace || key.delete) {
		return 'backspace';
	}

	if (key.ctrl && input.length > 0) {
		return `ctrl+${input.toLowerCase()}`;
	}

	return input.length === 1 ? charName(input) : input;
}

function arrowName(key: Key): string | undefined {
	const names: ReadonlyArray<[boolean, string]> = [
		[key.upArrow, 'up'],
		[key.downArrow, 'down'],
		[key.leftArrow, 'left'],
		[key.rightArrow, 'right'],
		[key.pageDown, 'pagedown'],
		[key.pageUp, 'pageup'],
		[key.home, 'home'],
		[key.end, 'end'],
	];
	return names.find(([pressed]) => pressed)?.[1];
}

/** The name of one character typed on its own or inside a burst: control characters are the keys that send them. */
export function charName(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	switch (char) {
		case '\r':
		case '\n': {
			return 'enter';
		}

		case '\t': {
			return 'tab';
		}

		case '\u007F':
		case '\b': {
			return 'backspace';
		}

		case '\u001B': {
			return 'escape';
		}

		case ' ': {
			return 'space';
		}

		default: {
			// Ctrl-A … Ctrl-Z send 0x01 … 0x1A.
			return code >= 1 && code <= 26 ? `ctrl+${String.fromCodePoint(code + 96)}` : char;
		}
	}
}

/**
 * Every key in one input event, in order. Ink splits escape sequences (arrows, PgDn, Shift-Tab) from the text around
 * them, but a run of plain characters typed fast, pasted or sent over SSH comes as one event ("j\r", "j\u0003",
 * "x\u007Fen\r") with no key flag that fits it (ink-notes): such a run is taken one character at a time.
 */
export function keyNames(input: string, key: Key): string[] {
	const chars = [...input];
	if (chars.length > 1 && !input.startsWith('\u001B')) {
		return chars.map(char => charName(char));
	}

	return [keyName(input, key)];
}
