import {unitGraphemes} from './single-cell.ts';

/** Segments of text in which each UTF-16 unit is a grapheme, as Intl.Segmenter would give them. */
class UnitSegments implements Intl.Segments {
	constructor(private readonly input: string) {}

	containing(codeUnitIndex = 0): Intl.SegmentData | undefined {
		const index = Math.trunc(codeUnitIndex);
		const segment = this.input[index];
		return segment === undefined ? undefined : {segment, index, input: this.input};
	}

	*[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
		for (let index = 0; index < this.input.length; index++) {
			yield {segment: this.input[index]!, index, input: this.input};
		}
	}
}

/**
 * Stands in for Intl.Segmenter in the bundle (esbuild.config.mjs defines one as the other). string-width, slice-ansi,
 * Ink's output tokenizer and our own text fitting each build a segmenter as their module loads, and Ink segments every
 * line of every frame. The first real segmenter loads ICU's break data, 15–25 ms of start-up, and nearly every line
 * the dashboard draws is one-cell text where each character is its own grapheme. So the real one is built only for
 * text that needs it.
 */
export class LazySegmenter {
	private real: Intl.Segmenter | undefined;

	constructor(
		private readonly locales?: string | string[],
		private readonly options?: Intl.SegmenterOptions,
	) {}

	segment(input: string): Intl.Segments {
		if ((this.options?.granularity ?? 'grapheme') === 'grapheme' && unitGraphemes.test(input)) {
			return new UnitSegments(input);
		}

		return this.realSegmenter().segment(input);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.realSegmenter().resolvedOptions();
	}

	private realSegmenter(): Intl.Segmenter {
		this.real ??= new globalThis.Intl.Segmenter(this.locales, this.options);
		return this.real;
	}
}
