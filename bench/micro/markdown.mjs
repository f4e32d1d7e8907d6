// Render bench/results/micro.json (see run.mjs) as a Markdown report.
import { formatRatio } from '../lib/format.mjs';
import { formatNs } from './harness.mjs';

const escapeCell = (s) => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function dotnodeCell(b) {
  if (b.status !== 'ok') return b.status === 'skipped' ? 'skipped' : 'failed';
  return `${formatNs(b.stats.mean)} ±${b.stats.rme.toFixed(1)}%`;
}

function peerCell(results, b, id) {
  const peer = results.peers[id];
  if (!peer || b.group !== 'interpreter') return '–';
  const r = b.peers?.[id];
  if (!r) return peer.status === 'missing' ? 'n/a' : peer.status === 'ok' ? 'failed' : peer.status;
  return formatNs(r.stats.median);
}

function ratio(b, id) {
  const r = b.peers?.[id];
  if (b.status !== 'ok' || !r) return '–';
  return formatRatio(b.stats.median / r.stats.median);
}

/** The table alone (also embedded in latest.md by bench/run.mjs). */
export function microTable(results) {
  const peerIds = Object.keys(results.peers);
  const head = ['benchmark', 'one op', 'dotnode (mean ± rme)', 'dotnode median', ...peerIds.map((id) => results.peers[id].label),
    ...peerIds.map((id) => `dotnode / ${id}`)];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const b of results.benchmarks) {
    const row = [b.name, b.op, dotnodeCell(b), b.status === 'ok' ? formatNs(b.stats.median) : '–', ...peerIds.map((id) => peerCell(results, b, id)), ...peerIds.map((id) => ratio(b, id))];
    lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function renderMicroMarkdown(results) {
  const m = results.machine;
  const s = results.settings;
  const dotnet = m.dotnet ? `${m.dotnet.runtime} (SDK ${m.dotnet.sdk})` : 'not installed';
  const out = [
    `# dotnode micro benchmarks${s.quick ? ' (quick)' : ''}`,
    '',
    `- date: ${m.date}`,
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}`,
    `- node ${m.node}; dotnet ${dotnet}; mono ${m.mono ?? 'not installed'}; dotnode commit ${m.dotnodeCommit ?? 'unknown'}`,
    `- dotnode: ${s.warmupMs} ms of untimed calls, then Benchmark.js, maxTime ${s.maxTime} s, at least ${s.minSamples} samples per benchmark; ` +
      `peers: ${s.peerReps} timed calls of at least ${s.peerTargetMs} ms after warm-up; ${results.elapsedSeconds} s in all`,
    '',
    'Time per operation, lower is better. One op is one loop iteration of the MicroBench.cs method ' +
      '(loop overhead included: see EmptyLoop), or one call of a runtime-internal JS function. ' +
      'dotnode: Benchmark.js mean ± relative margin of error of the mean (95% confidence); ' +
      'peers: median of their timed calls (same C# method, n calibrated per runtime). ' +
      'Ratios compare medians (robust to the odd slow sample on a shared machine).',
    '',
    microTable(results),
    '',
  ];
  const notes = [];
  for (const [id, p] of Object.entries(results.peers)) if (p.status !== 'ok') notes.push(`- **${p.label}** ${p.status}: ${p.reason}`);
  for (const b of results.benchmarks) if (b.status !== 'ok') notes.push(`- **${b.name}** ${b.status}: ${b.reason}`);
  if (results.fatal) notes.push(`- dotnode side failed: ${results.fatal.split('\n')[0]}`);
  if (notes.length) out.push('## Failures and skipped runtimes', '', ...notes, '');
  return out.join('\n');
}
