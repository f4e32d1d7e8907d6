#!/usr/bin/env node
// Builds the differential conformance corpus in spec-tests/ and records what the real
// .NET runtime does with each program, so the test suite can later compare dotnode's
// behaviour against the committed expectation on machines without a .NET SDK.
//
// Layout: spec-tests/<category>/<name>.cs is a complete C# console program, or
// spec-tests/<category>/<name>.il a complete program in IL assembler syntax (for instructions and
// patterns C# cannot produce). Next to it this script writes <name>.dll,
// <name>.runtimeconfig.json and <name>.expected.json.
//
// .il programs are assembled with ilasm from the NuGet package
// runtime.<rid>.Microsoft.NETCore.ILAsm (version ILASM_VERSION below), which this script restores
// on first use into a cache directory ($DOTNODE_ILASM_CACHE, default ~/.cache/dotnode-ilasm)
// through a throwaway project and `dotnet restore`. If ilasm cannot be obtained, .il programs are
// skipped with a message (in --check mode too) and do not count as failures. An .il program must
// reference the framework like csc output does: `.assembly extern System.Runtime` and
// `System.Console` with publickeytoken B0 3F 5F 7F 11 D5 0A 3A and version 10:0:0:0.
//
// Optional header comments, on the first lines of a program (only the leading comment block
// is examined):
//   // args: a b "c d"        command-line arguments (whitespace separated, "..." groups,
//                             \" and \\ escapes inside quotes)
//   // stdin: line one\nline two   text fed to standard input (\n \r \t \\ escapes);
//                             without it the program gets an empty, closed stdin
//   // unsafe                 compile with -unsafe+ (pointer code); default is -unsafe-
//
// Usage:
//   node scripts/build-fixtures.mjs [--check] [--only <substring>]... [--jobs <n>]
//     --check        build and run into a temporary directory and verify that the committed
//                    .dll, .runtimeconfig.json and .expected.json files are identical to a
//                    fresh build; exit 1 and list every difference otherwise
//     --only <s>     restrict to programs whose "<category>/<name>" contains <s>
//                    (may be repeated; a program is kept when any of them matches)
//     --jobs <n>     parallel compilations/runs (default: number of CPUs, at least 2)
//     --no-server    compile each program in its own csc process instead of using a
//                    private compiler server
// Without `dotnet` on PATH the script prints a message and exits 0.
//
// Compilation uses the SDK's Roslyn (csc.dll) directly, against the reference pack, with the
// options `dotnet build -c Release` would pass for a default console project (ImplicitUsings,
// Nullable enabled, TargetFramework attribute, Release defines), deterministic and with no PDB.
// Programs are run with an environment normalised for reproducibility: LANG=C.UTF-8 (so the
// current culture is the invariant culture), no LC_* variables, and no DOTNET_* / COMPlus_*
// runtime knobs other than DOTNET_ROOT*.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const specDir = path.join(root, 'spec-tests');
const RUN_TIMEOUT_MS = 20_000;
const COMPILE_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// Command line

function usage(message) {
  if (message) console.error(`build-fixtures: ${message}`);
  console.error('usage: node scripts/build-fixtures.mjs [--check] [--only <substring>]... [--jobs <n>] [--no-server]');
  process.exit(2);
}

const opts = { check: false, only: [], jobs: Math.max(2, os.availableParallelism?.() ?? os.cpus().length), server: true };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inlineValue = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = () => {
      if (inlineValue !== undefined) return inlineValue;
      if (i + 1 >= argv.length) usage(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--check': opts.check = true; break;
      case '--only': opts.only.push(value()); break;
      case '--jobs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) usage('--jobs needs a positive integer');
        opts.jobs = n;
        break;
      }
      case '--no-server': opts.server = false; break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown argument ${a}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Locating the SDK

function findOnPath(cmd) {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = path.join(dir, cmd + ext);
      try {
        if (fs.statSync(p).isFile()) { fs.accessSync(p, fs.constants.X_OK); return p; }
      } catch { /* not here */ }
    }
  }
  return null;
}

