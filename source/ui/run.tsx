import chalk from 'chalk';
import {render, useApp, useStdout} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import {EventEmitter} from 'node:events';
import path from 'node:path';
import {onExit} from 'signal-exit';
import type {Report} from '../extract/types.ts';
import type {SnapshotHandler} from './dashboard.tsx';
import {Dashboard} from './dashboard.tsx';
import type {CompareReport} from '../compare/types.ts';
import {MultiDashboard} from './multi-dashboard.tsx';
import type {PaneName} from './pane-name.ts';
import {themeForEnvironment} from './theme.ts';
import type {ThemeName} from './theme.ts';
import {warmUp} from './warm-up.ts';
import {needsFallback, osc52, saveCopy} from './clipboard.ts';

export type {SnapshotHandler};

export type RunOptions = {
	readonly initialPane: PaneName;
	readonly onSnapshot?: SnapshotHandler;
	/** Where keys come from: process.stdin by default; the reopened terminal when the article came through stdin. */
	readonly stdin?: NodeJS.ReadStream;
	/** Colours for a dark or a light terminal background; default "dark". NO_COLOR still wins (monochrome). */
	readonly theme?: ThemeName;
	/**
	 * The whole report, when the one given holds only the counts and checks (report-first.ts): started right after
	 * the first frame is drawn; until it arrives the quotes and timeline panes say they are still reading.
	 */
	readonly complete?: () => Promise<Report>;
	/**
	 * Several articles (`newsdash A B C`, `newsdash compare A B C`): the reports in the comparison's column order and
	 * their comparison; `report` is then the first of them. Default none: one article.
	 */
	readonly several?: {
		/** The articles read before the first frame (at least the first), in column order. */
		readonly reports: readonly Report[];
		/** The comparison when every article was read before the first frame, else null. */
		readonly compare: CompareReport | null;
		/** How many articles there are in all. */
		readonly count: number;
		/** Whether the first article is the primary source (`--source`). */
		readonly sourceFirst: boolean;
		readonly startOnCompare: boolean;
		/**
		 * Reads the rest after the first frame, telling each report as it comes (the reports so far, in column order,
		 * the first one completed), and resolves to the comparison. Absent when `compare` is there; given, the first
		 * report holds only its counts and checks (report-first.ts) until the first progress.
		 */
		readonly rest?: (progress: (reports: readonly Report[]) => void) => Promise<CompareReport>;
	};
};

/** The panes the second part of a report fills (report-rest.ts). */
const restPanes: readonly PaneName[] = ['quotes', 'timeline'];

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';

type AppProps = {
	readonly report: Report;
	readonly options: RunOptions;
	readonly theme: ThemeName;
	readonly color: boolean;
	/** Emits "resume" after `fg`: the screen is drawn again from a clean slate, as after a resize. */
	readonly terminal: EventEmitter;
	readonly onCopy: (text: string) => Promise<string>;
	readonly onSuspend: () => void;
};

function sizeOf(stdout: NodeJS.WriteStream): {cols: number; rows: number} {
	return {cols: stdout.columns || 80, rows: stdout.rows || 24};
}

/** Quiet time after the last resize event before the screen is redrawn for the new size. */
const resizeSettleMs = 40;
/** How long the blank frame stays before the redraw: longer than Ink's frame throttle (30 per second). */
const blankFrameMs = 45;
const clearScreen = '\u001B[2J\u001B[H';

