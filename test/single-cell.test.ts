import test from 'ava';
import stringWidth from 'string-width';
import {singleCellText} from '../source/text/single-cell.ts';
import fastStringWidth from '../source/text/fast-string-width.ts';
import {LazySegmenter} from '../source/text/lazy-segmenter.ts';

test('every character the shortcut calls one cell is one cell to string-width', t => {
	const wrong: string[] = [];
	for (let code = 0; code <= 0xff_ff; code++) {
		const character = String.fromCharCode(code);
		if (code >= 0xd8_00 && code <= 0xdf_ff) {
			continue;
		}

		if (singleCellText.test(character) && stringWidth(character) !== 1) {
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

test('the lazy segmenter segments as Intl.Segmenter does', t => {
	const text = 'Zoë’s 👍🏽 東京 e\u0301!';
	const lazy = [...new LazySegmenter('en', {granularity: 'grapheme'}).segment(text)].map(s => s.segment);
	const real = [...new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(text)].map(s => s.segment);
	t.deepEqual(lazy, real);
	t.is(new LazySegmenter(undefined, {granularity: 'word'}).resolvedOptions().granularity, 'word');
});
