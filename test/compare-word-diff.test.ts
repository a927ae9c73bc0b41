import test from 'ava';
import {wordDiff, wordSimilarity} from '../source/compare/word-diff.ts';
import {sameQuotation, sameSpeaker} from '../source/compare/quotes.ts';

test('words lost and changed between two wordings are parts of the diff', t => {
	t.deepEqual(wordDiff('we will rebuild the old pier this summer', 'we will rebuild the pier by autumn'), [
		{kind: 'same', text: 'we will rebuild the'},
		{kind: 'removed', text: 'old'},
		{kind: 'same', text: 'pier'},
		{kind: 'removed', text: 'this summer'},
		{kind: 'added', text: 'by autumn'},
	]);
});

test('case, curly apostrophes and punctuation around a word do not count as a change', t => {
	t.deepEqual(wordDiff('It’s over, friends.', "it's over friends"), [{kind: 'same', text: "it's over friends"}]);
});

test('similarity is the shared share of the longer wording', t => {
	t.is(wordSimilarity('one two three four', 'one two four'), 3 / 4);
	t.is(wordSimilarity('', ''), 0);
});

test('a quotation is one across outlets when most of it survives, or when a fragment is all inside it', t => {
	t.true(sameQuotation('the water rose faster than anyone expected', 'the water rose faster than we expected'));
	t.true(sameQuotation('the harbour is closed until further notice', 'closed until further notice'));
	t.false(sameQuotation('the harbour is closed until further notice', 'we expect to reopen the harbour soon'));
	// Too short to be a fragment of anything.
	t.false(sameQuotation('the harbour is closed until further notice tonight', 'is closed'));
});

test('a speaker is the same when one name is the last words of the other', t => {
	t.true(sameSpeaker('Chief Warden Ilse Korhonen', 'Ilse Korhonen'));
	t.true(sameSpeaker('Korhonen', 'Ilse Korhönen'));
	t.false(sameSpeaker('Ilse Korhonen', 'Tomas Webb'));
	t.false(sameSpeaker('Ilse Korhonen', 'Ilse'));
});
