// `npm run bench`: start-up, key latency, JSON wall time, memory and extraction throughput, each against its budget and
// side by side with references built in the same run (bare Node, a one-<Text> Ink app bundled like the CLI).
// Usage: tsx bench/bench.ts [--tiny] [--json] [--no-build] [--only interactive|extraction|size|batch]
// Exits 0 even when a figure is over budget: a benchmark reports, the tests judge.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readdirSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {adversarialInputs, generatedArticle, type InputKind} from './adversarial.ts';
import {buildReferences, type References} from './bench-build.ts';
import type {ChildLine} from './bench-extract-child.ts';
import {fullBatch, measureBatch, tinyBatch} from './bench-batch.ts';
import {measureSizes, type SizePlan} from './bench-size.ts';
import {startInPty, terminalSize, type KeyTiming} from './bench-pty.ts';
import {atLeast, atMost, formatTable, median, percentile, sampled, valued, type Figure} from './bench-stats.ts';

const root = join(import.meta.dirname, '..');
// The bin itself, run through its shebang as `newsdash` runs for a user.
const cli = join(root, 'dist', 'cli.js');
const seed = join(root, 'seeds', 'ice-raids-sanctuary-cities.txt');
const mebibyte = 1024 * 1024;

type Settings = {
	readonly startupRuns: number;
	readonly keyPresses: number;
	readonly extractionRuns: number;
	readonly articleBytes: readonly [number, number];
	readonly adversarialBytes: readonly [number, number];
	/** The inputs and sizes the CLI's memory and time are measured at (decimal megabytes, as the budget). */
	readonly size: SizePlan;
	/** A child measuring one input is killed after this long. */
	readonly extractionTimeoutMs: number;
	/** Children run side by side only when timings do not matter. */
	readonly extractionConcurrency: number;
};

const full: Settings = {
	startupRuns: 10,
	keyPresses: 200,
	extractionRuns: 3,
	articleBytes: [mebibyte / 2, 5 * mebibyte],
	adversarialBytes: [mebibyte / 10, mebibyte],
	// Every adversarial shape at 0.16 and 1.6 MB: at 16 MB, 24 shapes × 6 modes would take hours on two cores.
	// Ten minutes a run: the 16 MB --print takes minutes on a loaded machine.
	size: {
		articleBytes: [1_600_000, 16_000_000],
		adversarialBytes: [160_000, 1_600_000],
		adversarialCount: Number.POSITIVE_INFINITY,
		timeoutMs: 600_000,
	},
	extractionTimeoutMs: 90_000,
	extractionConcurrency: 1,
};

const tiny: Settings = {
	startupRuns: 2,
	keyPresses: 10,
	extractionRuns: 2,
	articleBytes: [4 * 1024, 40 * 1024],
	adversarialBytes: [512, 5 * 1024],
	size: {articleBytes: [16_000, 160_000], adversarialBytes: [2_000, 20_000], adversarialCount: 2, timeoutMs: 60_000},
	extractionTimeoutMs: 15_000,
	extractionConcurrency: 4,
};

/** The text that marks each program's first frame in the pseudo-terminal. */
const markers = {bare: 'x', inkApp: 'reference frame', dashboard: 'newsdash ·'} as const;
const startupTimeoutMs = 20_000;

/** j/k move the selection and 1–4 switch panes; every press should change the screen. */
const keyCycle = ['j', 'k', 'j', 'k', '2', 'j', 'k', 'j', 'k', '3', 'j', 'k', 'j', 'k', '4', 'j', 'k', 'j', 'k', '1'];
// Ink throttles frames to 30 per second; keys further apart than that each meet a fresh frame, as a person's do.
const keyGapMs = 40;

