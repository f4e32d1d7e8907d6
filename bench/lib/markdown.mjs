// Render a results object (see run.mjs) as a Markdown report.
import { formatMs, formatRatio } from './format.mjs';

const STATUS_TEXT = {
  failed: 'failed',
  timeout: 'timeout',
  mismatch: 'wrong output',
  missing: 'n/a',
  skipped: 'skipped',
};

function cellText(cell, key, runs) {
  if (!cell) return 'n/a';
  if (cell.status !== 'ok') return STATUS_TEXT[cell.status] ?? cell.status;
  const n = cell.stats.n;
  return formatMs(cell.stats[key]) + (n < runs ? ` (${n} run${n === 1 ? '' : 's'})` : '');
}

function ratio(program, col, key) {
  const a = program.cells[col.num];
  const b = program.cells[col.den];
  if (!a || !b || a.status !== 'ok' || b.status !== 'ok') return '–';
  return formatRatio(a.stats[key] / b.stats[key]);
}

function programLabel(p) {
  return p.startup ? 'start-up (hello)' : p.name;
}

function escapeCell(s) {
  return String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(results, key) {
  const rts = results.runtimes;
  const cols = results.ratioColumns;
  const head = ['program', 'size', ...rts.map((r) => r.label), ...cols.map((c) => c.label)];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const p of results.programs) {
    const row = [
      programLabel(p),
      p.args.length ? p.args.join(' ') : '–',
      ...rts.map((r) => cellText(p.cells[r.id], key, results.settings.runs)),
      ...cols.map((c) => ratio(p, c, key)),
    ];
    lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

function machineSection(results) {
  const m = results.machine;
  const s = results.settings;
  const dotnet = m.dotnet ? `${m.dotnet.runtime} (SDK ${m.dotnet.sdk})` : 'not installed';
  return [
    `- date: ${m.date}`,
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os} (${m.arch}, kernel ${m.kernel})`,
    `- node ${m.node}; dotnet ${dotnet}; mono ${m.mono ?? 'not installed'}`,
    `- dotnode commit: ${m.dotnodeCommit ?? 'unknown'}`,
    `- mode: ${s.quick ? 'quick' : 'full'}; ${s.runs} runs per program and runtime, interleaved round-robin; ` +
      `timeout ${s.timeoutMs / 1000} s per run; time budget ${s.budgetMs / 60000} min`,
  ].join('\n');
}

/** Collect non-ok cells into note lines, grouping identical reasons. */
function notes(results) {
  const groups = new Map();
  for (const p of results.programs) {
    for (const r of results.runtimes) {
      const c = p.cells[r.id];
      if (!c || c.status === 'ok') continue;
      const key = `${r.label}\u0000${c.status}\u0000${c.reason ?? ''}`;
      if (!groups.has(key)) groups.set(key, { runtime: r.label, status: c.status, reason: c.reason, programs: [] });
      groups.get(key).programs.push(programLabel(p));
    }
  }
  return [...groups.values()].map((g) => {
    const what = STATUS_TEXT[g.status] ?? g.status;
    const reason = g.reason ? `: ${g.reason.length > 300 ? g.reason.slice(0, 300) + '…' : g.reason}` : '';
    return `- **${g.runtime}** ${what} on ${g.programs.join(', ')}${reason.replace(/\r?\n/g, ' ')}`;
  });
}

export function renderMarkdown(results) {
  const out = [];
  out.push(`# dotnode benchmarks${results.settings.quick ? ' (quick)' : ''}`);
  out.push('');
  out.push(machineSection(results));
  out.push('');
  out.push('Whole-program wall time, process start to exit, so start-up is included; lower is better. ' +
    'A time is shown only when every run of that runtime printed the expected checksum line.');
  out.push('');
  out.push('## Median wall time');
  out.push('');
  out.push(table(results, 'median'));
  out.push('');
  out.push('## Minimum wall time');
  out.push('');
  out.push(table(results, 'min'));
  const n = notes(results);
  if (n.length) {
    out.push('');
    out.push('## Failures and skipped runtimes');
    out.push('');
    out.push(...n);
  }
  out.push('');
  out.push('![bar chart of median wall times](latest.svg)');
  out.push('');
  return out.join('\n');
}
