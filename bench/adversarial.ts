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
	// Found by the long-input properties (issue 16): one sentence of many figures made each export row carry the whole
	// sentence, so Markdown and CSV grew with the square of the article; a list of thousands of lines, a paragraph of
	// thousands of sentences and a table of thousands of rows are the shapes of a long article the short pieces missed.
	{id: 'shares-of', label: '"12% of 40, "', make: bytes => repeated('12% of 40, ', bytes)},
	{
		id: 'list-lines',
		label: '"- Ava 12: 7" lines',
		make: bytes => numberedLines(bytes, index => `- Ava ${index}: ${index % 90}\n`),
	},
	{
		id: 'table-rows',
		label: '"Ava 12 | 7" rows',
		make: bytes => numberedLines(bytes, index => `Ava ${index} | ${index % 90}\n`),
	},
	{
		id: 'long-paragraph',
		label: 'one paragraph of news sentences',
		make: bytes =>
			repeated('Denver reported 63 arrests on Sunday. “We will not stop,” said Maria Lopez, the mayor. ', bytes),
	},
	// A plain-text article's backticks and backslashes are kept as written (issue 16, defect 9): a run of them is a
	// run of text the Markdown patterns look at and must pass over in linear time.
	{id: 'backticks', label: '"won`t " backticks', make: bytes => repeated('won`t ', bytes)},
	{id: 'escapes', label: '"3\\.5 \\*" escapes', make: bytes => repeated('3\\.5 \\* ', bytes)},
	// Shapes the readers added on 2026-12-03 look for (issue 11): a web table run onto one line, records in parentheses,
	// race results in prose. The first was quadratic when found (a cue tested before every figure of a long sentence).
	{id: 'flat-table', label: '"Ava 12 7 3.1% " one line', make: bytes => repeated('Ava 12 7 3.1% Bo 40 9 1.5% ', bytes)},
	{
		id: 'records',
		label: '"Ava (9 total, 2 deaths) and "',
		make: bytes => repeated('Ava (9 total, 2 deaths) and ', bytes),
	},
	{
		id: 'races',
		label: '"Ava outpolled Bo 90 to 50 votes, "',
		make: bytes => repeated('Ava outpolled Bo 90 to 50 votes, ', bytes),
	},
	{
		id: 'wrapped-rows',
		label: 'a name line, then its figure alone',
		make: bytes => numberedLines(bytes, index => `Power Co ${'AB'.repeat(1 + (index % 3))}\n${index},000\n`),
	},
	{
		id: 'race-sentences',
		label: '"Ava Bo had 5 votes. " distinct names',
		make: bytes => numberedLines(bytes, index => `${lettersOf(index)} Bo had ${index % 90} votes. `),
	},
	{
		id: 'roundup-paragraphs',
		label: '"In Ab, 5 people died." paragraphs, a break every three',
		make: bytes =>
			numberedLines(bytes, index =>
				index % 4 === 0 ? 'Nothing else.\n\n' : `In ${lettersOf(index)}, ${index % 90} people died with 3 injured.\n\n`,
			),
	},
	{
		id: 'medal-triples',
		label: '"medals (1-2-3), " one sentence',
		make: bytes => `Medals: ${repeated('12 medals (4-5-3), ', bytes)}`,
	},
	{
		id: 'age-groups',
		label: '"12 are people 5 to 11 years old; " one sentence',
		make: bytes =>
			`Of the 90 cases, ${repeated('12 are people 5 to 11 years old; 7 are in their 60s and 3 are 80 or older; ', bytes)}`,
	},
	{
		id: 'precinct-numbers',
		label: '"Precincts 1, 2, 3, …" one line',
		make: bytes => `Precincts ${repeated('7, ', bytes)}8 & 9`,
	},
	{
		id: 'precinct-blocks',
		label: '"Precinct 1 & 2" / "Yes: 12" / "No: 9" blocks',
		make: bytes => `Results\n\n${repeated('Elm Precinct 1 & 2\nYes: 12\nNo: 9\n', bytes)}Total:\nYes: 12\nNo: 9\n`,
	},
	{
		id: 'row-patterns',
		label: '"Elm Ward: 12 (15) — 40 (38)" lines',
		make: bytes => `Thefts 2024 (2023) — Burglaries 2024 (2023)\n${repeated('Elm Ward: 12 (15) — 40 (38)\n', bytes)}`,
	},
	{
		id: 'line-parts',
		label: '"Elm = 900 (a = 500; b = 250; c = 150)" lines',
		make: bytes => `Catch\n${repeated('Elm = 900 (a = 500; b = 250; c = 150)\nOak = 610 (300, 200, 110)\n', bytes)}`,
	},
	{
		id: 'one-paragraph-lists',
		label: '"…, bringing the total to 900. 5 cases in A, 4 in B and 3 in C." one paragraph',
		make: bytes =>
			repeated(
				'There were 12 new deaths, bringing the total to 900. There were 5 cases in Ash, 4 in Oak and 3 in Elm. ',
				bytes,
			),
	},
	{
		id: 'sex-splits',
		label: '"5 women and 6 men, " one sentence',
		make: bytes => repeated('5 women and 6 men, ', bytes),
	},
	{
		id: 'space-groups',
		label: '"Ash had 4 812 cases, Oak (3 604) and 2 040 117 in all" one paragraph',
		make: bytes => repeated('Ash had 4 812 cases, Oak (3 604) and 2 040 117 in all; ', bytes),
	},
	{
		id: 'bracketed-groups',
		label: '"More men (310) than women (290) sat. Of the 600 candidates, …" sentences',
		make: bytes => repeated('More men (310) than women (290) sat. Of the 600 candidates, most passed. ', bytes),
	},
	{
		id: 'case-bullets',
		label: '"- 9 women in their 70s" lines',
		make: bytes => numberedLines(bytes, index => `- ${index} women in their ${index % 9}0s\n`),
	},
];

/** "Ab", "Ac", …: a capitalised name for each index, so names never repeat. */
function lettersOf(index: number): string {
	let name = '';
	for (let rest = index; rest > 0; rest = Math.floor(rest / 26)) name = String.fromCodePoint(97 + (rest % 26)) + name;
	return `A${name}`;
}

/** Numbered lines up to about `bytes`: items a list reader cannot take for repeats of one another. */
function numberedLines(bytes: number, line: (index: number) => string): string {
	const lines: string[] = [];
	let length = 0;
	for (let index = 1; length < bytes; index++) {
		const text = line(index);
		lines.push(text);
		length += text.length;
	}

	return `Tally\n\n${lines.join('')}`;
}

export const allInputs: readonly InputKind[] = [generatedArticle, ...adversarialInputs];
