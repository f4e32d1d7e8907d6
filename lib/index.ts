/**
 * dotnode's public API: run a .NET program (the app.dll of `dotnet build`) inside this process.
 *
 *   import { run } from 'dotnode';
 *   const { exitCode, stdout, stderr } = await run('app.dll', { args: ['a'], stdin: 'input' });
 */
import { execProgram, type RunOptions, type RunResult } from './api/run.js';

export type { RunOptions, RunResult, RunStats } from './api/run.js';

/** Runs a program and collects its output; nothing is written to this process's stdout. */
export async function run(pathOrBytes: string | Uint8Array, options: RunOptions = {}): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const { exitCode, stats } = execProgram(pathOrBytes, options, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { exitCode, stdout: out.join(''), stderr: err.join(''), stats };
}
