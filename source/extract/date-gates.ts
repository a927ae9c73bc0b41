// Each sentence is tested against the same cheap gates by many parsers (every chrono parser that reads month names
// shares one gate); remembering the verdicts for the sentence being parsed runs each gate once per sentence.

let current: object | null = null;
const verdicts = new Map<RegExp, boolean>();

/**
 * `gate.test(context.text)`, computed once per gate for each parse. Keyed by the parse's context object: comparing
 * the sentence strings themselves costs more than the gates.
 */
export function passes(gate: RegExp, context: {readonly text: string}): boolean {
	if (context !== current) {
		current = context;
		verdicts.clear();
	}

	let verdict = verdicts.get(gate);
	if (verdict === undefined) {
		verdict = gate.test(context.text);
		verdicts.set(gate, verdict);
	}

	return verdict;
}

/** One regex that passes when any of `gates` would: two scans (case-sensitive and not) instead of one per gate. */
export function anyGate(gates: readonly RegExp[]): (text: string) => boolean {
	const join = (list: readonly RegExp[]): RegExp | null =>
		list.length === 0 ? null : new RegExp(list.map(gate => `(?:${gate.source})`).join('|'), list[0]?.flags);
	const sensitive = join(gates.filter(gate => !gate.flags.includes('i')));
	const insensitive = join(gates.filter(gate => gate.flags.includes('i')));
	return text => (sensitive?.test(text) ?? false) || (insensitive?.test(text) ?? false);
}
