import {Box} from 'ink';
import {memo} from 'react';
import type {CompareModel} from './compare-model.ts';
import {ScrollList} from './scroll-list.tsx';
import type {ScrollWindow} from './scroll-window.ts';
import {StyledLine} from './styled-line.tsx';

type Props = {
	/** The pane's rows, from `compareModel(compare, width, focus)`. */
	readonly model: CompareModel;
	/** The selected row, or -1 for none (printed output). */
	readonly selected: number;
	/** The first row in view. */
	readonly top: number;
	/** Lines for the pane body, its title included. */
	readonly height: number;
	readonly width: number;
	/** The rows to show, given outright (a page of a picture); default the window that keeps `selected` in view. */
	readonly window?: ScrollWindow;
};

/**
 * The Compare pane: several articles' counts, totals, dates and quotations side by side, a ✗ on every row where they
 * disagree. A view: the rows come from the model.
 */
export const ComparePane = memo(function ComparePane({model, selected, top, height, width, window}: Props) {
	return (
		<Box flexDirection="column" width={width}>
			<StyledLine line={model.title} width={width} />
			{model.items.length === 0 && model.total > 0 ? (
				<StyledLine line={[{text: 'No rows match the filter. Esc clears it.', role: 'muted'}]} width={width} />
			) : null}
			<ScrollList
				model={model}
				selected={selected}
				top={top}
				height={Math.max(1, height - 1)}
				width={width}
				{...(window === undefined ? {} : {window})}
			/>
		</Box>
	);
});
