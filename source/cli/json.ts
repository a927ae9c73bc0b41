// The JSON sinks: one article's report, pretty-printed (the contract in design.md); several articles, or a folder of
// them, as JSON Lines, one report a line (source/cli/batch.ts).
import {isFolder} from '../batch/find-articles.ts';
import type {Report} from '../extract/types.ts';
import {reportFor} from './article-input.ts';

/** Written a member at a time: the JSON of a 16 MB article, held whole and copied into one buffer, was ~250 MB. */
export async function printJson(report: Report): Promise<void> {
	const {writeChunks} = await import('../export/write-chunks.ts');
	const {jsonChunks} = await import('../export/json-chunks.ts');
	await writeChunks(process.stdout, jsonChunks(report));
}

/** True when `files` are a batch: more than one, or a folder. */
export function isBatch(files: readonly string[]): boolean {
	return files.length > 1 || (files.length === 1 && isFolder(files[0]!));
}

export async function writeJson(
	files: readonly string[],
	choices: {readonly published: string | undefined; readonly jobs: number | undefined},
): Promise<void> {
	if (isBatch(files)) {
		const {jsonBatch} = await import('./batch.ts');
		await jsonBatch(files, choices);
		return;
	}

	await printJson(await reportFor(files[0], choices.published));
}
