import {Box} from 'ink';
import type {PickerDrawing} from './article-picker.ts';
import {ArticlePickerView} from './article-picker-view.tsx';
import type {CompareReport} from '../compare/types.ts';
import type {Report} from '../extract/types.ts';
import {compareFooterLine} from './compare-footer.ts';
import {sortLabel} from './compare-sort.ts';
import {sanitize} from './sanitize.ts';
import {cellWidth, truncate} from './text-fit.ts';
import type {Line} from './pane-model.ts';
import type {PicturePage} from './picture.ts';
import {articlesNamed, comparePaneLabel, pictureCompareView, pictureFocus} from './compare-picture.ts';
import {ComparePane} from './compare-pane.tsx';
import {compareStatus, compareTab} from './compare-tab.ts';
import type {CompareView} from './compare-view-state.ts';
import {compareModelFor, settleCompare} from './compare-view-state.ts';
import {EvidenceView} from './evidence-view.tsx';
import {Header} from './header.tsx';
import {HelpOverlay} from './help-overlay.tsx';
import {StyledLine} from './styled-line.tsx';
import {TabBar} from './tab-bar.tsx';
import type {Theme} from './theme.ts';
import {ThemeContext} from './theme.ts';
import {TooSmall, isTooSmall} from './too-small.tsx';
import {paneSize} from './view-state.ts';

type Props = {
	/** Null while the articles are still being read: the pane says `reading`. */
	readonly compare: CompareReport | null;
	/** What the pane says until the comparison is there. Default "Reading the articles…". */
	readonly reading?: string;
	/** The reports in the comparison's column order, for the evidence. */
	readonly reports: readonly Report[];
	/** The focused article: the header names it, Enter shows its sentence. */
	readonly focus: number;
	/** As the header names the focused article: "2/4 Tidewater Gazette". */
	readonly label: string;
	readonly view: CompareView;
	/** The article picker, open over the pane. Default none. */
	readonly picker?: PickerDrawing | null;
	/** Draw a page of a picture for a report (compare-picture.ts): every row given, none selected, a caption. */
	readonly picture?: PicturePage;
	readonly cols: number;
	readonly rows: number;
	readonly theme: Theme;
};

/** Longest filter text the footer repeats; the pane's title line shows it whole. */
const filterRoom = 16;

/** What the footer says beside the position: the sort when it is not the articles' order, and the filter. */
export function compareStatusText(compare: CompareReport, view: CompareView): string {
	const filter = view.filter !== '' && !view.editingFilter ? `“${truncate(sanitize(view.filter), filterRoom)}”` : '';
	return [sortLabel(compare, view.sort), filter].filter(part => part !== '').join(' · ');
}

/**
 * A picture's footer: the pane and the articles on the left; the sort and filter that shaped the rows, and the page,
 * on the right. No key hints and no position: a picture is read, not driven.
 */
function captionLine(compare: CompareReport, view: CompareView, picture: PicturePage, cols: number): Line {
	const page = picture.pages > 1 ? `page ${picture.page} of ${picture.pages}` : '';
	const right = [compareStatusText(compare, view), page].filter(part => part !== '').join(' · ');
	const rightText = right === '' ? '' : ` ${right} `;
	const what = view.overlay === 'evidence' ? `evidence in ${comparePaneLabel(compare)}` : comparePaneLabel(compare);
	const room = Math.max(0, cols - cellWidth(rightText) - 1);
	const left = truncate(` ${what} · ${articlesNamed(compare)}`, room);
	return [
		{text: left, role: 'muted'},
		{text: ' '.repeat(Math.max(1, cols - cellWidth(left) - cellWidth(rightText)))},
		{text: rightText, role: 'muted'},
	];
}

/** The whole screen on the Compare pane: header, tabs with Compare active, the pane (or its evidence), footer. */
export function CompareScreen(props: Props) {
	const {compare, reports, focus, cols, rows, theme, reading = 'Reading the articles…', picture} = props;
	const picker = picture === undefined ? (props.picker ?? null) : null;
	const viewport = {cols, rows};
	const given = picture === undefined ? props.view : pictureCompareView(props.view);
	const modelFocus = picture === undefined ? focus : pictureFocus(given, focus);
	const model = compare === null ? null : compareModelFor(compare, viewport, modelFocus, given);
	const view = model === null ? given : settleCompare(model, given, viewport);
	const {width, height} = paneSize(viewport);
	// A picture is of all the articles: the header names them by number and shows the reference article's headline.
	const headed = picture === undefined || compare === null ? focus : compare.reference;
	const report = reports[headed] ?? reports[0]!;
	const label = picture === undefined || compare === null ? props.label : `${compare.articles.length} articles`;
	const item = model?.items[view.selected];
	const evidence = item?.evidence;
	let body;
	if (picker !== null) {
		body = <ArticlePickerView {...picker} width={width} height={height} />;
	} else if (model === null) {
		body = <StyledLine line={[{text: reading, role: 'muted'}]} width={width} />;
	} else if (view.overlay === 'help') {
		body = <HelpOverlay width={width} height={height} top={view.helpTop} />;
	} else if (view.overlay === 'evidence' && evidence !== undefined && evidence.spans.length > 0) {
		body = (
			<EvidenceView article={(reports[focus] ?? report).article} evidence={evidence} width={width} height={height} />
		);
	} else {
		body = (
			<ComparePane
				model={model}
				// A picture marks no row: the selection is the keyboard's, not the report's.
				selected={picture === undefined ? view.selected : -1}
				top={view.top}
				height={height}
				width={width}
				{...(picture?.window === null || picture === undefined ? {} : {window: picture.window})}
			/>
		);
	}

	const position = model === null || model.items.length === 0 ? '' : `${view.selected + 1} of ${model.items.length}`;
	const footer = compareFooterLine({
		overlay: picker === null ? view.overlay : 'articles',
		message: view.message,
		position,
		status: compare === null ? '' : compareStatusText(compare, view),
		editing: view.editingFilter && picker === null ? view.filter : null,
		filterable: model?.filterable ?? false,
		sortable: model?.sortable ?? false,
		width: cols,
	});
	return (
		<ThemeContext.Provider value={theme}>
			{isTooSmall(cols, rows) ? (
				<TooSmall cols={cols} rows={rows} />
			) : (
				<Box flexDirection="column" width={cols} height={rows - 1}>
					<Header article={report.article} width={cols} label={label} />
					<TabBar
						report={report}
						active={null}
						width={cols}
						extra={compareTab(compare === null ? {text: '…', role: 'muted'} : compareStatus(compare), true)}
					/>
					<Box
						flexDirection="column"
						borderStyle="single"
						paddingX={1}
						height={height + 2}
						width={cols}
						{...(theme.roles.border.color === undefined ? {} : {borderColor: theme.roles.border.color})}
					>
						{body}
					</Box>
					<StyledLine
						line={picture === undefined || compare === null ? footer : captionLine(compare, view, picture, cols)}
						width={cols}
					/>
				</Box>
			)}
		</ThemeContext.Provider>
	);
}
