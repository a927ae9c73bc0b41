#!/usr/bin/env -S node --max-semi-space-size=1 --regexp-tier-up-ticks=20
// The flags: --max-semi-space-size: V8 answers the short-lived garbage of Ink's redraws by growing its young generation up to 2 × 16 MB; kept
// at 1 MB semi-spaces the dashboard peaks 3–6 MB lower (bench: peak RSS). The price is more scavenges: a key's
// median redraw went from 6 to 10 ms, still well inside a frame; start-up and extraction did not move beyond noise.
// --regexp-tier-up-ticks: see source/runtime-flags.ts, which sets it when the bin is run some other way.
// `env -S` passes the flags on from the shebang (coreutils 8.30+, macOS).
// The entry stays thin: arguments → load → buildReport → one sink. Ink, React and the picture machinery are imported
// only by the sinks that need them, so `--help`, `--version` and `--json` never load them.
import './source/runtime-flags.ts';
import {existsSync, openSync, readdirSync} from 'node:fs';
import {ReadStream} from 'node:tty';
import {basename} from 'node:path';
import {fileURLToPath} from 'node:url';
import {LoadError} from './source/article/load-error.ts';
import {validatePublished} from './source/article/published-flag.ts';
import type {Article} from './source/article/types.ts';
import type {Report} from './source/extract/types.ts';
import {compareCommand, openSeveral, withStdin} from './source/cli/compare.ts';
import packageJson from './package.json' with {type: 'json'};

const paneChoices = ['counts', 'quotes', 'timeline', 'totals'] as const;
type PaneChoice = (typeof paneChoices)[number];
const defaultPane: PaneChoice = 'counts';
const themeChoices = ['dark', 'light'] as const;
const defaultTheme: (typeof themeChoices)[number] = 'dark';

/** Thrown for bad usage found after yargs has parsed (exit code 2, like yargs' own failures). */
class UsageError extends Error {}

/**
 * The bundled article: the first text file in seeds/, found beside the source (tsx) or beside dist/ (the bundle).
 * Looked up rather than named, so the code knows nothing of the article it ships with.
 */
function defaultArticlePath(): string {
	for (const relative of ['./seeds/', '../seeds/']) {
		const directory = fileURLToPath(new URL(relative, import.meta.url));
		if (!existsSync(directory)) {
			continue;
		}

		const first = readdirSync(directory)
			.filter(name => name.endsWith('.txt'))
			.sort()[0];
		if (first !== undefined) {
			return directory + first;
		}
	}

	throw new LoadError('no article given and no bundled article found in seeds/');
}

/**
 * `-` reads the article from standard input (`curl … | newsdash -`). yargs-parser hands a lone `-` positional over as
 * the empty string, which is no file name anyone can mean.
 */
function isStdin(file: string | undefined): boolean {
	return file === '-' || file === '';
}

/** The article, read and parsed; the reader loads on first use so that `--help` and `--version` don't pay for it. */
async function articleFor(file: string | undefined, published: string | undefined): Promise<Article> {
	const {loadArticle, STDIN} = await import('./source/article/load.ts');
	const path = isStdin(file) ? STDIN : (file ?? defaultArticlePath());
	const publishedDate = published === undefined ? null : validatePublished(published);
	return loadArticle(path, {published: publishedDate});
}

async function reportFor(file: string | undefined, published: string | undefined): Promise<Report> {
	const article = await articleFor(file, published);
	const {buildReport} = await import('./source/extract/report.ts');
	return buildReport(article);
}

/**
 * `-o -` and `-o /dev/stdout` mean standard output, as `-` does for the article. Written through process.stdout, not
 * opened by name: a temporary file renamed over /dev/stdout would replace the device link, not write to it.
 */
function isStdout(output: string | undefined): boolean {
	return output === '-' || output === '' || output === '/dev/stdout';
}

/**
 * A message naming a path or an argument, as it may be printed: both come from the user or a script and may hold ESC
 * or a C1 control (`-o $'\e]52;…'`) that the terminal would obey. Controls become visible, one character for one.
 * Loaded when needed, so the sanitizer stays out of start-up.
 */
async function shown(message: string): Promise<string> {
	const {neutralize} = await import('./source/ui/sanitize.ts');
	return neutralize(message);
}

/** Colour unless NO_COLOR is set or the terminal says it can't show any (TERM=dumb). */
function colorWanted(): boolean {
	const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
	return !noColor && process.env['TERM'] !== 'dumb';
}

/** Width for printed (non-TTY) output: the terminal's if there is one, else COLUMNS, else 100. */
function printWidth(): number {
	const fromEnv = Number.parseInt(process.env['COLUMNS'] ?? '', 10);
	const columns = process.stdout.columns ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 100);
	return Math.max(40, Math.min(columns, 200));
}