async function sleep(ms: number): Promise<void> {
	return new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function newestSource(): number {
	let newest = statSync(join(root, 'cli.tsx')).mtimeMs;
	const walk = (directory: string) => {
		for (const entry of readdirSync(directory, {withFileTypes: true})) {
			const path = join(directory, entry.name);
			newest = Math.max(newest, entry.isDirectory() ? (walk(path), 0) : statSync(path).mtimeMs);
		}
	};

	walk(join(root, 'source'));
	return newest;
}

/**
 * Makes sure dist/cli.js is the current source: the bench measures what users run. Returns a note, or the reason the
 * dashboard cannot be measured.
 */
function ensureBundle(mayBuild: boolean, onlyIfMissing: boolean): {ok: boolean; note: string} {
	const present = existsSync(cli);
	const stale = present && statSync(cli).mtimeMs < newestSource();
	if (present && (!stale || onlyIfMissing || !mayBuild)) {
		return {ok: true, note: stale ? 'dist/cli.js is older than the source' : 'dist/cli.js is current'};
	}

	if (!mayBuild) {
		return {ok: false, note: 'dist/cli.js is missing (run npm run build)'};
	}

	const build = spawnSync(process.execPath, ['esbuild.config.mjs'], {cwd: root, encoding: 'utf8'});
	if (build.status !== 0 || !existsSync(cli)) {
		return {ok: false, note: `npm run build failed: ${(build.stderr || build.stdout).trim().split('\n')[0] ?? ''}`};
	}

	return {ok: true, note: 'dist/cli.js rebuilt from the current source'};
}

/** Wall time from spawn to exit of COMMAND, stdout discarded; throws when the program fails. */
function wallTime(command: readonly [string, ...string[]]): number {
	const [file, ...args] = command;
	const start = performance.now();
	const result = spawnSync(file, args, {cwd: root, stdio: ['ignore', 'ignore', 'pipe']});
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		throw new Error(`${command.join(' ')} exited ${result.status}: ${String(result.stderr).trim().slice(0, 200)}`);
	}

	return elapsed;
}

type Samples = {
	nodeExit: number[];
	json: number[];
	bareFirst: number[];
	inkFirst: number[];
	dashboardFirst: number[];
	inkRss: number[];
	dashboardRss: number[];
	inkKeys: KeyTiming[];
	dashboardKeys: KeyTiming[];
	dashboardMissedKeys: number;
	inkMissedKeys: number;
	errors: Map<string, string>;
};

/** Starts a program, optionally presses keys, reads its peak memory, closes it. */
async function session(
	command: readonly [string, ...string[]],
	marker: string,
	keys: readonly string[],
	interactive = true,
): Promise<{first: number; rss: number | null; timings: KeyTiming[]; missed: number}> {
	const pty = await startInPty(command, marker, startupTimeoutMs, interactive);
	const timings: KeyTiming[] = [];
	let missed = 0;
	try {
		if (keys.length > 0) {
			await pty.settle(50);
		}

		for (const key of keys) {
			const timing = await pty.press(key);
			if (timing === null) {
				missed++;
			} else {
				timings.push(timing);
			}

			await sleep(keyGapMs);
		}

		return {first: pty.firstFrameMs, rss: pty.peakRssBytes(), timings, missed};
	} finally {
		await pty.close();
	}
}

function keysFor(count: number, cycle: readonly string[]): string[] {
	return Array.from({length: count}, (_, index) => cycle[index % cycle.length]!);
}

async function measureInteractive(
	settings: Settings,
	references: References,
	dashboardReady: boolean,
): Promise<Samples> {
	const samples: Samples = {
		nodeExit: [],
		json: [],
		bareFirst: [],
		inkFirst: [],
		dashboardFirst: [],
		inkRss: [],
		dashboardRss: [],
		inkKeys: [],
		dashboardKeys: [],
		dashboardMissedKeys: 0,
		inkMissedKeys: 0,
		errors: new Map(),
	};
	const attempt = async (name: string, action: () => Promise<void> | void) => {
		try {
			await action();
		} catch (error) {
			samples.errors.set(name, errorText(error));
		}
	};

	// Interleaved, so that a burst of load elsewhere on the machine falls on every program alike.
	const fewKeys = ['j', 'k', '2', '1'];
	for (let run = 0; run < settings.startupRuns; run++) {
		await attempt('node -e 0', () => {
			samples.nodeExit.push(wallTime([process.execPath, '-e', '0']));
		});
		await attempt('json', () => {
			if (dashboardReady) {
				samples.json.push(wallTime([cli, seed, '--json']));
			}
		});
		await attempt('bare', async () => {
			const result = await session([process.execPath, '-e', "process.stdout.write('x')"], markers.bare, [], false);
			samples.bareFirst.push(result.first);
		});
		await attempt('ink', async () => {
			const result = await session([process.execPath, references.inkApp], markers.inkApp, fewKeys);
			samples.inkFirst.push(result.first);
			if (result.rss !== null) {
				samples.inkRss.push(result.rss);
			}
		});
		await attempt('dashboard', async () => {
			if (!dashboardReady) {
				return;
			}

			const result = await session([cli, seed], markers.dashboard, fewKeys);
			samples.dashboardFirst.push(result.first);
			if (result.rss !== null) {
				samples.dashboardRss.push(result.rss);
			}
		});
	}

	await attempt('ink keys', async () => {
		const result = await session(
			[process.execPath, references.inkApp],
			markers.inkApp,
			keysFor(settings.keyPresses, ['j', 'k']),
		);
		samples.inkKeys = result.timings;
		samples.inkMissedKeys = result.missed;
	});
	await attempt('dashboard keys', async () => {
		if (!dashboardReady) {
			return;
		}

		const result = await session([cli, seed], markers.dashboard, keysFor(settings.keyPresses, keyCycle));
		samples.dashboardKeys = result.timings;
		samples.dashboardMissedKeys = result.missed;
		if (result.rss !== null) {
			samples.dashboardRss.push(result.rss);
		}
	});
	return samples;
}

