import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractBreakdowns} from '../source/extract/breakdowns/breakdowns.ts';
import {findNumbers} from '../source/extract/numbers/numbers.ts';
import type {Breakdown} from '../source/extract/types.ts';

function breakdowns(text: string): Breakdown[] {
	const article = parseArticle(text);
	return extractBreakdowns(article, findNumbers(article.body));
}

function items(breakdown: Breakdown | undefined): Array<[string, number]> {
	return breakdown?.items.map(item => [item.name, item.value]) ?? [];
}

test('the seed has exactly one breakdown: ten places of arrests, partial, against 498', t => {
	const article = parseArticle(readFileSync('seeds/ice-raids-sanctuary-cities.txt', 'utf8'));
	const found = extractBreakdowns(article, findNumbers(article.body));
	t.is(found.length, 1);
	const [list] = found;
	t.is(list?.measure, 'arrests');
	t.false(list?.complete);
	t.deepEqual(items(list), [
		['Los Angeles County', 167],
		['Philadelphia', 107],
		['Denver', 63],
		['New York', 45],
		['Seattle', 33],
		['Baltimore', 28],
		['Cook County, Illinois', 30],
		['San Jose', 27],
		['Washington, D.C.', 14],
		['Massachusetts', 50],
	]);
	t.is(list?.sum, 564);
	t.is(list?.statedTotal?.value, 498);
	t.is(list?.statedTotal?.hedge, 'exact');
	t.is(article.body.slice(list!.statedTotal!.span.start, list!.statedTotal!.span.end), '498');
	t.is(article.body.slice(list!.items[0]!.span.start, list!.items[0]!.span.end), 'Los Angeles County (167 arrests)');
});

test('deaths by province in parentheses take the noun from the first item and the total from the lead', t => {
	const [list] = breakdowns(
		'Floods kill 40\n\nFloods have killed 40 people, officials said.\n\nThe deaths were in four provinces: Alpha (12 deaths), Beta (15), Gamma (9) and Delta (4).',
	);
	t.is(list?.measure, 'deaths');
	t.true(list?.complete);
	t.deepEqual(items(list), [
		['Alpha', 12],
		['Beta', 15],
		['Gamma', 9],
		['Delta', 4],
	]);
	t.is(list?.statedTotal?.value, 40);
});

test('bulleted ballots by township with a Total line', t => {
	const [list] = breakdowns(
		'Recount ends\n\nAbsentee ballots by township:\n\n- Addison Township: 1,204\n- Brandon Township: 987\n- Holly Township: 1,311\n- Total: 3,502\n',
	);
	t.is(list?.measure, 'absentee ballots');
	t.deepEqual(items(list), [
		['Addison Township', 1204],
		['Brandon Township', 987],
		['Holly Township', 1311],
	]);
	t.is(list?.statedTotal?.value, 3502);
});

test('budget lines in dollars share the unit $ million', t => {
	const [list] = breakdowns(
		'Board adopts budget\n\nThe board adopted a $20.5 million budget. It allocates funds as follows:\n\n• Instruction — $12.5 million\n• Transport — $5 million\n• Technology — $3 million\n',
	);
	t.is(list?.measure, 'dollars');
	t.is(list?.unit, '$ million');
	t.deepEqual(items(list), [
		['Instruction', 12.5],
		['Transport', 5],
		['Technology', 3],
	]);
	t.is(list?.statedTotal?.value, 20.5);
});

test('recalls written as N in X, M in Y and K in Z', t => {
	const [list] = breakdowns(
		'Recall\n\nThe maker is recalling 1,500 cars worldwide. The recall covers 1,000 vehicles in the United States, 300 in Canada and 200 in Mexico.',
	);
	t.deepEqual(items(list), [
		['United States', 1000],
		['Canada', 300],
		['Mexico', 200],
	]);
	t.is(list?.measure, 'vehicles');
	t.is(list?.statedTotal?.value, 1500);
});

test('a "followed by" ranking reads X had N, followed by Y with M', t => {
	const [list] = breakdowns(
		'Overdoses\n\nThe four counties accounted for 100 of the deaths. Aston County had 40, followed by Brill County with 30, Crane County with 20 and Dale County with 10.',
	);
	t.deepEqual(items(list), [
		['Aston County', 40],
		['Brill County', 30],
		['Crane County', 20],
		['Dale County', 10],
	]);
	t.is(list?.statedTotal?.value, 100);
	t.is(list?.measure, 'deaths');
});

