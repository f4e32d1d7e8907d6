// Smoke test of the micro-benchmark harness (bench/micro): every benchmark runs through
// Benchmark.js on one loaded runtime with a tiny budget, and the checksum each MicroBench
// method returns there must equal what the same method returns when the program runs normally
// (Main, through the public run()), and what dotnet returned (recorded in benchmarks.mjs).
import test from 'ava';
import { pathToFileURL } from 'node:url';
import { run } from '../lib/index.js';
import { repo } from './helpers.js';

// The harness is plain ESM JavaScript (bench/ is not compiled): import it by URL, untyped.
interface MicroEntry { name: string; group: string; n: number; status: string; reason?: string; checksum?: number; samples?: number[]; stats?: { mean: number; rme: number } }
interface BenchDef { name: string; n: number; expected?: number }
const load = (p: string): Promise<any> => import(pathToFileURL(repo(p)).href);

test('micro benchmarks: every checksum under the harness equals the normal run and dotnet', async (t) => {
  const defs = await load('bench/micro/benchmarks.mjs');
  const harness = await load('bench/micro/harness.mjs');
  const n: number = defs.SMOKE_N;

  const normal = await run(defs.microDll, { args: ['checksums', String(n)] });
  t.is(normal.exitCode, 0, normal.stderr);
  const fromMain = new Map(normal.stdout.trim().split('\n').map((l) => { const [k, v] = l.split(' '); return [k!, Number(v)] as const; }));

  const results: MicroEntry[] = await harness.measureDotnode({ smoke: true });
  const interp: BenchDef[] = defs.interpreterBenchmarks;
  t.deepEqual(results.map((r) => r.name), [...interp, ...defs.runtimeBenchmarks as BenchDef[]].map((b) => b.name));
  for (const r of results) {
    t.is(r.status, 'ok', `${r.name}: ${r.reason ?? ''}`);
    t.true((r.samples?.length ?? 0) >= 2, `${r.name}: Benchmark.js samples`);
    t.true(r.stats!.mean > 0 && Number.isFinite(r.stats!.mean), `${r.name}: ns/op`);
  }
  for (const b of interp) {
    const r = results.find((x) => x.name === b.name)!;
    t.is(r.n, n);
    t.is(r.checksum, fromMain.get(b.name), `${b.name}: harness vs. Main`);
    t.is(r.checksum, b.expected, `${b.name}: harness vs. dotnet (recorded)`);
  }
  // The loader micro decodes the whole corelib: its checksum is the instruction count.
  t.true(results.find((x) => x.name === 'loader: decodeAll(corelib)')!.checksum! > 50000);
});

test('micro benchmarks: the peer driver line parses into ns/op samples', async (t) => {
  const harness = await load('bench/micro/harness.mjs');
  const r = harness.parseDriverLine('StaticCall n=2000000 freq=1000000000 ticks=4000000,6000000 checksum=-42 ns/op=2.000');
  t.deepEqual(r.samples, [2, 3]);
  t.is(r.checksum, -42);
  t.is(r.stats.median, 2.5);
  t.is(harness.parseDriverLine('Unhandled exception.'), null);
});

test('openProgram: a managed exception escaping a call becomes a JS Error, and the runtime stays usable', async (t) => {
  const defs = await load('bench/micro/benchmarks.mjs');
  const { openProgram } = await load('dist/internal.mjs');
  const p = openProgram(defs.microDll);
  t.is(p.call('MicroBench', 'StaticCall', 1000), 499500);
  t.throws(() => p.call('MicroBench', 'Run', 1), { message: /does not take and return int32/ });
  t.throws(() => p.method('MicroBench', 'NoSuchMethod'), { message: /no static method/ });
  t.throws(() => p.call('MicroBench', 'Thrower', 7), { message: /^MicroBench\.Thrower threw BenchException/ });
  t.is(p.runtime.sp, p.runtime.stackBase); // the shadow stack is unwound
  t.is(p.call('MicroBench', 'ThrowCatch', 10), 45);
  t.is(p.call('MicroBench', 'StaticCall', 1000), 499500);
});
