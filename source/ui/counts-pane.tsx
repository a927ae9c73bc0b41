import {Box} from 'ink';
import {memo, useMemo} from 'react';
import type {CountsModel} from './pane-model.ts';
import {entryHeights} from './pane-model.ts';
import {CountsTable, countsLayout} from './counts-table.tsx';
import {moreLine} from './scroll-list.tsx';
import {scrollWindow} from './scroll-window.ts';
import type {ScrollWindow} from './scroll-window.ts';
import {sanitize} from './sanitize.ts';
import {StyledLine} from './styled-line.tsx';
import type {SortColumn} from './pane-model.ts';

type Props = {
	readonly model: CountsModel;
	readonly selected: number;
	readonly top: number;
	/** Lines for the rows and their "↑/↓ N more" indicators. */
	readonly area: number;
	readonly width: number;
	readonly sort: {readonly column: SortColumn; readonly reversed: boolean};
	readonly filter: string;
	/** The rows to show, given outright (a page of a picture); default: the window that keeps `selected` in view. */
	readonly window?: ScrollWindow;
	/** Whether the title keeps its key hints ("[ ] to switch"); pictures leave them out. Default true. */
	readonly hints?: boolean;
};

/** One breakdown: its title, the table of items (name, count, share, bar), and the sum against the stated total. */
export const CountsPane = memo(function CountsPane({
	model,
	selected,
	top,
	area,
	width,
	sort,
	filter,
	window: given,
	hints = true,
}: Props) {
	const title = useMemo(
		() => (hints ? model.title : model.title.filter(segment => segment.keyHint !== true)),
		[hints, model.title],
	);
	const window = given ?? scrollWindow(entryHeights(model), selected, top, area);
	const visible = useMemo(() => model.rows.slice(window.top, window.end), [model.rows, window.top, window.end]);
	const layout = useMemo(
		() => countsLayout(model.widest, width, sort, model.valueHeading),
		[model.widest, width, sort, model.valueHeading],
	);
	if (model.breakdown === null) {
		return <StyledLine line={title} width={width} />;
	}

	return (
		<Box flexDirection="column" width={width}>
			<StyledLine line={title} width={width} />
			{window.hiddenAbove > 0 ? <StyledLine line={moreLine(window.hiddenAbove, 'up')} width={width} /> : null}
			{visible.length > 0 ? (
				<CountsTable rows={visible} selected={selected - window.top} layout={layout} needle={model.needle} />
			) : (
				<StyledLine
					line={[{text: `No rows match “${sanitize(filter)}”. Esc clears the filter.`, role: 'muted'}]}
					width={width}
				/>
			)}
			{window.hiddenBelow > 0 ? <StyledLine line={moreLine(window.hiddenBelow, 'down')} width={width} /> : null}
			<StyledLine line={model.summary} width={width} />
		</Box>
	);
});
