// The articles a batch reads: the files named, and every article file under the folders named.
import {type Dirent, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** The endings of the files a folder is searched for: text, Markdown and web pages saved from a browser. */
export const articleExtensions = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

function isArticleName(name: string): boolean {
	const lower = name.toLowerCase();
	return articleExtensions.some(extension => lower.endsWith(extension));
}

/**
 * True when `path` names a folder (following symbolic links); false for a file, for nothing at all, and for a path
 * that cannot be looked at (a loop of links, no permission), which the loader then names in its own words.
 */
export function isFolder(path: string): boolean {
	try {
		return statSync(path, {throwIfNoEntry: false})?.isDirectory() === true;
	} catch {
		return false;
	}
}

/**
 * The paths of the articles `inputs` name, in a stable order: a file as given, whatever its name (the loader judges
 * it, and a missing one becomes an error record); a folder searched recursively for article files, names sorted by
 * code unit so every run and every machine lists them alike. Hidden entries are skipped, and so is the `NAME_files`
 * folder a browser saves beside `NAME.html` (its scripts and frames are not articles). Symbolic links to files are
 * read; links to folders are not followed, so a link back up cannot loop.
 */
export function findArticles(inputs: readonly string[]): string[] {
	const found: string[] = [];
	for (const input of inputs) {
		if (isFolder(input)) {
			walk(input, found);
		} else {
			found.push(input);
		}
	}

	return found;
}

function walk(folder: string, found: string[]): void {
	let entries: Dirent[];
	try {
		entries = readdirSync(folder, {withFileTypes: true});
	} catch {
		// An unreadable folder holds no article we can name; the files we can read still run.
		return;
	}

	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const pages = new Set(entries.filter(entry => /\.html?$/i.test(entry.name)).map(entry => pageStem(entry.name)));
	for (const entry of entries) {
		if (entry.name.startsWith('.')) {
			continue;
		}

		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			if (!(entry.name.endsWith('_files') && pages.has(entry.name.slice(0, -'_files'.length)))) {
				walk(path, found);
			}
		} else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
			found.push(path);
		}
	}
}

function pageStem(name: string): string {
	return name.replace(/\.html?$/i, '');
}
