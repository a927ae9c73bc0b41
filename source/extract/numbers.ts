import type {NumberMention} from './numbers-types.ts';

// STUB: replaced by the numbers helper.
export function findNumbers(_text: string): NumberMention[] {
	return [];
}
