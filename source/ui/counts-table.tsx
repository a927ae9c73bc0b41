import {Text} from 'ink';
import {Table} from 'ink-table';
import type {CellProps} from 'ink-table';
import type {ReactNode} from 'react';
import {createContext, memo, useContext, useMemo} from 'react';
import type {CountRow, SortColumn} from './pane-model.ts';
import {splitMatches} from './match-marks.ts';
import {sortArrow} from './status-line.ts';
import {cellWidth, padEnd, padStart, truncate} from './text-fit.ts';
import {useTheme} from './theme.ts';

// ink-table (the @alcalzone ESM fork) draws the borders, heading and layout; three things it cannot do are done
// through its extension points:
// - it measures cells with String#length, which misaligns accented, CJK or emoji names (and throws when a value is
//   longer than its column), so the data it receives is empty and each cell draws its own text, measured in cells,
//   from the row found through context;
// - it has no selected row, so each data row is wrapped in a context provider the cells read;
// - it draws a separator between every pair of rows, which would halve the rows that fit, so only the one under the
//   heading is kept.

const columnKeys = ['name', 'count', 'share', 'bar'] as const;
type ColumnKey = (typeof columnKeys)[number];
type TableRow = Record<ColumnKey | 'id', string>;

/** The widths (in cells, padding included) and headings the table is drawn with. */
export type CountsLayout = {
	readonly widths: Readonly<Record<ColumnKey, number>>;
	readonly headings: Readonly<Record<ColumnKey, string>>;
};

type Drawn = {readonly row: CountRow | null; readonly selected: boolean};

type TableContext = {
	readonly layout: CountsLayout;
	readonly rows: ReadonlyMap<string, Drawn>;
	/** Text marked in the cells (filter or search); "" for none. */
	readonly needle: string;
};

const LayoutContext = createContext<TableContext | null>(null);
const RowContext = createContext<Drawn>({row: null, selected: false});

const barFull = '█';
const barHalf = '▌';

function bar(fraction: number, width: number): string {
	const halves = Math.round(Math.max(0, Math.min(1, fraction)) * width * 2);
	return barFull.repeat(Math.floor(halves / 2)) + (halves % 2 === 1 ? barHalf : '');
}

function cellText(key: ColumnKey, row: CountRow, inner: number, selected: boolean): string {
	switch (key) {
		case 'name': {
			return padEnd((selected ? '› ' : '  ') + truncate(row.name, inner - 2), inner);
		}

		case 'count': {
			return padStart(truncate(row.value, inner), inner);
		}

		case 'share': {
			return padStart(row.share, inner);
		}

		case 'bar': {
			return padEnd(bar(row.fraction, inner), inner);
		}
	}
}

function DataCell({column}: CellProps) {
	const table = useContext(LayoutContext);
	const layout = table?.layout ?? null;
	const {row, selected} = useContext(RowContext);
	const theme = useTheme();
	const key = columnKeys[column];
	if (layout === null || row === null || key === undefined) {
		return <Text> </Text>;
	}

	const inner = layout.widths[key] - 2;
	// The bar keeps its colour on the selected row: inverted, a run of full blocks would turn into an empty cell.
	const style = key === 'bar' ? theme.roles.accent : selected ? theme.roles.selection : {};
	const text = ` ${cellText(key, row, inner, selected)} `;
	const needle = key === 'bar' ? '' : (table?.needle ?? '');
	return (
		<Text {...style}>
			{needle === ''
				? text
				: splitMatches(text, needle).map((piece, index) => (
						// Pieces are positions within one cell: their order is their identity.
						<Text key={`piece-${index}`} {...(piece.match ? theme.roles.match : {})}>
							{piece.text}
						</Text>
					))}
		</Text>
	);
}

// ink-table passes the column index to the heading cell too, though its types do not say so.
function HeadingCell({column}: {readonly children?: ReactNode; readonly column?: number}) {
	const layout = useContext(LayoutContext)?.layout ?? null;
	const theme = useTheme();
	const key = columnKeys[column ?? -1];
	if (layout === null || key === undefined) {
		return <Text> </Text>;
	}

	const inner = layout.widths[key] - 2;
	const heading = truncate(layout.headings[key], inner);
	const text = key === 'count' || key === 'share' ? padStart(heading, inner) : padEnd(heading, inner);
	return <Text {...theme.roles.heading}>{` ${text} `}</Text>;
}

