import type {Speaker} from '../types.ts';
import type {Token} from './quote-tokens.ts';
import {
	documentWords,
	genderedRoles,
	groupWords,
	honorifics,
	nameParticles,
	nameSuffixes,
	nonNameCapitals,
	organizationWords,
	placeRoles,
	roleWords,
	subjectPronouns,
} from './quote-lexicon.ts';

export type Gender = 'he' | 'she';

/** What a reporting clause's subject turned out to be. */
export type Subject =
	| {readonly kind: 'speaker'; readonly speaker: Speaker; readonly gender: Gender | null}
	| {readonly kind: 'pronoun'; readonly pronoun: 'he' | 'she' | 'they' | 'it'};

const determiners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
const joinText = (tokens: readonly Token[]): string => tokens.map(token => token.text).join(' ');
/** As written, possessives kept: "the governor's office". */
const joinWritten = (tokens: readonly Token[]): string =>
	tokens.map(token => (token.possessive ? token.raw.replace(/\.$/, '') : token.text)).join(' ');
/** An organization's name: a possessive inside it is part of the name ("Moody's Analytics"), a final one is not. */
const joinOrganization = (tokens: readonly Token[]): string =>
	tokens
		.map((token, index) => (token.possessive && index < tokens.length - 1 ? token.raw.replace(/\.$/, '') : token.text))
		.join(' ');
const theToken: Token = {
	raw: 'the',
	key: 'the',
	start: 0,
	end: 0,
	punct: false,
	capitalised: false,
	acronym: false,
	possessive: false,
	text: 'the',
};

// Party words before a name say whom the person sides with: "Democrats Jane Roe" is Jane Roe. ("Green" is a surname.)
const partyWords = new Set(
	'democrat democrats republican republicans tory tories labour conservative conservatives liberal liberals socialist socialists gop'.split(
		' ',
	),
);

export const isNameToken = (token: Token): boolean =>
	token.capitalised &&
	!partyWords.has(token.key) &&
	!token.punct &&
	!token.acronym &&
	!token.possessive &&
	!roleWords.has(token.key) &&
	!honorifics.has(token.key) &&
	!organizationWords.has(token.key) &&
	!documentWords.has(token.key) &&
	!groupWords.has(token.key) &&
	!nonNameCapitals.has(token.key);

// Words that name a body only together with a place: "Secretary of State", "Police Chief", "County Clerk".
const genericPlaces = new Set(['state', 'city', 'county', 'town', 'police', 'fire', 'school', 'district', 'village']);

const isModifier = (token: Token): boolean =>
	!token.capitalised && !token.punct && !determiners.has(token.key) && !token.possessive && !/^\d/.test(token.key);

const isOrgToken = (token: Token): boolean =>
	!token.punct && (token.acronym || (token.capitalised && !nonNameCapitals.has(token.key)));

function splitOnCommas(tokens: readonly Token[]): Token[][] {
	const segments: Token[][] = [[]];
	let depth = 0;
	for (const token of tokens) {
		if (token.raw === '(') {
			depth++;
		} else if (token.raw === ')') {
			depth = Math.max(0, depth - 1);
		} else if (depth > 0) {
			// Party and state tags, "(D-N.Y.)", say nothing about who spoke.
		} else if (token.raw === ',') {
			segments.push([]);
		} else if (!token.punct) {
			segments.at(-1)?.push(token);
		}
	}

	return segments.filter(segment => segment.length > 0);
}

function dropDeterminer(tokens: readonly Token[]): {rest: Token[]; determiner: string | null} {
	const first = tokens[0];
	if (first !== undefined && determiners.has(first.key)) {
		return {rest: tokens.slice(1), determiner: first.key};
	}

	return {rest: [...tokens], determiner: null};
}

