import test from 'ava';
import {render} from 'ink-testing-library';
import {compareModel} from '../source/ui/compare-model.ts';
import {ComparePane} from '../source/ui/compare-pane.tsx';
import {sampleCompare} from './helpers/compare-sample.ts';

// The sample (test/helpers/compare-sample.ts): an agency and two outlets on one flood. FORCE_COLOR=0 (ava config):
// the frames are what NO_COLOR shows, so every disagreement must read from its marks alone (✗, ▲, —, ≠, −“…”).

function frame(width: number, height: number, focus: number, selected = 0, top = 0): string {
	const model = compareModel(sampleCompare(), width, focus);
	const app = render(<ComparePane model={model} selected={selected} top={top} height={height} width={width} />);
	const text = app.lastFrame() ?? '';
	app.unmount();
	return text;
}

test('at 80×24 the pane (76×18) shows counts and totals, marks every disagreement, and says what is below', t => {
	t.is(
		frame(76, 18, 0),
		[
			'Compare · 3 articles · 5 ✗ differences · measured against River Authority',
			'Counts · Evacuations · 4 rows, 3 differ',
			'  Name                  •River … Valley … Fenwick…',
			'› ≈ Lowmoor County              40       40       40',
			'    ≈ written shorter or longer as “Lowmoor” (Valley Courier)',
			'  ✗ Ashby                       30      ▲35       30 off by 5',
			'  ≈ St. Oswin                   20       20       20',
			'    ≈ spelled “Saint Oswin” (Valley Courier), “St Oswin” (Fenwick Post)',
			'  ✗ Fenwick                     10        —      ▲15 off by 5, not in Valle…',
			'  ✗ Stated total               100      100      105 off by 5',
			'Totals',
			'  List                  •River … Valley … Fenwick…',
			'  ✗ Evacuations              100 ✓    100 ?    105 ✓',
			'      sum of the list          100       95      105',
			'    All checks                  ✓1       ?1       ✓1',
			'↓ 2 more',
		].join('\n'),
	);
});

test('at 120×40 (116×34) the columns widen to whole labels and the dates and quotes fit', t => {
	t.is(
		frame(116, 34, 1),
		[
			'Compare · 3 articles · 5 ✗ differences · measured against River Authority',
			'Counts · Evacuations · 4 rows, 3 differ',
			'  Name                  River Authority •Valley Courier    Fenwick Post',
			'› ≈ Lowmoor County                     40              40              40',
			'    ≈ written shorter or longer as “Lowmoor” (Valley Courier)',
			'  ✗ Ashby                              30             ▲35              30 off by 5',
			'  ≈ St. Oswin                          20              20              20',
			'    ≈ spelled “Saint Oswin” (Valley Courier), “St Oswin” (Fenwick Post)',
			'  ✗ Fenwick                            10               —             ▲15 off by 5, not in Valley Courier',
			'  ✗ Stated total                      100             100             105 off by 5',
			'Totals',
			'  List                  River Authority •Valley Courier    Fenwick Post',
			'  ✗ Evacuations                     100 ✓           100 ?           105 ✓',
			'      sum of the list                 100              95             105',
			'    All checks                         ✓1              ?1              ✓1',
			'Dates',
			'  When                  River Authority •Valley Courier    Fenwick Post',
			'  ✗ began: The evacuation…          Mar 2          ≠Mar 3               — dates differ',
			'Quotes',
			'  ✗ “the water rose faster than anyone expected” — Rhea Lund',
			'      Valley Courier: −“anyone”',
			'      Fenwick Post: same words · said by Mayor Dale Brook',
		].join('\n'),
	);
});

test('on a narrow pane the columns shown follow the focused article, and the hidden ones are counted', t => {
	const lines = frame(50, 18, 2).split('\n');
	t.is(lines[2], '  Name              Valley … •Fenwic… +1 more ←');
	t.is(lines[5], `  ✗ ${'Ashby'.padEnd(18)}     ▲35       30 off by 5`);
});

test('disagreeing cells carry the bad role, so the theme colours them as well as marking them', t => {
	const model = compareModel(sampleCompare(), 76, 0);
	const ashby = model.items.find(item => item.lines[0]!.some(segment => segment.text.startsWith('Ashby')))!;
	const roles = ashby.lines[0]!.map(segment => [segment.text.trim(), segment.role ?? 'text']);
	t.deepEqual(roles, [
		['✗', 'bad'],
		['Ashby', 'text'],
		['30', 'text'],
		['▲35', 'bad'],
		['30', 'text'],
		['off by 5', 'bad'],
	]);
});

test('every row carries the evidence of each article, the focused one for Enter', t => {
	const compare = sampleCompare();
	const model = compareModel(compare, 76, 1);
	const fenwick = model.items.find(item => item.id === compare.counts[0]!.rows[3]!.id)!;
	t.is(fenwick.columns[1], null);
	t.deepEqual(fenwick.evidence, {label: '', spans: []});
	t.is(fenwick.columns[2]!.label, 'Fenwick · Fenwick Post');
	t.deepEqual(fenwick.columns[2]!.spans, [compare.counts[0]!.rows[3]!.cells[2]!.span]);
});
