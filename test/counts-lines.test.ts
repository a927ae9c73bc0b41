// Line tables and comparisons as real copy writes them, in our own words (structure from test/real/, facts only).
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

test("a line table with the day's change in parentheses gives two lists by the same names", t => {
	const {breakdowns} = read(
		'Cases\n\nThe county table shows total (and new) cases.\nAsh: 1,204 (+12)\nBirch: 880 (+7)\nCedar: 2,031 (+30)\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash', 1204],
		['Birch', 880],
		['Cedar', 2031],
	]);
	t.deepEqual(items(breakdowns[1]), [
		['Ash', 12],
		['Birch', 7],
		['Cedar', 30],
	]);
});

test('a parenthesis that holds several figures is no second column', t => {
	const {breakdowns} = read(
		'Harvest\n\nAsh = 900 (500, 100, 300)\nBirch = 700 (400, 90, 210)\nCedar = 500 (300, 50, 150)\n',
	);
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => item.value === 500 && item.name === 'Ash')));
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => item.value === 400)));
});

test('a figure set against another ("compared to 22 in Monday\'s report") makes no list with it', t => {
	const {breakdowns} = read(
		"Virus\n\nThe state counted another 40 deaths tied to COVID-19, compared to 21 reported in Friday's count.",
	);
	t.deepEqual(breakdowns, []);
});

test('"one each in A and B counties": the plural names what the places are, not part of the last name', t => {
	// 3 + 1 + 1 = 5.
	const {breakdowns, checks} = read(
		'Virus\n\nOf the 5 new deaths, all were local residents: three in Ash County and one each in Birch and Cedar counties.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash County', 3],
		['Birch', 1],
		['Cedar', 1],
	]);
	t.true(checks.some(check => check.kind === 'breakdown-total' && check.verdict === 'consistent'));
});

test('lines that open on their figure and end on the plural they count are a list, three or more of them', t => {
	// 1,200 + 640 + 95 = 1,935.
	const {breakdowns, checks} = read(
		'Recall\n\nThe maker says 1,935 trucks are affected, including:\n\n1,200 model year 2019-2021 Ridgeway Trail trucks;\n\n640 model year 2020 Ridgeway Pro trucks;\n\n95 model year 2021 Camber trucks.\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ridgeway Trail', 1200],
		['Ridgeway Pro', 640],
		['Camber', 95],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 1935);
	t.true(checks.some(check => check.kind === 'breakdown-total' && check.verdict === 'consistent'));
	// Two such lines could be anything: no list.
	t.deepEqual(
		read('Recall\n\n1,200 model year 2019 Ridgeway trucks;\n\n640 model year 2020 Camber trucks.\n').breakdowns,
		[],
	);
});

test('a count that could be a year continues a run of count rows, but a lone year line is no row', t => {
	const {breakdowns} = read(
		'Cases\n\nThe counties with the most cases:\n\n1. Ash County: 9,020\n\n2. Birch County: 3,411\n\n3. Cedar County: 1855\n\n4. Dane County: 1,204\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash County', 9020],
		['Birch County', 3411],
		['Cedar County', 1855],
		['Dane County', 1204],
	]);
	t.deepEqual(read('Profile\n\nFounded: 1855\nHeadquarters: Ashby\n').breakdowns, []);
});

test('county rows written "Name- 1" and "Name-1" stay in the table; a code like "COVID-19" is no row', t => {
	// 3 + 1 + 1 + 13 = 18.
	const {breakdowns} = read(
		'Cases\n\nThe state counts 18 cases so far.\nCases per county are:\nAsh - 3\nBirch- 1\nCedar-1\nDane - 13\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash', 3],
		['Birch', 1],
		['Cedar', 1],
		['Dane', 13],
	]);
	t.deepEqual(
		read('Virus\n\nAsh - 3\nCOVID-19\nBirch - 4\n')
			.breakdowns.flatMap(items)
			.map(([name]) => name)
			.includes('COVID'),
		false,
	);
});

