// The batch sinks: many articles (files, folders, or JSON Lines on standard input) through a pool of worker threads,
// one report a line (--json, --jsonl) or one table over all of them (export). Loaded only when a batch runs.
import {availableParallelism} from 'node:os';
import {LoadError, quoteName} from '../article/load-error.ts';
import {validatePublished} from '../article/published-flag.ts';
import {articleExtensions, findArticles} from '../batch/find-articles.ts';
import {jsonlTasks} from '../batch/jsonl-input.ts';
import {type BatchSummary, runBatch} from '../batch/run-batch.ts';
import type {BatchOptions, BatchOutput, BatchTask} from '../batch/task.ts';
import {corpusCsvHeader} from '../export/corpus-csv.ts';
import {corpusMarkdownHeader} from '../export/corpus-markdown.ts';
import {isStdout} from './article-input.ts';
import {shown} from './messages.ts';
import {UsageError} from './usage-error.ts';

export type BatchChoices = {
	readonly published: string | undefined;
	/** Worker threads; default: one per core the machine offers. */
	readonly jobs: number | undefined;
};

/** `--jobs`: a whole number from 1 up (256 at most: past the cores, more threads only share them). */
export function jobsFor(jobs: number | undefined): number {
	if (jobs === undefined) {
		return Math.max(1, availableParallelism());
	}

	if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
		throw new UsageError('--jobs must be a whole number from 1 to 256');
	}

	return jobs;
}

function optionsFor(output: BatchOutput, choices: BatchChoices): BatchOptions {
	return {output, published: choices.published === undefined ? null : validatePublished(choices.published)};
}

/** The article files `inputs` name; none at all is a one-line error, as a bad single file is. */
function fileTasks(inputs: readonly string[]): BatchTask[] {
	const paths = findArticles(inputs);
	if (paths.length === 0) {
		const where = inputs.map(input => quoteName(input)).join(', ');
		throw new LoadError(`no articles (${articleExtensions.join(' ')}) found in ${where}`);
	}

	return paths.map(path => ({kind: 'file', path}));
}

/** `newsdash --json FILE… DIR…`: JSON Lines, one report a line in the order the files are listed. */
export async function jsonBatch(inputs: readonly string[], choices: BatchChoices): Promise<void> {
	const options = optionsFor('json', choices);
	const tasks = fileTasks(inputs);
	const jobs = Math.min(jobsFor(choices.jobs), tasks.length);
	await report(await runBatch({...streams(), tasks, total: tasks.length, options, jobs, header: ''}));
}

/** `newsdash --jsonl`: JSON Lines of articles in, JSON Lines of reports out, a line for a line, in order. */
export async function jsonlBatch(choices: BatchChoices): Promise<void> {
	if (process.stdin.isTTY === true) {
		throw new UsageError('--jsonl reads articles as JSON Lines on standard input: pipe or redirect them in');
	}

	const options = optionsFor('json', choices);
	const tasks = jsonlTasks(process.stdin);
	const summary = await runBatch({...streams(), tasks, total: null, options, jobs: jobsFor(choices.jobs), header: ''});
	// Ctrl-C may leave a read of standard input pending, which would keep the process alive.
	process.stdin.destroy();
	await report(summary);
}

export type ExportBatchChoices = BatchChoices & {
	readonly format: 'md' | 'csv' | 'json';
	readonly output: string | undefined;
	readonly force: boolean;
};

/** `newsdash export DIR…`: one table over every article, the article in its first column (JSON: JSON Lines). */
export async function exportBatch(inputs: readonly string[], choices: ExportBatchChoices): Promise<void> {
	const output: BatchOutput = choices.format;
	const options = optionsFor(output, choices);
	const tasks = fileTasks(inputs);
	const jobs = Math.min(jobsFor(choices.jobs), tasks.length);
	const header = output === 'csv' ? corpusCsvHeader : output === 'md' ? corpusMarkdownHeader : '';
	if (choices.output === undefined || isStdout(choices.output)) {
		await report(await runBatch({...streams(), tasks, total: tasks.length, options, jobs, header}));
		return;
	}

	const {createFileSafely} = await import('../export/write-file.ts');
	const file = await createFileSafely(choices.output, {force: choices.force});
	const summary = await runBatch({
		...streams(),
		stdout: file.stream,
		tasks,
		total: tasks.length,
		options,
		jobs,
		header,
	});
	if (summary.interrupted) {
		await file.abort();
	} else {
		await file.commit();
		process.stdout.write(`${await shown(`wrote ${choices.output}`)}\n`);
	}

	await report(summary);
}

function streams(): {stdout: NodeJS.WritableStream; stderr: NodeJS.WriteStream} {
	return {stdout: process.stdout, stderr: process.stderr};
}

/** The end of a batch: silent when all went well; else how many failed (exit 1), or that Ctrl-C stopped it (130). */
async function report({done, failed, interrupted}: BatchSummary): Promise<void> {
	if (interrupted) {
		process.stderr.write(`newsdash: interrupted after ${done} ${done === 1 ? 'article' : 'articles'}\n`);
		process.exitCode = 130;
		return;
	}

	if (failed > 0) {
		process.stderr.write(`newsdash: ${failed} of ${done} ${done === 1 ? 'article' : 'articles'} failed\n`);
		process.exitCode = 1;
	}
}
