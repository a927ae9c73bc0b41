import {diffAnsiCodes, reduceAnsiCodes, styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';
import test from 'ava';
import fc from 'fast-check';
import {withSameStyleShortcut} from '../source/text/ansi-style-diff.ts';

const shortcut = withSameStyleShortcut(diffAnsiCodes);

/** The styles of each character of a string, as Ink's output sees them. */
function stylesOf(text: string) {
	return styledCharsFromTokens(tokenize(text)).map(char => reduceAnsiCodes(char.styles));
}

const codes = ['\u001B[1m', '\u001B[2m', '\u001B[22m', '\u001B[31m', '\u001B[39m', '\u001B[7m', '\u001B[27m'];
const styledText = fc
	.array(fc.oneof(fc.constantFrom(...codes), fc.constantFrom('a', 'b', ' ', '│')), {maxLength: 30})
	.map(pieces => pieces.join(''));

test('the same-style shortcut gives what diffAnsiCodes gives for any pair of styles', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(styledText, styledText, (a, b) => {
				const from = stylesOf(a).at(-1) ?? [];
				const to = stylesOf(b).at(-1) ?? [];
				return (
					JSON.stringify(shortcut(from, to)) === JSON.stringify(diffAnsiCodes(from, to)) &&
					JSON.stringify(shortcut(from, from)) === JSON.stringify(diffAnsiCodes(from, from))
				);
			}),
			{numRuns: 3000},
		);
	});
});

test('from a style to itself nothing is written; to another style, only the change', t => {
	const [bold, boldRed] = [stylesOf('\u001B[1mx')[0]!, stylesOf('\u001B[1m\u001B[31mx')[0]!];
	t.deepEqual(shortcut(boldRed, [...boldRed]), []);
	t.deepEqual(
		shortcut(bold, boldRed).map(code => code.code),
		['\u001B[31m'],
	);
});
