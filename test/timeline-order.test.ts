import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline/timeline.ts';
import type {TimelineEntry} from '../source/extract/types.ts';
import {firstDay} from '../source/text/date-order.ts';
import {formatTimelineDate} from '../source/ui/format.ts';
import {orderTimeline} from '../source/ui/pane-model.ts';

/** The timeline of a body published on Thursday 7 March 2024. */
function timeline(body: string): TimelineEntry[] {
	return extractTimeline(parseArticle(`---\npublished: 2024-03-07\n---\n${body}`));
}

// Written in text order so that a sort by the raw ISO start ("2024-07" < "2024-07-01") would put both qualified
// months first.
const julyBody = [
	'Rain fell hard in late Jul 2024.',
	'The dam gates opened on Jul 1, 2024.',
	'A second crest came on Jul 25, 2024.',
	'Crews arrived in mid-July 2024.',
	'A levee failed on Jul 12, 2024.',
].join('\n\n');

test('a qualified month sorts where its qualifier puts it: mid = from the 11th, late = from the 21st', t => {
	// Jul 1 (day 1) < mid July (11) < Jul 12 < late July (21) < Jul 25.
	t.deepEqual(
		timeline(julyBody).map(entry => entry.expression),
		['on Jul 1, 2024', 'in mid-July 2024', 'on Jul 12, 2024', 'in late Jul 2024', 'on Jul 25, 2024'],
	);
});

test('the report keeps the month at its grain with its qualifier, and the pane shows it', t => {
	const late = timeline(julyBody).find(entry => entry.expression === 'in late Jul 2024');
	t.like(late, {start: '2024-07', end: null, grain: 'month', qualifier: 'late'});
	t.is(late && formatTimelineDate(late), 'late Jul 2024');
});

test('"early March" of the publication year starts on day 1: after a bare March, before March 5', t => {
	const entries = timeline(
		['Repairs ended on March 5.', 'Repairs began in early March.', 'Funding ran out in March.'].join('\n\n'),
	);
	t.deepEqual(
		entries.map(entry => [entry.expression, entry.start, entry.qualifier]),
		[
			// Both start on March 1; on the same day the entry in text order first.
			['in early March', '2024-03', 'early'],
			['in March', '2024-03', null],
			['on March 5', '2024-03-05', null],
		],
	);
});

test('the Timeline pane orders by the first day an entry means, not by its raw ISO start', t => {
	const at = (id: string, start: string, grain: TimelineEntry['grain'], qualifier: TimelineEntry['qualifier']) =>
		({
			id,
			expression: id,
			start,
			end: null,
			grain,
			qualifier,
			event: '',
			span: {start: 0, end: 0},
			sentence: {start: 0, end: 0},
		}) satisfies TimelineEntry;
	const entries = [
		at('late July', '2024-07', 'month', 'late'),
		at('early July', '2024-07', 'month', 'early'),
		at('July 1', '2024-07-01', 'day', null),
		at('July 20', '2024-07-20', 'day', null),
		at('undated', '', 'unresolved', null),
		at('late 2023', '2023', 'year', 'late'),
		at('August 31, 2023', '2023-08-31', 'day', null),
	];
	// late 2023 is from September 1 (after Aug 31); early July ties with July 1 and keeps its place before it.
	t.deepEqual(
		orderTimeline(entries).map(entry => entry.id),
		['August 31, 2023', 'late 2023', 'early July', 'July 1', 'July 20', 'late July', 'undated'],
	);
});

test('firstDay: each qualifier starts its third of a month, a year, a season and a run of years', t => {
	const day = (start: string, grain: string, qualifier: 'early' | 'mid' | 'late' | null, end: string | null = null) =>
		firstDay({start, end, grain, qualifier});
	t.is(day('2024-07', 'month', null), '2024-07-01');
	t.is(day('2024-07', 'month', 'early'), '2024-07-01');
	t.is(day('2024-07', 'month', 'mid'), '2024-07-11');
	t.is(day('2024-02', 'month', 'late'), '2024-02-21');
	t.is(day('2023', 'year', 'mid'), '2023-05-01');
	t.is(day('2023', 'year', 'late'), '2023-09-01');
	// "late winter 2023" starting in December: its third month is February of the next year.
	t.is(day('2023-12', 'season', 'late', '2024-02'), '2024-02-01');
	// "the late 1990s": ten years, the last third from 1996 (1990 + floor(10 × 2 / 3)).
	t.is(day('1990', 'year', 'late', '1999'), '1996-01-01');
	t.is(day('2017-09-24', 'day', null), '2017-09-24');
});
