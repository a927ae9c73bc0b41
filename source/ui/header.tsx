import {memo} from 'react';
import type {ReportArticle} from '../extract/types.ts';
import {formatPublished} from './format.ts';
import {sanitize} from './sanitize.ts';
import {StyledLine} from './styled-line.tsx';
import {cellWidth, truncate} from './text-fit.ts';

type Props = {
	readonly article: ReportArticle;
	readonly width: number;
	/** Which of several articles this is ("2/4 Tidewater Gazette"), shown before the headline; none for one article. */
	readonly label?: string;
};

/** "newsdash · <headline>" on the left, the publication date (or "no date") on the right. */
export const Header = memo(function Header({article, width, label}: Props) {
	const date = ` ${formatPublished(article.published === null ? null : sanitize(article.published))} `;
	const name = label === undefined ? ' newsdash · ' : ` newsdash · ${sanitize(label)} · `;
	// The date's own leading space parts it from the headline: the headline may take every other cell.
	const room = Math.max(0, width - cellWidth(name) - cellWidth(date));
	const title = truncate(sanitize(article.title ?? 'untitled article'), room);
	const gap = Math.max(0, width - cellWidth(name) - cellWidth(title) - cellWidth(date));
	return (
		<StyledLine
			width={width}
			line={[
				{text: name, role: 'accent'},
				{text: title, role: 'heading'},
				{text: ' '.repeat(gap)},
				{text: date, role: article.published === null ? 'unknown' : 'muted'},
			]}
		/>
	);
});
