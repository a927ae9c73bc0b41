// Imported first by cli.tsx, so it runs before any pattern is compiled.

// V8 interprets a regular expression once and compiles it to machine code from its second run on. Most of the core's
// few hundred patterns run a handful of times on an article of a few pages, and compiling them all cost 12–16 ms of
// a cold extraction (seed: 92 → 78 ms). After 20 runs a pattern is worth compiling, so long articles lose nothing.
const regexpTierUp = '--regexp-tier-up-ticks=20';

// The bin's shebang passes the flag to node; `node dist/cli.js` and tsx runs set it here, at the price of loading
// node:v8 (1–3 ms of start-up).
if (!process.execArgv.includes(regexpTierUp)) {
	const {setFlagsFromString} = await import('node:v8');
	setFlagsFromString(regexpTierUp);
}
