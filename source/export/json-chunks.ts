// The report as JSON, a piece at a time. `JSON.stringify(report, null, 2)` of a 16 MB article is a string of over
// 120 MB, and writing it made a buffer as large again: the output alone was over the memory budget of issue 16
// (8× the article + 100 MB). Hand-written because no JSON library writes JSON.stringify's exact indented text in
// pieces without a dependency the size of the problem; the output is byte-for-byte JSON.stringify's (tested).

/** Arrays and objects holding fewer values than this, all nested values counted, are written in one call. */
const wholeBelow = 64;

/** `JSON.stringify(value, null, 2) + '\n'`, in pieces of a few kilobytes or less. */
export function* jsonChunks(value: unknown): Generator<string> {
	yield* chunksOf(value, '');
	yield '\n';
}

function* chunksOf(value: unknown, indent: string): Generator<string> {
	if (Array.isArray(value) && isLarge(value)) {
		const inner = `${indent}  `;
		yield '[';
		for (const [index, element] of value.entries()) {
			yield `${index === 0 ? '' : ','}\n${inner}`;
			// JSON.stringify writes null for what it cannot represent in an array (undefined, a function).
			yield* storable(element) ? chunksOf(element, inner) : ['null'];
		}

		yield `\n${indent}]`;
		return;
	}

	if (isPlainObject(value) && isLarge(value)) {
		const inner = `${indent}  `;
		const entries = Object.entries(value).filter(([, member]) => storable(member));
		if (entries.length === 0) {
			yield '{}';
			return;
		}

		yield '{';
		for (const [index, [key, member]] of entries.entries()) {
			yield `${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
			yield* chunksOf(member, inner);
		}

		yield `\n${indent}}`;
		return;
	}

	// A JSON string holds no raw line break, so every '\n' of the indented text starts a line to indent.
	const text = JSON.stringify(value, null, 2);
	yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

function storable(value: unknown): boolean {
	return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || 'toJSON' in value) {
		return false;
	}

	const prototype = Object.getPrototypeOf(value) as unknown;
	return prototype === Object.prototype || prototype === null;
}

/** Whether `value` holds `wholeBelow` values or more, counted through every level; stops counting there. */
function isLarge(value: unknown): boolean {
	let count = 0;
	const pending: unknown[] = [value];
	while (pending.length > 0 && count < wholeBelow) {
		const next = pending.pop();
		count++;
		if (Array.isArray(next)) {
			for (const member of next) pending.push(member);
		} else if (isPlainObject(next)) {
			for (const member of Object.values(next)) pending.push(member);
		}
	}

	return count >= wholeBelow;
}
