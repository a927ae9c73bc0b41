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
import {comparePictureTitle} from './compare-picture.ts';
import {renderComparePicture} from './render-compare.tsx';
import type {ThemeName} from './theme.ts';
import type {ViewState} from './view-state.ts';
import {articleLabels} from '../compare/labels.ts';
import type {Segment} from './pane-model.ts';
import type {PickerDrawing, PickerOutcome, PickerState} from './article-picker.ts';
import {pickerEntries, pickerKey} from './article-picker.ts';
import type {TakenKey} from './use-key-dispatcher.ts';

export type MultiDashboardProps = {
	/** The reports, in the comparison's column order (the primary source first when one is marked). */
	readonly reports: readonly Report[];
	/**
	 * The comparison, or null while the articles after the first are still being read (the first frame does not wait
	 * for them): the Compare pane says so, and `<` `>` go round the articles read so far.
	 */
	readonly compare: CompareReport | null;
	/** How many articles there are in all, read or not. Default: as many as `reports`. */
	readonly count?: number;
	/** Whether the first article is the primary source (`--source`), before the comparison says so. Default false. */
	readonly sourceFirst?: boolean;
	/** The first article's panes still being read (its report holds the counts only). Default none. */
	readonly firstReading?: readonly PaneName[];
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
export function articleHeaderLabel(labels: readonly string[], index: number, count: number, primary: boolean): string {
	return `${index + 1}/${count} ${labels[index] ?? ''}${primary ? ' (source)' : ''}`;
}

const readingStatus: Segment = {text: '…', role: 'muted'};
const noPanes: readonly PaneName[] = [];

/**
 * The dashboard on several articles (`newsdash A B C`): each article's own dashboard, one at a time, `<` `>` to
 * switch (each keeps its view for when the user comes back), and the Compare pane on `5`. A view over the
 * reports and their comparison; nothing is read or computed here but the view.
 */
export function MultiDashboard({
	reports,
	compare,
	count: total,
	sourceFirst = false,
	firstReading = noPanes,
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
	const all = Math.max(total ?? count, count);
	const labels = useMemo(
		() => compare?.articles.map(article => article.label) ?? articleLabels(reports),
		[compare, reports],
	);
	const isPrimary = (index: number): boolean => compare?.articles[index]?.primary ?? (sourceFirst && index === 0);
	const [shown, setShown] = useState(0);
	const [onCompare, setOnCompare] = useState(startOnCompare);
	// Refs as well as state: a burst of keys is handled in one go, each key against the one before it (ink-notes).
	const shownRef = useRef(0);
	const onCompareRef = useRef(startOnCompare);
	const goTos = useRef<Array<((pane: PaneName) => void) | undefined>>([]);
	const compareRef = useRef<CompareView>(initialCompareView);
	const [compareView, setCompareView] = useState<CompareView>(initialCompareView);
	const sizeRef = useRef({cols, rows});
	sizeRef.current = {cols, rows};
	const countRef = useRef(count);
	countRef.current = count;
	// The article picker (`a`), over an article's dashboard or the Compare pane; a ref as well, as for the rest.
	const pickerRef = useRef<PickerState | null>(null);
	const [picker, setPicker] = useState<PickerState | null>(null);
	const setPickerTo = useCallback((state: PickerState | null) => {
		pickerRef.current = state;
		setPicker(state);
	}, []);

	const show = useCallback(
		(index: number, compareShown: boolean, pane?: PaneName) => {
			shownRef.current = (index + count) % count;
			onCompareRef.current = compareShown;
			if (pane !== undefined) {
				goTos.current[shownRef.current]?.(pane);
			}

			setShown(shownRef.current);
			setOnCompare(compareShown);
		},
		[count],
	);

	/** A key for the picker when it is open (undefined when it is not); a pick, a close or a quit closes it. */
	const pickerStep = useCallback(
		(name: string): PickerOutcome | undefined => {
			const state = pickerRef.current;
			if (state === null) {
				return undefined;
			}

			const outcome = pickerKey(name, state, countRef.current);
			if (outcome.type === 'move') {
				setPickerTo({selected: outcome.selected});
			} else if (outcome.type !== 'none') {
				setPickerTo(null);
			}

			return outcome;
		},
		[setPickerTo],
	);

	// The dashboard shown keeps the keys while the picker is open over it, and hands each one here first.
	const takeKey = useCallback(
		(name: string, view: ViewState): TakenKey => {
			const outcome = pickerStep(name);
			if (outcome === undefined) {
				return undefined;
			}

			if (outcome.type === 'quit') {
				quit();
				return 'left';
			}

			if (outcome.type === 'pick') {
				// As for `<` `>`: after every dashboard has seen this key, and the pane shown goes along.
				queueMicrotask(() => {
					show(outcome.article, false, view.pane);
				});
				return 'left';
			}

			return 'taken';
		},
		[pickerStep, quit, show],
	);

	const onArticleKey = useCallback(
		(key: ArticleKey, view: ViewState) => {
			if (key === 'pick-article') {
				// At once, not after the other dashboards: the rest of this burst is the picker's.
				setPickerTo({selected: shownRef.current});
				return;
			}

			// After every dashboard has seen this key: switched at once, the next article's dashboard, subscribed after
			// this one, would take the same `>` for its own and switch again.
			queueMicrotask(() => {
				if (key === 'compare-pane') {
					show(shownRef.current, true);
				} else {
					show(shownRef.current + (key === 'next-article' ? 1 : -1), false, view.pane);
				}
			});
		},
		[show, setPickerTo],
	);

	const dispatchCompare = useCallback(
		(action: CompareAction) => {
			if (compare === null) {
				return;
			}

			const size = sizeRef.current;
			const focus = shownRef.current;
			const modelOf = (view: CompareView) => compareModelFor(compare, size, focus, view);
			compareRef.current = compareReducer(modelOf, compareRef.current, action, size);
			setCompareView(compareRef.current);
		},
		[compare],
	);

	// Ctrl-S on the Compare pane: the whole pane as a picture for a report (compare-picture.ts), as for an article's.
	const snapshotCompare = useCallback(() => {
		const say = (text: string) => {
			dispatchCompare({type: 'message', text});
		};

		if (onSnapshot === undefined) {
			say('snapshots are not available here');
			return;
		}

		if (compare === null) {
			say('the articles are still being read: no picture yet');
			return;
		}

		const size = sizeRef.current;
		const pages = renderComparePicture(compare, reports, {
			cols: size.cols,
			rows: size.rows,
			view: compareRef.current,
			focus: shownRef.current,
			color,
			theme,
		});
		const first = pages[0]!;
		const title = comparePictureTitle(compare, size.cols);
		onSnapshot({ansi: first.ansi, cols: first.cols, rows: first.rows, pane: 'compare', title, pages}).then(
			say,
			(error: unknown) => {
				say(`snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
			},
		);
	}, [onSnapshot, compare, reports, color, theme, dispatchCompare]);

	// The Compare pane's keys. Subscribed always, and asked on each key whether the pane is shown: a hook turned on
	// when the pane opens subscribes only after that frame, and a key typed meanwhile would be lost.
	useInput((input, key) => {
		if (!onCompareRef.current) {
			return;
		}

		onKey?.();
		for (const name of keyNames(input, key)) {
			const picked = pickerStep(name);
			if (picked?.type === 'quit') {
				quit();
				return;
			}

			if (picked !== undefined) {
				// A pick focuses that article's column; the pane stays.
				if (picked.type === 'pick') {
					show(picked.article, true);
				}

				continue;
			}

			const outcome = resolveCompareKey(name, compareRef.current);
			if (outcome === undefined) {
				continue;
			}

			if (outcome.type === 'pick-article') {
				setPickerTo({selected: shownRef.current});
				continue;
			}

			if (outcome.type === 'snapshot') {
				snapshotCompare();
				continue;
			}

			if (outcome.type === 'quit') {
				quit();
				return;
			}

			if (outcome.type === 'leave') {
				// After every dashboard has seen this key, as for onArticleKey: Tab must not also turn the article's pane.
				const {pane} = outcome;
				queueMicrotask(() => {
					show(shownRef.current, false, pane);
				});
				return;
			}

			if (outcome.type === 'article') {
				show(shownRef.current + outcome.step, true);
			} else {
				dispatchCompare(outcome);
			}
		}
	});

	const status = useMemo(() => (compare === null ? readingStatus : compareStatus(compare)), [compare]);
	const articles: ArticlesInfo[] = useMemo(
		() =>
			reports.map((_, index) => ({
				label: articleHeaderLabel(labels, index, all, isPrimary(index)),
				count: all,
				compareStatus: status,
				onKey: onArticleKey,
				takeKey,
				isShown: () => !onCompareRef.current && shownRef.current === index,
				register(goToPane: (pane: PaneName) => void) {
					goTos.current[index] = goToPane;
				},
			})),
		[reports, labels, all, compare, sourceFirst, status, onArticleKey, takeKey],
	);
	const drawing: PickerDrawing | null = useMemo(
		() =>
			picker === null
				? null
				: {entries: pickerEntries(reports, labels, isPrimary), selected: picker.selected, shown, total: all},
		[picker, reports, labels, shown, all, compare, sourceFirst],
	);
	return (
		<>
			{onCompare && !blank ? (
				<CompareScreen
					compare={compare}
					reports={reports}
					focus={shown}
					label={articleHeaderLabel(labels, shown, all, isPrimary(shown))}
					reading={`Reading the articles… ${count} of ${all} read`}
					view={compareView}
					picker={drawing}
					cols={cols}
					rows={rows}
					theme={getTheme(theme)}
				/>
			) : null}
			{reports.map((report, index) => (
				<Dashboard
					// Every article's dashboard stays mounted, drawn only when shown: each keeps its view.
					key={`article-${index}`}
					report={report}
					cols={cols}
					rows={rows}
					initialPane={initialPane}
					theme={theme}
					color={color}
					articles={articles[index]!}
					blank={blank || onCompare || index !== shown}
					picker={index === shown ? drawing : null}
					reading={index === 0 ? firstReading : noPanes}
					{...(onSnapshot === undefined ? {} : {onSnapshot})}
					{...(onQuit === undefined ? {} : {onQuit})}
					{...(onKey === undefined ? {} : {onKey})}
				/>
			))}
		</>
	);
}
