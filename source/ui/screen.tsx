import {Box} from 'ink';
import type {Report} from '../extract/types.ts';
import type {PickerDrawing} from './article-picker.ts';
import {ArticlePickerView} from './article-picker-view.tsx';
import {CountsPane} from './counts-pane.tsx';
import {EvidenceView} from './evidence-view.tsx';
import {Footer} from './footer.tsx';
import {Header} from './header.tsx';
import {helpLines} from './help-lines.ts';
import {HelpOverlay} from './help-overlay.tsx';
import {entryEvidence, listArea} from './pane-model.ts';
import {ScrollList} from './scroll-list.tsx';
import {statusText} from './status-line.ts';
import {StyledLine} from './styled-line.tsx';
import {TabBar} from './tab-bar.tsx';
import type {ArticlesInfo} from './articles-info.ts';
import {compareTab} from './compare-tab.ts';
import type {Theme} from './theme.ts';
import {ThemeContext} from './theme.ts';
import {TooSmall, isTooSmall} from './too-small.tsx';
import type {PaneName} from './pane-name.ts';
import type {ViewState} from './view-state.ts';
import {modelFor, paneSize, settle} from './view-state.ts';
import type {Line} from './pane-model.ts';
import type {PicturePage} from './picture.ts';
import {articleName, paneLabel, pictureView} from './picture.ts';
import {cellWidth, truncate} from './text-fit.ts';

type Props = {
	readonly report: Report;
	readonly view: ViewState;
	/** Terminal size; the screen is drawn `rows - 1` lines tall (see run.tsx). */
	readonly cols: number;
	readonly rows: number;
	readonly theme: Theme;
	/** Panes whose findings are still being read (drawn as such, never as empty). Default none. */
	readonly reading?: readonly PaneName[];
	/** Set when this is one of several articles: the header names it and a Compare tab follows. Default none. */
	readonly articles?: Pick<ArticlesInfo, 'label' | 'count' | 'compareStatus'>;
	/** Draw a page of a picture for a report (picture.ts): every row given, no selection, a caption for a footer. */
	readonly picture?: PicturePage;
	/** The article picker, open over the pane (several articles). Default none. */
	readonly picker?: PickerDrawing | null;
};

const readingLines: Readonly<Record<PaneName, string>> = {
	counts: 'Reading the counts…',
	quotes: 'Reading the quotations…',
	timeline: 'Reading the dates…',
	totals: 'Reading the totals…',
};

function PaneBody({report, view, cols, rows, reading = [], picture}: Omit<Props, 'theme' | 'articles'>) {
	const {width, height} = paneSize({cols, rows});
	const pane = view.pane;
	if (reading.includes(pane) && view.overlay !== 'help') {
		return <StyledLine line={[{text: readingLines[pane], role: 'muted'}]} width={width} />;
	}

	const model = modelFor(report, view, pane, {cols, rows});
	// A picture marks no row: the selection is the keyboard's, not the report's.
	const selected = picture === undefined ? view.selected[pane] : -1;
	const window = picture?.window ?? undefined;
	if (view.overlay === 'help') {
		return <HelpOverlay width={width} height={height} top={view.helpTop} />;
	}

	const evidence = entryEvidence(model, view.selected[pane]);
	if (view.overlay === 'evidence' && evidence !== undefined) {
		return <EvidenceView article={report.article} evidence={evidence} width={width} height={height} />;
	}

	const area = listArea(pane, height);
	if (model.pane === 'counts') {
		return (
			<CountsPane
				model={model}
				selected={selected}
				top={view.top[pane]}
				area={area}
				width={width}
				sort={view.sort}
				filter={view.filter[pane]}
				{...(window === undefined ? {} : {window})}
				hints={picture === undefined}
			/>
		);
	}

	return (
		<Box flexDirection="column" width={width}>
			<StyledLine line={model.title} width={width} />
			{model.items.length === 0 && view.filter[pane] !== '' ? (
				<StyledLine line={[{text: 'No rows match the filter. Esc clears it.', role: 'muted'}]} width={width} />
			) : (
				<ScrollList
					model={model}
					selected={selected}
					top={view.top[pane]}
					height={area}
					width={width}
					{...(window === undefined ? {} : {window})}
				/>
			)}
		</Box>
	);
}

