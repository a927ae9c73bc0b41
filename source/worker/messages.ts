import type {Report} from '../extract/types.ts';

/** What the main thread asks of the report worker. */
export type ReportRequest = {readonly path: string; readonly published: string | null};

/** The worker's one answer: the report, or the error it met, told well enough to be reported the same way. */
export type ReportReply =
	| {readonly ok: true; readonly report: Report}
	| {readonly ok: false; readonly loadError: boolean; readonly message: string; readonly stack: string | null};
