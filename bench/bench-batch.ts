// Many articles: one batch process against one process per article, two workers against one, the peak memory of a
// long batch, and --json start-up against bare node, each beside the budget of issue 15. Every program is the bin run
// through its shebang, with the V8 flags it ships with.
import {spawnSync} from 'node:child_process';
import {Worker} from 'node:worker_threads';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runOnce} from './bench-size.ts';
import {atLeast, atMost, median, sampled, valued, type Figure} from './bench-stats.ts';
import {generateArticle} from './generate-article.ts';

export type BatchSettings = {
	/** Articles in the corpus both ways of running read. */
	readonly articles: number;
	/** Runs of each batch measurement, interleaved. */
	readonly runs: number;
	/** Articles in the run whose peak memory is budgeted. */
	readonly memoryArticles: number;
	readonly startupRuns: number;
	/** Loop turns of the reference computation each thread runs. */
	readonly spinLoops: number;
};

export const fullBatch: BatchSettings = {
	articles: 200,
	runs: 3,
	memoryArticles: 2000,
	startupRuns: 10,
	spinLoops: 200_000_000,
};
export const tinyBatch: BatchSettings = {
	articles: 8,
	runs: 1,
	memoryArticles: 24,
	startupRuns: 2,
	spinLoops: 1_000_000,
};

const root = join(import.meta.dirname, '..');
const mebibyte = 1024 * 1024;

/**
 * `count` varied articles: the hand-checked ones in test/ (fixtures and both holdouts, 1–9 KB each, written in many
 * shapes), then generated ones of 2–10 KB, each from its own seed.
 */
function writeCorpus(directory: string, count: number): string[] {
	mkdirSync(directory, {recursive: true});
	const written = ['fixtures', 'holdout', 'holdout-2']
		.flatMap(folder => {
			const from = join(root, 'test', folder);
			return readdirSync(from)
				.filter(name => name.endsWith('.txt'))
				.map(name => join(from, name));
		})
		.slice(0, count)
		.map((source, index) => {
			const target = join(directory, `${String(index).padStart(5, '0')}.txt`);
			copyFileSync(source, target);
			return target;
		});
	for (let index = written.length; index < count; index++) {
		const target = join(directory, `${String(index).padStart(5, '0')}.txt`);
		writeFileSync(target, generateArticle(2000 + ((index * 617) % 8000), index + 1));
		written.push(target);
	}

	return written;
}

/** `copies` of the corpus's files in one folder, for the long run. */
function repeatCorpus(files: readonly string[], directory: string, count: number): void {
	mkdirSync(directory, {recursive: true});
	for (let index = 0; index < count; index++) {
		copyFileSync(files[index % files.length]!, join(directory, `${String(index).padStart(5, '0')}.txt`));
	}
}

/** Seconds from spawn to exit, output discarded; throws when the program fails. */
function seconds(command: string, args: readonly string[]): number {
	const start = performance.now();
	const result = spawnSync(command, args, {stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * mebibyte});
	const elapsed = (performance.now() - start) / 1000;
	if (result.status !== 0) {
		throw new Error(`${[command, ...args].join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 200)}`);
	}

	return elapsed;
}

/**
 * Milliseconds for `threads` worker threads to each run the same pure computation: what the machine gives two
 * threads at this moment, beside which "2 workers ÷ 1 worker" reads (on 2 shared cores it can be far below 2×).
 */
