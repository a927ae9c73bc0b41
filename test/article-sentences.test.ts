import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';

function split(text: string): string[] {
	const article = parseArticle(text);
	return article.sentences.map(sentence => article.body.slice(sentence.start, sentence.end));
}

const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
	[
		'a middle initial does not end a sentence',
		'Judge William H. Orrick blocked it.',
		['Judge William H. Orrick blocked it.'],
	],
	[
		'a state abbreviation with a comma runs on',
		'It happened in Springfield, Ill., on Monday. Police came.',
		['It happened in Springfield, Ill., on Monday.', 'Police came.'],
	],
	[
		'a bare state abbreviation before a capital ends the sentence',
		'She lives in Portland, Ore. Her brother does not.',
		['She lives in Portland, Ore.', 'Her brother does not.'],
	],
	[
		'titles never end a sentence',
		'Mr. Smith met Dr. Jones and Gov. Brown.',
		['Mr. Smith met Dr. Jones and Gov. Brown.'],
	],
	[
		'Sen. and Rep. before names',
		'Sen. Warren and Rep. Ocasio-Cortez spoke. Then they left.',
		['Sen. Warren and Rep. Ocasio-Cortez spoke.', 'Then they left.'],
	],
	[
		'a month abbreviation before a day',
		'The vote is on Sept. 30 in the city.',
		['The vote is on Sept. 30 in the city.'],
	],
	['No. before a number', 'He was ranked No. 5 in the world.', ['He was ranked No. 5 in the world.']],
	['no at the end of a sentence', 'The answer was no. The talks ended.', ['The answer was no.', 'The talks ended.']],
	['decimals', 'Prices rose 12.4 percent. Wages did not.', ['Prices rose 12.4 percent.', 'Wages did not.']],
	['U.S. before a lowercase word', 'U.S. officials said it was over.', ['U.S. officials said it was over.']],
	['U.S. before a title', 'The U.S. Attorney declined to comment.', ['The U.S. Attorney declined to comment.']],
	[
		'U.S. before a sentence starter ends the sentence',
		'They moved to the U.S. The next day they found work.',
		['They moved to the U.S.', 'The next day they found work.'],
	],
	[
		'Washington, D.C. then a new sentence',
		'He flew to Washington, D.C. The meeting began at noon.',
		['He flew to Washington, D.C.', 'The meeting began at noon.'],
	],
	[
		'D.C. before a parenthesis runs on',
		'Washington, D.C. (14) and Denver (63).',
		['Washington, D.C. (14) and Denver (63).'],
	],
	['St. before a name', 'She grew up in St. Louis and moved.', ['She grew up in St. Louis and moved.']],
	[
		'Inc. before a title runs on',
		'Acme Inc. Chief Executive Jane Roe resigned.',
		['Acme Inc. Chief Executive Jane Roe resigned.'],
	],
	[
		'Corp. then a sentence starter',
		'He sued Acme Corp. The case is pending.',
		['He sued Acme Corp.', 'The case is pending.'],
	],
	[
		'e.g. and i.e. never end',
		'Some cities, e.g. Denver, i.e. Colorado, agreed.',
		['Some cities, e.g. Denver, i.e. Colorado, agreed.'],
	],
	['a.m. before a time zone', 'It began at 10 a.m. ET on Friday.', ['It began at 10 a.m. ET on Friday.']],
	['p.m. before a weekday', 'It began at 5 p.m. Tuesday in the square.', ['It began at 5 p.m. Tuesday in the square.']],
	['a.m. before a month', 'Polls open at 7 a.m. Nov. 8 statewide.', ['Polls open at 7 a.m. Nov. 8 statewide.']],
	['initials written together', 'The author J.K. Rowling spoke.', ['The author J.K. Rowling spoke.']],
	[
		'a dotted state after a party label, then a new sentence',
		'said Sen. Chuck Schumer, D-N.Y. The bill failed.',
		['said Sen. Chuck Schumer, D-N.Y.', 'The bill failed.'],
	],
	[
		'a web address ending a sentence',
		'Details are at example.com. The site is new.',
		['Details are at example.com.', 'The site is new.'],
	],
	[
		'a quotation after a full stop starts a new sentence',
		'He said. “We are done.” It ended.',
		['He said.', '“We are done.”', 'It ended.'],
	],
	[
		'p.m. then a capital',
		'It ended at 9 p.m. Police left soon after.',
		['It ended at 9 p.m.', 'Police left soon after.'],
	],
	[
		'a sentence ending inside quotation marks ends after the closing mark',
		'They live in “sanctuary cities.” The campaign began.',
		['They live in “sanctuary cities.”', 'The campaign began.'],
	],
	['straight quotes too', 'He said "we are done." Then he left.', ['He said "we are done."', 'Then he left.']],
	['a question inside quotes then attribution stays whole', '“Why now?” Smith asked.', ['“Why now?” Smith asked.']],
	[
		'a quote then lowercase attribution stays whole',
		'“We will win!” said Mr. Jones.',
		['“We will win!” said Mr. Jones.'],
	],
	[
		'a quote followed by a new sentence about the speaker',
		'“It is over.” Smith said the firm had failed.',
		['“It is over.”', 'Smith said the firm had failed.'],
	],
	['question and exclamation marks', 'Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
	['an ellipsis before a capital', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
	['an ellipsis before a lowercase word', 'He said that … the rest was lost.', ['He said that … the rest was lost.']],
	['Roe v. Wade', 'The ruling in Roe v. Wade stands.', ['The ruling in Roe v. Wade stands.']],
	[
		'Jr. then a starter',
		'He met Martin Luther King Jr. The crowd cheered.',
		['He met Martin Luther King Jr.', 'The crowd cheered.'],
	],
	[
		'a parenthesised sentence',
		'It rose. (The figures are new.) It fell.',
		['It rose.', '(The figures are new.)', 'It fell.'],
	],
	[
		'a sentence ending at a digit-led sentence',
		'It happened in 2016. 2017 was calm.',
		['It happened in 2016.', '2017 was calm.'],
	],
	['a paragraph without a full stop', 'Breaking news', ['Breaking news']],
];

for (const [name, text, expected] of cases) {
	test(`sentences: ${name}`, t => {
		t.deepEqual(split(text), expected);
	});
}

test('sentences never cross a paragraph break even without a full stop', t => {
	t.deepEqual(split('A headline\n\nFirst line of the story. Second sentence'), [
		'A headline',
		'First line of the story.',
		'Second sentence',
	]);
});

test('a list of bullet lines gives one sentence per bullet, without the marker', t => {
	t.deepEqual(
		split('Arrests by city:\n- Los Angeles: 167\n- Denver: 63\n* Seattle: 33\n• Baltimore: 28\n1. Boston: 5'),
		['Arrests by city:', 'Los Angeles: 167', 'Denver: 63', 'Seattle: 33', 'Baltimore: 28', 'Boston: 5'],
	);
});

test('hard-wrapped prose keeps a sentence across line breaks', t => {
	const text =
		'The agency announced on Thursday that it had carried out a sweeping\n' +
		'crackdown on immigrants in several cities. The campaign involved the\n' +
		'arrests of many people.\n\nNext paragraph.';
	t.deepEqual(split(text), [
		'The agency announced on Thursday that it had carried out a sweeping\ncrackdown on immigrants in several cities.',
		'The campaign involved the\narrests of many people.',
		'Next paragraph.',
	]);
});

test('a table typed with aligned columns keeps one paragraph per row even at prose width', t => {
	const text =
		'    Port                    TEUs    Change vs. June\n' +
		'    Los Angeles          512,345             +12.1%\n' +
		'    Long Beach           445,092              +8.4%\n' +
		'    Savannah             238,870              +5.7%';
	t.deepEqual(split(text), [
		'Port                    TEUs    Change vs. June',
		'Los Angeles          512,345             +12.1%',
		'Long Beach           445,092              +8.4%',
		'Savannah             238,870              +5.7%',
	]);
});

test('a wire-style "..." between notes is not a sentence of its own', t => {
	t.deepEqual(split('Mercury: Phoenix lost a guard to injury. ... The Mercury fell to 7-5.'), [
		'Mercury: Phoenix lost a guard to injury.',
		'The Mercury fell to 7-5.',
	]);
});

test('short lines without a blank line between them are separate paragraphs', t => {
	const article = parseArticle('By Jane Doe\nSeptember 30, 2017\nLos Angeles: 167\nDenver: 63');
	t.deepEqual(
		article.paragraphs.map(p => article.body.slice(p.start, p.end)),
		['By Jane Doe', 'September 30, 2017', 'Los Angeles: 167', 'Denver: 63'],
	);
});

test('the seed article keeps Judge William H. Orrick and Washington, D.C. (14) inside their sentences', t => {
	const text = readFileSync(new URL('../seeds/ice-raids-sanctuary-cities.txt', import.meta.url), 'utf8');
	const article = parseArticle(text);
	const sentences = article.sentences.map(s => article.body.slice(s.start, s.end));
	t.true(
		sentences.includes(
			'In late April, California District Court Judge William H. Orrick blocked the executive order, arguing that Trump overstepped his presidential authority.',
		),
	);
	t.true(
		sentences.some(
			s => s.startsWith('Major metropolitan areas') && s.endsWith('the entire state of Massachusetts (50).'),
		),
	);
	t.true(
		sentences.includes(
			'The US Immigration and Customs Enforcement (ICE) agency announced Thursday that it carried out a sweeping, nationwide crackdown on immigrants living in so-called “sanctuary cities.”',
		),
	);
	t.true(
		sentences.includes(
			'The campaign, dubbed “Operation Safe City,” involved the arrests of 498 individuals over a four-day period ending Wednesday.',
		),
	);
	t.is(article.paragraphs.length, 18);
	t.is(sentences.length, 30);
});