// Compare dotted versions with an optional -prerelease suffix; prereleases sort first.
function compareVersions(a, b) {
  const [amain, apre] = a.split('-', 2);
  const [bmain, bpre] = b.split('-', 2);
  const an = amain.split('.').map(Number), bn = bmain.split('.').map(Number);
  for (let i = 0; i < Math.max(an.length, bn.length); i++) {
    const d = (an[i] ?? 0) - (bn[i] ?? 0);
    if (d) return d;
  }
  if (apre === undefined) return bpre === undefined ? 0 : 1;
  if (bpre === undefined) return -1;
  return apre < bpre ? -1 : apre > bpre ? 1 : 0;
}

function locateSdk(dotnet) {
  const r = spawnSync(dotnet, ['--list-sdks'], { encoding: 'utf8', env: childEnv() });
  if (r.status !== 0) throw new Error(`'dotnet --list-sdks' failed: ${r.stderr || r.error}`);
  const sdks = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*(\S+)\s+\[(.+)\]\s*$/.exec(line);
    if (m) sdks.push({ version: m[1], dir: path.join(m[2], m[1]), base: m[2] });
  }
  if (!sdks.length) throw new Error('no .NET SDK found by dotnet --list-sdks');
  sdks.sort((x, y) => compareVersions(x.version, y.version));
  const sdk = sdks[sdks.length - 1];
  const dotnetRoot = path.dirname(sdk.base);
  const csc = path.join(sdk.dir, 'Roslyn', 'bincore', 'csc.dll');
  const vbcscompiler = path.join(sdk.dir, 'Roslyn', 'bincore', 'VBCSCompiler.dll');
  if (!fs.existsSync(csc)) throw new Error(`csc.dll not found at ${csc}`);
  const refPackDir = path.join(dotnetRoot, 'packs', 'Microsoft.NETCore.App.Ref');
  const refVersions = fs.existsSync(refPackDir)
    ? fs.readdirSync(refPackDir).filter((v) => /^10\./.test(v)).sort(compareVersions) : [];
  if (!refVersions.length) throw new Error(`no 10.x reference pack in ${refPackDir}`);
  const refVersion = refVersions[refVersions.length - 1];
  const refDir = path.join(refPackDir, refVersion, 'ref', 'net10.0');
  const refs = fs.readdirSync(refDir).filter((f) => f.endsWith('.dll')).sort().map((f) => path.join(refDir, f));
  if (!refs.length) throw new Error(`no reference assemblies in ${refDir}`);
  return { sdkVersion: sdk.version, sdkDir: sdk.dir, dotnetRoot, csc, vbcscompiler, refVersion, refDir, refs };
}

// Environment for every child process: reproducible culture and no runtime tuning knobs.
function childEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^LC_/.test(k) || k === 'LANG' || k === 'LANGUAGE') continue;
    if (/^(DOTNET_|COMPlus_|CORECLR_)/i.test(k) && !/^DOTNET_ROOT/i.test(k)) continue;
    env[k] = v;
  }
  env.LANG = 'C.UTF-8';
  env.DOTNET_CLI_TELEMETRY_OPTOUT = '1';
  env.DOTNET_NOLOGO = '1';
  env.DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1';
  return env;
}

// ---------------------------------------------------------------------------------------------
// The IL assembler (for .il programs), restored from NuGet into a cache directory on first use

const ILASM_VERSION = '10.0.14';

