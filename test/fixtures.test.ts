// Every fixture × extractor against the expectations worked out by hand (test/fixtures/*.expected.json).
// Expectations the extractors do not meet yet are listed in `knownFailures` and run as `test.failing`, so the
// suite stays green while the gap is visible, and fixing one turns its entry into a failure that asks for removal.
import test from 'ava';
import {loadFixtures, type Fixture} from '../bench/eval-fixtures.ts';
import {scoreReport, type Dimension, type Extractor, type FixtureScore} from '../bench/eval-score.ts';
import {parseArticle} from '../source/article/parse.ts';
import {buildReport} from '../source/extract/report.ts';

/** `<fixture> › <extractor>` → what is still wrong. Remove an entry when its test starts passing. */
const knownFailures: Readonly<Record<string, string>> = {
	'storm-power-outages › breakdowns':
		'third item "8,700 served by smaller cooperatives" not read, so the list is taken as partial',
	'storm-power-outages › checks':
		'with its third item unread the list is partial and short, so its total check is "?" where the whole list holds',
	'uk-tourism-per-cent › breakdowns':
		'first "followed by" item (United States, 5.1m) lost; stated total 37.5m not linked',
};

const asserted: Readonly<Record<Extractor, {readonly title: string; readonly dimensions: readonly Dimension[]}>> = {
	breakdowns: {title: 'breakdown items, stated totals and partial flags', dimensions: ['items', 'totals', 'complete']},
	quotes: {title: 'quotations, their speakers and scare-quoted terms', dimensions: ['quotations', 'speakers', 'terms']},
	timeline: {title: 'timeline expressions resolved to their dates', dimensions: ['dates']},
	checks: {title: 'check kinds and verdicts', dimensions: ['checks']},
};

const extractors = Object.keys(asserted) as Extractor[];
const fixtures = loadFixtures();
const scores = new Map<string, FixtureScore>();

function scoreOf(fixture: Fixture): FixtureScore {
	let score = scores.get(fixture.slug);
	if (score === undefined) {
		const report = buildReport(parseArticle(fixture.text, {path: fixture.path}));
		score = scoreReport(fixture.slug, report, fixture.expected);
		scores.set(fixture.slug, score);
	}

	return score;
}

for (const fixture of fixtures) {
	for (const extractor of extractors) {
		const key = `${fixture.slug} › ${extractor}`;
		const {title, dimensions} = asserted[extractor];
		const declare = key in knownFailures ? test.failing : test;
		declare(`${key}: ${title} as worked out by hand`, t => {
			const misses = scoreOf(fixture)
				.misses.filter(miss => dimensions.includes(miss.dimension))
				.map(miss => `[${miss.dimension} ${miss.kind}] ${miss.message}`);
			t.deepEqual(misses, []);
		});
	}
}

test('every known failure names an existing fixture and extractor', t => {
	const keys = new Set(fixtures.flatMap(fixture => extractors.map(extractor => `${fixture.slug} › ${extractor}`)));
	t.deepEqual(
		Object.keys(knownFailures).filter(key => !keys.has(key)),
		[],
	);
});

test('there are at least 18 fixtures besides the seed, each with an article', t => {
	t.true(fixtures.filter(fixture => fixture.slug !== 'seed').length >= 18);
	for (const fixture of fixtures) {
		t.true(fixture.text.length > 0, fixture.slug);
	}
});
