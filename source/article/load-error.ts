/**
 * Bad input a reporter can fix: a missing file, a PDF, a date typed wrongly. The message is one plain line, shown
 * as `newsdash: <message>` with no stack trace.
 */
export class LoadError extends Error {
	override readonly name = 'LoadError';
}

/** A file name quoted for a message, with control and bidi characters escaped so it cannot alter the terminal. */
export function quoteName(name: string): string {
	return JSON.stringify(name).replace(
		/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
		char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