test('a semicolon list keeps commas inside place names', t => {
	const [list] = breakdowns(
		'Count\n\nThe cities together counted 3,000 people: Seattle, 1,000; Portland, Ore., 900; and Austin, Texas, 1,100.',
	);
	t.deepEqual(items(list), [
		['Seattle', 1000],
		['Portland, Ore.', 900],
		['Austin, Texas', 1100],
	]);
	t.is(list?.statedTotal?.value, 3000);
});

test('a semicolon list whose lead ends in a comma reads its first item like the others', t => {
	// 10 + 24 + 36 + 230 = 300.
	const [list] = breakdowns(
		'Count\n\nOf the 300 cases, 10 are in Ashby; 24 are in Brill; 36 are in Corran; and 230 are in Dunmore.',
	);
	t.deepEqual(items(list), [
		['Ashby', 10],
		['Brill', 24],
		['Corran', 36],
		['Dunmore', 230],
	]);
	t.is(list?.statedTotal?.value, 300);
});

test('a figure of the kind between the total and the first item counts as unread, so a short list is never ✗', t => {
	// The 12 is read as no item: 24 + 36 + 220 = 280 is short of 300 by a figure the readers may have missed.
	const [list] = breakdowns(
		'Count\n\nOf the 300 cases reported so far, about 12 have no known address: 24 are in Brill, 36 in Corran and 220 in Dunmore.',
	);
	t.is(list?.sum, 280);
	t.is(list?.statedTotal?.value, 300);
	t.is(list?.unread, 1);
});

test('a list introduced by "such as" is partial and may have no total', t => {
	const [list] = breakdowns(
		'Birds\n\nCommon species such as the house sparrow (1.4 million sightings), the blue tit (1.1 million) and the starling (944,000) took the top places.',
	);
	t.false(list?.complete);
	t.deepEqual(items(list), [
		['house sparrow', 1_400_000],
		['blue tit', 1_100_000],
		['starling', 944_000],
	]);
	t.is(list?.statedTotal, null);
	t.is(list?.measure, 'sightings');
});

test('numbers in words make a list too', t => {
	const [list] = breakdowns(
		'Officers\n\nThe 27 new officers will be split among three precincts: twelve to the North Precinct, nine to the Third Precinct and six to the Fifth Precinct.',
	);
	t.deepEqual(items(list), [
		['North Precinct', 12],
		['Third Precinct', 9],
		['Fifth Precinct', 6],
	]);
	t.true(list?.complete);
	t.is(list?.statedTotal?.value, 27);
});

test('hedged totals keep their hedge', t => {
	const [list] = breakdowns(
		'Fire\n\nMore than 12,000 residents were evacuated, including 4,300 from Paradise Hills, 2,800 from Oak Valley and 1,150 from Cedar Glen.',
	);
	t.is(list?.statedTotal?.value, 12_000);
	t.is(list?.statedTotal?.hedge, 'at-least');
	t.false(list?.complete);
});

test('counts, years, percentages and adjectival numbers in prose are not breakdowns', t => {
	t.deepEqual(
		breakdowns(
			'Ban\n\nThey came from 42 countries. The 90-day ban elapsed in 2016, and refugees were capped at 45,000. Visas fell 44 percent, while 86 were detained.',
		),
		[],
	);
});

test('"respectively" pairs the coordinated names with the coordinated figures in order', t => {
	const [counties] = breakdowns('Heat\n\nMaricopa and Pima counties reported 175 and 41 deaths, respectively.');
	t.deepEqual(items(counties), [
		['Maricopa', 175],
		['Pima', 41],
	]);
	t.is(counties?.measure, 'deaths');
	const [money] = breakdowns(
		'Results\n\nRevenue from Cargo, Loyalty and Charter came to $8.1 billion, $4.8 billion and $1.2 billion, respectively.',
	);
	t.deepEqual(items(money), [
		['Cargo', 8.1],
		['Loyalty', 4.8],
		['Charter', 1.2],
	]);
	t.is(money?.unit, '$ billion');
});

test('"respectively" after years or unnamed figures is not a breakdown', t => {
	t.deepEqual(breakdowns('Heat\n\nThe county reported 175 and 41 deaths in 2023 and 2024, respectively.'), []);
	t.deepEqual(breakdowns('Jobs\n\nThe two plants employ 300 and 120 people, respectively.'), []);
});

