// `newsdash export [file]`: the findings as Markdown, CSV or JSON.
import type {Argv} from 'yargs';
import {isStdout, reportFor} from './article-input.ts';
import {shown} from './messages.ts';

export function exportCommand<T>(y: Argv<T>): Argv<T> {
	return y.command(
		'export [file]',
		'write the findings as Markdown, CSV or JSON',
		command =>
			command
				.positional('file', {type: 'string', describe: 'the article (default: the bundled article)'})
				.option('format', {choices: ['md', 'csv', 'json'] as const, default: 'md' as const})
				.option('output', {alias: 'o', type: 'string', describe: 'file to write; - is standard output (the default)'})
				.option('force', {type: 'boolean', default: false, describe: 'overwrite an existing file'})
				.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD'}),
		async args => {
			const report = await reportFor(args.file, args.published);
			const {exportFindings} = await import('../export/findings.ts');
			const text = exportFindings(report, args.format);
			if (args.output === undefined || isStdout(args.output)) {
				process.stdout.write(text);
				return;
			}

			const {writeFileSafely} = await import('../export/write-file.ts');
			await writeFileSafely(args.output, text, {force: args.force});
			process.stdout.write(`${await shown(`wrote ${args.output}`)}\n`);
		},
	);
}
