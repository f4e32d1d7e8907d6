#!/usr/bin/env node
// Whole-program benchmarks: dotnode (interpreter tier) against dotnet, mono and
// mono --interpreter. Each program runs several times on each runtime, interleaved
// round-robin; every run's output is checked against the expected checksum line.
// Writes bench/results/latest.{json,md,svg}. Then the micro benchmarks (bench/micro/run.mjs,
// in a child process) write bench/results/micro.{json,md}; their table is appended to latest.md.
//
// Usage: node bench/run.mjs [--quick] [--only name[,name...]] [--runs N]
//                           [--timeout SECONDS] [--budget MINUTES] [--runtimes id[,id...]] [--no-build]
//                           [--no-micro | --micro-only]
// The time budget (default 16 min, 1.1 min with --quick; 18 and 1.75 with --no-micro) bounds
// the whole-program part: once it is used up, cells that already have a sample get no more, and
// cells without one are skipped. The micro part gets what is left of 19 min (1.75 min with --quick).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { allPrograms, benchDir, resultsDir, programsDir } from './lib/programs.mjs';
import { runtimes as allRuntimes, referenceOrder, ratioColumns } from './lib/runtimes.mjs';
import { run } from './lib/proc.mjs';
import { summarize } from './lib/stats.mjs';
import { machineInfo } from './lib/machine.mjs';
import { renderMarkdown } from './lib/markdown.mjs';
import { renderSvg } from './lib/svg.mjs';
import { formatMs } from './lib/format.mjs';
import { microTable } from './micro/markdown.mjs';
import { eachFlag } from './lib/flags.mjs';

const USAGE = `usage: node bench/run.mjs [--quick] [--only name[,name...]] [--runs N]
                         [--timeout SECONDS] [--budget MINUTES] [--runtimes id[,id...]] [--no-build]
                         [--no-micro | --micro-only]
programs: ${allPrograms().map((p) => p.name).join(', ')}
runtimes: ${allRuntimes.map((r) => r.id).join(', ')}`;

function parseArgs(argv) {
  const opts = { quick: false, only: null, runs: null, timeout: null, budget: null, runtimes: null, build: true, micro: true, microOnly: false };
  eachFlag(argv, (a, next) => {
    switch (a) {
      case '--quick': opts.quick = true; break;
      case '--only': opts.only = next().split(',').filter(Boolean); break;
      case '--runs': opts.runs = Number(next()); break;
      case '--timeout': opts.timeout = Number(next()); break;
      case '--budget': opts.budget = Number(next()); break;
      case '--runtimes': opts.runtimes = next().split(',').filter(Boolean); break;
      case '--no-build': opts.build = false; break;
      case '--no-micro': opts.micro = false; break;
      case '--micro-only': opts.microOnly = true; break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: return false;
    }
    return true;
  });
  if (opts.runs != null && !(Number.isInteger(opts.runs) && opts.runs > 0)) throw new Error('--runs must be a positive integer');
  if (opts.timeout != null && !(opts.timeout > 0)) throw new Error('--timeout must be a positive number of seconds');
  if (opts.budget != null && !(opts.budget > 0)) throw new Error('--budget must be a positive number of minutes');
  if (opts.microOnly && !opts.micro) throw new Error('--micro-only and --no-micro exclude each other');
  return opts;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`run.mjs: ${e.message}\n${USAGE}`);
  process.exit(2);
}

const runs = opts.runs ?? (opts.quick ? 3 : 5);
const timeoutMs = (opts.timeout ?? (opts.quick ? 20 : 60)) * 1000;
const budgetMs = (opts.budget ?? (opts.micro ? (opts.quick ? 1.1 : 16) : (opts.quick ? 1.75 : 18))) * 60000;
// The micro benchmarks run after the whole programs, with what is left of this (in seconds,
// clamped to [20, 60] with --quick and [60, 300] otherwise).
const totalMs = (opts.quick ? 1.75 : 19) * 60000;