/**
 * yoga-layout (under Ink) loads its wasm by fetch()ing a data: URL, and the first touch of Node's fetch loads its
 * whole HTTP client (30–45 ms of start-up). Without fetch, yoga decodes the URL itself; restore fetch afterwards.
 */
async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (descriptor !== undefined) {
		delete (globalThis as {fetch?: unknown}).fetch;
	}

	try {
		return await load();
	} finally {
		if (descriptor !== undefined) {
			Object.defineProperty(globalThis, 'fetch', descriptor);
		}
	}
}

/**
 * The keyboard: stdin when it is a terminal; when the article came through stdin (`newsdash -`), the controlling
 * terminal reopened, as pagers do. Null when there is no terminal to read keys from.
 */
function keyboard(articleFromStdin: boolean): ReadStream | null {
	if (!articleFromStdin) {
		return process.stdin.isTTY === true ? process.stdin : null;
	}

	try {
		return new ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		return null;
	}
}

type DashboardChoices = {
	readonly pane: PaneChoice;
	readonly theme: 'dark' | 'light';
	readonly forcePrint: boolean;
};

async function printDashboard(report: Report): Promise<void> {
	const {printChunks} = await importWithoutFetch(async () => import('./source/ui/print.tsx'));
	// Written as it is rendered, waiting for a slow reader (`| less`) to drain: the whole text of a long article held
	// at once, and the one Ink tree it came from, ran out of memory.
	for (const chunk of printChunks(report, {cols: printWidth(), color: colorWanted() && process.stdout.isTTY})) {
		if (!process.stdout.write(chunk)) {
			await new Promise(resolve => process.stdout.once('drain', resolve));
		}
	}
}

async function openDashboard(
	file: string | undefined,
	published: string | undefined,
	{pane, theme, forcePrint}: DashboardChoices,
): Promise<void> {
	// Ink needs raw mode on a keyboard and a terminal on stdout; without either, print the panes instead of crashing.
	const interactive = !forcePrint && process.stdout.isTTY === true && process.env['TERM'] !== 'dumb';
	if (!interactive) {
		await printDashboard(await reportFor(file, published));
		return;
	}

	// Ink and React start loading before the article is extracted: their files are read and yoga's WebAssembly is
	// compiled off the main thread meanwhile.
	const dashboard = importWithoutFetch(async () => import('./source/ui/run.tsx'));
	// A failure to load surfaces where it is awaited; a bad article may end the run before then, unawaited.
	dashboard.catch(() => undefined);
	const article = await articleFor(file, published);
	const {countsReport} = await import('./source/extract/report-first.ts');
	const first = countsReport(article);
	// Quotes and dates, with the readers (and chrono-node) they need, come after the first frame of the counts or
	// totals pane; the other panes wait for them.
	const complete = async (): Promise<Report> => {
		const {completeReport} = await import('./source/extract/report-rest.ts');
		return completeReport(first, article);
	};

	// An article piped in has been read by now; keys come from the terminal, reopened.
	const input = keyboard(isStdin(file));
	if (input === null) {
		await printDashboard(await complete());
		return;
	}

	const countsFirst = pane === 'counts' || pane === 'totals';
	const report = countsFirst ? first : await complete();
	const {runDashboard} = await dashboard;
	await runDashboard(report, {
		initialPane: pane,
		theme,
		stdin: input,
		...(countsFirst ? {complete} : {}),
		// The picture machinery loads on the first Ctrl-S, not at start-up.
		async onSnapshot(screen) {
			const {saveScreenshot} = await import('./source/export/screenshot.ts');
			const paths = await saveScreenshot(screen, process.cwd());
			return `saved ${paths.map(path => basename(path)).join(', ')}`;
		},
	});
}

/** Words yargs reads as commands rather than as an article's file name. */
const commandWords = new Set(['snapshot', 'export', 'compare', 'help']);

/**
 * `newsdash`, `newsdash FILE` and the same with `--json`, how newsdash is run nearly every time by people and by
 * scripts, need nothing of yargs, whose code takes 25–30 ms to load. Any other flag, a command word or `-` goes
 * through yargs, which reads these the same way. No file means the bundled article.
 */
function plainRun(argv: readonly string[]): {file: string | undefined; json: boolean} | null {
	const json = argv.filter(argument => argument === '--json').length;
	const positionals = argv.filter(argument => argument !== '--json');
	const [file, ...rest] = positionals;
	if (json > 1 || rest.length > 0) {
		return null;
	}

	if (file !== undefined && (file.startsWith('-') || commandWords.has(file))) {
		return null;
	}

	return {file, json: json === 1};
}

