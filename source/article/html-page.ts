// A saved news page read the way a browser's reader view reads it: linkedom builds the DOM, Mozilla's Readability
// finds the story among the navigation, ads, comments and footer, and html-text.ts lays it out as paragraphs.
// Both libraries are synchronous, so the core stays pure and synchronous; they are required only when a page
// arrives, because loading them costs far more than reading a plain-text article.
import {createRequire} from 'node:module';
import {domToText, type DomNode} from './html-text.ts';
import {decodeEntities} from './html.ts';

/** What the page says about itself in its story, and the story as text. */
export type HtmlPage = {
	readonly text: string;
	readonly title: string | null;
	readonly byline: string | null;
	readonly siteName: string | null;
	/** As written (usually an ISO timestamp); the caller normalises it. */
	readonly publishedTime: string | null;
};

type DomDocument = DomNode & {
	readonly documentElement: DomNode | null;
	querySelector(selector: string): DomNode | null;
};

type ReadabilityResult = {
	readonly title?: string | null;
	readonly content?: DomNode | null;
	readonly byline?: string | null;
	readonly siteName?: string | null;
	readonly publishedTime?: string | null;
};

type ReadabilityClass = new (
	document: DomDocument,
	options: {serializer: (node: DomNode) => DomNode; maxElemsToParse: number},
) => {parse(): ReadabilityResult | null};

type Libraries = {
	readonly parseHTML: (html: string) => {document: DomDocument};
	readonly Readability: ReadabilityClass;
};

// Readability scores every element several times over; past this many it gives up (and the page is read whole from
// its <article>, <main> or <body>), which bounds the time a huge page takes.
const MAX_ELEMENTS = 60_000;

// Code, styles and drawings are most of a saved page's bytes and none of its story: cut before the DOM is built,
// which makes parsing several times faster. Metadata in JSON-LD is read from the untouched page by html-meta.ts.
const NOISE = ['script', 'style', 'svg', 'template'] as const;

let libraries: Libraries | undefined;

function load(): Libraries {
	if (libraries === undefined) {
		// Resolved at run time from node_modules, so the bundle neither carries them nor parses them at start-up.
		const requireModule = createRequire(import.meta.url);
		const linkedom = requireModule('linkedom') as Pick<Libraries, 'parseHTML'>;
		const readability = requireModule('@mozilla/readability') as Pick<Libraries, 'Readability'>;
		libraries = {parseHTML: linkedom.parseHTML, Readability: readability.Readability};
	}

	return libraries;
}

/** The story of an HTML document as text with paragraphs, and the title, byline, outlet and date Readability found. */
export function readHtmlPage(html: string): HtmlPage {
	const source = dropNoise(html);
	const {parseHTML, Readability} = load();
	try {
		const {document} = parseHTML(source);
		const article = new Readability(document, {serializer: node => node, maxElemsToParse: MAX_ELEMENTS}).parse();
		const content = article?.content ?? null;
		if (article !== null && content !== null) {
			const text = domToText(content);
			if (text !== '') {
				return {
					text,
					title: article.title ?? null,
					byline: article.byline ?? null,
					siteName: article.siteName ?? null,
					publishedTime: article.publishedTime ?? null,
				};
			}
		}
	} catch {
		// Readability refuses pages over MAX_ELEMENTS and may run out of stack on absurd nesting: read the page whole.
	}

	return {text: wholePageText(source), title: null, byline: null, siteName: null, publishedTime: null};
}

/** The text of the page's <article>, else <main>, else <body>, with navigation, asides and the footer left out. */
function wholePageText(source: string): string {
	try {
		const {document} = load().parseHTML(source);
		const root =
			document.querySelector('article') ??
			document.querySelector('main') ??
			document.querySelector('body') ??
			document.documentElement;
		if (root !== null) {
			return domToText(root);
		}
	} catch {
		// Only a page linkedom cannot build a tree of gets here.
	}

	// The last resort, so that parsing never throws: the tags dropped, the entities decoded.
	return decodeEntities(source.replace(/<[^<>]*>/g, ' ')).trim();
}

/** The page without the elements in NOISE and comments, in one forward scan. */
export function dropNoise(html: string): string {
	const lower = html.toLowerCase();
	const kept: string[] = [];
	let from = 0;
	let position = lower.indexOf('<', 0);
	while (position !== -1) {
		const end = noiseEnd(lower, position);
		if (end === -1) {
			position = lower.indexOf('<', position + 1);
			continue;
		}

		kept.push(html.slice(from, position));
		from = end;
		position = lower.indexOf('<', end);
	}

	kept.push(html.slice(from));
	return kept.join('');
}

/** Where the comment or noise element opening at `position` ends, or -1 when none opens there. */
function noiseEnd(lower: string, position: number): number {
	if (lower.startsWith('<!--', position)) {
		const close = lower.indexOf('-->', position + 4);
		return close === -1 ? lower.length : close + 3;
	}

	for (const name of NOISE) {
		const after = lower.charCodeAt(position + 1 + name.length);
		// "<script>", "<script src=…>", not "<scripture>".
		if (
			lower.startsWith(name, position + 1) &&
			(after === 0x3e || after === 0x20 || after === 0x0a || after === 0x09 || after === 0x2f)
		) {
			const close = lower.indexOf(`</${name}`, position + 1 + name.length);
			if (close === -1) {
				return lower.length;
			}

			const closeEnd = lower.indexOf('>', close);
			return closeEnd === -1 ? lower.length : closeEnd + 1;
		}
	}

	return -1;
}