let selected = allPrograms();
if (opts.only) {
  const unknown = opts.only.filter((n) => !selected.some((p) => p.name === n));
  if (unknown.length) {
    console.error(`run.mjs: unknown program(s) ${unknown.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  selected = selected.filter((p) => opts.only.includes(p.name));
}
let runtimes = allRuntimes;
if (opts.runtimes) {
  const unknown = opts.runtimes.filter((id) => !allRuntimes.some((r) => r.id === id));
  if (unknown.length) {
    console.error(`run.mjs: unknown runtime(s) ${unknown.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  runtimes = allRuntimes.filter((r) => opts.runtimes.includes(r.id));
}

const log = (s) => process.stderr.write(s + '\n');
const t0 = Date.now();

/** Runs bench/micro/run.mjs in a child process (its output goes straight through); returns its exit status. */
function runMicro() {
  const left = (totalMs - (Date.now() - t0)) / 1000;
  const budget = Math.round(opts.quick ? Math.min(60, Math.max(20, left)) : Math.min(300, Math.max(60, left)));
  log(`\nrun.mjs: micro benchmarks (budget ${budget} s)`);
  const r = spawnSync(process.execPath, [path.join(benchDir, 'micro', 'run.mjs'), ...(opts.quick ? ['--quick'] : []),
    '--budget', String(budget), ...(opts.build ? [] : ['--no-build'])], { stdio: 'inherit' });
  return r.status;
}

if (opts.microOnly) {
  const status = runMicro();
  log(`run.mjs: done in ${Math.round((Date.now() - t0) / 100) / 10} s`);
  process.exit(status ?? 1);
}

// ---- Build (skips what is up to date or whose compiler is missing) ----
if (opts.build) {
  const names = [...selected.map((p) => p.name), ...(opts.micro ? ['micro'] : [])];
  const r = spawnSync(process.execPath, [path.join(benchDir, 'build.mjs'), '--only', names.join(',')], {
    stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8',
  });
  const built = (r.stdout || '').split('\n').filter((l) => / built$| FAILED$|skipping/.test(l));
  for (const l of built) log(l);
  if (r.status !== 0) log(`run.mjs: build reported errors (continuing):\n${r.stderr}`);
}

// ---- Availability ----
const rtInfo = runtimes.map((r) => {
  const reason = r.available();
  return { id: r.id, label: r.label, color: r.color, available: reason == null, reason };
});
for (const r of rtInfo) if (!r.available) log(`run.mjs: skipping ${r.label}: ${r.reason}`);
for (const r of runtimes) {
  const w = rtInfo.find((x) => x.id === r.id).available && r.warning?.();
  if (w) log(`run.mjs: warning: ${r.label}: ${w}`);
}

/** A short one-line digest of an error output: the first line naming an error, else the first lines. */
function oneLine(s, max = 400) {
  const lines = String(s || '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const err = lines.find((l) => /\b[\w.]*(Error|Exception)\b/.test(l) && !/^at\s/.test(l));
  const t = err ?? lines.slice(0, 3).join(' / ');
  return t.length > max ? t.slice(0, max) + '…' : t;
}

function normalizeOutput(s) {
  return String(s || '').replace(/\r\n/g, '\n').trim();
}

// ---- Plan: one cell per (program, runtime) ----
const results = {
  format: 'dotnode-bench/1',
  machine: machineInfo(),
  settings: { quick: opts.quick, runs, timeoutMs, budgetMs, only: opts.only, runtimes: opts.runtimes },
  runtimes: rtInfo,
  ratioColumns: ratioColumns.filter((c) => runtimes.some((r) => r.id === c.num) && runtimes.some((r) => r.id === c.den)),
  programs: selected.map((p) => {
    const args = opts.quick ? p.quick : p.full;
    const expected = p.expected?.[args.join(' ')] ?? null;
    const cells = {};
    for (const r of runtimes) {
      const info = rtInfo.find((x) => x.id === r.id);
      const cell = { status: 'pending', reason: null, samples: [], stats: null };
      if (!info.available) {
        cell.status = 'missing';
        cell.reason = info.reason;
      } else if (!fs.existsSync(r.binary(p.name))) {
        cell.status = 'missing';
        cell.reason = `${path.relative(programsDir, r.binary(p.name))} not built`;
      }
      cells[r.id] = cell;
    }
    return { name: p.name, startup: !!p.startup, args, expected, expectedSource: expected ? 'recorded' : null, cells };
  }),
};

// ---- Warm-up: load each runtime once (page cache), untimed ----
const hello = allPrograms().find((p) => p.startup);
for (const r of runtimes) {
  if (!rtInfo.find((x) => x.id === r.id).available || !fs.existsSync(r.binary(hello.name))) continue;
  const [cmd, args] = r.command(hello.name, []);
  await run(cmd, args, { cwd: path.join(programsDir, hello.name), timeoutMs: Math.min(timeoutMs, 20000) });
}

// ---- Measure: rounds × programs × runtimes (runtime order rotates per round) ----
const total = results.programs.length * runtimes.length * runs;
let done = 0;
for (let round = 0; round < runs; round++) {
  const order = runtimes.map((_, i) => runtimes[(i + round) % runtimes.length]);
  for (const p of results.programs) {
    for (const r of order) {
      const cell = p.cells[r.id];
      done++;
      if (cell.status !== 'pending') continue; // missing, or already failed: no more runs
      const last = cell.samples[cell.samples.length - 1];
      if (Date.now() - t0 + (last ? last.ms : 0) > budgetMs) {
        // Out of time: keep what this cell has, or skip it if it has nothing.
        if (last) {
          cell.truncated = true;
          cell.status = 'done';
        } else {
          cell.status = 'skipped';
          cell.reason = `time budget of ${budgetMs / 60000} min used up`;
        }
        log(`run.mjs: time budget used up: ${last ? 'no more runs of' : 'skipping'} ${p.name} on ${r.label}`);
        continue;
      }
      const [cmd, args] = r.command(p.name, p.args);
      const res = await run(cmd, args, { cwd: path.join(programsDir, p.name), timeoutMs });
      const stdout = normalizeOutput(res.stdout);
      const sample = { round: round + 1, ms: Math.round(res.ms * 1000) / 1000, status: res.status, stdout: stdout.slice(0, 1000) };
      if (res.status !== 'ok') {
        sample.code = res.code;
        sample.signal = res.signal;
        sample.stderr = String(res.stderr || res.error || '').slice(0, 4000);
        cell.status = res.status;
        cell.reason = res.status === 'timeout'
          ? `no exit within ${timeoutMs / 1000} s`
          : `exit ${res.code ?? res.signal}${oneLine(res.stderr || res.error || res.stdout) ? ': ' + oneLine(res.stderr || res.error || res.stdout) : ''}`;
      } else if (p.expected != null && stdout !== p.expected) {
        sample.status = 'mismatch';
        cell.status = 'mismatch';
        cell.reason = `printed "${oneLine(stdout, 200)}", expected "${p.expected}"`;
      }
      cell.samples.push(sample);
      log(`[${String(done).padStart(String(total).length)}/${total}] round ${round + 1}/${runs}  ` +
        `${p.name.padEnd(12)} ${r.label.padEnd(22)} ${sample.status === 'ok' ? formatMs(sample.ms).padStart(9) : sample.status}`);
    }
  }
}

// ---- Verify outputs where no expected line was recorded, then summarize ----
for (const p of results.programs) {
  if (p.expected == null) {
    for (const id of [...referenceOrder, ...runtimes.map((r) => r.id)]) {
      const c = p.cells[id];
      const s = c && c.samples.find((x) => x.status === 'ok');
      if (s) {
        p.expected = s.stdout;
        p.expectedSource = id;
        break;
      }
    }
  }
  for (const [id, c] of Object.entries(p.cells)) {
    for (const s of c.samples) {
      if (s.status === 'ok' && p.expected != null && s.stdout !== p.expected) {
        s.status = 'mismatch';
        if (c.status === 'pending' || c.status === 'done') {
          c.status = 'mismatch';
          c.reason = `printed "${oneLine(s.stdout, 200)}", expected "${p.expected}" (from ${p.expectedSource})`;
        }
      }
    }
    if (c.status === 'pending' || c.status === 'done') c.status = 'ok';
    const times = c.samples.filter((s) => s.status === 'ok').map((s) => s.ms);
    c.stats = times.length ? summarize(times) : null;
    if (c.status === 'ok' && !c.stats) {
      c.status = 'missing';
      c.reason = `no run of ${id}`;
    }
  }
}
results.elapsedSeconds = Math.round((Date.now() - t0) / 100) / 10;

// ---- Write ----
fs.mkdirSync(resultsDir, { recursive: true });
const files = {
  'latest.json': JSON.stringify(results, null, 2) + '\n',
  'latest.md': renderMarkdown(results),
  'latest.svg': renderSvg(results),
};
for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(resultsDir, name), text);

const mdTable = files['latest.md'].split('## Minimum')[0].split('## Median wall time')[1];
console.log(mdTable.trim());
log(`\nrun.mjs: whole programs done in ${results.elapsedSeconds} s; wrote ${Object.keys(files).map((f) => path.relative(process.cwd(), path.join(resultsDir, f))).join(', ')}`);

// ---- Micro benchmarks, then their table in latest.md ----
let microStatus = 0;
const microSection = ['## Micro benchmarks', ''];
if (opts.micro) {
  // Keep the whole-program results even if the micro part fails.
  const microJson = path.join(resultsDir, 'micro.json');
  const before = fs.existsSync(microJson) ? fs.statSync(microJson).mtimeMs : 0;
  microStatus = runMicro() ?? 1;
  if (fs.existsSync(microJson) && fs.statSync(microJson).mtimeMs > before) {
    const micro = JSON.parse(fs.readFileSync(microJson, 'utf8'));
    microSection.push('Time per operation of the runtime\'s hot paths (Benchmark.js on one loaded runtime; ' +
      'peers run the same C# methods). Details and settings: [micro.md](micro.md).', '', microTable(micro), '');
  } else {
    microSection.push('The micro benchmarks failed in this run; see the log of `npm run bench -- --micro-only`.', '');
  }
} else {
  microSection.push('Not run this time (`--no-micro`); the last results, if any, are in [micro.md](micro.md).', '');
}
fs.writeFileSync(path.join(resultsDir, 'latest.md'), files['latest.md'] + '\n' + microSection.join('\n'));
log(`run.mjs: done in ${Math.round((Date.now() - t0) / 100) / 10} s`);
process.exit(microStatus);
