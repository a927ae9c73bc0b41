// A saved web page becomes plain text here. Hand-written rather than a DOM library (none is installed, and the
// article layer imports nothing of ours): one forward scan, tags dropped, blocks turned into paragraph breaks,
// entities decoded. It is not a browser, only good enough to read the story out of a news page.

const DOCUMENT_START =
	/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--[^]{0,2000}?-->\s*<(?:!doctype\s+html|html[\s>]))/i;

/** Whether normalised text is a whole HTML document rather than an article that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
	return DOCUMENT_START.test(text.slice(0, 4096));
}

// Elements whose content is never the story.
const SKIPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'math',
	'iframe',
	'object',
	'head',
	'nav',
	'aside',
	'form',
	'button',
	'select',
	'textarea',
	'footer',
	'dialog',
]);

const BLOCKS = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'header',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'pre',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'table',
	'thead',
	'tbody',
	'tr',
	'figure',
	'figcaption',
	'address',
	'hr',
]);

const PARAGRAPH_BREAK = '\n\n';

/** The readable text of an HTML document: the `<article>` (else `<main>`, else `<body>`) with paragraph breaks. */
export function htmlToText(html: string): string {
	const lower = html.toLowerCase();
	const [from, to] = contentRange(lower);
	const parts: string[] = [];
	let index = from;
	while (index < to) {
		const open = html.indexOf('<', index);
		const textEnd = open === -1 || open > to ? to : open;
		if (textEnd > index) {
			parts.push(decodeEntities(html.slice(index, textEnd)).replace(/[ \t\n\f\r]+/g, ' '));
		}

		if (textEnd >= to) {
			break;
		}

		index = readTag(html, lower, textEnd, to, parts);
	}

	return tidy(parts.join(''));
}

function contentRange(lower: string): [number, number] {
	for (const name of ['article', 'main', 'body']) {
		const start = lower.indexOf(`<${name}`);
		const end = lower.lastIndexOf(`</${name}`);
		if (start !== -1 && end > start) {
			return [start, end];
		}
	}

	return [0, lower.length];
}

/** Handles the markup at `start` (a "<"), adds any break it stands for, and returns where the text resumes. */
function readTag(html: string, lower: string, start: number, to: number, parts: string[]): number {
	if (lower.startsWith('<!--', start)) {
		const close = lower.indexOf('-->', start + 4);
		return close === -1 ? to : close + 3;
	}

	const match = /^<(\/?)([a-z][a-z0-9-]*)/.exec(lower.slice(start, start + 40));
	if (match === null) {
		if (lower[start + 1] === '!' || lower[start + 1] === '?') {
			const close = lower.indexOf('>', start);
			return close === -1 ? to : close + 1;
		}

		// A "<" that opens no tag is text ("a < b").
		parts.push('<');
		return start + 1;
	}

	const closing = match[1] === '/';
	const name = match[2]!;
	const end = tagEnd(html, start + match[0].length, to);
	if (!closing && SKIPPED.has(name)) {
		const close = lower.indexOf(`</${name}`, end);
		return close === -1 ? to : tagEnd(html, close, to);
	}

	if (name === 'br') {
		parts.push('\n');
	} else if (name === 'li') {
		parts.push(closing ? '\n' : '\n- ');
	} else if (name === 'td' || name === 'th') {
		parts.push(closing ? '' : ' ');
	} else if (BLOCKS.has(name)) {
		parts.push(PARAGRAPH_BREAK);
	}

	return end;
}

/** The offset after the ">" closing a tag, skipping ">" inside quoted attribute values. */
function tagEnd(html: string, from: number, to: number): number {
	let quote = '';
	for (let index = from; index < to; index++) {
		const char = html[index];
		if (quote !== '') {
			if (char === quote) {
				quote = '';
			}
		} else if (char === '"' || char === "'") {
			quote = char;
		} else if (char === '>') {
			return index + 1;
		}
	}

	return to;
}

/** Trims every line and keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
	const lines: string[] = [];
	let blank = true;
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '') {
			if (!blank) {
				lines.push('');
			}

			blank = true;
		} else {
			lines.push(line);
			blank = false;
		}
	}

	while (lines.at(-1) === '') {
		lines.pop();
	}

	return lines.join('\n');
}

const NAMED: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	sbquo: '‚',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	bull: '•',
	middot: '·',
	deg: '°',
	copy: '©',
	reg: '®',
	trade: '™',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	agrave: 'à',
	iacute: 'í',
	oacute: 'ó',
	uacute: 'ú',
	ntilde: 'ñ',
	ccedil: 'ç',
	auml: 'ä',
	ouml: 'ö',
	uuml: 'ü',
	szlig: 'ß',
	Eacute: 'É',
	thinsp: '\u2009',
	ensp: '\u2002',
	emsp: '\u2003',
	shy: '',
	zwnj: '',
	zwj: '',
};

/** Decodes numeric entities and the named ones news pages use; an unknown name is left as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) {
		return text;
	}

	return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
		if (body.startsWith('#')) {
			const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
			const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
			return valid ? String.fromCodePoint(code) : '\uFFFD';
		}

		return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
	});
}
