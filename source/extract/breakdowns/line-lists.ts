// Lists written one item per line: bullets ("- X: 12", "• X — 12"), "X: 12" lines and simple text tables.
import type {Article, Span} from '../../article/types.ts';
import {isPluralNoun, isQuantity, mentionsIn, nounAfter} from '../numbers/number-context.ts';
import type {NumberMention} from '../numbers/numbers-types.ts';
import {sentenceBefore, type ItemDraft, type ListDraft, type Shape} from './breakdown-items.ts';
import {cleanName, spanOf, trailingCapitalRun} from './item-names.ts';
import {NUMBERED} from './item-readers.ts';

// A bullet, a number ("3.", "3)") or a rank ("#3.") before a line's item.
const BULLET = /^\s*(?:[-*•·–—]|\d{1,2}[.)]|#\d{1,3}\.?)\s+/;
const SHARE_AFTER = /^\s+\(?[\d.]+\s?%\)?\s*$/;

// "Total", "Total Votes Cast": the line that closes a table with its whole.
const TOTAL_NAME = /^(?:total|totals|grand total|overall|all|sum|combined|in all|total(?: [a-z]+){1,3})$/i;
// Ballot options name their line by the word a cleaner would drop as a preposition: "For the levy: 6", "Against: 4".
const BALLOT_OPTION = /^(?:for|against|yes|no)\b/i;

