// A pool of worker threads that each build reports, one task at a time per worker.
import {existsSync} from 'node:fs';
import {Worker} from 'node:worker_threads';
import {type BatchOptions, type BatchTask, type TaskResult, failedTask} from './task.ts';
import type {WorkerRequest} from './worker.ts';

type Job = {readonly task: BatchTask; readonly resolve: (result: TaskResult) => void};

/**
 * The worker's code: worker.ts beside this file when run from source (tsx, whose loader the worker inherits through
 * execArgv), else the bundle's batch-worker.js, beside cli.js, which holds this code itself or in one of its chunks.
 */
function workerFile(): URL {
	const here = import.meta.url;
	if (here.endsWith('.ts')) {
		return new URL('worker.ts', here);
	}

	for (const relative of ['./batch-worker.js', '../batch-worker.js']) {
		const url = new URL(relative, here);
		if (existsSync(url)) {
			return url;
		}
	}

	throw new Error('the batch worker (batch-worker.js) is missing beside cli.js: run npm run build');
}

export class WorkerPool {
	private readonly file = workerFile();
	private readonly idle: Worker[] = [];
	private readonly busy = new Map<Worker, Job>();
	private readonly queue: Job[] = [];
	private readonly workers = new Set<Worker>();
	private closing = false;
	private seq = 0;

	/** Up to `size` workers, started as tasks arrive, so a batch of one article starts one. */
	constructor(
		private readonly size: number,
		private readonly options: BatchOptions,
	) {}

	/** The task's result, once a worker has done it; never rejects (a worker that dies fails its task). */
	async run(task: BatchTask): Promise<TaskResult> {
		return new Promise(resolve => {
			this.queue.push({task, resolve});
			this.dispatch();
		});
	}

	/** Stops every worker at once, finished or not. */
	async close(): Promise<void> {
		this.closing = true;
		await Promise.all([...this.workers].map(async worker => worker.terminate()));
	}

	private dispatch(): void {
		while (this.queue.length > 0) {
			const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.start() : undefined);
			if (worker === undefined) {
				return;
			}

			const job = this.queue.shift()!;
			this.busy.set(worker, job);
			worker.postMessage({seq: this.seq++, task: job.task} satisfies WorkerRequest);
		}
	}

	private start(): Worker {
		const worker = new Worker(this.file, {workerData: this.options});
		this.workers.add(worker);
		worker.on('message', ({result}: {result: TaskResult}) => {
			const job = this.busy.get(worker);
			this.busy.delete(worker);
			this.idle.push(worker);
			job?.resolve(result);
			this.dispatch();
		});
		let failure = 'the worker stopped';
		worker.on('error', error => {
			failure = `the worker stopped: ${error.message}`;
		});
		worker.on('exit', () => {
			this.workers.delete(worker);
			const job = this.busy.get(worker);
			this.busy.delete(worker);
			const index = this.idle.indexOf(worker);
			if (index !== -1) {
				this.idle.splice(index, 1);
			}

			if (!this.closing) {
				job?.resolve(failedTask(job.task, failure, this.options.output));
				// A replacement takes the queue on.
				this.dispatch();
			}
		});
		return worker;
	}
}
