import type {Line, Segment} from './pane-model.ts';

/** Where `needle` occurs in `text`, case-insensitively, as [start, end) ranges that do not overlap. */
export function matchRanges(text: string, needle: string): Array<[number, number]> {
	if (needle === '') {
		return [];
	}

	const haystack = text.toLowerCase();
	const lowered = needle.toLowerCase();
	// Lower-casing can change lengths (İ → i̇); ranges are only exact when it does not.
	if (haystack.length !== text.length) {
		return [];
	}

	const ranges: Array<[number, number]> = [];
	let from = haystack.indexOf(lowered);
	while (from >= 0) {
		ranges.push([from, from + lowered.length]);
		from = haystack.indexOf(lowered, from + lowered.length);
	}

	return ranges;
}

/** Pieces of `text`, each marked when it is an occurrence of `needle`. */
export function splitMatches(text: string, needle: string): Array<{text: string; match: boolean}> {
	const pieces: Array<{text: string; match: boolean}> = [];
	let at = 0;
	for (const [start, end] of matchRanges(text, needle)) {
		if (start > at) {
			pieces.push({text: text.slice(at, start), match: false});
		}

		pieces.push({text: text.slice(start, end), match: true});
		at = end;
	}

	if (at < text.length || pieces.length === 0) {
		pieces.push({text: text.slice(at), match: false});
	}

	return pieces;
}

/** A line with every occurrence of `needle` inside a segment given the `match` role; the line itself when none. */
export function markMatches(line: Line, needle: string): Line {
	if (needle === '' || !line.some(segment => matchRanges(segment.text, needle).length > 0)) {
		return line;
	}

	return line.flatMap((segment): Segment[] =>
		splitMatches(segment.text, needle).map(piece =>
			piece.match ? {text: piece.text, role: 'match'} : {...segment, text: piece.text},
		),
	);
}
