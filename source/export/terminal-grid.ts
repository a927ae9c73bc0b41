// A frame of ANSI text as a terminal would show it: a grid of cells, each with its character and attributes. A real
// terminal emulator (@xterm/headless) does the reading, so wide characters, SGR state carried across lines, 256 and
// 24-bit colours and stray control sequences come out exactly as a terminal would draw them.

/** A colour as the terminal stored it, before any theme gives it RGB. */
export type CellColor =
	| {readonly mode: 'default'}
	| {readonly mode: 'palette'; readonly index: number}
	| {readonly mode: 'rgb'; readonly rgb: number};

export type Cell = {
	/** The character(s) drawn in the cell; '' for an empty cell and for the right half of a wide character. */
	readonly chars: string;
	/** Cells it covers: 1, 2 for a wide character, 0 for the right half of one. */
	readonly width: number;
	readonly fg: CellColor;
	readonly bg: CellColor;
	readonly bold: boolean;
	readonly dim: boolean;
	readonly italic: boolean;
	readonly underline: boolean;
	readonly strikethrough: boolean;
	readonly inverse: boolean;
	readonly invisible: boolean;
};

export type TerminalGrid = {readonly cols: number; readonly rows: number; readonly lines: readonly (readonly Cell[])[]};

/**
 * Draws `ansi` on a `cols`×`rows` terminal and reads back the cells. Lines beyond `rows` are dropped rather than
 * scrolled in, so the picture always shows the top of the frame, as the dashboard does.
 */
export async function readTerminalGrid(ansi: string, cols: number, rows: number): Promise<TerminalGrid> {
	// Loaded on demand: the dashboard's start-up must not pay for a terminal emulator it only needs for Ctrl-S.
	const [xterm, unicode] = await Promise.all([import('@xterm/headless'), import('@xterm/addon-unicode11')]);
	const terminal = new (commonJs(xterm).Terminal)({cols, rows, allowProposedApi: true, scrollback: 0});
	try {
		terminal.loadAddon(new (commonJs(unicode).Unicode11Addon)());
		terminal.unicode.activeVersion = '11';
		await new Promise<void>(resolve => {
			terminal.write(frameLines(ansi, rows).join('\r\n'), resolve);
		});
		const buffer = terminal.buffer.active;
		const lines: Cell[][] = [];
		const cell = buffer.getNullCell();
		for (let y = 0; y < rows; y++) {
			const line = buffer.getLine(y);
			const cells: Cell[] = [];
			for (let x = 0; x < cols; x++) {
				if (!line?.getCell(x, cell)) {
					cells.push(emptyCell);
					continue;
				}

				cells.push({
					chars: cell.getChars(),
					width: cell.getWidth(),
					fg: colorOf(cell.isFgDefault(), cell.isFgRGB(), cell.getFgColor()),
					bg: colorOf(cell.isBgDefault(), cell.isBgRGB(), cell.getBgColor()),
					bold: cell.isBold() !== 0,
					dim: cell.isDim() !== 0,
					italic: cell.isItalic() !== 0,
					underline: cell.isUnderline() !== 0,
					strikethrough: cell.isStrikethrough() !== 0,
					inverse: cell.isInverse() !== 0,
					invisible: cell.isInvisible() !== 0,
				});
			}

			lines.push(cells);
		}

		return {cols, rows, lines};
	} finally {
		terminal.dispose();
	}
}

/** The frame's first `rows` lines; a trailing newline would scroll the first line away. */
function frameLines(ansi: string, rows: number): string[] {
	const lines = ansi.replaceAll('\r\n', '\n').split('\n');
	if (lines.length > 1 && lines.at(-1) === '') {
		lines.pop();
	}

	return lines.slice(0, rows);
}

/**
 * Both are CommonJS packages: Node's own loader hands them over as `default` only, while tsx and esbuild also expose
 * the named exports; accept either.
 */
function commonJs<T extends object>(module: T): T {
	return 'default' in module && typeof module.default === 'object' && module.default !== null
		? (module.default as T)
		: module;
}

function colorOf(isDefault: boolean, isRgb: boolean, value: number): CellColor {
	if (isDefault) {
		return {mode: 'default'};
	}

	return isRgb ? {mode: 'rgb', rgb: value} : {mode: 'palette', index: value};
}

const emptyCell: Cell = {
	chars: '',
	width: 1,
	fg: {mode: 'default'},
	bg: {mode: 'default'},
	bold: false,
	dim: false,
	italic: false,
	underline: false,
	strikethrough: false,
	inverse: false,
	invisible: false,
};
