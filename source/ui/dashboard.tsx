import {useApp} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import type {Report} from '../extract/types.ts';
import type {PaneName} from './pane-name.ts';
import {renderScreen} from './render-screen.tsx';
import {Screen} from './screen.tsx';
import {getTheme} from './theme.ts';
import type {ThemeName} from './theme.ts';
import {useDashboardState} from './use-dashboard-state.ts';
import {useKeyDispatcher} from './use-key-dispatcher.ts';
import type {ViewState} from './view-state.ts';
import {initialViewState} from './view-state.ts';
import type {ArticlesInfo} from './articles-info.ts';

/** What Ctrl-S hands to whoever saves snapshots: the screen exactly as drawn. Resolves to a message for the footer. */
export type SnapshotHandler = (screen: {ansi: string; cols: number; rows: number; pane: PaneName}) => Promise<string>;

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
	messageMs = 4000,
	onKey,
	reading = noPanes,
	blank = false,
	articles,
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

		const view = {...stateRef.current, message: null};
		const size = sizeRef.current;
		const ansi = renderScreen(report, {pane: view.pane, cols: size.cols, rows: size.rows, view, color, theme, reading});
		onSnapshot({ansi, cols: size.cols, rows: size.rows, pane: view.pane}).then(showMessage, (error: unknown) => {
			showMessage(`snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
		});
	}, [onSnapshot, stateRef, report, color, theme, showMessage, reading]);

	useKeyDispatcher({
		stateRef,
		dispatch,
		quit: onQuit ?? exit,
		snapshot,
		...(onKey === undefined ? {} : {onKey}),
		...(articles === undefined ? {} : {onArticleKey: articles.onKey, isShown: articles.isShown}),
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
			{...(articles === undefined ? {} : {articles})}
		/>
	);
}
