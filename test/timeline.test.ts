import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline/timeline.ts';
import type {TimelineEntry} from '../source/extract/types.ts';

const seedText = readFileSync(new URL('../seeds/ice-raids-sanctuary-cities.txt', import.meta.url), 'utf8');
const seed = parseArticle(seedText);
const seedTimeline = extractTimeline(seed);

type Dates = Pick<TimelineEntry, 'expression' | 'start' | 'end' | 'grain' | 'qualifier'>;

function dates(entries: readonly TimelineEntry[]): Dates[] {
	return entries.map(({expression, start, end, grain, qualifier}) => ({expression, start, end, grain, qualifier}));
}

function entry(entries: readonly TimelineEntry[], expression: string): TimelineEntry | undefined {
	return entries.find(item => item.expression === expression);
}

test('the seed article: every date resolved against Saturday 2017-09-30 with past bias, sorted by date', t => {
	t.deepEqual(dates(seedTimeline), [
		{expression: 'since 1980', start: '1980', end: null, grain: 'year', qualifier: null},
		{expression: 'for 2016', start: '2016', end: null, grain: 'year', qualifier: null},
		{expression: 'this year', start: '2017', end: null, grain: 'year', qualifier: null},
		{expression: 'In late April', start: '2017-04', end: null, grain: 'month', qualifier: 'late'},
		{expression: 'on Sunday night', start: '2017-09-24', end: null, grain: 'day', qualifier: null},
		{
			expression: 'over a four-day period ending Wednesday',
			start: '2017-09-24',
			end: '2017-09-27',
			grain: 'day',
			qualifier: null,
		},
		{expression: 'this week', start: '2017-09-24', end: '2017-09-30', grain: 'week', qualifier: null},
		{expression: 'Thursday', start: '2017-09-28', end: null, grain: 'day', qualifier: null},
		{expression: 'On Thursday', start: '2017-09-28', end: null, grain: 'day', qualifier: null},
		{expression: 'on Friday', start: '2017-09-29', end: null, grain: 'day', qualifier: null},
		{expression: 'next year', start: '2018', end: null, grain: 'year', qualifier: null},
	]);
});

test('the seed article: spans slice back to the expression and sit inside their sentence', t => {
	for (const item of seedTimeline) {
		t.is(seed.body.slice(item.span.start, item.span.end), item.expression);
		t.true(item.sentence.start <= item.span.start && item.span.end <= item.sentence.end);
	}
});

test('the seed article: "90-day lifespan" and counts such as 45,000 are not dates', t => {
	for (const item of seedTimeline) {
		t.false(/90|45/.test(item.expression), item.expression);
	}
});

test('the seed article: ids are unique and assigned in text order', t => {
	const inTextOrder = [...seedTimeline].sort((a, b) => a.span.start - b.span.start).map(item => item.id);
	t.deepEqual(
		inTextOrder,
		seedTimeline.map((_, index) => `t${index + 1}`),
	);
	t.is(entry(seedTimeline, 'Thursday')?.id, 't1');
});

function timeline(text: string, published: string | null): TimelineEntry[] {
	return extractTimeline(parseArticle(text, {published}));
}

function dateOf(entries: readonly TimelineEntry[], expression: string): Omit<Dates, 'expression'> | undefined {
	const found = entry(entries, expression);
	return found && {start: found.start, end: found.end, grain: found.grain, qualifier: found.qualifier};
}

const day = (start: string, end: string | null = null): Omit<Dates, 'expression'> => ({
	start,
	end,
	grain: 'day',
	qualifier: null,
});

test('a Monday story: "last Tuesday" and a bare "Friday" are the ones before, "will vote on Friday" the one after', t => {
	// 2017-10-02 is a Monday.
	const entries = timeline(
		'The council met last Tuesday. It will vote on Friday. The mayor resigned Friday.',
		'2017-10-02',
	);
	t.deepEqual(dateOf(entries, 'last Tuesday'), day('2017-09-26'));
	t.deepEqual(dateOf(entries, 'Friday'), day('2017-09-29'));
	t.deepEqual(dateOf(entries, 'on Friday'), day('2017-10-06'));
});

