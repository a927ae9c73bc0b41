import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseArticle} from '../source/article/parse.ts';
import type {Article, Span} from '../source/article/types.ts';
import {extractQuotes} from '../source/extract/quotes/quotes.ts';
import type {Quote} from '../source/extract/types.ts';

/** A body split into paragraphs on blank lines, independent of the article parser. */
function articleOf(body: string): Article {
	const paragraphs: Span[] = [];
	const pattern = /[^\n]+(?:\n[^\n]+)*/g;
	for (const match of body.matchAll(pattern)) {
		const start = match.index;
		const text = match[0];
		const leading = text.length - text.trimStart().length;
		paragraphs.push({start: start + leading, end: start + text.trimEnd().length});
	}

	return {title: null, published: null, source: null, url: null, path: null, body, paragraphs, sentences: []};
}

const quotations = (quotes: readonly Quote[]): Quote[] => quotes.filter(quote => quote.kind === 'quotation');
const terms = (quotes: readonly Quote[]): string[] =>
	quotes.filter(quote => quote.kind === 'term').map(quote => quote.text);
const who = (quote: Quote | undefined): string | null => quote?.speaker?.name ?? null;

const seed = parseArticle(readFileSync(new URL('../seeds/ice-raids-sanctuary-cities.txt', import.meta.url), 'utf8'));

test('the seed has five quotations in text order with their speakers', t => {
	const found = quotations(extractQuotes(seed));
	t.deepEqual(
		found.map(quote => [quote.text.slice(0, 24), who(quote), quote.attribution]),
		[
			['Operation ‘Safe City’ fo', 'ICE', 'explicit'],
			['Sanctuary jurisdictions ', 'Thomas Homan', 'explicit'],
			['ICE’s goal is to build c', 'Thomas Homan', 'pronoun'],
			['non-immigrant visas to p', 'Politico', 'explicit'],
			['President Trump’s newest', 'Anthony Romero', 'explicit'],
		],
	);
});

test('the seed speakers carry their role, organisation and type', t => {
	const [release, homan, continued, politico, romero] = quotations(extractQuotes(seed));
	t.deepEqual(release?.speaker, {name: 'ICE', role: 'press release', organization: 'ICE', type: 'document'});
	t.is(release?.cue, 'The ICE press release states');
	t.deepEqual(homan?.speaker, {name: 'Thomas Homan', role: 'Acting Director', organization: 'ICE', type: 'person'});
	t.is(homan?.cue, 'The press release quotes ICE Acting Director Thomas Homan as saying');
	t.is(continued?.cue, 'He continued');
	t.is(politico?.speaker?.type, 'document');
	t.deepEqual(romero?.speaker, {
		name: 'Anthony Romero',
		role: 'executive director',
		organization: 'ACLU',
		type: 'person',
	});
	t.is(romero?.cue, 'ACLU executive director Anthony Romero said');
});

test('the seed scare quotes are terms, not speech', t => {
	t.deepEqual(terms(extractQuotes(seed)), [
		'sanctuary cities',
		'sanctuary cities',
		'Operation Safe City',
		'sanctuary city',
		'sanctuary',
		'sanctuary cities',
		'sanctuary',
		'Muslim ban',
	]);
});

test('every span slices back to the quotation with its marks', t => {
	for (const quote of extractQuotes(seed)) {
		const slice = seed.body.slice(quote.span.start, quote.span.end);
		t.is(slice.slice(1, -1), quote.kind === 'quotation' ? quote.text : slice.slice(1, -1));
		t.regex(slice, /^[“"].*[”"]$/su);
	}
});

test('a nested single-quoted name stays inside the outer quotation', t => {
	const [release] = quotations(extractQuotes(seed));
	t.true(release?.text.startsWith('Operation ‘Safe City’ focused'));
	t.false(extractQuotes(seed).some(quote => quote.text === 'Safe City'));
});

const quotesOf = (body: string): Quote[] => extractQuotes(articleOf(body));

test('a quotation before its attribution takes the speaker that follows: “…,” Smith said', t => {
	const [quote] = quotesOf('“We will rebuild every home,” Mayor Karen Bass said on Tuesday.');
	t.is(quote?.kind, 'quotation');
	t.deepEqual(quote?.speaker, {name: 'Karen Bass', role: 'Mayor', organization: null, type: 'person'});
	t.is(quote?.attribution, 'explicit');
	t.is(quote?.cue, 'Mayor Karen Bass said');
});

