/**
 * An export that could not be written, with a one-line message meant for the user: the cli prints
 * `newsdash: <message>` and exits 1. Anything else thrown from an export is a bug, not bad input.
 */
export class ExportError extends Error {
	override readonly name = 'ExportError';
}
