// Articles pasted from a CMS, a wiki or a newsletter carry Markdown. Its marks are not words: left in, "**Smith**"
// becomes a speaker named "**Smith", a link's address becomes part of a quote and "[12](…)" a number inside brackets.
// They are taken out before any offset is computed, so every span still indexes the body the reader is shown.
// List markers ("- ", "* ", "1. ") stay: the paragraph reader makes each item a paragraph and leaves the marker out.
// Hand-written rather than a Markdown library: a renderer would turn the text into HTML and lose the line structure
// the paragraph and table readers rely on; only the inline marks and a few line prefixes need to go.
// Every pattern below is a negated class bounded by the next delimiter, so no attempt rescans text another did.
// In a plain-text article (a .txt file) a backslash and a backtick are characters the writer typed — "3\.5", a
// path, "won`t", ``quote'' marks — so backslash escapes and code spans are Markdown's only in a Markdown file.

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:={3,}|-{3,})[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^[\]\n]{1,200}\]:[ \t]*(?:<?[a-z][a-z\d+.-]{0,30}:|\/|#)/i;
const TABLE_DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

const IMAGE = /!\[[^[\]\n]*\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^[\]\n]*\])/g;
const LINK = /\[([^[\]\n]*)\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^[\]\n]*\])/g;
const CODE = /`([^`\n]+)`/g;
const STRONG_STAR = /(?<!\\)\*\*(?=[^\s*])([^*\n]*[^\s*\\])\*\*/g;
const STRONG_UNDERSCORE = /(?<![\\\p{L}\p{N}_])__(?=[^\s_])([^_\n]*[^\s_\\])__(?![\p{L}\p{N}_])/gu;
const EMPHASIS_STAR = /(?<![\\*\p{L}\p{N}])\*(?=[^\s*])([^*\n]*[^\s*\\])\*(?![*\p{L}\p{N}])/gu;
const EMPHASIS_UNDERSCORE = /(?<![\\\p{L}\p{N}_])_(?=[^\s_])([^_\n]*[^\s_\\])_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~(?=\S)([^~\n]*\S)~~/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|~])/g;

/**
 * How the text is read: `markdown` takes every mark out; `plain` keeps backslashes and backticks as written (they
 * are the writer's characters in a .txt file) and takes out only the marks that hold no words.
 */
export type Markup = 'markdown' | 'plain';

/** The body with Markdown marks taken out and its line structure kept (headings stay paragraphs of their own). */
export function stripMarkdown(body: string, markup: Markup = 'markdown'): string {
	if (!mayHoldMarkdown(body)) {
		return body;
	}

	const lines = body.split('\n');
	const out: string[] = [];
	let fenced = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (FENCE.test(line)) {
			fenced = !fenced;
			out.push('');
			continue;
		}

		if (fenced || !mayHoldMarkdown(line)) {
			out.push(line);
			continue;
		}

		if (SETEXT_UNDERLINE.test(line) || THEMATIC_BREAK.test(line)) {
			// Under a line of text it underlines a heading; alone it is a rule. Either way a paragraph ends here.
			out.push('');
			continue;
		}

		if (REFERENCE_DEFINITION.test(line)) {
			out.push('');
			continue;
		}

		if (line.includes('|') && TABLE_DELIMITER_ROW.test(line) && (out.at(-1) ?? '').trim() !== '') {
			continue;
		}

		const heading = ATX_HEADING.exec(line);
		if (heading !== null) {
			out.push(inline(line.slice(heading[0].length).replace(ATX_CLOSING, ''), markup));
			if ((lines[index + 1] ?? '').trim() !== '') {
				out.push('');
			}

			continue;
		}

		out.push(inline(tableRow(blockQuoteContent(line)), markup));
	}

	return out.join('\n');
}

// Most plain-text articles have none of these characters and skip the line-by-line pass; most lines of the others
// skip the patterns. A list marker alone ("- ") needs nothing done.
const MARKDOWN_CHARACTER = /[#*_[`>=~|\\]|^ {0,3}-{3,}/m;

function mayHoldMarkdown(text: string): boolean {
	return MARKDOWN_CHARACTER.test(text);
}

/** A block quote's text without its "> " marks (nested quotes too). */
function blockQuoteContent(line: string): string {
	let position = 0;
	while (position < line.length && position < 4 && line[position] === ' ') {
		position++;
	}

	if (line[position] !== '>') {
		return line;
	}

	while (line[position] === '>' || line[position] === ' ') {
		position++;
	}

	return line.slice(position);
}

/** "| Ava | 12 |" → "Ava | 12": the outer pipes go, the inner ones stay as the cell separator the table reader knows. */
function tableRow(line: string): string {
	const trimmed = line.trim();
	if (trimmed.length < 3 || !trimmed.startsWith('|') || !trimmed.endsWith('|')) {
		return line;
	}

	return trimmed.slice(1, -1).trim();
}

function inline(line: string, markup: Markup): string {
	if (!/[*_[`~\\]/.test(line)) {
		return line;
	}

	const markdown = markup === 'markdown';
	let text = line.replace(IMAGE, '').replace(LINK, '$1');
	if (markdown) {
		text = text.replace(CODE, '$1');
	}

	text = text
		.replace(STRONG_STAR, '$1')
		.replace(STRONG_UNDERSCORE, '$1')
		.replace(EMPHASIS_STAR, '$1')
		.replace(EMPHASIS_UNDERSCORE, '$1')
		.replace(STRIKE, '$1');
	return markdown ? text.replace(ESCAPE, '$1') : text;
}
