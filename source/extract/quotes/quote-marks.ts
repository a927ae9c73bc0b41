import type {Span} from '../../article/types.ts';

/** A pair of quotation marks (double, or single in copy that uses them for speech) and what lies between them; may run over several paragraphs. */
export type MarkedSpan = {
	/** Offset of the opening mark. */
	readonly start: number;
	/** Offset just past the closing mark. */
	readonly end: number;
	readonly firstParagraph: number;
	readonly lastParagraph: number;
};

const straight = 0x22;
const leftDouble = 0x201c;
const rightDouble = 0x201d;
const lowDouble = 0x201e;
// Guillemets, « and », the marks of speech in copy translated from European languages.
const leftGuillemet = 0xab;
const rightGuillemet = 0xbb;
const apostrophe = 0x27;
const leftSingle = 0x2018;
const rightSingle = 0x2019;

const isOpener = (code: number): boolean => code === leftDouble || code === lowDouble || code === leftGuillemet;
const isDouble = (code: number): boolean =>
	code === straight ||
	code === leftDouble ||
	code === rightDouble ||
	code === lowDouble ||
	code === leftGuillemet ||
	code === rightGuillemet;
// Unicode white space, by code: this runs once per quote mark, so no regular expression. Common cases first.
const isBlank = (code: number): boolean =>
	code === 32 ||
	code === 10 ||
	Number.isNaN(code) ||
	(code < 0xa0
		? code === 9 || code === 13
		: code === 0xa0 ||
			(code >= 0x2000 && code <= 0x200a) ||
			code === 0x2028 ||
			code === 0x2029 ||
			code === 0x202f ||
			code === 0x205f ||
			code === 0x3000 ||
			code === 0x1680 ||
			code === 0xfeff);
const wordPattern = /[\p{L}\p{N}]/u;
const isWordChar = (code: number): boolean =>
	(code >= 97 && code <= 122) ||
	(code >= 65 && code <= 90) ||
	(code >= 48 && code <= 57) ||
	(code > 127 && !(code >= 0x2000 && code <= 0x206f) && wordPattern.test(String.fromCharCode(code)));
const isLetter = (code: number): boolean => isWordChar(code) && !(code >= 48 && code <= 57);
// Before an opening mark: a space, a bracket or a dash.
const isOpeningContext = (code: number): boolean =>
	isBlank(code) || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013;

/**
 * An outer single mark that opens: ‘ or ' after a space, bracket, dash or double mark and before a word. A straight
 * mark must be followed by a letter ('90s is a year); ’ never opens (’90s, ’n’).
 */
const opensSingle = (code: number, previous: number, next: number): boolean =>
	(code === leftSingle || code === apostrophe) &&
	(isOpeningContext(previous) || isDouble(previous)) &&
	(code === leftSingle ? isWordChar(next) || next === 0x2026 : isLetter(next));
/** A single mark that may close: after a non-space, before a space, punctuation or the end, never inside a word. */
const closesSingle = (code: number, previous: number, next: number): boolean =>
	(code === rightSingle || code === apostrophe) && !isBlank(previous) && !isWordChar(next);
/** The ’ closing an elided word, rock ’n’ roll: a letter, an apostrophe right after a space, before it. */
const closesElision = (body: string, at: number): boolean => {
	const mark = body.charCodeAt(at - 2);
	return (mark === rightSingle || mark === apostrophe) && isBlank(body.charCodeAt(at - 3));
};

