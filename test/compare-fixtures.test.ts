import test from 'ava';
import {fileURLToPath} from 'node:url';
import {loadArticle} from '../source/article/load.ts';
import {compareReports} from '../source/compare/compare.ts';
import {articleLabels} from '../source/compare/labels.ts';
import type {CompareReport} from '../source/compare/types.ts';
import {buildReport} from '../source/extract/report.ts';

// The five articles in test/fixtures-compare/ tell one invented trap sweep: the department's release (212 traps in
// five harbours, Monday May 4 to Friday May 8, the chief warden and the spokesman quoted) and four outlets that drift
// from it. Worked by hand from the texts: the Gazette drops "County" from Port Alder and writes "St. Brennan"; the
// Herald prints 47 for Grayhaven, ends the sweep on Thursday May 7 and loses words of the quotation; the Daily lists
// four harbours adding up to 190, gives Oster Point 27 and the quotation to a spokesman, one word changed; the
// Courier states 209 and prints 61 for Marlow Bay (its list sums to its 209), writes "Grayhaven County", ends the
// sweep on Saturday May 9, changes three words of the warden's quotation and gives the spokesman's to a harbourmaster.
const files = [
	'press-release.txt',
	'tidewater-gazette.txt',
	'harbour-herald.txt',
	'estuary-daily.txt',
	'bayside-courier.txt',
];

async function comparison(): Promise<CompareReport> {
	const reports = await Promise.all(
		files.map(async file => {
			const path = fileURLToPath(new URL(`fixtures-compare/${file}`, import.meta.url));
			return buildReport(await loadArticle(path, {published: null}));
		}),
	);
	const labels = articleLabels(reports);
	return compareReports(reports.map((report, i) => ({label: labels[i]!, report, primary: i === 0})));
}

test('the five articles line up harbour by harbour against the release', async t => {
	const result = await comparison();
	t.deepEqual(
		result.articles.map(article => article.label),
		['Coastal Wildlife Department', 'Tidewater Gazette', 'Harbour Herald', 'Estuary Daily', 'Bayside Courier'],
	);
	t.is(result.counts.length, 1);
	const group = result.counts[0]!;
	t.deepEqual(
		group.rows.map(row => [row.name, row.cells.map(cell => cell?.value ?? null), row.disagree]),
		[
			['Port Alder County', [58, 58, 58, 58, 58], false],
			['Grayhaven', [41, 41, 47, 41, 41], true],
			['Marlow Bay', [64, 64, 64, 64, 61], true],
			['Saint Brennan', [27, 27, 27, null, 27], false],
			['Oster Point', [22, 22, 22, 27, 22], true],
		],
	);
	t.deepEqual(
		group.rows.map(row => row.join),
		[
			{rule: 'contained', spellings: ['Port Alder County', 'Port Alder']},
			{rule: 'contained', spellings: ['Grayhaven', 'Grayhaven County']},
			null,
			{rule: 'spelling', spellings: ['Saint Brennan', 'St. Brennan']},
			null,
		],
	);
	t.deepEqual(
		group.rows.map(row => row.deltas),
		[
			[0, 0, 0, 0, 0],
			[0, 0, 6, 0, 0],
			[0, 0, 0, 0, -3],
			[0, 0, 0, null, 0],
			[0, 0, 0, 5, 0],
		],
	);
	// Every article states a total; the Herald's parts (58 + 47 + 64 + 27 + 22) come to 218, not its 212.
	t.deepEqual(
		group.totals.map(total => total?.value ?? null),
		[212, 212, 212, 190, 209],
	);
	t.deepEqual(group.sums, [212, 212, 218, 190, 209]);
	t.true(group.totalsDisagree);
	// Grayhaven, Marlow Bay, Saint Brennan (missing from the Daily), Oster Point and the stated totals.
	t.is(group.disagreements, 5);
});

test("totals side by side: the Courier's 209 is its own list's sum, only the Herald's list overshoots its total", async t => {
	const {totals} = await comparison();
	t.is(totals.rows.length, 1);
	const row = totals.rows[0]!;
	t.deepEqual(
		row.cells.map(cell => [cell?.stated?.value ?? null, cell?.sum ?? null, cell?.verdict ?? null]),
		[
			[212, 212, 'consistent'],
			[212, 212, 'consistent'],
			[212, 218, 'inconsistent'],
			[190, 190, 'consistent'],
			[209, 209, 'consistent'],
		],
	);
	t.true(row.disagree);
});

test('the sweep end the Herald moved to Thursday and the Courier to Saturday disagrees; start and deadline agree', async t => {
	const {dates} = await comparison();
	const shown = dates.map(row => [row.role, row.cells.map(cell => cell?.date ?? null), row.disagree]);
	t.deepEqual(shown, [
		['start', ['2026-05-04', '2026-05-04', '2026-05-04', '2026-05-04', '2026-05-04'], false],
		['end', ['2026-05-08', '2026-05-08', '2026-05-07', '2026-05-08', '2026-05-09'], true],
		['end', ['2026-06-01', '2026-06-01', '2026-06-01', '2026-06-01', '2026-06-01'], false],
	]);
});

test('the chief warden quotation: words lost in the Herald, another speaker and word in the Daily, three words in the Courier', async t => {
	const {quotes} = await comparison();
	t.is(quotes.length, 2);
	const row = quotes[0]!;
	t.true(row.wordsChanged);
	t.true(row.speakersDiffer);
	t.false(row.cells[1]!.changed);
	t.deepEqual(
		row.cells[2]!.diff.filter(part => part.kind !== 'same'),
		[
			{kind: 'removed', text: 'young'},
			{kind: 'removed', text: 'of the estuary,'},
		],
	);
	t.deepEqual(
		row.cells[3]!.diff.filter(part => part.kind !== 'same'),
		[
			{kind: 'removed', text: 'the'},
			{kind: 'added', text: 'our'},
		],
	);
	t.is(row.cells[3]!.speaker, 'Tomas Webb');
	// "Every trap we lift is a trap … crabs of the estuary" becomes "Each trap we lift is one trap … crabs in the
	// estuary", still the chief warden's.
	t.true(row.cells[4]!.changed);
	t.deepEqual(
		row.cells[4]!.diff.filter(part => part.kind !== 'same'),
		[
			{kind: 'removed', text: 'Every'},
			{kind: 'added', text: 'Each'},
			{kind: 'removed', text: 'a'},
			{kind: 'added', text: 'one'},
			{kind: 'removed', text: 'of'},
			{kind: 'added', text: 'in'},
		],
	);
	t.regex(row.cells[4]!.speaker!, /Ilse Korhonen$/);
});

test('the spokesman quotation: only the release and the Courier carry it, word for word, the Courier from a harbourmaster', async t => {
	const {quotes} = await comparison();
	const row = quotes[1]!;
	t.is(row.speaker, 'Tomas Webb');
	t.deepEqual(
		row.cells.map(cell => cell?.speaker ?? null),
		['Tomas Webb', null, null, null, 'Nils Brandt'],
	);
	t.false(row.wordsChanged);
	t.true(row.speakersDiffer);
	t.deepEqual(row.cells[4]!.diff, [
		{kind: 'same', text: 'Owners who come forward before the deadline will get their traps back,'},
	]);
});
