import chalk from 'chalk';
import {render, useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {onExit} from 'signal-exit';
import type {Report} from '../extract/types.ts';
import type {SnapshotHandler} from './dashboard.tsx';
import {Dashboard} from './dashboard.tsx';
import type {PaneName} from './pane-name.ts';
import {themeForEnvironment} from './theme.ts';
import type {ThemeName} from './theme.ts';

export type {SnapshotHandler};

export type RunOptions = {
	readonly initialPane: PaneName;
	readonly onSnapshot?: SnapshotHandler;
	/** Where keys come from: process.stdin by default; the reopened terminal when the article came through stdin. */
	readonly stdin?: NodeJS.ReadStream;
};

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';

type AppProps = {
	readonly report: Report;
	readonly options: RunOptions;
	readonly theme: ThemeName;
	readonly color: boolean;
};

function sizeOf(stdout: NodeJS.WriteStream): {cols: number; rows: number} {
	return {cols: stdout.columns || 80, rows: stdout.rows || 24};
}

// Ink 6.8 tracks only the width; the height is ours, from the resize event (ink-notes).
function App({report, options, theme, color}: AppProps) {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const onResize = () => {
			setSize(sizeOf(stdout));
		};

		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return (
		<Dashboard
			report={report}
			cols={size.cols}
			rows={size.rows}
			initialPane={options.initialPane}
			theme={theme}
			color={color}
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
	const theme = themeForEnvironment(process.env);
	const noColor = theme === 'mono';
	const previousLevel = chalk.level;
	// chalk ignores NO_COLOR by design (ink-notes); weight and inverse stay, since the mono theme relies on them.
	if (noColor && chalk.level > 1) {
		chalk.level = 1;
	}

	let restored = false;
	const restore = () => {
		if (restored) {
			return;
		}

		restored = true;
		stdout.write(showCursor + leaveAlternateScreen);
	};

	const removeExitHandler = onExit(() => {
		restore();
	});
	// Raw mode before the first frame: Ink turns it on only after mounting, and a key typed meanwhile would be echoed
	// by the terminal into the middle of the screen.
	const stdin = options.stdin ?? process.stdin;
	if (stdin.isTTY) {
		stdin.setRawMode(true);
	}

	stdout.write(enterAlternateScreen + hideCursor);
	try {
		const app = render(<App report={report} options={options} theme={theme} color={!noColor && chalk.level > 0} />, {
			stdin,
			exitOnCtrlC: false,
			// Not incremental: Ink 6.8's incremental renderer moves the cursor up one line too few when the frame ends
			// with a newline (every frame shorter than the terminal, as ours is), so each frame lands one row lower.
			// The standard renderer erases and redraws the whole frame, inside a synchronized update.
			incrementalRendering: false,
			patchConsole: false,
		});
		await app.waitUntilExit();
	} finally {
		restore();
		removeExitHandler();
		chalk.level = previousLevel;
	}
}
