// Telling a saved web page from text, and decoding the entities in its meta tags. The page itself is read by
// Readability over linkedom (html-page.ts).

const DOCUMENT_START =
	/^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--[^]{0,2000}?-->\s*<(?:!doctype\s+html|html[\s>]))/i;

/** Whether normalised text is a whole HTML document rather than an article that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
	return DOCUMENT_START.test(text.slice(0, 4096));
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
