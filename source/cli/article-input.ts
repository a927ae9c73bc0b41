// Where the article comes from (a file, standard input, the bundled one) and where the output goes.
import {existsSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {LoadError} from '../article/load-error.ts';
import {validatePublished} from '../article/published-flag.ts';
import type {Article} from '../article/types.ts';
import type {Report} from '../extract/types.ts';
import {loadCore} from './core.ts';

/**
 * The bundled article: the first text file in seeds/, found from this module in the source (source/cli/) or from the
 * bundle it is built into (dist/cli.js). Looked up rather than named, so the code knows nothing of the article it
 * ships with.
 */
function defaultArticlePath(): string {
	for (const relative of ['../seeds/', '../../seeds/']) {
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
export function isStdin(file: string | undefined): boolean {
	return file === '-' || file === '';
}

/** The article, read and parsed; the reader loads on first use so that `--help` and `--version` don't pay for it. */
export async function articleFor(file: string | undefined, published: string | undefined): Promise<Article> {
	const {loadArticle, STDIN} = await import('../article/load.ts');
	const path = isStdin(file) ? STDIN : (file ?? defaultArticlePath());
	const publishedDate = published === undefined ? null : validatePublished(published);
	return loadArticle(path, {published: publishedDate});
}

/** The article's whole report, for the sinks that need all of it at once (JSON, print, snapshot, export). */
export async function reportFor(file: string | undefined, published: string | undefined): Promise<Report> {
	const {loadArticle, STDIN, buildReport} = await loadCore();
	const path = isStdin(file) ? STDIN : (file ?? defaultArticlePath());
	const publishedDate = published === undefined ? null : validatePublished(published);
	return buildReport(loadArticle(path, {published: publishedDate}));
}

/**
 * `-o -` and `-o /dev/stdout` mean standard output, as `-` does for the article. Written through process.stdout, not
 * opened by name: a temporary file renamed over /dev/stdout would replace the device link, not write to it.
 */
export function isStdout(output: string | undefined): boolean {
	return output === '-' || output === '' || output === '/dev/stdout';
}
