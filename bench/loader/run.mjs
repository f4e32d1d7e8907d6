#!/usr/bin/env node
// Loader benchmark: dotnode's loader vs System.Reflection.Metadata on the same walk over
// System.Private.CoreLib.dll (every method signature and body, every IL instruction, every
// signature blob). Runs both programs several times, interleaved, each process doing a few
// walks; reports the first walk (cold: includes JIT warm-up) and the later ones (warm).
// Usage: node bench/loader/run.mjs [--rounds 5] [--walks 5] [--dll path] [--cached]
// --cached walks through ModuleReader's caching accessors instead of the decoders themselves.
// Needs `node scripts/build.mjs` (build/bench/loader/walk.js) and the dotnet SDK.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const rounds = Number(opt('rounds', '5'));
const walks = Number(opt('walks', '5'));
const useCache = args.includes('--cached');

function corelib() {
  const out = execFileSync('dotnet', ['--list-runtimes'], { encoding: 'utf8' });
  const dirs = [...out.matchAll(/^Microsoft\.NETCore\.App (\S+) \[(.+)\]$/gm)].map((m) => path.join(m[2], m[1]));
  for (const d of dirs.reverse()) if (existsSync(path.join(d, 'System.Private.CoreLib.dll'))) return path.join(d, 'System.Private.CoreLib.dll');
  throw new Error('System.Private.CoreLib.dll not found');
}
const dll = opt('dll', null) ?? corelib();

const walkJs = path.join(root, 'build', 'bench', 'loader', 'walk.js');
if (!existsSync(walkJs)) { console.error('build/bench/loader/walk.js is missing: run node scripts/build.mjs'); process.exit(2); }
const srmDir = path.join(here, 'srm');
const srmDll = path.join(srmDir, 'bin', 'Release', 'net10.0', 'srm-walk.dll');
if (!existsSync(srmDll)) {
  console.log('building bench/loader/srm (dotnet build -c Release)...');
  execFileSync('dotnet', ['build', '-c', 'Release', '--nologo', '-v', 'q'], { cwd: srmDir, stdio: 'inherit' });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const run = (cmd, argv) => JSON.parse(execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop());

console.log(`${path.basename(dll)} (${dll}), ${rounds} rounds x ${walks} walks per process, interleaved${useCache ? ', dotnode through ModuleReader caches' : ''}`);
const res = { dotnode: { cold: [], warm: [] }, srm: { cold: [], warm: [] } };
let counts = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, cmd, argv] of [['dotnode', process.execPath, [walkJs, dll, String(walks), ...(useCache ? ['cached'] : [])]], ['srm', 'dotnet', [srmDll, dll, String(walks)]]]) {
    const out = run(cmd, argv);
    res[name].cold.push(out.ms[0]);
    if (out.ms.length > 1) res[name].warm.push(median(out.ms.slice(1)));
    counts[name] = `${out.bodies} bodies, ${out.instructions} instructions, ${out.signatures} signatures`;
    console.log(`  round ${r + 1} ${name.padEnd(7)} walks ms: ${out.ms.join(', ')}`);
  }
}
console.log(`\n  dotnode walked: ${counts.dotnode}\n  SRM walked:     ${counts.srm}\n`);
const row = (label, a, b) => console.log(`  ${label.padEnd(22)} dotnode ${a.toFixed(1).padStart(8)} ms   SRM ${b.toFixed(1).padStart(8)} ms   ratio dotnode/SRM ${(a / b).toFixed(2)}x`);
row('first walk (cold)', median(res.dotnode.cold), median(res.srm.cold));
if (walks > 1) row('later walks (warm)', median(res.dotnode.warm), median(res.srm.warm));