test('an inverted attribution with an appositive: “…,” said Jane Doe, a spokeswoman for the Red Cross', t => {
	const [quote] = quotesOf('“The shelters are full,” said Jane Doe, a spokeswoman for the Red Cross.');
	t.deepEqual(quote?.speaker, {name: 'Jane Doe', role: 'spokeswoman', organization: 'Red Cross', type: 'person'});
	t.is(quote?.cue, 'said Jane Doe, a spokeswoman for the Red Cross');
});

test('straight double quotes pair like curly ones', t => {
	const [quote] = quotesOf('"We are not leaving," said Tom Reyes, a union organizer.');
	t.is(quote?.text, 'We are not leaving,');
	t.deepEqual(quote?.speaker, {name: 'Tom Reyes', role: 'union organizer', organization: null, type: 'person'});
	t.deepEqual(quote?.span, {start: 0, end: 21});
});

test('a pronoun speaker resolves to the person quoted just before', t => {
	const found = quotesOf(
		'“The bridge is safe,” said Transport Secretary Maria Lopez.\n\nShe added, “Inspections will continue every month.”',
	);
	t.is(found[1]?.attribution, 'pronoun');
	t.is(who(found[1]), 'Maria Lopez');
	t.is(found[1]?.cue, 'She added');
});

test('a pronoun resolves to the last titled person named even when nobody was quoted yet', t => {
	const [quote] = quotesOf(
		'Police Chief Daniel Ortiz met residents on Monday.\n\n“We hear you,” he said. “Patrols start tonight.”',
	);
	t.is(who(quote), 'Daniel Ortiz');
	t.is(quote?.speaker?.role, 'Police Chief');
	t.is(quote?.attribution, 'pronoun');
});

test('“according to” attributes a quotation, before or after it', t => {
	const found = quotesOf(
		'According to the county report, “the water met every federal standard in 2022.”\n\n“Nobody was warned,” according to Lena Park, a resident.',
	);
	t.deepEqual(found[0]?.speaker, {name: 'county report', role: null, organization: null, type: 'document'});
	t.is(found[0]?.cue, 'According to the county report');
	t.is(who(found[1]), 'Lena Park');
	t.is(found[1]?.speaker?.role, 'resident');
});

test('a colon introduces a quotation: “Name:” and “Name said:”', t => {
	const found = quotesOf('Governor Ann Lee: “We will not raise taxes.”\n\nThe mayor said: “Neither will we.”');
	t.is(who(found[0]), 'Ann Lee');
	t.is(found[0]?.speaker?.role, 'Governor');
	t.is(found[0]?.kind, 'quotation');
	t.is(found[1]?.speaker?.name, 'the mayor');
	t.is(found[1]?.speaker?.role, 'mayor');
});

test('a quotation over two paragraphs is reported per paragraph, the second as a continuation', t => {
	const body =
		'Ruth Kim, the school principal, said:\n\n“We started with nothing. The parents built this library.\n\n“Now every child has a book.”';
	const found = quotesOf(body);
	t.is(found.length, 2);
	t.is(who(found[0]), 'Ruth Kim');
	t.is(found[0]?.speaker?.role, 'school principal');
	t.is(found[0]?.text, 'We started with nothing. The parents built this library.');
	t.is(found[1]?.attribution, 'continuation');
	t.is(found[1]?.text, 'Now every child has a book.');
	t.is(body.slice(found[1]!.span.start, found[1]!.span.end), '“Now every child has a book.”');
});

test('a quotation with no speaker in the text has a null speaker', t => {
	const [quote] = quotesOf('A sign on the door read like a plea.\n\n“Please knock before you enter the building.”');
	t.is(quote?.kind, 'quotation');
	t.is(quote?.speaker, null);
	t.is(quote?.attribution, 'none');
	t.is(quote?.cue, null);
});

test('scare quotes are terms and speech is a quotation in the same sentence', t => {
	const found = quotesOf(
		'The so-called “fair share” plan, dubbed “Plan B,” was unpopular, and critics called the bill a “tax grab” on Friday. “It will hurt families,” said Rep. John Hale.',
	);
	t.deepEqual(
		found.map(quote => [quote.kind, quote.text]),
		[
			['term', 'fair share'],
			['term', 'Plan B'],
			['quotation', 'tax grab'],
			['quotation', 'It will hurt families,'],
		],
	);
	t.is(who(found[3]), 'John Hale');
	t.is(found[3]?.speaker?.role, 'Rep.');
});