test('wording that looks ahead moves a date without a year into the future; plain past tense keeps it behind', t => {
	// 2017-07-10 is a Monday.
	const entries = timeline(
		'New rules take effect starting Aug. 1, officials said. The Senate will vote on Tuesday. The old rules took effect Aug. 2.',
		'2017-07-10',
	);
	t.deepEqual(dateOf(entries, 'starting Aug. 1'), day('2017-08-01'));
	t.deepEqual(dateOf(entries, 'on Tuesday'), day('2017-07-11'));
	t.deepEqual(dateOf(entries, 'Aug. 2'), day('2016-08-02'));
});

test('a month and day without a year is the latest one on or before publication unless the clause looks ahead', t => {
	const entries = timeline(
		'The deadline passed on Sept. 27. Voters went to the polls Nov. 5. The runoff will be held Dec. 12.',
		'2017-09-30',
	);
	t.deepEqual(dateOf(entries, 'on Sept. 27'), day('2017-09-27'));
	t.deepEqual(dateOf(entries, 'Nov. 5'), day('2016-11-05'));
	t.deepEqual(dateOf(entries, 'Dec. 12'), day('2017-12-12'));
});

test('seasons keep the season grain as a span of months', t => {
	const entries = timeline(
		'Sales rose last summer and fell this spring. Prices peaked in the summer of 2015. The plant closed last winter.',
		'2017-09-30',
	);
	const season = (start: string, end: string): Omit<Dates, 'expression'> => ({
		start,
		end,
		grain: 'season',
		qualifier: null,
	});
	t.deepEqual(dateOf(entries, 'last summer'), season('2017-06', '2017-08'));
	t.deepEqual(dateOf(entries, 'this spring'), season('2017-03', '2017-05'));
	t.deepEqual(dateOf(entries, 'in the summer of 2015'), season('2015-06', '2015-08'));
	t.deepEqual(dateOf(entries, 'last winter'), season('2016-12', '2017-02'));
});

test('calendar periods resolve at their grain, with early/mid/late kept as the qualifier', t => {
	const entries = timeline(
		'Last month, the board met. Earlier this month it voted again. The project began in early 2016. ' +
			'It should finish by mid-2018. Sales fell last year. Arrests rose last week.',
		'2017-09-30',
	);
	t.deepEqual(dateOf(entries, 'Last month'), {start: '2017-08', end: null, grain: 'month', qualifier: null});
	t.deepEqual(dateOf(entries, 'Earlier this month'), {start: '2017-09', end: null, grain: 'month', qualifier: null});
	t.deepEqual(dateOf(entries, 'in early 2016'), {start: '2016', end: null, grain: 'year', qualifier: 'early'});
	t.deepEqual(dateOf(entries, 'by mid-2018'), {start: '2018', end: null, grain: 'year', qualifier: 'mid'});
	t.deepEqual(dateOf(entries, 'last year'), {start: '2016', end: null, grain: 'year', qualifier: null});
	t.deepEqual(dateOf(entries, 'last week'), {start: '2017-09-17', end: '2017-09-23', grain: 'week', qualifier: null});
});

