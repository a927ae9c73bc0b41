import chalk from 'chalk';
import {renderToString} from 'ink';
import type {Report} from '../extract/types.ts';
import type {PaneName} from './pane-name.ts';
import {Screen} from './screen.tsx';
import {getTheme} from './theme.ts';
import type {ThemeName} from './theme.ts';
import type {PicturePage} from './picture.ts';
import {picturePages, pictureView} from './picture.ts';
import type {ViewState} from './view-state.ts';
import {initialViewState} from './view-state.ts';

export type RenderScreenOptions = {
	readonly pane: PaneName;
	readonly cols: number;
	readonly rows: number;
	/** The rest of the view (selection, filter, overlay…); defaults to a fresh dashboard on `pane`. */
	readonly view?: Partial<ViewState>;
	/** ANSI colour codes in the output; false gives plain text. */
	readonly color: boolean;
	/** Default "dark"; "mono" is what NO_COLOR gives. */
	readonly theme?: ThemeName;
	/** Panes whose findings are still being read, as the live dashboard may show them. Default none. */
	readonly reading?: readonly PaneName[];
};

/**
 * The exact screen the dashboard draws, rendered off-screen: `rows` lines (the last is blank, as on the terminal,
 * where the dashboard leaves it free), none wider than `cols` cells.
 */
export function renderScreen(report: Report, options: RenderScreenOptions): string {
	return renderFrame(report, options, undefined);
}

/** One page of a picture, drawn: its frame and the size it is drawn at. */
export type RenderedPage = {readonly ansi: string; readonly cols: number; readonly rows: number} & PicturePage;

/**
 * The pane as a picture for a report (picture.ts): every row, split into pages only past `maxPictureRows`, none
 * selected, the footer naming the pane and the article instead of the keys. `rows` is the least height drawn.
 */
export function renderPicture(report: Report, options: RenderScreenOptions): RenderedPage[] {
	const view = pictureView(initialViewState(options.pane, {...options.view, pane: options.pane}));
	const pages = picturePages(report, view, {
		cols: options.cols,
		minRows: options.rows,
		...(options.reading === undefined ? {} : {reading: options.reading}),
	});
	return pages.map(page => ({
		...page,
		cols: options.cols,
		ansi: renderFrame(report, {...options, rows: page.rows, view}, page),
	}));
}

function renderFrame(report: Report, options: RenderScreenOptions, picture: PicturePage | undefined): string {
	const view = initialViewState(options.pane, {...options.view, pane: options.pane});
	// chalk is a process-wide singleton that Ink reads when styling; set it for this render only. Its own detection
	// ignores the target (a file, a snapshot), so the level is set explicitly.
	const previousLevel = chalk.level;
	chalk.level = options.color ? 3 : 0;
	try {
		const output = renderToString(
			<Screen
				report={report}
				view={view}
				cols={options.cols}
				rows={options.rows}
				theme={getTheme(options.theme ?? 'dark')}
				reading={options.reading ?? []}
				{...(picture === undefined ? {} : {picture})}
			/>,
			{columns: options.cols},
		);
		const lines = output.split('\n').slice(0, options.rows);
		while (lines.length < options.rows) {
			lines.push('');
		}

		return lines.join('\n');
	} finally {
		chalk.level = previousLevel;
	}
}
