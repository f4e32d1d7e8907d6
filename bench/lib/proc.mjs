// Process helpers: locate commands on PATH and run a command with a timeout,
// measuring its wall-clock time. Never throws for a failing child.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Absolute path of `cmd` found on PATH, or null. */
export function which(cmd) {
  if (cmd.includes('/')) return fs.existsSync(cmd) ? cmd : null;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const full = path.join(dir, cmd);
    try {
      fs.accessSync(full, fs.constants.X_OK);
      if (fs.statSync(full).isFile()) return full;
    } catch {
      // not here
    }
  }
  return null;
}

/** Run a command synchronously and return its trimmed stdout, or null on any failure. */
export function capture(cmd, args, opts = {}) {
  try {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30000, ...opts });
    if (r.error || r.status !== 0) return null;
    return (r.stdout || '') + (opts.withStderr ? r.stderr || '' : '');
  } catch {
    return null;
  }
}

const MAX_OUTPUT = 1 << 20; // keep at most 1 MiB of each stream

// Children run in their own process group (so a timeout kills grandchildren too),
// which also means Ctrl-C does not reach them: forward it.
const active = new Set();
let handlersInstalled = false;
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(sig, () => {
      for (const pid of active) {
        try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
      }
      process.exit(code);
    });
  }
}

/**
 * Run `cmd args` and resolve with
 * { status: 'ok' | 'failed' | 'timeout', code, signal, ms, stdout, stderr, error? }.
 * `ms` is wall time from spawn to exit, measured with a monotonic clock.
 */
export function run(cmd, args, { cwd, timeoutMs = 60000, env } = {}) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const start = process.hrtime.bigint();
    let child;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child) active.delete(child.pid);
      resolve(result);
    };
    try {
      child = spawn(cmd, args, {
        cwd,
        env: env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // own process group, so a timeout can kill its children too
      });
    } catch (error) {
      resolve({ status: 'failed', code: null, signal: null, ms: 0, stdout: '', stderr: '', error: String(error) });
      return;
    }
    installSignalHandlers();
    if (child.pid) active.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        try { child.kill('SIGKILL'); } catch { /* already gone */ }
      }
    }, timeoutMs);
    child.stdout.on('data', (d) => { if (stdout.length < MAX_OUTPUT) stdout += d; });
    child.stderr.on('data', (d) => { if (stderr.length < MAX_OUTPUT) stderr += d; });
    child.on('error', (error) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      finish({ status: 'failed', code: null, signal: null, ms, stdout, stderr, error: String(error) });
    });
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let status = 'ok';
      if (timedOut) status = 'timeout';
      else if (code !== 0) status = 'failed';
      finish({ status, code, signal, ms, stdout, stderr });
    });
  });
}
