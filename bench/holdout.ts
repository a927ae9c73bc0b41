// Scores the core on the held-out articles in test/holdout/, which the extractors were never tuned on, so the figures
// say how they do on unseen news. Same scorer and tables as `npm run eval`; eval.ts reads only test/fixtures/.
// Usage: tsx bench/holdout.ts [--json] [--fixture SLUG]…
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import type {Report} from '../source/extract/types.ts';
import {loadFixtures, type Fixture} from './eval-fixtures.ts';
import {
	dimensions,
	extractorOf,
	rates,
	scoreReport,
	sumTallies,
	type Dimension,
	type Extractor,
	type FixtureScore,
	type Tally,
} from './eval-score.ts';

export const holdoutDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '../test/holdout');

type Run = {readonly score: FixtureScore; readonly error: string | null};

/** Nothing found: scored in place of a report the core failed to build, so a crash costs recall, not the run. */
function emptyReport(fixture: Fixture): Report {
	return {
		version: 1,
		article: {
			title: null,
			published: null,
			source: null,
			url: null,
			path: fixture.path,
			body: '',
			paragraphs: [],
			sentences: [],
		},
		breakdowns: [],
		quotes: [],
		timeline: [],
		checks: [],
		warnings: [],
	};
}

function run(fixture: Fixture): Run {
	try {
		const report = buildReport(parseArticle(fixture.text, {path: fixture.path}));
		return {score: scoreReport(fixture.slug, report, fixture.expected), error: null};
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return {score: scoreReport(fixture.slug, emptyReport(fixture), fixture.expected), error: message};
	}
}

function percent(value: number): string {
	return `${(value * 100).toFixed(0)}%`.padStart(5);
}

function cell(tally: Tally): string {
	return `${percent(rates(tally).f1)} ${`${tally.tp}/${tally.fp}/${tally.fn}`.padEnd(9)}`;
}

const extractors: readonly Extractor[] = ['breakdowns', 'quotes', 'timeline', 'checks'];

function extractorTable(extractor: Extractor, runs: readonly Run[], width: number): string[] {
	const columns = dimensions.filter(dimension => extractorOf[dimension] === extractor);
	const lines = [
		`${extractor.toUpperCase()}   (each cell: F1 tp/fp/fn)`,
		['fixture'.padEnd(width), ...columns.map(column => column.padStart(5).padEnd(15))].join('  '),
	];
	for (const {score} of runs) {
		lines.push([score.fixture.padEnd(width), ...columns.map(column => cell(score.tallies[column]))].join('  '));
	}

	const total = sumTallies(runs.map(({score}) => score));
	lines.push(['TOTAL'.padEnd(width), ...columns.map(column => cell(total[column]))].join('  '));
	return lines;
}

function summaryTable(total: Record<Dimension, Tally>): string[] {
	const header = [
		'dimension'.padEnd(13),
		'tp'.padStart(4),
		'fp'.padStart(4),
		'fn'.padStart(4),
		'prec ',
		'recall',
		'   F1',
	];
	const lines = [header.join(' ')];
	for (const dimension of dimensions) {
		const tally = total[dimension];
		const {precision, recall, f1} = rates(tally);
		const row = [
			dimension.padEnd(13),
			String(tally.tp).padStart(4),
			String(tally.fp).padStart(4),
			String(tally.fn).padStart(4),
			percent(precision),
			percent(recall).padStart(6),
			percent(f1),
		];
		lines.push(row.join(' '));
	}

	return lines;
}

/** Misses grouped by extractor, so each list can go straight to the engineer who owns it. */
function missesByExtractor(runs: readonly Run[]): string[] {
	const lines: string[] = [];
	for (const {score, error} of runs) {
		if (error !== null) {
			lines.push(`${score.fixture}: ERROR building the report: ${error}`);
		}
	}

	for (const extractor of extractors) {
		lines.push('', `MISSES (fn) AND FALSE POSITIVES (fp): ${extractor}`);
		for (const {score} of runs) {
			for (const miss of score.misses.filter(miss => extractorOf[miss.dimension] === extractor)) {
				lines.push(`${score.fixture}: [${miss.dimension} ${miss.kind}] ${miss.message}`);
			}
		}
	}

	return lines;
}

function main(): void {
	const {values} = parseArgs({
		options: {
			json: {type: 'boolean', default: false},
			fixture: {type: 'string', multiple: true},
			// Another held-out folder (test/holdout-2 is sealed: scored once, never tuned on).
			dir: {type: 'string'},
		},
	});
	const wanted = values.fixture ?? [];
	const fixtures = loadFixtures(values.dir === undefined ? holdoutDirectory : resolve(values.dir)).filter(
		fixture => wanted.length === 0 || wanted.includes(fixture.slug),
	);
	if (fixtures.length === 0) {
		process.stderr.write(`no holdout article named ${wanted.join(', ')}\n`);
		process.exitCode = 1;
		return;
	}

	const runs = fixtures.map(fixture => run(fixture));
	const total = sumTallies(runs.map(({score}) => score));
	if (values.json) {
		const totals = Object.fromEntries(
			dimensions.map(dimension => [dimension, {...total[dimension], ...rates(total[dimension])}]),
		);
		const output = runs.map(({score, error}) => ({...score, error}));
		process.stdout.write(`${JSON.stringify({fixtures: output, totals}, null, 2)}\n`);
		return;
	}

	const width = Math.max(7, ...fixtures.map(fixture => fixture.slug.length));
	const lines: string[] = [];
	for (const extractor of extractors) {
		lines.push(...extractorTable(extractor, runs, width), '');
	}

	lines.push(`TOTALS over ${runs.length} held-out articles`, ...summaryTable(total));
	lines.push(...missesByExtractor(runs));
	process.stdout.write(`${lines.map(line => line.trimEnd()).join('\n')}\n`);
}

main();
