import {open} from 'node:fs/promises';
import path from 'node:path';

// Copying to the clipboard from a terminal program: OSC 52 asks the terminal itself to set it, which works over SSH
// and inside tmux (set-clipboard on). Terminals that do not know it ignore it silently, so where one is known not to,
// the text is also saved to a file, as Ctrl-S saves pictures. Hand-written: the sequence is one line, and the
// clipboard packages spawn pbcopy/xclip, which over SSH would set the wrong machine's clipboard.

/** The OSC 52 sequence that puts `text` on the clipboard ("c"), base64-encoded, so no byte of it is a control. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/**
 * Whether the terminal is known to ignore OSC 52 (macOS Terminal, the Linux console, TERM=dumb). Others cannot be
 * asked, so only the certain cases count; `NEWSDASH_CLIPBOARD=file` forces the file, `=osc52` the sequence alone.
 */
export function needsFallback(env: NodeJS.ProcessEnv): boolean {
	const wanted = env['NEWSDASH_CLIPBOARD'];
	if (wanted === 'file') return true;
	if (wanted === 'osc52') return false;
	return env['TERM_PROGRAM'] === 'Apple_Terminal' || env['TERM'] === 'linux' || env['TERM'] === 'dumb';
}

const maxAttempts = 1000;

/** Saves `text` as newsdash-copy.txt in `directory` (-2, -3, … when taken; nothing is replaced). Returns the path. */
export async function saveCopy(text: string, directory: string): Promise<string> {
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const file = path.join(directory, attempt === 1 ? 'newsdash-copy.txt' : `newsdash-copy-${attempt}.txt`);
		try {
			// 'wx': created here or not at all, so two copies at once never share a file.
			const handle = await open(file, 'wx');
			try {
				await handle.writeFile(`${text}\n`, 'utf8');
			} finally {
				await handle.close();
			}

			return file;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
			throw error;
		}
	}

	throw new Error(`too many newsdash-copy files in ${directory}`);
}
