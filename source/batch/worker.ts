// A batch worker thread (dist/batch-worker.js in the bundle): takes tasks from the pool, answers each with the line
// the batch writes for it. Serialising the report here, not in the main thread, keeps the writer free to write.
import {parentPort, workerData} from 'node:worker_threads';
import {type BatchOptions, type BatchTask, runTask} from './task.ts';

export type WorkerRequest = {readonly seq: number; readonly task: BatchTask};

const options = workerData as BatchOptions;
parentPort?.on('message', ({seq, task}: WorkerRequest) => {
	parentPort?.postMessage({seq, result: runTask(task, options)});
});
