/** A half-open range of UTF-16 code units in `Article.body`: `body.slice(start, end)` is the evidence. */
export type Span = {readonly start: number; readonly end: number};

/** A sentence of the body, with the paragraph it belongs to (index into `Article.paragraphs`). */
export type Sentence = Span & {readonly paragraph: number};

/** The decoded, normalised article that every extractor reads. Offsets are into `body`. */
export type Article = {
	/** From front matter, else the first non-empty line of the body. */
	readonly title: string | null;
	/** ISO date (YYYY-MM-DD) from `--published`, else front matter, else null. Never today's date. */
	readonly published: string | null;
	/** The outlet, from front matter. */
	readonly source: string | null;
	readonly url: string | null;
	/** The file it came from, when it came from one. */
	readonly path: string | null;
	/** The text after front matter, line endings normalised to \n, control characters neutralised. */
	readonly body: string;
	/** Paragraphs: runs of non-blank lines (a heading line is its own paragraph). Trimmed spans. */
	readonly paragraphs: readonly Span[];
	/** Sentences in text order, never crossing a paragraph boundary. Trimmed spans. */
	readonly sentences: readonly Sentence[];
};
