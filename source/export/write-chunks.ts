import type {Writable} from 'node:stream';

// Pieces are gathered to about this many characters before a write: one write per small piece costs more than the
// text, and a write of everything at once is the memory this is here to save.
const batch = 64 * 1024;

/**
 * Writes `chunks` to `stream` as they come, waiting for a slow reader (`| less`) to drain, so that no more than a
 * batch or two of the output is held at once. Rejects when the stream fails (a full disk, a closed pipe).
 */
export async function writeChunks(stream: Writable, chunks: Iterable<string>): Promise<void> {
	let pending: string[] = [];
	let size = 0;
	for (const chunk of chunks) {
		pending.push(chunk);
		size += chunk.length;
		if (size >= batch) {
			await write(stream, pending.join(''));
			pending = [];
			size = 0;
		}
	}

	if (size > 0) {
		await write(stream, pending.join(''));
	}
}

async function write(stream: Writable, text: string): Promise<void> {
	if (!stream.write(text)) {
		await new Promise<void>((resolve, reject) => {
			const done = (error?: Error) => {
				stream.off('drain', done);
				stream.off('error', done);
				if (error) {
					reject(error);
				} else {
					resolve();
				}
			};

			stream.once('drain', done);
			stream.once('error', done);
		});
	}
}
