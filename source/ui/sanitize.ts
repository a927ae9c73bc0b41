import stripAnsi from 'strip-ansi';

// C0 and C1 controls, DEL, and the bidi overrides/isolates that can reorder what the terminal shows.
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const whitespaceControls = /[\t\n\r]/g;

/**
 * Every string from a report passes through here before it is drawn: the article is untrusted, and an escape
 * sequence in it could move the cursor, retitle the window or hide text. The article layer neutralises too; this is the
 * UI's own guarantee. Tabs and line breaks become spaces (one line of screen per string).
 */
export function sanitize(text: string): string {
	return stripAnsi(text).replace(whitespaceControls, ' ').replace(unsafe, '\uFFFD');
}

/** Like `sanitize`, but keeps line breaks: for the article body shown as evidence. */
export function sanitizeKeepingLines(text: string): string {
	return stripAnsi(text)
		.replace(/[\t\r]/g, ' ')
		.replace(unsafe, '\uFFFD');
}

/**
 * One UTF-16 unit in, one out: line breaks and tabs become spaces, escapes and other controls U+FFFD. For text shown
 * against offsets (evidence), where stripping an escape sequence would shift every highlight after it.
 */
export function neutralize(text: string): string {
	return text
		.replace(whitespaceControls, ' ')
		.replace(/[\u001B]/g, '\uFFFD')
		.replace(unsafe, '\uFFFD');
}