test('apostrophes are not quote marks', t => {
	const found = quotesOf(
		'The city’s plan, which dates from the ’90s, isn’t new. “It’s the workers’ turn now,” Ms. Grant said.',
	);
	t.is(found.length, 1);
	t.is(found[0]?.text, 'It’s the workers’ turn now,');
	t.is(who(found[0]), 'Grant');
});

test('an unbalanced quote mark does not swallow the next paragraph', t => {
	const body = 'He shouted “stop and ran.\n\nThe council met later. “We agree,” said Mayor Joan Fry.';
	const found = quotesOf(body);
	t.is(found.length, 1);
	t.is(found[0]?.text, 'We agree,');
	t.is(who(found[0]), 'Joan Fry');
});

test('a surname alone refers back to the full name given earlier', t => {
	const found = quotesOf(
		'Acting Director Carla Nunez of the Parks Department announced the closures.\n\n“It was not an easy call,” Nunez said.',
	);
	t.deepEqual(found[0]?.speaker, {
		name: 'Carla Nunez',
		role: 'Acting Director',
		organization: 'Parks Department',
		type: 'person',
	});
	t.is(found[0]?.attribution, 'explicit');
});

test('an organisation speaks through a statement', t => {
	const [quote] = quotesOf(
		'“We regret the delay and are working to restore service,” the Department of Transportation said in a statement.',
	);
	t.is(quote?.speaker?.name, 'Department of Transportation');
	t.is(quote?.speaker?.type, 'organization');
	t.is(quote?.cue, 'the Department of Transportation said');
});

test('a quotation interrupted by its attribution is one quotation: “…,” X said, “and …”', t => {
	const body = '“We won,” coach Ray Dunn said, “and we earned it.”';
	const found = quotesOf(body);
	t.is(found.length, 1);
	t.is(found[0]?.text, 'We won and we earned it.');
	t.is(who(found[0]), 'Ray Dunn');
	t.is(found[0]?.speaker?.role, 'coach');
	t.deepEqual(found[0]?.span, {start: 0, end: body.length});
});

test('a new sentence after the attribution is a second quotation by the same speaker', t => {
	const found = quotesOf('“We won,” coach Ray Dunn said. “We earned it.”');
	t.is(found.length, 2);
	t.is(found[1]?.attribution, 'continuation');
	t.is(who(found[1]), 'Ray Dunn');
});

test('an unattributed quotation right after a speaker continues that speaker', t => {
	const found = quotesOf('“The numbers are up,” said Ana Ruiz, an economist. “That is good news for everyone here.”');
	t.is(found[1]?.attribution, 'continuation');
	t.is(who(found[1]), 'Ana Ruiz');
});

test('a name split from its title, role and organisation', t => {
	const found = quotesOf(
		[
			'“The vote is final,” said Senate Majority Leader Paul Greer.',
			'“We will appeal,” White House press secretary Dana Cole told reporters.',
			'“Costs rose,” said Secretary of State Rex Brandt.',
		].join('\n\n'),
	);
	t.deepEqual(found[0]?.speaker, {
		name: 'Paul Greer',
		role: 'Majority Leader',
		organization: 'Senate',
		type: 'person',
	});
	t.deepEqual(found[1]?.speaker, {
		name: 'Dana Cole',
		role: 'press secretary',
		organization: 'White House',
		type: 'person',
	});
	t.is(found[1]?.cue, 'White House press secretary Dana Cole told');
	t.deepEqual(found[2]?.speaker, {name: 'Rex Brandt', role: 'Secretary of State', organization: null, type: 'person'});
});

test('a document quotes a person “as saying”', t => {
	const [quote] = quotesOf('The filing quotes Dr. Amir Haddad as saying, “The device failed twice.”');
	t.is(who(quote), 'Amir Haddad');
	t.is(quote?.cue, 'The filing quotes Dr. Amir Haddad as saying');
});

test('a tweet and a question: X tweeted, “…?” she asked', t => {
	const found = quotesOf(
		'Senator Mia Tran tweeted, “Where is the money going?”\n\n“Who signed off on this?” she asked.',
	);
	t.is(who(found[0]), 'Mia Tran');
	t.is(found[0]?.cue, 'Senator Mia Tran tweeted');
	t.is(who(found[1]), 'Mia Tran');
	t.is(found[1]?.attribution, 'pronoun');
});

