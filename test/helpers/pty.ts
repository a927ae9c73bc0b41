import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Unicode11Addon} from '@xterm/addon-unicode11';
import xterm from '@xterm/headless';
import {spawn} from 'node-pty';
import type {IPty} from 'node-pty';

/** Root of the project: dist/cli.js is resolved from here. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export {keys} from './keys.ts';

/**
 * How long a test waits for a frame by default. A wait ends as soon as its condition holds, so a passing test never
 * waits this long; on a loaded 2-core machine, the first frame and the reading of the rest of the report that follows
 * it (the keys wait meanwhile) took more than 5 s. Tests wait for what the screen shows, never for a time.
 */
export const patience = 60_000;

export type SpawnOptions = {
	readonly cols: number;
	readonly rows: number;
	/** Added to the environment (after CI is removed and TERM set); a value of undefined removes a variable. */
	readonly env?: Record<string, string | undefined>;
	readonly cwd?: string;
	/** The script to run; default dist/cli.js of this project. */
	readonly script?: string;
	/**
	 * A shell command line to run instead of `node script args` (args are ignored), for checks after the program ends,
	 * such as `stty -a`. `$CLI` in it is the node command for dist/cli.js.
	 */
	readonly shell?: string;
};

export type Exit = {readonly exitCode: number; readonly signal: number | undefined};

export type PtySession = {
	/** The visible screen, one string per row, trailing blanks trimmed. */
	screen(): string[];
	/** The visible screen as one string, rows joined by "\n". */
	text(): string;
	/**
	 * Polls until `predicate(screen)` holds; resolves with that screen, rejects with the last screen on timeout
	 * (default `patience`).
	 */
	waitForScreen(predicate: (lines: string[]) => boolean, timeout?: number): Promise<string[]>;
	/** Waits until the screen contains `needle` (a string, or a RegExp tested against `text()`). */
	waitForText(needle: string | RegExp, timeout?: number): Promise<string[]>;
	/** Sends one key (or any raw input) to the program. */
	press(key: string): void;
	resize(cols: number, rows: number): void;
	/** True while the terminal shows the alternate screen buffer. */
	isAlternate(): boolean;
	/** Every byte the program wrote, as text. */
	output(): string;
	readonly exited: Promise<Exit>;
	/** Sends a signal (default SIGTERM) to the program. */
	kill(signal?: string): void;
	/** Kills the program if it still runs and waits for it to end. */
	close(): Promise<Exit>;
	readonly pid: number;
};

/** Runs `node dist/cli.js …args` in a real pseudo-terminal, its output fed into a headless xterm. */
export function spawnCli(args: readonly string[], options: SpawnOptions): PtySession {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		// With CI set, Ink draws nothing until exit (ink-notes).
		if (value !== undefined && key !== 'CI') {
			env[key] = value;
		}
	}

	env['TERM'] = 'xterm-256color';
	for (const [key, value] of Object.entries(options.env ?? {})) {
		if (value === undefined) {
			delete env[key];
		} else {
			env[key] = value;
		}
	}

	const term = new xterm.Terminal({cols: options.cols, rows: options.rows, allowProposedApi: true, scrollback: 0});
	term.loadAddon(new Unicode11Addon());
	term.unicode.activeVersion = '11';
	const script = options.script ?? path.join(projectRoot, 'dist', 'cli.js');
	env['CLI'] = `${process.execPath} ${script}`;
	const [file, argv] =
		options.shell === undefined ? [process.execPath, [script, ...args]] : ['/bin/sh', ['-c', options.shell]];
	const child: IPty = spawn(file, argv, {
		name: 'xterm-256color',
		cols: options.cols,
		rows: options.rows,
		cwd: options.cwd ?? projectRoot,
		env,
	});
	let raw = '';
	let pending = 0;
	child.onData(data => {
		raw += data;
		pending++;
		term.write(data, () => {
			pending--;
		});
	});
	// The terminal answers queries (cursor position, device attributes) as a real one would.
	term.onData(data => {
		child.write(data);
	});
	let done = false;
	const exited = new Promise<Exit>(resolve => {
		child.onExit(({exitCode, signal}) => {
			done = true;
			// xterm parses writes asynchronously and in order: an empty write's callback runs once every byte the program
			// wrote before it exited is on the screen, so a test that looks at the screen after the exit sees its last
			// frame (without this, "left the alternate screen" was checked before the bytes that leave it were parsed).
			term.write('', () => {
				resolve({exitCode, signal});
			});
		});
	});

	const screen = (): string[] => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let y = 0; y < term.rows; y++) {
			lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		}

		return lines;
	};

	const waitForScreen = async (predicate: (lines: string[]) => boolean, timeout = patience): Promise<string[]> => {
		const deadline = Date.now() + timeout;
		for (;;) {
			const lines = screen();
			if (pending === 0 && predicate(lines)) {
				return lines;
			}

			if (Date.now() > deadline) {
				throw new Error(`screen did not match within ${timeout} ms; it shows:\n${lines.join('\n')}`);
			}

			await new Promise(resolve => {
				setTimeout(resolve, 10);
			});
		}
	};

	return {
		screen,
		text: () => screen().join('\n'),
		waitForScreen,
		waitForText: async (needle, timeout) =>
			waitForScreen(
				lines => (typeof needle === 'string' ? lines.join('\n').includes(needle) : needle.test(lines.join('\n'))),
				timeout,
			),
		press(key) {
			child.write(key);
		},
		resize(cols, rows) {
			term.resize(cols, rows);
			child.resize(cols, rows);
		},
		isAlternate: () => term.buffer.active.type === 'alternate',
		output: () => raw,
		exited,
		kill(signal = 'SIGTERM') {
			if (!done) {
				child.kill(signal);
			}
		},
		async close() {
			if (!done) {
				child.kill('SIGKILL');
			}

			return exited;
		},
		pid: child.pid,
	};
}
