import test from 'ava';
import {decodeBytes, invalidUtf8Offset} from '../source/article/decode.ts';
import {LoadError} from '../source/article/load-error.ts';

const ascii = (text: string): number[] => [...text].map(char => char.charCodeAt(0));

test('plain UTF-8 decodes as is, accents and curly quotes included', t => {
	t.is(decodeBytes(new TextEncoder().encode('Café “sanctuary” – 50%')), 'Café “sanctuary” – 50%');
});

test('a UTF-8 byte-order mark is dropped', t => {
	t.is(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('Hi')])), 'Hi');
});

test('UTF-16 LE with a byte-order mark is decoded', t => {
	// "Hé": H = 48 00, é = E9 00.
	t.is(decodeBytes(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00])), 'Hé');
});

test('UTF-16 BE with a byte-order mark is decoded', t => {
	// "A”": A = 00 41, ” (U+201D) = 20 1D.
	t.is(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x20, 0x1d])), 'A”');
});

test('a NUL byte means binary and names its offset', t => {
	const error = t.throws(() => decodeBytes(new Uint8Array([...ascii('abc'), 0, ...ascii('def')])), {
		instanceOf: LoadError,
	});
	t.regex(error.message, /NUL byte at byte 3/);
	t.regex(error.message, /binary/);
});

const signatures: ReadonlyArray<readonly [string, number[], RegExp]> = [
	['a PDF', ascii('%PDF-1.7\n'), /looks like a PDF, not a text article/],
	['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], /looks like a PNG image/],
	['a JPEG', [0xff, 0xd8, 0xff, 0xe0], /looks like a JPEG image/],
	['a GIF', ascii('GIF89a'), /looks like a GIF image/],
	['a docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], /ZIP archive \(a Word \.docx/],
	['a gzip', [0x1f, 0x8b, 0x08, 0], /gzip archive/],
];

for (const [name, bytes, message] of signatures) {
	test(`${name} is refused by name`, t => {
		const error = t.throws(() => decodeBytes(new Uint8Array(bytes)), {instanceOf: LoadError});
		t.regex(error.message, message);
	});
}

test('invalid UTF-8 is refused with the byte offset of the bad byte', t => {
	// "Caf" then a Latin-1 é (0xE9) followed by a space: 0xE9 needs two continuation bytes, so byte 3 is bad.
	const error = t.throws(() => decodeBytes(new Uint8Array([...ascii('Caf'), 0xe9, 0x20, ...ascii('ok')])), {
		instanceOf: LoadError,
	});
	t.regex(error.message, /^invalid UTF-8 at byte 3\b/);
});

test('the UTF-8 offset counts the byte-order mark', t => {
	const error = t.throws(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('ab'), 0xff])), {
		instanceOf: LoadError,
	});
	t.regex(error.message, /^invalid UTF-8 at byte 5\b/);
});

test('overlong forms, surrogates and truncated sequences are invalid where they start', t => {
	t.is(invalidUtf8Offset(new Uint8Array([0x41, 0xc0, 0x80])), 1);
	t.is(invalidUtf8Offset(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80])), 2);
	t.is(invalidUtf8Offset(new Uint8Array([0xe2, 0x80, 0x9d, 0xe2, 0x80])), 3);
	t.is(invalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), 0);
	t.is(invalidUtf8Offset(new TextEncoder().encode('“fine” 😀')), 15);
});
