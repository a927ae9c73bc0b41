import {LoadError} from './load-error.ts';

type Signature = {readonly bytes: readonly number[]; readonly offset?: number; readonly looksLike: string};

// Files people mistake for articles: saved documents, images and archives. Checked before decoding so the message
// names the format instead of complaining about an invalid byte.
const SIGNATURES: readonly Signature[] = [
	{bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF'},
	{bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image'},
	{bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image'},
	{bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image'},
	{bytes: [0x52, 0x49, 0x46, 0x46], looksLike: 'a RIFF file (WebP image, WAV or AVI)'},
	{bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'a ZIP archive (a Word .docx, an e-book or similar)'},
	{bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: 'a ZIP archive'},
	{bytes: [0x1f, 0x8b], looksLike: 'a gzip archive'},
	{bytes: [0x42, 0x5a, 0x68], looksLike: 'a bzip2 archive'},
	{bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7-Zip archive'},
	{bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'an old Word .doc or Excel .xls file'},
	{bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'an RTF document (save it as plain text)'},
	{bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program (ELF)'},
	{bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, looksLike: 'a video or HEIC image'},
	{bytes: [0x49, 0x44, 0x33], looksLike: 'an MP3 file'},
];

/**
 * Text from file bytes: UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark. Anything else
 * throws a LoadError saying what the bytes look like, or at which byte the UTF-8 breaks.
 */
export function decodeBytes(bytes: Uint8Array): string {
	for (const signature of SIGNATURES) {
		if (startsWith(bytes, signature.bytes, signature.offset ?? 0)) {
			throw new LoadError(`it looks like ${signature.looksLike}, not a text article`);
		}
	}

	if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
		throw new LoadError('it is UTF-32 text, which is not supported: save it as UTF-8');
	}

	if (startsWith(bytes, [0xff, 0xfe])) {
		return decodeUtf16(bytes.subarray(2), 'utf-16le');
	}

	if (startsWith(bytes, [0xfe, 0xff])) {
		return decodeUtf16(bytes.subarray(2), 'utf-16be');
	}

	const bomLength = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		throw new LoadError(
			`it contains a NUL byte at byte ${nul}: it looks like a binary file (or UTF-16 without a byte-order mark), not a text article`,
		);
	}

	try {
		return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes.subarray(bomLength));
	} catch {
		const offset = invalidUtf8Offset(bytes, bomLength);
		throw new LoadError(`invalid UTF-8 at byte ${offset}: it may be Latin-1 or Windows-1252 text; save it as UTF-8`);
	}
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
	if (bytes.length < offset + prefix.length) {
		return false;
	}

	return prefix.every((byte, index) => bytes[offset + index] === byte);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
	if (bytes.length % 2 !== 0) {
		throw new LoadError(`it is cut short: ${encoding.toUpperCase()} text needs an even number of bytes`);
	}

	try {
		return new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes);
	} catch {
		throw new LoadError(`it is not valid ${encoding.toUpperCase()} text (an unpaired surrogate)`);
	}
}

/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
 * U+10FFFF). Only run after TextDecoder has refused the bytes, because TextDecoder does not say where.
 */
export function invalidUtf8Offset(bytes: Uint8Array, from = 0): number {
	let index = from;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		if (lead < 0x80) {
			index++;
			continue;
		}

		let length: number;
		let low = 0x80;
		let high = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) {
			length = 2;
		} else if (lead >= 0xe0 && lead <= 0xef) {
			length = 3;
			if (lead === 0xe0) {
				low = 0xa0;
			} else if (lead === 0xed) {
				high = 0x9f;
			}
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			length = 4;
			if (lead === 0xf0) {
				low = 0x90;
			} else if (lead === 0xf4) {
				high = 0x8f;
			}
		} else {
			return index;
		}

		for (let step = 1; step < length; step++) {
			const byte = bytes[index + step];
			const [min, max] = step === 1 ? [low, high] : [0x80, 0xbf];
			if (byte === undefined || byte < min || byte > max) {
				return index;
			}
		}

		index += length;
	}

	return bytes.length;
}
