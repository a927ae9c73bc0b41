import {findDateline} from './dateline.ts';
import {normaliseDate} from './dates.ts';
import {readFrontMatter} from './front-matter.ts';
import {readPageMeta, type PageMeta} from './html-meta.ts';
import {readHtmlPage, type HtmlPage} from './html-page.ts';
import {looksLikeHtml} from './html.ts';
import {type Markup, stripMarkdown} from './markdown.ts';
import {normaliseText} from './normalise.ts';
import {findParagraphs} from './paragraphs.ts';
import {findSentences} from './sentences.ts';
import type {Article, Span} from './types.ts';

export type ParseOptions = {
	/** The file the text came from, reported with its controls made visible. */
	readonly path?: string | null;
	/** YYYY-MM-DD (or another form `normaliseDate` accepts); overrides the front matter and the dateline. */
	readonly published?: string | null;
	/** How marks are read; by default `plain` for a .txt or .text file and `markdown` for anything else. */
	readonly markup?: Markup;
};

// A first line longer than this is a paragraph, not a headline.
const MAX_HEADLINE = 300;

/** Turns decoded text into an Article: pure, never throws, every span indexes `body`. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
	let normalised = normaliseText(text.startsWith('\uFEFF') ? text.slice(1) : text);
	let page: PageMeta = NO_PAGE;
	let reader: HtmlPage | null = null;
	const html = looksLikeHtml(normalised);
	if (html) {
		// Entities may decode to control characters, so the converted text and the metadata are neutralised again.
		page = readPageMeta(normalised);
		reader = readHtmlPage(normalised);
		normalised = normaliseText(reader.text);
	}

	const front = readFrontMatter(normalised);
	const afterFront = normalised.slice(front.bodyStart);
	const body = html ? afterFront : stripMarkdown(afterFront, options.markup ?? markupFor(options.path));
	const paragraphs = findParagraphs(body);
	const sentences = findSentences(body, paragraphs);
	const published =
		normaliseOptional(options.published) ??
		normaliseOptional(front.published) ??
		normaliseOptional(page.published) ??
		normaliseOptional(reader?.publishedTime) ??
		findDateline(body);
	return {
		title: front.title ?? clean(page.title) ?? clean(reader?.title ?? null) ?? headline(body, paragraphs.spans),
		published,
		source: front.source ?? clean(page.source) ?? clean(reader?.siteName ?? null),
		url: front.url ?? clean(page.url),
		// The name is untrusted too (it may hold ESC): shown with its controls made visible, as the body is.
		path: options.path === undefined || options.path === null ? null : normaliseText(options.path),
		body,
		paragraphs: paragraphs.spans,
		sentences,
	};
}

// A .txt file says it is plain text; a .md file, standard input or a name that says nothing is read as Markdown,
// which is what a CMS, wiki or newsletter paste most often is.
const PLAIN_TEXT_NAME = /\.te?xt$/i;

function markupFor(path: string | null | undefined): Markup {
	return typeof path === 'string' && PLAIN_TEXT_NAME.test(path) ? 'plain' : 'markdown';
}

const NO_PAGE: PageMeta = {title: null, published: null, source: null, url: null};

function clean(value: string | null): string | null {
	const text = value === null ? '' : normaliseText(value).replaceAll('\n', ' ').trim();
	return text === '' || text.length > MAX_HEADLINE ? null : text;
}

function normaliseOptional(value: string | null | undefined): string | null {
	return value === null || value === undefined ? null : normaliseDate(value);
}

function headline(body: string, paragraphs: readonly Span[]): string | null {
	const first = paragraphs[0];
	if (first === undefined) {
		return null;
	}

	let end = body.indexOf('\n', first.start);
	if (end === -1 || end > first.end) {
		end = first.end;
	}

	const line = body
		.slice(first.start, Math.min(end, first.start + MAX_HEADLINE + 1))
		.replace(/^#{1,6}[ \t]+/, '')
		.trim();
	return line === '' || line.length > MAX_HEADLINE ? null : line;
}
