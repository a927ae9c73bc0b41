/** Polls `check` until it returns true (frames change a tick or two after a key), failing after `timeout` ms. */
export async function waitFor(check: () => boolean, timeout = 2000, describe = 'condition'): Promise<void> {
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
