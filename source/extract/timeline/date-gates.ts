import type {Parser} from 'chrono-node/en';

/**
 * A date parser with the cheap tests a sentence must pass before the parser scans it: most sentences hold no date,
 * and a parser's own pattern costs far more than its gates.
 */
export type GatedParser = {
	readonly parser: Parser;
	/** Every one must pass. The last is the most specific; it alone stands in the sentence-wide pre-filter. */
	readonly gates: readonly RegExp[];
	/**
	 * Its results are times, which count only when chrono merges them into one of its own dates ("Monday night"):
	 * run only beside another of chrono's parsers.
	 */
	readonly onlyBeside?: boolean;
};

/** One regex that passes when any of `gates` would: two scans (case-sensitive and not) instead of one per gate. */
export function anyGate(gates: readonly RegExp[]): (text: string) => boolean {
	const join = (list: readonly RegExp[]): RegExp | null =>
		list.length === 0 ? null : new RegExp(list.map(gate => `(?:${gate.source})`).join('|'), list[0]?.flags);
	const sensitive = join(gates.filter(gate => !gate.flags.includes('i')));
	const insensitive = join(gates.filter(gate => gate.flags.includes('i')));
	return text => (sensitive?.test(text) ?? false) || (insensitive?.test(text) ?? false);
}

type Entry = {
	readonly parser: Parser;
	readonly gates: readonly RegExp[];
	readonly slots: readonly number[];
	readonly onlyBeside: boolean;
	readonly chrono: boolean;
};

/**
 * Picks, for each sentence, the parsers whose gates it passes. Many parsers share a gate (every parser that reads
 * month names), so each distinct gate is tested at most once per sentence.
 */
export class GateSelector {
	private readonly mayPass: (text: string) => boolean;
	private readonly entries: readonly Entry[];
	private readonly verdicts: Int8Array;
	private readonly admitted: Parser[] = [];

	/** `isChrono` tells chrono's own parsers, whose dates an `onlyBeside` parser's times may join. */
	constructor(gated: readonly GatedParser[], isChrono: (entry: GatedParser) => boolean) {
		const slots = new Map<RegExp, number>();
		for (const gate of gated.flatMap(entry => entry.gates)) {
			if (!slots.has(gate)) {
				slots.set(gate, slots.size);
			}
		}

		this.verdicts = new Int8Array(slots.size);
		this.entries = gated.map(entry => ({
			parser: entry.parser,
			gates: entry.gates,
			slots: entry.gates.map(gate => slots.get(gate) ?? 0),
			onlyBeside: entry.onlyBeside === true,
			chrono: isChrono(entry),
		}));
		this.mayPass = anyGate([
			...new Set(gated.filter(entry => entry.onlyBeside !== true).map(({gates}) => gates.at(-1) ?? /(?!)/)),
		]);
	}

	/**
	 * The parsers to run on `text`, in their given order (on equal index the earlier parser's reading wins), or
	 * null when none would. The array is reused by the next call.
	 */
	select(text: string): readonly Parser[] | null {
		if (!this.mayPass(text)) {
			return null;
		}

		this.verdicts.fill(-1);
		const admitted = this.admitted;
		admitted.length = 0;
		let chronoAdmitted = false;
		let besideAdmitted = false;
		for (const entry of this.entries) {
			if (this.passesAll(text, entry)) {
				admitted.push(entry.parser);
				besideAdmitted ||= entry.onlyBeside;
				chronoAdmitted ||= entry.chrono && !entry.onlyBeside;
			}
		}

		if (besideAdmitted && !chronoAdmitted) {
			const kept = admitted.filter(parser => !this.entries.some(entry => entry.onlyBeside && entry.parser === parser));
			admitted.length = 0;
			admitted.push(...kept);
		}

		return admitted.length > 0 ? admitted : null;
	}

	private passesAll(text: string, entry: Entry): boolean {
		for (let i = 0; i < entry.gates.length; i++) {
			const slot = entry.slots[i] ?? 0;
			let verdict = this.verdicts[slot];
			if (verdict === -1) {
				verdict = entry.gates[i]?.test(text) === true ? 1 : 0;
				this.verdicts[slot] = verdict;
			}

			if (verdict === 0) {
				return false;
			}
		}

		return true;
	}
}
