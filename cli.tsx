#!/usr/bin/env -S node --max-semi-space-size=1 --regexp-tier-up-ticks=20
// The flags: --max-semi-space-size: V8 answers the short-lived garbage of Ink's redraws by growing its young generation up to 2 × 16 MB; kept
// at 1 MB semi-spaces the dashboard peaks 3–6 MB lower (bench: peak RSS). The price is more scavenges: a key's
// median redraw went from 6 to 10 ms, still well inside a frame; start-up and extraction did not move beyond noise.
// --regexp-tier-up-ticks: see source/runtime-flags.ts, which sets it when the bin is run some other way.
// `env -S` passes the flags on from the shebang (coreutils 8.30+, macOS).
// The entry is a dispatcher: arguments → one command module in source/cli/ (main-command: dashboard, print, JSON;
// batch; snapshot; export), which loads, builds the report and writes to its sink. Ink, React and the picture machinery are
// imported only by the sinks that need them, so `--help`, `--version` and `--json` never load them.
import './source/runtime-flags.ts';
import {plainRun, repeatedOption} from './source/cli/argv.ts';
import {defaultPane, defaultTheme} from './source/cli/choices.ts';
import {compareModule} from './source/cli/compare.ts';
import {openDashboard} from './source/cli/dashboard.ts';
import {exportCommand} from './source/cli/export.ts';
import {writeJson} from './source/cli/json.ts';
import {mainCommand} from './source/cli/main-command.ts';
import {oneLine, shown, writeReason} from './source/cli/messages.ts';
import {snapshotCommand} from './source/cli/snapshot.ts';
import {UsageError} from './source/cli/usage-error.ts';
import packageJson from './package.json' with {type: 'json'};

/** Every command but the main one, in the order --help lists them. A new command is a module and a line here. */
const commands = [snapshotCommand, exportCommand, compareModule] as const;

async function main(argv: string[]): Promise<void> {
	const plain = plainRun(argv);
	if (plain !== null) {
		if (plain.json) {
			await writeJson(plain.file === undefined ? [] : [plain.file], {published: undefined, jobs: undefined});
		} else {
			await openDashboard(plain.file, undefined, {pane: defaultPane, theme: defaultTheme, forcePrint: false});
		}

		return;
	}

	const repeated = repeatedOption(argv);
	if (repeated !== null) {
		throw new UsageError(`${repeated} was given more than once`);
	}

	const {default: yargs} = await import('yargs');
	let parser = mainCommand(
		yargs(argv)
			.scriptName('newsdash')
			.usage('$0 [FILE]\n\nA fact-checker’s dashboard for a news article: counts, quotes, timeline and totals.'),
	);
	for (const command of commands) {
		parser = command(parser);
	}

	await parser
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
		// By name: the core's errors may come from its classic-script copy (source/cli/core.ts), other classes.
		const known = error instanceof Error && (error.name === 'LoadError' || error.name === 'ExportError');
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`newsdash: ${known ? '' : 'unexpected error: '}${await shown(oneLine(message))}\n`);
		if (argv.includes('--debug') && error instanceof Error && error.stack !== undefined) {
			const lines = await Promise.all(error.stack.split('\n').map(shown));
			process.stderr.write(lines.join('\n') + '\n');
		}

		process.exitCode = 1;
	}
}