test('British single quotes are the outer marks when the article uses them for speech', t => {
	const found = quotesOf(
		'‘We have lost everything we built,’ said cattle farmer Tom Brennan. ‘The workers’ rights were ignored and we don’t know why.’\n\nThe council called the plan ‘dead on arrival’ on Friday.',
	);
	t.deepEqual(
		found.map(quote => [quote.kind, quote.text, who(quote)]),
		[
			['quotation', 'We have lost everything we built,', 'Tom Brennan'],
			['quotation', 'The workers’ rights were ignored and we don’t know why.', 'Tom Brennan'],
			['quotation', 'dead on arrival', 'the council'],
		],
	);
	t.is(found[1]?.attribution, 'continuation');
	t.deepEqual(found[0]?.span, {start: 0, end: 35});
});

test('straight single quotes pair, an s’ possessive inside them does not close the quotation', t => {
	const body = "'The nurses' union will not back down,' the union's secretary, Anna Kerr, said, 'whatever it takes.'";
	const found = quotesOf(body);
	t.is(found.length, 1);
	t.is(found[0]?.text, "The nurses' union will not back down whatever it takes.");
	t.is(who(found[0]), 'Anna Kerr');
	t.deepEqual(found[0]?.span, {start: 0, end: body.length});
});

test('apostrophes in single-quote copy never pair: ’90s, rock ’n’ roll, workers’', t => {
	const found = quotesOf(
		'He added: ‘It’s been rock ’n’ roll since the ’90s.’\n\nThe workers’ canteen, the ’80s décor and the Joneses’ shop stayed.',
	);
	t.deepEqual(
		found.map(quote => quote.text),
		['It’s been rock ’n’ roll since the ’90s.'],
	);
});

test('a single-quoted quotation over two paragraphs continues when the next one opens with ‘', t => {
	const found = quotesOf(
		'Dr Priya Nair, a paediatrician, said: ‘Parents are frightened.\n\n‘They are sleeping in cars, and that is not acceptable.’',
	);
	t.is(found.length, 2);
	t.is(who(found[0]), 'Priya Nair');
	t.is(found[1]?.attribution, 'continuation');
	t.is(found[1]?.text, 'They are sleeping in cars, and that is not acceptable.');
});

test('double marks nested in a single-quoted quotation stay inside it', t => {
	const found = quotesOf('‘The sign said “closed” and nobody came,’ Mr Hughes said.');
	t.is(found.length, 1);
	t.is(found[0]?.text, 'The sign said “closed” and nobody came,');
	t.is(who(found[0]), 'Hughes');
});

test('a descriptor or place before a name stays out of it: “…,” said cattle farmer Tom Brennan', t => {
	const found = quotesOf(
		[
			'“We lost the whole herd,” said cattle farmer Tom Brennan.',
			'Collie cattle farmer Ruth Cole said: “The fire jumped the road.”',
			'“The water came fast,” Shivajinagar resident Ayaan Shaikh said.',
		].join('\n\n'),
	);
	t.deepEqual(
		found.map(quote => quote.speaker),
		[
			{name: 'Tom Brennan', role: 'cattle farmer', organization: null, type: 'person'},
			{name: 'Ruth Cole', role: 'cattle farmer', organization: null, type: 'person'},
			{name: 'Ayaan Shaikh', role: 'resident', organization: null, type: 'person'},
		],
	);
});

test('a role with its owner before the name: the coalition’s co-chair, Jean Arsenault; Scottish Labour’s campaign director, Siobhan Reid', t => {
	const found = quotesOf(
		[
			'“We will be back,” said the coalition’s co-chair, Jean Arsenault.',
			'Scottish Labour’s campaign director, Siobhan Reid, wrote on X: “Another step on the road.”',
		].join('\n\n'),
	);
	t.deepEqual(found[0]?.speaker, {
		name: 'Jean Arsenault',
		role: 'co-chair',
		organization: 'the coalition',
		type: 'person',
	});
	t.deepEqual(found[1]?.speaker, {
		name: 'Siobhan Reid',
		role: 'campaign director',
		organization: 'Scottish Labour',
		type: 'person',
	});
});