test('intervals: weekday pairs, month-day ranges, spans counted back from publication or from an anchor day', t => {
	const entries = timeline(
		'Police made 40 arrests between Monday and Wednesday. The fair ran from Aug. 1 to Aug. 5. ' +
			'Over the past three days, 12 people died. In a 10-day span beginning Sept. 5, 30 people were hurt. ' +
			'In the past two weeks, three stores closed.',
		'2017-09-30',
	);
	t.deepEqual(dateOf(entries, 'between Monday and Wednesday'), day('2017-09-25', '2017-09-27'));
	t.deepEqual(dateOf(entries, 'from Aug. 1 to Aug. 5'), day('2017-08-01', '2017-08-05'));
	t.deepEqual(dateOf(entries, 'Over the past three days'), day('2017-09-28', '2017-09-30'));
	t.deepEqual(dateOf(entries, 'In a 10-day span beginning Sept. 5'), day('2017-09-05', '2017-09-14'));
	// Weeks counted back are whole days before publication: the fourteen days up to the day before.
	t.deepEqual(dateOf(entries, 'In the past two weeks'), day('2017-09-16', '2017-09-29'));
});

test('days relative to publication: yesterday, today, tonight, and "two weeks ago" as the week it fell in', t => {
	const entries = timeline(
		'He left two weeks ago. She arrived yesterday and leaves tonight. Today, the firm closed.',
		'2017-09-30',
	);
	t.deepEqual(dateOf(entries, 'two weeks ago'), {
		start: '2017-09-10',
		end: '2017-09-16',
		grain: 'week',
		qualifier: null,
	});
	t.deepEqual(dateOf(entries, 'yesterday'), day('2017-09-29'));
	t.deepEqual(dateOf(entries, 'tonight'), day('2017-09-30'));
	t.deepEqual(dateOf(entries, 'Today'), day('2017-09-30'));
});

test('without a publication date relative dates stay unresolved, in text order after the resolved ones', t => {
	const entries = timeline(
		'The mayor spoke Thursday. The council meets next week. The law passed on March 3, 2015. Sales fell last year.',
		null,
	);
	t.deepEqual(dates(entries), [
		{expression: 'on March 3, 2015', start: '2015-03-03', end: null, grain: 'day', qualifier: null},
		{expression: 'Thursday', start: '', end: null, grain: 'unresolved', qualifier: null},
		{expression: 'next week', start: '', end: null, grain: 'unresolved', qualifier: null},
		{expression: 'last year', start: '', end: null, grain: 'unresolved', qualifier: null},
	]);
});

test('absolute dates with years: ISO dates, year ranges, decades as a span of years, and a year naming an event', t => {
	const entries = timeline(
		'The law was amended 2015-03-03. The strike lasted from 2010 to 2012. In the 1990s crime fell. ' +
			'It shaped the 2016 election.',
		null,
	);
	t.deepEqual(dateOf(entries, '2015-03-03'), day('2015-03-03'));
	t.deepEqual(dateOf(entries, 'from 2010 to 2012'), {start: '2010', end: '2012', grain: 'year', qualifier: null});
	t.deepEqual(dateOf(entries, 'In the 1990s'), {start: '1990', end: '1999', grain: 'year', qualifier: null});
	t.deepEqual(dateOf(entries, '2016'), {start: '2016', end: null, grain: 'year', qualifier: null});
});

test('words and numbers that only look like dates are left out', t => {
	const entries = timeline(
		'Any crimes they may have committed are old. Protesters held a march on Washington. ' +
			'The Sunday Times reported it. It cost 45,000 dollars and 2000 people came. Theresa May said so. ' +
			'The 90-day ban ended. The 24/7 hotline rang. Super Tuesday voters waited.',
		'2017-09-30',
	);
	t.deepEqual(dates(entries), []);
});

test('events read as the clause the date modifies, without the date itself', t => {
	t.is(entry(seedTimeline, 'In late April')?.event, 'Judge William H. Orrick blocked the executive order');
	t.is(
		entry(seedTimeline, 'over a four-day period ending Wednesday')?.event,
		'The campaign involved the arrests of 498 individuals',
	);
	t.is(entry(seedTimeline, 'On Thursday')?.event, 'Politico released a report compiling State Department data');
	const entries = timeline('The council met last Tuesday. It will vote on Friday.', '2017-10-02');
	t.is(entry(entries, 'last Tuesday')?.event, 'The council met');
	t.is(entry(entries, 'on Friday')?.event, 'It will vote');
});

