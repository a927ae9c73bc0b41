/** A style as Ink's output tokenizer holds it: the code that starts it and the one that ends it. */
export type AnsiStyleCode = {readonly code: string; readonly endCode: string};

type StyleDiff<Code extends AnsiStyleCode> = (from: Code[], to: Code[]) => Code[];

function sameStyle(from: readonly AnsiStyleCode[], to: readonly AnsiStyleCode[]): boolean {
	if (from === to) {
		return true;
	}

	if (from.length !== to.length) {
		return false;
	}

	for (let index = 0; index < from.length; index++) {
		if (from[index]!.code !== to[index]!.code || from[index]!.endCode !== to[index]!.endCode) {
			return false;
		}
	}

	return true;
}

/**
 * In front of the tokenizer's diffAnsiCodes in the bundle (ansi-styled-chars.ts). Ink draws a frame as a grid of styled cells
 * and asks, cell by cell, for the codes that lead from one cell's style to the next: three Sets and two filters per
 * cell, 3,000 cells a frame, the largest cost of a cold first frame. Neighbouring cells nearly always share a style,
 * and from a style to itself the diff is empty, as the original computes it too.
 */
export function withSameStyleShortcut<Code extends AnsiStyleCode>(diff: StyleDiff<Code>): StyleDiff<Code> {
	return (from, to) => (sameStyle(from, to) ? [] : diff(from, to));
}
