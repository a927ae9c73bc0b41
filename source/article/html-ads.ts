// Advertisements and promotions are cut out of a saved page before its story is read, by the marks news sites put on
// them and Readability's own lists go by (its "unlikely candidates" and ad-label patterns): ad slots and sponsored
// blocks named so in their class or id, the attributes ad servers fill in, and paragraphs labelled "Sponsored:".
// Readability alone keeps a block whose name also says "content" ("sponsored-content") and any promotion written as a
// paragraph of the story; both reached the body. Hand-written: no maintained library does this on a DOM we build.
import type {DomNode} from './html-text.ts';

/** The part of a DOM element this reads and removes (linkedom's elements and the browser's share it). */
export type AdDomElement = DomNode & {remove(): void};

export type AdDomDocument = {
	querySelectorAll(selector: string): Iterable<AdDomElement>;
	readonly body: (DomNode & {readonly textContent: string | null}) | null;
};

// Words of a class or id that name an ad or a promotion. Whole words only ("ad-slot", "adSlot", "ad_unit"): "header",
// "shadow", "badge" and "load" hold the letters but not the word.
const AD_WORDS = new Set([
	'ad',
	'ads',
	'adslot',
	'adunit',
	'adbox',
	'adsbygoogle',
	'advert',
	'adverts',
	'advertisement',
	'advertising',
	'advertorial',
	'dfp',
	'sponsor',
	'sponsors',
	'sponsored',
	'sponsorship',
	'promo',
	'promos',
	'promoted',
	'promotion',
	'promotional',
	'newsletter',
	'outbrain',
	'taboola',
]);

// Attributes only ad servers and consent-free ad tags set.
const AD_ATTRIBUTES = ['data-ad', 'data-ad-slot', 'data-ad-unit', 'data-ad-client', 'data-google-query-id'];

// Containers that are the page or the story itself: never removed, whatever their class says ("ad-free", "promo").
const KEPT = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** The words of a class list or id: split at spaces, dashes, underscores and camel-case humps, lowercased. */
export function nameWords(name: string): string[] {
	return name
		.replaceAll(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[\s\-_:.]+/)
		.filter(word => word !== '');
}

function namedAsAd(element: AdDomElement): boolean {
	for (const attribute of ['class', 'id']) {
		const value = element.getAttribute?.(attribute) ?? null;
		if (value !== null && nameWords(value).some(word => AD_WORDS.has(word))) return true;
	}

	if (AD_ATTRIBUTES.some(attribute => (element.getAttribute?.(attribute) ?? null) !== null)) return true;
	const label = element.getAttribute?.('aria-label') ?? null;
	return label !== null && /^(?:advertisement|advertising|sponsored(?: content)?|ad)$/i.test(label.trim());
}

// A paragraph that labels itself as paid for or as the site's own promotion. Short: a story's paragraph that merely
// begins "Sponsored:" in a quotation would be longer than an ad's line.
const LABELLED =
	/^(?:sponsored|sponsored content|paid content|paid post|promoted|partner content|advertisement|ad)\s*[:|–—-]/i;
const NEWSLETTER = /^(?:sign up|subscribe)\b.{0,120}\bnewsletters?\b/i;
const maxLabelledLength = 300;

function labelledAsAd(element: AdDomElement): boolean {
	const text =
		boundedText(element, maxLabelledLength * 2)
			?.replaceAll(/\s+/g, ' ')
			.trim() ?? null;
	return text !== null && text.length <= maxLabelledLength && (LABELLED.test(text) || NEWSLETTER.test(text));
}

// An ad is a few hundred characters in a few dozen nodes; a block past this many nodes is no ad, whatever its name.
const maxAdNodes = 2000;

/**
 * The text of `element`, or null as soon as it passes `maxChars` characters or `maxAdNodes` nodes: each element is
 * measured only as far as it could be an ad, so that a hostile page of 5,000 nested "ad" blocks over a megabyte of
 * text costs 5,000 short walks rather than 5,000 copies of the text.
 */
function boundedText(element: AdDomElement, maxChars: number): string | null {
	let text = '';
	let nodes = 0;
	let node: DomNode | null = element.firstChild;
	while (node !== null) {
		nodes++;
		if (nodes > maxAdNodes) return null;
		if (node.nodeType === 3 || node.nodeType === 4) {
			text += node.nodeValue ?? '';
			if (text.length > maxChars) return null;
		}

		if (node.firstChild !== null) {
			node = node.firstChild;
			continue;
		}

		while (node !== null && node !== element && node.nextSibling === null) node = node.parentNode;
		node = node === null || node === element ? null : node.nextSibling;
	}

	return text;
}

/**
 * Removes the ad and promotion blocks of `document` in place and returns how many went. A block holding more than a
 * quarter of the page's text is kept: no ad is that large, and a story wrapped in an oddly named container must not
 * be lost with it.
 */
export function removeAdBlocks(document: AdDomDocument): number {
	const pageText = (document.body?.textContent ?? '').length;
	const tooLarge = Math.max(400, pageText / 4);
	const doomed: AdDomElement[] = [];
	const named = ['[class]', '[id]', '[aria-label]', ...AD_ATTRIBUTES.map(attribute => `[${attribute}]`)].join(', ');
	for (const element of document.querySelectorAll(named)) {
		if (!KEPT.has(element.nodeName) && namedAsAd(element) && boundedText(element, tooLarge) !== null) {
			doomed.push(element);
		}
	}

	for (const element of document.querySelectorAll('p, li, div, aside, section')) {
		if (labelledAsAd(element)) doomed.push(element);
	}

	for (const element of doomed) element.remove();
	return doomed.length;
}