/** Role and organisation from the words around a name: "FEMA Acting Administrator", "a spokeswoman for the Red Cross". */
function roleAndOrganization(tokens: readonly Token[]): {
	role: string | null;
	organization: string | null;
	gender: Gender | null;
} {
	const role: Token[] = [];
	const organization: Token[] = [];
	let gender: Gender | null = null;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const honorific = honorifics.get(token.key);
		if (honorific !== undefined) {
			gender ??= honorific;
			continue;
		}

		gender ??= genderedRoles.get(token.key) ?? null;
		if (role.length > 0 && ['in', 'on', 'from', 'near', 'since', 'who', 'which'].includes(token.key)) {
			break;
		}

		if (['of', 'for', 'at', 'with'].includes(token.key) && role.length > 0) {
			const tail = tokens.slice(i + 1).filter(t => !determiners.has(t.key));
			const firstNamed = tail.findIndex(t => isOrgToken(t));
			const lastNamed = tail.findLastIndex(t => isOrgToken(t));
			const named = firstNamed === -1 ? [] : tail.slice(firstNamed, lastNamed + 1);
			const institutional = tail.some(t => t.acronym || (organizationWords.has(t.key) && !genericPlaces.has(t.key)));
			const definite = tokens[i + 1]?.key === 'the' && tail.length > 0 && tail.length <= 3;
			if (named.length > 0 && (token.key !== 'of' || institutional)) {
				organization.push(...named);
			} else if (definite && tail.every(t => !t.capitalised) && organizationWords.has(tail.at(-1)!.key)) {
				// "a spokesperson for the ministry": the body named before, by its common noun.
				organization.push(theToken, ...tail);
			} else if (tail.length > 0) {
				role.push(token, ...tail);
			}

			break;
		}

		if (token.possessive && isOrgToken(token)) {
			organization.push(token);
		} else if (token.possessive && organizationWords.has(token.key) && organization.length === 0 && role.length === 0) {
			// "the coalition's co-chair": a body named by its common noun keeps its article.
			organization.push(...(tokens[i - 1]?.key === 'the' || i === 0 ? [theToken] : []), token);
		} else if (genericPlaces.has(token.key) && organization.length === 0 && roleWords.has(tokens[i + 1]?.key ?? '')) {
			role.push(token);
		} else if (roleWords.has(token.key)) {
			// Lower-case words just before a role belong to it: "health officer", "rescue official".
			let modifier = i;
			while (modifier > 0 && role.length === 0 && isModifier(tokens[modifier - 1]!)) {
				modifier--;
			}

			role.push(...tokens.slice(modifier, i), token);
		} else if (isOrgToken(token) && role.length === 0) {
			organization.push(token);
		} else if (/^\d{1,4}$/.test(token.key) && role.length === 0 && organization.at(-1) === tokens[i - 1]) {
			// "Local 12", "Station 5": a number in the body's name.
			organization.push(token);
		}
	}

	// "DFES incident controller": lower-case words right before the name are the role, listed or not.
	if (role.length === 0) {
		let from = tokens.length;
		while (from > 0 && isModifier(tokens[from - 1]!)) {
			from--;
		}

		role.push(...tokens.slice(from));
	}

	// "Collie cattle farmer", "Shivajinagar resident": the capitalised word is where they live, not a body.
	const placed = role.length > 0 && placeRoles.has(role.at(-1)!.key) && organization.every(token => !token.acronym);
	return {
		role: role.length > 0 ? joinText(role) : null,
		organization: organization.length > 0 && !placed ? joinOrganization(organization) : null,
		gender,
	};
}

/**
 * "a spokeswoman for the Red Cross", "the agency's spokesperson", "their teacher": a role, and names only after a
 * connector; "Council Member Aisha Rahman" names someone and is no appositive.
 */
function isAppositive(segment: readonly Token[]): boolean {
	// "a paediatrician", "an organiser with the union": an indefinite description, whatever its noun.
	if (segment.length > 1 && (segment[0]!.key === 'a' || segment[0]!.key === 'an')) {
		return true;
	}

	let role = false;
	let connected = false;
	// "Scottish Labour's campaign director": the names before a possessive are its owner.
	const owner = segment.findLastIndex(token => token.possessive);
	for (const token of segment.slice(owner + 1)) {
		if (roleWords.has(token.key) || groupWords.has(token.key)) {
			role = true;
		} else if (['for', 'of', 'at', 'with'].includes(token.key)) {
			connected = true;
		} else if (isNameToken(token) && !connected) {
			return false;
		}
	}

	return role;
}

/**
 * A capitalised word that the lexicon files as a document ("Bill"), standing right before a name word: a given name,
 * as in "Bill Gates", since a document is named by the head of its phrase ("the bill says").
 */
