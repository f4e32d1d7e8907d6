// Runs every spec-tests program on dotnode (in this process, through run()) and compares
// stdout, exit code and the first stderr line with the expectation recorded from dotnet.
// Usage: node scripts/conformance.mjs [--only substring] [--verbose] [--json out.json] [--gc-stress N] [--gc-verify]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { run } = await import(path.join(root, 'dist', 'index.mjs'));
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : '';
const verbose = argv.includes('--verbose');
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : '';
const gcStress = argv.includes('--gc-stress') ? Number(argv[argv.indexOf('--gc-stress') + 1]) : 0;
const gcVerify = argv.includes('--gc-verify');
const writeKnown = argv.includes('--write-known');

const dir = path.join(root, 'spec-tests');
const results = [];
for (const cat of readdirSync(dir).sort()) {
  const cdir = path.join(dir, cat);
  if (cat.startsWith('.') || cat.includes('.') || !statSync(cdir).isDirectory()) continue;
  for (const f of readdirSync(cdir).filter((x) => x.endsWith('.expected.json')).sort()) {
    const name = f.replace('.expected.json', '');
    const id = `${cat}/${name}`;
    if (only && !id.includes(only)) continue;
    const exp = JSON.parse(readFileSync(path.join(cdir, f), 'utf8'));
    const t0 = performance.now();
    let r;
    try {
      r = await run(path.join(cdir, name + '.dll'), { args: exp.args ?? [], stdin: exp.stdin ?? '', gcStress, gcVerify });
    } catch (e) {
      r = { exitCode: -1, stdout: '', stderr: 'JS exception: ' + (e.stack ?? e) };
    }
    const ms = performance.now() - t0;
    const firstErr = (r.stderr.split('\n')[0] ?? '');
    const ok = r.stdout === exp.stdout && r.exitCode === exp.exitCode && (exp.stderrFirstLine ?? '') === firstErr.replace(/\r$/, '');
    let reason = '';
    if (!ok) {
      const errLine = r.stderr.split('\n')[0] ?? '';
      if (errLine && errLine !== (exp.stderrFirstLine ?? '')) reason = errLine.slice(0, 200);
      else {
        const a = r.stdout.split('\n'), b = exp.stdout.split('\n');
        const i = a.findIndex((x, k) => x !== b[k]);
        reason = i >= 0 ? `stdout line ${i + 1}: got ${JSON.stringify(a[i]).slice(0, 80)} want ${JSON.stringify(b[i]).slice(0, 80)}` : `exit code ${r.exitCode}, want ${exp.exitCode}`;
      }
    }
    results.push({ id, ok, reason, ms: Math.round(ms), exitCode: r.exitCode, expectedExit: exp.exitCode, stderr: r.stderr.slice(0, 400) });
    if (!ok && verbose) {
      console.log(`FAIL ${id} (exit ${r.exitCode}, expected ${exp.exitCode})`);
      console.log('  stderr: ' + r.stderr.split('\n').slice(0, 3).join(' | '));
      const a = r.stdout.split('\n'), b = exp.stdout.split('\n');
      for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) { console.log(`  line ${i + 1}: got ${JSON.stringify(a[i])} want ${JSON.stringify(b[i])}`); break; }
    }
  }
}
const pass = results.filter((r) => r.ok).length;
const byCat = {};
for (const r of results) { const c = r.id.split('/')[0]; byCat[c] ??= [0, 0]; byCat[c][1]++; if (r.ok) byCat[c][0]++; }
for (const [c, [p, n]] of Object.entries(byCat)) console.log(`${c.padEnd(12)} ${p}/${n}`);
console.log(`${pass} passed, ${results.length - pass} failed`);
{
  // Against spec-tests/known-failures.json: what the test suite would call a regression or a fix.
  const listed = JSON.parse(readFileSync(path.join(dir, 'known-failures.json'), 'utf8'));
  const unexpected = results.filter((r) => !r.ok && !(r.id in listed)).map((r) => r.id);
  const fixed = results.filter((r) => r.ok && r.id in listed).map((r) => r.id);
  if (unexpected.length) console.log(`not in known-failures.json: ${unexpected.join(' ')}`);
  if (fixed.length) console.log(`listed in known-failures.json but passing: ${fixed.join(' ')}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
if (writeKnown) {
  // The list the test suite reads: each failing program with the reason seen (first stderr line
  // or the first differing stdout line). Regenerate after fixing things; review the diff.
  const known = {};
  for (const r of results.filter((x) => !x.ok)) known[r.id] = r.reason;
  writeFileSync(path.join(dir, 'known-failures.json'), JSON.stringify(known, null, 1) + '\n');
  console.log(`wrote spec-tests/known-failures.json (${Object.keys(known).length} entries)`);
}
