import {decodeEntities} from './html.ts';

/** What a saved news page says about itself in its markup. */
export type PageMeta = {
	readonly title: string | null;
	/** As written (often an ISO timestamp); the caller normalises it. */
	readonly published: string | null;
	readonly source: string | null;
	readonly url: string | null;
};

// News pages state their metadata for social cards and search engines: Open Graph and article:* meta tags,
// JSON-LD (schema.org NewsArticle), the canonical link. These beat guessing from the visible text.
// `[^<>]` stops each attempt at the next tag, so a page of unclosed tags is still read in one pass.
const META_TAG = /<(?:meta|link)\b[^<>]{0,2000}>/gi;
const ATTRIBUTE = /([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]{4,60})"/;
const TIME_DATETIME = /<time\b[^<>]{0,500}?\bdatetime\s*=\s*["']([^"']{4,60})["']/i;

// Metadata lives in the head; a page without a <body> tag is searched this far.
const HEAD_LIMIT = 512 * 1024;

const TITLE_KEYS = ['og:title', 'twitter:title'];
const PUBLISHED_KEYS = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date'];
const SOURCE_KEYS = ['og:site_name', 'application-name'];

/** Reads meta and link tags, JSON-LD and a `<time datetime>` from an HTML document. */
export function readPageMeta(html: string): PageMeta {
	const values = new Map<string, string>();
	let canonical: string | null = null;
	const bodyStart = html.search(/<body[\s>]/i);
	const head = html.slice(0, bodyStart === -1 ? HEAD_LIMIT : Math.min(bodyStart, HEAD_LIMIT));
	for (const tag of head.matchAll(META_TAG)) {
		const attributes = new Map<string, string>();
		for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
			const name = attribute[1]?.toLowerCase() ?? '';
			attributes.set(name, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '').trim());
		}

		const key = (attributes.get('property') ?? attributes.get('name') ?? attributes.get('itemprop'))?.toLowerCase();
		const content = attributes.get('content');
		if (key !== undefined && content !== undefined && content !== '' && !values.has(key)) {
			values.set(key, content);
		}

		if (attributes.get('rel')?.toLowerCase() === 'canonical' && canonical === null) {
			canonical = attributes.get('href') || null;
		}
	}

	const first = (keys: readonly string[]): string | null => {
		for (const key of keys) {
			const value = values.get(key);
			if (value !== undefined) {
				return value;
			}
		}

		return null;
	};

	return {
		title: first(TITLE_KEYS),
		published: first(PUBLISHED_KEYS) ?? JSON_LD_DATE.exec(html)?.[1] ?? TIME_DATETIME.exec(html)?.[1] ?? null,
		source: first(SOURCE_KEYS),
		url: canonical ?? values.get('og:url') ?? null,
	};
}
