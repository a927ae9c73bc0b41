// JSON Lines from a stream, a task a line, read only as fast as the batch takes them.
import type {Readable} from 'node:stream';
import type {BatchTask} from './task.ts';

/**
 * One task for each non-blank line of `input`, numbered from 1 as an editor counts them. Hand-split rather than
 * readline: pulling chunks from the stream's own iterator reads no further ahead than the batch has taken, so memory
 * stays bounded however long the input, and a line may be as long as an article.
 */
export async function* jsonlTasks(input: Readable): AsyncGenerator<BatchTask> {
	input.setEncoding('utf8');
	let pending = '';
	let line = 0;
	for await (const chunk of input as AsyncIterable<string>) {
		pending += chunk;
		let newline = pending.indexOf('\n');
		while (newline !== -1) {
			line++;
			const text = pending.slice(0, newline);
			pending = pending.slice(newline + 1);
			if (text.trim() !== '') {
				yield {kind: 'record', line, text};
			}

			newline = pending.indexOf('\n');
		}
	}

	if (pending.trim() !== '') {
		yield {kind: 'record', line: line + 1, text: pending};
	}
}
