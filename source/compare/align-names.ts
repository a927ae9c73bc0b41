// Lining up the named items of several lists (one list per article) into rows, as a reader would: first the same
// name however it is spelled, then a shorter form of a name when it is the only one that fits, both ways. Every row
// that joined different spellings says so (NameJoin): a match the reader cannot see is a match they cannot doubt.
import {couldBeSameName, nameKey} from './names.ts';
import type {JoinRule, NameJoin} from './types.ts';

/** A row of aligned items: per list, the index of its item in that list, or null. */
export type AlignedRow = {
	readonly members: ReadonlyArray<number | null>;
	readonly join: NameJoin | null;
};

type Building = {members: Array<number | null>; keys: Set<string>; names: string[]; rule: JoinRule | null};

/**
 * Rows for lists of names, the lists taken in the order given (the reference first): rows follow the first list's
 * order, and names first met in a later list are appended in its order.
 */
export function alignNames(lists: ReadonlyArray<readonly string[]>): AlignedRow[] {
	const rows: Building[] = [];
	lists.forEach((names, column) => {
		const placed = new Set<number>();
		// Same name, however spelled.
		names.forEach((name, index) => {
			const key = nameKey(name);
			const row = rows.find(candidate => candidate.members[column] === null && candidate.keys.has(key));
			if (row !== undefined) {
				place(row, column, index, name, 'spelling');
				placed.add(index);
			}
		});
		// A shorter form, only when exactly one row and exactly one name could be meant.
		const open = rows.filter(row => row.members[column] === null);
		names.forEach((name, index) => {
			if (placed.has(index)) {
				return;
			}

			const fitting = open.filter(row => row.members[column] === null && row.names.some(n => couldBeSameName(n, name)));
			if (fitting.length !== 1) {
				return;
			}

			const row = fitting[0]!;
			const rivals = names.filter((other, j) => !placed.has(j) && row.names.some(n => couldBeSameName(n, other)));
			if (rivals.length === 1) {
				place(row, column, index, name, 'contained');
				placed.add(index);
			}
		});
		names.forEach((name, index) => {
			if (!placed.has(index)) {
				const members: Array<number | null> = lists.map(() => null);
				members[column] = index;
				rows.push({members, keys: new Set([nameKey(name)]), names: [name], rule: null});
			}
		});
	});

	return rows.map(row => ({members: row.members, join: joinOf(row)}));
}

function place(row: Building, column: number, index: number, name: string, rule: JoinRule): void {
	row.members[column] = index;
	row.keys.add(nameKey(name));
	if (!row.names.includes(name)) {
		row.names.push(name);
		// A shorter-form join is the weaker claim, so once made it names the row's join.
		if (row.rule !== 'contained') {
			row.rule = rule;
		}
	}
}

function joinOf(row: Building): NameJoin | null {
	if (row.names.length < 2 || row.rule === null) {
		return null;
	}

	return {rule: row.rule, spellings: row.names};
}
