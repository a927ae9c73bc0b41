// Shapes of counts seen in real copy (test/real/, facts only), each written here in our own words, with the
// negatives that must stay silent: a false ✗ sends a reporter to accuse an article of an error it did not make.
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

test('"A and B, N each" gives every name its own N, and the list then adds up', t => {
	// 30 + 12 + 12 + 5 + 5 + 5 = 69.
	const {breakdowns, checks} = read(
		'Closures\n\nThe chain listed where its 69 closing shops are: Kent, 30 shops; Essex and Surrey, 12 each; and Derby, Leeds and York, 5 each.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Kent', 30],
		['Essex', 12],
		['Surrey', 12],
		['Derby', 5],
		['Leeds', 5],
		['York', 5],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"one each in A and B" after a figure in a place gives both places one', t => {
	const {breakdowns} = read('Storm\n\nSix people died: four in Marlow and one each in Henley and Goring.');
	t.deepEqual(items(breakdowns[0]), [
		['Marlow', 4],
		['Henley', 1],
		['Goring', 1],
	]);
});

test('a table flattened to "Name N" lines is a list; two such lines are not', t => {
	// 9 + 14 + 3 + 6 = 32.
	const table =
		'Flu\n\nThe state counted 32 deaths so far.\n\nDeaths by county\nAsh 9\nBirch Falls 14\nCedar 3\nDane 6\n';
	const {breakdowns, checks} = read(table);
	t.deepEqual(items(breakdowns[0]), [
		['Ash', 9],
		['Birch Falls', 14],
		['Cedar', 3],
		['Dane', 6],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 32);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
	t.deepEqual(read('Notes\n\nThe talks went on.\n\nRoom 4\nGate 12\n').breakdowns, []);
});

test('amount-first bullets name the recipient after the last "for"', t => {
	const {breakdowns} = read(
		'Grants\n\nThe awards include:\n\n  • $80,500 for road repair for Town of Ashby\n  • $12,250 for Birch County\n  • $3,100 for emergency measures for Cedar Fire District\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Town of Ashby', 80_500],
		['Birch County', 12_250],
		['Cedar Fire District', 3100],
	]);
});