// Ink 6.8 tracks only the width; the height is ours, from the resize event (ink-notes). A storm of resizes (a window
// dragged, a tiling manager) is settled first, then drawn from a clean screen: Ink erases the previous frame by
// counting lines up from the cursor, which a terminal that reflowed or moved the cursor meanwhile defeats. A blank
// frame in between makes Ink forget its last output, so the redraw is written even when it looks the same.
function App({report: given, options, theme, color, terminal, onCopy, onSuspend}: AppProps) {
	const {stdout} = useStdout();
	// The rest of the report is read right after the first frame; meanwhile its panes say so rather than show none.
	const {exit} = useApp();
	const {complete} = options;
	const [report, setReport] = useState(given);
	const [reading, setReading] = useState<readonly PaneName[]>(complete === undefined ? [] : restPanes);
	useEffect(() => {
		if (complete === undefined) {
			return;
		}

		let current = true;
		const timer = setTimeout(() => {
			complete().then(
				whole => {
					if (current) {
						setReport(whole);
						setReading([]);
					}
				},
				(error: unknown) => {
					exit(error instanceof Error ? error : new Error(String(error)));
				},
			);
		}, 0);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [complete, exit]);
	const several = options.several;
	const [severalReports, setSeveralReports] = useState<readonly Report[]>(several?.reports ?? []);
	const [comparison, setComparison] = useState<CompareReport | null>(several?.compare ?? null);
	// The first article comes with its counts only; its quotes and dates arrive with the first report `rest` tells.
	const [firstReading, setFirstReading] = useState<readonly PaneName[]>(several?.rest === undefined ? [] : restPanes);
	const rest = several?.rest;
	useEffect(() => {
		if (rest === undefined) {
			return;
		}

		let current = true;
		// After the first frame, as for the rest of a single report: the first article is on screen meanwhile.
		const timer = setTimeout(() => {
			rest(reports => {
				if (current) {
					setSeveralReports(reports);
					setFirstReading([]);
				}
			}).then(
				compare => {
					if (current) {
						setComparison(compare);
					}
				},
				(error: unknown) => {
					exit(error instanceof Error ? error : new Error(String(error)));
				},
			);
		}, 0);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [rest, exit]);
	const [size, setSize] = useState(() => sizeOf(stdout));
	// Redraws asked for (one per settled resize or resume) and drawn: the screen is blank while they differ.
	const [requested, setRequested] = useState(0);
	const [drawn, setDrawn] = useState(0);
	const blank = requested !== drawn;
	const first = useRef(size);
	const lastKey = useRef(Number.NEGATIVE_INFINITY);
	const onKey = useCallback(() => {
		lastKey.current = performance.now();
	}, []);
	useEffect(() => {
		let settle: ReturnType<typeof setTimeout> | undefined;
		const onResize = () => {
			clearTimeout(settle);
			settle = setTimeout(() => {
				setRequested(count => count + 1);
			}, resizeSettleMs);
		};

		stdout.on('resize', onResize);
		// Back from Ctrl-Z: the terminal may have been resized and has certainly been drawn over meanwhile.
		terminal.on('resume', onResize);
		return () => {
			clearTimeout(settle);
			stdout.off('resize', onResize);
			terminal.off('resume', onResize);
		};
	}, [stdout, terminal]);
	// The redraw is timed from the blank frame's commit, not from the resize: timed from the resize, a busy main thread
	// (reading the rest of the report, a warm-up render) could run both timers in one go, React would merge "blank" and
	// "not blank" into no change, and Ink, seeing the same frame as before, would write nothing onto the cleared screen.
	// A count, not a flag: a request that lands while the last one is being drawn starts the wait again.
	useEffect(() => {
		if (requested === drawn) {
			return;
		}

		const redraw = setTimeout(() => {
			stdout.write(clearScreen);
			setSize(sizeOf(stdout));
			setDrawn(requested);
		}, blankFrameMs);
		return () => {
			clearTimeout(redraw);
		};
	}, [requested, drawn, stdout]);
	useEffect(
		() =>
			warmUp(report, {
				pane: options.initialPane,
				cols: first.current.cols,
				rows: first.current.rows,
				theme,
				color,
				// Steps wait while keys come, so that a warm-up render never stands between a key and its frame.
				sinceKey: () => performance.now() - lastKey.current,
			}),
		[report, options.initialPane, theme, color],
	);
	if (several !== undefined) {
		return (
			<MultiDashboard
				reports={severalReports}
				compare={comparison}
				count={several.count}
				sourceFirst={several.sourceFirst}
				firstReading={firstReading}
				cols={size.cols}
				rows={size.rows}
				initialPane={options.initialPane}
				startOnCompare={several.startOnCompare}
				theme={theme}
				color={color}
				onKey={onKey}
				blank={blank}
				{...(options.onSnapshot === undefined ? {} : {onSnapshot: options.onSnapshot})}
			/>
		);
	}

	return (
		<Dashboard
			report={report}
			cols={size.cols}
			rows={size.rows}
			initialPane={options.initialPane}
			theme={theme}
			color={color}
			onKey={onKey}
			reading={reading}
			blank={blank}
			onCopy={onCopy}
			onSuspend={onSuspend}
			{...(options.onSnapshot === undefined ? {} : {onSnapshot: options.onSnapshot})}
		/>
	);
}

/**
 * The interactive dashboard on the terminal, until q or Ctrl-C. Owns the alternate screen and the cursor, and gives
 * both back on every way out: q, Ctrl-C, SIGTERM, SIGHUP, or a crash.
 */
export async function runDashboard(report: Report, options: RunOptions): Promise<void> {
	const stdout = process.stdout;
	const theme = themeForEnvironment(process.env, options.theme ?? 'dark');
	const noColor = theme === 'mono';
	const previousLevel = chalk.level;
	// chalk ignores NO_COLOR by design (ink-notes); weight and inverse stay, since the mono theme relies on them.
	if (noColor && chalk.level > 1) {
		chalk.level = 1;
	}

	const stdin = options.stdin ?? process.stdin;
	let restored = false;
	const restore = () => {
		if (restored) {
			return;
		}

		restored = true;
		stdout.write(showCursor + leaveAlternateScreen);
		// Raw mode belongs to the terminal, not the process: left on, the shell after us would echo nothing.
		if (stdin.isTTY) {
			try {
				stdin.setRawMode(false);
			} catch {
				// The terminal is already gone (hang-up): nothing to give back.
			}
		}
	};

	const removeExitHandler = onExit(() => {
		restore();
	});
	// Ctrl-Z (a key in raw mode) or SIGTSTP from outside: give the terminal back as the shell expects it (normal
	// screen, cursor, cooked mode with echo), then stop with SIGTSTP itself, this handler taken off first so that the
	// signal's default action (stop) applies and the shell says "Stopped". `fg` sends SIGCONT: the handler back on,
	// raw mode and the alternate screen again, and a full redraw.
	const terminal = new EventEmitter();
	const suspend = () => {
		stdout.write(showCursor + leaveAlternateScreen);
		if (stdin.isTTY) {
			stdin.setRawMode(false);
		}

		process.off('SIGTSTP', suspend);
		process.kill(process.pid, 'SIGTSTP');
	};

	const resume = () => {
		if (process.listenerCount('SIGTSTP') === 0) {
			process.on('SIGTSTP', suspend);
		}

		if (restored) {
			return;
		}

		if (stdin.isTTY) {
			stdin.setRawMode(true);
		}

		stdout.write(enterAlternateScreen + hideCursor);
		terminal.emit('resume');
	};

	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', resume);
	const copy = async (text: string): Promise<string> => {
		stdout.write(osc52(text));
		if (needsFallback(process.env)) {
			return `copied to ${path.basename(await saveCopy(text, process.cwd()))}`;
		}

		return `copied ${[...text].length} characters (OSC 52)`;
	};

	// Raw mode before the first frame: Ink turns it on only after mounting, and a key typed meanwhile would be echoed
	// by the terminal into the middle of the screen.
	if (stdin.isTTY) {
		stdin.setRawMode(true);
	}

	stdout.write(enterAlternateScreen + hideCursor);
	try {
		const app = render(
			<App
				report={report}
				options={options}
				theme={theme}
				color={!noColor && chalk.level > 0}
				terminal={terminal}
				onCopy={copy}
				onSuspend={suspend}
			/>,
			{
				stdin,
				exitOnCtrlC: false,
				// Not incremental: Ink 6.8's incremental renderer moves the cursor up one line too few when the frame ends
				// with a newline (every frame shorter than the terminal, as ours is), so each frame lands one row lower.
				// The standard renderer erases and redraws the whole frame, inside a synchronized update.
				incrementalRendering: false,
				patchConsole: false,
			},
		);
		await app.waitUntilExit();
	} finally {
		process.off('SIGTSTP', suspend);
		process.off('SIGCONT', resume);
		restore();
		removeExitHandler();
		chalk.level = previousLevel;
	}
}
