// The exact colours of the pictures. A terminal's 16 named colours are whatever its theme says, so a picture has to
// choose: these two palettes are the ones the dashboard is shown in when exported. Light is meant for white paper: no
// colour in it is too pale to read when printed.

/** An sRGB colour as `#rrggbb`. */
export type Hex = `#${string}`;

export type ThemeName = 'dark' | 'light';

export type TerminalPalette = {
	readonly name: ThemeName;
	readonly background: Hex;
	readonly foreground: Hex;
	/** ANSI 0–15: black, red, green, yellow, blue, magenta, cyan, white, then the bright eight. */
	readonly ansi: readonly Hex[];
	/** The window around the screen when a frame is drawn. */
	readonly chrome: {readonly border: Hex; readonly titleBar: Hex; readonly title: Hex; readonly dots: readonly Hex[]};
};

const trafficLights: readonly Hex[] = ['#ff5f57', '#febc2e', '#28c840'];

// One Half Dark, with the background a shade darker than ANSI black so that a black cell still shows.
const dark: TerminalPalette = {
	name: 'dark',
	background: '#1e2127',
	foreground: '#dcdfe4',
	ansi: [
		'#282c34',
		'#e06c75',
		'#98c379',
		'#e5c07b',
		'#61afef',
		'#c678dd',
		'#56b6c2',
		'#dcdfe4',
		'#7f848e',
		'#ef8891',
		'#b0d69b',
		'#f0d197',
		'#8cc5f4',
		'#d7a1e7',
		'#7ccad4',
		'#ffffff',
	],
	chrome: {border: '#3a3f4b', titleBar: '#282c34', title: '#9da5b4', dots: trafficLights},
};

// GitHub's light terminal colours: every one of them reads on white (white itself is a mid grey).
const light: TerminalPalette = {
	name: 'light',
	background: '#ffffff',
	foreground: '#1f2328',
	ansi: [
		'#24292f',
		'#cf222e',
		'#116329',
		'#7d4e00',
		'#0969da',
		'#8250df',
		'#1b7c83',
		'#6e7781',
		'#57606a',
		'#a40e26',
		'#1a7f37',
		'#633c01',
		'#218bff',
		'#a475f9',
		'#3192aa',
		'#8c959f',
	],
	chrome: {border: '#d0d7de', titleBar: '#f6f8fa', title: '#57606a', dots: trafficLights},
};

export function paletteFor(theme: ThemeName): TerminalPalette {
	return theme === 'light' ? light : dark;
}

const cubeLevels = [0, 95, 135, 175, 215, 255] as const;

/** Colour `index` (0–255) of the xterm 256-colour table, the first 16 taken from the palette. */
export function paletteColor(palette: TerminalPalette, index: number): Hex {
	if (index < 16) {
		return palette.ansi[index] ?? palette.foreground;
	}

	if (index < 232) {
		const cube = index - 16;
		return rgbHex(
			cubeLevels[Math.floor(cube / 36)] ?? 0,
			cubeLevels[Math.floor(cube / 6) % 6] ?? 0,
			cubeLevels[cube % 6] ?? 0,
		);
	}

	const grey = 8 + (index - 232) * 10;
	return rgbHex(grey, grey, grey);
}

export function rgbHex(red: number, green: number, blue: number): Hex {
	const part = (value: number): string =>
		Math.round(Math.min(255, Math.max(0, value)))
			.toString(16)
			.padStart(2, '0');
	return `#${part(red)}${part(green)}${part(blue)}`;
}

/** A 24-bit colour as xterm stores it (0xRRGGBB). */
export function packedHex(packed: number): Hex {
	return rgbHex((packed >> 16) & 0xff, (packed >> 8) & 0xff, packed & 0xff);
}

function channels(hex: Hex): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** `from` moved `amount` (0–1) of the way to `to`. */
export function mix(from: Hex, to: Hex, amount: number): Hex {
	const a = channels(from);
	const b = channels(to);
	return rgbHex(a[0] + (b[0] - a[0]) * amount, a[1] + (b[1] - a[1]) * amount, a[2] + (b[2] - a[2]) * amount);
}

function luminance(hex: Hex): number {
	const linear = channels(hex).map(channel => {
		const s = channel / 255;
		return s <= 0.039_28 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrast(a: Hex, b: Hex): number {
	const la = luminance(a);
	const lb = luminance(b);
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The text colour, or — when it would all but vanish on its background — whichever of the theme's own foreground
 * and background reads better there. A pair that is fine on the dashboard's background can disappear on a coloured
 * highlight once the palette is fixed (light "white" is a grey), and a picture cannot be re-themed by its reader.
 * 3:1 is WCAG's floor for large text: designed pairs pass it and keep their colour.
 */
export function readable(foreground: Hex, background: Hex, palette: TerminalPalette, minimum = 3): Hex {
	if (contrast(foreground, background) >= minimum) {
		return foreground;
	}

	return contrast(palette.foreground, background) >= contrast(palette.background, background)
		? palette.foreground
		: palette.background;
}
