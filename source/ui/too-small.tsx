import {Box, Text} from 'ink';
import {useTheme} from './theme.ts';

export const minimumCols = 60;
export const minimumRows = 16;

type Props = {readonly cols: number; readonly rows: number};

export function isTooSmall(cols: number, rows: number): boolean {
	return cols < minimumCols || rows < minimumRows;
}

/** Shown instead of the dashboard below the minimum size; goes away by itself when the window grows. */
export function TooSmall({cols, rows}: Props) {
	const theme = useTheme();
	const width = Math.max(1, cols);
	return (
		<Box flexDirection="column" width={width} height={Math.max(1, rows - 1)}>
			<Text wrap="wrap" {...theme.roles.bad}>
				newsdash needs at least {minimumCols}×{minimumRows}; this window is {cols}×{rows}.
			</Text>
			<Text wrap="wrap" {...theme.roles.muted}>
				Enlarge the window, or press q to quit.
			</Text>
		</Box>
	);
}
