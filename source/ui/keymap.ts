// The keymap is data (contract, design.md): the input dispatcher, the footer and the `?` overlay all read this list,
// so no key is written twice. Key names are those produced by `keyName()` and `charName()` in key-names.ts.

export const keymap = [
	{action: 'go-to-pane', keys: ['1', '2', '3', '4'], label: '1-4', help: 'go to pane', footer: null},
	{action: 'next-pane', keys: ['tab', 'right', 'l'], label: 'Tab → l', help: 'next pane', footer: null},
	{action: 'previous-pane', keys: ['shift+tab', 'left', 'h'], label: 'S-Tab ← h', help: 'previous pane', footer: null},
	{action: 'move-down', keys: ['down', 'j'], label: '↓ j', help: 'move down', footer: '↑↓ move'},
	{action: 'move-up', keys: ['up', 'k'], label: '↑ k', help: 'move up', footer: null},
	{action: 'page-down', keys: ['pagedown', 'space'], label: 'PgDn Space', help: 'next page', footer: null},
	{action: 'page-up', keys: ['pageup'], label: 'PgUp', help: 'previous page', footer: null},
	{action: 'half-page-down', keys: ['ctrl+d'], label: 'Ctrl-D', help: 'half a page down', footer: null},
	{action: 'half-page-up', keys: ['ctrl+u'], label: 'Ctrl-U', help: 'half a page up', footer: null},
	{action: 'first', keys: ['g', 'home'], label: 'g Home', help: 'first row', footer: null},
	{action: 'last', keys: ['G', 'end'], label: 'G End', help: 'last row', footer: null},
	{
		action: 'open-evidence',
		keys: ['enter'],
		label: 'Enter',
		help: 'evidence: the sentence behind the row',
		footer: '⏎ evidence',
	},
	{
		action: 'sort',
		keys: ['s'],
		label: 's',
		help: 'sort by the next column (tables)',
		footer: 's sort',
		scope: 'counts',
	},
	{action: 'reverse-sort', keys: ['S'], label: 'S', help: 'reverse the sort', footer: null},
	{
		action: 'next-breakdown',
		keys: [']'],
		label: ']',
		help: 'next list (counts)',
		footer: '[ ] list',
		scope: 'several-lists',
	},
	{action: 'previous-breakdown', keys: ['['], label: '[', help: 'previous list', footer: null},
	{
		action: 'next-article',
		keys: ['>'],
		label: '>',
		help: 'next article',
		footer: '< > article',
		scope: 'several-articles',
	},
	{action: 'previous-article', keys: ['<'], label: '<', help: 'previous', footer: null},
	// `a` for articles: a free letter, and no vi or less key a reader would expect here.
	{
		action: 'pick-article',
		keys: ['a'],
		label: 'a',
		help: 'pick one from a list',
		footer: 'a articles',
		scope: 'several-articles',
	},
	{
		action: 'compare-pane',
		keys: ['5'],
		label: '5',
		help: 'compare (several articles)',
		footer: '5 compare',
		scope: 'several-articles',
	},
	{action: 'filter', keys: ['/'], label: '/', help: 'filter the pane (Enter accepts)', footer: '/ filter'},
	{
		action: 'search',
		keys: ['f'],
		label: 'f',
		help: 'find: mark the text and go to it, hiding no row',
		footer: 'f find',
	},
	{action: 'next-match', keys: ['n'], label: 'n', help: 'next match (found, else filtered)', footer: null},
	{action: 'previous-match', keys: ['N'], label: 'N', help: 'previous match', footer: null},
	{action: 'help', keys: ['?'], label: '?', help: 'this help', footer: '? help'},
	{action: 'close', keys: ['escape'], label: 'Esc', help: 'close help or evidence; clear the filter', footer: null},
	{
		action: 'copy',
		keys: ['y'],
		label: 'y',
		help: 'copy the row or the evidence',
		footer: null,
	},
	{action: 'snapshot', keys: ['ctrl+s'], label: 'Ctrl-S', help: 'save a picture', footer: null},
	{action: 'suspend', keys: ['ctrl+z'], label: 'Ctrl-Z', help: 'suspend; fg resumes', footer: null},
	{
		action: 'quit',
		keys: ['q', 'ctrl+c'],
		label: 'q Ctrl-C',
		help: 'quit (q first closes help or evidence)',
		footer: 'q quit',
	},
] as const satisfies ReadonlyArray<{
	readonly action: string;
	readonly keys: readonly string[];
	readonly label: string;
	readonly help: string;
	readonly footer: string | null;
	readonly scope?: FooterScope;
}>;

/**
 * Where a footer hint is true: everywhere, on the counts pane, on the counts pane when it has several lists, or when
 * the dashboard holds several articles.
 */
export type FooterScope = 'counts' | 'several-lists' | 'several-articles';

/**
 * Which hints a narrow footer keeps longest, first kept first: a user who can always find `?` and `q` can find the
 * rest. Hints are dropped whole, never cut mid-word.
 */
export const footerPriority: readonly KeyAction[] = [
	'quit',
	'help',
	'open-evidence',
	'filter',
	'sort',
	'next-breakdown',
	'next-article',
	'compare-pane',
	'pick-article',
	'search',
	'move-down',
];

export type KeyBinding = (typeof keymap)[number];

export type KeyAction = KeyBinding['action'];

const byKey = new Map<string, KeyBinding>();
for (const binding of keymap) {
	for (const key of binding.keys) {
		byKey.set(key, binding);
	}
}

/** The binding for a key name ("tab", "shift+tab", "ctrl+s", "G"), or undefined when the key is not bound. */
export function bindingForKey(name: string): KeyBinding | undefined {
	return byKey.get(name);
}

/**
 * How the `?` overlay lays the keymap out: one line per group, bindings that undo each other side by side ("↓ j · ↑ k
 * move down / move up"), so that every binding fits at 80×24 with its whole help text. Every action appears once.
 */
export const helpRows: ReadonlyArray<readonly KeyAction[]> = [
	['go-to-pane', 'compare-pane'],
	['next-pane', 'previous-pane'],
	['move-down', 'move-up'],
	['page-down', 'page-up'],
	['half-page-down', 'half-page-up'],
	['first', 'last'],
	['open-evidence'],
	['sort', 'reverse-sort'],
	['next-breakdown', 'previous-breakdown'],
	// One row for the keys that move between articles, so that the help still fits 80×24 whole.
	['next-article', 'previous-article', 'pick-article'],
	['filter'],
	['search'],
	['next-match', 'previous-match'],
	['help', 'close'],
	['copy', 'snapshot'],
	['suspend', 'quit'],
];

const byAction = new Map<KeyAction, KeyBinding>(keymap.map(binding => [binding.action, binding]));

/** The binding of an action. */
export function bindingFor(action: KeyAction): KeyBinding {
	return byAction.get(action)!;
}
