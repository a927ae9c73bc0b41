// The counts and checks of an article written inline in a test: the core's pipeline from text, without the UI.
import {parseArticle} from '../../source/article/parse.ts';
import {extractBreakdowns} from '../../source/extract/breakdowns/breakdowns.ts';
import {extractChecks} from '../../source/extract/checks/checks.ts';
import {findNumbers} from '../../source/extract/numbers/numbers.ts';
import type {Breakdown, Check} from '../../source/extract/types.ts';

export function read(text: string): {breakdowns: Breakdown[]; checks: Check[]} {
	const article = parseArticle(text);
	const numbers = findNumbers(article.body);
	const breakdowns = extractBreakdowns(article, numbers);
	return {breakdowns, checks: extractChecks(article, numbers, breakdowns)};
}

/** A breakdown's items as [name, value] pairs, to compare with the hand-worked list. */
export function items(breakdown: Breakdown | undefined): Array<[string, number]> {
	return breakdown?.items.map(item => [item.name, item.value]) ?? [];
}

export function verdicts(found: readonly Check[], kind: Check['kind']): string[] {
	return found.filter(check => check.kind === kind).map(check => check.verdict);
}

/** The breakdown whose measure is `measure`, for articles with several. */
export function byMeasure(breakdowns: readonly Breakdown[], measure: string): Breakdown | undefined {
	return breakdowns.find(breakdown => breakdown.measure === measure);
}
