// Reads the real-article set: facts-only gold in `test/real/<slug>.json`, texts re-created into `test/real/texts/`
// (git-ignored; see test/real/README.md). Texts are never committed, so a missing one is reported, not an error.
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseExpectations, type Fixture} from './eval-fixtures.ts';

export const realDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '../test/real');

export type Split = 'dev' | 'test' | 'sealed';

/** The facts beside the expectations: where the text comes from and how to check it is the same text. */
export type RealGold = {
	readonly url: string;
	readonly query: string;
	readonly sha256: string;
	readonly published: string | null;
	readonly split: Split;
};

export type RealArticle = Fixture & {readonly gold: RealGold; readonly hashMatches: boolean};

export type RealSet = {
	readonly articles: readonly RealArticle[];
	/** Slugs whose text has not been re-created this session. */
	readonly missing: readonly string[];
	/** Gold files that do not parse, with the reason: listed, not scored, so one bad file does not stop a run. */
	readonly invalid: readonly string[];
};

export function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

function readGold(json: string, file: string): RealGold {
	const data = JSON.parse(json) as Record<string, unknown>;
	for (const key of ['url', 'query', 'sha256']) {
		if (typeof data[key] !== 'string') {
			throw new Error(`${file}: "${key}" must be a string`);
		}
	}

	if (data['split'] !== 'dev' && data['split'] !== 'test' && data['split'] !== 'sealed') {
		throw new Error(`${file}: "split" must be "dev", "test" or "sealed"`);
	}

	const published = data['published'];
	if (published !== null && (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(published))) {
		throw new Error(`${file}: "published" must be YYYY-MM-DD or null`);
	}

	return {
		url: data['url'] as string,
		query: data['query'] as string,
		sha256: data['sha256'] as string,
		published,
		split: data['split'],
	};
}

/** Every gold file of the wanted splits, sorted by slug; texts that are not there yet are listed as missing. */
export function loadRealSet(splits: readonly Split[], directory: string = realDirectory): RealSet {
	const articles: RealArticle[] = [];
	const missing: string[] = [];
	const invalid: string[] = [];
	const names = readdirSync(directory)
		.filter(name => name.endsWith('.json'))
		.sort();
	for (const name of names) {
		const slug = name.slice(0, -'.json'.length);
		const file = join(directory, name);
		const json = readFileSync(file, 'utf8');
		let gold: RealGold;
		try {
			gold = readGold(json, file);
		} catch (error) {
			invalid.push(error instanceof Error ? error.message : String(error));
			continue;
		}

		if (!splits.includes(gold.split)) {
			continue;
		}

		const path = join(directory, 'texts', `${slug}.txt`);
		if (!existsSync(path)) {
			missing.push(slug);
			continue;
		}

		const text = readFileSync(path, 'utf8');
		articles.push({
			slug,
			path,
			text,
			expected: parseExpectations(json, file),
			gold,
			hashMatches: sha256(text) === gold.sha256,
		});
	}

	return {articles, missing, invalid};
}
