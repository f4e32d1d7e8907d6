// The runtimes compared. Each knows how to build its command line for a program
// and whether it can run on this machine; a missing one is skipped, not an error.
import fs from 'node:fs';
import path from 'node:path';
import { which } from './proc.mjs';
import { repoDir, dllPath, exePath } from './programs.mjs';

const dotnodeCli = path.join(repoDir, 'bin', 'dotnode.mjs');

export const runtimes = [
  {
    id: 'dotnode-interp',
    label: 'dotnode --tier=interp',
    color: '#d62728',
    isDotnode: true,
    available: () => (fs.existsSync(dotnodeCli) ? null : `${dotnodeCli} not found`),
    // A warning printed before the run (the run still goes ahead and is reported).
    warning: () => (fs.existsSync(path.join(repoDir, 'dist', 'cli.mjs')) ? null : 'dist/cli.mjs is missing: run `npm run build` first'),
    binary: dllPath,
    command: (name, args) => [process.execPath, [dotnodeCli, '--tier=interp', dllPath(name), ...args]],
  },
  {
    id: 'dotnet',
    label: 'dotnet',
    color: '#1f77b4',
    available: () => (which('dotnet') ? null : 'dotnet not on PATH'),
    binary: dllPath,
    command: (name, args) => [which('dotnet'), [dllPath(name), ...args]],
  },
  {
    id: 'mono',
    label: 'mono',
    color: '#2ca02c',
    available: () => (which('mono') ? null : 'mono not on PATH'),
    binary: exePath,
    command: (name, args) => [which('mono'), [exePath(name), ...args]],
  },
  {
    id: 'mono-interp',
    label: 'mono --interpreter',
    color: '#ff7f0e',
    available: () => (which('mono') ? null : 'mono not on PATH'),
    binary: exePath,
    command: (name, args) => [which('mono'), ['--interpreter', exePath(name), ...args]],
  },
];

/** Order in which a program's expected output is taken when it has none recorded. */
export const referenceOrder = ['dotnet', 'mono', 'mono-interp'];

/** Ratio columns of the report: median (or min) of `num` divided by that of `den`. */
export const ratioColumns = [
  { num: 'dotnode-interp', den: 'dotnet', label: 'dotnode / dotnet' },
  { num: 'dotnode-interp', den: 'mono-interp', label: 'dotnode / mono-interp' },
  { num: 'mono-interp', den: 'dotnet', label: 'mono-interp / dotnet' },
];
