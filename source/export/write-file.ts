import {randomBytes} from 'node:crypto';
import {createWriteStream, type WriteStream} from 'node:fs';
import {link, rename, stat, unlink, writeFile} from 'node:fs/promises';
import {once} from 'node:events';
import path from 'node:path';
import {ExportError, existsError} from './export-error.ts';

export type WriteOptions = {
	/** Replace an existing file. Default false: an existing file is an error, never silently lost. */
	readonly force?: boolean;
};

/**
 * Writes `data` to `target` atomically: a temporary file in the same directory (same filesystem, so the final step is
 * a rename, never a copy) that only takes the target's name once it is complete. Without `force`, the last step is a
 * hard link, which fails if the target exists — no window in which two writers both see "free" and one is lost.
 */
export async function writeFileSafely(
	target: string,
	data: string | Uint8Array | Iterable<string>,
	options: WriteOptions = {},
): Promise<void> {
	const force = options.force ?? false;
	await assertWritableTarget(target, force);
	const temporary = temporaryFor(target);
	try {
		await writeFile(temporary, data, {flag: 'wx'});
	} catch (error) {
		throw describeWriteError(error, target);
	}

	await place(temporary, target, force);
}

/** A file written a piece at a time that takes its name only when committed, as writeFileSafely's does. */
export type SafeFile = {
	readonly stream: WriteStream;
	/** Ends the stream and gives the file its name; throws the first write error, with nothing left behind. */
	commit(): Promise<void>;
	/** Drops what was written (Ctrl-C): the target is left as it was. */
	abort(): Promise<void>;
};

/** Opens `target` for a long output (an export over many articles), with writeFileSafely's rules. */
export async function createFileSafely(target: string, options: WriteOptions = {}): Promise<SafeFile> {
	const force = options.force ?? false;
	await assertWritableTarget(target, force);
	const temporary = temporaryFor(target);
	const stream = createWriteStream(temporary, {flags: 'wx'});
	let failure: unknown = null;
	stream.on('error', error => {
		failure ??= error;
	});
	try {
		await once(stream, 'open');
	} catch (error) {
		throw describeWriteError(error, target);
	}

	return {
		stream,
		async commit() {
			await new Promise<void>(resolve => {
				stream.end(resolve);
			});
			if (failure !== null) {
				await unlink(temporary).catch(() => undefined);
				throw describeWriteError(failure, target);
			}

			await place(temporary, target, force);
		},
		async abort() {
			stream.destroy();
			await unlink(temporary).catch(() => undefined);
		},
	};
}

// Random only in a name that never survives the write: output stays deterministic.
function temporaryFor(target: string): string {
	return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Gives the complete temporary file the target's name: a rename with force, else a link that cannot clobber. */
async function place(temporary: string, target: string, force: boolean): Promise<void> {
	try {
		if (force) {
			await rename(temporary, target);
		} else {
			await linkNoClobber(temporary, target);
		}
	} catch (error) {
		throw describeWriteError(error, target);
	} finally {
		await unlink(temporary).catch(() => undefined);
	}
}

/** Throws the error the user would get for `target`, before any byte is written (so a batch can fail up front). */
export async function assertWritableTarget(target: string, force: boolean): Promise<void> {
	const existing = await stat(target).catch(() => null);
	if (existing?.isDirectory()) {
		throw new ExportError(`${target} is a directory; give a file name`);
	}

	// stat follows links, so this catches /dev/full, a FIFO, a socket and a link to /proc/self/fd/1 alike: renaming
	// over one would replace the device or pipe with a file (or, as root, clobber /dev), never write to it.
	if (existing && !existing.isFile()) {
		throw new ExportError(`cannot write ${target}: it is not a regular file`);
	}

	if (existing && !force) {
		throw existsError(target);
	}

	const directory = path.dirname(target);
	const parent = await stat(directory).catch(() => null);
	if (!parent) {
		throw new ExportError(`cannot write ${target}: directory ${directory} does not exist`);
	}

	if (!parent.isDirectory()) {
		throw new ExportError(`cannot write ${target}: ${directory} is not a directory`);
	}
}

async function linkNoClobber(temporary: string, target: string): Promise<void> {
	try {
		await link(temporary, target);
	} catch (error) {
		// Some filesystems (FAT, some network mounts) have no hard links: fall back to check-then-rename.
		if (codeOf(error) === 'EPERM' || codeOf(error) === 'ENOTSUP' || codeOf(error) === 'EXDEV') {
			if (await stat(target).catch(() => null)) {
				throw existsError(target);
			}

			await rename(temporary, target);
			return;
		}

		throw error;
	}
}

function describeWriteError(error: unknown, target: string): Error {
	if (error instanceof ExportError) {
		return error;
	}

	switch (codeOf(error)) {
		case 'EEXIST': {
			return existsError(target);
		}

		case 'ENOENT': {
			return new ExportError(`cannot write ${target}: directory ${path.dirname(target)} does not exist`);
		}

		case 'EACCES':
		case 'EPERM': {
			return new ExportError(`cannot write ${target}: permission denied`);
		}

		case 'EISDIR': {
			return new ExportError(`${target} is a directory; give a file name`);
		}

		case 'ENOTDIR': {
			return new ExportError(`cannot write ${target}: a part of the path is not a directory`);
		}

		case 'ENOSPC': {
			return new ExportError(`cannot write ${target}: no space left on device`);
		}

		case 'EROFS': {
			return new ExportError(`cannot write ${target}: read-only file system`);
		}

		default: {
			const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
			return new ExportError(`cannot write ${target}: ${message}`);
		}
	}
}

function codeOf(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