// "Orange: 37,247 (+95)": a second figure in parentheses right after a line's own, as dashboards print the day's change.
const SECOND_FIGURE = /^\s*\(\s*[+±]?\s*$/;

/**
 * The lines' second column: when every line gives a parenthesised figure right after its own, those figures are a list
 * of their own (new cases beside the total cases), by the same names. Null unless every line has one.
 */
function secondColumn(
	body: string,
	lines: readonly ItemDraft[],
	mentions: readonly NumberMention[],
): ItemDraft[] | null {
	const column: ItemDraft[] = [];
	for (const line of lines) {
		const lineEnd = body.indexOf('\n', line.mention.span.end);
		const rest = {start: line.mention.span.end, end: lineEnd === -1 ? body.length : lineEnd};
		const next = mentionsIn(mentions, rest).filter(isQuantity)[0];
		if (next === undefined || next.kind !== line.mention.kind) return null;
		if (!SECOND_FIGURE.test(body.slice(line.mention.span.end, next.hedgedSpan.start))) return null;
		const close = body.indexOf(')', next.span.end);
		// One figure alone in the parenthesis: "(600, 120, 394)" divides the line's figure, it is no second column.
		if (close === -1 || close > rest.end || !/^\s*(?:[a-z]+\s*)?$/.test(body.slice(next.span.end, close))) return null;
		column.push({...line, mention: next, span: {start: line.span.start, end: close + 1}, noun: null});
	}

	return column;
}

/**
 * "77,571 model year 2012-2015 Hyundai Accent vehicles;": a line that opens on its figure and ends on the plural it
 * counts, the name the capitalised words right before that noun. Shaped as a row, so only a run of three is a list.
 */
function countFirstName(after: string): {readonly name: string; readonly noun: string} | null {
	const words = after
		.trim()
		.replace(/[;,.]$/, '')
		.split(/\s+/);
	const noun = words.at(-1) ?? '';
	if (words.length < 2 || words.length > 12 || !/^[a-z]+$/.test(noun) || !isPluralNoun(noun)) return null;
	// The run may open on the model years before the name ("2012-2015 Hyundai Accent"): they are no part of it.
	const name = trailingCapitalRun(words.slice(0, -1).join(' ')).replace(/^(?:[\d–-]+\s+)+/, '');
	return name === '' || name.split(' ').length > 5 || /\d/.test(name) ? null : {name, noun};
}

// "- Four women in their 60s": who is counted, in lower case, what the line's figure is a number of.
const DESCRIBED = /^\s+((?:[a-z][\p{L}'’-]*)(?:\s+[\p{L}\d'’-]+){0,7})[.;,]?\s*$/u;
// The people a case report counts by age and sex. Only these open such a line: "- 412 homes destroyed" and "- 3,000
// people evacuated" in a factbox count different things, and a list of them would add homes to people.
const PERSONS =
	/^(?:wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|infants?|babies|baby|teens?|teenagers?|adults?|seniors?|males?|females?|residents?|patients?|people|persons?)$/;

/**
 * The bulleted lines of a case report by age and sex ("- One woman in her 80s", "- 12 women in their 30s"): the figure
 * opens the line and the words after it, lower case, say who is counted; the name is those words. Shaped as a row, so
 * only a run of three makes a list, and the measure comes from the lead ("The cases by age:").
 */
function describedRow(after: string, mention: NumberMention): string | null {
	if (mention.kind !== 'count') return null;
	const match = DESCRIBED.exec(after);
	if (match === null) return null;
	const name = match[1]!;
	const words = name.split(/\s+/);
	// "- 3,000 people evacuated": what befell them, a measure of its own, not who they are.
	return PERSONS.test(words[0]!) && !words.some(word => /[a-z]ed$/.test(word)) ? name : null;
}

/**
 * "4. Linn County: 1855" in a run of county counts: a figure that could be a year is the row's count when the rows
 * before it are counts. Read only to continue a run of two or more, so a lone "Founded: 1855" stays a year.
 */
function yearRow(body: string, line: Span, mentions: readonly NumberMention[]): ItemDraft | null {
	const years = mentionsIn(mentions, line).filter(mention => mention.kind === 'year');
	const year = years.at(-1);
	if (year === undefined || !/^\s*$/.test(body.slice(year.span.end, line.end))) return null;
	const asCount: NumberMention = {...year, kind: 'count'};
	const row = readLine(
		body,
		line,
		mentionsIn(mentions, line).map(mention => (mention === year ? asCount : mention)),
	);
	return row !== null && row.mention === asCount && row.shape === 'line' ? row : null;
}

// A line that holds only its figure: the second line of a row a narrow column wrapped.
const FIGURE_ONLY = /^\s*[$€£]?[\d.,]+\s*%?\s*$/;
// "River Electric - North OH, PA": the state column after the name, in postal codes.
const CODES_AFTER = /\s+[A-Z]{2}(?:,\s*[A-Z]{2})*$/;

/**
 * "Lakeshore Power MI" on one line and "9,800" alone on the next: a table whose figures a narrow layout pushed onto a
 * line of their own, the name on the line before. The name line holds no figure and no sentence; a state column after
 * the name is dropped. Shaped as a row, so only a run of three is a list.
 */
function wrappedRow(
	body: string,
	nameLine: Span,
	figureLine: Span,
	mentions: readonly NumberMention[],
): ItemDraft | null {
	const figureText = body.slice(figureLine.start, figureLine.end);
	if (!FIGURE_ONLY.test(figureText)) return null;
	const figures = mentionsIn(mentions, figureLine).filter(isQuantity);
	const rawName = body.slice(nameLine.start, nameLine.end).trim();
	if (figures.length !== 1 || rawName === '' || rawName.length > 60 || /[.!?:;]$|\d/.test(rawName)) return null;
	const stripped = rawName.replace(CODES_AFTER, '');
	const cleaned = TOTAL_NAME.test(rawName) ? rawName : cleanName(stripped === '' ? rawName : stripped);
	// "River Electric - North": a company and its unit, one name; the cleaner would keep only the part after the dash.
	const name = cleaned !== null && / - /.test(stripped) && stripped.endsWith(cleaned) ? stripped : cleaned;
	if (name === null || name.split(' ').length > 6 || !/^\p{Lu}/u.test(name)) return null;
	return {name, mention: figures[0]!, span: spanOf(body, nameLine.start, figureLine.end), noun: null, shape: 'row'};
}

/** Bare "Name N" rows make a list only three or more in a row: two such lines are as likely a headline and a byline. */
function kept(rows: readonly ItemDraft[]): boolean {
	return rows.length >= (rows.some(item => item.shape === 'row') ? 3 : 2);
}

type Line = {readonly span: Span; readonly row: ItemDraft | null};

// Each article's lines read once, for the line lists and the blocks reader both (as mentions are read once for all).
const linesRead = new WeakMap<
	Article,
	{readonly mentions: readonly NumberMention[]; readonly lines: readonly Line[]}
>();

/** Every line of the body with the row it reads as, if any. */
export function readLines(article: Article, mentions: readonly NumberMention[]): readonly Line[] {
	const cached = linesRead.get(article);
	if (cached !== undefined && cached.mentions === mentions) return cached.lines;
	const {body} = article;
	const lines: Line[] = [];
	for (let start = 0; start <= body.length;) {
		const newline = body.indexOf('\n', start);
		const end = newline === -1 ? body.length : newline;
		const span = {start, end};
		const previous = lines.at(-1);
		const wrapped = previous?.row === null ? wrappedRow(body, previous.span, span, mentions) : null;
		if (wrapped === null) lines.push({span, row: readLine(body, span, mentions)});
		else lines[lines.length - 1] = {span: {start: previous!.span.start, end}, row: wrapped};
		start = end + 1;
	}

	linesRead.set(article, {mentions, lines});
	return lines;
}

/** Lists written one item per line: bullets ("- X: 12", "• X — 12"), "X: 12" lines and simple text tables. */
export function lineLists(article: Article, mentions: readonly NumberMention[]): ListDraft[] {
	const {body} = article;
	const lists: ListDraft[] = [];
	let current: ItemDraft[] = [];
	// The total lines that close the rows: one ("Total 310"), or several of a box of statistics ("TOTAL ARRESTS – 129",
	// "TOTAL CITATIONS – 716"), whose rows then mix what each total counts.
	let closing: NumberMention[] = [];
	// "Total Votes 18,120" above a race's rows: their total, stated first, as results summaries print it.
	let leading: NumberMention | null = null;
	let lastEnd = -1;
	const flush = (): void => {
		const sum = current.reduce((running, item) => running + item.mention.value, 0);
		// Of several totals, the one the rows add up to; else none of them is theirs alone, and the first is held loosely.
		const exact = closing.find(mention => Math.abs(mention.value - sum) < 1e-9 * Math.max(1, sum));
		const total = closing.length === 1 ? closing[0]! : (exact ?? null);
		const loose = total === null ? (closing[0] ?? leading) : null;
		// Under a total line, two rows are a table: a two-way race.
		if (kept(current) || (leading !== null && current.length >= 2)) {
			const first = current[0]!;
			const sentence = sentenceBefore(article, first.span.start);
			lists.push({
				items: current,
				span: {start: first.span.start, end: (total ?? closing.at(-1))?.span.end ?? current.at(-1)!.span.end},
				lead: {start: sentence === -1 ? first.span.start : article.sentences[sentence]!.start, end: first.span.start},
				totalLine: total ?? loose,
				totalLeads: total === null && loose !== null,
				measure: null,
				sentence,
			});
			const second = secondColumn(body, current, mentions);
			if (second !== null) {
				lists.push({
					items: second,
					span: {start: first.span.start, end: current.at(-1)!.span.end},
					lead: lists.at(-1)!.lead,
					totalLine: null,
					measure: null,
					sentence,
				});
			}
		}

		current = [];
		closing = [];
		leading = null;
	};

	for (const {span, row} of readLines(article, mentions)) {
		const {start, end} = span;
		const line = row ?? (current.length >= 2 ? yearRow(body, span, mentions) : null);
		if (line === null) {
			if (body.slice(start, end).trim() !== '' || start - lastEnd > 2) flush();
		} else {
			if (TOTAL_NAME.test(line.name)) {
				// Above rows it opens ("Total Votes 18,120", then the candidates), unless a list it can close comes before it.
				const opens = !kept(current);
				if (opens) {
					flush();
					leading = line.mention;
				} else {
					closing.push(line.mention);
				}
			} else {
				if (closing.length > 0) flush();
				// The rows starting over are two lists: the last block of a results table, then its unheaded whole ("For: 30",
				// "Against: 11", "For: 250", "Against: 92"). In a bulleted list a name met again is only a second grant to it.
				const bulleted = BULLET.test(body.slice(start, end));
				if (!bulleted && current.length >= 2 && current[0]!.name === line.name) flush();
				current.push(line);
			}

			lastEnd = end;
		}
	}

	flush();
	return lists;
}

// "$258,360 for temporary facilities for Harvest Worship Center": a bulleted amount, then what it is for and whom.
const FOR_RECIPIENT = /^\s+(?:for|to)\s+(.+?)[.;,]?\s*$/;

// What follows a bullet's purpose to give examples of it is no part of it: "…, like a new cafe", "…, including 20 cars".
const EXAMPLES = /,\s+(?:like|including|such as|among them|notably)\s.*$/;

/** The recipient of an amount-first bullet: the words after its last "for"/"to" that open in a capital, else all. */
function recipientOf(after: string): string | null {
	const match = FOR_RECIPIENT.exec(after.replace(EXAMPLES, ''));
	if (match === null) return null;
	const words = match[1]!;
	const last = /.*\s(?:for|to)\s+(?=\p{Lu})/u.exec(words);
	const name = (last === null ? words : words.slice(last[0].length)).trim();
	return name.length > 0 && name.length <= 80 ? name : null;
}

// "to the alternative Yampah Mountain High School": one lower-case word may stand before the capitalised name.
const GRANTEE =
	/^\s+(?:to|for)\s+(?:the\s+)?(?:[a-z]+\s+)?(\p{Lu}[\p{L}\d.'’&-]*(?:\s+(?:(?:of|the|and|for|de|in\s+the)\s+)*\p{Lu}[\p{L}\d.'’&-]*){0,7})/u;

