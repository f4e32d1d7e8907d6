// The benchmark programs: where they live and which argument each gets.
// `full` sizes make `dotnet` spend very roughly 0.2-1 s on each;
// `quick` sizes are small enough that even interpreters finish in about a second.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const repoDir = path.dirname(benchDir);
export const programsDir = path.join(benchDir, 'programs');
export const resultsDir = path.join(benchDir, 'results');

/**
 * Start-up probe: run on every runtime, reported on its own row.
 * `expected` maps the argument string to the exact stdout (trimmed) every runtime
 * must print; a size without an entry is checked against the reference runtime.
 */
export const hello = {
  name: 'hello', full: [], quick: [], startup: true,
  expected: { '': 'Hello, World!' },
};

/** The workloads, in report order. */
export const programs = [
  {
    name: 'fib', full: ['37'], quick: ['27'],
    expected: { 37: 'fib(37) = 24157817', 27: 'fib(27) = 196418' },
  },
  {
    name: 'sieve', full: ['2000000'], quick: ['200000'],
    expected: {
      2000000: 'sieve(2000000) primes=148933 sum=142913828922 check=1489330',
      200000: 'sieve(200000) primes=17984 sum=1709600813 check=179840',
    },
  },
  {
    name: 'binarytrees', full: ['16'], quick: ['12'],
    expected: {
      16: 'binarytrees(16) stretch=262143 longlived=131071 check=9076874009820752',
      12: 'binarytrees(12) stretch=16383 longlived=8191 check=590300557968',
    },
  },
  {
    name: 'nbody', full: ['2000000'], quick: ['50000'],
    expected: {
      2000000: 'nbody(2000000) before=-0.169075164 after=-0.169026286',
      50000: 'nbody(50000) before=-0.169075164 after=-0.169078071',
    },
  },
  {
    name: 'mandelbrot', full: ['1600'], quick: ['300'],
    expected: {
      1600: 'mandelbrot(1600) set=1016148 hash=75d62014',
      300: 'mandelbrot(300) set=35751 hash=42c788f6',
    },
  },
  {
    name: 'spectralnorm', full: ['1500'], quick: ['200'],
    expected: { 1500: 'spectralnorm(1500) = 1.274224151', 200: 'spectralnorm(200) = 1.274223601' },
  },
  {
    name: 'fannkuch', full: ['10'], quick: ['8'],
    expected: {
      10: 'fannkuch(10) checksum=73196 maxflips=38',
      8: 'fannkuch(8) checksum=1616 maxflips=22',
    },
  },
  {
    name: 'dictionary', full: ['400000'], quick: ['40000'],
    expected: {
      400000: 'dictionary(400000) int=447363998002 string=23345249184',
      40000: 'dictionary(40000) int=4445058024 string=233948167',
    },
  },
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
