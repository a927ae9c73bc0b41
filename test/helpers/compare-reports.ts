import {parseArticle} from '../../source/article/parse.ts';
import type {Breakdown, Check, Quote, Report, Span, TimelineEntry} from '../../source/extract/types.ts';

// Hand-built reports for the comparison tests, so they do not depend on the extractors. The body is written from
// the parts given (one sentence per list, quotation and date), and every span points at its words in it.

export type ListSpec = {
	readonly measure: string;
	readonly items: ReadonlyArray<readonly [string, number]>;
	readonly total?: number;
	readonly verdict?: Check['verdict'];
	readonly unit?: string | null;
};

export type DateSpec = {
	/** The sentence, holding `expression` once. */
	readonly sentence: string;
	readonly expression: string;
	readonly start: string;
	readonly end?: string;
};

export type ReportSpec = {
	readonly source: string | null;
	readonly path?: string;
	readonly lists?: readonly ListSpec[];
	readonly quotes?: ReadonlyArray<readonly [string | null, string]>;
	readonly dates?: readonly DateSpec[];
};

export function makeReport(spec: ReportSpec): Report {
	const sentences: string[] = [];
	const lists = spec.lists ?? [];
	for (const list of lists) {
		const parts = list.items.map(([name, value]) => `${name} ${value}`).join(', ');
		sentences.push(`The ${list.measure}${list.total === undefined ? '' : ` were ${list.total}`}: ${parts}.`);
	}

	for (const [speaker, text] of spec.quotes ?? []) {
		sentences.push(`“${text}” said ${speaker ?? 'someone'}.`);
	}

	for (const date of spec.dates ?? []) {
		sentences.push(date.sentence);
	}

	const body = sentences.join('\n\n');
	const article = parseArticle(body);
	let cursor = 0;
	const find = (text: string): Span => {
		const start = body.indexOf(text, cursor);
		if (start < 0) {
			throw new Error(`not in the body: ${text}`);
		}

		cursor = start;
		return {start, end: start + text.length};
	};

	const sentenceOf = (span: Span): Span =>
		article.sentences.find(s => s.start <= span.start && span.end <= s.end) ?? {start: 0, end: body.length};

	const breakdowns: Breakdown[] = lists.map((list, index) => {
		const span = find(`The ${list.measure}`);
		const total =
			list.total === undefined ? null : {value: list.total, hedge: 'exact' as const, span: find(String(list.total))};
		const items = list.items.map(([name, value]) => ({
			name,
			value,
			approximate: false,
			span: find(`${name} ${value}`),
		}));
		return {
			id: `breakdown-${index + 1}`,
			measure: list.measure,
			unit: list.unit ?? null,
			items,
			sum: items.reduce((sum, item) => sum + item.value, 0),
			statedTotal: total,
			totalLink: total === null ? null : 'colon',
			unread: 0,
			rounding: 0,
			parent: null,
			complete: true,
			span: {start: span.start, end: items.at(-1)?.span.end ?? span.end},
		};
	});
	const checks: Check[] = lists.flatMap((list, index) =>
		list.verdict === undefined
			? []
			: [
					{
						id: `check-${index + 1}`,
						kind: 'breakdown-total' as const,
						verdict: list.verdict,
						claim: `The ${list.measure} check.`,
						arithmetic: '',
						expected: list.total ?? 0,
						actual: breakdowns[index]!.sum,
						difference: null,
						hint: null,
						spans: [],
						breakdownId: breakdowns[index]!.id,
					},
				],
	);
	const quotes: Quote[] = (spec.quotes ?? []).map(([speaker, text], index) => ({
		id: `quote-${index + 1}`,
		kind: 'quotation',
		text,
		speaker: speaker === null ? null : {name: speaker, role: null, organization: null, type: 'person'},
		attribution: speaker === null ? 'none' : 'explicit',
		cue: null,
		span: find(`“${text}”`),
	}));
	const timeline: TimelineEntry[] = (spec.dates ?? []).map((date, index) => {
		const span = find(date.expression);
		return {
			id: `date-${index + 1}`,
			expression: date.expression,
			start: date.start,
			end: date.end ?? null,
			grain: 'day',
			qualifier: null,
			event: date.sentence,
			span,
			sentence: sentenceOf(span),
		};
	});
	return {
		version: 1,
		article: {
			title: null,
			published: null,
			source: spec.source,
			url: null,
			path: spec.path ?? null,
			body,
			paragraphs: article.paragraphs.map(({start, end}) => ({start, end})),
			sentences: article.sentences.map(({start, end}) => ({start, end})),
		},
		breakdowns,
		quotes,
		timeline,
		checks,
		warnings: [],
	};
}