/** Opening single and double marks that open a quotation, counted to tell which the article uses for speech. */
function usesSingleMarks(body: string): boolean {
	let singles = 0;
	let doubles = 0;
	for (let i = body.indexOf('‘'), n = 0; i !== -1 && n < 1_000_000; i = body.indexOf('‘', i + 1), n++) {
		if (opensSingle(leftSingle, i > 0 ? body.charCodeAt(i - 1) : Number.NaN, body.charCodeAt(i + 1))) {
			singles++;
		}
	}

	for (let i = body.indexOf("'"), n = 0; i !== -1 && n < 1_000_000; i = body.indexOf("'", i + 1), n++) {
		if (opensSingle(apostrophe, i > 0 ? body.charCodeAt(i - 1) : Number.NaN, body.charCodeAt(i + 1))) {
			singles++;
		}
	}

	if (singles === 0) {
		return false;
	}

	for (let i = body.indexOf('“'); i !== -1 && doubles <= singles; i = body.indexOf('“', i + 1)) {
		doubles++;
	}

	for (let i = body.indexOf('"'); i !== -1 && doubles <= singles; i = body.indexOf('"', i + 1)) {
		doubles += 0.5;
	}

	// A tie is one double-quoted passage with a single-quoted one nested in it, or the reverse: in either reading,
	// single marks inside double ones stay nested, so taking singles as the outer marks loses nothing.
	return singles >= doubles;
}

/**
 * Pairs quotation marks in one left-to-right pass. Double marks always pair. Single marks pair only in an article that
 * uses them for speech (British and Australian copy: ‘…’); elsewhere they are apostrophes (world’s, ’90s) or a
 * quotation nested inside a double-quoted passage, which belongs to it. Inside a single-quoted quotation, double marks
 * are the nested ones and are not paired.
 *
 * A quotation left open at the end of a paragraph continues only when the next paragraph opens with a mark (the news
 * convention for a quotation over several paragraphs); otherwise it is dropped, so a stray mark never swallows the
 * rest of the article.
 */
