import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fuzz, makeSeed, mutate, Rng, runCase, type Seed } from '../lib/tools/loader-fuzz.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The committed fixture, plus small committed programs when they are there. */
const SEED_FILES = ['test/fixtures/fuzz-seed.dll', 'spec-tests/hello/hello_world.dll', 'bench/programs/fib/bin/fib.dll'];

function seeds(): Seed[] {
  return SEED_FILES.filter((f) => existsSync(root + f)).map((f) => makeSeed(f, new Uint8Array(readFileSync(root + f))));
}

test('the seeds themselves load, decode and disassemble cleanly', (t) => {
  const s = seeds();
  t.true(s.length >= 1);
  for (const seed of s) t.is(runCase(seed.bytes).outcome, 'ok', seed.name);
});

test('mutations are deterministic for a given PRNG seed', (t) => {
  const [seed] = seeds();
  const a = mutate(seed!, new Rng(42)), b = mutate(seed!, new Rng(42));
  t.deepEqual(a.done, b.done);
  t.deepEqual(a.bytes, b.bytes);
});

test('3000 mutated assemblies: only BadImageFormatError escapes, fast, bounded memory', (t) => {
  const s = fuzz({ cases: 3000, seed: 0x5eed, seeds: seeds() });
  const reasons = [...s.reasons].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([r, n]) => `${n}  ${r}`);
  t.log(`${s.cases} cases: ${s.ok} ok, ${s.loadErrors} rejected at load, ${s.decodeErrors} rejected by decodeAll; `
    + `max ${s.maxMs.toFixed(1)} ms (${s.maxMsCase}); heap +${s.peakHeapGrowthMB.toFixed(1)} MB; top reasons:\n${reasons.join('\n')}`);
  t.deepEqual(s.escapes.slice(0, 3), [], `${s.escapes.length} non-BadImageFormatError escapes`);
  t.true(s.maxMs < 2000, `slowest case took ${s.maxMs} ms: ${s.maxMsCase}`);
  t.true(s.peakHeapGrowthMB < 200, `heap grew by ${s.peakHeapGrowthMB} MB`);
  t.true(s.peakArrayBuffersGrowthMB < 200, `array buffers grew by ${s.peakArrayBuffersGrowthMB} MB`);
  // The fuzzer must reach every stage, or it tests nothing.
  t.true(s.ok > 100 && s.loadErrors > 100 && s.decodeErrors > 100);
});
