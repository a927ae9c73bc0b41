/** The fields of a front-matter block, and where the body begins after it. */
export type FrontMatter = {
	readonly title: string | null;
	/** As written; the caller decides whether it is a date. */
	readonly published: string | null;
	readonly source: string | null;
	readonly url: string | null;
	/** Offset just after the closing fence line, or 0 when there is no front matter. */
	readonly bodyStart: number;
};

// Static-site generators and CMS exports name the same field differently; unknown keys are ignored.
const KEYS: Readonly<Record<string, 'title' | 'published' | 'source' | 'url'>> = {
	title: 'title',
	headline: 'title',
	published: 'published',
	date: 'published',
	published_at: 'published',
	publishedat: 'published',
	pubdate: 'published',
	publishdate: 'published',
	datepublished: 'published',
	source: 'source',
	publisher: 'source',
	outlet: 'source',
	url: 'url',
	link: 'url',
	canonical: 'url',
};

// A block that is not closed within this many lines is ordinary text that happens to start with a rule.
const MAX_LINES = 100;
const FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;

const NONE: FrontMatter = {title: null, published: null, source: null, url: null, bodyStart: 0};

/** Reads an optional `---` … `---` block of `key: value` lines at the very top of normalised text. */
export function readFrontMatter(text: string): FrontMatter {
	if (!/^---[ \t]*\n/.test(text)) {
		return NONE;
	}

	const fields: Record<'title' | 'published' | 'source' | 'url', string | null> = {
		title: null,
		published: null,
		source: null,
		url: null,
	};
	let lineStart = text.indexOf('\n') + 1;
	for (let count = 0; count < MAX_LINES && lineStart <= text.length; count++) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1) {
			lineEnd = text.length;
		}

		const line = text.slice(lineStart, lineEnd).trim();
		if (line === '---' || line === '...') {
			return {...fields, bodyStart: Math.min(lineEnd + 1, text.length)};
		}

		const match = FIELD.exec(line);
		const key = KEYS[match?.[1]?.toLowerCase() ?? ''];
		if (match !== null && key !== undefined && fields[key] === null) {
			const value = unquote(match[2] ?? '');
			fields[key] = value === '' ? null : value;
		}

		if (lineEnd === text.length) {
			break;
		}

		lineStart = lineEnd + 1;
	}

	return NONE;
}

function unquote(raw: string): string {
	const value = raw.trim();
	const first = value[0];
	if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) {
		const inner = value.slice(1, -1);
		return first === '"' ? inner.replaceAll('\\"', '"').replaceAll('\\\\', '\\') : inner.replaceAll("''", "'");
	}

	return value;
}
