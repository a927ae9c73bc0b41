import type {Span} from '../../article/types.ts';
import type {Hedge} from '../types.ts';

/** One number as written in the text, with how it was hedged and what kind of quantity it is. */
export type NumberMention = {
	/** The value with any scale applied: "$12.4 million" → 12_400_000, "44 percent" → 44. */
	readonly value: number;
	/** The number itself, hedge excluded: "212", "forty-two", "$12.4 million", "44 percent". */
	readonly span: Span;
	/** The hedge words before it and the number: "nearly 500"; equals `span` when there is no hedge. */
	readonly hedgedSpan: Span;
	readonly hedge: Hedge;
	/** 'age' is a count that says how old those counted are ("age 10 or younger", "in their 40s"): no quantity. */
	readonly kind: 'count' | 'money' | 'percent' | 'year' | 'ordinal' | 'age';
	/** ISO currency or symbol for money ("USD", "MXN", "$"), else null. */
	readonly currency: string | null;
	/** The written scale word when there is one ("million"), else null. */
	readonly scale: string | null;
	/** True when written in words ("ten", "forty-two"). */
	readonly words: boolean;
};
