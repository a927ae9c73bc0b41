/**
 * Stands in for Intl.Segmenter in the bundle (esbuild.config.mjs defines one as the other). string-width, slice-ansi
 * and our own text fitting each build a segmenter when their module loads, and the first one loads ICU's break data:
 * 15–25 ms of start-up, spent even when every line drawn is plain one-cell text that never gets segmented. This one
 * builds the real segmenter on its first use.
 */
export class LazySegmenter {
	private real: Intl.Segmenter | undefined;

	constructor(
		private readonly locales?: string | string[],
		private readonly options?: Intl.SegmenterOptions,
	) {}

	segment(input: string): Intl.Segments {
		this.real ??= new globalThis.Intl.Segmenter(this.locales, this.options);
		return this.real.segment(input);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		this.real ??= new globalThis.Intl.Segmenter(this.locales, this.options);
		return this.real.resolvedOptions();
	}
}
