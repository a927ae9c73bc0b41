// The CLI on the generated article and on every adversarial shape, each at two sizes ten times apart: peak memory
// and wall time of --json, --print, each export format and the dashboard's first frame (in a pty), against the
// budgets of issue 16 (peak RSS ≤ 8× the article + 100 MB; 10× the input ≤ 12× the time).
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {adversarialInputs, generatedArticle, type InputKind} from './adversarial.ts';
import {startInPty} from './bench-pty.ts';
import {atMost, valued, type Figure} from './bench-stats.ts';

const mebibyte = 1024 * 1024;

/** The ways to run the CLI on a file whose memory and time are budgeted. */
type Mode = {
	readonly id: string;
	readonly label: string;
	readonly args: (file: string) => string[];
	/** Run in a pseudo-terminal and timed to the first frame rather than to the exit. */
	readonly pty?: boolean;
};

const modes: readonly Mode[] = [
	{id: 'json', label: '--json', args: file => [file, '--json']},
	{id: 'print', label: '--print', args: file => [file, '--print']},
	{id: 'export-md', label: 'export md', args: file => ['export', file, '--format', 'md', '-o', '-']},
	{id: 'export-csv', label: 'export csv', args: file => ['export', file, '--format', 'csv', '-o', '-']},
	{id: 'export-json', label: 'export json', args: file => ['export', file, '--format', 'json', '-o', '-']},
	{id: 'dashboard', label: 'dashboard first frame', args: file => [file], pty: true},
];

/** What the first frame of the dashboard shows, whatever the article. */
const dashboardMarker = 'newsdash ·';

/** The dashboard in a pty: time to its first frame and the peak RSS by then; then q. */
async function firstFrame(cli: string, args: readonly string[], timeoutMs: number): Promise<Run> {
	try {
		const session = await startInPty([cli, ...args], dashboardMarker, timeoutMs);
		const rssBytes = session.peakRssBytes();
		await session.close();
		return {ms: session.firstFrameMs, rssBytes, error: null};
	} catch (error) {
		return {ms: null, rssBytes: null, error: error instanceof Error ? error.message.split(';')[0]! : String(error)};
	}
}

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

export type SizePlan = {
	/** Sizes of the generated article, ten times apart (decimal bytes, as the budget's megabytes). */
	readonly articleBytes: readonly [number, number];
	/** Sizes of each adversarial shape. */
	readonly adversarialBytes: readonly [number, number];
	/** How many of the adversarial shapes to run, in their order; all of them unless a quick run says fewer. */
	readonly adversarialCount: number;
	/** A run killed after this long has no time (and, at the larger size, no growth). */
	readonly timeoutMs: number;
};

/** A figure per input, mode and size (peak RSS beside its budget, the time) and per input and mode the growth. */
export async function measureSizes(cli: string, plan: SizePlan, progress: (text: string) => void): Promise<Figure[]> {
	const directory = mkdtempSync(join(tmpdir(), 'newsdash-size-'));
	try {
		const figures: Figure[] = [];
		const inputs: Array<[InputKind, readonly [number, number]]> = [
			[generatedArticle, plan.articleBytes],
			...adversarialInputs
				.slice(0, plan.adversarialCount)
				.map(kind => [kind, plan.adversarialBytes] as [InputKind, readonly [number, number]]),
		];
		for (const [kind, sizes] of inputs) {
			progress(` ${kind.id}`);
			for (const figure of await measureInput(cli, kind, sizes, directory, plan.timeoutMs, progress))
				figures.push(figure);
		}

		return figures;
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

async function measureInput(
	cli: string,
	kind: InputKind,
	sizes: readonly [number, number],
	directory: string,
	timeoutMs: number,
	progress: (text: string) => void,
): Promise<Figure[]> {
	// The generated article keeps the rows it always had ("--json on 1.6 MB article"); a shape is named by its label.
	const what = (bytes: number) =>
		kind.id === generatedArticle.id ? `${sizeText(bytes)} article` : `${kind.label}, ${sizeText(bytes)}`;
	const prefix = kind.id === generatedArticle.id ? 'size' : `size-${kind.id}`;
	const files = sizes.map(bytes => {
		const file = join(directory, `${kind.id}-${bytes}.txt`);
		const text = kind.make(bytes);
		// The CLI refuses a file of blank space (as it should); a line of text first lets the rest be measured.
		writeFileSync(file, text.trim() === '' ? `Blank lines\n${text}` : text);
		return file;
	});
	const figures: Figure[] = [];
	for (const mode of modes) {
		const runs: Run[] = [];
		for (const [index, bytes] of sizes.entries()) {
			const args = mode.args(files[index]!);
			const run = mode.pty === true ? await firstFrame(cli, args, timeoutMs) : await runOnce(cli, args, timeoutMs);
			progress(run.error === null ? '.' : '!');
			runs.push(run);
			const budget = (8 * bytes) / mebibyte + 100;
			figures.push(
				valued(
					{
						id: `${prefix}-rss-${mode.id}-${index}`,
						label: `${mode.label} on ${what(bytes)}, peak RSS`,
						unit: 'MB',
						budget: atMost(budget, `≤ ${budget.toFixed(0)} MB`),
						note: run.error,
					},
					...one(run.rssBytes === null ? null : run.rssBytes / mebibyte),
				),
				valued(
					{id: `${prefix}-time-${mode.id}-${index}`, label: `${mode.label} on ${what(bytes)}, time`, unit: 'ms'},
					...one(run.ms),
				),
			);
		}

		const [small, large] = runs;
		const growthOf = kind.id === generatedArticle.id ? '' : ` ${kind.label}`;
		figures.push(
			valued(
				{
					id: `${prefix}-growth-${mode.id}`,
					label: `${mode.label}${growthOf}, time ${sizeText(sizes[1])} ÷ ${sizeText(sizes[0])}`,
					unit: '×',
					budget: atMost(12, '≤ 12× (10× input)'),
				},
				...one(small?.ms && large?.ms ? large.ms / small.ms : null),
			),
		);
	}

	return figures;
}
