// A deterministic, news-like article of any size for throughput runs: varied paragraphs with breakdown lists, stated
// totals, quotations with reporting clauses, dates at every grain, money and percentages. Repeating one article would
// let caches and branch predictors flatter the figure; a seeded generator gives the same text on every machine.

/** Mulberry32: a tiny seeded PRNG, good enough to vary text and cheap enough not to show in the timing. */
function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const places = [
	'Riverside County',
	'Marion',
	'Lakewood',
	'Fairview',
	'Port Allen',
	'Greenfield',
	'Clay County, Ohio',
	'Springdale',
	'North Bend',
	'Ashford',
	'Kingsport',
	'Mill Valley',
	'St. Clair',
	'Washington, D.C.',
	'Dover',
	'Harbor City',
] as const;
const people = [
	['Maria Okafor', 'a spokeswoman for the county health department'],
	['James T. Whitfield', 'the city’s police chief'],
	['Dr. Helen Park', 'an epidemiologist at the state university'],
	['Ahmed Rahman', 'who leads the tenants’ union'],
	['Sen. Laura Biggs', 'a Republican from the third district'],
	['Carlos Mendes', 'the plant manager'],
	['Priya Natarajan', 'an analyst with the budget office'],
	['Tom O’Neill', 'a union steward'],
] as const;
const measures = ['arrests', 'deaths', 'cases', 'ballots', 'layoffs', 'complaints', 'inspections'] as const;
const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const numberWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen'] as const;
const verbs = ['said', 'told reporters', 'wrote in a statement', 'said on Tuesday', 'added'] as const;
const fillers = [
	'The figures were released after a months-long review by officials, who declined to say how the sample was chosen.',
	'Critics argued that the numbers understate the problem, pointing to gaps in reporting from smaller agencies.',
	'Residents gathered outside city hall on a cold evening, some carrying signs, others simply watching.',
	'The agency did not respond to repeated requests for comment by the time of publication.',
	'A previous audit found similar discrepancies, although the methods used then were different.',
	'Budget documents show the program has grown steadily, even as staffing levels fell across the region.',
	'Officials in neighboring jurisdictions have adopted the policy, with mixed results so far (see chart).',
	'Some of the data, the report notes, were revised after the initial release — a common practice.',
] as const;

type Pick = <T>(items: readonly T[]) => T;

function paragraphMaker(random: () => number): () => string {
	const pick: Pick = items => items[Math.floor(random() * items.length)]!;
	const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
	const year = (): number => int(1998, 2024);
	const kinds = [
		// A breakdown with a stated total, sometimes partial, sometimes off by a little.
		(): string => {
			const count = int(3, 9);
			const chosen = [...places].sort(() => random() - 0.5).slice(0, count);
			const values = chosen.map(() => int(3, 400));
			const total = values.reduce((sum, value) => sum + value, 0) + (random() < 0.3 ? int(1, 20) : 0);
			const measure = pick(measures);
			const items = chosen.map((place, index) => `${place} (${values[index]!.toLocaleString('en-US')})`);
			const last = items.pop()!;
			const lead = random() < 0.5 ? 'including' : 'in';
			return `Officials reported ${random() < 0.5 ? 'nearly ' : ''}${total.toLocaleString('en-US')} ${measure} over a ${pick(numberWords)}-day period ending ${pick(weekdays)}, ${lead} ${items.join(', ')} and ${last}. ${pick(fillers)}`;
		},
		// Quotations: attributed after, before, across sentences, and one scare-quoted term.
		(): string => {
			const [name, role] = pick(people);
			const quote = `“We have seen ${int(2, 90)} percent more ${pick(measures)} than last year, and that is not acceptable,” ${name}, ${role}, ${pick(verbs)}.`;
			const follow = `“The so-called “reform” has done nothing,” ${random() < 0.5 ? 'she' : 'he'} said. “Nothing at all.”`;
			return `${quote} ${follow} ${pick(fillers)}`;
		},
		// Dates at several grains, relative and absolute.
		(): string =>
			`In late ${pick(months)}, the council voted ${int(3, 9)}-${int(0, 4)} to extend the contract, which began in ${pick(months)} ${year()}. The decision came on ${pick(weekdays)} night, ${int(2, 11)} weeks after a hearing on ${pick(months)} ${int(1, 28)}, ${year()}. By the ${pick(['early', 'mid', 'late'] as const)} ${int(195, 201)}0s the town had already doubled in size; last spring it lost ${int(2, 30)} percent of its jobs.`,
		// Money, percentages, differences.
		(): string =>
			`The budget rose to $${int(1, 900)}.${int(1, 9)} million from $${int(1, 900)} million, an increase of about ${int(1, 60)}%. Of the ${int(100, 5000).toLocaleString('en-US')} employees, ${int(10, 99)} were laid off and ${pick(numberWords)} were rehired, leaving roughly ${int(10, 4000).toLocaleString('en-US')} on the payroll. ${pick(fillers)}`,
		// A bulleted list, as some outlets write breakdowns.
		(): string => {
			const chosen = [...places].sort(() => random() - 0.5).slice(0, int(2, 5));
			const lines = chosen.map(place => `- ${place}: ${int(1, 120)} ${pick(measures)}`);
			return `The ${pick(measures)} by area, according to the report:\n${lines.join('\n')}`;
		},
		// Plain prose with abbreviations and initials that a sentence splitter must not break on.
		(): string =>
			`Mr. ${pick(people)[0].split(' ').at(-1)!} of the U.S. Department of Labor, speaking at 9 a.m. on ${pick(weekdays)}, said the No. ${int(1, 9)} priority was safety. ${pick(fillers)} ${pick(fillers)}`,
	] as const;
	return () => pick(kinds)();
}

/**
 * An article of about `bytes` UTF-8 bytes (never less), with front matter and a headline, the same for the same
 * `seed`.
 */
export function generateArticle(bytes: number, seed = 1): string {
	const random = prng(seed);
	const next = paragraphMaker(random);
	const parts = [
		'---\ntitle: Council report tallies a busy year\npublished: 2019-06-12\nsource: Bench Gazette\n---\n',
		'Council report tallies a busy year\n\n',
	];
	let size = Buffer.byteLength(parts.join(''));
	while (size < bytes) {
		const paragraph = next() + '\n\n';
		parts.push(paragraph);
		size += Buffer.byteLength(paragraph);
	}

	return parts.join('');
}