/** Options that take one value: yargs turns a repeated one into an array, which the handlers would choke on. */
const singleValued = ['published', 'pane', 'format', 'output', 'theme', 'cols', 'rows', 'source'] as const;

/**
 * The first option of `singleValued` given more than once (`--pane a --pane=b`, `-o a --output b`), or null. Read
 * from argv before yargs, which would hand the handlers an array; everything after `--` is positional.
 */
function repeatedOption(argv: readonly string[]): string | null {
	const end = argv.indexOf('--');
	const options = end === -1 ? argv : argv.slice(0, end);
	for (const name of singleValued) {
		const count = options.filter(
			argument =>
				argument === `--${name}` ||
				argument.startsWith(`--${name}=`) ||
				(name === 'output' && argument.startsWith('-o')),
		).length;
		if (count > 1) {
			return name === 'output' ? '-o/--output' : `--${name}`;
		}
	}

	return null;
}

function printJson(report: Report): void {
	process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

async function main(argv: string[]): Promise<void> {
	const plain = plainRun(argv);
	if (plain !== null) {
		if (plain.json) {
			printJson(await reportFor(plain.file, undefined));
		} else {
			await openDashboard(plain.file, undefined, {pane: defaultPane, theme: defaultTheme, forcePrint: false});
		}

		return;
	}

	const repeated = repeatedOption(argv);
	if (repeated !== null) {
		throw new UsageError(`${repeated} was given more than once`);
	}

	// What the several-articles sinks (source/cli/compare.ts) borrow from the entry.
	const compareDeps = {keyboard, importWithoutFetch, printWidth, colorWanted, shown};
	const {default: yargs} = await import('yargs');
	await yargs(argv)
		.scriptName('newsdash')
		.usage('$0 [FILE]\n\nA fact-checker’s dashboard for a news article: counts, quotes, timeline and totals.')
		.command(
			'$0 [file] [more..]',
			'open the dashboard on FILE (default: the bundled article), or on several articles',
			y =>
				y
					.positional('file', {
						type: 'string',
						describe: 'the article: UTF-8 text (front matter optional), HTML, or - for stdin',
					})
					.positional('more', {type: 'string', array: true, describe: 'more articles: < > switch, 5 compares'})
					.option('source', {type: 'string', describe: 'with several articles, the primary source'})
					.option('json', {type: 'boolean', describe: 'print the report as JSON and exit'})
					.option('print', {type: 'boolean', describe: 'print the panes as text and exit'})
					.option('pane', {choices: paneChoices, default: defaultPane, describe: 'the pane to start on'})
					.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD (overrides front matter)'})
					.option('theme', {choices: themeChoices, default: defaultTheme, describe: 'colours'}),
			async args => {
				const files = withStdin([...(args.file === undefined ? [] : [args.file]), ...(args.more ?? [])], argv);
				if (files.length > 1 || args.source !== undefined) {
					if (args.json === true) {
						throw new UsageError('--json takes one article; newsdash compare A B --json compares several');
					}

					const choices = {pane: args.pane, theme: args.theme, forcePrint: args.print === true};
					await openSeveral(
						files,
						{published: args.published, source: args.source, ...choices, startOnCompare: false},
						compareDeps,
					);
					return;
				}

				if (args.json === true) {
					printJson(await reportFor(args.file, args.published));
					return;
				}

				await openDashboard(args.file, args.published, {
					pane: args.pane,
					theme: args.theme,
					forcePrint: args.print === true,
				});
			},
		)
		.command(
			'snapshot [file]',
			'write a pane as a picture or text, exactly as the dashboard draws it',
			y =>
				y
					.positional('file', {type: 'string', describe: 'the article (default: the bundled article)'})
					.option('pane', {choices: [...paneChoices, 'all'] as const, default: 'all' as const})
					.option('format', {
						choices: ['txt', 'ansi', 'svg', 'png'] as const,
						describe: 'default: from the extension of -o, else png',
					})
					.option('cols', {type: 'number', default: 100})
					.option('rows', {type: 'number', default: 30})
					.option('theme', {choices: themeChoices, default: defaultTheme})
					.option('frame', {type: 'boolean', default: true, describe: 'draw a window frame around svg/png'})
					.option('output', {
						alias: 'o',
						type: 'string',
						demandOption: true,
						describe: 'file, directory, or - for one text pane on standard output',
					})
					.option('force', {type: 'boolean', default: false, describe: 'overwrite existing files'})
					.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD'}),
			async args => {
				if (!Number.isInteger(args.cols) || args.cols < 60 || args.cols > 400) {
					throw new UsageError('--cols must be a whole number from 60 to 400');
				}

				if (!Number.isInteger(args.rows) || args.rows < 16 || args.rows > 200) {
					throw new UsageError('--rows must be a whole number from 16 to 200');
				}

				const extension = /\.(txt|ansi|svg|png)$/i.exec(args.output)?.[1]?.toLowerCase();
				const format = args.format ?? (extension as 'txt' | 'ansi' | 'svg' | 'png' | undefined) ?? 'png';
				const toStdout = isStdout(args.output);
				// A terminal or a pipe takes one text: several panes would run together, and PNG bytes are no text.
				if (toStdout && (args.pane === 'all' || format === 'png')) {
					throw new UsageError('-o - writes one pane as text: give --pane and --format txt, ansi or svg');
				}

				const report = await reportFor(args.file, args.published);
				const {snapshotOf, writeSnapshots} = await import('./source/export/snapshot.ts');
				if (toStdout && args.pane !== 'all') {
					process.stdout.write(await snapshotOf(report, args.pane, {...args, format}));
					return;
				}

				const written = await writeSnapshots(report, {
					pane: args.pane,
					format,
					cols: args.cols,
					rows: args.rows,
					theme: args.theme,
					output: args.output,
					force: args.force,
					frame: args.frame,
				});
				const lines = await Promise.all(written.map(async path => shown(`wrote ${path}`)));
				process.stdout.write(lines.map(line => `${line}\n`).join(''));
			},
		)
		.command(
			'export [file]',
			'write the findings as Markdown, CSV or JSON',
			y =>
				y
					.positional('file', {type: 'string', describe: 'the article (default: the bundled article)'})
					.option('format', {choices: ['md', 'csv', 'json'] as const, default: 'md' as const})
					.option('output', {alias: 'o', type: 'string', describe: 'file to write; - is standard output (the default)'})
					.option('force', {type: 'boolean', default: false, describe: 'overwrite an existing file'})
					.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD'}),
			async args => {
				const report = await reportFor(args.file, args.published);
				const {exportFindings} = await import('./source/export/findings.ts');
				const text = exportFindings(report, args.format);
				if (args.output === undefined || isStdout(args.output)) {
					process.stdout.write(text);
					return;
				}

				const {writeFileSafely} = await import('./source/export/write-file.ts');
				await writeFileSafely(args.output, text, {force: args.force});
				process.stdout.write(`${await shown(`wrote ${args.output}`)}\n`);
			},
		)
		.command(compareCommand(compareDeps))
		.option('debug', {type: 'boolean', describe: 'show the stack trace of an unexpected error', global: true})
		.strict()
		.version(packageJson.version)
		.help()
		.alias('h', 'help')
		.alias('v', 'version')
		.wrap(Math.min(100, process.stdout.columns ?? 100))
		.fail((message, error) => {
			// Errors thrown by our handlers arrive here too; let them reach the one place that reports them.
			if (error !== undefined && error !== null) {
				throw error;
			}

			throw new UsageError(message);
		})
		.parseAsync();
}

function oneLine(message: string): string {
	return message.replaceAll(/\s+/g, ' ').trim();
}

// `newsdash --json | head -1`: the reader went away; that is not an error worth a trace. Any other failure
// (`> /dev/full`, a closed descriptor) arrives here, not at a catch: thrown from this listener it would be an
// uncaught exception with a stack. Say it in one line and exit at once, so the lost output is not taken for success.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}

	process.stderr.write(`newsdash: cannot write to standard output: ${writeReason(error)}\n`);
	process.exit(1);
});

function writeReason(error: NodeJS.ErrnoException): string {
	if (error.code === 'ENOSPC') {
		return 'no space left on device';
	}

	// Node's message repeats the code and the call: "ENOSPC: no space left on device, write".
	return oneLine(error.message.replace(/^[A-Z]+: /, '').replace(/, write$/, ''));
}

// What yargs' hideBin does for plain Node: drop the node binary and the script.
const argv = process.argv.slice(2);
try {
	await main(argv);
} catch (error: unknown) {
	if (error instanceof UsageError) {
		process.stderr.write(`newsdash: ${await shown(oneLine(error.message))}\nRun newsdash --help for usage.\n`);
		process.exitCode = 2;
	} else {
		// A bad file or an unwritable path is the user's to fix; anything else is ours. Either way: one line, no stack.
		const known = error instanceof LoadError || (error instanceof Error && error.name === 'ExportError');
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`newsdash: ${known ? '' : 'unexpected error: '}${await shown(oneLine(message))}\n`);
		if (argv.includes('--debug') && error instanceof Error && error.stack !== undefined) {
			const lines = await Promise.all(error.stack.split('\n').map(shown));
			process.stderr.write(lines.join('\n') + '\n');
		}

		process.exitCode = 1;
	}
}
