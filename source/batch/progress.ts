// The progress line a batch draws on a terminal's stderr: articles done of total, rate, time left.

const redrawMs = 200;

export class Progress {
	private readonly start = performance.now();
	private lastDraw = Number.NEGATIVE_INFINITY;
	private shown = false;

	/** `stream` is stderr when it is a terminal; null draws nothing (a pipe or file gets errors only). */
	constructor(
		private readonly stream: NodeJS.WriteStream | null,
		private readonly total: number | null,
	) {}

	/** Redraws, at most five times a second. */
	update(done: number, failed: number): void {
		const now = performance.now();
		if (this.stream === null || now - this.lastDraw < redrawMs) {
			return;
		}

		this.lastDraw = now;
		this.shown = true;
		this.stream.write(`\r${progressText(done, failed, this.total, (now - this.start) / 1000)}\u001B[K`);
	}

	/** Writes a whole line (an error) above the progress line. */
	line(text: string, to: NodeJS.WritableStream): void {
		this.clear();
		to.write(text);
	}

	clear(): void {
		if (this.stream !== null && this.shown) {
			this.stream.write('\r\u001B[K');
			this.shown = false;
			this.lastDraw = Number.NEGATIVE_INFINITY;
		}
	}
}

/** "120 of 400 articles · 35.2/s · 8 s left · 2 failed" (no total: no time left). */
export function progressText(done: number, failed: number, total: number | null, seconds: number): string {
	const rate = seconds > 0 ? done / seconds : 0;
	const parts = [total === null ? `${done} articles` : `${done} of ${total} articles`, `${rate.toFixed(1)}/s`];
	if (total !== null && rate > 0) {
		parts.push(`${Math.ceil((total - done) / rate)} s left`);
	}

	if (failed > 0) {
		parts.push(`${failed} failed`);
	}

	return parts.join(' · ');
}