function ilasmRid() {
  const os_ = { linux: 'linux', darwin: 'osx', win32: 'win' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  return os_ && arch ? `${os_}-${arch}` : null;
}

// Returns { path } or { error } (never throws): a missing ilasm only skips .il programs.
function locateIlasm(dotnet, env) {
  const rid = ilasmRid();
  if (!rid) return { error: `no ilasm package for ${process.platform}-${process.arch}` };
  const cache = process.env.DOTNODE_ILASM_CACHE || path.join(os.homedir(), '.cache', 'dotnode-ilasm');
  const pkg = `runtime.${rid}.Microsoft.NETCore.ILAsm`;
  const exe = path.join(cache, 'pkgs', pkg.toLowerCase(), ILASM_VERSION, 'runtimes', rid, 'native',
    process.platform === 'win32' ? 'ilasm.exe' : 'ilasm');
  if (!fs.existsSync(exe)) {
    try {
      const proj = path.join(cache, 'restore');
      fs.mkdirSync(proj, { recursive: true });
      fs.writeFileSync(path.join(proj, 'ilasm-restore.csproj'), `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="${pkg}" Version="[${ILASM_VERSION}]" /></ItemGroup>
</Project>
`);
      const r = spawnSync(dotnet, ['restore', path.join(proj, 'ilasm-restore.csproj'), '--packages', path.join(cache, 'pkgs')],
        { encoding: 'utf8', env, timeout: COMPILE_TIMEOUT_MS });
      if (r.status !== 0 || !fs.existsSync(exe)) {
        return { error: `could not restore ${pkg} ${ILASM_VERSION}: ${(r.stdout + r.stderr).trim().split('\n').slice(-3).join(' | ') || r.error}` };
      }
    } catch (e) {
      return { error: `could not restore ${pkg} ${ILASM_VERSION}: ${e.message}` };
    }
  }
  try { fs.chmodSync(exe, 0o755); } catch { /* read-only cache: try as it is */ }
  return { path: exe };
}

// ---------------------------------------------------------------------------------------------
// Programs and their headers

function discoverPrograms() {
  const programs = [];
  if (!fs.existsSync(specDir)) return programs;
  for (const cat of fs.readdirSync(specDir, { withFileTypes: true })) {
    if (!cat.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(specDir, cat.name))) {
      const kind = f.endsWith('.cs') ? 'cs' : f.endsWith('.il') ? 'il' : null;
      if (!kind) continue;
      const name = f.slice(0, -3);
      const id = `${cat.name}/${name}`;
      if (opts.only.length && !opts.only.some((s) => id.includes(s))) continue;
      programs.push({ id, kind, category: cat.name, name, src: path.join(specDir, cat.name, f) });
    }
  }
  programs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return programs;
}

function unescape(s) {
  return s.replace(/\\(.)/g, (_, c) => ({ n: '\n', r: '\r', t: '\t', '0': '\0' })[c] ?? c);
}

function splitArgs(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) break;
    let cur = '';
    while (i < s.length && !/\s/.test(s[i])) {
      if (s[i] === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\')) i++;
          cur += s[i++];
        }
        if (s[i] !== '"') throw new Error(`unterminated quote in args header: ${s}`);
        i++;
      } else {
        cur += s[i++];
      }
    }
    out.push(cur);
  }
  return out;
}

function readHeaders(src) {
  const text = fs.readFileSync(src, 'utf8').replace(/^\uFEFF/, '');
  const h = { args: [], stdin: '', unsafe: false };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.startsWith('//')) break;
    const m = /^\/\/\s*(args|stdin|unsafe)\b:?\s?(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'args') h.args = splitArgs(m[2]);
    else if (m[1] === 'stdin') h.stdin = unescape(m[2]);
    else h.unsafe = true;
  }
  return h;
}

// ---------------------------------------------------------------------------------------------
// Process helpers

function run(cmd, args, { cwd, input = '', timeout, env }) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [], err = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeout);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.on('error', () => { /* program exited without reading its input */ });
    child.stdin.end(input);
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let exitCode = code;
      // A process killed by a signal reports as a shell would: 128 + signal number
      // (an unhandled .NET exception aborts the process: SIGABRT, 134).
      if (exitCode === null && signal) exitCode = 128 + (os.constants.signals[signal] ?? 0);
      resolve({
        exitCode, signal, timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
  });
}

