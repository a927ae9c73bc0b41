/** Why an export failed, for callers that can recover: a taken name can be retried under another one. */
export type ExportErrorReason = 'exists' | 'unwritable';

/**
 * An export that could not be written, with a one-line message meant for the user: the cli prints
 * `newsdash: <message>` and exits 1. Anything else thrown from an export is a bug, not bad input.
 */
export class ExportError extends Error {
	override readonly name = 'ExportError';

	constructor(
		message: string,
		readonly reason: ExportErrorReason = 'unwritable',
	) {
		super(message);
	}
}

export function existsError(target: string): ExportError {
	return new ExportError(`${target} exists; use --force to overwrite`, 'exists');
}