test('a verb written once serves every item after the first: "X accounted for N, Y for M and Z for K"', t => {
	const [votes] = breakdowns(
		'Turnout\n\nEarly voting accounted for 8,905 ballots, mail ballots for 1,377 and Election Day for 3,930.',
	);
	// 8,905 + 1,377 + 3,930 = 14,212.
	t.deepEqual(items(votes), [
		['Early voting', 8905],
		['mail ballots', 1377],
		['Election Day', 3930],
	]);
	t.is(votes?.sum, 14_212);
	t.is(votes?.measure, 'ballots');
});

test('"for N" without a first item that has its verb is not a list', t => {
	t.deepEqual(
		breakdowns('Budget\n\nThe town asked for 300 chairs, the school for 120 desks and the library for 45 lamps.'),
		[],
	);
});

test('"X, with N, and Y, with M" pairs, and the remainder in the next sentence becomes an item', t => {
	const [deaths] = breakdowns(
		'Heat\n\nOf the 116 deaths, Maricopa, with 75, and Pima, with 32, had the most. The remaining nine deaths were reported in Yuma.',
	);
	// 75 + 32 + 9 = 116.
	t.deepEqual(items(deaths), [
		['Maricopa', 75],
		['Pima', 32],
		['Yuma', 9],
	]);
	t.is(deaths?.statedTotal?.value, 116);
	t.is(deaths?.measure, 'deaths');
});

test('a lone "with N" clause is not a breakdown', t => {
	t.deepEqual(breakdowns('Heat\n\nMaricopa, with 75, led the state. Officials expect more.'), []);
});

test('"N in the first quarter, M in the second…" are ordinal categories with the total sentences before', t => {
	const [quarters] = breakdowns(
		'Game\n\nKeller scored 41 points on Friday. He was hot early. He had 12 points in the first quarter, 9 in the second, 11 in the third and 9 in the fourth.',
	);
	t.deepEqual(items(quarters), [
		['first quarter', 12],
		['second', 9],
		['third', 11],
		['fourth', 9],
	]);
	t.is(quarters?.statedTotal?.value, 41);
	t.is(quarters?.measure, 'points');
});

test('lower-case places after "in" are not ordinal categories', t => {
	t.deepEqual(breakdowns('Game\n\nHe had 12 points in the lane, 9 in transition and 11 in the paint.'), []);
});

test('per-share figures compared with a forecast are not a breakdown', t => {
	t.deepEqual(
		breakdowns(
			'Results\n\nAdjusted earnings were $2.36 a share; analysts had expected $2.37 a share, or $1.9 billion.',
		),
		[],
	);
	t.deepEqual(breakdowns('Fuel\n\nDiesel, at $4.10 a gallon, and Premium, at $3.95 a gallon, rose again.'), []);
});

test('money "to X" items at mixed scales are expressed in the largest item\'s scale, with the total', t => {
	const [grants] = breakdowns(
		'Grants\n\nThe foundation gave $2.4 million: $1.1 million to Riverbend Library, $850,000 to the Harlow Youth Center and $450,000 to Eastgate Clinic.',
	);
	t.is(grants?.unit, '$ million');
	t.deepEqual(items(grants), [
		['Riverbend Library', 1.1],
		['Harlow Youth Center', 0.85],
		['Eastgate Clinic', 0.45],
	]);
	t.is(grants?.statedTotal?.value, 2.4);
	t.is(grants?.sum, 2.4);
});

test('the measure is a plural noun, never a verb after the number; without one the figures are just "figures"', t => {
	const [hours] = breakdowns(
		'Shifts\n\nVolunteers gave 120 hours in total: 64 came from Alder Street, 31 from Birch Lane and 25 from Cedar Court.',
	);
	t.is(hours?.measure, 'hours');
	t.deepEqual(items(hours), [
		['Alder Street', 64],
		['Birch Lane', 31],
		['Cedar Court', 25],
	]);
	const [plain] = breakdowns('Tally\n\nThe tally: Alder (12), Birch (9) and Cedar (4).');
	t.is(plain?.measure, 'figures');
});

