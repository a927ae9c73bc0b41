import {mix, packedHex, paletteColor, paletteFor, readable} from './palette.ts';
import type {Hex, TerminalPalette, ThemeName} from './palette.ts';
import {readTerminalGrid} from './terminal-grid.ts';
import type {Cell, CellColor, TerminalGrid} from './terminal-grid.ts';

export type SvgOptions = {
	readonly cols: number;
	readonly rows: number;
	readonly theme: ThemeName;
	/** Draw a window around the screen (rounded border, three dots, the title). */
	readonly frame: boolean;
	/** The window title, shown when `frame` is on and kept as the SVG's <title> either way. */
	readonly title: string;
};

/** The font the cells are measured for; resvg gets the TTF itself (see fonts.ts), browsers fall back. */
export const fontFamily = 'DejaVu Sans Mono';
const fontStack = `'${fontFamily}', 'Menlo', 'Consolas', monospace`;
const fontSize = 14;
// DejaVu Sans Mono's metrics (units per em 2048): advance 1233, ascent 1901, descent 483. A cell is exactly one
// advance wide, so a run placed at its first column keeps every later glyph on its own column; a row is exactly
// ascent + descent high, so box-drawing verticals meet the row below without a gap.
const cellWidth = (fontSize * 1233) / 2048;
const cellHeight = (fontSize * (1901 + 483)) / 2048;
const ascent = (fontSize * 1901) / 2048;
const padding = 16;
const titleBarHeight = 30;

/**
 * The picture of an ANSI frame: feeds it to a terminal emulator at cols×rows and writes the cells as SVG, text kept
 * as real, selectable text. The same input always gives the same bytes (no ids, no dates).
 *
 * The font is referenced by name, not embedded: DejaVu Sans Mono is 340 kB per weight, which would make every
 * picture half a megabyte; PNGs (the format meant for documents) are drawn with the font file itself.
 */
export async function ansiToSvg(ansi: string, options: SvgOptions): Promise<string> {
	return gridToSvg(await readTerminalGrid(ansi, options.cols, options.rows), options);
}

