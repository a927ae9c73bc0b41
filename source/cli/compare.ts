// Several articles at once: `newsdash A B C` (the dashboard on all of them) and `newsdash compare A B C` (on the
// Compare pane, or with --json / --format the comparison as data). Kept out of cli.tsx so that the entry only
// registers it; the few helpers of the entry it needs (the keyboard, Ink's import) are handed in.
import {basename} from 'node:path';
import type {ReadStream} from 'node:tty';
import type {ArgumentsCamelCase, Argv} from 'yargs';
import {LoadError} from '../article/load-error.ts';
import {validatePublished} from '../article/published-flag.ts';
import type {CompareFailure, CompareInput, CompareReport} from '../compare/types.ts';
import type {Article} from '../article/types.ts';
import type {Report} from '../extract/types.ts';
import {keyboard} from './dashboard.ts';
import {shown} from './messages.ts';
import {colorWanted, printWidth} from './print.ts';
import {importWithoutFetch} from './ui-import.ts';

/** What the entry lends this module: how it finds the keyboard, loads the UI, sizes and colours printed text. */
export type CompareDeps = {
	readonly keyboard: (articleFromStdin: boolean) => ReadStream | null;
	readonly importWithoutFetch: <T>(load: () => Promise<T>) => Promise<T>;
	readonly printWidth: () => number;
	readonly colorWanted: () => boolean;
	/** A message as it may be printed: controls made visible. */
	readonly shown: (message: string) => Promise<string>;
};

export type SeveralOptions = {
	readonly published: string | undefined;
	/** The primary source, compared first and measured against; may also be among the files. */
	readonly source: string | undefined;
};

export type DashboardOptions = {
	readonly pane: 'counts' | 'quotes' | 'timeline' | 'totals';
	readonly theme: 'dark' | 'light';
	readonly forcePrint: boolean;
	readonly startOnCompare: boolean;
};

/** `-` (or the empty string yargs makes of it) is standard input. */
function isStdin(file: string): boolean {
	return file === '-' || file === '';
}

/**
 * The files with standard input put back: yargs drops a lone `-` from an array positional (`compare A - B`), so it
 * is looked for in the arguments themselves (before any `--`) and, when missing, compared last.
 */
export function withStdin(files: readonly string[], argv: readonly string[]): string[] {
	const end = argv.indexOf('--');
	const options = end === -1 ? argv : argv.slice(0, end);
	// `-o -` names standard output, not an article.
	const valued = new Set(['-o', '--output', '--source', '--published', '--pane', '--theme', '--format']);
	const lone = options.some((argument, index) => argument === '-' && !valued.has(options[index - 1] ?? ''));
	const given = lone && !files.some(file => isStdin(file));
	return given ? [...files, '-'] : [...files];
}

/** The files in reading and column order: the primary source first. */
function namedFiles(files: readonly string[], source: string | undefined): string[] {
	const named = source === undefined ? [...files] : [source, ...files.filter(file => file !== source)];
	if (named.filter(file => isStdin(file)).length > 1) {
		throw new LoadError('standard input (-) can be read only once');
	}

	return named;
}

type Read = {readonly report: Report; readonly primary: boolean};

/**
 * One article read and extracted, or why it could not be read (only a LoadError is; anything else is ours). With
 * `countsOnly`, the first part of the report (report-first.ts), and the article to complete it from.
 */
async function readOne(
	file: string,
	published: string | null,
	primary: boolean,
	countsOnly = false,
): Promise<(Read & {article: Article}) | CompareFailure> {
	const {loadArticle, STDIN} = await import('../article/load.ts');
	try {
		const article = await loadArticle(isStdin(file) ? STDIN : file, {published});
		if (countsOnly) {
			const {countsReport} = await import('../extract/report-first.ts');
			return {report: countsReport(article), primary, article};
		}

		const {buildReport} = await import('../extract/report.ts');
		return {report: buildReport(article), primary, article};
	} catch (error: unknown) {
		if (!(error instanceof LoadError)) {
			throw error;
		}

		return {label: isStdin(file) ? 'standard input' : file, reason: error.message};
	}
}

async function inputsOf(read: readonly Read[]): Promise<CompareInput[]> {
	const {articleLabels} = await import('../compare/labels.ts');
	const labels = articleLabels(read.map(entry => entry.report));
	return read.map((entry, index) => ({label: labels[index]!, report: entry.report, primary: entry.primary}));
}

async function leftOut(failure: CompareFailure, deps: Pick<CompareDeps, 'shown'>): Promise<void> {
	process.stderr.write(`newsdash: ${await deps.shown(failure.reason)} (left out of the comparison)\n`);
}

/**
 * The articles, each read and extracted; one that cannot be read is named on stderr in one line and left out, so
 * the rest are still compared. Fewer than two readable articles is an error: there is nothing to compare.
 */