export function readLine(body: string, line: Span, mentions: readonly NumberMention[]): ItemDraft | null {
	const text = body.slice(line.start, line.end);
	if (text.trim().length === 0 || text.length > 200) return null;
	const bullet = BULLET.exec(text);
	const from = line.start + (bullet?.[0].length ?? 0);
	const all = mentionsIn(mentions, {start: from, end: line.end}).filter(isQuantity);
	// "For The 2% Tax: 6": a figure inside the name; the line's own figure is the one after its colon, ending the line.
	const last = all.at(-1);
	const named =
		last !== undefined &&
		all.length > 1 &&
		/[:=]\s*$/.test(body.slice(all.at(-2)!.span.end, last.hedgedSpan.start)) &&
		/^[\s*†]*$/.test(body.slice(last.span.end, line.end));
	const found = named ? [last] : all;
	const mention = found[0];
	if (mention === undefined) return null;
	const before = body.slice(from, mention.hedgedSpan.start);
	const after = body.slice(mention.span.end, line.end);
	// Figures in the examples after the purpose ("…, including the 20 new cars") are none of the bullet's own.
	const examples = EXAMPLES.exec(after);
	const own =
		examples === null ? found.length : found.filter(m => m.span.start < mention.span.end + examples.index).length;
	if (bullet !== null && before.trim() === '' && own === 1) {
		const recipient = recipientOf(after);
		if (recipient !== null) {
			return {name: recipient, mention, span: spanOf(body, from, line.end), noun: null, shape: 'line'};
		}
	}

	// "$5,000 to the Orchard Arts Guild to help with its fall concerts.": a paragraph a grant, opening on the amount. The
	// figures after the name ("including $600 for …") divide that grant; they are none of the list's rows.
	const grantee = bullet === null && before.trim() === '' && mention.kind === 'money' ? GRANTEE.exec(after) : null;
	if (grantee !== null) {
		const name = grantee[1]!.replace(/\s+(?:of|the|and|for|de)$/, '');
		return {name, mention, span: spanOf(body, from, line.end), noun: null, shape: 'row'};
	}

	const described = bullet !== null && before.trim() === '' ? describedRow(after, mention) : null;
	if (described !== null)
		return {name: described, mention, span: spanOf(body, from, line.end), noun: null, shape: 'row'};
	const countFirst = before.trim() === '' && found.length === 1 ? countFirstName(after) : null;
	if (countFirst !== null) {
		return {...countFirst, mention, span: spanOf(body, from, line.end), shape: 'row'};
	}

	// "Biden/Harris 3,988 22.01%": a results row gives the count and its share; the share is the count's, not a row.
	const share = found.length === 2 && found[1]!.kind === 'percent' && SHARE_AFTER.test(after);
	// "Ashby = 900 (trout = 500; perch = 400)": a parenthesis of parts that add up to the line's figure divides it,
	// however long it is; the line is still one row.
	const parts = found.slice(1).reduce((sum, other) => sum + other.value, 0);
	const divided = found.length > 2 && /^\s*\([^()]*\)\s*$/.test(after) && Math.abs(parts - mention.value) < 1e-9;
	if ((after.trim().length > 40 && !divided) || (!share && found.some(other => other !== mention && !/\(/.test(after))))
		return null;
	let name: string | null = null;
	let shape: Shape = 'line';
	if (before.includes('|')) {
		name =
			before
				.split('|')
				.map(cell => cell.trim())
				.find(cell => cell !== '') ?? null;
	} else {
		const separator =
			/(?:\s*[:—–|=]\s*|\s*[-—–._·…]{2,}\s*|\s+-\s+|(?<=\p{L})-\s*|\t\s*| {2,})$/u.exec(before) ??
			(bullet === null ? null : /\s*,\s*$/.exec(before));
		if (separator !== null) {
			name = before.slice(0, separator.index);
		} else if (bullet === null && (after.trim() === '' || share) && / $/.test(before) && mention.kind !== 'percent') {
			// "Benton 18": a table flattened to text, a name and its figure a line; only a run of them is a list.
			name = before.slice(0, -1);
			shape = 'row';
		} else {
			return null;
		}
	}

	// "Aurorium, a maker of chemical products in Indianapolis: 159": the name, then what it is.
	const appositive = name === null ? null : /^([^,]{2,60}),\s+(?:a|an|the|which|who|that)\s/.exec(name)?.[1];
	const clean = name === null ? null : BALLOT_OPTION.test(name.trim()) ? name.trim() : cleanName(appositive ?? name);
	if (clean === null || clean.split(' ').length > 5) return null;
	// "Ward One", "District 5": a word that numbers a thing, with its number, is a name or a heading, not a row.
	if (shape === 'row' && (!/^\p{Lu}/u.test(clean) || clean !== name!.trim() || NUMBERED.test(clean))) return null;
	return {
		name: clean,
		mention,
		span: spanOf(body, from, mention.span.end),
		noun: nounAfter(body, mention.span.end),
		shape,
	};
}
