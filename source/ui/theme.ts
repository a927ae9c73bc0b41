import {createContext, useContext} from 'react';

/** What a piece of text means on screen; panes name roles, never colours. */
export type Role =
	'text' | 'heading' | 'muted' | 'accent' | 'ok' | 'bad' | 'unknown' | 'highlight' | 'match' | 'selection' | 'border';

/** The Ink `<Text>` props a role turns into. */
export type RoleStyle = {
	readonly color?: string;
	readonly backgroundColor?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
};

export type Theme = {readonly name: ThemeName; readonly roles: Readonly<Record<Role, RoleStyle>>};

/** `mono` is the NO_COLOR theme: weight and inverse only, so every state still reads without colour. */
export type ThemeName = 'dark' | 'light' | 'mono';

const dark: Theme = {
	name: 'dark',
	roles: {
		text: {},
		heading: {bold: true, color: 'cyanBright'},
		muted: {color: 'gray'},
		accent: {color: 'cyan'},
		ok: {color: 'green', bold: true},
		bad: {color: 'redBright', bold: true},
		unknown: {color: 'yellow', bold: true},
		// A coloured background of its own: inverse of black on a dark screen is a black box, all but invisible.
		highlight: {color: 'black', backgroundColor: 'yellow', bold: true},
		// Filter and search matches: a background unlike the evidence highlight and the inverse selection.
		match: {color: 'black', backgroundColor: 'cyan', bold: true},
		selection: {inverse: true},
		border: {color: 'gray'},
	},
};

const light: Theme = {
	name: 'light',
	roles: {
		text: {},
		heading: {bold: true, color: 'blue'},
		muted: {color: 'gray'},
		accent: {color: 'blue'},
		ok: {color: 'green', bold: true},
		bad: {color: 'red', bold: true},
		unknown: {color: 'magenta', bold: true},
		// Light terminals' yellow is often pale or brown; white on blue reads on all of them, on screen and on paper.
		highlight: {color: 'whiteBright', backgroundColor: 'blue', bold: true},
		match: {color: 'whiteBright', backgroundColor: 'magenta', bold: true},
		selection: {inverse: true},
		border: {color: 'gray'},
	},
};

const mono: Theme = {
	name: 'mono',
	roles: {
		text: {},
		heading: {bold: true},
		muted: {},
		accent: {bold: true},
		ok: {bold: true},
		bad: {bold: true},
		unknown: {bold: true},
		highlight: {inverse: true, underline: true},
		match: {bold: true, underline: true},
		selection: {inverse: true},
		border: {},
	},
};

const themes: Readonly<Record<ThemeName, Theme>> = {dark, light, mono};

export function getTheme(name: ThemeName): Theme {
	return themes[name];
}

/** The theme for an environment: NO_COLOR (any value, per no-color.org) wins over everything. */
export function themeForEnvironment(env: NodeJS.ProcessEnv, preferred: ThemeName = 'dark'): ThemeName {
	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') {
		return 'mono';
	}

	return preferred;
}

export const ThemeContext = createContext<Theme>(dark);

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