export async function readSeveral(
	files: readonly string[],
	options: SeveralOptions,
	deps: Pick<CompareDeps, 'shown'>,
): Promise<{inputs: CompareInput[]; failed: CompareFailure[]}> {
	const published = options.published === undefined ? null : validatePublished(options.published);
	const read: Read[] = [];
	const failed: CompareFailure[] = [];
	for (const [index, file] of namedFiles(files, options.source).entries()) {
		const result = await readOne(file, published, options.source !== undefined && index === 0);
		if ('report' in result) {
			read.push(result);
		} else {
			failed.push(result);
			await leftOut(result, deps);
		}
	}

	if (read.length < 2) {
		throw new LoadError(`${read.length === 0 ? 'no article' : 'only one article'} could be read: nothing to compare`);
	}

	return {inputs: await inputsOf(read), failed};
}

async function compareOf(inputs: readonly CompareInput[], failed: readonly CompareFailure[]): Promise<CompareReport> {
	const {compareReports} = await import('../compare/compare.ts');
	return compareReports(inputs, failed);
}

/** The reports in the comparison's column order (the primary source first), beside the comparison. */
export async function compared(
	files: readonly string[],
	options: SeveralOptions,
	deps: Pick<CompareDeps, 'shown'>,
): Promise<{reports: Report[]; compare: CompareReport}> {
	const {inputs, failed} = await readSeveral(files, options, deps);
	const {columnOrder} = await import('../compare/compare.ts');
	return {reports: columnOrder(inputs).map(input => input.report), compare: await compareOf(inputs, failed)};
}

/** `newsdash A B C` and `newsdash compare A B C`: the dashboard on all, or on a pipe every pane printed. */
export async function openSeveral(
	files: readonly string[],
	options: SeveralOptions & DashboardOptions,
	deps: CompareDeps,
): Promise<void> {
	const interactive = !options.forcePrint && process.stdout.isTTY === true && process.env['TERM'] !== 'dumb';
	const input = interactive ? deps.keyboard(files.some(file => isStdin(file))) : null;
	if (input === null) {
		const {reports, compare} = await compared(files, options, deps);
		await printSeveral(reports, compare, options.startOnCompare, deps);
		return;
	}

	const ui = deps.importWithoutFetch(async () => import('../ui/run.tsx'));
	ui.catch(() => undefined);
	const published = options.published === undefined ? null : validatePublished(options.published);
	const named = namedFiles(files, options.source);
	const failed: CompareFailure[] = [];
	// The first frame waits for the first readable article only (ten articles open about as fast as one); the rest
	// are read after it, one at a time, between keys.
	const read: Read[] = [];
	let first: Article | null = null;
	let next = 0;
	while (read.length === 0 && next < named.length) {
		// Its counts and checks only, as for one article: the quote and date readers load after the first frame.
		const result = await readOne(named[next]!, published, options.source !== undefined && next === 0, true);
		next++;
		if ('report' in result) {
			read.push({report: result.report, primary: result.primary});
			first = result.article;
		} else {
			failed.push(result);
			await leftOut(result, deps);
		}
	}

	if (read.length === 0) {
		throw new LoadError('no article could be read: nothing to compare');
	}

	const late: CompareFailure[] = [];
	const rest = async (progress: (reports: readonly Report[]) => void): Promise<CompareReport> => {
		if (first !== null) {
			const {completeReport} = await import('../extract/report-rest.ts');
			read[0] = {report: completeReport(read[0]!.report, first), primary: read[0]!.primary};
			progress(read.map(entry => entry.report));
		}

		for (const [offset, file] of named.slice(next).entries()) {
			// A turn of the event loop between articles, so keys and redraws are not held up by a long run of reading.
			await new Promise(resolve => {
				setImmediate(resolve);
			});
			const result = await readOne(file, published, options.source !== undefined && next + offset === 0);
			if ('report' in result) {
				read.push({report: result.report, primary: result.primary});
				progress(read.map(entry => entry.report));
			} else {
				late.push(result);
			}
		}

		return compareOf(await inputsOf(read), [...failed, ...late]);
	};

	const {runDashboard} = await ui;
	try {
		await runDashboard(read[0]!.report, {
			initialPane: options.pane,
			theme: options.theme,
			stdin: input,
			several: {
				reports: read.map(entry => entry.report),
				compare: null,
				count: named.length - failed.length,
				sourceFirst: read[0]!.primary,
				startOnCompare: options.startOnCompare,
				rest,
			},
			// As for one article: the picture machinery loads on the first Ctrl-S, of an article's pane or of Compare.
			async onSnapshot(screen) {
				const {saveScreenshot} = await import('../export/screenshot.ts');
				const paths = await saveScreenshot(screen, process.cwd());
				return `saved ${paths.map(file => basename(file)).join(', ')}`;
			},
		});
	} finally {
		// Said once the screen is given back: written during the dashboard it would land in the middle of a frame.
		for (const failure of late) {
			await leftOut(failure, deps);
		}
	}
}

