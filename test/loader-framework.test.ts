import test from 'ava';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeAll, type DecodeCounts } from '../lib/loader/decode-all.js';
import { makeEnumResolver } from '../lib/loader/enums.js';
import { BadImageFormatError } from '../lib/loader/errors.js';
import { ModuleReader } from '../lib/loader/module-reader.js';
import { disassemble } from '../lib/tools/disasm.js';

/** The newest Microsoft.NETCore.App directory that `dotnet --list-runtimes` reports, or null. */
function sharedFrameworkDir(): string | null {
  let out: string;
  try { out = execFileSync('dotnet', ['--list-runtimes'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch { return null; }
  const dirs: [number[], string][] = [];
  for (const line of out.split('\n')) {
    const m = /^Microsoft\.NETCore\.App (\d+)\.(\d+)\.(\d+)\S* \[(.+)\]$/.exec(line.trim());
    if (!m) continue;
    const dir = path.join(m[4]!, line.trim().split(' ')[1]!);
    if (existsSync(dir)) dirs.push([[+m[1]!, +m[2]!, +m[3]!], dir]);
  }
  dirs.sort((a, b) => a[0][0]! - b[0][0]! || a[0][1]! - b[0][1]! || a[0][2]! - b[0][2]!);
  return dirs.length ? dirs[dirs.length - 1]![1] : null;
}

const dir = sharedFrameworkDir();

/** Loads framework assemblies by simple name, once each, for cross-assembly enum lookups. */
function loader(): (name: string) => ModuleReader | null {
  const cache = new Map<string, ModuleReader | null>();
  return (name) => {
    if (!cache.has(name)) {
      const p = path.join(dir!, `${name}.dll`);
      cache.set(name, existsSync(p) ? new ModuleReader(new Uint8Array(readFileSync(p)), p) : null);
    }
    return cache.get(name)!;
  };
}

test('every DLL of the shared framework loads and decodes completely', (t) => {
  if (!dir) { t.log('no .NET runtime found (dotnet --list-runtimes): skipped'); t.pass(); return; }
  const load = loader();
  const files = readdirSync(dir).filter((f) => f.endsWith('.dll')).sort();
  t.true(files.length > 100, `only ${files.length} DLLs in ${dir}`);
  const total: Record<string, number> = {};
  const failures: string[] = [];
  let corelib: DecodeCounts | undefined;
  for (const f of files) {
    let m: ModuleReader;
    try {
      m = load(f.slice(0, -4)) ?? new ModuleReader(new Uint8Array(readFileSync(path.join(dir, f))), f);
    } catch (e) {
      failures.push(`${f}: ${(e as Error).message}`);
      continue;
    }
    try {
      const c = decodeAll(m, { resolveEnum: makeEnumResolver(m, load) });
      if (c.types < 1 || c.rows < 10) failures.push(`${f}: implausible counts ${JSON.stringify(c)}`);
      for (const [k, v] of Object.entries(c)) total[k] = (total[k] ?? 0) + v;
      if (f === 'System.Private.CoreLib.dll') corelib = c;
    } catch (e) {
      failures.push(`${f}: ${e instanceof BadImageFormatError ? e.message : (e as Error).stack}`);
    }
  }
  t.deepEqual(failures, []);
  t.log(`${files.length} assemblies in ${dir}: ${JSON.stringify(total)}`);
  t.truthy(corelib);
  t.true(corelib!.methods > 20000);
  t.true(corelib!.bodies > 20000);
  t.true(corelib!.instructions > 300000);
  t.true(corelib!.signatures > 10000);
  t.true(corelib!.customAttributes > 10000);
  t.true(corelib!.ehClauses > 500);
  t.true(total.exportedTypes! > 1000, 'facades forward types');
  t.true(total.resources! > 50);
});

test('framework assemblies disassemble with no malformed parts', (t) => {
  if (!dir) { t.log('no .NET runtime found: skipped'); t.pass(); return; }
  const load = loader();
  for (const name of ['System.Runtime', 'System.Console', 'System.Collections']) {
    const text = disassemble(load(name)!);
    t.false(text.includes('// bad image'), name);
    t.true(text.includes(`.assembly ${name}`), name);
  }
  const collections = disassemble(load('System.Collections')!, 'System.Collections.Generic.Stack`1::Push');
  t.regex(collections, /\.method public hidebysig instance void Push\(!0 item\) cil managed/);
  t.regex(collections, /IL_[0-9a-f]{4}: {2}ret/);
});
