// The dashboard sink: the Ink app on a terminal, the printed panes when there is no terminal to draw on.
import {openSync} from 'node:fs';
import {basename} from 'node:path';
import {ReadStream} from 'node:tty';
import type {Report} from '../extract/types.ts';
import {articleFor, isStdin, reportFor} from './article-input.ts';
import type {PaneChoice, ThemeChoice} from './choices.ts';
import {printDashboard} from './print.ts';
import {importWithoutFetch} from './ui-import.ts';

export type DashboardChoices = {
	readonly pane: PaneChoice;
	readonly theme: ThemeChoice;
	readonly forcePrint: boolean;
};

/**
 * The keyboard: stdin when it is a terminal; when the article came through stdin (`newsdash -`), the controlling
 * terminal reopened, as pagers do. Null when there is no terminal to read keys from.
 */
export function keyboard(articleFromStdin: boolean): ReadStream | null {
	if (!articleFromStdin) {
		return process.stdin.isTTY === true ? process.stdin : null;
	}

	try {
		return new ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		return null;
	}
}

export async function openDashboard(
	file: string | undefined,
	published: string | undefined,
	{pane, theme, forcePrint}: DashboardChoices,
): Promise<void> {
	// Ink needs raw mode on a keyboard and a terminal on stdout; without either, print the panes instead of crashing.
	const interactive = !forcePrint && process.stdout.isTTY === true && process.env['TERM'] !== 'dumb';
	if (!interactive) {
		await printDashboard(await reportFor(file, published));
		return;
	}

	// Ink and React start loading before the article is extracted: their files are read and yoga's WebAssembly is
	// compiled off the main thread meanwhile.
	const dashboard = importWithoutFetch(async () => import('../ui/run.tsx'));
	// A failure to load surfaces where it is awaited; a bad article may end the run before then, unawaited.
	dashboard.catch(() => undefined);
	const article = await articleFor(file, published);
	const {countsReport} = await import('../extract/report-first.ts');
	const first = countsReport(article);
	// Quotes and dates, with the readers (and chrono-node) they need, come after the first frame of the counts or
	// totals pane; the other panes wait for them.
	const complete = async (): Promise<Report> => {
		const {completeReport} = await import('../extract/report-rest.ts');
		return completeReport(first, article);
	};

	// An article piped in has been read by now; keys come from the terminal, reopened.
	const input = keyboard(isStdin(file));
	if (input === null) {
		await printDashboard(await complete());
		return;
	}

	const countsFirst = pane === 'counts' || pane === 'totals';
	const report = countsFirst ? first : await complete();
	const {runDashboard} = await dashboard;
	await runDashboard(report, {
		initialPane: pane,
		theme,
		stdin: input,
		...(countsFirst ? {complete} : {}),
		// The picture machinery loads on the first Ctrl-S, not at start-up.
		async onSnapshot(screen) {
			const {saveScreenshot} = await import('../export/screenshot.ts');
			const paths = await saveScreenshot(screen, process.cwd());
			return `saved ${paths.map(path => basename(path)).join(', ')}`;
		},
	});
}