test('a figure under half a list\'s sum in another sentence is no total of it; "the total case count 80" is', t => {
	// 30 + 25 + 25 = 80; the 12 new cases are not the list's whole.
	const {breakdowns, checks} = read(
		'Cases\n\nOfficials reported 12 new cases on Monday, making the total case count 80.\nCases per county are:\nAsh - 30\nBirch - 25\nCedar - 25\n',
	);
	t.is(breakdowns[0]?.statedTotal?.value, 80);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('"with 400 positive, 9,600 negative and four deaths": the deaths count something else', t => {
	const {breakdowns} = read(
		'Tests\n\nSo far 10,000 residents have been tested, with 400 positive, 9,600 negative and four deaths.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['positive', 400],
		['negative', 9600],
	]);
});

test('ranked lines ("#2. Name: N") and "Name, a maker of …: N" bullets name the item', t => {
	const ranked = read(
		'Arrivals\n\nThe 60 arrivals came from:\n\n#1. Ostland: 30\n\n#2. Republic of Westmark: 20\n\n#3. Nordia: 10\n',
	);
	t.deepEqual(items(ranked.breakdowns[0]), [
		['Ostland', 30],
		['Republic of Westmark', 20],
		['Nordia', 10],
	]);
	const bullets = read(
		'Layoffs\n\nThe notices posted this month:\n- Ashcorp, a maker of pumps in Dale: 120 workers.\n- Birchworks, which makes paper, in Elm: 80 workers.\n- Cedar Mills, a sawmill in Fir: 40 workers.\n',
	);
	t.deepEqual(items(bullets.breakdowns[0]), [
		['Ashcorp', 120],
		['Birchworks', 80],
		['Cedar Mills', 40],
	]);
});

test('an inline ranking "1. A, N 2. B, M 3. C, K" is a partial list; ranks are no figures', t => {
	const {breakdowns} = read(
		'Table\n\nThe past two Games:\n- 2022: 1. Ostland, 210 2. Westmark, 180 3. Nordia, 95\n- 2018: 1. Westmark, 199 2. Ostland, 170 3. Nordia, 88\n',
	);
	t.deepEqual(breakdowns.map(items), [
		[
			['Ostland', 210],
			['Westmark', 180],
			['Nordia', 95],
		],
		[
			['Westmark', 199],
			['Ostland', 170],
			['Nordia', 88],
		],
	]);
	t.true(breakdowns.every(breakdown => !breakdown.complete));
	// Ranks that do not count up from 1 are no ranking.
	t.deepEqual(read('Table\n\n- 2022: 3. Ostland, 210 5. Westmark, 180\n').breakdowns.flatMap(items).length, 0);
});

test('grants written a paragraph each, opening on the amount, are one list under the total stated above them', t => {
	// 2,500 + 4,000 + 4,000 + 1,500 = 12,000; the $400 and $2,100 divide the first grant and are no rows of their own.
	const {breakdowns, checks} = read(
		[
			'Arts grants',
			'',
			'The town council awarded $12,000 in spring grants to four groups on Tuesday.',
			'',
			'The awards were as follows:',
			'',
			'$2,500 to the Harbour Street Players, including $400 for costumes and $2,100 for a summer show.',
			'',
			'$4,000 to Friends in the Park to run its Saturday concerts.',
			'',
			'$4,000 to the volunteer Lantern Choir for new music and travel.',
			'',
			'$1,500 to Westgate Youth Theatre for its workshop series.',
			'',
		].join('\n'),
	);
	t.deepEqual(items(breakdowns[0]), [
		['Harbour Street Players', 2500],
		['Friends in the Park', 4000],
		['Lantern Choir', 4000],
		['Westgate Youth Theatre', 1500],
	]);
	t.is(breakdowns[0]!.statedTotal?.value, 12_000);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('two amount-first paragraphs are not yet a list: a pair is as likely two unrelated sentences', t => {
	const {breakdowns} = read(
		'Budget\n\n$2,500 to the Harbour Street Players was approved first.\n\n$4,000 to Friends in the Park came later.\n',
	);
	t.deepEqual(breakdowns, []);
});

test('a case report\'s bullets by age and sex ("- Four women in their 60s") are one list, held to the count above it', t => {
	// 4 + 12 + 9 + 5 = 30.
	const {breakdowns, checks} = read(
		'Clinic\n\nThe clinic reported 30 new cases on Tuesday.\nThe cases by age:\n- Four women in their 60s\n- 12 women in their 30s\n- Nine men in their 40s\n- Five boys younger than 10\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['women in their 60s', 4],
		['women in their 30s', 12],
		['men in their 40s', 9],
		['boys younger than 10', 5],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 30);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('bullets whose figure a unit measures ("- 3 days of rain") are no list of who was counted', t => {
	const {breakdowns} = read(
		'Storm\n\nThe storm in brief:\n- 3 days of rain\n- 12 inches of snow\n- 40 miles of road\n',
	);
	t.deepEqual(breakdowns, []);
});

test('lines with a leader of dashes or dots, and decimals without their zero (".85 mills"), are rows', t => {
	const {breakdowns} = read(
		'Levy\n\nThe parish levy breaks down as follows:\nRoads——–12.40 mills\nLibrary........ .85 mills\nParks———- 3.05 mills\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Roads', 12.4],
		['Library', 0.85],
		['Parks', 3.05],
	]);
});

test('a factbox whose figures a narrow column pushed onto their own lines reads each name with the figure below it', t => {
	// 41,200 + 9,800 + 3,000 = 54,000.
	const {breakdowns, checks} = read(
		'Outages\n\nCustomers without power by utility on Monday:\nUtility State Out\nRiver Electric - North OH, PA\n41,200\nLakeshore Power MI\n9,800\nCounty cooperatives OH\n3,000\nTotal\n54,000\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['River Electric - North', 41_200],
		['Lakeshore Power', 9800],
		['County cooperatives', 3000],
	]);
	t.is(breakdowns[0]?.statedTotal?.value, 54_000);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test("a sentence before a figure alone on its line is not that figure's name", t => {
	const {breakdowns} = read(
		'Notes\n\nThe count rose again.\n41,200\nIt fell later.\n9,800\nNobody knows why.\n3,000\n',
	);
	t.deepEqual(breakdowns, []);
});

test('"A and B, each with 70" gives both names the figure and makes no item called "each"', t => {
	const {breakdowns} = read(
		'Virus\n\nOther leading counties include Ash, 147, Birch with 99, Cedar, 80, and Dale and Elm, each with 70, officials said.',
	);
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => item.name === 'each')));
	const shared = breakdowns.find(breakdown => breakdown.items.some(item => item.name === 'Dale'));
	t.deepEqual(
		shared?.items.filter(item => item.value === 70).map(item => item.name),
		['Dale', 'Elm'],
	);
});

test('"Ash, 147, Birch with 99, Cedar, 80": a name and its figure split by a comma are one item, the cue left in the lead', t => {
	const {breakdowns} = read(
		'Virus\n\nOther leading counties include Ash, 147, Birch with 99, Cedar, 80, and Dale and Elm, each with 70, officials said.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Ash', 147],
		['Birch', 99],
		['Cedar', 80],
		['Dale', 70],
		['Elm', 70],
	]);
	// "include": a selection of the counties, so no ground for ✗ against any whole.
	t.false(breakdowns[0]?.complete);
});

