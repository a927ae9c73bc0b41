// `npm run eval`: runs the core on every fixture and scores the report against the hand-written expectations.
// Usage: tsx bench/eval.ts [--dir FOLDER | --real [--split dev|test|sealed|all] [--prefix sc-]…] [--json] [--fixture SLUG]…
// FOLDER defaults to test/fixtures (tuned on); test/holdout and test/holdout-2 are held out (holdout-2 is sealed).
// --real scores the real-article set (test/real/, facts only; texts re-created per test/real/README.md): its dev
// split is tuned on, its test split is not.
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';
import type {Report} from '../source/extract/types.ts';
import {loadFixtures, type Fixture} from './eval-fixtures.ts';
import {loadRealSet, type Split} from './eval-real-set.ts';
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

type Run = {readonly score: FixtureScore; readonly error: string | null; readonly falseAlarms: readonly string[]};

type Scored = Fixture & {readonly published?: string | null};

/** A report with nothing found, scored in place of one the core failed to build. */
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

/**
 * The ✗ verdicts the report gives beyond the ones the expectations allow, one by one: a false ✗ is the worst thing
 * the tool can say, so it is listed on its own rather than only counted among the checks' false positives.
 */
function falseAlarms(report: Report, fixture: Fixture): string[] {
	const allowed = [...fixture.expected.checks, ...(fixture.expected.optional?.checks ?? [])]
		.filter(check => check.verdict === 'inconsistent')
		.map(check => check.kind);
	const alarms: string[] = [];
	for (const check of report.checks) {
		if (check.verdict !== 'inconsistent') continue;
		const index = allowed.indexOf(check.kind);
		if (index >= 0) {
			allowed.splice(index, 1);
		} else {
			alarms.push(`${check.kind}: ${check.claim} (${check.arithmetic})`);
		}
	}

	return alarms;
}

function run(fixture: Scored): Run {
	try {
		const options = {path: fixture.path, ...(fixture.published ? {published: fixture.published} : {})};
		const report = buildReport(parseArticle(fixture.text, options));
		return {
			score: scoreReport(fixture.slug, report, fixture.expected),
			error: null,
			falseAlarms: falseAlarms(report, fixture),
		};
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return {score: scoreReport(fixture.slug, emptyReport(fixture), fixture.expected), error: message, falseAlarms: []};
	}
}

const SPLITS: Readonly<Record<string, readonly Split[]>> = {
	dev: ['dev'],
	test: ['test'],
	sealed: ['sealed'],
	all: ['dev', 'test', 'sealed'],
};

/** The articles to score and a note on what was left out (real texts not re-created this session). */
function articlesToScore(values: {real?: boolean; split?: string; dir?: string}): {
	fixtures: Scored[];
	note: string[];
} {
	if (values.real !== true) {
		return {fixtures: loadFixtures(values.dir === undefined ? undefined : resolve(values.dir)), note: []};
	}

	const splits = SPLITS[values.split ?? 'dev'];
	if (splits === undefined) {
		throw new Error(`--split must be dev, test, sealed or all (got ${values.split})`);
	}

	const set = loadRealSet(splits);
	const note = [
		`real-article set, split ${values.split ?? 'dev'}: ${set.articles.length} articles`,
		...(set.missing.length > 0
			? [`${set.missing.length} texts not re-created (see test/real/README.md): ${set.missing.join(', ')}`]
			: []),
		...set.articles
			.filter(article => !article.hashMatches)
			.map(article => `text differs from its gold's sha256: ${article.slug}`),
	];
	return {fixtures: set.articles.map(article => ({...article, published: article.gold.published})), note};
}

function percent(value: number): string {
	return `${(value * 100).toFixed(0)}%`.padStart(5);
}

function cell(tally: Tally): string {
	const {f1} = rates(tally);
	return `${percent(f1)} ${`${tally.tp}/${tally.fp}/${tally.fn}`.padEnd(9)}`;
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
	const lines = [
		['dimension'.padEnd(13), 'tp'.padStart(4), 'fp'.padStart(4), 'fn'.padStart(4), 'prec ', 'recall', '   F1'].join(
			' ',
		),
	];
	for (const dimension of dimensions) {
		const tally = total[dimension];
		const {precision, recall, f1} = rates(tally);
		lines.push(
			[
				dimension.padEnd(13),
				String(tally.tp).padStart(4),
				String(tally.fp).padStart(4),
				String(tally.fn).padStart(4),
				percent(precision),
				percent(recall).padStart(6),
				percent(f1),
			].join(' '),
		);
	}

	return lines;
}

function main(): void {
	const {values} = parseArgs({
		options: {
			json: {type: 'boolean', default: false},
			fixture: {type: 'string', multiple: true},
			dir: {type: 'string'},
			real: {type: 'boolean', default: false},
			split: {type: 'string'},
			prefix: {type: 'string', multiple: true},
		},
	});
	const wanted = values.fixture ?? [];
	// "--prefix sc- --prefix sd-": one batch of the set, such as the sealed articles written in one session.
	const prefixes = values.prefix ?? [];
	const chosen = articlesToScore(values);
	const fixtures = chosen.fixtures.filter(
		fixture =>
			(wanted.length === 0 || wanted.includes(fixture.slug)) &&
			(prefixes.length === 0 || prefixes.some(prefix => fixture.slug.startsWith(prefix))),
	);
	if (fixtures.length === 0) {
		// No real texts re-created this session is not a missing fixture: say what to do.
		process.stderr.write(
			wanted.length === 0 ? `nothing to score: ${chosen.note.join('; ')}\n` : `no fixture named ${wanted.join(', ')}\n`,
		);
		process.exitCode = 1;
		return;
	}

	const runs = fixtures.map(fixture => run(fixture));
	const total = sumTallies(runs.map(({score}) => score));
	if (values.json) {
		const totals = Object.fromEntries(
			dimensions.map(dimension => [dimension, {...total[dimension], ...rates(total[dimension])}]),
		);
		const output = runs.map(({score, error, falseAlarms}) => ({...score, error, falseAlarms}));
		process.stdout.write(`${JSON.stringify({fixtures: output, totals, note: chosen.note}, null, 2)}\n`);
		return;
	}

	const width = Math.max(7, ...fixtures.map(fixture => fixture.slug.length));
	const lines: string[] = [];
	for (const extractor of extractors) {
		lines.push(...extractorTable(extractor, runs, width), '');
	}

	const alarms = runs.flatMap(({score, falseAlarms}) => falseAlarms.map(alarm => `${score.fixture}: ${alarm}`));
	lines.push(`TOTALS over ${runs.length} fixtures`, ...summaryTable(total), '');
	lines.push(`FALSE ✗ (inconsistent verdicts the expectations do not give): ${alarms.length}`, ...alarms, '');
	// The count scored is the one after --fixture and --prefix, not the split's whole.
	const scored = chosen.note.length > 0 ? [`${fixtures.length} of them scored`] : [];
	lines.push(...chosen.note, ...scored, ...(chosen.note.length > 0 ? [''] : []));
	lines.push('MISSES (fn) AND FALSE POSITIVES (fp)');
	for (const {score, error} of runs) {
		if (error !== null) {
			lines.push(`${score.fixture}: ERROR building the report: ${error}`);
		}

		for (const miss of score.misses) {
			lines.push(`${score.fixture}: [${miss.dimension} ${miss.kind}] ${miss.message}`);
		}
	}

	process.stdout.write(`${lines.map(line => line.trimEnd()).join('\n')}\n`);
}

main();