export function gridToSvg(grid: TerminalGrid, options: SvgOptions): string {
	const palette = paletteFor(options.theme);
	const screenWidth = grid.cols * cellWidth;
	const screenHeight = grid.rows * cellHeight;
	const top = options.frame ? titleBarHeight + padding / 2 : padding;
	const width = Math.ceil(screenWidth + 2 * padding);
	const height = Math.ceil(screenHeight + top + padding);
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<title>${escapeXml(options.title)}</title>`,
	];
	if (options.frame) {
		out.push(...windowFrame(palette, width, height, options.title));
	} else {
		out.push(`<rect width="${width}" height="${height}" fill="${palette.background}"/>`);
	}

	out.push(
		`<g transform="translate(${padding} ${number(top)})" font-family="${escapeXml(fontStack)}" font-size="${fontSize}">`,
	);
	const rows = grid.lines.map(line => line.map(cell => resolveCell(cell, palette)));
	const backgrounds = rows.flatMap((row, y) => backgroundRects(row, y, palette));
	if (backgrounds.length > 0) {
		// Pushed one by one: a 400×200 grid has up to 80,000 runs, near the call stack's limit as spread arguments.
		out.push('<g shape-rendering="crispEdges">');
		for (const rect of backgrounds) out.push(rect);
		out.push('</g>');
	}

	const decorations = rows.flatMap((row, y) => decorationRects(row, y));
	if (decorations.length > 0) {
		out.push('<g shape-rendering="crispEdges">');
		for (const rect of decorations) out.push(rect);
		out.push('</g>');
	}

	for (const [y, row] of rows.entries()) {
		const line = textLine(row, y);
		if (line) {
			out.push(line);
		}
	}

	out.push('</g>', '</svg>');
	return out.join('\n') + '\n';
}

/** A cell with its colours decided: inverse applied, dim blended, text made readable on its background. */
export type ResolvedCell = {
	readonly chars: string;
	readonly width: number;
	readonly fg: Hex;
	readonly bg: Hex;
	readonly bold: boolean;
	readonly italic: boolean;
	readonly underline: boolean;
	readonly strikethrough: boolean;
};

export function resolveCell(cell: Cell, palette: TerminalPalette): ResolvedCell {
	let fg = colorHex(cell.fg, palette, palette.foreground);
	let bg = colorHex(cell.bg, palette, palette.background);
	if (cell.inverse) {
		[fg, bg] = [bg, fg];
	}

	if (cell.dim) {
		fg = mix(fg, bg, 0.4);
	}

	const blank = cell.invisible || cell.chars === '' || cell.chars === ' ';
	return {
		chars: cell.invisible || cell.chars === '' ? ' ' : cell.chars,
		width: cell.width,
		fg: blank ? fg : readable(fg, bg, palette),
		bg,
		bold: cell.bold,
		italic: cell.italic,
		underline: cell.underline && !cell.invisible,
		strikethrough: cell.strikethrough && !cell.invisible,
	};
}

function colorHex(color: CellColor, palette: TerminalPalette, fallback: Hex): Hex {
	switch (color.mode) {
		case 'default': {
			return fallback;
		}

		case 'palette': {
			return paletteColor(palette, color.index);
		}

		case 'rgb': {
			return packedHex(color.rgb);
		}
	}
}

/** One rect per stretch of a row that shares a background other than the screen's. */
function backgroundRects(row: readonly ResolvedCell[], y: number, palette: TerminalPalette): string[] {
	const rects: string[] = [];
	let start = 0;
	for (let x = 1; x <= row.length; x++) {
		const previous = row[x - 1];
		if (x < row.length && row[x]?.bg === previous?.bg) {
			continue;
		}

		if (previous && previous.bg !== palette.background) {
			rects.push(rect(start * cellWidth, y * cellHeight, (x - start) * cellWidth, cellHeight, previous.bg));
		}

		start = x;
	}

	return rects;
}

/** Underline and strike-through as rects: drawn the same by every renderer, and merged per run like backgrounds. */
function decorationRects(row: readonly ResolvedCell[], y: number): string[] {
	const rects: string[] = [];
	const thickness = 1;
	for (const [kind, offset] of [
		['underline', ascent + 2],
		['strikethrough', ascent - fontSize * 0.3],
	] as const) {
		let start = -1;
		for (let x = 0; x <= row.length; x++) {
			const cell = row[x];
			const previous = row[x - 1];
			const on = cell?.[kind] === true;
			const continues = on && start >= 0 && previous?.fg === cell?.fg;
			if (start >= 0 && !continues) {
				rects.push(
					rect(
						start * cellWidth,
						y * cellHeight + offset,
						(x - start) * cellWidth,
						thickness,
						previous?.fg ?? '#000000',
					),
				);
				start = -1;
			}

			if (on && start < 0) {
				start = x;
			}
		}
	}

	return rects;
}

type Run = {column: number; cells: number; text: string; fg: Hex; bold: boolean; italic: boolean};

/**
 * A row as one <text> with a <tspan> per stretch of the same look, each placed at its column. Spaces join whichever
 * run they follow (a space looks the same in any colour), so the text copies out with its spacing; a wide character
 * ends its run, because the font's glyph for it is not two cells wide and the next run must restart on the grid.
 */
function textLine(row: readonly ResolvedCell[], y: number): string | null {
	const runs: Run[] = [];
	let current: Run | null = null;
	for (let x = 0; x < row.length; x++) {
		const cell = row[x];
		if (!cell || cell.width === 0) {
			continue;
		}

		if (cell.chars === ' ') {
			if (current) {
				current.text += ' ';
				current.cells++;
			}

			continue;
		}

		if (!current || current.fg !== cell.fg || current.bold !== cell.bold || current.italic !== cell.italic) {
			current = {column: x, cells: 0, text: '', fg: cell.fg, bold: cell.bold, italic: cell.italic};
			runs.push(current);
		}

		current.text += cell.chars;
		current.cells += cell.width;
		if (cell.width > 1) {
			current = null;
		}
	}

	const last = runs.at(-1);
	if (!last) {
		return null;
	}

	const trimmed = last.text.trimEnd();
	last.cells -= last.text.length - trimmed.length;
	last.text = trimmed;
	const spans = runs.map(run => {
		// textLength pins each run to its cells in a browser that falls back to a narrower or wider monospace font;
		// with DejaVu Sans Mono itself it is already exact and changes nothing.
		const attributes = [
			`x="${number(run.column * cellWidth)}"`,
			`textLength="${number(run.cells * cellWidth)}"`,
			'lengthAdjust="spacing"',
			`fill="${run.fg}"`,
		];
		if (run.bold) {
			attributes.push('font-weight="bold"');
		}

		if (run.italic) {
			attributes.push('font-style="italic"');
		}

		return `<tspan ${attributes.join(' ')}>${escapeXml(run.text)}</tspan>`;
	});
	return `<text y="${number(y * cellHeight + ascent)}" xml:space="preserve">${spans.join('')}</text>`;
}

function windowFrame(palette: TerminalPalette, width: number, height: number, title: string): string[] {
	const {chrome} = palette;
	const dots = chrome.dots.map(
		(color, index) => `<circle cx="${padding + 6 + index * 20}" cy="${titleBarHeight / 2}" r="6" fill="${color}"/>`,
	);
	return [
		`<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="${palette.background}" stroke="${chrome.border}"/>`,
		`<path d="M1 ${titleBarHeight}V8.5A7.5 7.5 0 0 1 8.5 1H${width - 8.5}A7.5 7.5 0 0 1 ${width - 1} 8.5V${titleBarHeight}Z" fill="${chrome.titleBar}"/>`,
		`<path d="M1 ${titleBarHeight}H${width - 1}" stroke="${chrome.border}"/>`,
		...dots,
		`<text x="${width / 2}" y="${titleBarHeight / 2 + 4.5}" text-anchor="middle" font-family="${escapeXml(fontStack)}" font-size="13" fill="${chrome.title}">${escapeXml(title)}</text>`,
	];
}

function rect(x: number, y: number, width: number, height: number, fill: Hex): string {
	return `<rect x="${number(x)}" y="${number(y)}" width="${number(width)}" height="${number(height)}" fill="${fill}"/>`;
}

/** Two decimals: finer than a device pixel at 2×, and short, stable text. */
function number(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/** Escapes for XML text and attributes; drops characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
	return text
		.replaceAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}