test('a factbox of what befell whom ("- 412 homes destroyed", "- 3,000 people evacuated") is no list: it adds unlike things', t => {
	const {breakdowns} = read(
		'Fire\n\nThe fire in numbers:\n- 412 homes destroyed\n- 35 businesses damaged\n- 3,000 people evacuated\n- 12 firefighters injured\n',
	);
	t.deepEqual(breakdowns, []);
});

test('a box of statistics closed by several total lines mixes what each counts: no ✗ against the first', t => {
	// 4 + 20 + 6 + 30 = 60 = 10 arrests + 50 citations; neither total is the rows' alone.
	const {breakdowns, checks} = read(
		[
			'Weekend patrol',
			'',
			'PATROL STATS',
			'',
			'DRUNK DRIVING – 4',
			'',
			'SPEEDING – 20',
			'',
			'WARRANT ARRESTS – 6',
			'',
			'SEAT BELT – 30',
			'',
			'TOTAL ARRESTS – 10',
			'',
			'TOTAL CITATIONS – 50',
		].join('\n'),
	);
	t.is(breakdowns[0]?.items.length, 4);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
	// One of the totals the rows add up to is theirs, tied as a Total line.
	const exact = read(
		['Stats', '', 'SPEEDING – 20', 'SEAT BELT – 30', 'PARKING – 5', 'TOTAL CITATIONS – 55', 'TOTAL ARRESTS – 9'].join(
			'\n',
		),
	);
	t.is(exact.breakdowns[0]?.statedTotal?.value, 55);
	t.deepEqual(verdicts(exact.checks, 'breakdown-total'), ['consistent']);
});

test('budget bullets with long purposes and examples after them: the examples and their figures are no part of the row', t => {
	const {breakdowns, checks} = read(
		'Budget\n\nThe council passed the $18.2 million capital plan. It also includes:\n\n• About $5 million for work at pools, libraries and community centres, like a new roof on the Elm Street library.\n\n• About $7.5 million for roads and sidewalks.\n\n• About $3.1 million to upgrade fire and ambulance services, including the 12 new ambulances.\n',
	);
	t.deepEqual(items(breakdowns[0]), [
		['work at pools, libraries and community centres', 5],
		['roads and sidewalks', 7.5],
		['upgrade fire and ambulance services', 3.1],
	]);
	t.is(breakdowns[0]?.unread, 0);
	// 5 + 7.5 + 3.1 = 15.6 of 18.2: "also includes" lists some, so the list is partial and its check never ✗.
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});
