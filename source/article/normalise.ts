/**
 * Makes untrusted text safe to draw and to index into.
 *
 * Line endings become \n and invisible zero-width characters are removed (the only steps that change the length,
 * and they run before any offset is computed). Every other unsafe code unit is replaced one-for-one, so an offset
 * computed on the result points at the same character a reader sees: a control character or the ESC that opens a
 * terminal escape sequence (ANSI colours, OSC 8 links, OSC 52 clipboard writes) could otherwise recolour, move or
 * clear the screen, and a bidi override could make evidence read differently from what the article says.
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
const REMOVED = '';

/** The replacement for one code unit, or null to keep it. */
function neutralise(code: number): string | null {
	if (code === 0x0a || code === 0x09) {
		return null;
	}

	// Vertical tab, form feed, NEL and the Unicode line/paragraph separators all mean "new line" to a writer.
	if (code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) {
		return '\n';
	}

	// A C0 control shows as its Unicode control picture (ESC → ␛, BEL → ␇), so a reader sees that something was there
	// and what it was, while the terminal receives nothing it obeys.
	if (code < 0x20) {
		return String.fromCharCode(0x2400 + code);
	}

	if (code === 0x7f) {
		return '\u2421';
	}

	if (code >= 0x80 && code <= 0x9f) {
		return REPLACEMENT;
	}

	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
		return REPLACEMENT;
	}

	// Zero-width spaces and joiners, the word joiner, a byte-order mark inside the text, the soft hyphen and the
	// left-to-right/right-to-left marks draw nothing: left in, they split "Ho\u200Bman" into two words for every
	// extractor while the reader sees one name.
	if ((code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff || code === 0x00ad || code === 0x061c) {
		return REMOVED;
	}

	return null;
}
