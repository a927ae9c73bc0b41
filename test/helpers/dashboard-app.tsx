import {render} from 'ink-testing-library';
import {Dashboard} from '../../source/ui/dashboard.tsx';
import type {DashboardProps} from '../../source/ui/dashboard.tsx';
import {sampleReport} from './sample-report.ts';
import {waitFor} from './wait-for.ts';

// ink-testing-library: 100 columns; the dashboard is told 100×30, so it draws 29 lines. FORCE_COLOR=0 (ava config)
// makes frames plain text. Pane body lines start at index 3 (header, tabs, top border) and end at 26.

/** A pane body line at 100 columns: the border, a space, the content padded to 96 cells, a space, the border. */
export function row(content: string): string {
	return `│ ${content.padEnd(96)} │`;
}

export function setup(props: Partial<DashboardProps> = {}) {
	const app = render(
		<Dashboard report={sampleReport} cols={100} rows={30} initialPane="counts" theme="mono" {...props} />,
	);
	const lines = (): string[] => (app.lastFrame() ?? '').split('\n');
	return {
		...app,
		lines,
		async press(input: string) {
			app.stdin.write(input);
			// Ink parses a lone Esc one tick later; give every key the same chance.
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		},
		async waitForLine(index: number, expected: string) {
			await waitFor(() => lines()[index] === expected, 60_000, `line ${index} to be ${JSON.stringify(expected)}`).catch(
				(error: unknown) => {
					throw new Error(`${String(error)}\nframe:\n${lines().join('\n')}`);
				},
			);
		},
		async waitForFooter(position: string) {
			await waitFor(
				() => (lines().findLast(line => line.trim() !== '') ?? '').trimEnd().endsWith(position),
				60_000,
				`footer ${position}`,
			).catch((error: unknown) => {
				throw new Error(`${String(error)}\nframe:\n${lines().join('\n')}`);
			});
		},
	};
}
