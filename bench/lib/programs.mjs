// The benchmark programs: where they live and which argument each gets.
// `full` sizes make `dotnet` spend very roughly 0.2-1 s on each;
// `quick` sizes are small enough that even interpreters finish in about a second.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const repoDir = path.dirname(benchDir);
export const programsDir = path.join(benchDir, 'programs');
export const resultsDir = path.join(benchDir, 'results');

/** Start-up probe: run on every runtime, reported on its own row. */
export const hello = { name: 'hello', full: [], quick: [], startup: true };

/** The workloads, in report order. */
export const programs = [
  { name: 'fib', full: ['32'], quick: ['24'] },
  { name: 'sieve', full: ['2000000'], quick: ['100000'] },
  { name: 'binarytrees', full: ['16'], quick: ['10'] },
  { name: 'nbody', full: ['2000000'], quick: ['20000'] },
  { name: 'mandelbrot', full: ['1600'], quick: ['200'] },
  { name: 'spectralnorm', full: ['1000'], quick: ['100'] },
  { name: 'fannkuch', full: ['10'], quick: ['7'] },
  { name: 'dictionary', full: ['400000'], quick: ['20000'] },
];

export function allPrograms() {
  return [hello, ...programs];
}

export function sourcePath(name) {
  return path.join(programsDir, name, `${name}.cs`);
}

export function dllPath(name) {
  return path.join(programsDir, name, 'bin', `${name}.dll`);
}

export function exePath(name) {
  return path.join(programsDir, name, 'bin', `${name}.exe`);
}
