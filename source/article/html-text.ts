// The readable text of a DOM subtree, laid out the way the paragraph and table readers expect plain text: blocks
// apart by a blank line, list items as "- " lines, table rows as lines of cells joined by " | ".

/** The part of a DOM node this walker reads (linkedom's nodes and the browser's share it). */
export type DomNode = {
	readonly nodeType: number;
	readonly nodeName: string;
	readonly nodeValue: string | null;
	readonly firstChild: DomNode | null;
	readonly nextSibling: DomNode | null;
	readonly parentNode: DomNode | null;
	getAttribute?: (name: string) => string | null;
};

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

// Elements whose content is never the story: code, chrome, forms, and the page's own navigation and footer.
const SKIPPED = new Set([
	'SCRIPT',
	'STYLE',
	'NOSCRIPT',
	'TEMPLATE',
	'SVG',
	'MATH',
	'IFRAME',
	'OBJECT',
	'EMBED',
	'CANVAS',
	'HEAD',
	'TITLE',
	'NAV',
	'ASIDE',
	'FORM',
	'BUTTON',
	'SELECT',
	'TEXTAREA',
	'INPUT',
	'FOOTER',
	'DIALOG',
]);

const BLOCKS = new Set([
	'P',
	'DIV',
	'SECTION',
	'ARTICLE',
	'MAIN',
	'HEADER',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'BLOCKQUOTE',
	'PRE',
	'UL',
	'OL',
	'DL',
	'DT',
	'DD',
	'TABLE',
	'CAPTION',
	'FIGURE',
	'FIGCAPTION',
	'ADDRESS',
	'HR',
	'DETAILS',
	'SUMMARY',
]);

/**
 * The text of `root` and everything under it. Iterative (first child, next sibling, parent), so a page nested
 * 100,000 elements deep does not overflow the stack.
 */
export function domToText(root: DomNode): string {
	const writer = new TextWriter();
	let preDepth = 0;
	let node: DomNode | null = root.firstChild;
	while (node !== null) {
		let descend = false;
		if (node.nodeType === TEXT || node.nodeType === CDATA) {
			writer.text(node.nodeValue ?? '', preDepth > 0);
		} else if (node.nodeType === ELEMENT && !hidden(node)) {
			const name = node.nodeName.toUpperCase();
			descend = node.firstChild !== null && !SKIPPED.has(name);
			if (name === 'PRE') {
				preDepth++;
			}

			open(writer, name);
			if (!descend) {
				close(writer, name);
				if (name === 'PRE') {
					preDepth--;
				}
			}
		}

		if (descend) {
			node = node.firstChild;
			continue;
		}

		// Climb until a node has a next sibling, closing each element left behind.
		while (node !== null && node !== root && node.nextSibling === null) {
			node = node.parentNode;
			if (node !== null && node !== root && node.nodeType === ELEMENT) {
				const name = node.nodeName.toUpperCase();
				close(writer, name);
				if (name === 'PRE') {
					preDepth--;
				}
			}
		}

		node = node === null || node === root ? null : node.nextSibling;
	}

	return writer.result();
}

function hidden(node: DomNode): boolean {
	const attribute = node.getAttribute;
	if (attribute === undefined) {
		return false;
	}

	return attribute.call(node, 'hidden') !== null || attribute.call(node, 'aria-hidden') === 'true';
}

function open(writer: TextWriter, name: string): void {
	if (name === 'BR') {
		writer.lineBreak(1);
	} else if (name === 'LI') {
		writer.lineBreak(1);
		writer.raw('- ');
	} else if (name === 'TR') {
		writer.lineBreak(1);
		writer.startRow();
	} else if (name === 'TD' || name === 'TH') {
		writer.cell();
	} else if (BLOCKS.has(name)) {
		writer.lineBreak(2);
	}
}

function close(writer: TextWriter, name: string): void {
	if (name === 'LI' || name === 'TR') {
		writer.lineBreak(1);
	} else if (BLOCKS.has(name)) {
		writer.lineBreak(2);
	}
}

/** Collects text with collapsed spaces and at most one blank line between blocks. */
class TextWriter {
	private readonly parts: string[] = [];
	/** The last character written, or '\n' at the start (so leading space is dropped). */
	private last = '\n';
	private newlines = 2;
	private cellsInRow = 0;

	text(value: string, preformatted: boolean): void {
		if (preformatted) {
			this.raw(value);
			return;
		}

		let collapsed = value.replace(/[ \t\n\r\f]+/g, ' ');
		if (collapsed.startsWith(' ') && (this.last === ' ' || this.last === '\n')) {
			collapsed = collapsed.slice(1);
		}

		this.raw(collapsed);
	}

	raw(value: string): void {
		if (value === '') {
			return;
		}

		this.parts.push(value);
		this.last = value.at(-1)!;
		let trailing = 0;
		while (trailing < value.length && value[value.length - 1 - trailing] === '\n') {
			trailing++;
		}

		this.newlines = trailing === value.length ? this.newlines + trailing : trailing;
	}

	/** Ends the line so that `count` newlines (1: a new line, 2: a blank line) stand at the end. */
	lineBreak(count: number): void {
		this.trimSpaces();
		if (this.parts.length === 0) {
			return;
		}

		if (this.newlines < count) {
			this.raw('\n'.repeat(count - this.newlines));
		}
	}

	startRow(): void {
		this.cellsInRow = 0;
	}

	cell(): void {
		if (this.cellsInRow > 0) {
			this.trimSpaces();
			this.raw(' | ');
		}

		this.cellsInRow++;
	}

	result(): string {
		this.trimSpaces();
		return this.parts
			.join('')
			.split('\n')
			.map(line => line.trimEnd())
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	}

	private trimSpaces(): void {
		while (this.parts.length > 0) {
			const lastPart = this.parts.at(-1)!;
			const trimmed = lastPart.replace(/[ \t]+$/, '');
			if (trimmed === lastPart) {
				return;
			}

			if (trimmed === '') {
				this.parts.pop();
			} else {
				this.parts[this.parts.length - 1] = trimmed;
			}

			const previous = this.parts.at(-1) ?? '\n';
			this.last = previous.at(-1) ?? '\n';
			let trailing = 0;
			while (trailing < previous.length && previous[previous.length - 1 - trailing] === '\n') {
				trailing++;
			}

			this.newlines = this.parts.length === 0 ? 2 : trailing;
			if (trimmed !== '') {
				return;
			}
		}
	}
}
