// The JSON sink for one article: the report, pretty-printed (the contract in design.md).
import type {Report} from '../extract/types.ts';

export function printJson(report: Report): void {
	process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}
