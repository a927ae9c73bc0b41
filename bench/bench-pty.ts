// A program in a pseudo-terminal, timed the way a user feels it: from spawn to the first frame on screen, from a key
// press to the redrawn frame, and its peak memory from /proc.
import {readFileSync} from 'node:fs';
import {spawn, type IPty} from 'node-pty';
import stripAnsi from 'strip-ansi';

export const terminalSize = {cols: 100, rows: 30} as const;

/** A key press, timed from the write: to the first output bytes, and to the last byte before 2 ms of quiet. */
export type KeyTiming = {readonly firstMs: number; readonly quietMs: number};

export type PtySession = {
	/** Milliseconds from spawn to the output containing the marker text. */
	readonly firstFrameMs: number;
	/** Presses one key and times the redraw; null when nothing was drawn within the timeout. */
	readonly press: (key: string) => Promise<KeyTiming | null>;
	/** Resolves once the output has been quiet for `ms`. */
	readonly settle: (ms: number) => Promise<void>;
	/** VmHWM of the process, in bytes; null when /proc cannot tell. */
	readonly peakRssBytes: () => number | null;
	readonly close: () => Promise<void>;
};

/** The user's environment without CI (Ink draws nothing under CI) and with a colour terminal. */
export function terminalEnvironment(): Record<string, string> {
	const environment: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && !['CI', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'LINES'].includes(name)) {
			environment[name] = value;
		}
	}

	environment['TERM'] = 'xterm-256color';
	return environment;
}

const quietGapMs = 2;
const noRedrawMs = 500;

/**
 * Starts COMMAND (an executable and its arguments) in a 100×30 pseudo-terminal and resolves when its output, stripped of escape sequences, contains
 * `marker`. Rejects with what it printed if it exits or times out first. A program that is not `interactive` ends by
 * itself: closing waits for it rather than pressing q.
 */
export async function startInPty(
	command: readonly [string, ...string[]],
	marker: string,
	timeoutMs: number,
	interactive = true,
): Promise<PtySession> {
	let listener: ((data: string) => void) | null = null;
	let exited = false;
	let framed = false;
	let output = '';
	const start = performance.now();
	const [file, ...args] = command;
	const pty: IPty = spawn(file, args, {
		name: 'xterm-256color',
		...terminalSize,
		cwd: process.cwd(),
		env: terminalEnvironment(),
	});
	const exit = new Promise<void>(resolve => {
		pty.onExit(() => {
			exited = true;
			resolve();
		});
	});
	pty.onData(data => listener?.(data));

	const firstFrameMs = await new Promise<number>((resolve, reject) => {
		const fail = (why: string) => {
			clearTimeout(timer);
			listener = null;
			pty.kill('SIGKILL');
			reject(new Error(`${why}; output: ${JSON.stringify(stripAnsi(output).slice(-300))}`));
		};

		const timer = setTimeout(() => {
			fail(`no frame with "${marker}" within ${timeoutMs} ms`);
		}, timeoutMs);
		void exit.then(() => {
			// The last output of a short-lived program may be delivered just after its exit.
			setTimeout(() => {
				if (!framed) {
					fail(`exited before drawing "${marker}"`);
				}
			}, 100);
		});
		listener = data => {
			const now = performance.now();
			output += data;
			if (stripAnsi(output).includes(marker)) {
				framed = true;
				clearTimeout(timer);
				listener = null;
				resolve(now - start);
			}
		};
	});

	const settle = async (ms: number): Promise<void> =>
		new Promise(resolve => {
			let timer = setTimeout(done, ms);
			function done() {
				listener = null;
				resolve();
			}

			listener = () => {
				clearTimeout(timer);
				timer = setTimeout(done, ms);
			};
		});

	const press = async (key: string): Promise<KeyTiming | null> =>
		new Promise(resolve => {
			let first: number | null = null;
			let last = 0;
			let quietTimer: NodeJS.Timeout | undefined;
			const giveUp = setTimeout(() => {
				listener = null;
				resolve(null);
			}, noRedrawMs);
			const sent = performance.now();
			listener = () => {
				last = performance.now() - sent;
				first ??= last;
				clearTimeout(giveUp);
				clearTimeout(quietTimer);
				quietTimer = setTimeout(() => {
					listener = null;
					resolve({firstMs: first!, quietMs: last});
				}, quietGapMs);
			};

			pty.write(key);
		});

	const peakRssBytes = (): number | null => {
		try {
			const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pty.pid}/status`, 'utf8'));
			return match?.[1] === undefined ? null : Number(match[1]) * 1024;
		} catch {
			return null;
		}
	};

	const close = async (): Promise<void> => {
		if (exited) {
			return;
		}

		// A program that ends by itself may have ended already with its exit not yet reported; a q written to its
		// closed terminal makes node-pty log EBADF.
		if (!interactive) {
			const timer = setTimeout(() => {
				pty.kill('SIGKILL');
			}, 2000);
			await exit;
			clearTimeout(timer);
			return;
		}

		pty.write('q');
		const timer = setTimeout(() => {
			pty.kill('SIGKILL');
		}, 1000);
		await exit;
		clearTimeout(timer);
	};

	return {firstFrameMs, press, settle, peakRssBytes, close};
}