test('a list with a figure it could not read as an item is never ✗, however far its sum is from the total', t => {
	// "the two depots lost 40 between them" is a member no reader knows: 30 + 41 + 9 are not the whole list (+ 40 = 120).
	const {breakdowns, checks} = read(
		'Jobs\n\nThe 120 job cuts fall as follows: Kent, 30; Essex, 41; the two depots lost 40 between them; Derby, 9.',
	);
	t.true((breakdowns[0]?.unread ?? 0) > 0);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test("a total cue in another sentence that names one item's own figure is no ground for ✗", t => {
	// 26,000 is the first country's own total; the list that follows it (France, Spain) is over it but is not its parts.
	const {checks} = read(
		'Claims\n\nGermany had the most claims, with a total of 26,000. France was next with 21,000, followed by Spain with 19,000.',
	);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('"N, X of which …, and the remaining Y" divides N, not a figure from another sentence', t => {
	const {checks} = read(
		'Floods\n\nAn earlier count gave 72 deaths.\n\nOfficials cut the toll to 45, 40 of which were in the hills, and the remaining five in the valley.',
	);
	t.deepEqual(verdicts(checks, 'sum'), ['consistent']);
});

test('two parts short of a whole the article does not tie to them are "?", not ✗', t => {
	// 72 is only the nearest larger figure before the parts; nothing says the 30 and the 8 divide it.
	const {checks} = read(
		'Floods\n\nAn earlier count gave 72 deaths.\n\nOf the dead, 30 were in the hills, and the remaining 8 in the valley.',
	);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('a change after a bare "by" is not held to the gap between the two largest figures of a list nearby', t => {
	const {checks} = read(
		'Census\n\nThe mayor said the north side did not grow by 1,000 people.\n\nThe districts: North, 2.5 million; South, 2.23 million; East, 1.4 million.',
	);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
	// A majority is the gap between the two leaders, and is still held to it.
	const majority = read(
		'Vote\n\nThe party held the seat but its majority fell to 2,000.\n\nThe results were Ann Lee, 21,043; Bo Park, 19,468; Cy Dunn, 3,210.',
	);
	t.deepEqual(verdicts(majority.checks, 'difference'), ['inconsistent']);
});

test('a share of the nearest larger figure, when the article names no base, is "?" if it does not fit', t => {
	// 30% of what? The 410 two sentences before is only a guess; 41 of 410 is 10%.
	const {checks} = read(
		'Survey\n\nThe agency received 410 complaints last year.\n\nThe board heard from residents. It said 41 were upheld, or 30%.',
	);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('one place a sentence, under a whole stated before them, is a list that is checked against it', t => {
	// 150 + 41 + 3 = 194.
	const {breakdowns, checks} = read(
		'Outbreak\n\nThe outbreak has now reached 194 cases across three counties, officials said.\n\nIn Ashford County, 150 cases have been confirmed, 12 more than on Friday. Birchdale’s health office reported 41 cases on Monday. Three cases were also found in Corfield.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ashford County', 150],
		['Birchdale', 41],
		['Corfield', 3],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 194);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('one place a sentence with no whole they add up to is no list: each could be its own story', t => {
	const {breakdowns} = read(
		'Outbreak\n\nOfficials gave an update.\n\nIn Ashford County, 150 cases have been confirmed. Birchdale’s health office reported 41 cases on Monday.',
	);
	t.deepEqual(breakdowns, []);
});

test('"Name = N" lines are a list', t => {
	const {breakdowns} = read('Harvest\n\nHarvest by county:\nAsh County = 1,200\nBirch = 950\nCedar = 640\n');
	t.deepEqual(items(breakdowns[0]), [
		['Ash County', 1200],
		['Birch', 950],
		['Cedar', 640],
	]);
});

test('parts one a sentence, each owned by a name, that add up to the figure before them are its breakdown, nested too', t => {
	// 210 + 140 + 95 = 445, and the 140 splits 90 + 50 over two plants.
	const {breakdowns, checks} = read(
		'Layoffs\n\nThree mills will lay off 445 in the valley.\n\nNorthway Paper is laying off 210 workers at its river site, it told the state.\n\nThe union expects more than 400 layoffs in all.\n\nThe cooperative Delta Fibre said the cuts will mean 140 job losses — 90 at its Ashby plant and 50 at its Corran plant.\n\nState officials said Kell Board Mills closed, idling 95 workers.',
	);
	t.deepEqual(items(breakdowns.find(list => list.statedTotal?.value === 445)), [
		['Northway Paper', 210],
		['Delta Fibre', 140],
		['Kell Board Mills', 95],
	]);
	t.deepEqual(items(breakdowns.find(list => list.statedTotal?.value === 140)), [
		['Ashby', 90],
		['Corran', 50],
	]);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('figures that add up by chance but own no name, or count years, make no list', t => {
	// 36 + 5 = 41, but these are ages and a sentence: no count of parts.
	const ages = read('Court\n\nThe judge, 41, sentenced Dale Orr, 36, to 5 years in prison.');
	t.deepEqual(ages.breakdowns, []);
	// 20 + 12 = 32 with no owner for either figure.
	const loose = read('Notes\n\nThe fund holds 32 items.\n\nIt took 20 of them last year. It sold 12 more later.');
	t.deepEqual(loose.breakdowns, []);
});

test('a list that divides an item of another list names that item as its parent', t => {
	const {breakdowns} = read(
		'Layoffs\n\nThree mills will lay off 445 in the valley.\n\nNorthway Paper is laying off 210 workers at its river site, it told the state.\n\nThe cooperative Delta Fibre said the cuts will mean 140 job losses — 90 at its Ashby plant and 50 at its Corran plant.\n\nState officials said Kell Board Mills closed, idling 95 workers.',
	);
	const outer = breakdowns.find(list => list.statedTotal?.value === 445);
	const inner = breakdowns.find(list => list.statedTotal?.value === 140);
	t.is(outer?.parent, null);
	t.deepEqual(inner?.parent, {breakdownId: outer?.id, itemIndex: 1});
});

test('categories with no name (counted nouns of two words, or what the figures were "for") are parts when they add up', t => {
	// 410 + 95 + 1,200 = 1,705.
	const {breakdowns} = read(
		'Border\n\nIn May, agents stopped a total of 1,705 persons in the sector.\n\nThey made 410 family unit stops, held 95 lone minors and turned back 1,200 single adults.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['family unit stops', 410],
		['lone minors', 95],
		['single adults', 1200],
	]);
	// One plain noun names no category: 20 + 12 = 32 with "people" and "people" is no list.
	t.deepEqual(
		read('Notes\n\nThe hall seats 32 people.\n\nOn Monday 20 people came. On Tuesday 12 people came.').breakdowns,
		[],
	);
});

test('"N medals including A gold, B silver and C bronze" adds up as a list of one-word categories', t => {
	// 41 + 30 + 22 = 93.
	const {breakdowns, checks} = read(
		'Games\n\nThe hosts lead the table with a total of 93 medals including 41 gold, 30 silver and 22 bronze.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['gold', 41],
		['silver', 30],
		['bronze', 22],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('figures written with a scale word hold within their rounding ("2.5 million" is 2.45–2.55 million)', t => {
	// 2.5 + 2.23 + 0.468 million = 5.198 million against 5.2 million: within the writers' rounding.
	const {checks} = read(
		'Census\n\nThe region counted 5.2 million people. The districts: North, 2.5 million; South, 2.23 million; and East, 468,000.',
	);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"of this group, 512 are men, and 309 are women" adds up to the group', t => {
	const {breakdowns} = read(
		'Exams\n\nA total of 821 candidates earned the top grade. Of this group, 512 are men, and 309 are women.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['men', 512],
		['women', 309],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 821);
});

test('a count of places is no total of what happened in them', t => {
	const {breakdowns, checks} = read(
		'Storm\n\nThe storm killed people in 14 districts. Ashby reported 9 deaths, Brill 3 and Cole 1.',
	);
	t.is(breakdowns[0]?.statedTotal ?? null, null);
	t.deepEqual(checks, []);
});

test('a cap is no total of those admitted under it', t => {
	const {breakdowns, checks} = read(
		'Refugees\n\nThe government set a ceiling of 30,000 admissions this year. So far it admitted 9,100 from Syria, 7,300 from Sudan and 4,000 from Burma.',
	);
	t.is(breakdowns[0]?.statedTotal ?? null, null);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('figures of two different places are not held to each other', t => {
	// "At least 9,000" in the north and 8,412 in the south: no approximation error.
	const {checks} = read(
		'Fires\n\nAt least 9,000 homes burned in the north. In the south, 8,412 homes were lost: 5,000 in Ashby and 3,412 in Brill.',
	);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
	// The same figure written in the headline and the body is still held: "tops 70" against 64.
	const same = read('Outbreak tops 70 cases in Clark\n\nOfficials in Clark said the outbreak has grown to 64 cases.');
	t.deepEqual(verdicts(same.checks, 'approximation'), ['inconsistent']);
});

test('dash-led lines under a total are a list', t => {
	const {breakdowns, checks} = read(
		'Fires\n\nThe fires destroyed 1,019 homes:\n—412 homes destroyed in the North fire\n—607 homes destroyed in the Creek fire\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['North', 412],
		['Creek', 607],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('one grant a paragraph under "a total of" that they fall short of is a partial list, "?" and never ✗', t => {
	// 500,000 + 300,000 + 400,000 + 250,000 = 1,450,000, short of the $2 million: one recipient is not described.
	const {breakdowns, checks} = read(
		'Grants\n\nThe governor has awarded a total of $2 million to five counties for relief.\n\nAsh County was awarded $500,000 and will expand its food bank.\n\nBirch County was awarded $300,000 to help families with rent.\n\nCedar County received $400,000 to buy two ambulances.\n\nDane County was awarded $250,000 for a testing unit.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash County', 500000],
		['Birch County', 300000],
		['Cedar County', 400000],
		['Dane County', 250000],
	]);
	t.false(breakdowns[0]?.complete);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['unverifiable']);
	// Without a stated total, one grant a paragraph is no list.
	t.deepEqual(
		read(
			'Grants\n\nAsh County was awarded $500,000 for roads.\n\nBirch County was awarded $300,000 for rent.\n\nCedar County received $400,000 for parks.',
		).breakdowns,
		[],
	);
});

test('a list split over paragraphs ("Elsewhere in …") is one list under the one total', t => {
	// 40 + 25 + 18 + 8 + 2 + 1 = 94, short of the 150 statewide: a partial list, "?".
	const {breakdowns, checks} = read(
		'Storm\n\nThe storm has now been blamed for 150 deaths across the state.\n\nThe most deaths have been in Ash County at 40, followed by Birch County at 25, then Cedar County at 18.\n\nElsewhere in the north, eight people died in Dane County, two people died in Elm County and one person died in Fir County.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash County', 40],
		['Birch County', 25],
		['Cedar County', 18],
		['Dane County', 8],
		['Elm County', 2],
		['Fir County', 1],
	]);
	t.is(breakdowns.length, 1);
	t.false(verdicts(checks, 'breakdown-total').includes('inconsistent'));
});

test('a count by day, one clause a day, closed by "– bringing the total to N", is checked against that total', t => {
	// 25 + 61 + 40 + 19 = 145, against the 147 stated: the article's own arithmetic is off by two.
	const {breakdowns, checks} = read(
		'Curfew arrests\n\nOfficers detained 25 people on Thursday, 61 on Friday, another 40 arrests were made Saturday, and 19 more were made on Sunday night – bringing the total for the four nights to 147.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Thursday', 25],
		['Friday', 61],
		['Saturday', 40],
		['Sunday night', 19],
	]);
	t.is(breakdowns[0]!.statedTotal?.value, 147);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['inconsistent']);
});

test('a figure set against an earlier day, or owned by a place, is no share of a count by day', t => {
	// A comparison: 912 today against 930 the day before is no list of two days.
	const compared = read(
		'Cases\n\nWednesday’s report showed 912 new cases, down from the 930 cases reported Tuesday, officials said.',
	);
	t.deepEqual(compared.breakdowns, []);
	// A place before the figure owns it; the day only dates it.
	const owned = read('Storms\n\nMill County had 14 outages on Monday, and Ridge County had 9 outages on Tuesday.');
	t.deepEqual(
		owned.breakdowns.flatMap(breakdown => items(breakdown).map(([name]) => name)),
		['Mill County', 'Ridge County'],
	);
});

test('"brought the total in one place to N" is that place’s figure, never the whole of the places after it', t => {
	// 31 is the toll of Harlow alone; 6 and 2 are other towns: no ✗ for 8 against 31.
	const {checks} = read(
		'Floods\n\nThree new deaths brought the total in the county of Harlow to 31, as well as 6 in nearby Tilbury and two in Ongar.',
	);
	t.deepEqual(verdicts(checks, 'breakdown-total'), []);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('"which include both A and B" describes a whole; it does not make the list after it partial', t => {
	// 120 + 95 + 35 = 250.
	const {breakdowns, checks} = read(
		'Turnout\n\nCounting the ballots, which include both mail and in-person votes, 120 were cast on Monday, 95 on Tuesday and 35 on Wednesday, bringing the total to 250.',
	);
	t.true(breakdowns[0]!.complete);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"A, B, C and D one seat each" gives every name before "each" the figure, past the commas that split them', t => {
	const {breakdowns} = read(
		'Results\n\nThe Green Alliance won 18 seats, Forward Party 10, Civic Front and Rural League three seats each, and Harbour Party, Valley Party, Coast Union and People’s Voice one seat each.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Green Alliance', 18],
		['Forward Party', 10],
		['Civic Front', 3],
		['Rural League', 3],
		['Harbour Party', 1],
		['Valley Party', 1],
		['Coast Union', 1],
		['People’s Voice', 1],
	]);
});

test('names that no "each" follows are no members: the list ends where they begin', t => {
	const {breakdowns} = read(
		'Results\n\nThe Green Alliance won 18 seats, Forward Party 10 and Union Bloc 4, while Harbour Party, Valley Party and Coast Union took 7 votes in the recount.',
	);
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => item.name === 'Harbour Party')));
	t.deepEqual(
		items(breakdowns[0]).map(([name]) => name),
		['Green Alliance', 'Forward Party', 'Union Bloc'],
	);
});

test('"both A and B posted N each" and "A and B each had N" give both names the figure', t => {
	const {breakdowns} = read(
		'Results\n\nAshby High posted 54 top grades, while both Brill Academy and Corran School posted 53 top grades each. Pell School recorded 27, Quarry High secured 25, and Rusk Academy and Tamsin School each had 22.',
	);
	const names = breakdowns.flatMap(breakdown => items(breakdown));
	t.deepEqual(names, [
		['Ashby High', 54],
		['Brill Academy', 53],
		['Corran School', 53],
		['Pell School', 27],
		['Quarry High', 25],
		['Rusk Academy', 22],
		['Tamsin School', 22],
	]);
});

test('a ranking carried on in the next sentence in falling order is one list; one that climbs again is another', t => {
	// 3,100 + 820 + 95 + 12 = 4,027, the whole stated first.
	const joined = read(
		'Arrivals\n\nOf the 4,027 arrivals this year, Lemnos took in 3,100 and Corfu 820. Paxos counted 95 and Ithaca 12, the agency said.',
	);
	t.deepEqual(items(joined.breakdowns[0]), [
		['Lemnos', 3100],
		['Corfu', 820],
		['Paxos', 95],
		['Ithaca', 12],
	]);
	t.deepEqual(verdicts(joined.checks, 'breakdown-total'), ['consistent']);
	// The second list starts above where the first stopped: two lists, neither held to the other's whole.
	const apart = read(
		'Arrivals\n\nLemnos took in 3,100 migrants and Corfu 820. Paxos counted 9,500 visitors and Ithaca 1,200, the agency said.',
	);
	t.is(apart.breakdowns.length, 2);
});

test('"Of these, A were … while B were …" is held to the figure it points back to, and never earns a ✗', t => {
	// 410 + 38 = 448 of the 512 the sentence before gives: some are neither, so "?".
	const short = read(
		'Crashes\n\nInjuries on the ring road fell 3% to 512. Of these, 410 were drivers, while 38 were cyclists.',
	);
	t.is(short.breakdowns[0]?.statedTotal?.value, 512);
	t.deepEqual(verdicts(short.checks, 'breakdown-total'), ['unverifiable']);
	// 300 + 250 = 550, over the 512: groups "of these" may overlap, so still "?".
	const over = read(
		'Crashes\n\nInjuries on the ring road fell 3% to 512. Of these, 300 were men, while 250 were over 60.',
	);
	t.false(over.checks.some(check => check.verdict === 'inconsistent'));
	// 474 + 38 = 512: the parts add up to the whole they point back to.
	const whole = read(
		'Crashes\n\nInjuries on the ring road fell 3% to 512. Of these, 474 were drivers, while 38 were cyclists.',
	);
	t.deepEqual(verdicts(whole.checks, 'breakdown-total'), ['consistent']);
});

test('"N of them in A. The other M … in B" splits the whole in two; "the other" says the two are all of it', t => {
	// 5 + 19 = 24.
	const whole = read(
		'Heat\n\nThe agency recorded 24 heat deaths last month, only five of them in Lane. The other 19 deaths were in Marion, officials said.',
	);
	t.deepEqual(items(whole.breakdowns[0]), [
		['Lane', 5],
		['Marion', 19],
	]);
	t.deepEqual(verdicts(whole.checks, 'breakdown-total'), ['consistent']);
	// 5 + 17 = 22: "the other" part leaves two of the 24 nowhere, an error the article makes.
	const short = read(
		'Heat\n\nThe agency recorded 24 heat deaths last month, only five of them in Lane. The other 17 deaths were in Marion, officials said.',
	);
	t.deepEqual(verdicts(short.checks, 'breakdown-total'), ['inconsistent']);
	// "The other day" is no other part.
	const day = read(
		'Heat\n\nThe agency recorded 24 heat deaths last month, only five of them in Lane. The other day, 19 hikers were rescued in Marion.',
	);
	t.false(day.checks.some(check => check.verdict === 'inconsistent'));
});

test('"Three of those were in A, and one person each died in B and C" is held to the figure "those" points back to', t => {
	// 3 + 1 + 1 = 5.
	const {breakdowns, checks} = read(
		'Storm\n\nFive people died in the county. Three of those were in Ashby, and one person each died in Brill and Corran.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ashby', 3],
		['Brill', 1],
		['Corran', 1],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('"a $90 million budget. It sets aside …" holds the lines to the budget, loosely: short or over is ?, never ✗', t => {
	// More than 40 + nearly 12 + about 30 = 82 of the 90.
	const short = read(
		'Budget\n\nThe council approved a $90 million budget on Monday. It sets aside more than $40 million for public safety, nearly $12 million for parks and about $30 million for roads.',
	);
	t.is(short.breakdowns[0]?.statedTotal?.value, 90);
	t.deepEqual(verdicts(short.checks, 'breakdown-total'), ['unverifiable']);
	// 60 + 25 + 30 = 115, over the 90: last year's budget may be the figure near it, so "?" and not ✗.
	const over = read(
		'Budget\n\nThe council approved a $90 million budget on Monday. It sets aside $60 million for public safety, $25 million for parks and $30 million for roads.',
	);
	t.deepEqual(verdicts(over.checks, 'breakdown-total'), ['unverifiable']);
});

test('records in parentheses give one list per measure across the places, "no deaths" a zero', t => {
	const {breakdowns} = read(
		'Roundup\n\nOne new case was reported in each of Ashby County (105 total, 54 recoveries, six deaths) and Brill County (75 total, 56 recoveries, no deaths). No new cases came from Corran County (165 total, 61 recoveries, 13 deaths).',
	);
	const of = (noun: string) => breakdowns.find(breakdown => breakdown.measure === noun);
	t.deepEqual(items(of('recoveries')), [
		['Ashby County', 54],
		['Brill County', 56],
		['Corran County', 61],
	]);
	t.deepEqual(items(of('deaths')), [
		['Ashby County', 6],
		['Brill County', 0],
		['Corran County', 13],
	]);
	t.is(breakdowns.length, 3, 'the totals, the recoveries and the deaths');
});

test('a parenthesis with one figure, or words that are no "N noun", is no record', t => {
	const one = read('Roundup\n\nAshby County (12 cases) and Brill County (9 cases) reported more.');
	t.false(one.breakdowns.some(breakdown => breakdown.measure === 'recoveries'));
	const words = read(
		'Roundup\n\nAshby County (the largest, 12 cases) and Brill County (a suburb, 9 cases) reported more, officials said.',
	);
	t.false(words.breakdowns.some(breakdown => breakdown.items.some(item => item.name.includes('largest'))));
});

test('one place a paragraph: each measure across three places or more is a list, and no figure nearby is its whole', t => {
	const {breakdowns, checks} = read(
		[
			'Turnout',
			'',
			'Out of roughly 5,000 registered voters in the valley town, 3,000 went to the polls.',
			'',
			'Ashby County saw a 21% turnout. Of the 7,410 registered voters, 1,590 cast ballots.',
			'',
			'Brill County saw a 30% turnout. Of the 6,020 registered voters, 1,810 cast ballots.',
			'',
			'Corran County turnout was not listed, 640 ballots cast.',
			'',
		].join('\n'),
	);
	const ballots = breakdowns.find(breakdown => breakdown.items.length === 3);
	t.deepEqual(items(ballots), [
		['Ashby County', 1590],
		['Brill County', 1810],
		['Corran County', 640],
	]);
	t.is(ballots?.statedTotal ?? null, null);
	t.deepEqual(verdicts(checks, 'breakdown-total'), []);
});

test('two place paragraphs, or a measure given twice in one, make no paragraph list', t => {
	const two = read(
		'Turnout\n\nAshby County saw a 21% turnout. Of the 7,410 registered voters, 1,590 cast ballots.\n\nBrill County saw a 30% turnout. Of the 6,020 registered voters, 1,810 cast ballots.\n',
	);
	t.false(two.breakdowns.some(breakdown => breakdown.items.some(item => item.name === 'Brill County')));
	const twice = read(
		'Schools\n\nAshby had 310 students last year. Now 334 students attend.\n\nBrill had 200 students last year. Now 212 students attend.\n\nCorran had 90 students last year. Now 97 students attend.\n',
	);
	t.deepEqual(twice.breakdowns, []);
});
