import {useApp} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import type {Report} from '../extract/types.ts';
import type {PaneName} from './pane-name.ts';
import {pictureTitle} from './picture.ts';
import {renderPicture} from './render-screen.tsx';
import {Screen} from './screen.tsx';
import {getTheme} from './theme.ts';
import type {ThemeName} from './theme.ts';
import {useDashboardState} from './use-dashboard-state.ts';
import {useKeyDispatcher} from './use-key-dispatcher.ts';
import type {Command} from './use-key-dispatcher.ts';
import {copyText} from './copy-text.ts';
import {isTooSmall} from './too-small.tsx';
import type {ViewState} from './view-state.ts';
import {initialViewState} from './view-state.ts';
import type {ArticlesInfo} from './articles-info.ts';
import type {PickerDrawing} from './article-picker.ts';

/** A frame and the size it is drawn at. */
export type SnapshotFrame = {readonly ansi: string; readonly cols: number; readonly rows: number};

/**
 * What Ctrl-S hands to whoever saves snapshots: the pane shown, as a picture for a report (picture.ts: every row, no
 * selection, no key hints; the evidence when it is open, the pane under the help when that is). `ansi`, `cols` and
 * `rows` are the first page; `pages` all of them. Resolves to a message for the footer.
 */
export type SnapshotHandler = (
	screen: SnapshotFrame & {
		/** The pane shown; "compare" for the Compare pane of several articles. */
		readonly pane: PaneName | 'compare';
		/** The window title: the pane and the article (the articles, for the Compare pane). */
		readonly title: string;
		readonly pages: readonly SnapshotFrame[];
	},
) => Promise<string>;

export type DashboardProps = {
	readonly report: Report;
	/** Terminal size; the dashboard draws `rows - 1` lines. */
	readonly cols: number;
	readonly rows: number;
	readonly initialPane: PaneName;
	/** Start from this view instead of a fresh one (tests). */
	readonly initialView?: Partial<ViewState>;
	/** Default "dark"; NO_COLOR gives "mono". */
	readonly theme?: ThemeName;
	/** Whether the terminal shows colour; snapshots are taken the same way. Default true. */
	readonly color?: boolean;
	readonly onSnapshot?: SnapshotHandler;
	/** Called on q / Ctrl-C; by default the Ink app exits. */
	readonly onQuit?: () => void;
	/** Puts the text `y` copies on the clipboard; resolves to a message for the footer. Default: none (the footer says so). */
	readonly onCopy?: (text: string) => Promise<string>;
	/** Ctrl-Z: gives the terminal back and stops the process until `fg` (run.tsx). Default: none (the footer says so). */
	readonly onSuspend?: () => void;
	/** How long a footer message stays, in ms. Default 4000. */
	readonly messageMs?: number;
	/** Called on every key press, before it is handled (the idle warm-up waits while keys come). */
	readonly onKey?: () => void;
	/** Panes whose findings are still being read; they say so instead of showing none. Default none. */
	readonly reading?: readonly PaneName[];
	/**
	 * Draw nothing for now, keeping every bit of state (run.tsx blanks the screen for a frame on resize). Unmounting
	 * instead would lose the pane, selection, filter and open evidence. Default false.
	 */
	readonly blank?: boolean;
	/** Set when this is one of several articles (`newsdash A B C`): `<` `>` `5` go to them. Default none. */
	readonly articles?: ArticlesInfo;
	/** The article picker, open over this dashboard (several articles). Default none. */
	readonly picker?: PickerDrawing | null;
};

const noPanes: readonly PaneName[] = [];

/** The interactive dashboard: state, key handling and the screen. */
export function Dashboard({
	report,
	cols,
	rows,
	initialPane,
	initialView,
	theme = 'dark',
	color = true,
	onSnapshot,
	onQuit,
	onCopy,
	onSuspend,
	messageMs = 4000,
	onKey,
	reading = noPanes,
	blank = false,
	articles,
	picker = null,
}: DashboardProps) {
	const {exit} = useApp();
	const {state, stateRef, dispatch} = useDashboardState(
		report,
		{cols, rows},
		initialViewState(initialPane, {...initialView, pane: initialPane}),
	);
	const sizeRef = useRef({cols, rows});
	sizeRef.current = {cols, rows};
	const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
	useEffect(
		() => () => {
			if (timer.current !== null) {
				clearTimeout(timer.current);
			}
		},
		[],
	);

	const showMessage = useCallback(
		(text: string) => {
			dispatch({type: 'message', text});
			if (timer.current !== null) {
				clearTimeout(timer.current);
			}

			timer.current = setTimeout(() => {
				dispatch({type: 'message', text: null});
			}, messageMs);
		},
		[dispatch, messageMs],
	);

	const snapshot = useCallback(() => {
		if (onSnapshot === undefined) {
			showMessage('snapshots are not available here');
			return;
		}

		const view = stateRef.current;
		const size = sizeRef.current;
		const pages = renderPicture(report, {
			pane: view.pane,
			cols: size.cols,
			rows: size.rows,
			view,
			color,
			theme,
			reading,
		});
		const first = pages[0]!;
		const title = pictureTitle(report, view.pane, size.cols);
		onSnapshot({ansi: first.ansi, cols: first.cols, rows: first.rows, pane: view.pane, title, pages}).then(
			showMessage,
			(error: unknown) => {
				showMessage(`snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
			},
		);
	}, [onSnapshot, stateRef, report, color, theme, showMessage, reading]);

	const copy = useCallback(() => {
		const text = copyText(report, stateRef.current, sizeRef.current);
		if (text === null) {
			showMessage('nothing to copy here');
			return;
		}

		if (onCopy === undefined) {
			showMessage('copying is not available here');
			return;
		}

		onCopy(text).then(showMessage, (error: unknown) => {
			showMessage(`copy failed: ${error instanceof Error ? error.message : String(error)}`);
		});
	}, [report, stateRef, onCopy, showMessage]);

	const run = useCallback(
		(command: Command) => {
			switch (command) {
				case 'quit': {
					(onQuit ?? exit)();
					break;
				}

				case 'snapshot': {
					snapshot();
					break;
				}

				case 'copy': {
					copy();
					break;
				}

				case 'suspend': {
					if (onSuspend === undefined) {
						showMessage('suspending is not available here');
					} else {
						onSuspend();
					}

					break;
				}
			}
		},
		[onQuit, exit, snapshot, copy, onSuspend, showMessage],
	);

	const tooSmall = useCallback(() => isTooSmall(sizeRef.current.cols, sizeRef.current.rows), []);
	useKeyDispatcher({
		stateRef,
		dispatch,
		run,
		tooSmall,
		...(onKey === undefined ? {} : {onKey}),
		...(articles === undefined
			? {}
			: {onArticleKey: articles.onKey, isShown: articles.isShown, takeKey: articles.takeKey}),
	});
	const register = articles?.register;
	useEffect(() => {
		register?.(pane => {
			dispatch({type: 'go-to-pane', pane});
		});
	}, [register, dispatch]);
	if (blank) {
		return null;
	}

	return (
		<Screen
			report={report}
			view={state}
			cols={cols}
			rows={rows}
			theme={getTheme(theme)}
			reading={reading}
			picker={picker}
			{...(articles === undefined ? {} : {articles})}
		/>
	);
}
