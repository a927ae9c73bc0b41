import type {Article} from '../article/types.ts';
import type {Quote} from './types.ts';

// STUB: replaced by the quotes helper.
export function extractQuotes(_article: Article): Quote[] {
	return [];
}
