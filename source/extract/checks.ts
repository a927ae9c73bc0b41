import type {Article} from '../article/types.ts';
import type {NumberMention} from './numbers-types.ts';
import type {Breakdown, Check} from './types.ts';

// STUB: replaced by the checks helper.
export function extractChecks(
	_article: Article,
	_numbers: readonly NumberMention[],
	_breakdowns: readonly Breakdown[],
): Check[] {
	return [];
}
