import type {Article} from '../article/types.ts';
import type {NumberMention} from './numbers-types.ts';
import type {Breakdown} from './types.ts';

// STUB: replaced by the breakdowns helper.
export function extractBreakdowns(_article: Article, _numbers: readonly NumberMention[]): Breakdown[] {
	return [];
}
