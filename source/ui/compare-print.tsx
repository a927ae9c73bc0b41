import chalk from 'chalk';
import {Box, renderToString} from 'ink';
import type {CompareReport} from '../compare/types.ts';
import {compareModel} from './compare-model.ts';
import {compareStatus} from './compare-tab.ts';
import type {Line} from './pane-model.ts';
import type {PrintOptions} from './print.tsx';
import {StyledLine} from './styled-line.tsx';
import {cellWidth} from './text-fit.ts';
import {ThemeContext, getTheme} from './theme.ts';

/** The printed Compare pane: a heading line like the other panes' and every row, for output that is no terminal. */
export function printCompare(compare: CompareReport, options: PrintOptions): string {
	const cols = Math.max(40, options.cols);
	// No article is focused on paper; the rows are indented by the width of the list marker they have on screen.
	const model = compareModel(compare, cols, -1);
	const status = compareStatus(compare);
	const title = `── 5 Compare${status === null ? '' : ` ${status.text}`} `;
	const lines: Line[] = [
		[{text: title + '─'.repeat(Math.max(0, cols - cellWidth(title))), role: 'heading'}],
		model.title,
		...model.items.flatMap(item => [...item.heading, ...item.lines.map((line): Line => [{text: '  '}, ...line])]),
	];
	const previousLevel = chalk.level;
	chalk.level = options.color ? 3 : 0;
	try {
		const output = renderToString(
			<ThemeContext.Provider value={getTheme(options.color ? 'dark' : 'mono')}>
				<Box flexDirection="column" width={cols}>
					{lines.map((line, index) => (
						// Printed once, never updated: a line's place is its identity.
						<StyledLine key={`line-${index}`} line={line} width={cols} />
					))}
				</Box>
			</ThemeContext.Provider>,
			{columns: cols},
		);
		return output.replace(/[ \t]+$/gm, '') + '\n';
	} finally {
		chalk.level = previousLevel;
	}
}
