/**
 * Makes untrusted text safe to draw and to index into.
 *
 * Line endings become \n first (this is the only step that changes the length). Every other unsafe code unit is
 * replaced one-for-one, so an offset computed on the result points at the same character a reader sees: a control
 * character or the ESC that opens a terminal escape sequence could otherwise recolour, move or clear the screen, and
 * a bidi override could make evidence read differently from what the article says.
 */
export function normaliseText(text: string): string {
	const unified = text.replace(/\r\n?/g, '\n');
	let out = '';
	let runStart = 0;
	for (let index = 0; index < unified.length; index++) {
		const replacement = neutralise(unified.charCodeAt(index));
		if (replacement !== null) {
			out += unified.slice(runStart, index) + replacement;
			runStart = index + 1;
		}
	}

	return runStart === 0 ? unified : out + unified.slice(runStart);
}

const REPLACEMENT = '\uFFFD';

/** The replacement for one code unit, or null to keep it. */
function neutralise(code: number): string | null {
	if (code === 0x0a || code === 0x09) {
		return null;
	}

	// Vertical tab, form feed, NEL and the Unicode line/paragraph separators all mean "new line" to a writer.
	if (code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) {
		return '\n';
	}

	if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
		return REPLACEMENT;
	}

	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
		return REPLACEMENT;
	}

	return null;
}
