// The built CLI spawned as a user runs it, output collected; colour off and a fixed width so output is comparable.
import {spawn} from 'node:child_process';
import {join} from 'node:path';

export const cliPath = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

export type CliRun = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

export async function runCli(args: readonly string[], input: string | Uint8Array = ''): Promise<CliRun> {
	const environment: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', COLUMNS: '100'};
	delete environment['FORCE_COLOR'];
	const child = spawn(process.execPath, [cliPath, ...args], {env: environment, timeout: 300_000});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	child.stdin.end(input);
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	return {code, stdout, stderr};
}