test('every event is short and ends on a word, not a comma', t => {
	for (const item of seedTimeline) {
		t.true(item.event.length > 0 && item.event.length <= 70, item.event);
		t.false(/[,;:\s]$/.test(item.event), item.event);
	}
});

test('future cues flip a date ahead: must, deadlines with "by"/"until", "expires", present-tense "opens"/"takes office"', t => {
	// 2022-11-20 is a Sunday.
	const entries = timeline(
		'The gallery reopens in early June. The new chief takes office March 1. ' +
			'He must surrender to authorities by Feb. 3. The lease expires Oct. 31.',
		'2022-11-20',
	);
	t.deepEqual(dateOf(entries, 'in early June'), {start: '2023-06', end: null, grain: 'month', qualifier: 'early'});
	t.deepEqual(dateOf(entries, 'March 1'), day('2023-03-01'));
	t.deepEqual(dateOf(entries, 'by Feb. 3'), day('2023-02-03'));
	t.deepEqual(dateOf(entries, 'Oct. 31'), day('2023-10-31'));
});

test('a past verb beside the date keeps it behind even when the clause mentions the future', t => {
	// 2023-06-08 is a Thursday.
	const entries = timeline(
		'The committee on Tuesday approved a plan for the coming season. The order was in force until Sunday. ' +
			'The team is supposed to return on Friday.',
		'2023-06-08',
	);
	t.deepEqual(dateOf(entries, 'on Tuesday'), day('2023-06-06'));
	t.deepEqual(dateOf(entries, 'until Sunday'), day('2023-06-04'));
	t.deepEqual(dateOf(entries, 'on Friday'), day('2023-06-09'));
});

test('a reported future ("would") takes the nearer weekday; "until" in a present clause and declared observances look ahead', t => {
	// 2023-06-10 is a Saturday.
	const entries = timeline(
		'Forecasters said rain would arrive on Monday. The road stays closed until noon Tuesday. ' +
			'The king declared Friday a national day of mourning.',
		'2023-06-10',
	);
	t.deepEqual(dateOf(entries, 'on Monday'), day('2023-06-12'));
	t.deepEqual(dateOf(entries, 'Tuesday'), day('2023-06-13'));
	t.deepEqual(dateOf(entries, 'Friday'), day('2023-06-16'));
});

test('lines under an "UP NEXT" heading are a schedule of coming days', t => {
	// 2023-06-08 is a Thursday.
	const entries = timeline(
		'The Rovers won 3-1 on Tuesday.\n\nUP NEXT\n\nRovers: At City on Saturday.\n\nUnited: Host Town on Sunday.',
		'2023-06-08',
	);
	t.deepEqual(dateOf(entries, 'on Tuesday'), day('2023-06-06'));
	t.deepEqual(dateOf(entries, 'on Saturday'), day('2023-06-10'));
	t.deepEqual(dateOf(entries, 'on Sunday'), day('2023-06-11'));
});

test('day ranges written once with their month are intervals; weekly routines such as opening hours are not dates', t => {
	// 2023-05-10 is a Wednesday.
	const entries = timeline(
		'Volunteers surveyed the reef between 3 and 9 March. The festival runs from Aug. 14 to 17. ' +
			'The library is open Monday to Saturday. Tutors are on hand Tuesday through Thursday evenings. ' +
			'Police made arrests from Monday to Wednesday.',
		'2023-05-10',
	);
	t.deepEqual(dateOf(entries, 'between 3 and 9 March'), day('2023-03-03', '2023-03-09'));
	t.deepEqual(dateOf(entries, 'from Aug. 14 to 17'), day('2023-08-14', '2023-08-17'));
	t.deepEqual(dateOf(entries, 'from Monday to Wednesday'), day('2023-05-08', '2023-05-10'));
	t.is(entries.length, 3);
});

