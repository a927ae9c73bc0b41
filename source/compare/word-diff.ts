// A word-level difference between two quotations. Hand-written rather than taken from a diff library: words are
// compared as a reader compares them (case, curly or straight apostrophes and the punctuation around a word set
// aside, so "estuary," and "estuary" are the same word) while the parts keep the words as written; quotations are a
// sentence or three, so the plain longest-common-subsequence table is small.
import type {WordDiffPart} from './types.ts';

/** The word as compared: lower case, diacritics and punctuation around it set aside, one apostrophe. */
export function comparableWord(word: string): string {
	return word
		.normalize('NFD')
		.replaceAll(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll(/[’‘`]/g, "'")
		.replaceAll(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export function wordsOf(text: string): string[] {
	return text.split(/\s+/).filter(word => word !== '');
}

/**
 * The parts that turn `from` into `to`: 'same' words (as `to` writes them), 'removed' words of `from`, 'added' words
 * of `to`; neighbouring words of one kind are one part.
 */
export function wordDiff(from: string, to: string): WordDiffPart[] {
	const a = wordsOf(from);
	const b = wordsOf(to);
	const ka = a.map(comparableWord);
	const kb = b.map(comparableWord);
	// lcs[i][j]: the longest common subsequence of a[i…] and b[j…].
	const lcs: number[][] = Array.from({length: a.length + 1}, () => Array.from({length: b.length + 1}, () => 0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
		}
	}

	const parts: WordDiffPart[] = [];
	const push = (kind: WordDiffPart['kind'], word: string): void => {
		const last = parts.at(-1);
		if (last?.kind === kind) {
			parts[parts.length - 1] = {kind, text: `${last.text} ${word}`};
		} else {
			parts.push({kind, text: word});
		}
	};

	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && ka[i] === kb[j]) {
			push('same', b[j]!);
			i++;
			j++;
		} else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
			push('removed', a[i]!);
			i++;
		} else {
			push('added', b[j]!);
			j++;
		}
	}

	return parts;
}

/** How alike two quotations are: the share of the longer one's words that the two have in common, in order. */
export function wordSimilarity(a: string, b: string): number {
	const parts = wordDiff(a, b);
	const same = parts.filter(part => part.kind === 'same').reduce((n, part) => n + wordsOf(part.text).length, 0);
	const longer = Math.max(wordsOf(a).length, wordsOf(b).length);
	return longer === 0 ? 0 : same / longer;
}

/** Whether the difference changes any word. */
export function wordsChanged(parts: readonly WordDiffPart[]): boolean {
	return parts.some(part => part.kind !== 'same');
}