const resultsTable = [
	'Byelection',
	'',
	'The count ended at dawn.',
	'',
	'Candidate          Party          Votes     %      Change',
	'Anna Reyes         Labour         12,410    48.2   +12.1%',
	'Tom Becker         Conservative   9,880     38.4   -4.0%',
	'Li Wen             Green          3,450     13.4   +1.2%',
	'Valid votes                       25,740',
	'Rejected ballots                  112',
	'Turnout                           61.3%',
	'Majority                          2,530',
	'',
	'Reyes thanked volunteers.',
].join('\n');

test('an aligned table takes the first column as names and the header-named votes column, total from its row', t => {
	const found = breakdowns(resultsTable);
	t.is(found.length, 1);
	// 12,410 + 9,880 + 3,450 = 25,740, the valid votes row; turnout, majority and rejected ballots are not items.
	t.deepEqual(items(found[0]), [
		['Anna Reyes', 12_410],
		['Tom Becker', 9880],
		['Li Wen', 3450],
	]);
	t.is(found[0]?.statedTotal?.value, 25_740);
	t.is(found[0]?.measure, 'votes');
});

test('a change column of percentages is never the measure column', t => {
	const [ports] = breakdowns(
		'Ports\n\nPort\tChange\tBoxes\nHarbor Point\t+12.1%\t812,000\nKelso\t-3.0%\t95,500\n\nVolumes rose.',
	);
	t.deepEqual(items(ports), [
		['Harbor Point', 812_000],
		['Kelso', 95_500],
	]);
	t.is(ports?.measure, 'boxes');
});

test('a header line followed by prose is not a table', t => {
	t.deepEqual(breakdowns('Notes\n\nName  Role\nThe panel met twice, with 12 members and 3 guests.\n'), []);
});

test('the one figure in the lead a list can break down is its total, though its noun differs from the items', t => {
	// Partial list ("such as"): 1,400,000 + 1,100,000 + 944,000 = 3,444,000, below "more than nine million".
	const [birds] = breakdowns(
		'Bird count\n\nThe sparrow topped the count again.\n\nMore than 600,000 people took part, recording more than nine million birds.\n\nCommon species such as the house sparrow (1.4 million sightings), the blue tit (1.1 million) and the starling (944,000) took the top places.',
	);
	t.is(birds?.statedTotal?.value, 9_000_000);
	t.is(birds?.statedTotal?.hedge, 'at-least');
	// A total in the paragraph before: 4,870 + 4,215 + 3,390 + 2,960 = 15,435 of about 61,000.
	const [pipes] = breakdowns(
		'Lead pipes\n\nAbout 61,000 homes in the city still get water through a lead line, the utility said.\n\nNeighborhoods with the most lead lines include Harambee, with 4,870; Sherman Park, with 4,215; Washington Heights, with 3,390; and Lincoln Village, with 2,960.',
	);
	t.is(pipes?.statedTotal?.value, 61_000);
});

test('no lead total when two figures could be it, or when a complete list does not fit it', t => {
	// 9,000 and 12,000 homes both exceed the items: which one the list breaks down is not said.
	const [two] = breakdowns(
		'Storm\n\nAbout 9,000 homes lost power and 12,000 homes lost water.\n\nThe outages by utility: Harbor Electric, 4,100 customers; Valley Power, 2,000 customers.',
	);
	t.is(two?.statedTotal, null);
	// A complete list of 6,100 is not a breakdown of "about 9,000": it falls far outside the rounding.
	const [short] = breakdowns(
		'Storm\n\nAbout 9,000 homes lost power on Friday.\n\nThe outages by utility: Harbor Electric, 4,100 customers; Valley Power, 2,000 customers.',
	);
	t.is(short?.statedTotal, null);
});

test('a dash introduces a list as a colon does: spaced, unspaced, en dash or two hyphens', t => {
	for (const dash of [' — ', '—', ' – ', ' -- ']) {
		const [list, ...rest] = breakdowns(
			`Rescue\n\nCrews recovered 11 bodies${dash}eight in Lowell, two in Dracut and one in Tewksbury.`,
		);
		t.is(rest.length, 0, dash);
		t.deepEqual(
			items(list),
			[
				['Lowell', 8],
				['Dracut', 2],
				['Tewksbury', 1],
			],
			dash,
		);
		t.is(list?.statedTotal?.value, 11, dash);
		t.is(list?.measure, 'bodies', dash);
	}
});

