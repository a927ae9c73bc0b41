// Names as a reader matches them. Two outlets write one place as "St. Brennan" and "Saint Brennan", "N.M." and
// "Santa Fe, N.M.", "Ashby" and "Ashby County"; a reader takes them as one when nothing else in the
// article could be meant. These functions only say which names could be one; align-names.ts decides, and records it.

// Abbreviations that stand for a whole word in place names, so "St. Brennan" and "Saint Brennan" share one key.
const abbreviations: ReadonlyMap<string, string> = new Map([
	['st', 'saint'],
	['ste', 'sainte'],
	['ft', 'fort'],
	['mt', 'mount'],
	['pt', 'point'],
]);

// Words that say what kind of place a name is, not which: "Ashby County" is Ashby when the other article names no
// other Ashby.
const genericWords: ReadonlySet<string> = new Set([
	'county',
	'city',
	'town',
	'township',
	'borough',
	'parish',
	'district',
	'state',
	'province',
	'region',
	'village',
	'municipality',
	'department',
]);

/** The words of a name, case, diacritics and punctuation set aside: "Saint Brénnan" → ["saint", "brennan"]. */
export function nameWords(name: string): string[] {
	return (
		name
			.normalize('NFD')
			.replaceAll(/\p{M}/gu, '')
			.toLowerCase()
			.replaceAll('&', ' and ')
			// Initials written with or without stops are one word: "N.M." and "NM" are "nm".
			.replaceAll(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
			.replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
			.split(' ')
			.filter(word => word !== '')
			.map(word => abbreviations.get(word) ?? word)
	);
}

/** The key two spellings of one name share: "St. Brennan" and "saint brennan" are both "saint brennan". */
export function nameKey(name: string): string {
	return nameWords(name).join(' ');
}

/**
 * The shorter forms a reader would take for this name: without its generic words ("Ashby County" →
 * "ashby"), and each part around a comma ("Santa Fe, N.M." → "santa fe", "nm"; "Dale County, Ohio" → "dale
 * county", "dale"). The name's own key is not among them.
 */
export function shorterForms(name: string): ReadonlySet<string> {
	const own = nameKey(name);
	const forms = new Set<string>();
	const parts = [name, ...(name.includes(',') ? name.split(',') : [])];
	for (const part of parts) {
		const words = nameWords(part);
		const key = words.join(' ');
		if (key !== '' && key !== own) {
			forms.add(key);
		}

		const specific = words.filter(word => !genericWords.has(word));
		const specificKey = specific.join(' ');
		if (specific.length > 0 && specificKey !== own) {
			forms.add(specificKey);
		}
	}

	return forms;
}

/**
 * Whether one name could be the other written shorter: the key of one is a shorter form of the other, or both
 * shorten to the same form ("Port Alder County" and "Port Alder Township" do not: neither contains the other).
 */
export function couldBeSameName(a: string, b: string): boolean {
	const keyA = nameKey(a);
	const keyB = nameKey(b);
	if (keyA === keyB) {
		return true;
	}

	return shorterForms(a).has(keyB) || shorterForms(b).has(keyA);
}
