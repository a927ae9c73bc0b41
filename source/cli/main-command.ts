// `newsdash [file]`: the dashboard, or with a flag one of its non-interactive sinks (JSON, printed panes).
import type {Argv} from 'yargs';
import {reportFor} from './article-input.ts';
import {defaultPane, defaultTheme, paneChoices, themeChoices} from './choices.ts';
import {openDashboard} from './dashboard.ts';
import {printJson} from './json.ts';

export function mainCommand<T>(y: Argv<T>): Argv<T> {
	return y.command(
		'$0 [file]',
		'open the dashboard on FILE (default: the bundled article)',
		command =>
			command
				.positional('file', {
					type: 'string',
					describe: 'the article: UTF-8 text (front matter optional), HTML, or - for stdin',
				})
				.option('json', {type: 'boolean', describe: 'print the report as JSON and exit'})
				.option('print', {type: 'boolean', describe: 'print the panes as text and exit'})
				.option('pane', {choices: paneChoices, default: defaultPane, describe: 'the pane to start on'})
				.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD (overrides front matter)'})
				.option('theme', {choices: themeChoices, default: defaultTheme, describe: 'colours'}),
		async args => {
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
	);
}