function isGivenNameLike(token: Token, next: Token | undefined): boolean {
	return (
		token.capitalised &&
		!token.punct &&
		!token.acronym &&
		!token.possessive &&
		documentWords.has(token.key) &&
		next !== undefined &&
		(isNameToken(next) || nameParticles.has(next.key))
	);
}

// Titles that are also common surnames. Others ("Foreign Minister") stay titles even after a capitalised word.
const surnameTitles = new Set(['king', 'bishop', 'judge', 'marshal', 'imam', 'dean', 'pope', 'sheriff', 'prince']);

/**
 * A title word after a given name is a surname: "Nasrullah Imam", "Sarah King", "Tom Judge". A title comes before
 * the name it goes with, never after it.
 */
const isSurnameLikeTitle = (token: Token, previous: Token | undefined): boolean =>
	token.capitalised &&
	!token.punct &&
	!token.acronym &&
	!token.possessive &&
	surnameTitles.has(token.key) &&
	!nonNameCapitals.has(token.key) &&
	previous !== undefined &&
	isNameToken(previous);

/** The personal name at the end of a noun phrase: "FEMA Acting Administrator Dana Reyes" → [Dana, Reyes]. */
function trailingName(tokens: readonly Token[]): number {
	let start = tokens.length;
	while (start > 0 && nameSuffixes.has(tokens[start - 1]!.key)) {
		start--;
	}

	const suffixes = start;
	while (start > 0) {
		const token = tokens[start - 1]!;
		if (
			isNameToken(token) ||
			(start < suffixes && isGivenNameLike(token, tokens[start])) ||
			(start === suffixes && isSurnameLikeTitle(token, tokens[start - 2]))
		) {
			start--;
			continue;
		}

		// "Ursula von der Leyen", "Bill de Blasio": lower-case particles between a given name and the surname.
		let particles = start;
		while (particles > 0 && nameParticles.has(tokens[particles - 1]!.key) && !tokens[particles - 1]!.capitalised) {
			particles--;
		}

		const given = tokens[particles - 1];
		if (
			particles < start &&
			start < suffixes &&
			given !== undefined &&
			(isNameToken(given) || isGivenNameLike(given, tokens[particles]))
		) {
			start = particles;
		} else {
			break;
		}
	}

	if (start === suffixes) {
		return tokens.length;
	}

	// "Secretary of State Ana Ruiz": the words right after "of" belong to the title, not the name.
	const before = tokens[start - 1];
	if (before !== undefined && (before.key === 'of' || before.key === 'for')) {
		while (suffixes - start > 2) {
			start++;
		}
	}

	return start;
}

/**
 * Reads a reporting clause's subject as written ("NAACP general counsel Dana Reyes", "Jane Doe, a spokeswoman
 * for the Red Cross", "The FEMA press release", "he") into a speaker, or a pronoun to resolve; null when it names no
 * one.
 */