async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------
// Compile, run, record

const RUNTIMECONFIG = JSON.stringify({
  runtimeOptions: {
    tfm: 'net10.0',
    framework: { name: 'Microsoft.NETCore.App', version: '10.0.0' },
    configProperties: { 'System.Runtime.Serialization.EnableUnsafeBinaryFormatterSerialization': false },
  },
}, null, 2) + '\n';

const GENERATED_NAME = 'DotnodeFixture.GlobalUsings.g.cs';
const GENERATED_SOURCE = `// <auto-generated/>
// Equivalent of what dotnet build generates for a default console project
// (ImplicitUsings=enable and the TargetFramework attribute).
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Threading;
global using System.Threading.Tasks;
[assembly: global::System.Runtime.Versioning.TargetFrameworkAttribute(".NETCoreApp,Version=v10.0", FrameworkDisplayName = ".NET 10.0")]
`;

const DEFINES = ['TRACE', 'RELEASE', 'NET', 'NET10_0', 'NETCOREAPP',
  'NET5_0_OR_GREATER', 'NET6_0_OR_GREATER', 'NET7_0_OR_GREATER', 'NET8_0_OR_GREATER',
  'NET9_0_OR_GREATER', 'NET10_0_OR_GREATER', 'NETCOREAPP1_0_OR_GREATER', 'NETCOREAPP1_1_OR_GREATER',
  'NETCOREAPP2_0_OR_GREATER', 'NETCOREAPP2_1_OR_GREATER', 'NETCOREAPP2_2_OR_GREATER',
  'NETCOREAPP3_0_OR_GREATER', 'NETCOREAPP3_1_OR_GREATER'];

function expectationText(h, r) {
  const nl = r.stderr.indexOf('\n');
  const stderrFirstLine = (nl < 0 ? r.stderr : r.stderr.slice(0, nl)).replace(/\r$/, '');
  return JSON.stringify({
    args: h.args, stdin: h.stdin, exitCode: r.exitCode, stdout: r.stdout, stderrFirstLine,
  }, null, 2) + '\n';
}

function readOrNull(p, enc) {
  try { return fs.readFileSync(p, enc); } catch { return null; }
}

// Write only when the content changed, so untouched fixtures keep their timestamps.
function writeIfChanged(p, data) {
  const old = readOrNull(p);
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  if (old && old.equals(buf)) return false;
  fs.writeFileSync(p, buf);
  return true;
}

function describeExpectationDiff(committed, fresh) {
  let a, b;
  try { a = JSON.parse(committed); b = JSON.parse(fresh); } catch { return 'expected.json differs (unparsable)'; }
  const fields = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  const details = fields.map((k) => {
    if (k === 'stdout') {
      const la = String(a.stdout ?? '').split('\n'), lb = String(b.stdout ?? '').split('\n');
      let i = 0;
      while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
      return `stdout (line ${i + 1}: committed ${JSON.stringify(la[i] ?? '<eof>')}, fresh ${JSON.stringify(lb[i] ?? '<eof>')})`;
    }
    return `${k} (committed ${JSON.stringify(a[k])}, fresh ${JSON.stringify(b[k])})`;
  });
  return `expected.json differs: ${details.join('; ') || 'formatting'}`;
}

