// A disaster's roundup written one place a paragraph, in our own words and invented figures (structure seen in real
// copy, test/real/, facts only): each place its deaths, injuries and homes, the whole said paragraphs before.
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

// 40 + 12 + 6 = 58 deaths; 300 + 90 + 25 = 415 injured; 2,100 + 640 + 75 = 2,815 homes.
const roundup = [
	'Floods',
	'',
	'The floods have killed 58 people and left 415 people injured, the relief agency said on Sunday.',
	'Water also damaged 2,815 homes across the north.',
	'The worst toll was reported from Northern Valley, where 40 people died with 300 injured. A total of 2,100 homes were damaged in the valley.',
	'In the Eastern Hills Territory (EHT), 12 people have been confirmed dead with 90 more injured. Some 640 homes were damaged.',
	'Relief: more tents on the way',
	'Six people were killed in Riverside with another 25 injured, and 75 homes were damaged.',
].join('\n\n');

test('a roundup of one place a paragraph gives a list per casualty, each held to the whole said before it', t => {
	const {breakdowns, checks} = read(roundup);
	const byMeasure = new Map(breakdowns.map(breakdown => [breakdown.measure, breakdown]));
	const places = ['Northern Valley', 'EHT', 'Riverside'];
	t.deepEqual(
		items(byMeasure.get('deaths')),
		places.map((place, k) => [place, [40, 12, 6][k]]),
	);
	t.deepEqual(
		items(byMeasure.get('injured')),
		places.map((place, k) => [place, [300, 90, 25][k]]),
	);
	t.deepEqual(
		items(byMeasure.get('homes')),
		places.map((place, k) => [place, [2100, 640, 75][k]]),
	);
	t.is(byMeasure.get('deaths')?.statedTotal?.value, 58);
	t.is(byMeasure.get('injured')?.statedTotal?.value, 415);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent', 'consistent', 'consistent']);
});

test('a whole said before a roundup that its places do not add up to is not taken: no total, so no ✗', t => {
	const {breakdowns, checks} = read(roundup.replace('killed 58 people', 'killed 60 people'));
	const deaths = breakdowns.find(breakdown => breakdown.measure === 'deaths');
	t.is(deaths?.statedTotal, null);
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('a section heading after a link headline ends the roundup: the places after it are another list', t => {
	const {breakdowns} = read(
		`${roundup}\n\nRelief: schools reopen\n\nDistrict figures\n\nIn Ash, 20 people died with 150 injured.\n\nIn Birch, 11 people died with 60 injured.\n\nIn Cedar, 9 people died with 90 injured.`,
	);
	const deaths = breakdowns.filter(breakdown => breakdown.measure === 'deaths');
	t.deepEqual(
		deaths.map(breakdown => breakdown.items.length),
		[3, 3],
	);
});

test('a whole stated paragraphs before a list is its total only when the parts add up to it exactly', t => {
	// 50 + 30 + 18 = 98.
	const story = (cedar: number) =>
		[
			'Quake',
			'Officials said 98 people died in the quake.',
			'Rescue teams worked through the night.',
			'Roads to the coast stayed closed.',
			'Power came back in the capital.',
			'Schools will stay shut this week.',
			`The dead were counted in three states: 50 in Ash, 30 in Birch and ${cedar} in Cedar.`,
		].join('\n\n');
	const {breakdowns, checks} = read(story(18));
	t.is(breakdowns[0]?.statedTotal?.value, 98);
	t.is(breakdowns[0]?.totalLink, 'exact');
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
	const off = read(story(17));
	t.is(off.breakdowns[0]?.statedTotal ?? null, null);
	t.false(off.checks.some(check => check.verdict === 'inconsistent'));
});

test('"61 girls and 59 boys" is a split by sex, held only to a whole it adds up to exactly', t => {
	// 61 + 59 = 120.
	const school = (whole: string) =>
		`School\n\nThe new school opened with ${whole} pupils on Monday.\n\nSo far, 61 girls and 59 boys have enrolled, the head teacher said.`;
	const {breakdowns, checks} = read(school('120'));
	const bySex = breakdowns.find(breakdown => breakdown.items.some(item => item.name === 'girls'));
	t.deepEqual(items(bySex), [
		['girls', 61],
		['boys', 59],
	]);
	t.is(bySex?.statedTotal?.value, 120);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
	// 130 nearby is not their whole by anything the article says: no total, no ✗.
	const other = read(school('130'));
	t.false(other.checks.some(check => check.verdict === 'inconsistent'));
	t.is(
		other.breakdowns.find(breakdown => breakdown.items.some(item => item.name === 'girls'))?.statedTotal ?? null,
		null,
	);
});

test('two counted nouns that are no complement ("12 women and 9 children", "12 points and 9 rebounds") are no split', t => {
	t.deepEqual(read('Fire\n\nThe fire displaced 12 women and 9 children on Elm Street.').breakdowns, []);
	t.deepEqual(read('Game\n\nShe finished with 12 points and 9 rebounds.').breakdowns, []);
});

test('a selection ("the three counties with the most cases") takes the total the story gave paragraphs before, as ?', t => {
	// 900 + 700 + 400 = 2,000 of the 5,120: a selection short of its whole, as it should be.
	const {breakdowns, checks} = read(
		[
			'Virus',
			'The state reported 120 new cases, bringing the total number of cases in the state to 5,120.',
			'Testing sites stayed open over the weekend.',
			'Hospitals said beds were available.',
			'Officials urged people to wear masks.',
			'Here are the three counties with the most cases:\n1. Ash County: 900\n2. Birch County: 700\n3. Cedar County: 400',
		].join('\n\n'),
	);
	const top = breakdowns.find(breakdown => breakdown.items.length === 3);
	t.is(top?.statedTotal?.value, 5120);
	t.false(top?.complete);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['unverifiable']);
});

test('counts by date, "80 were arrested on Nov. 3, 120 were held on Nov. 4 …", are a list named by the dates', t => {
	// 80 + 120 + 97 = 297, as the colon's lead says.
	const {breakdowns, checks} = read(
		'Arrests\n\nPolice made 297 arrests over three nights: 80 were arrested on Nov. 3, 120 were held on Nov. 4 and 97 were detained on Nov. 5.',
	);
	t.deepEqual(items(breakdowns[0]), [
		['Nov. 3', 80],
		['Nov. 4', 120],
		['Nov. 5', 97],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});
