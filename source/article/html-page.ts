// A saved news page read the way a browser's reader view reads it: linkedom builds the DOM, Mozilla's Readability
// finds the story among the navigation, ads, comments and footer, and html-text.ts lays it out as paragraphs.
// Both libraries are synchronous, so the core stays pure and synchronous; they are required only when a page
// arrives, because loading them costs far more than reading a plain-text article.
import {createRequire} from 'node:module';
import {removeAdBlocks, type AdDomDocument} from './html-ads.ts';
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

type DomDocument = DomNode &
	AdDomDocument & {
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

// Readability scores every element several times over and walks up its ancestors for each: its time grows with the
// number of elements times the depth, and with the cube of the depth for one deep chain (1,000 nested <div>s take
// seconds). Past these bounds the page is read whole from its <article>, <main> or <body> instead. News pages have
// a few thousand elements nested a few dozen deep.
const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 150;

// linkedom's parser slows with the square of the nesting depth (100,000 nested tags take many seconds). Markup nested
// this deep is no web page; its tags are stripped instead.
const MAX_PARSE_DEPTH = 5000;

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
	const {html: source, depth} = dropNoise(html);
	if (depth > MAX_PARSE_DEPTH) {
		return textOnly(strippedText(source));
	}

	const {parseHTML, Readability} = load();
	try {
		const {document} = parseHTML(source);
		if (!withinReadabilityBounds(document)) {
			removeAdBlocks(document);
			return textOnly(wholePageText(document));
		}

		// Before Readability, which keeps a sponsored block inside the story's container and scores the rest with them.
		removeAdBlocks(document);
		const article = new Readability(document, {serializer: node => node, maxElemsToParse: MAX_ELEMENTS}).parse();
		const content = article?.content ?? null;
		if (article !== null && content !== null) {
			const text = dropAdLabels(domToText(content));
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
		// Readability may still fail on a page it cannot score: read the page whole.
	}

	try {
		const {document} = parseHTML(source);
		removeAdBlocks(document);
		return textOnly(wholePageText(document));
	} catch {
		return textOnly(strippedText(source));
	}
}

function textOnly(text: string): HtmlPage {
	return {text, title: null, byline: null, siteName: null, publishedTime: null};
}

/** Whether the tree is small and shallow enough for Readability; one iterative pass that stops at the first excess. */
function withinReadabilityBounds(document: DomDocument): boolean {
	let elements = 0;
	let depth = 0;
	// From the root element: linkedom's document lists the doctype as a child without siblings.
	const root = document.documentElement;
	let node: DomNode | null = root;
	while (node !== null) {
		if (node.nodeType === 1) {
			elements++;
			if (elements > MAX_ELEMENTS) {
				return false;
			}
		}

		if (node.firstChild !== null) {
			depth++;
			if (depth > MAX_DEPTH) {
				return false;
			}

			node = node.firstChild;
			continue;
		}

		while (node !== null && node !== root && node.nextSibling === null) {
			node = node.parentNode;
			depth--;
		}

		node = node === null || node === root ? null : node.nextSibling;
	}

	return true;
}

/** The text of the page's <article>, else <main>, else <body>, with navigation, asides and the footer left out. */
function wholePageText(document: DomDocument): string {
	const root =
		document.querySelector('article') ??
		document.querySelector('main') ??
		document.querySelector('body') ??
		document.documentElement;
	return root === null ? '' : dropAdLabels(domToText(root));
}

/**
 * The last resort, for markup no parser should be given: tags dropped, blocks kept apart, entities decoded. One
 * pass of a pattern with no nested quantifier.
 */
function strippedText(source: string): string {
	return decodeEntities(
		source.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]{0,10})?[^<>]{0,2000}>/g, (_tag, _slash, name: string | undefined) =>
			name !== undefined && BLOCK_TAG.test(name) ? '\n\n' : ' ',
		),
	)
		.split('\n')
		.map(line => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const BLOCK_TAG = /^(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|table|ul|ol|header|main|figure|pre)$/i;

// Ad slots hold no story, only their label; Readability keeps the ones inside the story's container.
const AD_LABEL =
	/^(?:advertisement|advertising|ad|sponsored|sponsored content|paid content|story continues below(?: advertisement)?|continue reading below)$/i;

function dropAdLabels(text: string): string {
	return text
		.split('\n')
		.filter(line => line.length > 40 || !AD_LABEL.test(line.trim()))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n');
}

/**
 * The page without the elements in NOISE and comments, in one forward scan, and how deep its tags nest at most
 * (counting open and close tags, void elements aside), measured on the way.
 */
export function dropNoise(html: string): {html: string; depth: number} {
	const lower = html.toLowerCase();
	const kept: string[] = [];
	let from = 0;
	let depth = 0;
	let deepest = 0;
	let position = lower.indexOf('<', 0);
	while (position !== -1) {
		const end = noiseEnd(lower, position);
		if (end === -1) {
			depth = Math.max(0, depth + nesting(lower, position));
			deepest = Math.max(deepest, depth);
			position = lower.indexOf('<', position + 1);
			continue;
		}

		kept.push(html.slice(from, position));
		from = end;
		position = lower.indexOf('<', end);
	}

	kept.push(html.slice(from));
	return {html: kept.join(''), depth: deepest};
}

// Void elements never hold others; <p> and <li> are so often left unclosed that counting them would see depth in a
// flat page. None of them deepens the count.
const FLAT = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
	'p',
	'li',
]);

/** +1 for a tag that opens an element holding others, -1 for a closing tag, 0 otherwise. */
function nesting(lower: string, position: number): number {
	const next = lower.charCodeAt(position + 1);
	if (next === 0x2f) {
		return FLAT.has(tagName(lower, position + 2)) ? 0 : -1;
	}

	if (next < 0x61 || next > 0x7a) {
		return 0;
	}

	return FLAT.has(tagName(lower, position + 1)) ? 0 : 1;
}

function tagName(lower: string, from: number): string {
	let end = from;
	while (end < lower.length && end - from < 12) {
		const code = lower.charCodeAt(end);
		if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) {
			break;
		}

		end++;
	}

	return lower.slice(from, end);
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
