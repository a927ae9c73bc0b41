import test from 'ava';
import {compareCsv} from '../source/export/compare-csv.ts';
import {compareMarkdown} from '../source/export/compare-markdown.ts';
import {sampleCompare} from './helpers/compare-sample.ts';

// The hand-built flood sample (test/helpers/compare-sample.ts): the agency first as the primary source.

test('Markdown: the articles, then a table per section with the pane marks', t => {
	t.is(
		compareMarkdown(sampleCompare()),
		[
			'# Comparison of 3 articles',
			'',
			'1. River Authority (primary source)',
			'2. Valley Courier',
			'3. Fenwick Post',
			'',
			'## Counts: evacuations',
			'',
			'|  | Name | River Authority (source) | Valley Courier | Fenwick Post | Note |',
			'| :-: | :-- | --: | --: | --: | :-- |',
			'|  | Lowmoor County | 40 | 40 | 40 | joined “Lowmoor County”, “Lowmoor” |',
			'| ✗ | Ashby | 30 | ▲35 | 30 | off by 5 |',
			'|  | St. Oswin | 20 | 20 | 20 | joined “St. Oswin”, “Saint Oswin”, “St Oswin” |',
			'| ✗ | Fenwick | 10 | — | ▲15 | off by 5; not in Valley Courier |',
			'| ✗ | **Stated total** | 100 | 100 | 105 | off by 5 |',
			'',
			'## Totals',
			'',
			'|  | List | River Authority (source) | Valley Courier | Fenwick Post |',
			'| :-: | :-- | --: | --: | --: |',
			'| ✗ | evacuations | 100 ✓ (sum 100) | 100 ? (sum 95) | 105 ✓ (sum 105) |',
			'',
			'## Dates',
			'',
			'|  | When | River Authority (source) | Valley Courier | Fenwick Post |',
			'| :-: | :-- | :-- | :-- | :-- |',
			'| ✗ | start: The evacuation began on Monday and lasted into the night. | 2026-03-02 | ≠2026-03-03 | — |',
			'',
			'## Quotes',
			'',
			'- ✗ “the water rose faster than anyone expected” — Rhea Lund',
			'  - Valley Courier: −“anyone”',
			'  - Fenwick Post: same words; said by Mayor Dale Brook',
			'',
		].join('\n'),
	);
});

test('CSV: a row per article and finding, the reference and delta beside each value', t => {
	const lines = compareCsv(sampleCompare()).split('\r\n');
	// The header; 11 item cells (Fenwick is not in the courier), 3 stated totals, 3 verdicts, 2 dates, 3 quotations; "".
	t.is(lines.length, 1 + 11 + 3 + 3 + 2 + 3 + 1);
	t.is(lines.at(-1), '');
	// Ashby: the courier's 35 against the agency's 30.
	t.deepEqual(
		lines.filter(line => line.startsWith('counts,evacuations,Ashby,')).map(line => line.split(',').slice(3, 9)),
		[
			['River Authority', '1', 'Ashby', '30', '30', '0'],
			['Valley Courier', '0', 'Ashby', '35', '30', '5'],
			['Fenwick Post', '0', 'Ashby', '30', '30', '0'],
		],
	);
	// A lost word is "-anyone"; a cell starting with "-" is guarded against spreadsheet formulas.
	t.true(lines.some(line => line.includes(",Lund,'-anyone,,1,")));
});