test('a dash around an aside does not cut a name or an item short', t => {
	const [list] = breakdowns(
		'Arrests\n\nPolice arrested 41 people in all. Denver — the state capital — had 23, Aurora had 12 and Boulder had 6.',
	);
	t.deepEqual(items(list), [
		['Denver', 23],
		['Aurora', 12],
		['Boulder', 6],
	]);
	t.is(list?.statedTotal?.value, 41);
});

test('a last figure that reads as no item leaves the list partial, not short of its total', t => {
	const [list] = breakdowns(
		'Count\n\nOf the 120 ballots cast, 70 went to Ms. Ruiz, 45 to Mr. Chen and 5 were spoiled.',
	);
	t.deepEqual(items(list), [
		['Ms. Ruiz', 70],
		['Mr. Chen', 45],
	]);
	t.is(list?.statedTotal?.value, 120);
	t.false(list?.complete);
	const [whole] = breakdowns(
		'Count\n\nOf the 120 ballots cast, 70 went to Ms. Ruiz, 45 to Mr. Chen and 5 to Mr. Diaz.',
	);
	t.is(whole?.items.length, 3);
	t.true(whole?.complete);
});

test('tallies written name-then-figure are read after a colon or a first item with its verb', t => {
	const [medals] = breakdowns('Games\n\nThe 30 medals were split: China 12, Japan 10 and South Korea 8.');
	t.deepEqual(items(medals), [
		['China', 12],
		['Japan', 10],
		['South Korea', 8],
	]);
	t.is(medals?.statedTotal?.value, 30);
	const [flights] = breakdowns(
		'Storm\n\nIn total 1,045 flights were cancelled: Delta cancelled 420, United 380 and American 245.',
	);
	t.deepEqual(items(flights), [
		['Delta', 420],
		['United', 380],
		['American', 245],
	]);
	t.is(flights?.statedTotal?.value, 1045);
});

test('a number that numbers a thing, or a list with no colon or verb before it, is no tally', t => {
	t.deepEqual(breakdowns('Series\n\nTickets for Game 7 and Game 6 sold out within the hour.'), []);
	t.deepEqual(breakdowns('Roads\n\nCrews closed Route 9, Highway 101 and Interstate 95 on Monday.'), []);
	t.deepEqual(breakdowns('Team\n\nSmith 12 and Jones 9 were named to the squad.'), []);
});

test('a total with a colon introduces categories in lower case: "$2.4 million: $1.1 million to the pension fund, …"', t => {
	const [repaid] = breakdowns(
		'Title\n\nThe judge ordered him to repay $2.4 million: $1.1 million to the county pension fund, $850,000 to a hospital foundation and $450,000 to the youth soccer league he once ran.',
	);
	t.deepEqual(items(repaid), [
		['county pension fund', 1.1],
		['hospital foundation', 0.85],
		['youth soccer league', 0.45],
	]);
	t.is(repaid?.statedTotal?.value, 2.4);
	t.true(repaid?.complete);

	const [staff] = breakdowns(
		'Title\n\nThe plant employs 1,200 people: 800 in production, 300 in logistics and 150 in administration.',
	);
	t.deepEqual(items(staff), [
		['production', 800],
		['logistics', 300],
		['administration', 150],
	]);
	// 800 + 300 + 150 = 1,250, not 1,200: the list is read so that the check can say so.
	t.is(staff?.sum, 1250);
	t.is(staff?.statedTotal?.value, 1200);
});

test('lower-case categories without a total and a colon before them are no list', t => {
	t.deepEqual(breakdowns('Title\n\nPolice made 12 arrests in the morning, 9 in the afternoon and 4 at night.'), []);
	t.deepEqual(breakdowns('Title\n\nTurnout was 62% in the city and 48% in the suburbs.'), []);
	t.deepEqual(
		breakdowns('Title\n\nThe district said on Monday: 50 went to new schools, 30 to repairs and 10 to buses.'),
		[],
	);
});

test('a name with "and" in it stays whole when it continues a list: "… and the loyalty program and other businesses for $1.3 billion"', t => {
	const [revenue] = breakdowns(
		'Title\n\nRevenue rose to $14.6 billion. Tickets accounted for $12.9 billion of that, cargo for $400 million and the loyalty program and other businesses for $1.3 billion.',
	);
	t.deepEqual(items(revenue), [
		['Tickets', 12.9],
		['cargo', 0.4],
		['loyalty program and other businesses', 1.3],
	]);
	// 12.9 + 0.4 + 1.3 = 14.6
	t.is(revenue?.statedTotal?.value, 14.6);
});

