import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import {decodeBytes} from './decode.ts';
import {LoadError, quoteName} from './load-error.ts';
import {parseArticle} from './parse.ts';
import type {Article} from './types.ts';

export {validatePublished} from './published-flag.ts';

/**
 * The largest article accepted, in bytes (16 MiB). News articles are tens of kilobytes; a file far larger is
 * almost certainly not one, and refusing it keeps memory and time bounded.
 */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

/** The path that means standard input (`newsdash -`). */
export const STDIN = '-';

export type LoadOptions = {
	/** A `--published` value already checked by `validatePublished`; overrides the front matter. */
	readonly published?: string | null;
	/** The size limit in bytes; MAX_ARTICLE_BYTES unless a caller (or a test) needs a smaller one. */
	readonly maxBytes?: number;
};

const REASONS: Readonly<Record<string, string>> = {
	ENOENT: 'no such file',
	ENOTDIR: 'no such file (part of the path is not a folder)',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EISDIR: 'it is a folder, not a file',
	ELOOP: 'too many symbolic links',
	ENAMETOOLONG: 'the file name is too long',
	EMFILE: 'too many files are open',
	ENFILE: 'too many files are open',
	EIO: 'an input/output error occurred',
	EAGAIN: 'the file is not ready to be read',
	ENXIO: 'no such device',
};

/**
 * Reads, decodes and parses the article at `path`. Every failure a reader can cause throws a LoadError with a
 * one-line message such as `cannot read "x.txt": no such file`.
 */
export function loadArticle(path: string, options: LoadOptions = {}): Article {
	const bytes = readBounded(path, options.maxBytes ?? MAX_ARTICLE_BYTES);
	let text: string;
	try {
		text = decodeBytes(bytes);
	} catch (error) {
		throw error instanceof LoadError ? fail(path, error.message) : error;
	}

	if (text.trim() === '') {
		const what = path === STDIN ? 'it' : 'the file';
		throw fail(path, bytes.length === 0 ? `${what} is empty` : `${what} holds only blank space`);
	}

	const article = parseArticle(text, {path, published: options.published ?? null});
	if (article.body.trim() === '') {
		throw fail(path, 'there is no article text after the front matter');
	}

	return article;
}

function fail(path: string, reason: string): LoadError {
	return new LoadError(`cannot read ${path === STDIN ? 'standard input' : quoteName(path)}: ${reason}`);
}

/**
 * The file's bytes, refusing anything over `maxBytes`. A regular file is measured before it is read; a pipe or
 * device (`/dev/stdin`, `<(curl …)`) has no size, so it is read in chunks and refused once it passes the limit.
 */
function readBounded(path: string, maxBytes: number): Uint8Array {
	if (path === STDIN) {
		// Standard input may be a pipe, a socket or a file: fd 0 is read as it is (opening /dev/stdin fails on a socket).
		try {
			return readAll(0, path, maxBytes, 64 * 1024);
		} catch (error) {
			throw error instanceof LoadError ? error : fail(path, reasonFor(error));
		}
	}

	let descriptor: number;
	try {
		descriptor = openSync(path, 'r');
	} catch (error) {
		throw fail(path, reasonFor(error));
	}

	try {
		const stats = fstatSync(descriptor);
		if (stats.isDirectory()) {
			throw fail(path, REASONS['EISDIR']!);
		}

		if (stats.isFile() && stats.size > maxBytes) {
			throw fail(path, `it is ${describeSize(stats.size)}, over the ${describeSize(maxBytes)} limit for an article`);
		}

		const capacity = stats.isFile() ? stats.size + 1 : 64 * 1024;
		return readAll(descriptor, path, maxBytes, capacity);
	} catch (error) {
		throw error instanceof LoadError ? error : fail(path, reasonFor(error));
	} finally {
		closeSync(descriptor);
	}
}

function readAll(descriptor: number, path: string, maxBytes: number, capacity: number): Uint8Array {
	let buffer = new Uint8Array(Math.min(capacity, maxBytes + 1));
	let length = 0;
	for (;;) {
		if (length === buffer.length) {
			if (length > maxBytes) {
				throw fail(path, `it is over the ${describeSize(maxBytes)} limit for an article`);
			}

			const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
			grown.set(buffer);
			buffer = grown;
		}

		const read = readWaiting(descriptor, buffer, length);
		if (read === 0) {
			return buffer.subarray(0, length);
		}

		length += read;
	}
}

/** A non-blocking pipe answers EAGAIN until the writer has written: wait a moment and read again. */
function readWaiting(descriptor: number, buffer: Uint8Array, offset: number): number {
	for (;;) {
		try {
			return readSync(descriptor, buffer, offset, buffer.length - offset, null);
		} catch (error) {
			if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== 'EAGAIN') {
				throw error;
			}

			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
		}
	}
}

function reasonFor(error: unknown): string {
	const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	return REASONS[code] ?? (code === '' ? 'it could not be read' : `it could not be read (${code})`);
}

function describeSize(bytes: number): string {
	const mib = bytes / (1024 * 1024);
	return mib >= 1 ? `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
