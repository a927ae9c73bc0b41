import test from 'ava';
import stringWidth from 'string-width';
import fc from 'fast-check';
import {singleCellText, unitGraphemes} from '../source/text/single-cell.ts';
import fastStringWidth from '../source/text/fast-string-width.ts';
import {LazySegmenter} from '../source/text/lazy-segmenter.ts';

test('every character the shortcuts call one cell is one cell to string-width and one grapheme', t => {
	const segmenter = new Intl.Segmenter();
	const wrong: string[] = [];
	for (let code = 0; code <= 0xff_ff; code++) {
		const character = String.fromCharCode(code);
		if (code >= 0xd8_00 && code <= 0xdf_ff) {
			continue;
		}

		if (!singleCellText.test(character)) {
			continue;
		}

		// One cell, and a grapheme of its own beside itself, letters and escape codes.
		const graphemes = [...segmenter.segment(`a${character}${character}\u001B`)].length;
		if (stringWidth(character) !== 1 || graphemes !== 4) {
			wrong.push(code.toString(16));
		}
	}

	t.deepEqual(wrong, []);
});

test('the shortcut leaves wide, zero-width and combining text to string-width', t => {
	for (const text of ['東京', '👍🏽', 'e\u0301', 'a\u200Bb', '\u00AD', 'x\u001B[31my']) {
		t.false(singleCellText.test(text), text);
		t.is(fastStringWidth(text), stringWidth(text), text);
	}

	const chrome = '│ Los Ángeles ─ █▌ 33.5% “quoted” — ✓';
	t.is(fastStringWidth(chrome), 37);
	t.is(stringWidth(chrome), 37);
	t.is(fastStringWidth('·', {ambiguousIsNarrow: false}), stringWidth('·', {ambiguousIsNarrow: false}));
});

const segmentsOf = (segments: Intl.Segments) => [...segments].map(({segment, index}) => ({segment, index}));

test('the lazy segmenter segments as Intl.Segmenter does, with or without the shortcut', t => {
	const lazy = new LazySegmenter();
	const real = new Intl.Segmenter();
	const alphabet = fc.constantFrom(
		...'aZ09 ,.“”’—…é→≠⏎│─█✓\u001B[31m\u0007\u0085\n\r'.split(''),
		'e\u0301',
		'👍🏽',
		'東',
	);
	t.notThrows(() => {
		fc.assert(
			fc.property(fc.array(alphabet, {maxLength: 40}), pieces => {
				const text = pieces.join('');
				const same = JSON.stringify(segmentsOf(lazy.segment(text))) === JSON.stringify(segmentsOf(real.segment(text)));
				const probe = Math.floor(text.length / 2);
				const a = lazy.segment(text).containing(probe);
				const b = real.segment(text).containing(probe);
				return same && a?.segment === b?.segment && a?.index === b?.index;
			}),
			{numRuns: 3000},
		);
	});
	t.true(unitGraphemes.test('\u001B[90m┼──┤\u001B[39m'));
	t.false(unitGraphemes.test('a\r\nb'));
});

test('the lazy segmenter keeps words and options as Intl.Segmenter does', t => {
	const text = 'Zoë’s 👍🏽 東京 e\u0301!';
	const lazy = [...new LazySegmenter('en', {granularity: 'grapheme'}).segment(text)].map(s => s.segment);
	const real = [...new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(text)].map(s => s.segment);
	t.deepEqual(lazy, real);
	t.is(new LazySegmenter(undefined, {granularity: 'word'}).resolvedOptions().granularity, 'word');
});

test('colour codes take no cells, with or without the shortcut', t => {
	const styled = '\u001B[1m\u001B[36m│ Total\u001B[39m 498 ✓\u001B[22m';
	t.is(fastStringWidth(styled), 13);
	t.is(fastStringWidth(styled), stringWidth(styled));
	t.is(fastStringWidth('\u001B[31m東京\u001B[39m'), 4);
	t.is(fastStringWidth(styled, {countAnsiEscapeCodes: true}), stringWidth(styled, {countAnsiEscapeCodes: true}));
});
