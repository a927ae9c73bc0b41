// `npm run real:verify`: is every real-article text re-created, and is it the text the gold was written on?
// Exit 1 when any is missing or differs, so a session knows to re-create it (test/real/README.md).
import {loadRealSet} from './eval-real-set.ts';

const {articles, missing, invalid} = loadRealSet(['dev', 'test', 'sealed']);
for (const reason of invalid) {
	process.stdout.write(`invalid  ${reason}\n`);
}

const changed = articles.filter(article => !article.hashMatches);
for (const slug of missing) {
	process.stdout.write(`missing  ${slug}\n`);
}

for (const article of changed) {
	process.stdout.write(
		`changed  ${article.slug} (sha256 differs from the gold's; re-create it from ${article.gold.url})\n`,
	);
}

const good = articles.length - changed.length;
process.stdout.write(`${good} of ${articles.length + missing.length} texts match their gold\n`);
process.exitCode = missing.length + changed.length + invalid.length > 0 ? 1 : 0;
