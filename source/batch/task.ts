// One article's work in a batch, the same in a worker thread and in a test: read it, build its report, and give back
// the one line the batch writes for it.
import {LoadError} from '../article/load-error.ts';
import {loadArticle} from '../article/load.ts';
import {parseArticle} from '../article/parse.ts';
import {validatePublished} from '../article/published-flag.ts';
import type {Article} from '../article/types.ts';
import {buildReport} from '../extract/report.ts';
import type {Report} from '../extract/types.ts';
import {corpusCsvRows} from '../export/corpus-csv.ts';
import {corpusMarkdownRows} from '../export/corpus-markdown.ts';

/** What a batch writes for each article: a report (JSON Lines) or the rows of one export table. */
export type BatchOutput = 'json' | 'csv' | 'md';

/** An article file, or one line of JSON Lines read from standard input (`line` counts from 1). */
export type BatchTask =
	| {readonly kind: 'file'; readonly path: string}
	| {readonly kind: 'record'; readonly line: number; readonly text: string};

export type BatchOptions = {
	readonly output: BatchOutput;
	/** A `--published` already checked by validatePublished; a record's own `published` comes first. */
	readonly published: string | null;
};

/**
 * The text the batch writes for the article (one JSON line, or table rows; may be empty for an article with no
 * findings), or why it failed: `record` is the error record's line and `message` the line for stderr.
 */
export type TaskResult =
	{readonly ok: true; readonly text: string} | {readonly ok: false; readonly record: string; readonly message: string};

type Loaded = {readonly key: Record<string, unknown>; readonly label: string; readonly article: Article};

export function runTask(task: BatchTask, options: BatchOptions): TaskResult {
	let key: Record<string, unknown> = task.kind === 'file' ? {path: task.path} : {id: null, line: task.line};
	try {
		const loaded = task.kind === 'file' ? loadFile(task.path, options) : loadRecord(task, options);
		key = loaded.key;
		const report = buildReport(loaded.article);
		return {ok: true, text: formatted(report, loaded, options.output)};
	} catch (error) {
		if (error instanceof RecordError) {
			key = {...error.key, line: (task as {line: number}).line};
		}

		const known = error instanceof LoadError;
		const reason = error instanceof Error ? error.message : String(error);
		const message = known ? reason : `unexpected error: ${reason}`;
		const shownKey =
			task.kind === 'file'
				? ''
				: `line ${task.line}${key['id'] === null ? '' : ` (id ${JSON.stringify(key['id'])})`}: `;
		return {ok: false, record: errorRecord(key, message, options.output), message: shownKey + message};
	}
}

/** The error record for a task whose worker stopped before it answered (out of memory, a crash). */
export function failedTask(task: BatchTask, reason: string, output: BatchOutput): TaskResult {
	const key = task.kind === 'file' ? {path: task.path} : {id: null, line: task.line};
	const where = task.kind === 'file' ? `${JSON.stringify(task.path)}: ` : `line ${task.line}: `;
	const message = `${where}${reason}`;
	return {ok: false, record: errorRecord(key, message, output), message};
}

/** JSON Lines carry an error record in the failed article's place; a table has no row for it (stderr says why). */
function errorRecord(key: Record<string, unknown>, message: string, output: BatchOutput): string {
	return output === 'json' ? JSON.stringify({...key, error: message}) + '\n' : '';
}

function loadFile(path: string, options: BatchOptions): Loaded {
	return {key: {path}, label: path, article: loadArticle(path, {published: options.published})};
}

/** A JSON Lines record: `{"id", "text", "published", "url"}`, only `text` required. */
function loadRecord(task: Extract<BatchTask, {kind: 'record'}>, options: BatchOptions): Loaded {
	let record: unknown;
	try {
		record = JSON.parse(task.text);
	} catch {
		throw new LoadError('not a JSON object');
	}

	if (typeof record !== 'object' || record === null || Array.isArray(record)) {
		throw new LoadError('not a JSON object');
	}

	const fields = record as Record<string, unknown>;
	const id = fields['id'] ?? null;
	const key = {id};
	const fail = (reason: string) => new RecordError(reason, key);
	const {text, published, url} = fields;
	if (typeof text !== 'string' || text.trim() === '') {
		throw fail('"text" must be the article as a non-empty string');
	}

	if (published !== undefined && published !== null && typeof published !== 'string') {
		throw fail('"published" must be a date written YYYY-MM-DD');
	}

	if (url !== undefined && url !== null && typeof url !== 'string') {
		throw fail('"url" must be a string');
	}

	const date = typeof published === 'string' ? recordDate(published, fail) : options.published;
	const parsed = parseArticle(text, {path: null, published: date});
	if (parsed.body.trim() === '') {
		throw fail('there is no article text after the front matter');
	}

	const article = typeof url === 'string' ? {...parsed, url} : parsed;
	return {key, label: id === null ? `line ${task.line}` : String(id), article};
}

/** A bad field of a record whose id was read: the error record carries the id. */
class RecordError extends LoadError {
	constructor(
		message: string,
		readonly key: Record<string, unknown>,
	) {
		super(message);
	}
}

function recordDate(published: string, fail: (reason: string) => RecordError): string {
	try {
		return validatePublished(published);
	} catch {
		throw fail(`"published" must be a real date written YYYY-MM-DD (got ${JSON.stringify(published)})`);
	}
}

function formatted(report: Report, loaded: Loaded, output: BatchOutput): string {
	switch (output) {
		case 'json': {
			return JSON.stringify({...loaded.key, ...report}) + '\n';
		}

		case 'csv': {
			return corpusCsvRows(report, loaded.label);
		}

		case 'md': {
			return corpusMarkdownRows(report, loaded.label);
		}
	}
}