async function main() {
  const dotnet = findOnPath('dotnet');
  if (!dotnet) {
    console.log('build-fixtures: dotnet is not on PATH; skipping the conformance fixture build.');
    return 0;
  }
  const env = childEnv();
  const sdk = locateSdk(dotnet);
  let programs = discoverPrograms();
  let ilasm = null;
  const skipped = [];
  if (programs.some((p) => p.kind === 'il')) {
    const found = locateIlasm(dotnet, env);
    if (found.path) ilasm = found.path;
    else {
      console.log(`build-fixtures: ${found.error}; skipping the .il programs`);
      for (const p of programs) if (p.kind === 'il') skipped.push(p.id);
      programs = programs.filter((p) => p.kind !== 'il');
    }
  }
  console.log(`build-fixtures: SDK ${sdk.sdkVersion} (${sdk.sdkDir}), reference pack ${sdk.refVersion}, `
    + `${programs.length} program(s)${opts.check ? ', check mode' : ''}, ${opts.jobs} job(s)`);
  if (!programs.length) return 0;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dotnode-fixtures-'));
  const genDir = path.join(tmp, 'gen');
  fs.mkdirSync(genDir);
  const genFile = path.join(genDir, GENERATED_NAME);
  fs.writeFileSync(genFile, GENERATED_SOURCE);
  const outRoot = opts.check ? path.join(tmp, 'out') : specDir;

  // Options shared by every compilation, in a response file. Paths are mapped so that nothing
  // machine-specific (repository location, temp directory) can reach the output.
  const rsp = path.join(tmp, 'common.rsp');
  const quote = (s) => `"${s}"`;
  fs.writeFileSync(rsp, [
    '-nologo', '-nostdlib+', '-target:exe', '-platform:anycpu', '-langversion:latest',
    '-nullable:enable', '-optimize+', '-deterministic+', '-debug-', '-checked-', '-highentropyva+',
    '-filealign:512', '-utf8output', '-warn:0', '-nowarn:1701,1702,8002', '-warnaserror-',
    `-define:${DEFINES.join(';')}`,
    quote(`-pathmap:${specDir}=/dotnode/spec-tests,${genDir}=/dotnode/obj`),
    ...sdk.refs.map((r) => quote(`-r:${r}`)),
  ].join('\n') + '\n');

  const pipeName = `dotnode-fx-${process.pid}`;
  let serverUsed = false;
  const started = Date.now();
  let failures = 0;

  const results = await pool(programs, opts.jobs, async (p) => {
    const h = readHeaders(p.src);
    const outDir = path.join(outRoot, p.category);
    fs.mkdirSync(outDir, { recursive: true });
    const dll = path.join(outDir, `${p.name}.dll`);
    let c;
    if (p.kind === 'il') {
      // ilasm is run from the program's folder with a relative source name, deterministic
      // (/DET), so nothing machine-specific reaches the output. In build mode an unchanged
      // program reassembles to the same bytes.
      c = await run(ilasm, ['-nologo', '-quiet', '-det', '-exe', `-output=${dll}`, `${p.name}.il`],
        { cwd: path.dirname(p.src), timeout: COMPILE_TIMEOUT_MS, env });
    } else {
      const cscArgs = [sdk.csc];
      if (opts.server) { cscArgs.push(`-shared:${pipeName}`); serverUsed = true; }
      cscArgs.push('-noconfig', `@${rsp}`, h.unsafe ? '-unsafe+' : '-unsafe-', `-out:${dll}`, p.src, genFile);
      // In build mode csc writes in place: deterministic output for unchanged input is
      // byte-identical, so an unchanged program leaves its committed .dll as it was.
      c = await run(dotnet, cscArgs, { cwd: root, timeout: COMPILE_TIMEOUT_MS, env });
    }
    const compileOutput = (c.stdout + c.stderr).trim();
    if (c.exitCode !== 0 || !fs.existsSync(dll)) {
      const tool = p.kind === 'il' ? 'ilasm' : 'csc';
      return { p, ok: false, line: `FAIL ${p.id}: compile error (${tool} exit ${c.exitCode}${c.timedOut ? ', timed out' : ''})`, detail: compileOutput };
    }
    fs.rmSync(path.join(outDir, `${p.name}.pdb`), { force: true });
    const rcPath = path.join(outDir, `${p.name}.runtimeconfig.json`);
    writeIfChanged(rcPath, RUNTIMECONFIG);

    const r = await run(dotnet, [dll, ...h.args], { cwd: outDir, input: h.stdin, timeout: RUN_TIMEOUT_MS, env });
    if (r.timedOut) {
      return { p, ok: false, line: `FAIL ${p.id}: run timed out after ${RUN_TIMEOUT_MS / 1000} s`, detail: r.stderr.trim() };
    }
    const expected = expectationText(h, r);
    const summary = `exit=${r.exitCode} stdout=${Buffer.byteLength(r.stdout)}B compile=${(c.ms / 1000).toFixed(2)}s run=${(r.ms / 1000).toFixed(2)}s`;

    if (opts.check) {
      const base = path.join(specDir, p.category, p.name);
      const diffs = [];
      const committedDll = readOrNull(`${base}.dll`);
      if (!committedDll) diffs.push('no committed .dll');
      else if (!committedDll.equals(fs.readFileSync(dll))) diffs.push('.dll differs');
      const committedRc = readOrNull(`${base}.runtimeconfig.json`, 'utf8');
      if (committedRc === null) diffs.push('no committed .runtimeconfig.json');
      else if (committedRc !== RUNTIMECONFIG) diffs.push('.runtimeconfig.json differs');
      const committedExp = readOrNull(`${base}.expected.json`, 'utf8');
      if (committedExp === null) diffs.push('no committed .expected.json');
      else if (committedExp !== expected) diffs.push(describeExpectationDiff(committedExp, expected));
      if (diffs.length) return { p, ok: false, line: `DIFF ${p.id}: ${diffs.join('; ')}` };
      return { p, ok: true, line: `same ${p.id}  ${summary}` };
    }

    const changed = writeIfChanged(path.join(outDir, `${p.name}.expected.json`), expected);
    return { p, ok: true, line: `${changed ? 'new ' : 'ok  '} ${p.id}  ${summary}` };
  }).finally(() => {
    if (serverUsed) {
      // Stop the private compiler server this run started (it is identified by its pipe name).
      spawnSync(dotnet, [sdk.vbcscompiler, '-shutdown', `-pipename:${pipeName}`], { env, stdio: 'ignore', timeout: 30_000 });
    }
  });

  for (const res of results) {
    console.log(res.line);
    if (res.detail) console.log(res.detail.split('\n').map((l) => `    ${l}`).join('\n'));
    if (!res.ok) failures++;
  }

  // In a full build, remove outputs whose source program no longer exists.
  if (!opts.only.length) {
    // Skipped .il programs (no ilasm) keep their committed outputs.
    const known = new Set([...discoverPrograms().map((p) => p.id), ...skipped]);
    for (const cat of fs.readdirSync(specDir, { withFileTypes: true })) {
      if (!cat.isDirectory()) continue;
      for (const f of fs.readdirSync(path.join(specDir, cat.name))) {
        const m = /^(.*?)\.(dll|pdb|runtimeconfig\.json|expected\.json)$/.exec(f);
        if (!m || known.has(`${cat.name}/${m[1]}`)) continue;
        if (opts.check) {
          console.log(`DIFF ${cat.name}/${m[1]}: stale ${f} without a source program`);
          failures++;
        } else {
          fs.rmSync(path.join(specDir, cat.name, f));
          console.log(`removed stale ${cat.name}/${f}`);
        }
      }
    }
  }

  fs.rmSync(tmp, { recursive: true, force: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const verb = opts.check ? 'checked' : 'built';
  console.log(`build-fixtures: ${verb} ${programs.length} program(s) in ${secs} s: ${programs.length - failures} ok, ${failures} failed`
    + (skipped.length ? `, ${skipped.length} .il program(s) skipped (no ilasm)` : ''));
  return failures ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`build-fixtures: ${e.stack || e}`);
  process.exit(1);
});