test('an office speaks with its possessive kept: the governor’s office said', t => {
	const [quote] = quotesOf('“No one should die of heat in this state,” the governor’s office said in a statement.');
	t.is(who(quote), 'the governor’s office');
	t.is(quote?.speaker?.type, 'organization');
});

test('“a spokesperson for the ministry” speaks for the ministry named in full before', t => {
	const found = quotesOf(
		'Nepal’s Home Ministry said 128 people had died.\n\n“Many of the injured are in hospital,” a spokesperson for the ministry told Al Jazeera.',
	);
	t.is(who(found[0]), 'Home Ministry');
	t.is(found[0]?.speaker?.type, 'organization');
	t.is(found[0]?.attribution, 'explicit');
});

test('a speaker who tells an outlet is the speaker, not the outlet', t => {
	const found = quotesOf(
		'“It was close,” Maria Lopez told The Associated Press.\n\n“We were lucky,” Dev Rao told Al Jazeera.',
	);
	t.deepEqual(found.map(who), ['Maria Lopez', 'Dev Rao']);
});

test('a surname alone picks the person of that name when several people are named', t => {
	const found = quotesOf(
		'Kate McIntyre, the SNP candidate, conceded. Alasdair Munro thanked voters and Fiona Grant, the Labour agent, cheered.\n\n“We lost,” McIntyre said.',
	);
	t.is(who(found[0]), 'Kate McIntyre');
});

test('a short fragment that completes a reporting clause is speech, not a term', t => {
	const found = quotesOf(
		[
			'Alasdair Munro, the SNP candidate, said the crews had “listened and learned” over the summer.',
			'Speaking at the count, the new MSP Eilidh Ross said voters felt the party had “listened and learned”.',
			'Officials said the death was avoidable and added that it “was preventable” in their view.',
			'The so-called “fair share” plan drew protests at “sanctuary” churches.',
		].join('\n\n'),
	);
	t.deepEqual(
		found.map(quote => [quote.kind, quote.text, who(quote)]),
		[
			['quotation', 'listened and learned', 'Alasdair Munro'],
			['quotation', 'listened and learned', 'Eilidh Ross'],
			['quotation', 'was preventable', 'Officials'],
			['term', 'fair share', null],
			['term', 'sanctuary', null],
		],
	);
});

test('an interrupted quotation is one quotation whatever the attribution between its parts', t => {
	const bodies = [
		'“We did everything,” she told reporters on Monday, “but it was not enough.”',
		'“We did everything” – she said – “but it was not enough.”',
		'“We did everything,” Ms. Lee told the Associated Press by phone from St. Louis, “but it was not enough.”',
		'‘We did everything,’ said Ann Lee, the mayor, ‘but it was not enough.’',
	];
	for (const body of bodies) {
		const found = quotesOf(body);
		t.is(found.length, 1, body);
		t.deepEqual(found[0]?.span, {start: 0, end: body.length}, body);
		t.regex(found[0]?.text ?? '', /^We did everything,? but it was not enough\.$/u, body);
	}
});

test('a reporting verb before a partial quotation attributes it across an intervening clause', t => {
	const [quote] = quotesOf(
		'DFES incident controller Rachel Tomasi said conditions overnight on Tuesday, when the wind turned, had been “about as bad as they get”.',
	);
	t.is(quote?.kind, 'quotation');
	t.deepEqual(quote?.speaker, {
		name: 'Rachel Tomasi',
		role: 'incident controller',
		organization: 'DFES',
		type: 'person',
	});
});

test('a quotation that opens after its attribution sentence has ended is not joined to the one before', t => {
	const found = quotesOf('“We did everything,” she said. He shrugged, “and then it was over.”');
	t.is(found[0]?.text, 'We did everything,');
	t.not(found[1]?.span.start, 0);
});

test('a fragment that holds a clause is speech, while a scare-quoted label stays a term', t => {
	const found = quotesOf(
		'Families who “lost everything that mattered” were housed in a school, under a “tough on crime” policy the so-called “fair share” rules replaced.',
	);
	t.deepEqual(
		found.map(quote => [quote.kind, quote.text]),
		[
			['quotation', 'lost everything that mattered'],
			['term', 'tough on crime'],
			['term', 'fair share'],
		],
	);
});

