// The report worker's entry (bundled as dist/report-worker.js): reads and extracts one article, answers once, ends.
import {parentPort, workerData} from 'node:worker_threads';
import {LoadError} from '../article/load-error.ts';
import {loadArticle} from '../article/load.ts';
import {buildReport} from '../extract/report.ts';
import type {ReportReply, ReportRequest} from './messages.ts';

function reply(): ReportReply {
	const {path, published} = workerData as ReportRequest;
	try {
		return {ok: true, report: buildReport(loadArticle(path, {published}))};
	} catch (error) {
		return {
			ok: false,
			loadError: error instanceof LoadError,
			message: error instanceof Error ? error.message : String(error),
			stack: error instanceof Error ? (error.stack ?? null) : null,
		};
	}
}

parentPort?.postMessage(reply());
