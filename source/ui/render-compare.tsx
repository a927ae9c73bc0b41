import chalk from 'chalk';
import {renderToString} from 'ink';
import type {CompareReport} from '../compare/types.ts';
import type {Report} from '../extract/types.ts';
import {comparePicturePages, pictureCompareView} from './compare-picture.ts';
import {CompareScreen} from './compare-screen.tsx';
import type {CompareView} from './compare-view-state.ts';
import {initialCompareView} from './compare-view-state.ts';
import type {RenderedPage} from './render-screen.tsx';
import {getTheme} from './theme.ts';
import type {ThemeName} from './theme.ts';

export type RenderCompareOptions = {
	/** Columns, and the least rows a page is drawn at (it grows to hold every row). */
	readonly cols: number;
	readonly rows: number;
	/** The Compare pane's view (filter, sort, open evidence); default a fresh one. */
	readonly view?: Partial<CompareView>;
	/** The article the evidence is from, when it is open. Default 0. */
	readonly focus?: number;
	/** ANSI colour codes in the output; false gives plain text. */
	readonly color: boolean;
	/** Default "dark". */
	readonly theme?: ThemeName;
};

/**
 * The Compare pane as a picture for a report (compare-picture.ts): every row, split into pages only past the tallest
 * picture, none selected, the footer naming the pane and the articles instead of the keys.
 */
export function renderComparePicture(
	compare: CompareReport,
	reports: readonly Report[],
	options: RenderCompareOptions,
): RenderedPage[] {
	const view = pictureCompareView({...initialCompareView, ...options.view});
	const focus = options.focus ?? 0;
	const pages = comparePicturePages(compare, reports, view, focus, {cols: options.cols, minRows: options.rows});
	// chalk is a process-wide singleton Ink reads when styling; set for this render only (render-screen.tsx).
	const previousLevel = chalk.level;
	chalk.level = options.color ? 3 : 0;
	try {
		return pages.map(page => {
			const output = renderToString(
				<CompareScreen
					compare={compare}
					reports={reports}
					focus={focus}
					// A picture's header names all the articles, not the focused one.
					label=""
					view={view}
					cols={options.cols}
					rows={page.rows}
					theme={getTheme(options.theme ?? 'dark')}
					picture={page}
				/>,
				{columns: options.cols},
			);
			const lines = output.split('\n').slice(0, page.rows);
			while (lines.length < page.rows) lines.push('');
			return {...page, cols: options.cols, ansi: lines.join('\n')};
		});
	} finally {
		chalk.level = previousLevel;
	}
}