function position(report: Report, view: ViewState, cols: number, rows: number, reading: readonly PaneName[]): string {
	if (reading.includes(view.pane)) {
		return '';
	}

	const model = modelFor(report, view, view.pane, {cols, rows});
	const count = model.pane === 'counts' ? model.rows.length : model.items.length;
	if (count === 0) {
		return model.total === 0 ? '' : `0 of ${model.total}`;
	}

	const filtered = count < model.total ? ` (${model.total})` : '';
	return `${view.selected[view.pane] + 1} of ${count}${filtered}`;
}

/**
 * A picture's footer: the pane and the article on the left; the sort, filter and find that shaped the rows, and the
 * page, on the right. No key hints and no position: a picture is read, not driven.
 */
function captionLine(
	report: Report,
	view: ViewState,
	picture: PicturePage,
	cols: number,
	reading: readonly PaneName[],
): Line {
	const status = reading.includes(view.pane)
		? ''
		: statusText(modelFor(report, view, view.pane, {cols, rows: 24}), view);
	const page = picture.pages > 1 ? `page ${picture.page} of ${picture.pages}` : '';
	const right = [status, page].filter(part => part !== '').join(' · ');
	const rightText = right === '' ? '' : ` ${right} `;
	const name = articleName(report);
	const what =
		view.overlay === 'evidence' ? `evidence in ${paneLabel(report, view.pane)}` : paneLabel(report, view.pane);
	const room = Math.max(0, cols - cellWidth(rightText) - 1);
	const left = truncate(` ${what}${name === null ? '' : ` · ${name}`}`, room);
	return [
		{text: left, role: 'muted'},
		{text: ' '.repeat(Math.max(1, cols - cellWidth(left) - cellWidth(rightText)))},
		{text: rightText, role: 'muted'},
	];
}

/** The whole dashboard screen for a report and a view state: what the terminal shows, and what snapshots save. */
export function Screen({report, view: rawView, cols, rows, theme, reading = [], articles, picture, picker}: Props) {
	const settled = settle(report, rawView, {cols, rows});
	const view = picture === undefined ? settled : pictureView(settled);
	const {width, height} = paneSize({cols, rows});
	return (
		<ThemeContext.Provider value={theme}>
			{isTooSmall(cols, rows) ? (
				<TooSmall cols={cols} rows={rows} />
			) : (
				<Box flexDirection="column" width={cols} height={rows - 1}>
					<Header article={report.article} width={cols} {...(articles === undefined ? {} : {label: articles.label})} />
					<TabBar
						report={report}
						active={view.pane}
						width={cols}
						{...(articles === undefined ? {} : {extra: compareTab(articles.compareStatus, false)})}
					/>
					<Box
						flexDirection="column"
						borderStyle="single"
						paddingX={1}
						height={height + 2}
						width={cols}
						{...(theme.roles.border.color === undefined ? {} : {borderColor: theme.roles.border.color})}
					>
						{picker === undefined || picker === null ? (
							<PaneBody
								report={report}
								view={view}
								cols={cols}
								rows={rows}
								reading={reading}
								{...(picture === undefined ? {} : {picture})}
							/>
						) : (
							<ArticlePickerView {...picker} width={width} height={height} />
						)}
					</Box>
					{picture === undefined ? null : (
						<StyledLine line={captionLine(report, view, picture, cols, reading)} width={cols} />
					)}
					{picture !== undefined ? null : (
						<Footer
							position={position(report, view, cols, rows, reading)}
							status={
								reading.includes(view.pane) ? '' : statusText(modelFor(report, view, view.pane, {cols, rows}), view)
							}
							pane={view.pane}
							lists={report.breakdowns.length}
							articles={articles?.count ?? 1}
							editing={view.editingFilter ? view.filter[view.pane] : view.editingSearch ? view.search[view.pane] : null}
							prompt={view.editingSearch ? 'f' : '/'}
							message={view.message}
							overlay={view.overlay}
							picker={picker !== undefined && picker !== null}
							helpScrolls={view.overlay === 'help' && helpLines(width).length > height - 1}
							width={cols}
						/>
					)}
				</Box>
			)}
		</ThemeContext.Provider>
	);
}