test('a pronoun looks back past a table to the person named before it, and a table heading is nobody', t => {
	const [quote] = quotesOf(
		'Teresa Almond, the port’s director, said imports fell.\n\nPort TEUs Change\nHarwick 1,200 5%\nDunmore 900 3%\n\nShe said the terminal was at “about 85% of capacity” in June.',
	);
	t.is(quote?.kind, 'quotation');
	t.is(who(quote), 'Teresa Almond');
	t.is(quote?.attribution, 'pronoun');
});

test('given names that are also common words, and surnames with lower-case particles, stay whole', t => {
	const found = quotations(
		extractQuotes(
			articleOf(
				[
					'“We ship on Friday,” said Bill Gates.',
					'“The deal stands,” said Ursula von der Leyen.',
					'Former Mayor Bill de Blasio said: “This is a disgrace.”',
					'The bill says “no new taxes will be raised this year.”',
				].join('\n\n'),
			),
		),
	);
	t.deepEqual(found.map(who), ['Bill Gates', 'Ursula von der Leyen', 'Bill de Blasio', 'bill']);
	t.is(found[2]?.speaker?.role, 'Former Mayor');
	t.is(found[3]?.speaker?.type, 'document');
});

test('less common reporting verbs may come before their subject too', t => {
	const found = quotations(
		extractQuotes(
			articleOf(
				[
					'“I don’t know,” admitted Sen. Mark Kelly.',
					'“Prices will fall,” predicted economist Jane Doe of Moody’s Analytics.',
					'“We lost,” conceded the mayor.',
				].join('\n\n'),
			),
		),
	);
	t.deepEqual(found.map(who), ['Mark Kelly', 'Jane Doe', 'the mayor']);
	t.is(found[1]?.speaker?.role, 'economist');
	t.is(found[1]?.speaker?.organization, 'Moody’s Analytics');
});

test('an age between a name and the appositive does not hide what the person is', t => {
	const [quote] = quotations(
		extractQuotes(articleOf('“It was chaos,” said Maria Lopez, 34, a nurse at the hospital.')),
	);
	t.is(who(quote), 'Maria Lopez');
	t.is(quote?.speaker?.role, 'nurse');
});

test('a relative clause between the speaker and the verb is skipped, with the verbs inside it', t => {
	const [quote] = quotations(
		extractQuotes(articleOf('“It’s a mess,” a resident, who asked not to be named, told The Associated Press.')),
	);
	t.is(who(quote), 'a resident');
	t.is(quote?.speaker?.role, 'resident');
	t.is(quote?.attribution, 'explicit');
});

test('a number inside the name of a body ("Local 12", "Station 5") stays in the speaker’s organisation', t => {
	const found = quotations(
		extractQuotes(
			articleOf(
				[
					'“We will rebuild,” said Local 12 president Carla Mendes.',
					'“It burned fast,” Station 5 Capt. Joe Ruiz said.',
				].join('\n\n'),
			),
		),
	);
	t.deepEqual(found.map(who), ['Carla Mendes', 'Joe Ruiz']);
	t.deepEqual(
		found.map(quote => quote.speaker?.organization),
		['Local 12', 'Station 5'],
	);
});

test('"…, but warned there was “…”" continues the speaker before; "talk of a “…”" stays the reporter’s term', t => {
	const found = extractQuotes(
		articleOf(
			[
				'Wes Streeting, the health secretary, said the figures were “a sign that the NHS is turning a corner”, but warned there was “a long road ahead”.',
				'Helen Marsh said the industry was “on the road to recovery” but warned that talk of a “tourist tax” risked putting visitors off.',
			].join('\n\n'),
		),
	);
	t.deepEqual(
		quotations(found).map(quote => [quote.text, who(quote)]),
		[
			['a sign that the NHS is turning a corner', 'Wes Streeting'],
			['a long road ahead', 'Wes Streeting'],
			['on the road to recovery', 'Helen Marsh'],
		],
	);
	t.deepEqual(terms(found), ['tourist tax']);
});

test('a surname after a courtesy title ("Lord Hendy", "Mr Smith") is someone a later "he said" can refer to', t => {
	const found = quotations(
		extractQuotes(
			articleOf(
				[
					'Rail minister Lord Hendy said the figures were unacceptable.',
					'“Passengers deserve trains that turn up,” he said on Tuesday.',
					'Mr Smith, the head teacher, said the school would reopen.',
					'“We are ready,” he said.',
				].join('\n\n'),
			),
		),
	);
	t.deepEqual(
		found.map(quote => who(quote)),
		['Hendy', 'Smith'],
	);
});