test('ordinal days and period edges: "until the 14th", "the 3rd of next month", "by the end of the year"', t => {
	const entries = timeline(
		'The shelter stays open until the 14th. A hearing is set for the 3rd of next month. The rally was held on the 2nd. ' +
			'He finished in the 14th round. The mill will close by the end of the year. Work began at the start of last month.',
		'2023-05-10',
	);
	t.deepEqual(dateOf(entries, 'until the 14th'), day('2023-05-14'));
	t.deepEqual(dateOf(entries, 'for the 3rd of next month'), day('2023-06-03'));
	t.deepEqual(dateOf(entries, 'on the 2nd'), day('2023-05-02'));
	t.deepEqual(dateOf(entries, 'by the end of the year'), {start: '2023', end: null, grain: 'year', qualifier: 'late'});
	t.deepEqual(dateOf(entries, 'the start of last month'), {
		start: '2023-04',
		end: null,
		grain: 'month',
		qualifier: 'early',
	});
	t.false(entries.some(item => item.expression.includes('14th round')));
});

test('a month as a modifier or a sentence subject is a month; "the previous week" is the calendar week before', t => {
	// 2023-10-05 is a Thursday; the week before its week runs Sunday 2023-09-24 to Saturday 2023-09-30.
	const entries = timeline(
		'Turnout in the March primary was low. August was the wettest month on record. Prices had jumped the previous week.',
		'2023-10-05',
	);
	t.deepEqual(dateOf(entries, 'in the March primary'), {start: '2023-03', end: null, grain: 'month', qualifier: null});
	t.deepEqual(dateOf(entries, 'August'), {start: '2023-08', end: null, grain: 'month', qualifier: null});
	t.deepEqual(dateOf(entries, 'the previous week'), {
		start: '2023-09-24',
		end: '2023-09-30',
		grain: 'week',
		qualifier: null,
	});
});

test('bare seasons after a preposition, and months ended on a month end as whole months', t => {
	const entries = timeline(
		'Sales slumped in the fall. The pool will reopen in the spring. Growth has slowed since the fall of the old regime. ' +
			'Revenue rose in the six months ended Dec. 31.',
		'2024-01-20',
	);
	const season = (start: string, end: string): Omit<Dates, 'expression'> => ({
		start,
		end,
		grain: 'season',
		qualifier: null,
	});
	t.deepEqual(dateOf(entries, 'in the fall'), season('2023-09', '2023-11'));
	t.deepEqual(dateOf(entries, 'in the spring'), season('2024-03', '2024-05'));
	t.deepEqual(dateOf(entries, 'in the six months ended Dec. 31'), day('2023-07-01', '2023-12-31'));
	t.is(entries.length, 3);
});

test('"two days later" counts from the last day the story dated; a paragraph that names an earlier year lends it', t => {
	const entries = timeline(
		'Three days later, crews left. The storm made landfall on Aug. 28. Two days later, the levee failed. ' +
			'A week later, power returned.\n\nIn 2022, the drought deepened. Reservoirs fell below half beginning Aug. 3, ' +
			'and rationing started. The new commissioner takes office Aug. 15.',
		'2023-12-01',
	);
	t.deepEqual(dateOf(entries, 'Three days later'), {start: '', end: null, grain: 'unresolved', qualifier: null});
	t.deepEqual(dateOf(entries, 'Two days later'), day('2023-08-30'));
	t.deepEqual(dateOf(entries, 'A week later'), day('2023-09-06'));
	t.deepEqual(dateOf(entries, 'beginning Aug. 3'), day('2022-08-03'));
	t.deepEqual(dateOf(entries, 'Aug. 15'), day('2024-08-15'));
});

