// Characters that are always one terminal cell: printable ASCII, Latin-1 and Latin Extended (no combining marks, no
// soft hyphen), general punctuation (curly quotes, dashes, ellipsis), arrows, box drawing and blocks, ✓ and ✗ — almost
// all of news text and of the dashboard's chrome. test/single-cell.test.ts checks every one against string-width.
export const singleCellText =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F\u2713\u2717]*$/;
