import {useApp, useInput} from 'ink';
import {useCallback, useMemo, useRef, useState} from 'react';
import type {CompareReport} from '../compare/types.ts';
import type {Report} from '../extract/types.ts';
import type {ArticleKey, ArticlesInfo} from './articles-info.ts';
import {resolveCompareKey} from './compare-keys.ts';
import {CompareScreen} from './compare-screen.tsx';
import {compareStatus} from './compare-tab.ts';
import type {CompareAction, CompareView} from './compare-view-state.ts';
import {compareModelFor, compareReducer, initialCompareView} from './compare-view-state.ts';
import type {SnapshotHandler} from './dashboard.tsx';
import {Dashboard} from './dashboard.tsx';
import {keyNames} from './key-names.ts';
import type {PaneName} from './pane-name.ts';
import {getTheme} from './theme.ts';
import type {ThemeName} from './theme.ts';
import type {ViewState} from './view-state.ts';

export type MultiDashboardProps = {
	/** The reports, in the comparison's column order (the primary source first when one is marked). */
	readonly reports: readonly Report[];
	readonly compare: CompareReport;
	readonly cols: number;
	readonly rows: number;
	/** The pane each article opens on. */
	readonly initialPane: PaneName;
	/** Open on the Compare pane (`newsdash compare A B C`). Default false. */
	readonly startOnCompare?: boolean;
	/** Default "dark"; NO_COLOR gives "mono". */
	readonly theme?: ThemeName;
	readonly color?: boolean;
	readonly onSnapshot?: SnapshotHandler;
	/** Called on q / Ctrl-C; by default the Ink app exits. */
	readonly onQuit?: () => void;
	/** Called on every key press, before it is handled. */
	readonly onKey?: () => void;
	/** Draw nothing for now, keeping all state (a resize in progress). Default false. */
	readonly blank?: boolean;
};

/** "2/4 Tidewater Gazette (source)": the header's name for an article. */
export function articleHeaderLabel(compare: CompareReport, index: number): string {
	const article = compare.articles[index];
	const source = article?.primary === true ? ' (source)' : '';
	return `${index + 1}/${compare.articles.length} ${article?.label ?? ''}${source}`;
}

/**
 * The dashboard on several articles (`newsdash A B C`): each article's own dashboard, one at a time, `<` `>` to
 * switch (each keeps its view for when the user comes back), and the Compare pane on `5`. A view over the
 * reports and their comparison; nothing is read or computed here but the view.
 */
export function MultiDashboard({
	reports,
	compare,
	cols,
	rows,
	initialPane,
	startOnCompare = false,
	theme = 'dark',
	color = true,
	onSnapshot,
	onQuit,
	onKey,
	blank = false,
}: MultiDashboardProps) {
	const {exit} = useApp();
	const quit = onQuit ?? exit;
	const count = reports.length;
	const [shown, setShown] = useState(0);
	const [onCompare, setOnCompare] = useState(startOnCompare);
	const [pane, setPane] = useState<PaneName>(initialPane);
	// Refs as well as state: a burst of keys is handled in one go, each key against the one before it (ink-notes).
	const shownRef = useRef(0);
	const onCompareRef = useRef(startOnCompare);
	const views = useRef(new Map<number, ViewState>());
	const compareRef = useRef<CompareView>(initialCompareView);
	const [compareView, setCompareView] = useState<CompareView>(initialCompareView);
	const sizeRef = useRef({cols, rows});
	sizeRef.current = {cols, rows};

	const show = useCallback(
		(index: number, compareShown: boolean) => {
			shownRef.current = (index + count) % count;
			onCompareRef.current = compareShown;
			setShown(shownRef.current);
			setOnCompare(compareShown);
		},
		[count],
	);

	const onArticleKey = useCallback(
		(key: ArticleKey, view: ViewState) => {
			views.current.set(shownRef.current, view);
			setPane(view.pane);
			if (key === 'compare-pane') {
				show(shownRef.current, true);
			} else {
				show(shownRef.current + (key === 'next-article' ? 1 : -1), false);
			}
		},
		[show],
	);

	const dispatchCompare = useCallback(
		(action: CompareAction) => {
			const model = compareModelFor(compare, sizeRef.current, shownRef.current);
			compareRef.current = compareReducer(model, compareRef.current, action, sizeRef.current);
			setCompareView(compareRef.current);
		},
		[compare],
	);

	useInput(
		(input, key) => {
			onKey?.();
			for (const name of keyNames(input, key)) {
				const outcome = resolveCompareKey(name, compareRef.current);
				if (outcome === undefined) {
					continue;
				}

				if (outcome.type === 'quit') {
					quit();
					return;
				}

				if (outcome.type === 'leave') {
					setPane(outcome.pane);
					show(shownRef.current, false);
					return;
				}

				if (outcome.type === 'article') {
					show(shownRef.current + outcome.step, true);
				} else {
					dispatchCompare(outcome);
				}
			}
		},
		{isActive: onCompare},
	);

	const status = useMemo(() => compareStatus(compare), [compare]);
	const articles: ArticlesInfo = useMemo(
		() => ({label: articleHeaderLabel(compare, shown), count, compareStatus: status, onKey: onArticleKey}),
		[compare, shown, count, status, onArticleKey],
	);
	if (blank) {
		return null;
	}

	if (onCompare) {
		return (
			<CompareScreen
				compare={compare}
				reports={reports}
				focus={shown}
				label={articleHeaderLabel(compare, shown)}
				view={compareView}
				cols={cols}
				rows={rows}
				theme={getTheme(theme)}
			/>
		);
	}

	const saved = views.current.get(shown);
	return (
		<Dashboard
			// One dashboard per article: switching mounts the next with the view it was left in.
			key={`article-${shown}`}
			report={reports[shown]!}
			cols={cols}
			rows={rows}
			initialPane={pane}
			{...(saved === undefined ? {} : {initialView: {...saved, overlay: null, message: null}})}
			theme={theme}
			color={color}
			articles={articles}
			{...(onSnapshot === undefined ? {} : {onSnapshot})}
			{...(onQuit === undefined ? {} : {onQuit})}
			{...(onKey === undefined ? {} : {onKey})}
		/>
	);
}
