// Wholes told first and their parts told one a sentence after, each with a change beside it: found by their sum.
import test from 'ava';
import {items, read, verdicts} from './helpers/read-counts.ts';

const story = [
	'Turnout for mayor fell to 48,210 from 51,004; a drop of 2,794.',
	'The Harbour candidates received 20,115, a loss of 1,200 from four years before.',
	'The Valley candidates got 19,870, a gain of 310 over the last vote.',
	'And the independent candidates garnered 8,225; an increase of 96 from four years earlier.',
].join(' ');

test('parts one a sentence, owned by the subject (capitalised or a lower-case group), add up to the level reached', t => {
	const {breakdowns, checks} = read(story);
	const list = breakdowns.find(breakdown => breakdown.statedTotal?.value === 48_210);
	t.deepEqual(items(list), [
		['Harbour candidates', 20_115],
		['Valley candidates', 19_870],
		['independent candidates', 8225],
	]);
	t.is(list?.totalLink, 'exact');
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('parts that do not add up to the figure before them are no list of it, and no ✗ is raised', t => {
	const {breakdowns, checks} = read(story.replace('8,225', '8,925'));
	t.false(breakdowns.some(breakdown => breakdown.statedTotal?.value === 48_210));
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});

test('the figure a change starts from is no whole: "from 51,004" is not the level the parts add up to', t => {
	const {breakdowns} = read(story.replace('fell to 48,210 from 51,004', 'fell from 48,210 to 47,004'));
	t.false(breakdowns.some(breakdown => breakdown.statedTotal?.value === 48_210));
});

test('two parts set in contrast ("N were girls while M were boys") after their whole are a list of it', t => {
	const {breakdowns, checks} = read(
		'Of the 5,210 pupils who sat the test, 2,640 were girls while 2,570 were boys. The board said more sat than last year.',
	);
	const list = breakdowns.find(breakdown => breakdown.statedTotal?.value === 5210);
	t.deepEqual(items(list), [
		['girls', 2640],
		['boys', 2570],
	]);
	t.deepEqual(verdicts(checks, 'breakdown-total'), ['consistent']);
});

test('groups with their figures alone in brackets, a sentence before the whole they add up to, are its parts', t => {
	const text =
		'More men (3,112) than women (2,904) took the exam this spring. Of the 6,016 candidates, most passed, the council said.';
	const list = read(text).breakdowns.find(breakdown => breakdown.statedTotal?.value === 6016);
	t.deepEqual(items(list), [
		['men', 3112],
		['women', 2904],
	]);
	// Groups whose figures do not add up to the figure after them are no list of it.
	t.false(read(text.replace('2,904', '2,990')).breakdowns.some(breakdown => breakdown.statedTotal?.value === 6016));
});

test('a whole with its parts in brackets keeps the parts\' own names: "84 medals (20 gold, …)" is no item "medals"', t => {
	const {breakdowns} = read('Norland has 84 medals (20 gold, 30 silver and 34 bronze). It leads the table.');
	t.deepEqual(items(breakdowns[0]), [
		['gold', 20],
		['silver', 30],
		['bronze', 34],
	]);
});

test('a utility\'s customers, homes and premises are one count: "power back to N homes, with M customers still in the dark"', t => {
	const text =
		'Outages\n\nThe gale cut power to 52,400 customers on Monday. By noon the utility had brought power back to 31,900 homes and farms, with 20,500 customers still in the dark.';
	const list = read(text).breakdowns.find(breakdown => breakdown.statedTotal?.value === 52_400);
	t.deepEqual(
		items(list).map(([, value]) => value),
		[31_900, 20_500],
	);
	t.is(items(list)[1]?.[0], 'still in the dark');
	t.is(list?.totalLink, 'exact');
	// Figures of other nouns ("31,900 poles") are no parts of the customers.
	t.false(
		read(text.replace('31,900 homes and farms', '31,900 poles')).breakdowns.some(
			breakdown => breakdown.statedTotal?.value === 52_400,
		),
	);
});

test('a conjunction opening a sentence names nothing, and the counted noun is no category of its own whole', t => {
	const text =
		'Shelters\n\nIn Upton, 310 people, or 70 families, remain in shelters. The rest are in Lowe (620 evacuees, or 45 families).\n\nAlthough reports spoke of 25 dead, the official toll stood at 14 people killed and 80 others hurt.';
	const {breakdowns, checks} = read(text);
	// 45 families + 25 dead = 70, the families of Upton: a coincidence, not a list.
	t.false(
		breakdowns.some(breakdown => breakdown.statedTotal?.value === 70),
		JSON.stringify(breakdowns.map(items)),
	);
	t.false(breakdowns.some(breakdown => breakdown.items.some(item => item.name === 'Although')));
	t.false(checks.some(check => check.verdict === 'inconsistent'));
});
