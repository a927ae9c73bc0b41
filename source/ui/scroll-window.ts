/** Which entries of a list are on screen, and how many are hidden above and below (shown as "↑ 2 more"). */
export type ScrollWindow = {
	/** First visible entry. */
	readonly top: number;
	/** One past the last visible entry. */
	readonly end: number;
	readonly hiddenAbove: number;
	readonly hiddenBelow: number;
};

function lastFitting(heights: readonly number[], top: number, area: number): number {
	// Entries from `top` that fit, counting a line for each indicator that would be shown.
	let used = top > 0 ? 1 : 0;
	let end = top;
	while (end < heights.length) {
		const height = heights[end]!;
		const belowIndicator = end + 1 < heights.length ? 1 : 0;
		if (used + height + belowIndicator > area && end > top) {
			break;
		}

		used += height;
		end++;
		if (used + belowIndicator > area) {
			break;
		}
	}

	return end;
}

/**
 * The window over entries of the given heights that keeps `selected` visible, moving as little as possible from the
 * previous `top`, and never leaving blank space at the bottom while entries are hidden above. Rows are never cut
 * silently: when anything is hidden, a line is reserved for the indicator.
 */
export function scrollWindow(
	heights: readonly number[],
	selected: number,
	previousTop: number,
	area: number,
): ScrollWindow {
	const count = heights.length;
	if (count === 0) {
		return {top: 0, end: 0, hiddenAbove: 0, hiddenBelow: 0};
	}

	const safeSelected = Math.min(Math.max(selected, 0), count - 1);
	let top = Math.min(Math.max(previousTop, 0), count - 1);
	if (safeSelected < top) {
		top = safeSelected;
	}

	while (top < safeSelected && lastFitting(heights, top, area) <= safeSelected) {
		top++;
	}

	// Pull back while everything from one earlier still fits: after a resize or a filter, fill the space.
	while (top > 0 && lastFitting(heights, top - 1, area) === count) {
		top--;
	}

	const end = lastFitting(heights, top, area);
	return {top, end, hiddenAbove: top, hiddenBelow: count - end};
}
