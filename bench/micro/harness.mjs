// The micro-benchmark harness: times MicroBench.dll's methods on one loaded dotnode runtime
// with Benchmark.js, a few runtime-internal JS paths, and the same methods on the peers
// (dotnet, mono --interpreter) through MicroBench's own Stopwatch driver.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import Benchmark from 'benchmark';
import { which, run } from '../lib/proc.mjs';
import { summarize } from '../lib/stats.mjs';
import {
  interpreterBenchmarks, runtimeBenchmarks, microDll, microExe, internalModule, corelibDll, SMOKE_N,
} from './benchmarks.mjs';

/** dotnode's internal entry (openProgram, the loader), bundled by `npm run build`. */
export async function loadInternal() {
  if (!fs.existsSync(internalModule)) throw new Error(`${internalModule} is missing: run \`npm run build\` first`);
  return import(pathToFileURL(internalModule).href);
}

/** Every sample of a finished Benchmark.js benchmark, converted to ns per operation. */
function benchResult(bench, opsPerCall) {
  const toNs = (s) => (s * 1e9) / opsPerCall;
  const samples = bench.stats.sample.map(toNs);
  return {
    samples,
    stats: {
      ...summarize(samples),
      mean: toNs(bench.stats.mean), // Benchmark.js's mean, rme and moe over the samples
      rme: bench.stats.rme,
      moe: toNs(bench.stats.moe),
      deviation: toNs(bench.stats.deviation),
    },
    callsPerSample: bench.count,
    cycles: bench.cycles,
    hz: bench.hz,
  };
}

/**
 * Times `fn` (one call = opsPerCall operations) with Benchmark.js, synchronously. `check(r)` is
 * applied to every result; a mismatch aborts the benchmark with an error.
 */
function timeWithBenchmarkJs(name, fn, opsPerCall, bjs) {
  const bench = new Benchmark(name, fn, {
    maxTime: bjs.maxTime,
    minSamples: bjs.minSamples,
    ...(bjs.minTime ? { minTime: bjs.minTime } : {}),
    initCount: 1,
    async: false,
  });
  bench.run({ async: false });
  if (bench.error) return { status: 'failed', reason: String(bench.error?.message ?? bench.error) };
  return { status: 'ok', ...benchResult(bench, opsPerCall) };
}

/**
 * Runs the dotnode side. Options:
 *   smoke: inner count SMOKE_N for every benchmark and tiny Benchmark.js times (tests);
 *   maxTime, minSamples, minTime: Benchmark.js settings per benchmark;
 *   warmupMs: untimed calls before Benchmark.js starts (V8 re-optimizes the interpreter loop
 *             after a method first uses new ops: without this the first samples are 10x slow);
 *   deadline: Date.now() value after which remaining benchmarks are skipped (and the time left
 *             is shared out: maxTime shrinks so the rest fits);
 *   only: names to run; log: progress lines.
 * Returns one entry per benchmark: { name, group, op, n, checksum, status, samples, stats, ... }.
 */
export async function measureDotnode(opts = {}) {
  const { smoke = false, only = null, log = () => {} } = opts;
  const bjs = smoke
    ? { maxTime: 0.02, minSamples: 2, minTime: 0.002 }
    : { maxTime: opts.maxTime ?? 2, minSamples: opts.minSamples ?? 5, minTime: opts.minTime ?? 0 };
  const warmupMs = smoke ? 0 : opts.warmupMs ?? 200;
  const api = await loadInternal();
  const program = api.openProgram(microDll);
  const rt = program.runtime;
  const pick = (list) => list.filter((b) => !only || only.includes(b.name));
  const todo = [
    ...pick(interpreterBenchmarks).map((b) => ({ ...b, group: 'interpreter' })),
    ...pick(runtimeBenchmarks).map((b) => ({ ...b, group: 'runtime' })),
  ];
  const results = [];
  for (let i = 0; i < todo.length; i++) {
    const b = todo[i];
    const entry = { name: b.name, group: b.group, op: b.op, n: smoke && b.group === 'interpreter' ? SMOKE_N : b.n, status: 'pending' };
    results.push(entry);
    let maxTime = bjs.maxTime;
    if (opts.deadline) {
      const left = (opts.deadline - Date.now()) / 1000;
      // Each benchmark also spends time calibrating: leave it about as much again.
      maxTime = Math.min(maxTime, left / (todo.length - i) / 2);
      if (maxTime < 0.05) {
        entry.status = 'skipped';
        entry.reason = 'time budget used up';
        log(`micro: ${b.name}: skipped (time budget used up)`);
        continue;
      }
    }
    let fn;
    try {
      fn = makeCall(api, program, rt, entry);
    } catch (e) {
      entry.status = 'failed';
      entry.reason = String(e?.message ?? e).split('\n')[0];
      log(`micro: ${b.name}: failed: ${entry.reason}`);
      continue;
    }
    const t0 = Date.now();
    const w0 = performance.now();
    let calls = 0;
    try {
      while (performance.now() - w0 < Math.min(warmupMs, maxTime * 500)) { fn(); calls++; }
    } catch (e) {
      entry.status = 'failed';
      entry.reason = String(e?.message ?? e).split('\n')[0];
      log(`micro: ${b.name}: failed: ${entry.reason}`);
      continue;
    }
    entry.warmup = { calls, ms: Math.round((performance.now() - w0) * 10) / 10 };
    Object.assign(entry, timeWithBenchmarkJs(b.name, fn, entry.n, { ...bjs, maxTime }));
    entry.seconds = (Date.now() - t0) / 1000;
    log(`micro: ${b.name.padEnd(28)} ${entry.status === 'ok'
      ? `${formatNs(entry.stats.mean).padStart(10)}/op ±${entry.stats.rme.toFixed(1)}% (${entry.samples.length} samples)`
      : `${entry.status}: ${entry.reason}`}`);
  }
  return results;
}

