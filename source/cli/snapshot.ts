// `newsdash snapshot [file]`: a pane written as a picture or text, exactly as the dashboard draws it.
import type {Argv} from 'yargs';
import {isStdout, reportFor} from './article-input.ts';
import {defaultTheme, paneChoices, themeChoices} from './choices.ts';
import {shown} from './messages.ts';
import {UsageError} from './usage-error.ts';

type SnapshotFormat = 'txt' | 'ansi' | 'svg' | 'png';

export function snapshotCommand<T>(y: Argv<T>): Argv<T> {
	return y.command(
		'snapshot [file]',
		'write a pane as a picture or text, exactly as the dashboard draws it',
		command =>
			command
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
			const format = args.format ?? (extension as SnapshotFormat | undefined) ?? 'png';
			const toStdout = isStdout(args.output);
			// A terminal or a pipe takes one text: several panes would run together, and PNG bytes are no text.
			if (toStdout && (args.pane === 'all' || format === 'png')) {
				throw new UsageError('-o - writes one pane as text: give --pane and --format txt, ansi or svg');
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
