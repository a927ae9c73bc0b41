// How far a written figure may be from the value it stands for, by how it was written.
import type {NumberMention} from './numbers-types.ts';

export const SCALE_VALUES: Readonly<Record<string, number>> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
};

/**
 * Half a unit of the last digit written: "$6.2 million" stands for 6.15–6.25 million, "12.17" for 12.165–12.175; a
 * whole number written without a scale word is exact.
 */
export function writtenRounding(body: string, mention: NumberMention): number {
	const digits = /\d[\d,]*(?:\.(\d+))?/.exec(body.slice(mention.span.start, mention.span.end));
	if (digits === null) return 0;
	const decimals = digits[1]?.length ?? 0;
	if (mention.scale === null) return decimals === 0 ? 0 : 0.5 * 10 ** -decimals;
	return 0.5 * 10 ** -decimals * (SCALE_VALUES[mention.scale] ?? 1);
}