function Skeleton({children}: {readonly children?: ReactNode}) {
	const theme = useTheme();
	return <Text {...theme.roles.border}>{children}</Text>;
}

type RowProps = Parameters<Table<TableRow>['data']>[0];

class CountsInkTable extends Table<TableRow> {
	static override contextType = LayoutContext;
	declare context: TableContext | null;

	constructor(props: ConstructorParameters<typeof Table<TableRow>>[0]) {
		super(props);
		const drawSeparator = this.separator;
		// Only the separator under the heading: the first data row's key ends in "-0".
		this.separator = (rowProps: RowProps) => (rowProps.key.endsWith('-0') ? drawSeparator(rowProps) : <></>);
		const drawData = this.data;
		this.data = (rowProps: RowProps) => (
			<RowContext.Provider
				key={rowProps.key}
				value={this.context?.rows.get(rowProps.data.id ?? '') ?? {row: null, selected: false}}
			>
				{drawData(rowProps)}
			</RowContext.Provider>
		);
	}

	override getColumns(): ReturnType<Table<TableRow>['getColumns']> {
		const layout = this.context;
		return columnKeys.map(key => ({
			key,
			column: key,
			width: layout?.layout.widths[key] ?? key.length + 2,
			align: 'left' as const,
		}));
	}
}

export const countsColumns = columnKeys;

/** Widths for a table `width` cells wide (borders included): name and count as wide as they need, the bar the rest. */
export function countsLayout(
	widest: {readonly name: number; readonly value: number},
	width: number,
	sort: {column: SortColumn; reversed: boolean},
	valueHeading = 'Count',
): CountsLayout {
	// The article's own order has no column: the footer's status line shows its arrow.
	const arrow = (column: SortColumn) => (sort.column === column ? ` ${sortArrow(column, sort.reversed)}` : '');
	const headings: Record<ColumnKey, string> = {
		name: 'Name' + arrow('name'),
		count: valueHeading + arrow('count'),
		share: 'Share' + arrow('share'),
		bar: '',
	};
	const borders = columnKeys.length + 1;
	const countWidth = Math.max(cellWidth(headings.count), widest.value) + 2;
	const shareWidth = Math.max(headings.share.length, 6) + 2;
	const longestName = Math.max(cellWidth(headings.name), widest.name);
	const nameNeeds = Math.min(longestName, 40) + 2 + 2;
	const barMin = 6;
	const nameWidth = Math.max(10, Math.min(nameNeeds, width - borders - countWidth - shareWidth - barMin));
	const barWidth = Math.max(3, width - borders - nameWidth - countWidth - shareWidth);
	return {widths: {name: nameWidth, count: countWidth, share: shareWidth, bar: barWidth}, headings};
}

type Props = {
	readonly rows: readonly CountRow[];
	readonly selected: number;
	readonly layout: CountsLayout;
	/** Text to mark in the cells. Default "". */
	readonly needle?: string;
};

const columnList = [...columnKeys];

/** The counts table: the visible rows of one breakdown, the selected one marked "›" and inverted. */
export const CountsTable = memo(function CountsTable({rows, selected, layout, needle = ''}: Props) {
	// The table's data only names the rows (cells draw themselves): it changes when the visible rows do, not per key.
	const data = useMemo(() => rows.map(row => ({id: row.id, name: '', count: '', share: '', bar: ''})), [rows]);
	const context = useMemo(() => {
		const drawn = new Map<string, Drawn>();
		for (const [index, row] of rows.entries()) {
			drawn.set(row.id, {row, selected: index === selected});
		}

		return {layout, rows: drawn, needle};
	}, [rows, selected, layout, needle]);
	return (
		<LayoutContext.Provider value={context}>
			<CountsInkTable data={data} columns={columnList} cell={DataCell} header={HeadingCell} skeleton={Skeleton} />
		</LayoutContext.Provider>
	);
});
