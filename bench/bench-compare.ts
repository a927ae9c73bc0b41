// Comparing several articles must open about as fast as one (issue 14): ten generated 10 KB articles against one,
// each the median of five starts of the built CLI in a pseudo-terminal, timed to the first frame. Budget: 1.5×.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startInPty} from './bench-pty.ts';
import {generateArticle} from './generate-article.ts';

const runs = 5;
const budget = 1.5;

async function firstFrame(args: readonly string[]): Promise<number> {
	const session = await startInPty([process.execPath, 'dist/cli.js', ...args], 'newsdash ·', 30_000);
	const ms = session.firstFrameMs;
	await session.close();
	return ms;
}

function median(values: readonly number[]): number {
	return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const directory = mkdtempSync(path.join(tmpdir(), 'newsdash-bench-compare-'));
try {
	const files = Array.from({length: 10}, (_, index) => {
		const file = path.join(directory, `article-${index + 1}.txt`);
		writeFileSync(file, generateArticle(10_000, index + 1));
		return file;
	});
	const one: number[] = [];
	const ten: number[] = [];
	for (let run = 0; run < runs; run++) {
		one.push(await firstFrame([files[0]!]));
		ten.push(await firstFrame(files));
	}

	const ratio = median(ten) / median(one);
	console.log(`one article, first frame: ${Math.round(median(one))} ms (median of ${runs})`);
	console.log(`ten articles, first frame: ${Math.round(median(ten))} ms (median of ${runs})`);
	console.log(`ratio ${ratio.toFixed(2)} (budget ${budget}) ${ratio <= budget ? 'ok' : 'OVER'}`);
	process.exitCode = ratio <= budget ? 0 : 1;
} finally {
	rmSync(directory, {recursive: true, force: true});
}
