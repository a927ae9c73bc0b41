import {Worker} from 'node:worker_threads';
import {LoadError} from '../article/load-error.ts';
import type {Report} from '../extract/types.ts';
import type {ReportReply, ReportRequest} from './messages.ts';

/**
 * The report of the article at `path`, built on a worker thread from `script` (dist/report-worker.js). The dashboard
 * starts this first and loads Ink and React meanwhile: reading and extracting the article (~130 ms of a cold start)
 * then costs no time before the first frame on a machine with a second core. Errors arrive as the in-process path
 * throws them: a LoadError for bad input, an Error carrying the worker's stack for anything else.
 */
export async function reportInWorker(script: URL, request: ReportRequest): Promise<Report> {
	return new Promise((resolve, reject) => {
		let answered = false;
		const worker = new Worker(script, {workerData: request, stdout: false, stderr: false});
		worker.once('message', (reply: ReportReply) => {
			answered = true;
			if (reply.ok) {
				resolve(reply.report);
				return;
			}

			const error = reply.loadError ? new LoadError(reply.message) : new Error(reply.message);
			if (reply.stack !== null) {
				error.stack = reply.stack;
			}

			reject(error);
		});
		worker.once('error', error => {
			answered = true;
			reject(error);
		});
		worker.once('exit', code => {
			if (!answered) {
				reject(new Error(`the report worker stopped (exit code ${code}) before answering`));
			}
		});
	});
}
