import stripAnsi from 'strip-ansi';

// C0 and C1 controls, DEL, the bidi marks, embeddings, overrides and isolates that can reorder what the terminal
// shows (U+061C, U+200E/F, U+202A–E, U+2066–9), and the line and paragraph separators some terminals break lines at.
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
// Zero-width characters: invisible, so text that looks alike on screen could differ (a spoofed name, a hidden
// word boundary), and terminals disagree on their width, which shifts every cell after them.
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/g;
const whitespaceControls = /[\t\n\r]/g;

/** What an invisible character shows as in the evidence view, where the text must keep its length. */
export const zeroWidthMark = '·';

/**
 * Every string from a report passes through here before it is drawn: the article is untrusted, and an escape
 * sequence in it could move the cursor, retitle the window, write the clipboard (OSC 52) or hide text. The article
 * layer neutralises too; this is the UI's own guarantee. Tabs and line breaks become spaces (one line of screen per
 * string), zero-width characters are dropped, other controls become U+FFFD.
 */
export function sanitize(text: string): string {
	return stripAnsi(text).replace(whitespaceControls, ' ').replace(zeroWidth, '').replace(unsafe, '\uFFFD');
}

/**
 * One UTF-16 unit in, one out: line breaks and tabs become spaces, escapes and other controls U+FFFD, zero-width
 * characters a visible "·". For text shown against offsets (evidence), where dropping anything would shift every
 * highlight after it.
 */
export function neutralize(text: string): string {
	return text.replace(whitespaceControls, ' ').replace(zeroWidth, zeroWidthMark).replace(unsafe, '\uFFFD');
}
