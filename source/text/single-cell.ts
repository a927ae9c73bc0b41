// Characters that are always one terminal cell and one grapheme of their own: printable ASCII, Latin-1 and Latin
// Extended (no combining marks, no soft hyphen), general punctuation (curly quotes, dashes, ellipsis), arrows,
// mathematical operators, ⏎, box drawing and blocks, ✓ and ✗ — almost all of news text and of the dashboard's chrome.
// test/single-cell.test.ts checks every one against string-width and Intl.Segmenter.
const oneCell =
	'\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u21FF\\u2200-\\u22FF\\u23CE\\u2500-\\u259F\\u2713\\u2717';

/** Text whose width in cells is its length. */
export const singleCellText = new RegExp(`^[${oneCell}]*$`);

/**
 * Text in which every UTF-16 unit is a grapheme by itself: one-cell characters and control characters (escape codes
 * included), which always stand apart — except CR before LF, so CR is left out.
 */
export const unitGraphemes = new RegExp(`^[\\u0000-\\u000C\\u000E-\\u001F\\u007F-\\u009F${oneCell}]*$`);
