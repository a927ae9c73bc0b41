// Summary statistics and the figure table. Medians, not means: a loaded machine produces long right tails.

export type Budget = {readonly kind: 'at-most' | 'at-least'; readonly value: number; readonly text: string};

/** One row of the table. `median` holds the row's headline value (a p99 row holds the p99 there). */
export type Figure = {
	readonly id: string;
	readonly label: string;
	readonly unit: 'ms' | 'MB' | 'MB/s' | '×' | 'articles/s';
	readonly median: number | null;
	readonly min: number | null;
	readonly max: number | null;
	readonly runs: number;
	readonly budget: Budget | null;
	/** null when there is no budget, or nothing was measured. */
	readonly ok: boolean | null;
	/** Why a figure is missing, or what it was measured against. */
	readonly note: string | null;
};

export function median(values: readonly number[]): number | null {
	if (values.length === 0) {
		return null;
	}

	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number | null {
	if (values.length === 0) {
		return null;
	}

	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function atMost(value: number, text: string): Budget {
	return {kind: 'at-most', value, text};
}

export function atLeast(value: number, text: string): Budget {
	return {kind: 'at-least', value, text};
}

type FigureInput = Pick<Figure, 'id' | 'label' | 'unit'> & {
	readonly budget?: Budget | null;
	readonly note?: string | null;
};

/** A figure from raw samples: median, min, max, judged by its median. */
export function sampled(input: FigureInput, samples: readonly number[]): Figure {
	return valued(input, median(samples), samples, samples.length);
}

/** A figure whose headline value is computed (a ratio, a p99), with the samples' range beside it when given. */
export function valued(
	input: FigureInput,
	value: number | null,
	range: readonly number[] = [],
	runs: number = range.length,
): Figure {
	const budget = input.budget ?? null;
	const ok =
		budget === null || value === null
			? null
			: budget.kind === 'at-most'
				? value <= budget.value
				: value >= budget.value;
	return {
		id: input.id,
		label: input.label,
		unit: input.unit,
		median: value,
		min: range.length === 0 ? null : Math.min(...range),
		max: range.length === 0 ? null : Math.max(...range),
		runs,
		budget,
		ok,
		note: input.note ?? null,
	};
}

function formatValue(value: number | null, unit: Figure['unit']): string {
	if (value === null) {
		return '—';
	}

	const digits = unit === 'ms' || unit === 'MB' ? 1 : 2;
	const text = value.toFixed(digits);
	return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

function verdict(figure: Figure): string {
	if (figure.ok === null) {
		return figure.budget !== null && figure.median === null ? 'OVER (not measured)' : '';
	}

	return figure.ok ? 'ok' : 'OVER';
}

/** The figures as an aligned plain-text table, notes under it. */
export function formatTable(figures: readonly Figure[]): string {
	const header = ['figure', 'median', 'min', 'max', 'runs', 'budget', 'ok/over'];
	const rows = figures.map(figure => [
		figure.label,
		formatValue(figure.median, figure.unit),
		formatValue(figure.min, figure.unit),
		formatValue(figure.max, figure.unit),
		String(figure.runs),
		figure.budget?.text ?? '—',
		verdict(figure),
	]);
	const widths = header.map((title, column) =>
		Math.max([...title].length, ...rows.map(row => [...(row[column] ?? '')].length)),
	);
	const line = (cells: readonly string[]): string =>
		cells
			.map((cell, column) => {
				const pad = ' '.repeat(Math.max(0, widths[column]! - [...cell].length));
				// Text columns read left-aligned; numbers right-aligned so their decimals line up.
				return column === 0 || column >= 5 ? cell + pad : pad + cell;
			})
			.join('  ')
			.trimEnd();
	const notes = figures.filter(figure => figure.note !== null).map(figure => `  ${figure.label}: ${figure.note}`);
	return [
		line(header),
		line(widths.map(width => '-'.repeat(width))),
		...rows.map(row => line(row)),
		...(notes.length === 0 ? [] : ['', 'notes:', ...notes]),
	].join('\n');
}
