// Describe the machine and tool versions for the results file.
import fs from 'node:fs';
import os from 'node:os';
import { capture, which } from './proc.mjs';
import { repoDir } from './programs.mjs';

function cpuModel() {
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const m = info.match(/^model name\s*:\s*(.+)$/m);
    if (m) return m[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function osName() {
  try {
    const m = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?$/m);
    if (m) return m[1];
  } catch {
    // no os-release
  }
  return `${os.type()} ${os.release()}`;
}

function firstLine(s) {
  return s == null ? null : s.split('\n')[0].trim() || null;
}

function dotnetVersions() {
  if (!which('dotnet')) return null;
  const sdk = firstLine(capture('dotnet', ['--version']));
  const list = capture('dotnet', ['--list-runtimes']) || '';
  const runtimes = [...list.matchAll(/^Microsoft\.NETCore\.App (\S+)/gm)].map((m) => m[1]);
  return { sdk, runtime: runtimes.length ? runtimes[runtimes.length - 1] : null };
}

function monoVersion() {
  if (!which('mono')) return null;
  const v = firstLine(capture('mono', ['--version']));
  const m = v && v.match(/version (\S+)/);
  return m ? m[1] : v;
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    hostname: os.hostname(),
    os: osName(),
    kernel: os.release(),
    arch: os.arch(),
    cpu: cpuModel(),
    cores: cpus.length,
    availableParallelism: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    dotnet: dotnetVersions(),
    mono: monoVersion(),
    mcs: firstLine(which('mcs') ? capture('mcs', ['--version']) : null),
    dotnodeCommit: firstLine(capture('git', ['-C', repoDir, 'rev-parse', '--short', 'HEAD'])),
  };
}
