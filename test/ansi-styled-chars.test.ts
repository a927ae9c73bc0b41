import {
	ansiCodesToString,
	diffAnsiCodes,
	reduceAnsiCodesIncremental,
	styledCharsFromTokens,
	styledCharsToString,
	tokenize,
} from '@alcalzone/ansi-tokenize';
import test from 'ava';
import fc from 'fast-check';
import {fasterStyledChars} from '../source/text/ansi-styled-chars.ts';

const faster = fasterStyledChars({reduceAnsiCodesIncremental, diffAnsiCodes, ansiCodesToString});

// Codes chalk writes (bold, dim, inverse, colours, 256 and true colour, their ends, a reset) around cells of one and
// two columns.
const codes = [
	'\u001B[1m',
	'\u001B[2m',
	'\u001B[22m',
	'\u001B[31m',
	'\u001B[96m',
	'\u001B[39m',
	'\u001B[7m',
	'\u001B[27m',
	'\u001B[38;5;208m',
	'\u001B[48;2;10;20;30m',
	'\u001B[49m',
	'\u001B[0m',
];
const styledText = fc
	.array(fc.oneof(fc.constantFrom(...codes), fc.constantFrom('a', ' ', '│', '█', '界', 'é')), {maxLength: 40})
	.map(pieces => pieces.join(''));

test('styled cells are what the tokenizer makes of any styled line', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(styledText, text => {
				const tokens = tokenize(text);
				return JSON.stringify(faster.styledCharsFromTokens(tokens)) === JSON.stringify(styledCharsFromTokens(tokens));
			}),
			{numRuns: 3000},
		);
	});
});

test('a row of cells, even cells from different lines, is written back as the tokenizer writes it', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(fc.array(styledText, {maxLength: 4}), fc.nat(), (lines, seed) => {
				const cells = lines.flatMap(line => styledCharsFromTokens(tokenize(line)));
				// Ink's grid mixes cells of many writes, in any order.
				const row = cells.map((_, index) => cells[(index * 7 + seed) % cells.length]!);
				return faster.styledCharsToString(row) === styledCharsToString(row);
			}),
			{numRuns: 3000},
		);
	});
});

test('the cells of one run share a style list and no code is written between them', t => {
	const cells = faster.styledCharsFromTokens(tokenize('\u001B[31mab\u001B[1mc\u001B[22m\u001B[39md'));
	t.is(cells[0]!.styles, cells[1]!.styles);
	t.not(cells[1]!.styles, cells[2]!.styles);
	t.deepEqual(
		cells.map(cell => cell.styles.map(style => style.code).join('')),
		['\u001B[31m', '\u001B[31m', '\u001B[31m\u001B[1m', ''],
	);
	t.is(faster.styledCharsToString(cells), '\u001B[31mab\u001B[1mc\u001B[22m\u001B[39md');
});
