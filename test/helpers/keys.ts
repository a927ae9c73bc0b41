/** What keys send on a terminal, for `press` in pseudo-terminal and ink-testing-library tests alike. */
export const keys = {
	tab: '\t',
	shiftTab: '\u001B[Z',
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlS: '\u0013',
} as const;
