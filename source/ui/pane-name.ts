/** The four panes of the dashboard, in tab order. `--pane NAME` takes these names. */
export type PaneName = 'counts' | 'quotes' | 'timeline' | 'totals';

export const paneNames: readonly PaneName[] = ['counts', 'quotes', 'timeline', 'totals'];

export function isPaneName(value: string): value is PaneName {
	return (paneNames as readonly string[]).includes(value);
}
