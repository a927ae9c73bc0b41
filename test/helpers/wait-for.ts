/**
 * Polls `check` until it returns true (frames change a tick or two after a key), failing after `timeout` ms. The
 * default is generous: a wait ends when its condition holds, and a loaded machine may take seconds for a frame.
 */
export async function waitFor(check: () => boolean, timeout = 60_000, describe = 'condition'): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > deadline) {
			throw new Error(`timed out after ${timeout} ms waiting for ${describe}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 5);
		});
	}
}
