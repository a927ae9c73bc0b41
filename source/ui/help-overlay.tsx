import {Box} from 'ink';
import {memo} from 'react';
import {helpLines} from './help-lines.ts';
import {moreLine} from './scroll-list.tsx';
import {scrollWindow} from './scroll-window.ts';
import {StyledLine} from './styled-line.tsx';

type Props = {
	readonly width: number;
	readonly height: number;
	/** First help line shown; the overlay scrolls on a screen too small for all of it. Default 0. */
	readonly top?: number;
};

/** The `?` overlay: every binding of the keymap with its whole help text, one group of keys per line. */
export const HelpOverlay = memo(function HelpOverlay({width, height, top = 0}: Props) {
	const lines = helpLines(width);
	// Every help line is one row; the window starts at `top` and fills the room, as the panes' lists do.
	const shown = scrollWindow(
		lines.map(() => 1),
		top,
		top,
		Math.max(1, height - 1),
	);
	return (
		<Box flexDirection="column" width={width}>
			<StyledLine
				line={[
					{text: 'Keys', role: 'heading'},
					{text: ' · Esc or ? closes', role: 'muted'},
				]}
				width={width}
			/>
			{shown.hiddenAbove > 0 ? <StyledLine line={moreLine(shown.hiddenAbove, 'up')} width={width} /> : null}
			{lines.slice(shown.top, shown.end).map(({key, line}) => (
				<StyledLine key={key} line={line} width={width} />
			))}
			{shown.hiddenBelow > 0 ? <StyledLine line={moreLine(shown.hiddenBelow, 'down')} width={width} /> : null}
		</Box>
	);
});