type ExtractionResult = {
	readonly kind: InputKind;
	readonly small: {bytes: number; times: number[]} | null;
	readonly large: {bytes: number; times: number[]} | null;
	readonly error: string | null;
	/** Milliseconds the child ran before it was killed, when it was. */
	readonly killedAfterMs: number | null;
};

async function measureExtraction(
	child: string,
	kind: InputKind,
	bytes: readonly [number, number],
	settings: Settings,
): Promise<ExtractionResult> {
	return new Promise(resolve => {
		let small: ExtractionResult['small'] = null;
		let large: ExtractionResult['large'] = null;
		let error: string | null = null;
		let killedAfterMs: number | null = null;
		let pending = '';
		let stderr = '';
		const start = performance.now();
		const process_ = spawn(
			process.execPath,
			[child, String(bytes[0]), String(bytes[1]), String(settings.extractionRuns), kind.id],
			{stdio: ['ignore', 'pipe', 'pipe']},
		);
		const timer = setTimeout(() => {
			killedAfterMs = performance.now() - start;
			process_.kill('SIGKILL');
		}, settings.extractionTimeoutMs);
		process_.stdout.setEncoding('utf8');
		process_.stdout.on('data', (data: string) => {
			pending += data;
			let newline = pending.indexOf('\n');
			while (newline !== -1) {
				const line = JSON.parse(pending.slice(0, newline)) as ChildLine;
				pending = pending.slice(newline + 1);
				if ('error' in line) {
					error = line.error;
				} else if (line.size === 'small') {
					small = {bytes: line.bytes, times: line.times};
				} else {
					large = {bytes: line.bytes, times: line.times};
				}

				newline = pending.indexOf('\n');
			}
		});
		process_.stderr.setEncoding('utf8');
		process_.stderr.on('data', (data: string) => {
			stderr += data;
		});
		process_.on('close', code => {
			clearTimeout(timer);
			if (code !== 0 && killedAfterMs === null && error === null) {
				error = `child exited ${code}: ${stderr.trim().split('\n').slice(0, 3).join(' ')}`;
			}

			resolve({kind, small, large, error, killedAfterMs});
		});
	});
}

async function measureAllExtraction(settings: Settings, child: string): Promise<ExtractionResult[]> {
	const jobs = [
		{kind: generatedArticle, bytes: settings.articleBytes},
		...adversarialInputs.map(kind => ({kind, bytes: settings.adversarialBytes})),
	];
	const results: ExtractionResult[] = Array.from({length: jobs.length});
	let next = 0;
	const worker = async () => {
		while (next < jobs.length) {
			const index = next++;
			const job = jobs[index]!;
			results[index] = await measureExtraction(child, job.kind, job.bytes, settings);
			if (!json) {
				process.stderr.write('.');
			}
		}
	};

	await Promise.all(Array.from({length: settings.extractionConcurrency}, async () => worker()));
	return results;
}

