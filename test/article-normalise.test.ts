import test from 'ava';
import {normaliseText} from '../source/article/normalise.ts';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';

test('every C0 control but tab and newline becomes its control picture', t => {
	t.is(normaliseText('\u0000\u0001\u0007\u0008\u001b\u001f'), '␀␁␇␈␛␟');
	t.is(normaliseText('a\tb\nc'), 'a\tb\nc');
	t.is(normaliseText('\u007f'), '␡');
});

test('ANSI, OSC 8 links and OSC 52 clipboard writes lose their ESC and BEL, one code unit for one', t => {
	const osc8 = '\u001b]8;;https://evil.test\u0007click\u001b]8;;\u0007';
	t.is(normaliseText(osc8), '␛]8;;https://evil.test␇click␛]8;;␇');
	t.is(normaliseText(osc8).length, osc8.length);
	t.is(normaliseText('\u001b]52;c;cm0gLXJmIH4=\u001b\\'), '␛]52;c;cm0gLXJmIH4=␛\\');
	t.is(normaliseText('\u001b[2J\u001b[31mred'), '␛[2J␛[31mred');
});

test('C1 controls, bidi overrides and isolates become U+FFFD; NEL, VT, FF and line separators become newlines', t => {
	t.is(normaliseText('a\u0080b\u009bc\u009dd'), 'a\uFFFDb\uFFFDc\uFFFDd');
	t.is(normaliseText('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'), '\uFFFD'.repeat(9));
	t.is(normaliseText('a\u0085b\u000bc\u000cd\u2028e\u2029f'), 'a\nb\nc\nd\ne\nf');
});

test('zero-width characters are removed, so a name split by one comes out whole', t => {
	t.is(
		normaliseText('Ho\u200bman Ho\u200cman Ho\u200dman Ho\u2060man Ho\ufeffman Ho\u00adman'),
		'Homan Homan Homan Homan Homan Homan',
	);
	const report = buildReport(parseArticle('Raids\n\n“We will not stop,” said Tom Ho\u200Bman, the acting director.'));
	t.is(report.quotes[0]?.speaker?.name, 'Tom Homan');
	t.is(report.article.body, 'Raids\n\n“We will not stop,” said Tom Homan, the acting director.');
});

test('CRLF and lone CR become one newline each', t => {
	t.is(normaliseText('a\r\nb\rc\r\n\r\nd'), 'a\nb\nc\n\nd');
});

test('ordinary text comes back as the same string', t => {
	const text = 'Officials said 12 “people” died — in Zürich, 東京 and São Paulo. 😀';
	t.is(normaliseText(text), text);
});
