/**
 * yoga-layout (under Ink) loads its wasm by fetch()ing a data: URL, and the first touch of Node's fetch loads its
 * whole HTTP client (30–45 ms of start-up). Without fetch, yoga decodes the URL itself; restore fetch afterwards.
 */
export async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (descriptor !== undefined) {
		delete (globalThis as {fetch?: unknown}).fetch;
	}

	try {
		return await load();
	} finally {
		if (descriptor !== undefined) {
			Object.defineProperty(globalThis, 'fetch', descriptor);
		}
	}
}