test('"respectively" pairs single lower-case words with counts and money, but not with rates', t => {
	const [revenue] = breakdowns(
		'Title\n\nPassenger revenue was $12.9 billion. Domestic and international passenger revenue came to $8.1 billion and $4.8 billion, respectively.',
	);
	t.deepEqual(items(revenue), [
		['Domestic', 8.1],
		['international', 4.8],
	]);
	t.is(revenue?.statedTotal?.value, 12.9);
	t.deepEqual(breakdowns('Title\n\nSales in the north and south rose 5% and 3%, respectively.'), []);
});

test('counted nouns are shares only after their total: "58 votes: 47 Democrats, 9 Republicans and 2 independents"', t => {
	const [votes] = breakdowns('Title\n\nThe bill passed with 58 votes: 47 Democrats, 9 Republicans and 2 independents.');
	t.deepEqual(items(votes), [
		['Democrats', 47],
		['Republicans', 9],
		['independents', 2],
	]);
	t.is(votes?.statedTotal?.value, 58);

	// 7 + 6 = 13 against 12: the total is kept, so the check can flag it.
	const [dead] = breakdowns('Title\n\nThe 12 dead included 7 women and 6 children.');
	t.deepEqual(items(dead), [
		['women', 7],
		['children', 6],
	]);
	t.is(dead?.statedTotal?.value, 12);
	t.false(dead?.complete);

	t.deepEqual(breakdowns('Title\n\nHe scored 12 points and 9 rebounds in 30 minutes.'), []);
	t.deepEqual(breakdowns('Title\n\nShe has 3 children and 2 dogs.'), []);
});

test('categories and counted nouns mix in one list after its total, and a figure read as neither leaves it partial', t => {
	const [runners] = breakdowns(
		'Title\n\nA record 6,412 runners finished: 3,598 men, 2,791 women and 23 in the open division.',
	);
	t.deepEqual(items(runners), [
		['men', 3598],
		['women', 2791],
		['open division', 23],
	]);
	t.true(runners?.complete);
	const [partial] = breakdowns(
		'Title\n\nA record 6,412 runners finished: 3,598 men, 2,791 women and 23 were unclassified.',
	);
	t.is(partial?.items.length, 2);
	t.false(partial?.complete);
});

test('places joined by "and" stay one member of a list whose first member has its verb', t => {
	const [waiting] = breakdowns(
		'Title\n\nSome 712,400 people were waiting. West Yorkshire accounted for 301,600 of them, Humber and North Yorkshire for 229,300 and South Yorkshire and Bassetlaw for 181,500.',
	);
	t.deepEqual(items(waiting), [
		['West Yorkshire', 301_600],
		['Humber and North Yorkshire', 229_300],
		['South Yorkshire and Bassetlaw', 181_500],
	]);
	// 301,600 + 229,300 + 181,500 = 712,400
	t.is(waiting?.statedTotal?.value, 712_400);
});

test('the lead a list’s total comes from is the story’s first prose, past a byline, an "Updated" line and "Advertisement"', t => {
	const [residents] = breakdowns(
		[
			'Wildfire forces thousands to flee',
			'By A. Reporter, Associated Press',
			'Updated 6:42 PM PDT, August 14, 2024',
			'MEDFORD, Ore. (AP) — A wildfire has forced more than 4,000 people from their homes and destroyed at least 37 structures, officials said Wednesday.',
			'Advertisement',
			'The fire had burned about 18,500 acres by Wednesday morning, according to the state forestry department.',
			'Evacuation orders covered three counties: 2,100 residents in Jackson County, 1,400 in Josephine County and 600 in Klamath County.',
		].join('\n\n'),
	);
	t.deepEqual(items(residents), [
		['Jackson County', 2100],
		['Josephine County', 1400],
		['Klamath County', 600],
	]);
	t.is(residents?.statedTotal?.value, 4000);
	t.is(residents?.statedTotal?.hedge, 'at-least');
});

test('a verb that shares an amount out opens a list of categories, names with "and" kept whole, the remainder after it', t => {
	const [budget] = breakdowns(
		'Title\n\nThe council approved a $48 million budget. The plan sets aside $21 million for public safety, $12 million for parks and roads and $9 million for libraries and other services. The remaining $6 million goes to reserves.',
	);
	t.deepEqual(items(budget), [
		['public safety', 21],
		['parks and roads', 12],
		['libraries and other services', 9],
		['reserves', 6],
	]);
	// 21 + 12 + 9 + 6 = 48
	t.is(budget?.statedTotal?.value, 48);
	t.true(budget?.complete);
	// No sharing verb, no colon: spending on things is no list.
	t.deepEqual(breakdowns('Title\n\nHe spent $5 on coffee, $10 on lunch and $20 on dinner.'), []);
});

