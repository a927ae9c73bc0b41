// Imported first by cli.tsx, so it runs before any pattern is compiled.
import {setFlagsFromString} from 'node:v8';

// V8 interprets a regular expression once and compiles it to machine code from its second run on. Most of the core's
// few hundred patterns run a handful of times on an article of a few pages, and compiling them all cost 12–16 ms of
// a cold extraction (seed: 92 → 78 ms). After 20 runs a pattern is worth compiling, so long articles lose nothing.
setFlagsFromString('--regexp-tier-up-ticks=20');
