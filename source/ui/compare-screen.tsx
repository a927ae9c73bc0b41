import {Box} from 'ink';
import type {PickerDrawing} from './article-picker.ts';
import {ArticlePickerView} from './article-picker-view.tsx';
import type {CompareReport} from '../compare/types.ts';
import type {Report} from '../extract/types.ts';
import {compareFooterLine} from './compare-footer.ts';
import {sortLabel} from './compare-sort.ts';
import {sanitize} from './sanitize.ts';
import {truncate} from './text-fit.ts';
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

/** The whole screen on the Compare pane: header, tabs with Compare active, the pane (or its evidence), footer. */
export function CompareScreen(props: Props) {
	const {compare, reports, focus, label, cols, rows, theme, reading = 'Reading the articles…', picker = null} = props;
	const viewport = {cols, rows};
	const model = compare === null ? null : compareModelFor(compare, viewport, focus, props.view);
	const view = model === null ? props.view : settleCompare(model, props.view, viewport);
	const {width, height} = paneSize(viewport);
	const report = reports[focus] ?? reports[0]!;
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
		body = <EvidenceView article={report.article} evidence={evidence} width={width} height={height} />;
	} else {
		body = <ComparePane model={model} selected={view.selected} top={view.top} height={height} width={width} />;
	}

	const position = model === null || model.items.length === 0 ? '' : `${view.selected + 1} of ${model.items.length}`;
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
						line={compareFooterLine({
							overlay: picker === null ? view.overlay : 'articles',
							message: view.message,
							position,
							status: compare === null ? '' : compareStatusText(compare, view),
							editing: view.editingFilter && picker === null ? view.filter : null,
							filterable: model?.filterable ?? false,
							sortable: model?.sortable ?? false,
							width: cols,
						})}
						width={cols}
					/>
				</Box>
			)}
		</ThemeContext.Provider>
	);
}
