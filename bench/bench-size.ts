// The CLI on the generated article at two sizes ten times apart: peak memory and wall time of --json, --print and each
// export format, against the budgets of issue 16 (peak RSS ≤ 8× the article + 100 MB; 10× the input ≤ 12× the time).
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {atMost, valued, type Figure} from './bench-stats.ts';
import {generateArticle} from './generate-article.ts';

const mebibyte = 1024 * 1024;

/** The ways to run the CLI on a file whose memory and time are budgeted. */
const modes: ReadonlyArray<{readonly id: string; readonly label: string; readonly args: (file: string) => string[]}> = [
	{id: 'json', label: '--json', args: file => [file, '--json']},
	{id: 'print', label: '--print', args: file => [file, '--print']},
	{id: 'export-md', label: 'export md', args: file => ['export', file, '--format', 'md', '-o', '-']},
	{id: 'export-csv', label: 'export csv', args: file => ['export', file, '--format', 'csv', '-o', '-']},
	{id: 'export-json', label: 'export json', args: file => ['export', file, '--format', 'json', '-o', '-']},
];

export type Run = {readonly ms: number | null; readonly rssBytes: number | null; readonly error: string | null};

export function highWaterMark(pid: number): number | null {
	try {
		const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match?.[1] === undefined ? null : Number(match[1]) * 1024;
	} catch {
		return null;
	}
}

/**
 * Runs the CLI once, output discarded, reading its peak RSS (VmHWM, a high-water mark, so any read after the peak
 * has it) every 5 ms until it exits.
 */
export async function runOnce(cli: string, args: readonly string[], timeoutMs: number): Promise<Run> {
	return new Promise(resolve => {
		const start = performance.now();
		const child = spawn(cli, args, {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, COLUMNS: '100'}});
		let rss: number | null = null;
		let stderr = '';
		const poll = setInterval(() => {
			rss = highWaterMark(child.pid!) ?? rss;
		}, 5);
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
		child.on('close', (code, signal) => {
			const ms = performance.now() - start;
			clearInterval(poll);
			clearTimeout(timer);
			const error =
				signal === null
					? code === 0
						? null
						: `exit ${code}: ${stderr.trim().split('\n')[0] ?? ''}`
					: `killed (${signal})`;
			resolve({ms: error === null ? ms : null, rssBytes: rss, error});
		});
	});
}

/** A single measurement as valued() takes it: the value and its one-run range. */
function one(value: number | null): [number | null, number[]] {
	return [value, value === null ? [] : [value]];
}

function sizeText(bytes: number): string {
	return `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
}

/** A figure per mode and size (peak RSS beside its budget, the time) and per mode the growth of the time. */
export async function measureSizes(
	cli: string,
	sizes: readonly [number, number],
	timeoutMs: number,
	progress: (text: string) => void,
): Promise<Figure[]> {
	const directory = mkdtempSync(join(tmpdir(), 'newsdash-size-'));
	try {
		const files = sizes.map(bytes => {
			const file = join(directory, `article-${bytes}.txt`);
			writeFileSync(file, generateArticle(bytes));
			return file;
		});
		const figures: Figure[] = [];
		for (const mode of modes) {
			const runs: Run[] = [];
			for (const [index, bytes] of sizes.entries()) {
				const run = await runOnce(cli, mode.args(files[index]!), timeoutMs);
				progress('.');
				runs.push(run);
				const budget = (8 * bytes) / mebibyte + 100;
				figures.push(
					valued(
						{
							id: `size-rss-${mode.id}-${index}`,
							label: `${mode.label} on ${sizeText(bytes)} article, peak RSS`,
							unit: 'MB',
							budget: atMost(budget, `≤ ${budget.toFixed(0)} MB`),
							note: run.error,
						},
						...one(run.rssBytes === null ? null : run.rssBytes / mebibyte),
					),
					valued(
						{
							id: `size-time-${mode.id}-${index}`,
							label: `${mode.label} on ${sizeText(bytes)} article, time`,
							unit: 'ms',
						},
						...one(run.ms),
					),
				);
			}

			const [small, large] = runs;
			figures.push(
				valued(
					{
						id: `size-growth-${mode.id}`,
						label: `${mode.label}, time ${sizeText(sizes[1])} ÷ ${sizeText(sizes[0])}`,
						unit: '×',
						budget: atMost(12, '≤ 12× (10× input)'),
					},
					...one(small?.ms && large?.ms ? large.ms / small.ms : null),
				),
			);
		}

		return figures;
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}
