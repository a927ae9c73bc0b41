import {Box} from 'ink';
import {memo} from 'react';
import type {PickerDrawing} from './article-picker.ts';
import {pickerLines} from './article-picker.ts';
import {moreLine} from './scroll-list.tsx';
import {scrollWindow} from './scroll-window.ts';
import {StyledLine} from './styled-line.tsx';

type Props = PickerDrawing & {
	readonly width: number;
	/** Lines for the pane body, the title included. */
	readonly height: number;
};

/**
 * The article picker, drawn in the pane's place as the help is: one line per article, the cursor's inverse; a view
 * with no key logic (article-picker.ts holds it).
 */
export const ArticlePickerView = memo(function ArticlePickerView(props: Props) {
	const {entries, selected, shown, total, width, height} = props;
	const {title, rows} = pickerLines(entries, shown, width, total);
	// The cursor is kept in view whenever the list is taller than the pane (many articles on a small window).
	const window = scrollWindow(
		rows.map(() => 1),
		selected,
		0,
		Math.max(1, height - 1),
	);
	return (
		<Box flexDirection="column" width={width}>
			<StyledLine line={title} width={width} />
			{window.hiddenAbove > 0 ? <StyledLine line={moreLine(window.hiddenAbove, 'up')} width={width} /> : null}
			{rows.slice(window.top, window.end).map((line, offset) => {
				const index = window.top + offset;
				const isSelected = index === selected;
				return (
					<StyledLine
						// The list is the articles in their column order, which never changes while the picker is open.
						key={`article-${index}`}
						line={line}
						width={width}
						prefix={isSelected ? '› ' : '  '}
						fill={isSelected}
						{...(isSelected ? {over: 'selection' as const} : {})}
					/>
				);
			})}
			{window.hiddenBelow > 0 ? <StyledLine line={moreLine(window.hiddenBelow, 'down')} width={width} /> : null}
		</Box>
	);
});
