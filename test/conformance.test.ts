import test from 'ava';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { run } from '../lib/index.js';
import { repo } from './helpers.js';

/**
 * Differential conformance: every spec-tests program runs on dotnode and must print what
 * dotnet printed (stdout, exit code, first stderr line), recorded in <name>.expected.json.
 * Programs listed in spec-tests/known-failures.json (with the reason) are expected to fail
 * until fixed; test.failing turns red when one starts passing, so the list stays honest.
 * Only the interpreter tier exists yet; each new tier adds a loop here.
 */
const dir = repo('spec-tests');
const known: Record<string, string> = existsSync(path.join(dir, 'known-failures.json'))
  ? JSON.parse(readFileSync(path.join(dir, 'known-failures.json'), 'utf8')) : {};
const gcStress = Number(process.env.DOTNODE_CONFORMANCE_GC_STRESS ?? 0);

for (const cat of readdirSync(dir).sort()) {
  if (cat.startsWith('.') || !statSync(path.join(dir, cat)).isDirectory()) continue;
  for (const f of readdirSync(path.join(dir, cat)).filter((x) => x.endsWith('.expected.json')).sort()) {
    const name = f.slice(0, -'.expected.json'.length);
    const id = `${cat}/${name}`;
    const exp = JSON.parse(readFileSync(path.join(dir, cat, f), 'utf8'));
    const body = async (t: import('ava').ExecutionContext) => {
      const r = await run(path.join(dir, cat, name + '.dll'), { args: exp.args ?? [], stdin: exp.stdin ?? '', tier: 'interp', gcStress });
      t.is(r.stderr.split('\n')[0] ?? '', exp.stderrFirstLine ?? '', 'first stderr line');
      t.is(r.stdout, exp.stdout, 'stdout');
      t.is(r.exitCode, exp.exitCode, 'exit code');
    };
    if (known[id] !== undefined) test.failing(`[interp] ${id} (known: ${known[id]!.slice(0, 100)})`, body);
    else test(`[interp] ${id}`, body);
  }
}
