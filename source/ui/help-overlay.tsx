import {Box} from 'ink';
import {memo} from 'react';
import {helpLines, helpWindow} from './help-lines.ts';
import {moreLine} from './scroll-list.tsx';
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
	const shown = helpWindow(lines.length, Math.max(1, height - 1), top);
	return (
		<Box flexDirection="column" width={width}>
			<StyledLine
				line={[
					{text: 'Keys', role: 'heading'},
					{text: ' · Esc or ? closes', role: 'muted'},
				]}
				width={width}
			/>
			{shown.above > 0 ? <StyledLine line={moreLine(shown.above, 'up')} width={width} /> : null}
			{lines.slice(shown.start, shown.end).map(({key, line}) => (
				<StyledLine key={key} line={line} width={width} />
			))}
			{shown.below > 0 ? <StyledLine line={moreLine(shown.below, 'down')} width={width} /> : null}
		</Box>
	);
});