async function spin(threads: number, loops: number): Promise<number> {
	const code = `const {parentPort, workerData} = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x * 31 + i) % 1000003;
parentPort.postMessage(x);`;
	const start = performance.now();
	await Promise.all(
		Array.from(
			{length: threads},
			async () =>
				new Promise(resolve => {
					new Worker(code, {eval: true, workerData: loops}).once('message', resolve);
				}),
		),
	);
	return performance.now() - start;
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export async function measureBatch(
	cli: string,
	seed: string,
	settings: BatchSettings,
	progress: (text: string) => void,
): Promise<Figure[]> {
	const directory = mkdtempSync(join(tmpdir(), 'newsdash-batch-bench-'));
	const errors = new Map<string, string>();
	const attempt = (name: string, action: () => void) => {
		try {
			action();
		} catch (error) {
			errors.set(name, errorText(error));
		}
	};

	try {
		const corpus = join(directory, 'corpus');
		const files = writeCorpus(corpus, settings.articles);
		const rates = {
			perProcess: [] as number[],
			batch: [] as number[],
			one: [] as number[],
			two: [] as number[],
			spinOne: [] as number[],
			spinTwo: [] as number[],
		};
		for (let run = 0; run < settings.runs; run++) {
			attempt('per process', () => {
				const start = performance.now();
				for (const file of files) {
					seconds(cli, [file, '--json']);
				}

				rates.perProcess.push(files.length / ((performance.now() - start) / 1000));
			});
			progress('.');
			attempt('batch', () => {
				rates.batch.push(files.length / seconds(cli, ['--json', corpus]));
			});
			attempt('1 worker', () => {
				rates.one.push(files.length / seconds(cli, ['--json', corpus, '--jobs', '1']));
			});
			attempt('2 workers', () => {
				rates.two.push(files.length / seconds(cli, ['--json', corpus, '--jobs', '2']));
			});
			// Throughput of one thread, then of two: the work done per millisecond.
			rates.spinOne.push(1 / (await spin(1, settings.spinLoops)));
			rates.spinTwo.push(2 / (await spin(2, settings.spinLoops)));
			progress('.');
		}

		const long = join(directory, 'long');
		repeatCorpus(files, long, settings.memoryArticles);
		const memory = await runOnce(cli, ['--json', long], 600_000);
		progress('.');
		const startup = {node: [] as number[], json: [] as number[]};
		for (let run = 0; run < settings.startupRuns; run++) {
			attempt('node -e 0', () => startup.node.push(seconds(process.execPath, ['-e', '0']) * 1000));
			attempt('start-up', () => startup.json.push(seconds(cli, [seed, '--json']) * 1000));
		}

		progress('.');
		return batchFigures(rates, memory, startup, settings, errors);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

function batchFigures(
	rates: Record<'perProcess' | 'batch' | 'one' | 'two' | 'spinOne' | 'spinTwo', number[]>,
	memory: Awaited<ReturnType<typeof runOnce>>,
	startup: {node: number[]; json: number[]},
	settings: BatchSettings,
	errors: ReadonlyMap<string, string>,
): Figure[] {
	const ratio = (a: readonly number[], b: readonly number[]) => {
		const top = median(a);
		const bottom = median(b);
		return top === null || bottom === null || bottom === 0 ? null : top / bottom;
	};

	const note = (name: string) => errors.get(name) ?? null;
	const n = settings.articles;
	return [
		sampled(
			{
				id: 'batch-per-process',
				label: `${n} articles, one process each`,
				unit: 'articles/s',
				note: note('per process'),
			},
			rates.perProcess,
		),
		sampled(
			{id: 'batch-one-process', label: `${n} articles, one batch process`, unit: 'articles/s', note: note('batch')},
			rates.batch,
		),
		valued(
			{
				id: 'batch-vs-per-process',
				label: 'batch ÷ one process per article',
				unit: '×',
				budget: atLeast(20, '≥ 20×'),
			},
			ratio(rates.batch, rates.perProcess),
		),
		sampled(
			{id: 'batch-jobs-1', label: `${n} articles, --jobs 1`, unit: 'articles/s', note: note('1 worker')},
			rates.one,
		),
		sampled(
			{id: 'batch-jobs-2', label: `${n} articles, --jobs 2`, unit: 'articles/s', note: note('2 workers')},
			rates.two,
		),
		valued(
			{id: 'batch-2-vs-1', label: '2 workers ÷ 1 worker', unit: '×', budget: atLeast(1.7, '≥ 1.7×')},
			ratio(rates.two, rates.one),
		),
		valued(
			{id: 'batch-spin-2-vs-1', label: 'reference: 2 threads ÷ 1 of pure computation', unit: '×'},
			ratio(rates.spinTwo, rates.spinOne),
		),
		valued(
			{
				id: 'batch-peak-rss',
				label: `${settings.memoryArticles} articles, one batch, peak RSS`,
				unit: 'MB',
				budget: atMost(250, '≤ 250 MB'),
				note: memory.error,
			},
			memory.rssBytes === null ? null : memory.rssBytes / mebibyte,
			memory.rssBytes === null ? [] : [memory.rssBytes / mebibyte],
		),
		sampled({id: 'batch-node-exit', label: 'node -e 0 (beside the start-up below)', unit: 'ms'}, startup.node),
		sampled({id: 'batch-json-startup', label: 'cli seed --json, spawn → exit', unit: 'ms'}, startup.json),
		valued(
			{
				id: 'batch-json-vs-node',
				label: 'start-up: --json ÷ node -e 0',
				unit: '×',
				budget: atMost(2, '≤ 2.0×'),
				note: note('start-up') ?? note('node -e 0'),
			},
			ratio(startup.json, startup.node),
		),
	];
}
