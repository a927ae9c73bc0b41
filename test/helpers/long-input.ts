// Generators of long structured articles for the whole-pipeline property: the shapes that made the pipeline run out
// of memory or time (issue 16) — lists of thousands of items, sentences holding hundreds of figures, paragraphs of
// thousands of sentences with no blank line, long runs of digits and punctuation. Each case is built from a small
// fast-check choice (a count, a unit, a seed) and expanded here, so shrinking stays cheap and a failure names a shape.
import fc from 'fast-check';

const places = ['Ava', 'Bly', 'Cole County', 'Dee', 'East Harbor', 'Fenwick', 'Gale', 'Hollis Park'];
const measures = ['arrests', 'deaths', 'ballots', 'jobs', 'homes'];

/** The value of item `index` of a list with `seed`: small counts, now and then a large or decimal one. */
function valueAt(seed: number, index: number): number {
	const mixed = (seed * 31 + index * 17) % 97;
	return mixed % 11 === 0 ? mixed * 1000 + index : mixed % 13 === 0 ? mixed + 0.5 : mixed + 1;
}

function written(value: number): string {
	return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
}

type ListShape = 'inline' | 'dash-lines' | 'colon-lines' | 'table' | 'sentences';

const listShapes: readonly ListShape[] = ['inline', 'dash-lines', 'colon-lines', 'table', 'sentences'];

function listItem(shape: ListShape, name: string, value: string, measure: string): string {
	switch (shape) {
		case 'inline':
			return `${name} (${value}), `;
		case 'dash-lines':
			return `- ${name}: ${value}\n`;
		case 'colon-lines':
			return `${name}: ${value} ${measure}\n`;
		case 'table':
			return `${name} | ${value}\n`;
		case 'sentences':
			return `${name} reported ${value} ${measure}. `;
	}
}

/** A list of `count` items under a stated total that is their sum, or off by `slip`. */
const longList = fc
	.record({
		count: fc.integer({min: 1000, max: 4000}),
		shape: fc.constantFrom(...listShapes),
		seed: fc.nat(1000),
		slip: fc.constantFrom(0, 0, 1, -3, 250),
		measure: fc.constantFrom(...measures),
	})
	.map(({count, shape, seed, slip, measure}) => {
		const parts: string[] = [];
		let sum = 0;
		for (let index = 0; index < count; index++) {
			const value = valueAt(seed, index);
			sum += value;
			parts.push(listItem(shape, `${places[index % places.length]!} ${index}`, written(value), measure));
		}

		const header = shape === 'table' ? `Place | ${measure}\n` : '';
		const total = `A total of ${written(sum + slip)} ${measure} were counted${shape === 'inline' ? ': ' : '.\n\n'}`;
		return `Tally\n\n${total}${header}${parts.join('')}\nTotal | ${written(sum + slip)}\n`;
	});

const figureUnits = [
	'5 of the 10, ',
	'nearly 500 of the 1,000, ',
	'12% of 40, ',
	'$3.5 million and ',
	'up 4 from 9 to 13, ',
	'Ava (7) and Bly (5) of 12 ',
	'about 2,000, at least 30 and at most 7, ',
	'the remaining 185 of 200 ',
];

/** One sentence of 200 to 2,000 figures, from one or two units of figures alternating. */
const manyFigures = fc
	.record({
		first: fc.constantFrom(...figureUnits),
		second: fc.constantFrom(...figureUnits),
		count: fc.integer({min: 100, max: 1000}),
	})
	.map(({first, second, count}) => {
		const parts = ['Figures\n\nOfficials said '];
		for (let index = 0; index < count; index++) {
			parts.push(index % 3 === 2 ? second : first);
		}

		return `${parts.join('')}in all.\n`;
	});

const sentences = [
	'Denver reported 63 arrests on Sunday night.',
	'“We will not stop,” said Maria Lopez, the mayor.',
	'In late April, 1,204 ballots were counted in Bly.',
	'He continued, "the cuts are deep."',
	'Nearly 500 of the 1,000 homes lost power.',
	'Washington, D.C. (14) and Ava (9) followed.',
	'The U.S. Dept. of Labor said 2.5 million jobs were added.',
	'It was 5 p.m. when the council met again.',
];

/** One paragraph of 500 to 4,000 sentences with no blank line, news-like, quotes and figures in it. */
const longParagraph = fc.record({count: fc.integer({min: 500, max: 4000}), seed: fc.nat(7)}).map(({count, seed}) => {
	const parts = ['Report\n\n'];
	for (let index = 0; index < count; index++) {
		parts.push(sentences[(index * 3 + seed) % sentences.length]!, ' ');
	}

	return `${parts.join('')}\n`;
});

const runUnits = [
	'1234567890',
	'1,',
	'1.',
	'.',
	',',
	'(',
	')',
	'“',
	'"',
	'-',
	'—',
	'$',
	'%',
	'1,000,',
	'(1)',
	' ',
	'\t',
];

/** One line of 20 KB to 120 KB of digits and punctuation, one or two units mixed, with or without a word around. */
const longRun = fc
	.record({
		first: fc.constantFrom(...runUnits),
		second: fc.constantFrom(...runUnits),
		bytes: fc.integer({min: 20_000, max: 120_000}),
		framed: fc.boolean(),
	})
	.map(({first, second, bytes, framed}) => {
		const parts: string[] = [];
		let length = 0;
		for (let index = 0; length < bytes; index++) {
			const unit = index % 5 === 4 ? second : first;
			parts.push(unit);
			length += unit.length;
		}

		const run = parts.join('');
		return framed ? `Numbers\n\nThe table read ${run} in the end.\n` : run;
	});

/** Long structured articles, a few hundred kilobytes at most; each kind is as likely as the others. */
export const longArticle: fc.Arbitrary<string> = fc.oneof(longList, manyFigures, longParagraph, longRun);