/**
 * The function Benchmark.js calls: one call runs entry.n operations. The first call (which also
 * transforms the method) fixes entry.checksum; every later call must return the same value.
 */
function makeCall(api, program, rt, entry) {
  const n = entry.n;
  let f;
  if (entry.group === 'interpreter') {
    const m = program.method('MicroBench', entry.name);
    f = () => m(n);
  } else if (entry.name === 'gc: heap.alloc') {
    const mt = rt.mtOf(program.type('Small'));
    const size = rt.mem.i32[(mt + 4) >> 2]; // MethodTable +4: base size (gc/layout.ts)
    f = () => {
      let a = 0;
      for (let i = 0; i < n; i++) a = rt.heap.alloc(mt, size);
      return a > 0 ? size : -1;
    };
  } else if (entry.name === 'gc: writeBarrier') {
    const obj = rt.objects.allocObject(program.type('Holder'));
    f = () => {
      for (let i = 0; i < n; i++) rt.writeBarrier(obj + 8 + ((i & 1) << 2));
      return n;
    };
  } else if (entry.name === 'runtime: newString') {
    const text = 'benchmark string';
    f = () => {
      let a = 0;
      for (let i = 0; i < n; i++) a = rt.objects.newString(text);
      return rt.mem.i32[(a + 8) >> 2]; // the length
    };
  } else if (entry.name === 'loader: decodeAll(corelib)') {
    const bytes = new Uint8Array(fs.readFileSync(corelibDll));
    f = () => api.decodeAll(new api.ModuleReader(bytes, corelibDll)).instructions;
  } else {
    throw new Error(`no implementation for ${entry.name}`);
  }
  const t0 = performance.now();
  entry.checksum = f();
  entry.firstCallMs = Math.round((performance.now() - t0) * 100) / 100; // includes the method's transform
  const expected = entry.checksum;
  return () => {
    const r = f();
    if (r !== expected) throw new Error(`${entry.name}: checksum ${r}, expected ${expected}`);
  };
}

/** The peers: each runs MicroBench's own Stopwatch driver (`MicroBench <names> 0 reps targetMs`). */
export const peers = [
  { id: 'mono-interp', label: 'mono --interpreter', command: () => [which('mono'), ['--interpreter', microExe]], binary: microExe, tool: 'mono' },
  { id: 'dotnet', label: 'dotnet', command: () => [which('dotnet'), [microDll]], binary: microDll, tool: 'dotnet' },
];

/** Parses one driver line: "<name> n=<n> freq=<f> ticks=<t,...> checksum=<c> ns/op=<x>". */
export function parseDriverLine(line) {
  const m = line.trim().match(/^(\S+) n=(\d+) freq=(\d+) ticks=([\d,]+) checksum=(-?\d+) ns\/op=([\d.]+)$/);
  if (!m) return null;
  const n = Number(m[2]);
  const freq = Number(m[3]);
  const samples = m[4].split(',').map((t) => (Number(t) * 1e9) / freq / n);
  return { name: m[1], n, checksum: Number(m[5]), samples, stats: summarize(samples) };
}

/**
 * Runs the interpreter benchmarks on each peer that is installed, one process per peer.
 * Returns { [peerId]: { label, status, reason?, results: { [name]: { n, checksum, samples, stats } } } }.
 */
export async function measurePeers({ names, reps = 5, targetMs = 100, timeoutMs = 120000, log = () => {}, only = null } = {}) {
  const out = {};
  for (const p of peers) {
    if (only && !only.includes(p.id)) continue;
    const entry = { label: p.label, status: 'ok', results: {} };
    out[p.id] = entry;
    if (!which(p.tool)) { entry.status = 'missing'; entry.reason = `${p.tool} not on PATH`; log(`micro: ${p.label}: n/a (${entry.reason})`); continue; }
    if (!fs.existsSync(p.binary)) { entry.status = 'missing'; entry.reason = `${p.binary} not built (node bench/build.mjs)`; log(`micro: ${p.label}: n/a (${entry.reason})`); continue; }
    const [cmd, args] = p.command();
    const t0 = Date.now();
    const r = await run(cmd, [...args, names.join(','), '0', String(reps), String(targetMs)], { timeoutMs });
    entry.seconds = (Date.now() - t0) / 1000;
    for (const line of String(r.stdout).split('\n')) {
      const x = parseDriverLine(line);
      if (x) entry.results[x.name] = x;
    }
    if (r.status !== 'ok') {
      entry.status = r.status;
      entry.reason = r.status === 'timeout' ? `no exit within ${timeoutMs / 1000} s` : `exit ${r.code ?? r.signal}: ${String(r.stderr || r.error || '').split('\n')[0]}`;
    }
    log(`micro: ${p.label}: ${Object.keys(entry.results).length}/${names.length} benchmarks in ${entry.seconds.toFixed(1)} s${entry.reason ? ` (${entry.status}: ${entry.reason})` : ''}`);
  }
  return out;
}

/** Nanoseconds as a short string with a unit: "11.4 ns", "3.55 µs", "81.2 ms". */
export function formatNs(ns) {
  if (ns == null || !Number.isFinite(ns)) return '–';
  const [v, unit] = ns < 1e3 ? [ns, 'ns'] : ns < 1e6 ? [ns / 1e3, 'µs'] : ns < 1e9 ? [ns / 1e6, 'ms'] : [ns / 1e9, 's'];
  return `${v >= 100 ? Math.round(v) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`;
}
