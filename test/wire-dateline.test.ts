import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';

test('a wire dateline with its year gives the publication date', t => {
	const press = parseArticle(
		'Food maker recalls soup\n\nCHICAGO, March 14, 2023 /PRNewswire/ -- Acme Foods recalled 12 lines.',
	);
	t.is(press.published, '2023-03-14');
	const wire = parseArticle(
		'Rain floods roads\n\nPORTLAND, Ore., Jan. 5, 2024 (AP) — Rain closed 40 roads on Thursday.',
	);
	t.is(wire.published, '2024-01-05');
});

test('a wire dateline without a year gives no date rather than a guessed year', t => {
	t.is(parseArticle('Talks stall\n\nWASHINGTON, March 3 (Reuters) - Talks stalled on Monday.').published, null);
});

test('a capitalised place later in the story is not a dateline', t => {
	const article = parseArticle(
		'Council meets\n\nThe council met.\n\nIt said more.\n\nAnd more.\n\nStill more.\n\nMore again.\n\nAgain.\n\nOnce more.\n\nLast.\n\nBOSTON, May 2, 2020 (AP) — A quoted older story.',
	);
	t.is(article.published, null);
});