export function parseSubject(tokens: readonly Token[]): Subject | null {
	// "Maria Lopez, 34, a nurse at the hospital": an age between the name and what the person is; "a resident, who
	// asked not to be named,": a relative clause says what the person did, not who they are.
	const segments = splitOnCommas(tokens).filter(
		(segment, index) =>
			index === 0 ||
			!(
				(segment.length === 1 && /^\d{1,3}$/.test(segment[0]!.key)) ||
				['who', 'whose', 'whom', 'which'].includes(segment[0]?.key ?? '')
			),
	);
	let main = segments[0];
	let appositive = segments[1];
	if (main === undefined) {
		return null;
	}

	if (appositive !== undefined && isAppositive(main) && !isAppositive(appositive)) {
		[main, appositive] = [appositive, main];
	}

	if (appositive !== undefined && !isAppositive(appositive)) {
		appositive = undefined;
	}

	const only = main.length === 1 ? main[0] : undefined;
	const pronoun = only === undefined ? undefined : subjectPronouns.get(only.key);
	if (pronoun !== undefined) {
		return {kind: 'pronoun', pronoun};
	}

	const {rest, determiner} = dropDeterminer(main);
	if (rest.length === 0 || rest.length > 12) {
		return null;
	}

	const extra = appositive === undefined ? null : roleAndOrganization(dropDeterminer(appositive).rest);
	// "Pradeep Thapa of the Nepal Red Cross Society": a name, then whom the person speaks for.
	const connector = rest.findIndex(token => ['of', 'for', 'at', 'with'].includes(token.key));
	if (connector > 0 && determiner === null && trailingName(rest.slice(0, connector)) < connector) {
		const head = rest.slice(0, connector);
		const nameAt = trailingName(head);
		const around = roleAndOrganization(head.slice(0, nameAt));
		const owner = rest.slice(connector + 1).filter(token => !determiners.has(token.key));
		const named = owner.every(token => isOrgToken(token) || ['of', 'and'].includes(token.key));
		return {
			kind: 'speaker',
			speaker: {
				name: joinText(head.slice(nameAt)),
				role: around.role ?? extra?.role ?? null,
				organization:
					named && owner.length > 0 ? joinOrganization(owner) : (around.organization ?? extra?.organization ?? null),
				type: 'person',
			},
			gender: around.gender ?? extra?.gender ?? null,
		};
	}

	const nameStart = trailingName(rest);
	// "the new MSP Alasdair Munro": a title before the name makes it a person even after "the".
	const titled = nameStart > 0 && rest.slice(0, nameStart).some(token => roleWords.has(token.key) || token.acronym);
	if (
		nameStart < rest.length &&
		(determiner === null || (determiner === 'the' && titled && rest.length - nameStart >= 2))
	) {
		const around = roleAndOrganization(rest.slice(0, nameStart));
		return {
			kind: 'speaker',
			speaker: {
				name: joinText(rest.slice(nameStart)),
				role: around.role ?? extra?.role ?? null,
				organization: around.organization ?? extra?.organization ?? null,
				type: 'person',
			},
			gender: around.gender ?? extra?.gender ?? null,
		};
	}

	const head = rest.at(-1)!;
	if (documentWords.has(head.key)) {
		let nounStart = rest.length - 1;
		while (nounStart > 0 && !rest[nounStart - 1]!.capitalised && !rest[nounStart - 1]!.punct) {
			nounStart--;
		}

		const owner = rest.slice(0, nounStart).filter(token => isOrgToken(token));
		const noun = joinText(rest.slice(nounStart)).toLowerCase();
		const organization = owner.length > 0 ? joinOrganization(owner) : null;
		return {
			kind: 'speaker',
			speaker: {name: organization ?? noun, role: organization === null ? null : noun, organization, type: 'document'},
			gender: null,
		};
	}

	const written = joinText(rest);
	const roleOwned = connector > 0 && rest.slice(0, connector).some(token => roleWords.has(token.key));
	if (
		!roleOwned &&
		(groupWords.has(head.key) ||
			organizationWords.has(head.key) ||
			head.acronym ||
			(nameStart < rest.length && determiner === 'the'))
	) {
		const owner = rest.filter(token => isOrgToken(token));
		const proper = head.capitalised;
		// "Nepal's Home Ministry" is the Home Ministry; whose it is stays out of its name.
		const owned = proper ? rest.findLastIndex(token => token.possessive) : -1;
		if (owned >= 0 && owned < rest.length - 1) {
			const body = joinText(rest.slice(owned + 1));
			return {
				kind: 'speaker',
				speaker: {name: body, role: null, organization: body, type: 'organization'},
				gender: null,
			};
		}

		return {
			kind: 'speaker',
			speaker: {
				name: proper || determiner === null ? joinWritten(rest) : `${determiner} ${joinWritten(rest)}`,
				role: null,
				organization: proper ? written : owner.length > 0 ? joinOrganization(owner) : null,
				type: 'organization',
			},
			gender: null,
		};
	}

	if (roleWords.has(head.key) || rest.some(token => roleWords.has(token.key))) {
		const around = roleAndOrganization(rest);
		const organization = around.organization ?? extra?.organization ?? null;
		if (organization !== null && determiner !== 'the') {
			// "a spokesman for Baltic Star Line" speaks for the company, which is all the text names.
			return {
				kind: 'speaker',
				speaker: {name: organization, role: around.role, organization, type: 'organization'},
				gender: null,
			};
		}

		return {
			kind: 'speaker',
			speaker: {
				name: determiner === null ? written : `${determiner} ${written}`,
				role: around.role,
				organization: around.organization ?? extra?.organization ?? null,
				type: 'person',
			},
			gender: around.gender,
		};
	}

	return null;
}
