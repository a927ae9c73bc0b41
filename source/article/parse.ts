import type {Article} from './types.ts';

export type ParseOptions = {readonly path?: string | null; readonly published?: string | null};

// STUB: replaced by the article helper.
export function parseArticle(text: string, options: ParseOptions = {}): Article {
	return {
		title: null,
		published: options.published ?? null,
		source: null,
		url: null,
		path: options.path ?? null,
		body: text,
		paragraphs: [],
		sentences: [],
	};
}