export function pairQuoteMarks(body: string, paragraphs: readonly Span[]): MarkedSpan[] {
	const singles = usesSingleMarks(body);
	const found: MarkedSpan[] = [];
	// The open quotation's first mark and paragraph; -1 when none is open.
	let openStart = -1;
	let openParagraph = -1;
	let openSingle = false;
	// Inside a single-quoted quotation, "workers’ rights": a closing mark that may be a plural possessive, used only
	// when no later mark closes the quotation in its paragraph.
	let fallback = -1;

	const push = (end: number, index: number): void => {
		found.push({start: openStart, end, firstParagraph: openParagraph, lastParagraph: index});
		openStart = -1;
		fallback = -1;
	};

	const open = (at: number, index: number, single: boolean): void => {
		openStart = at;
		openParagraph = index;
		openSingle = single;
		fallback = -1;
	};

	for (const [index, paragraph] of paragraphs.entries()) {
		let from = paragraph.start;
		if (openStart !== -1) {
			const first = body.charCodeAt(from);
			if (openSingle ? first === leftSingle || first === apostrophe : isOpener(first) || first === straight) {
				from++;
			} else {
				openStart = -1;
			}
		}

		for (let i = from; i < paragraph.end; i++) {
			const c = body.charCodeAt(i);
			// Letters, digits and most punctuation lie between the marks' codes: one test skips them.
			if (c > apostrophe && c < leftSingle && c !== leftGuillemet && c !== rightGuillemet) {
				continue;
			}

			const double = isDouble(c);
			const single = singles && (c === apostrophe || c === leftSingle || c === rightSingle);
			if (!double && !single) {
				continue;
			}

			const previous = i > paragraph.start ? body.charCodeAt(i - 1) : Number.NaN;
			const next = i + 1 < paragraph.end ? body.charCodeAt(i + 1) : Number.NaN;
			if (single) {
				if (openStart !== -1 && !openSingle) {
					// A quotation nested in a double-quoted one, or an apostrophe.
					continue;
				}

				if (openStart === -1) {
					if (opensSingle(c, previous, next)) {
						open(i, index, true);
					}

					continue;
				}

				if (closesSingle(c, previous, next) && !closesElision(body, i) && hasWords(body, openStart + 1, i)) {
					// "the workers’ rights": s’ before a word may be a possessive; a later closing mark wins.
					const possessive =
						(previous === 0x73 || previous === 0x53) && next === 32 && isWordChar(body.charCodeAt(i + 2));
					if (possessive) {
						fallback = i;
					} else {
						push(i + 1, index);
					}
				} else if (opensSingle(c, previous, next)) {
					// Single quotations do not nest: a new one opening closes the one before at its possessive-like
					// mark, or the earlier mark was unbalanced.
					if (fallback !== -1) {
						push(fallback + 1, index);
					}

					open(i, index, true);
				}

				continue;
			}

			if (openStart !== -1 && openSingle) {
				// ‘He said “no” to me’: double marks nested inside single ones.
				continue;
			}

			if (openStart === -1) {
				if (isOpener(c) || (c === straight && !isBlank(next))) {
					open(i, index, false);
				} else if (c === rightDouble && isOpeningContext(previous) && isWordChar(next)) {
					// A closing mark typed where an opening one belongs.
					open(i, index, false);
				}

				continue;
			}

			const closes =
				c === rightDouble ||
				c === rightGuillemet ||
				(c === straight && !isBlank(previous)) ||
				// An opening mark typed where a closing one belongs: “…“ followed by a space.
				(isOpener(c) && !isBlank(previous) && !isWordChar(next));
			// Marks with no word between them ("", “““) quote nothing.
			const quotesWords = closes && hasWord(body, openStart + 1, i);
			if (quotesWords) {
				push(i + 1, index);
			} else if (isOpener(c) || (c === straight && !isBlank(next))) {
				// A new quotation opens while one is still open: the earlier mark was unbalanced.
				open(i, index, false);
			} else if (closes) {
				openStart = -1;
			}
		}

		if (openStart !== -1 && fallback !== -1) {
			push(fallback + 1, index);
		}

		const following = paragraphs[index + 1];
		// A text cut short inside a quotation (an excerpt, a feed's first paragraphs): the words up to its end were
		// still quoted. Only an opening mark and several words, so a stray straight mark opens nothing.
		if (
			openStart !== -1 &&
			following === undefined &&
			!openSingle &&
			isOpener(body.charCodeAt(openStart)) &&
			body.slice(openStart, paragraph.end).split(/\s+/).length >= 6
		) {
			push(paragraph.end, index);
		}

		if (openStart !== -1 && following !== undefined) {
			const first = body.charCodeAt(following.start);
			const continues = openSingle
				? first === leftSingle || first === apostrophe
				: isOpener(first) || first === straight;
			if (!continues) {
				openStart = -1;
			}
		}
	}

	return found;
}

/** Two letters or digits in `body[start, end)`: "'n'" in rock 'n' roll quotes nothing. */
function hasWords(body: string, start: number, end: number): boolean {
	let seen = 0;
	for (let i = start; i < end && seen < 2; i++) {
		if (isWordChar(body.charCodeAt(i))) {
			seen++;
		}
	}

	return seen >= 2;
}

/** Is there a letter or digit in `body[start, end)`? Each stretch is read once: it lies between two marks. */
function hasWord(body: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (isWordChar(body.charCodeAt(i))) {
			return true;
		}
	}

	return false;
}

/** Paragraphs as runs of non-blank lines, for articles that come without them. */
export function splitParagraphs(body: string): Span[] {
	const spans: Span[] = [];
	let start = -1;
	let end = -1;
	let lineStart = 0;
	while (lineStart <= body.length) {
		const newline = body.indexOf('\n', lineStart);
		const lineEnd = newline === -1 ? body.length : newline;
		const line = body.slice(lineStart, lineEnd);
		const text = line.trim();
		if (text.length > 0) {
			if (start === -1) {
				start = lineStart + line.indexOf(text[0]!);
			}

			end = lineStart + line.trimEnd().length;
		} else if (start !== -1) {
			spans.push({start, end});
			start = -1;
		}

		lineStart = lineEnd + 1;
	}

	if (start !== -1) {
		spans.push({start, end});
	}

	return spans;
}
