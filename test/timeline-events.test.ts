import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import {extractTimeline} from '../source/extract/timeline/timeline.ts';

/** Each date as [expression, event], in text order, for a body published on Thursday 7 March 2024. */
function events(body: string): Array<[string, string]> {
	return extractTimeline(parseArticle(`---\npublished: 2024-03-07\n---\n${body}`))
		.sort((a, b) => a.span.start - b.span.start)
		.map(entry => [entry.expression, entry.event]);
}

test('a possessive goes with its date: "2023\'s floods" gives "floods", not "\'s floods"', t => {
	t.deepEqual(events('Engineers said 2023’s floods swept away two bridges.'), [
		['2023', 'Engineers said floods swept away two bridges'],
	]);
	t.deepEqual(events("Last year's harvest was the smallest in a decade."), [
		['Last year', 'Harvest was the smallest in a decade'],
	]);
});

test('an insertion between subject and verb is skipped, so the event is not the subject alone', t => {
	t.deepEqual(
		events(
			[
				'The county’s water manager, Ines Marlow, a former surveyor, retired on Monday.',
				'The county’s water manager, Ines Marlow, speaking on Tuesday, said the reservoir was full.',
				'The county’s water manager, Ines Marlow, the head of the drought board, said on Wednesday that rates would rise.',
			].join('\n\n'),
		),
		[
			['on Monday', 'The county’s water manager, Ines Marlow, retired'],
			['on Tuesday', 'The county’s water manager, Ines Marlow, said the reservoir was full'],
			['on Wednesday', 'The county’s water manager, Ines Marlow, said rates would rise'],
		],
	);
});

test('two dates joined by "and" each label their own verb phrase', t => {
	t.deepEqual(
		events(
			[
				'Work on the ferry pier is set to start in May and end in 2026.',
				'The mill opened in 1952 and shut in 2009.',
			].join('\n\n'),
		),
		[
			['in May', 'Work on the ferry pier is set to start'],
			['in 2026', 'Work on the ferry pier is set to end'],
			['in 1952', 'The mill opened'],
			['in 2009', 'The mill shut'],
		],
	);
});

test('"since" keeps the span in the event: in place, at the end, or with the superlative it measures', t => {
	t.deepEqual(
		events(
			[
				'The lighthouse has guided ships since 1874.',
				'Since 2015, the district has closed four schools.',
				'Turnout reached 71 percent, the highest share since 1992.',
			].join('\n\n'),
		),
		[
			['since 1874', 'The lighthouse has guided ships since 1874'],
			['Since 2015', 'The district has closed four schools since 2015'],
			['since 1992', 'The highest share since 1992'],
		],
	);
});

test('the date of a "since" stays its start: the report is unchanged, only the event says it is a span', t => {
	const [entry] = extractTimeline(
		parseArticle('---\npublished: 2024-03-07\n---\nThe lighthouse has guided ships since 1874.'),
	);
	t.like(entry, {expression: 'since 1874', start: '1874', end: null, grain: 'year'});
});
