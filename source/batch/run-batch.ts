// A batch: tasks in, through a worker pool, one output per task written in input order, memory bounded.
import {neutralize} from '../ui/sanitize.ts';
import {WorkerPool} from './pool.ts';
import {Progress} from './progress.ts';
import type {BatchOptions, BatchTask, TaskResult} from './task.ts';

export type BatchRun = {
	readonly tasks: AsyncIterable<BatchTask> | Iterable<BatchTask>;
	/** How many tasks there are, when known before they are read (files: yes; standard input: no). */
	readonly total: number | null;
	readonly options: BatchOptions;
	/** Worker threads, at least 1. */
	readonly jobs: number;
	/** Written before the first result (a table's header), or ''. */
	readonly header: string;
	readonly stdout: NodeJS.WritableStream;
	readonly stderr: NodeJS.WriteStream;
};

export type BatchSummary = {readonly done: number; readonly failed: number; readonly interrupted: boolean};

/** Tasks handed to the pool and not yet written, per worker: enough that no worker waits for the writer. */
const aheadPerJob = 4;

/**
 * Runs the batch. At most `jobs × 4` articles are in flight (queued, in a worker, or done and waiting for an earlier
 * one to be written), and no more is read while the output waits to drain, so 100,000 articles need no more memory
 * than 100. A failed article writes its error record, says one line on stderr, and the run goes on. Ctrl-C stops
 * taking tasks, drops the unfinished ones and returns: every write is one whole line or row, so only whole lines
 * were written.
 */
export async function runBatch(run: BatchRun): Promise<BatchSummary> {
	const pool = new WorkerPool(run.jobs, run.options);
	const progress = new Progress(run.stderr.isTTY === true ? run.stderr : null, run.total);
	const interrupt = new Interrupt();
	process.once('SIGINT', interrupt.trigger);
	const ahead: Array<Promise<TaskResult>> = [];
	let done = 0;
	let failed = 0;
	let stopped = false;

	// Output to the same terminal as the progress line would be written over it: the line goes first.
	const sharesTerminal = (run.stdout as NodeJS.WriteStream).isTTY === true;
	const write = async (text: string): Promise<boolean> => {
		if (sharesTerminal) {
			progress.clear();
		}

		if (text !== '' && !run.stdout.write(text)) {
			const drained = new Promise<'drained'>(resolve => run.stdout.once('drain', () => resolve('drained')));
			return (await interrupt.race(drained)) === 'drained';
		}

		return true;
	};

	// Writes the oldest result once it is done; false once Ctrl-C came first.
	const writeOldest = async (): Promise<boolean> => {
		const result = await interrupt.race(ahead.shift()!);
		if (result === 'interrupted') {
			return false;
		}

		done++;
		if (result.ok) {
			return write(result.text).finally(() => {
				progress.update(done, failed);
			});
		}

		failed++;
		progress.line(`newsdash: ${neutralize(result.message.replaceAll(/\s+/g, ' '))}\n`, run.stderr);
		return write(result.record);
	};

	try {
		if (!(await write(run.header))) {
			return {done, failed, interrupted: true};
		}

		const iterator = iteratorOf(run.tasks);
		let next = Promise.resolve(iterator.next());
		for (;;) {
			// While the next task is awaited (a line of standard input may be slow to come), the oldest result is
			// written as soon as it is done: a filter in a pipeline answers each line without waiting for more.
			const oldest = ahead[0];
			const task = next.then(step => ({step}));
			const event = await interrupt.race(
				oldest === undefined ? task : Promise.race([task, oldest.then(() => ({step: null}))]),
			);
			if (event === 'interrupted') {
				stopped = true;
				break;
			}

			if (event.step === null) {
				if (!(await writeOldest())) {
					stopped = true;
					break;
				}

				continue;
			}

			if (event.step.done === true) {
				break;
			}

			ahead.push(pool.run(event.step.value));
			next = Promise.resolve(iterator.next());
			if (ahead.length >= run.jobs * aheadPerJob && !(await writeOldest())) {
				stopped = true;
				break;
			}
		}

		while (!stopped && ahead.length > 0) {
			stopped = !(await writeOldest());
		}

		return {done, failed, interrupted: stopped};
	} finally {
		process.off('SIGINT', interrupt.trigger);
		progress.clear();
		await pool.close();
	}
}

/**
 * Ctrl-C, as something to wait for beside another promise. Not one promise raced again and again: each
 * Promise.race on a promise that never settles leaves a reaction on it holding the race's result, and a batch kept
 * every report it wrote (100 MB over 2,000 articles).
 */
class Interrupt {
	private stopped = false;
	private readonly waiters = new Set<() => void>();

	readonly trigger = (): void => {
		this.stopped = true;
		for (const wake of this.waiters) {
			wake();
		}

		this.waiters.clear();
	};

	/** The promise's value, or 'interrupted' as soon as Ctrl-C comes (at once if it has come). */
	async race<T>(promise: Promise<T> | T): Promise<T | 'interrupted'> {
		if (this.stopped) {
			return 'interrupted';
		}

		let wake: () => void = () => undefined;
		const stop = new Promise<'interrupted'>(resolve => {
			wake = () => resolve('interrupted');
		});
		this.waiters.add(wake);
		try {
			return await Promise.race([promise, stop]);
		} finally {
			this.waiters.delete(wake);
		}
	}
}

function iteratorOf<T>(tasks: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
	return Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]();
}
