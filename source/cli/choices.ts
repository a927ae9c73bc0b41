// The values the commands' flags take, shared by the commands that offer them.

export const paneChoices = ['counts', 'quotes', 'timeline', 'totals'] as const;
export type PaneChoice = (typeof paneChoices)[number];
export const defaultPane: PaneChoice = 'counts';
export const themeChoices = ['dark', 'light'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export const defaultTheme: ThemeChoice = 'dark';