async function printSeveral(
	reports: readonly Report[],
	compare: CompareReport,
	compareOnly: boolean,
	deps: CompareDeps,
): Promise<void> {
	const print = {cols: deps.printWidth(), color: deps.colorWanted() && process.stdout.isTTY === true};
	const {printCompare} = await deps.importWithoutFetch(async () => import('../ui/compare-print.tsx'));
	if (!compareOnly) {
		const {printChunks} = await deps.importWithoutFetch(async () => import('../ui/print.tsx'));
		for (const [index, report] of reports.entries()) {
			const label = compare.articles[index]?.label ?? '';
			process.stdout.write(`${await deps.shown(`══ article ${index + 1} of ${reports.length}: ${label}`)}\n`);
			for (const chunk of printChunks(report, print)) {
				if (!process.stdout.write(chunk)) {
					await new Promise(resolve => process.stdout.once('drain', resolve));
				}
			}

			process.stdout.write('\n');
		}
	}

	process.stdout.write(printCompare(compare, print));
}

/** `newsdash compare A B C --json` / `--format md|csv|json [-o PATH]`: the comparison as data. */
export async function writeComparison(
	files: readonly string[],
	options: SeveralOptions & {
		readonly format: 'md' | 'csv' | 'json';
		readonly output: string | undefined;
		readonly force: boolean;
	},
	deps: CompareDeps,
): Promise<void> {
	const {inputs, failed} = await readSeveral(files, options, deps);
	const compare = await compareOf(inputs, failed);
	let text: string;
	if (options.format === 'json') {
		text = JSON.stringify(compare, null, 2) + '\n';
	} else if (options.format === 'csv') {
		const {compareCsv} = await import('../export/compare-csv.ts');
		text = compareCsv(compare);
	} else {
		const {compareMarkdown} = await import('../export/compare-markdown.ts');
		text = compareMarkdown(compare);
	}

	const {output} = options;
	if (output === undefined || output === '-' || output === '' || output === '/dev/stdout') {
		process.stdout.write(text);
		return;
	}

	const {writeFileSafely} = await import('../export/write-file.ts');
	await writeFileSafely(output, text, {force: options.force});
	process.stdout.write(`${await deps.shown(`wrote ${output}`)}\n`);
}

const paneChoices = ['counts', 'quotes', 'timeline', 'totals'] as const;
const themeChoices = ['dark', 'light'] as const;

/** What the entry lends: the dashboard's keyboard, Ink's import, the printed width and colour, shown messages. */
export const compareDeps: CompareDeps = {keyboard, importWithoutFetch, printWidth, colorWanted, shown};

/** The `compare` command, registered by the entry like every other command module. */
export function compareModule<T>(y: Argv<T>): Argv<T> {
	return y.command(compareCommand(compareDeps) as never);
}

/** The `compare` command's definition. */
export function compareCommand(deps: CompareDeps) {
	return {
		command: 'compare <files..>',
		describe: 'compare several articles on one event side by side (the Compare pane, or --json / --format)',
		builder: (y: Argv) =>
			y
				.positional('files', {
					type: 'string',
					array: true,
					demandOption: true,
					describe: 'two or more articles; - for stdin',
				})
				.option('source', {type: 'string', describe: 'the primary source (a press release), compared first'})
				.option('json', {type: 'boolean', describe: 'print the comparison as JSON and exit'})
				.option('format', {choices: ['md', 'csv', 'json'] as const, describe: 'write the comparison as data'})
				.option('output', {alias: 'o', type: 'string', describe: 'file for --format; - is standard output'})
				.option('force', {type: 'boolean', default: false, describe: 'overwrite an existing file'})
				.option('print', {type: 'boolean', describe: 'print the panes as text and exit'})
				.option('pane', {choices: paneChoices, default: 'counts' as const, describe: 'the pane 1-4 open on'})
				.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD for every article'})
				.option('theme', {choices: themeChoices, default: 'dark' as const, describe: 'colours'}),
		handler: async (args: ArgumentsCamelCase<CompareArgs>) => {
			// yargs hands a lone `-` over as ''; kept, it means standard input.
			const files = withStdin((args.files ?? []).map(String), process.argv.slice(2));
			const several = {published: args.published, source: args.source};
			if (args.json === true || args.format !== undefined) {
				const format = args.format ?? 'json';
				await writeComparison(files, {...several, format, output: args.output, force: args.force}, deps);
				return;
			}

			await openSeveral(
				files,
				{...several, pane: args.pane, theme: args.theme, forcePrint: args.print === true, startOnCompare: true},
				deps,
			);
		},
	};
}

type CompareArgs = {
	readonly files: readonly string[] | undefined;
	readonly source: string | undefined;
	readonly json: boolean | undefined;
	readonly format: 'md' | 'csv' | 'json' | undefined;
	readonly output: string | undefined;
	readonly force: boolean;
	readonly print: boolean | undefined;
	readonly pane: 'counts' | 'quotes' | 'timeline' | 'totals';
	readonly published: string | undefined;
	readonly theme: 'dark' | 'light';
};
