#!/usr/bin/env node
// Long-run loader fuzzer: node scripts/fuzz-loader.mjs --cases 100000 [--seed N] [--seeds a.dll,b.dll]
// Mutates real assemblies and checks that loading, decodeAll and the disassembler only ever
// raise BadImageFormatError, quickly and in bounded memory. Needs `node scripts/build.mjs` first
// (it imports build/). Exits 1 if any other error escaped or a case was too slow.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const built = path.join(root, 'build', 'lib', 'tools', 'loader-fuzz.js');
if (!existsSync(built)) { console.error('build/ is missing: run node scripts/build.mjs first'); process.exit(2); }
const { fuzz, makeSeed } = await import(built);

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt; };
const cases = Number(opt('cases', '100000'));
const seed = Number(opt('seed', '1'));
const maxMs = Number(opt('max-ms', '2000'));
const seedFiles = opt('seeds', 'test/fixtures/fuzz-seed.dll,spec-tests/hello/hello_world.dll,bench/programs/fib/bin/fib.dll')
  .split(',').map((f) => path.resolve(root, f)).filter((f) => existsSync(f));
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) { console.error('usage: fuzz-loader.mjs --cases N [--seed N] [--seeds a.dll,b.dll] [--max-ms 2000]'); process.exit(2); }

const seeds = seedFiles.map((f) => makeSeed(path.relative(root, f), new Uint8Array(readFileSync(f))));
console.log(`fuzzing ${cases} cases, PRNG seed ${seed}, seeds: ${seeds.map((s) => `${s.name} (${s.bytes.length} B)`).join(', ')}`);
const t0 = performance.now();
const every = Math.max(1000, Math.floor(cases / 20));
const s = fuzz({
  cases, seed, seeds, progressEvery: every,
  onProgress: (done, r) => console.log(`  ${done} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s, escapes ${r.escapes.length}, max ${r.maxMs.toFixed(1)} ms, heap +${r.peakHeapGrowthMB.toFixed(1)} MB`),
});
const secs = (performance.now() - t0) / 1000;

console.log('\nsummary');
console.log(`  cases                 ${s.cases} in ${secs.toFixed(1)} s (${(s.totalMs / s.cases).toFixed(2)} ms mean)`);
console.log(`  decoded cleanly       ${s.ok}`);
console.log(`  rejected at load      ${s.loadErrors}`);
console.log(`  rejected by decodeAll ${s.decodeErrors}`);
console.log(`  other errors escaped  ${s.escapes.length}`);
console.log(`  errors with offset    ${s.errorsWithOffset} of ${s.errors} BadImageFormatErrors (${(100 * s.errorsWithOffset / Math.max(1, s.errors)).toFixed(0)}%)`);
console.log(`  max time per case     ${s.maxMs.toFixed(1)} ms  (${s.maxMsCase})`);
console.log(`  peak heap growth      ${s.peakHeapGrowthMB.toFixed(1)} MB`);
console.log(`  peak arrayBuffers     +${s.peakArrayBuffersGrowthMB.toFixed(1)} MB`);
console.log(`  peak RSS              ${s.peakRssMB.toFixed(0)} MB`);
const reasons = [...s.reasons].sort((a, b) => b[1] - a[1]);
console.log(`\nBadImageFormatError reasons by category (${reasons.length} categories; top 40)`);
for (const [r, n] of reasons.slice(0, 40)) console.log(`  ${String(n).padStart(7)}  ${r}`);
for (const e of s.escapes.slice(0, 10)) console.log(`\nESCAPE ${e.seed} case ${e.caseIndex} [${e.mutations.join(' ')}]\n${e.error}`);
process.exit(s.escapes.length > 0 || s.maxMs > maxMs ? 1 : 0);
