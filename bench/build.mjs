#!/usr/bin/env node
// Build every benchmark program:
//   - for .NET:  bench/programs/<name>/bin/<name>.dll (+ .runtimeconfig.json), with the
//                SDK's csc against the net10.0 reference pack, optimized, deterministic;
//   - for Mono:  bench/programs/<name>/bin/<name>.exe with `mcs -optimize+`.
// The micro benchmarks (bench/micro/MicroBench.cs, selected as `micro`) are built the same
// way into bench/micro/bin/MicroBench.{dll,exe}.
// A part is skipped when its compiler is absent. Up-to-date outputs are not rebuilt
// unless --force is given. Usage: node bench/build.mjs [--force] [--only name[,name]]
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { allPrograms, sourcePath, dllPath, exePath, benchDir } from './lib/programs.mjs';
import { which } from './lib/proc.mjs';
import { findDotnetSdk } from './lib/dotnet-sdk.mjs';

const argv = process.argv.slice(2);
const force = argv.includes('--force');
const onlyIdx = argv.indexOf('--only');
const only = onlyIdx >= 0 ? new Set(argv[onlyIdx + 1].split(',')) : null;
const selected = allPrograms().filter((p) => !only || only.has(p.name))
  .map((p) => ({ name: p.name, src: sourcePath(p.name), dll: dllPath(p.name), exe: exePath(p.name) }));
if (!only || only.has('micro')) {
  const micro = path.join(benchDir, 'micro');
  selected.push({ name: 'MicroBench', src: path.join(micro, 'MicroBench.cs'), dll: path.join(micro, 'bin', 'MicroBench.dll'), exe: path.join(micro, 'bin', 'MicroBench.exe') });
}

function upToDate(src, out) {
  if (force || !fs.existsSync(out)) return false;
  return fs.statSync(out).mtimeMs >= fs.statSync(src).mtimeMs;
}

function runTool(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    process.stderr.write(`${cmd} ${args.join(' ')}\n${r.stdout || ''}${r.stderr || ''}${r.error || ''}\n`);
    return false;
  }
  return true;
}

let failures = 0;

// ---- .NET ----
const sdk = findDotnetSdk(10);
if (!sdk) {
  console.log('build: dotnet (with a .NET 10 SDK) not found: skipping the .NET build');
} else {
  const refs = fs.readdirSync(sdk.refDir).filter((f) => f.endsWith('.dll')).sort();
  const runtimeConfig = {
    runtimeOptions: {
      tfm: sdk.tfm,
      framework: { name: 'Microsoft.NETCore.App', version: sdk.frameworkVersion.replace(/^(\d+\.\d+)\..*$/, '$1.0') },
    },
  };
  for (const p of selected) {
    const src = p.src;
    const out = p.dll;
    if (upToDate(src, out)) {
      console.log(`build: ${p.name}.dll up to date`);
      continue;
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // A response file keeps the ~160 -reference options off the command line.
    const rsp = path.join(path.dirname(out), `${p.name}.csc.rsp`);
    const lines = [
      '-nologo', '-noconfig', '-target:exe', '-optimize+', '-deterministic', '-debug-',
      '-langversion:latest', '-nullable:disable', '-warn:4',
      `-out:${out}`,
      ...refs.map((f) => `-reference:"${path.join(sdk.refDir, f)}"`),
      `"${src}"`,
    ];
    fs.writeFileSync(rsp, lines.join('\n') + '\n');
    const ok = runTool(sdk.dotnet, ['exec', sdk.csc, `@${rsp}`]);
    fs.rmSync(rsp, { force: true });
    if (!ok) {
      failures++;
      console.log(`build: ${p.name}.dll FAILED`);
      continue;
    }
    fs.writeFileSync(out.replace(/\.dll$/, '.runtimeconfig.json'), JSON.stringify(runtimeConfig, null, 2) + '\n');
    console.log(`build: ${p.name}.dll built`);
  }
}

// ---- Mono ----
const mcs = which('mcs');
if (!mcs) {
  console.log('build: mcs not found: skipping the Mono build (run bench/setup.sh)');
} else {
  for (const p of selected) {
    const src = p.src;
    const out = p.exe;
    if (upToDate(src, out)) {
      console.log(`build: ${p.name}.exe up to date`);
      continue;
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    if (!runTool(mcs, ['-optimize+', '-debug-', '-target:exe', `-out:${out}`, src])) {
      failures++;
      console.log(`build: ${p.name}.exe FAILED`);
      continue;
    }
    console.log(`build: ${p.name}.exe built`);
  }
}

if (failures) {
  console.error(`build: ${failures} build(s) failed`);
  process.exit(1);
}