function sizeText(bytes: number): string {
	return bytes >= mebibyte ? `${(bytes / mebibyte).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function extractionFigures(result: ExtractionResult, settings: Settings): Figure[] {
	const isArticle = result.kind === generatedArticle;
	const bytes = isArticle ? settings.articleBytes : settings.adversarialBytes;
	const name = isArticle ? `extract ${result.kind.label}` : `extract adversarial ${result.kind.label}`;
	const throughputs = (result.large?.times ?? []).map(ms => result.large!.bytes / mebibyte / (ms / 1000));
	const smallMedian = median(result.small?.times ?? []);
	const largeMedian = median(result.large?.times ?? []);
	let note = result.error;
	let ratio = smallMedian !== null && largeMedian !== null ? largeMedian / smallMedian : null;
	if (result.killedAfterMs !== null) {
		const timeout = `killed after ${(result.killedAfterMs / 1000).toFixed(0)} s`;
		if (result.small === null) {
			note = `${timeout} on ${sizeText(bytes[0])}`;
		} else if (result.large === null) {
			// Killed on the large size: the growth is unknown, and a lower bound under budget would read as "ok".
			ratio = null;
			const small = smallMedian === null ? '' : ` (${sizeText(bytes[0])} took ${(smallMedian / 1000).toFixed(1)} s)`;
			note = `${timeout} on ${sizeText(bytes[1])}${small}`;
		}
	}

	return [
		sampled(
			{
				id: `throughput-${result.kind.id}`,
				label: `${name}, ${sizeText(bytes[1])}`,
				unit: 'MB/s',
				budget: atLeast(5, '≥ 5 MB/s'),
				note,
			},
			throughputs,
		),
		valued(
			{
				id: `linearity-${result.kind.id}`,
				label: `${name}, time ${sizeText(bytes[1])} ÷ ${sizeText(bytes[0])}`,
				unit: '×',
				budget: atMost(12, '≤ 12× (10× input)'),
			},
			ratio,
		),
	];
}

function interactiveFigures(samples: Samples, dashboardNote: string): Figure[] {
	const toMb = (values: readonly number[]) => values.map(value => value / mebibyte);
	const nodeExit = median(samples.nodeExit);
	const bareFirst = median(samples.bareFirst);
	const inkFirst = median(samples.inkFirst);
	const dashboardFirst = median(samples.dashboardFirst);
	const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
	const errorNote = (...names: string[]) =>
		names
			.map(name => samples.errors.get(name))
			.filter(error => error !== undefined)
			.join('; ') || null;
	const dashboardError = errorNote('dashboard') ?? (samples.dashboardFirst.length === 0 ? dashboardNote : null);
	const keyFigures = (who: 'dashboard' | 'ink app', timings: readonly KeyTiming[], missed: number): Figure[] => {
		const first = timings.map(timing => timing.firstMs);
		const quiet = timings.map(timing => timing.quietMs);
		const id = who === 'dashboard' ? 'dashboard' : 'ink-app';
		const note =
			errorNote(who === 'dashboard' ? 'dashboard keys' : 'ink keys') ??
			(missed > 0 ? `${missed} presses drew nothing within 500 ms and are left out` : null);
		const budgets = who === 'dashboard';
		return [
			sampled(
				{
					id: `keys-first-${id}`,
					label: `${who}: key → first output, median`,
					unit: 'ms',
					budget: budgets ? atMost(16, '≤ 16 ms') : null,
					note,
				},
				first,
			),
			valued(
				{
					id: `keys-first-p99-${id}`,
					label: `${who}: key → first output, p99`,
					unit: 'ms',
					budget: budgets ? atMost(50, '≤ 50 ms') : null,
				},
				percentile(first, 99),
				[],
				first.length,
			),
			sampled(
				{
					id: `keys-quiet-${id}`,
					label: `${who}: key → output quiet 2 ms, median`,
					unit: 'ms',
					budget: budgets ? atMost(16, '≤ 16 ms') : null,
				},
				quiet,
			),
			valued(
				{
					id: `keys-quiet-p99-${id}`,
					label: `${who}: key → output quiet 2 ms, p99`,
					unit: 'ms',
					budget: budgets ? atMost(50, '≤ 50 ms') : null,
				},
				percentile(quiet, 99),
				[],
				quiet.length,
			),
		];
	};

	return [
		sampled(
			{id: 'node-exit', label: 'reference: node -e 0, spawn → exit', unit: 'ms', note: errorNote('node -e 0')},
			samples.nodeExit,
		),
		sampled(
			{
				id: 'bare-first-output',
				label: 'reference: bare node, first output in pty',
				unit: 'ms',
				note: errorNote('bare'),
			},
			samples.bareFirst,
		),
		sampled(
			{id: 'ink-first-frame', label: 'reference: minimal Ink app, first frame', unit: 'ms', note: errorNote('ink')},
			samples.inkFirst,
		),
		sampled(
			{
				id: 'dashboard-first-frame',
				label: 'dashboard on seed, first frame',
				unit: 'ms',
				budget: inkFirst === null ? null : atMost(inkFirst * 1.15, `≤ ${(inkFirst * 1.15).toFixed(1)} ms`),
				note: dashboardError,
			},
			samples.dashboardFirst,
		),
		valued(
			{
				id: 'dashboard-first-frame-vs-ink',
				label: 'first frame: dashboard ÷ minimal Ink app',
				unit: '×',
				budget: atMost(1.15, '≤ 1.15×'),
			},
			ratio(dashboardFirst, inkFirst),
		),
		valued(
			{
				id: 'dashboard-first-frame-vs-node',
				label: 'first frame: dashboard ÷ bare node first output',
				unit: '×',
			},
			ratio(dashboardFirst, bareFirst),
		),
		sampled(
			{
				id: 'json-wall-time',
				label: 'node dist/cli.js seed --json, spawn → exit',
				unit: 'ms',
				budget: nodeExit === null ? null : atMost(nodeExit * 1.5, `≤ ${(nodeExit * 1.5).toFixed(1)} ms`),
				note: errorNote('json') ?? (samples.json.length === 0 ? dashboardNote : null),
			},
			samples.json,
		),
		valued(
			{id: 'json-vs-node', label: '--json: cli ÷ node -e 0', unit: '×', budget: atMost(1.5, '≤ 1.5×')},
			ratio(median(samples.json), nodeExit),
		),
		...keyFigures('dashboard', samples.dashboardKeys, samples.dashboardMissedKeys),
		...keyFigures('ink app', samples.inkKeys, samples.inkMissedKeys),
		sampled(
			{
				id: 'dashboard-peak-rss',
				label: 'dashboard on seed, peak RSS (VmHWM)',
				unit: 'MB',
				budget: atMost(80, '≤ 80 MB'),
				note: dashboardError,
			},
			toMb(samples.dashboardRss),
		),
		sampled({id: 'ink-app-peak-rss', label: 'reference: minimal Ink app, peak RSS', unit: 'MB'}, toMb(samples.inkRss)),
	];
}

const {values: flags} = parseArgs({
	options: {tiny: {type: 'boolean'}, json: {type: 'boolean'}, 'no-build': {type: 'boolean'}, only: {type: 'string'}},
});
if (flags.only !== undefined && !['interactive', 'extraction', 'size', 'batch'].includes(flags.only)) {
	throw new Error('--only takes interactive, extraction, size or batch');
}
const json = flags.json === true;
const settings = flags.tiny === true ? tiny : full;

function progress(text: string): void {
	if (!json) {
		process.stderr.write(text);
	}
}

progress('building references… ');
const references = await buildReferences();
// --tiny runs inside the test suite beside tests that spawn dist/cli.js: it must not rewrite the bundle under them.
const bundle = ensureBundle(flags['no-build'] !== true, flags.tiny === true);
try {
	progress(`${bundle.note}\nstart-up and keys in a ${terminalSize.cols}×${terminalSize.rows} pty… `);
	const wanted = (part: string) => flags.only === undefined || flags.only === part;
	const samples = wanted('interactive') ? await measureInteractive(settings, references, bundle.ok) : null;
	progress('done\nextraction');
	const extraction = wanted('extraction') ? await measureAllExtraction(settings, references.extractChild) : [];
	progress(' done\nsize');
	const sizes = wanted('size') && bundle.ok ? await measureSizes(cli, settings.size, progress) : [];
	progress(' done\nbatch');
	const batchSettings = flags.tiny === true ? tinyBatch : fullBatch;
	const batch = wanted('batch') && bundle.ok ? await measureBatch(cli, seed, batchSettings, progress) : [];
	progress(' done\n\n');
	const figures = [
		...(samples === null ? [] : interactiveFigures(samples, bundle.note)),
		...extraction.flatMap(result => extractionFigures(result, settings)),
		...sizes,
		...batch,
	];
	if (json) {
		process.stdout.write(
			JSON.stringify({mode: flags.tiny === true ? 'tiny' : 'full', bundle: bundle.note, figures}, null, 2) + '\n',
		);
	} else {
		const over = figures.filter(figure => figure.budget !== null && figure.ok !== true).length;
		process.stdout.write(
			[
				formatTable(figures),
				'',
				'First output/frame: from spawn to the pty output containing the program’s first text (bare node: "x";',
				'Ink app: its <Text>; dashboard: the header). Keys: from the write to the first output bytes after it,',
				`and to the last byte before 2 ms of quiet, ${keyGapMs} ms between presses.`,
				over === 0 ? 'Every figure is within budget.' : `${over} figure(s) OVER budget.`,
				'',
			].join('\n'),
		);
	}
} finally {
	rmSync(references.directory, {recursive: true, force: true});
}
