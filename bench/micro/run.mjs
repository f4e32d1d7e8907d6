#!/usr/bin/env node
// Micro benchmarks of dotnode's hot paths (see bench/README.md, "Micro benchmarks"): loads
// bench/micro/bin/MicroBench.dll once into a dotnode runtime and times each of its benchmark
// methods with Benchmark.js (every sample = many calls, each of n IL-level operations), plus a
// few runtime-internal JS paths; runs the same methods on mono --interpreter and dotnet via
// MicroBench's Stopwatch driver. Writes bench/results/micro.{json,md}.
//
// Usage: node bench/micro/run.mjs [--quick] [--only name[,name...]] [--peers id[,id...]|none]
//                                 [--max-time SECONDS] [--budget SECONDS] [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { machineInfo } from '../lib/machine.mjs';
import { interpreterBenchmarks, runtimeBenchmarks, benchDir } from './benchmarks.mjs';
import { measureDotnode, measurePeers, peers } from './harness.mjs';
import { renderMicroMarkdown } from './markdown.mjs';
import { eachFlag } from '../lib/flags.mjs';

const resultsDir = path.join(benchDir, 'results');
const allNames = [...interpreterBenchmarks, ...runtimeBenchmarks].map((b) => b.name);
const USAGE = `usage: node bench/micro/run.mjs [--quick] [--only name[,name...]] [--peers id[,id...]|none]
                               [--max-time SECONDS] [--budget SECONDS] [--no-build]
benchmarks: ${allNames.join(', ')}
peers: ${peers.map((p) => p.id).join(', ')}`;

function parseArgs(argv) {
  const opts = { quick: false, only: null, peers: null, maxTime: null, budget: null, build: true };
  eachFlag(argv, (a, next) => {
    switch (a) {
      case '--quick': opts.quick = true; break;
      case '--only': opts.only = next().split(',').filter(Boolean); break;
      case '--peers': { const v = next(); opts.peers = v === 'none' ? [] : v.split(',').filter(Boolean); break; }
      case '--max-time': opts.maxTime = Number(next()); break;
      case '--budget': opts.budget = Number(next()); break;
      case '--no-build': opts.build = false; break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: return false;
    }
    return true;
  });
  if (opts.only) {
    const unknown = opts.only.filter((n) => !allNames.includes(n));
    if (unknown.length) throw new Error(`unknown benchmark(s) ${unknown.join(', ')}`);
  }
  if (opts.peers) {
    const unknown = opts.peers.filter((id) => !peers.some((p) => p.id === id));
    if (unknown.length) throw new Error(`unknown peer(s) ${unknown.join(', ')}`);
  }
  if (opts.maxTime != null && !(opts.maxTime > 0)) throw new Error('--max-time must be a positive number of seconds');
  if (opts.budget != null && !(opts.budget > 0)) throw new Error('--budget must be a positive number of seconds');
  return opts;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`micro/run.mjs: ${e.message}\n${USAGE}`);
  process.exit(2);
}

const log = (s) => process.stderr.write(s + '\n');
const t0 = Date.now();
// Quick: 0.15 s warm-up and ~0.4 s of Benchmark.js sampling per benchmark; peers calibrate to 20 ms calls.
const settings = {
  quick: opts.quick,
  maxTime: opts.maxTime ?? (opts.quick ? 0.4 : 3),
  minSamples: opts.quick ? 5 : 10,
  warmupMs: opts.quick ? 150 : 500,
  peerReps: opts.quick ? 5 : 10,
  peerTargetMs: opts.quick ? 20 : 200,
  budgetSeconds: opts.budget ?? (opts.quick ? 60 : 300),
  only: opts.only,
};
const deadline = t0 + settings.budgetSeconds * 1000;

if (opts.build) {
  const r = spawnSync(process.execPath, [path.join(benchDir, 'build.mjs'), '--only', 'micro'], { encoding: 'utf8' });
  for (const l of (r.stdout || '').split('\n')) if (/ built$| FAILED$|skipping/.test(l)) log(l);
  if (r.status !== 0) log(`micro/run.mjs: build reported errors (continuing):\n${r.stderr}`);
}

// Peers first (a few seconds each): separate processes, so they do not disturb dotnode's timing.
const interpNames = interpreterBenchmarks.map((b) => b.name).filter((n) => !opts.only || opts.only.includes(n));
const peerResults = interpNames.length && !(opts.peers && opts.peers.length === 0)
  ? await measurePeers({
    names: interpNames, reps: settings.peerReps, targetMs: settings.peerTargetMs, log, only: opts.peers,
    timeoutMs: Math.max(30000, (deadline - Date.now()) / 2),
  })
  : {};

let dotnode;
let fatal = null;
try {
  dotnode = await measureDotnode({ maxTime: settings.maxTime, minSamples: settings.minSamples, warmupMs: settings.warmupMs, only: opts.only, deadline, log });
} catch (e) {
  fatal = String(e?.stack ?? e);
  log(`micro/run.mjs: dotnode side failed: ${fatal}`);
  dotnode = [];
}

const results = {
  format: 'dotnode-micro/1',
  machine: machineInfo(),
  settings,
  unit: 'ns per operation (one loop iteration of the benchmark method, or one JS-level call)',
  peers: Object.fromEntries(Object.entries(peerResults).map(([id, p]) => [id, { label: p.label, status: p.status, reason: p.reason ?? null, seconds: p.seconds ?? null }])),
  fatal,
  benchmarks: dotnode.map((d) => ({
    ...d,
    peers: d.group === 'interpreter'
      ? Object.fromEntries(Object.entries(peerResults).map(([id, p]) => [id, p.results[d.name] ?? null]))
      : {},
  })),
  elapsedSeconds: Math.round((Date.now() - t0) / 100) / 10,
};

fs.mkdirSync(resultsDir, { recursive: true });
const md = renderMicroMarkdown(results);
fs.writeFileSync(path.join(resultsDir, 'micro.json'), JSON.stringify(results, null, 2) + '\n');
fs.writeFileSync(path.join(resultsDir, 'micro.md'), md);
console.log(md.split('\n').filter((l) => l.startsWith('|')).join('\n'));
log(`\nmicro/run.mjs: done in ${results.elapsedSeconds} s; wrote ${['micro.json', 'micro.md'].map((f) => path.relative(process.cwd(), path.join(resultsDir, f))).join(', ')}`);
process.exit(fatal || results.benchmarks.some((b) => b.status === 'failed') ? 1 : 0);
