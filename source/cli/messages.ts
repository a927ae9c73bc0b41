// How the CLI words what it prints about paths, arguments and failures.

export function oneLine(message: string): string {
	return message.replaceAll(/\s+/g, ' ').trim();
}

/**
 * A message naming a path or an argument, as it may be printed: both come from the user or a script and may hold ESC
 * or a C1 control (`-o $'\e]52;…'`) that the terminal would obey. Controls become visible, one character for one.
 * Loaded when needed, so the sanitizer stays out of start-up.
 */
export async function shown(message: string): Promise<string> {
	const {neutralize} = await import('../ui/sanitize.ts');
	return neutralize(message);
}

/** Why a write to standard output failed, in a few words. */
export function writeReason(error: NodeJS.ErrnoException): string {
	if (error.code === 'ENOSPC') {
		return 'no space left on device';
	}

	// Node's message repeats the code and the call: "ENOSPC: no space left on device, write".
	return oneLine(error.message.replace(/^[A-Z]+: /, '').replace(/, write$/, ''));
}
