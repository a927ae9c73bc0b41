// `newsdash export [file]`: the findings as Markdown, CSV or JSON.
import type {Argv} from 'yargs';
import {filesOf} from './argv.ts';
import {isStdout, reportFor} from './article-input.ts';
import {isBatch} from './json.ts';
import {shown} from './messages.ts';

export function exportCommand<T>(y: Argv<T>): Argv<T> {
	return y.command(
		'export [file] [more..]',
		'write the findings as Markdown, CSV or JSON',
		command =>
			command
				.positional('file', {type: 'string', describe: 'the article (default: the bundled article), or a folder'})
				.positional('more', {type: 'string', array: true, describe: 'more articles or folders: one table over all'})
				.option('jobs', {type: 'number', describe: 'worker threads over many articles (default: cores)'})
				.option('format', {choices: ['md', 'csv', 'json'] as const, default: 'md' as const})
				.option('output', {alias: 'o', type: 'string', describe: 'file to write; - is standard output (the default)'})
				.option('force', {type: 'boolean', default: false, describe: 'overwrite an existing file'})
				.option('published', {type: 'string', describe: 'publication date YYYY-MM-DD'}),
		async args => {
			const files = filesOf(args);
			if (isBatch(files)) {
				const {exportBatch} = await import('./batch.ts');
				await exportBatch(files, {...args, jobs: args.jobs});
				return;
			}

			const report = await reportFor(files[0], args.published);
			// Made and written a chunk at a time, so a very long list never sits in memory as one string.
			const {findingsChunks} = await import('../export/findings.ts');
			const text = findingsChunks(report, args.format);
			if (args.output === undefined || isStdout(args.output)) {
				const {writeChunks} = await import('../export/write-chunks.ts');
				await writeChunks(process.stdout, text);
				return;
			}

			const {writeFileSafely} = await import('../export/write-file.ts');
			await writeFileSafely(args.output, text, {force: args.force});
			process.stdout.write(`${await shown(`wrote ${args.output}`)}\n`);
		},
	);
}
