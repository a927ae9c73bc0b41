// Reads the evaluation fixtures: each `test/fixtures/<slug>.expected.json` with the article it describes.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Expectations} from './eval-score.ts';

export const fixturesDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');

export type Fixture = {
	readonly slug: string;
	/** Absolute path of the article. */
	readonly path: string;
	readonly text: string;
	readonly expected: Expectations;
};

const SUFFIX = '.expected.json';

/** Every fixture in the directory, sorted by slug. Throws with the file name when an expectation is malformed. */
export function loadFixtures(directory: string = fixturesDirectory): Fixture[] {
	return readdirSync(directory)
		.filter(name => name.endsWith(SUFFIX))
		.sort()
		.map(name => loadFixture(directory, name.slice(0, -SUFFIX.length)));
}

export function loadFixture(directory: string, slug: string): Fixture {
	const file = join(directory, slug + SUFFIX);
	const expected = parseExpectations(readFileSync(file, 'utf8'), file);
	const path = resolve(directory, expected.article ?? `${slug}.txt`);
	return {slug, path, text: readFileSync(path, 'utf8'), expected};
}

function fail(file: string, message: string): never {
	throw new Error(`${file}: ${message}`);
}

/** Checks the shape by hand: a typo in a fixture should fail loudly, not score as an empty expectation. */
export function parseExpectations(json: string, file: string): Expectations {
	const data: unknown = JSON.parse(json);
	if (typeof data !== 'object' || data === null) {
		fail(file, 'expected an object');
	}

	const record = data as Record<string, unknown>;
	for (const key of ['breakdowns', 'quotes', 'terms', 'timeline', 'checks']) {
		if (!Array.isArray(record[key])) {
			fail(file, `"${key}" must be an array`);
		}
	}

	const expected = data as Expectations;
	for (const breakdown of [...expected.breakdowns, ...(expected.optional?.breakdowns ?? [])]) {
		if (typeof breakdown.measure !== 'string' || typeof breakdown.complete !== 'boolean') {
			fail(file, 'a breakdown needs "measure" and "complete"');
		}

		if (breakdown.statedTotal !== null && typeof breakdown.statedTotal !== 'number') {
			fail(file, `breakdown "${breakdown.measure}": "statedTotal" must be a number or null`);
		}

		for (const item of breakdown.items) {
			if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'number') {
				fail(file, `breakdown "${breakdown.measure}": items are [name, value] pairs`);
			}
		}
	}

	for (const quote of [...expected.quotes, ...(expected.optional?.quotes ?? [])]) {
		if (typeof quote.start !== 'string' || (quote.speaker !== null && typeof quote.speaker !== 'string')) {
			fail(file, 'a quote needs "start" and "speaker" (a name or null)');
		}
	}

	for (const entry of [...expected.timeline, ...(expected.optional?.timeline ?? [])]) {
		if (typeof entry.expression !== 'string' || typeof entry.start !== 'string') {
			fail(file, 'a timeline entry needs "expression" and "start"');
		}

		if (entry.end !== null && typeof entry.end !== 'string') {
			fail(file, `timeline entry "${entry.expression}": "end" must be a date or null`);
		}
	}

	for (const check of [...expected.checks, ...(expected.optional?.checks ?? [])]) {
		if (typeof check.kind !== 'string' || typeof check.verdict !== 'string') {
			fail(file, 'a check needs "kind" and "verdict"');
		}
	}

	return expected;
}