test('one expression, one entry: a day with "next year" after it, and a weekday counted from a date', t => {
	// 2023-11-05 was a Sunday.
	const entries = timeline(
		'The levy rises on 1 March next year. Traffic peaked the Monday after Nov. 5.',
		'2023-12-01',
	);
	t.deepEqual(dates(entries), [
		{expression: 'Monday after Nov. 5', start: '2023-11-06', end: null, grain: 'day', qualifier: null},
		{expression: 'on 1 March next year', start: '2024-03-01', end: null, grain: 'day', qualifier: null},
	]);
});

test('a date inside a "which" clause labels that clause with its short antecedent; long labels end at a phrase boundary', t => {
	t.is(entry(seedTimeline, 'on Sunday night')?.event, 'New indefinite travel ban signed by Trump');
	const entries = timeline(
		'Residents protested against the new zoning code, which was approved by the council on Tuesday. ' +
			'The regional transit authority announced sweeping schedule changes to dozens of commuter routes across the northern suburbs on Monday.',
		'2023-05-10',
	);
	t.is(entry(entries, 'on Tuesday')?.event, 'New zoning code approved by the council');
	const long = entry(entries, 'on Monday')?.event ?? '';
	t.is(long, 'The regional transit authority announced sweeping schedule changes');
	for (const item of [...seedTimeline, ...entries]) {
		t.false(/\s(?:a|an|the|of|to|new|and|with)$/i.test(item.event), item.event);
	}
});

test('"starting" looks ahead after a reporting verb, but not in a clause told in the past', t => {
	const entries = timeline(
		'The company said it expects demand to recover starting in October. Stores reopened starting in February.',
		'2024-03-15',
	);
	t.deepEqual(dateOf(entries, 'in October'), {start: '2024-10', end: null, grain: 'month', qualifier: null});
	t.deepEqual(dateOf(entries, 'in February'), {start: '2024-02', end: null, grain: 'month', qualifier: null});
});

test("an interval resolves as one: a year written on either end is both ends', and the start never falls after the end", t => {
	// Published Thursday 2023-06-15. Each sentence is its own paragraph so no paragraph year lends itself.
	const entries = timeline(
		[
			'The plant ran from March to November 2021.',
			'A trial ran from Nov. 4 to Nov. 15, 2019.',
			'The camp ran between June 12 and July 28, 2022.',
			'The fair ran from 3 to 9 January 2024.',
			'A survey ran from December 2022 to February.',
			'In 2018 the firm planned a pilot. The pilot ran from April to August 2020.',
		].join('\n\n'),
		'2023-06-15',
	);
	const month = (start: string, end: string): Omit<Dates, 'expression'> => ({
		start,
		end,
		grain: 'month',
		qualifier: null,
	});
	t.deepEqual(dateOf(entries, 'from March to November 2021'), month('2021-03', '2021-11'));
	t.deepEqual(dateOf(entries, 'from Nov. 4 to Nov. 15, 2019'), day('2019-11-04', '2019-11-15'));
	t.deepEqual(dateOf(entries, 'between June 12 and July 28, 2022'), day('2022-06-12', '2022-07-28'));
	t.deepEqual(dateOf(entries, 'from 3 to 9 January 2024'), day('2024-01-03', '2024-01-09'));
	// The end without a year takes the one that keeps it after the start.
	t.deepEqual(dateOf(entries, 'from December 2022 to February'), month('2022-12', '2023-02'));
	// A paragraph's earlier year does not override the year the interval writes.
	t.deepEqual(dateOf(entries, 'from April to August 2020'), month('2020-04', '2020-08'));
});

