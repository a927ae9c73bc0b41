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
	// One pass of a character class; V8 returns the same string when nothing matches.
	return unified.replace(UNSAFE_ALL, char => neutralise(char.charCodeAt(0)) ?? char);
}

// Every code unit `neutralise` changes: C0 controls but tab and newline, DEL and C1, the soft hyphen, the Arabic
// letter mark, zero-width characters and direction marks, line and paragraph separators, bidi embeddings, overrides
// and isolates, the word joiner and a byte-order mark.
const UNSAFE_ALL =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060\u2066-\u2069\uFEFF]/g;

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
