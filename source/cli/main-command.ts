// `newsdash [files..]`: the dashboard, or with a flag one of its non-interactive sinks (JSON, JSON Lines over many
// articles, printed panes).
import type {Argv} from 'yargs';
import {filesOf} from './argv.ts';
import {defaultPane, defaultTheme, paneChoices, themeChoices} from './choices.ts';
import {openDashboard} from './dashboard.ts';
import {writeJson} from './json.ts';
import {UsageError} from './usage-error.ts';

export function mainCommand<T>(y: Argv<T>): Argv<T> {
	return y.command(
		'$0 [file] [more..]',
		'open the dashboard on FILE (default: the bundled article), or on several articles to compare',
		command =>
			command
				.positional('file', {
					type: 'string',
					describe: 'the article: UTF-8 text (front matter optional), HTML, or - for stdin; with --json, a folder',
				})
				// Apart from `file`: yargs drops the `-` (stdin) that it hands over as '' from an array positional.
				.positional('more', {type: 'string', array: true, describe: 'more articles or folders, with --json'})
				.option('json', {
					type: 'boolean',
					describe: 'print the report as JSON and exit; for several files or a folder, JSON Lines, a report a line',
				})
				.option('jsonl', {
					type: 'boolean',
					describe: 'read articles as JSON Lines on stdin ({"id", "text", "published", "url"}), write a report a line',
				})
				.option('jobs', {type: 'number', describe: 'worker threads for --json over many articles (default: cores)'})
				.option('source', {type: 'string', describe: 'with several articles, the primary source'})
				.option('print', {type: 'boolean', describe: 'print the panes as text and exit'})
				.option('pane', {choices: paneChoices, default: defaultPane, describe: 'the pane to start on'})
				.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD (overrides front matter)'})
				.option('theme', {choices: themeChoices, default: defaultTheme, describe: 'colours'}),
		async args => {
			const files = filesOf(args);
			const batch = {published: args.published, jobs: args.jobs};
			if (args.jsonl === true) {
				if (files.length > 0) {
					throw new UsageError('--jsonl reads the articles from standard input: give no FILE');
				}

				const {jsonlBatch} = await import('./batch.ts');
				await jsonlBatch(batch);
				return;
			}

			if (args.json === true) {
				await writeJson(files, batch);
				return;
			}

			// Several articles (or a primary source): one dashboard on all of them, < > to switch and 5 to compare.
			if (files.length > 1 || args.source !== undefined) {
				const {openSeveral, withStdin, compareDeps} = await import('./compare.ts');
				const choices = {pane: args.pane, theme: args.theme, forcePrint: args.print === true, startOnCompare: false};
				const several = withStdin(files, process.argv.slice(2));
				await openSeveral(several, {published: args.published, source: args.source, ...choices}, compareDeps);
				return;
			}

			await openDashboard(files[0], args.published, {
				pane: args.pane,
				theme: args.theme,
				forcePrint: args.print === true,
			});
		},
	);
}
