// What the CLI reads from argv itself, before (or instead of) yargs.

/** Words yargs reads as commands rather than as an article's file name. */
const commandWords = new Set(['snapshot', 'export', 'compare', 'help']);

/**
 * `newsdash`, `newsdash FILE` and the same with `--json`, how newsdash is run nearly every time by people and by
 * scripts, need nothing of yargs, whose code takes 25–30 ms to load. Any other flag, a command word or `-` goes
 * through yargs, which reads these the same way. No file means the bundled article.
 */
export function plainRun(argv: readonly string[]): {file: string | undefined; json: boolean} | null {
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
export function repeatedOption(argv: readonly string[]): string | null {
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

/** The `[file] [more..]` positionals as one list. */
export function filesOf(args: {readonly file?: string | undefined; readonly more?: string[] | undefined}): string[] {
	return [...(args.file === undefined ? [] : [args.file]), ...(args.more ?? [])];
}
