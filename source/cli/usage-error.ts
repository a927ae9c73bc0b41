/** Thrown for bad usage found after yargs has parsed (exit code 2, like yargs' own failures). */
export class UsageError extends Error {}
