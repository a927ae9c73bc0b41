// The `/` filter of the Compare pane: the rows of its sections that show the text anywhere (a name, a spelling, a
// value, a date, a word of a quotation, a note), the matches marked. A section's heading goes with its first row left,
// so a filtered list still says what it counts and which column is which.
import type {CompareItem} from './compare-model.ts';
import {markMatches} from './match-marks.ts';
import type {Line} from './pane-model.ts';

function lineText(line: Line): string {
	return line.map(segment => segment.text).join('');
}

/** Whether the item shows `needle` (case aside): in its lines as drawn, or in its cells' whole texts (a cut name). */
export function itemMatches(item: CompareItem, needle: string): boolean {
	const lowered = needle.toLowerCase();
	return (
		item.lines.some(line => lineText(line).toLowerCase().includes(lowered)) ||
		item.texts.some(text => text.toLowerCase().includes(lowered))
	);
}

/**
 * The items that match, headings handed on. An item with a heading opens a group (a list, a section) that runs to the
 * next one; the group's first item left takes its heading. Notices (no heading, before any group) are always kept:
 * they say what the comparison left out, which no filter should hide.
 */
export function filterItems(items: readonly CompareItem[], needle: string, notices: number): CompareItem[] {
	if (needle === '') {
		return [...items];
	}

	const kept: CompareItem[] = items.slice(0, notices);
	let heading: readonly Line[] = [];
	let headingGiven = true;
	for (const item of items.slice(notices)) {
		if (item.heading.length > 0) {
			heading = item.heading;
			headingGiven = false;
		}

		if (!itemMatches(item, needle)) {
			continue;
		}

		kept.push({
			...item,
			heading: headingGiven ? [] : heading,
			lines: item.lines.map(line => markMatches(line, needle)),
		});
		headingGiven = true;
	}

	return kept;
}
