// `newsdash snapshot [file]`: a pane written as a picture or text, exactly as the dashboard draws it.
import type {Argv} from 'yargs';
import {isStdout, reportFor} from './article-input.ts';
import {defaultTheme, paneChoices, themeChoices} from './choices.ts';
import {shown} from './messages.ts';
import {UsageError} from './usage-error.ts';
import {filesOf} from './argv.ts';

type SnapshotFormat = 'txt' | 'ansi' | 'svg' | 'png';

export function snapshotCommand<T>(y: Argv<T>): Argv<T> {
	return y.command(
		'snapshot [file] [more..]',
		'write a pane as a picture or text, exactly as the dashboard draws it',
		command =>
			command
				.positional('file', {type: 'string', describe: 'the article (default: the bundled article)'})
				.positional('more', {type: 'string', array: true, describe: 'more articles: the Compare pane of them all'})
				.option('pane', {
					choices: [...paneChoices, 'compare', 'all'] as const,
					default: 'all' as const,
					describe: 'with several articles, compare (the default then)',
				})
				.option('source', {type: 'string', describe: 'with several articles, the primary source'})
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
			const format = args.format ?? (extension as SnapshotFormat | undefined) ?? 'png';
			const toStdout = isStdout(args.output);
			const files = filesOf(args);
			// Several articles make one picture, of the Compare pane.
			const several = files.length > 1 || args.source !== undefined;
			// A terminal or a pipe takes one text: several panes would run together, and PNG bytes are no text.
			if (toStdout && ((args.pane === 'all' && !several) || format === 'png')) {
				throw new UsageError('-o - writes one pane as text: give --pane and --format txt, ansi or svg');
			}

			if (several) {
				if (args.pane !== 'compare' && args.pane !== 'all') {
					throw new UsageError('with several articles snapshot draws the Compare pane: give --pane compare');
				}

				await compareSnapshot(files, {...args, format, toStdout});
				return;
			}

			if (args.pane === 'compare') {
				throw new UsageError('--pane compare needs two or more articles');
			}

			const report = await reportFor(args.file, args.published);
			const {snapshotOf, writeSnapshots} = await import('../export/snapshot.ts');
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
	);
}

type CompareSnapshotArgs = {
	readonly source: string | undefined;
	readonly published: string | undefined;
	readonly format: SnapshotFormat;
	readonly cols: number;
	readonly rows: number;
	readonly theme: 'dark' | 'light';
	readonly frame: boolean;
	readonly output: string;
	readonly force: boolean;
	readonly toStdout: boolean;
};

/** `snapshot A B C [--pane compare]`: the Compare pane of them all, as an article's pane is written. */
async function compareSnapshot(files: readonly string[], args: CompareSnapshotArgs): Promise<void> {
	const {compared, withStdin} = await import('./compare.ts');
	const several = withStdin(files, process.argv.slice(2));
	const {reports, compare} = await compared(several, {published: args.published, source: args.source}, {shown});
	const {compareSnapshotOf, writeCompareSnapshot} = await import('../export/compare-snapshot.ts');
	if (args.toStdout) {
		process.stdout.write(await compareSnapshotOf(compare, reports, args));
		return;
	}

	const written = await writeCompareSnapshot(compare, reports, args);
	const lines = await Promise.all(written.map(async path => shown(`wrote ${path}`)));
	process.stdout.write(lines.map(line => `${line}\n`).join(''));
}