test('an interval without a year is the latest one that has ended by publication, unless its clause looks ahead', t => {
	// Published Thursday 2023-06-15.
	const entries = timeline(
		[
			'Roadworks lasted from October to December.',
			'The strike lasted from Dec. 20 to Jan. 5.',
			'Talks were held from June 10 to June 20.',
			'Crews dug between 12 and 18 June.',
			'A second phase will run from September to November.',
			'Ferries stopped from December to February.',
		].join('\n\n'),
		'2023-06-15',
	);
	const month = (start: string, end: string): Omit<Dates, 'expression'> => ({
		start,
		end,
		grain: 'month',
		qualifier: null,
	});
	t.deepEqual(dateOf(entries, 'from October to December'), month('2022-10', '2022-12'));
	t.deepEqual(dateOf(entries, 'from Dec. 20 to Jan. 5'), day('2022-12-20', '2023-01-05'));
	// June 20 is after publication, so the whole interval is the previous year's.
	t.deepEqual(dateOf(entries, 'from June 10 to June 20'), day('2022-06-10', '2022-06-20'));
	t.deepEqual(dateOf(entries, 'between 12 and 18 June'), day('2022-06-12', '2022-06-18'));
	t.deepEqual(dateOf(entries, 'from September to November'), month('2023-09', '2023-11'));
	t.deepEqual(dateOf(entries, 'from December to February'), month('2022-12', '2023-02'));
	for (const item of entries) {
		t.true(item.end === null || item.start <= item.end, item.expression);
	}
});

test('a scheduled present ("ends at 8 p.m. on Nov. 5") looks ahead past a clock time', t => {
	const entries = timeline(
		'Vote\n\nVoting ends at 8 p.m. on Nov. 5. Polls closed at 8 p.m. on Nov. 7 last year.',
		'2024-03-05',
	);
	t.is(entry(entries, 'on Nov. 5')?.start, '2024-11-05');
	t.is(entry(entries, 'on Nov. 7 last year')?.start, '2023-11-07');
});

test('an expectation in the present ("forecasters expect temperatures to reach …") looks ahead; one in the past does not', t => {
	// Published Wednesday 2024-08-14.
	const entries = timeline(
		'Heat\n\nForecasters expect temperatures to reach 104 degrees on Thursday. Analysts expected prices to rise on Monday.',
		'2024-08-14',
	);
	t.is(entry(entries, 'on Thursday')?.start, '2024-08-15');
	t.is(entry(entries, 'on Monday')?.start, '2024-08-12');
});

test('a present passive right before a date sets it ahead ("when she is sentenced on April 22"); further off it does not', t => {
	// Published Friday 2025-01-17.
	const entries = timeline(
		'Court\n\nShe faces up to 20 years when she is sentenced on April 22. She is accused of stealing $5 on Monday. He was sentenced on Jan. 6.',
		'2025-01-17',
	);
	t.is(entry(entries, 'on April 22')?.start, '2025-04-22');
	t.is(entry(entries, 'on Monday')?.start, '2025-01-13');
	t.is(entry(entries, 'on Jan. 6')?.start, '2025-01-06');
});

test('the date of a byline or "Updated" line is the article’s own, not an event; a story sentence with a date is', t => {
	const entries = timeline(
		'Mayor wins\n\nBy Jane Doe | Updated: November 6, 2024\n\nThe mayor won on Tuesday. The last vote was on November 6, 2020.',
		null,
	);
	t.deepEqual(
		entries.map(item => item.expression),
		['on November 6, 2020', 'on Tuesday'],
	);
});

test('a deadline phrase set before its sentence is dated by the clause it introduces ("By Feb. 14, there were 48")', t => {
	// Published 2025-02-28.
	const past = timeline('Outbreak\n\nBy Feb. 14, there were 48 cases.', '2025-02-28');
	t.is(entry(past, 'By Feb. 14')?.start, '2025-02-14');
	const ahead = timeline('Plan\n\nBy Feb. 14, the county will have spent $2 million.', '2024-08-14');
	t.is(entry(ahead, 'By Feb. 14')?.start, '2025-02-14');
});

test('a scheduled meeting in the plural present looks ahead ("the teams meet again on March 12")', t => {
	const entries = timeline('Game\n\nThe teams meet again on March 12 in Atlanta.', '2025-02-24');
	t.is(entry(entries, 'on March 12')?.start, '2025-03-12');
});
