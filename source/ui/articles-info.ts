// What a dashboard needs to know when it is one of several articles (`newsdash A B C`): how to name the article in
// the header, what the Compare tab says, and whom to tell when a key leaves this article.
import type {Segment} from './pane-model.ts';
import type {ArticleKey} from './use-key-dispatcher.ts';
import type {ViewState} from './view-state.ts';

export type {ArticleKey};

export type ArticlesInfo = {
	/** The shown article, as the header names it: "2/4 Tidewater Gazette". Already sanitised. */
	readonly label: string;
	/** How many articles there are; two or more. */
	readonly count: number;
	/** The Compare tab's status ("✗6" when the articles disagree, "✓" when they agree), or null. */
	readonly compareStatus: Segment | null;
	/** `<`, `>` or `5` was pressed, with this article's view as it is (kept for when the user comes back). */
	readonly onKey: (key: ArticleKey, view: ViewState) => void;
};
