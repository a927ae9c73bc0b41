// Inputs built against regular expressions and pairwise scans: each is one short unit repeated, the shapes that make
// a backtracking pattern or a per-match rescan blow up. The bench checks that each still extracts in linear time.
import {generateArticle} from './generate-article.ts';

export type InputKind = {
	/** Stable id, used on the command line of the child and in --json output. */
	readonly id: string;
	/** What a reader of the table sees. */
	readonly label: string;
	/** Text of about `bytes` UTF-8 bytes. */
	readonly make: (bytes: number) => string;
};

function repeated(unit: string, bytes: number): string {
	return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

/** The news-like article the throughput budget is about. */
export const generatedArticle: InputKind = {id: 'article', label: 'generated article', make: generateArticle};

/** One unit per way a regex or a quadratic scan can go wrong on news text. */
export const adversarialInputs: readonly InputKind[] = [
	{id: 'commas', label: '"1,1,1,…"', make: bytes => repeated('1,', bytes)},
	{id: 'parens', label: '"((((("', make: bytes => repeated('(', bytes)},
	{id: 'open-quotes', label: 'unclosed “', make: bytes => repeated('“', bytes)},
	{id: 'open-quote-words', label: '“word unclosed', make: bytes => repeated('“Yes, he said ', bytes)},
	{id: 'straight-quotes', label: 'straight "', make: bytes => repeated('"', bytes)},
	{id: 'initials', label: '"A. B. C. D."', make: bytes => repeated('A. B. C. D. ', bytes)},
	{id: 'list-items', label: '"X (1), " list', make: bytes => repeated('X (1), ', bytes)},
	{id: 'one-sentence', label: 'one sentence, no stop', make: bytes => repeated('the council met again and ', bytes)},
	{id: 'digits', label: 'run of digits', make: bytes => repeated('1234567890', bytes)},
	{id: 'spaces', label: 'run of spaces', make: bytes => 'A' + repeated(' ', bytes) + 'B.'},
	{id: 'said', label: '"said said said"', make: bytes => repeated('said ', bytes)},
	{id: 'dates', label: '"on Monday and " in one sentence', make: bytes => repeated('on Monday and in May ', bytes)},
	{id: 'long-word', label: 'one word, no space', make: bytes => repeated('x', bytes)},
	{id: 'newlines', label: 'blank lines', make: bytes => repeated('\n', bytes)},
	{id: 'short-lines', label: 'one-word lines', make: bytes => repeated('Total\n', bytes)},
	// Every "5" is a part with its whole just after: each part once tried every later figure as its complement.
	{id: 'parts-of-wholes', label: '"5 of the 10, "', make: bytes => repeated('5 of the 10, ', bytes)},
	{
		id: 'hedged-parts',
		label: '"nearly 500 of the 1,000, "',
		make: bytes => repeated('nearly 500 of the 1,000, ', bytes),
	},
];

export const allInputs: readonly InputKind[] = [generatedArticle, ...adversarialInputs];