test('a word that opens a sentence is no name: "With all 62 precincts reporting, Holt received 28,412 votes"', t => {
	t.deepEqual(breakdowns('Title\n\nWith all 62 precincts reporting, Holt received 28,412 votes, or 54 percent.'), []);
});

test('a clause about the first place is cut from its name: "Sindh province was the worst hit, with 186 deaths"', t => {
	const [deaths] = breakdowns(
		'Floods\n\nFloods have killed 411 people. Sindh province was the worst hit, with 186 deaths, followed by Khyber Pakhtunkhwa with 108, Punjab with 64 and Balochistan with 53.',
	);
	t.deepEqual(items(deaths), [
		['Sindh province', 186],
		['Khyber Pakhtunkhwa', 108],
		['Punjab', 64],
		['Balochistan', 53],
	]);
	// 186 + 108 + 64 + 53 = 411
	t.is(deaths?.statedTotal?.value, 411);
});

test('the figure a colon opens a list with is its total, though the items carry no noun', t => {
	// 410 + 295 + 260 + 185 = 1,150, not 1,140: the total is kept so the check can say so.
	const [students] = breakdowns(
		'Title\n\nThe closures will affect 1,140 students: 410 at Maple Grove, 295 at Cedar Park, 260 at Lincoln and 185 at Riverbend.',
	);
	t.is(students?.items.length, 4);
	t.is(students?.sum, 1150);
	t.is(students?.statedTotal?.value, 1140);
	t.is(students?.measure, 'students');
});

test('words after a list that leave some out make it partial: "…, with the remaining cases spread across five other counties"', t => {
	const [cases] = breakdowns(
		'Title\n\nThe outbreak has grown to 124 cases. Gaines County has reported 80 cases, Terry County 20, Dawson County 7 and Lubbock County 6, with the remaining cases spread across five other counties.',
	);
	t.deepEqual(items(cases), [
		['Gaines County', 80],
		['Terry County', 20],
		['Dawson County', 7],
		['Lubbock County', 6],
	]);
	t.false(cases?.complete);
});

test('a stat line is no list, and two players’ points are no parts of a third’s', t => {
	const found = breakdowns(
		[
			'Hawks win',
			'Marcus Rivera scored 38 points as the Hawks won 112-105 on Sunday.',
			'Jalen Brooks had 21 points and 11 rebounds for Atlanta.',
			'LeBron James led the Lakers with 29 points, while Anthony Davis added 24 points.',
		].join('\n\n'),
	);
	// Points and rebounds are two measures: no list of them.
	t.false(found.some(list => list.items.some(item => item.value === 11)));
	// 29 + 24 against Rivera's 38: no stated total for two figures from another sentence without a cue.
	t.true(found.every(list => list.statedTotal === null));
});

test('counted nouns after a verb that shares out make a list ("The cuts include 900 flight attendants, …"); units do not', t => {
	const [cuts] = breakdowns(
		'Title\n\nThe carrier will eliminate about 2,000 positions. The cuts include 900 flight attendants, 600 ground staff and 350 pilots, according to a memo.',
	);
	t.deepEqual(items(cuts), [
		['flight attendants', 900],
		['ground staff', 600],
		['pilots', 350],
	]);
	t.false(cuts?.complete);
	t.deepEqual(breakdowns('Title\n\nThe 12-week course includes 4 weeks of theory and 8 weeks of practice.'), []);
});

test('"Of the dead, four were German, two Austrian and one Italian": a whole named before the list opens counted nouns', t => {
	const [dead] = breakdowns(
		'Title\n\nSeven people were killed when a bus crashed. Of the dead, four were German, two Austrian and one Italian.',
	);
	t.deepEqual(items(dead), [
		['German', 4],
		['Austrian', 2],
		['Italian', 1],
	]);
	// 4 + 2 + 1 = 7
	t.is(dead?.statedTotal?.value, 7);
	t.deepEqual(breakdowns('Title\n\nOf the three, two were injured and one died.'), []);
});
