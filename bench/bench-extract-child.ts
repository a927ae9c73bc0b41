// Runs in its own process so that an input which sends the core into a catastrophic loop can be killed from outside.
// Usage (bundled by bench-build.ts, or through tsx): node extract-child.js SMALL_BYTES LARGE_BYTES RUNS KIND…
// Writes a JSON line per kind and size as soon as it is measured, so a parent that kills a stuck child still has the
// small size: {"id", "size": "small" | "large", "bytes", "times"} (ms), or {"id", "error"}.
// The V8 settings the CLI runs with, so the core is timed as newsdash runs it.
import '../source/runtime-flags.ts';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import {allInputs} from './adversarial.ts';
import {generateArticle} from './generate-article.ts';

export type ChildLine =
	| {readonly id: string; readonly size: 'small' | 'large'; readonly bytes: number; readonly times: number[]}
	| {readonly id: string; readonly error: string};

/** The whole core, as the CLI runs it. */
function extract(text: string): void {
	buildReport(parseArticle(text, {published: '2019-06-12'}));
}

function timeOnce(text: string): number {
	const start = performance.now();
	extract(text);
	return performance.now() - start;
}

// A size is run `runs` times, or fewer when one run is slow, so a slow core costs minutes rather than hours.
const timeBudgetMs = 20_000;

function measure(text: string, runs: number): number[] {
	const times = [timeOnce(text)];
	let spent = times[0]!;
	while (times.length < runs && spent + times[0]! < timeBudgetMs) {
		const time = timeOnce(text);
		times.push(time);
		spent += time;
	}

	return times;
}

const [smallArgument, largeArgument, runsArgument, ...kinds] = process.argv.slice(2);
const small = Number(smallArgument);
const large = Number(largeArgument);
const runs = Number(runsArgument);
function write(line: ChildLine): void {
	process.stdout.write(JSON.stringify(line) + '\n');
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

// Warm the JIT on a varied article first, so the small size is not charged for compilation the large one skips.
// A core that throws here throws again below, where the error is reported against each input.
try {
	extract(generateArticle(64 * 1024, 7));
} catch {
	// Reported per input below.
}

for (const id of kinds) {
	const kind = allInputs.find(input => input.id === id);
	if (kind === undefined) {
		throw new Error(`unknown input kind ${id}`);
	}

	try {
		// Small runs are cheap and noisier, so they get more of them.
		for (const [size, bytes, count] of [
			['small', small, runs * 2],
			['large', large, runs],
		] as const) {
			const text = kind.make(bytes);
			write({id, size, bytes: Buffer.byteLength(text), times: measure(text, count)});
		}
	} catch (error) {
		write({id, error: errorText(error)});
	}
}
