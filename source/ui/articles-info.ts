// What a dashboard needs to know when it is one of several articles (`newsdash A B C`): how to name the article in
// the header, what the Compare tab says, and whom to tell when a key leaves this article.
import type {PaneName} from './pane-name.ts';
import type {Segment} from './pane-model.ts';
import type {ArticleKey, TakenKey} from './use-key-dispatcher.ts';
import type {ViewState} from './view-state.ts';

export type {ArticleKey};

export type ArticlesInfo = {
	/** The shown article, as the header names it: "2/4 Tidewater Gazette". Already sanitised. */
	readonly label: string;
	/** How many articles there are; two or more. */
	readonly count: number;
	/** The Compare tab's status ("✗6" when the articles disagree, "✓" when they agree), or null. */
	readonly compareStatus: Segment | null;
	/** `<`, `>`, `5` or `a` was pressed, with this article's view as it is. */
	readonly onKey: (key: ArticleKey, view: ViewState) => void;
	/** Offered every key before this dashboard resolves it: the article picker's, while it is open. */
	readonly takeKey: (name: string, view: ViewState) => TakenKey;
	/**
	 * Whether this article is the one shown. Every article's dashboard stays mounted (keeping its view, and its keys
	 * subscribed: a hook subscribed only on showing would miss keys typed before its first effect); the hidden ones
	 * ignore keys.
	 */
	readonly isShown: () => boolean;
	/** Called once with a way to turn this dashboard to a pane, so that switching articles keeps the pane shown. */
	readonly register: (goToPane: (pane: PaneName) => void) => void;
};
