// Render a results object (see run.mjs) as a grouped bar chart in SVG:
// one group per program, one bar per runtime (median wall time), log-scale y axis.
import { formatMs } from './format.mjs';

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function r1(x) {
  return Math.round(x * 10) / 10;
}

/** Tick values at 1, 2, 5 × 10^k between lo and hi (both powers of ten). */
function logTicks(lo, hi) {
  const ticks = [];
  for (let d = lo; d < hi * 1.0001; d *= 10) {
    for (const m of [1, 2, 5]) {
      const v = d * m;
      if (v <= hi * 1.0001) ticks.push({ value: v, major: m === 1 });
    }
  }
  return ticks;
}

/** Axis label for a tick value in ms: "20 ms", "1 s", "50 s". */
function tickLabel(ms) {
  return ms < 1000 ? `${+ms.toPrecision(3)} ms` : `${+(ms / 1000).toPrecision(3)} s`;
}

const STATUS_TEXT = { failed: 'failed', timeout: 'timeout', mismatch: 'wrong output', missing: 'n/a', skipped: 'skipped' };

export function renderSvg(results, { title } = {}) {
  const rts = results.runtimes;
  const programs = results.programs;

  const values = [];
  for (const p of programs) {
    for (const r of rts) {
      const c = p.cells[r.id];
      if (c && c.status === 'ok') values.push(c.stats.median, c.stats.min);
    }
  }
  const vmin = values.length ? Math.min(...values) : 1;
  const vmax = values.length ? Math.max(...values) : 1000;
  const lo = 10 ** Math.floor(Math.log10(vmin));
  let hi = 10 ** Math.ceil(Math.log10(vmax));
  if (hi <= lo) hi = lo * 10;

  const barW = 16;
  const barGap = 2;
  const groupGap = 28;
  const groupW = rts.length * (barW + barGap) - barGap;
  const margin = { left: 78, right: 24, top: 78, bottom: 84 };
  const plotW = Math.max(programs.length * (groupW + groupGap), 300);
  const plotH = 360;
  const width = margin.left + plotW + margin.right;
  const height = margin.top + plotH + margin.bottom;

  const y = (v) => margin.top + plotH - ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotH;
  const baseY = margin.top + plotH;

  const o = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    'font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">');
  o.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);

  const heading = title ?? `dotnode benchmarks: median wall time${results.settings.quick ? ' (quick sizes)' : ''}`;
  o.push(`<text x="${margin.left}" y="24" font-size="16" font-weight="bold">${esc(heading)}</text>`);
  const m = results.machine;
  o.push(`<text x="${margin.left}" y="42" font-size="11" fill="#555">${esc(`${m.cpu}, ${m.cores} cores; ${m.date.slice(0, 10)}; ` +
    `${results.settings.runs} runs each; bar = median, tick = min; lower is better`)}</text>`);

  // Legend.
  let lx = margin.left;
  for (const r of rts) {
    o.push(`<rect x="${lx}" y="54" width="12" height="12" fill="${r.color}"/>`);
    o.push(`<text x="${lx + 17}" y="64.5">${esc(r.label)}${r.available ? '' : ' (not installed)'}</text>`);
    lx += 17 + r.label.length * 7 + (r.available ? 0 : 95) + 22;
  }

  // Grid and y axis.
  for (const t of logTicks(lo, hi)) {
    const ty = r1(y(t.value));
    o.push(`<line x1="${margin.left}" y1="${ty}" x2="${margin.left + plotW}" y2="${ty}" stroke="${t.major ? '#c8c8c8' : '#ececec'}"/>`);
    o.push(`<text x="${margin.left - 6}" y="${ty + 4}" text-anchor="end" fill="${t.major ? '#222' : '#777'}">${esc(tickLabel(t.value))}</text>`);
  }
  o.push(`<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${baseY}" stroke="#333"/>`);
  o.push(`<line x1="${margin.left}" y1="${baseY}" x2="${margin.left + plotW}" y2="${baseY}" stroke="#333"/>`);
  const cy = margin.top + plotH / 2;
  o.push(`<text x="18" y="${cy}" text-anchor="middle" transform="rotate(-90 18 ${cy})">wall time (log scale)</text>`);
  o.push(`<text x="${margin.left + plotW / 2}" y="${height - 14}" text-anchor="middle">program (size)</text>`);

  // Bars.
  programs.forEach((p, gi) => {
    const gx = margin.left + groupGap / 2 + gi * (groupW + groupGap);
    rts.forEach((r, ri) => {
      const bx = gx + ri * (barW + barGap);
      const c = p.cells[r.id];
      if (c && c.status === 'ok') {
        const top = r1(y(c.stats.median));
        const tip = `${p.name} on ${r.label}: median ${formatMs(c.stats.median)}, min ${formatMs(c.stats.min)} (${c.stats.n} runs)`;
        o.push(`<rect x="${bx}" y="${top}" width="${barW}" height="${r1(baseY - top)}" fill="${r.color}"><title>${esc(tip)}</title></rect>`);
        const my = r1(y(c.stats.min));
        o.push(`<line x1="${bx}" y1="${my}" x2="${bx + barW}" y2="${my}" stroke="#000" stroke-width="1"/>`);
      } else {
        const text = c ? STATUS_TEXT[c.status] ?? c.status : 'n/a';
        const tx = bx + barW / 2 + 4;
        const ty = baseY - 6;
        o.push(`<text x="${tx}" y="${ty}" font-size="10" fill="${r.color}" transform="rotate(-90 ${tx} ${ty})">${esc(text)}</text>`);
      }
    });
    const cx = gx + groupW / 2;
    o.push(`<text x="${cx}" y="${baseY + 18}" text-anchor="middle">${esc(p.startup ? 'start-up' : p.name)}</text>`);
    const size = p.startup ? 'hello' : p.args.join(' ');
    o.push(`<text x="${cx}" y="${baseY + 33}" text-anchor="middle" font-size="10" fill="#666">${esc(size)}</text>`);
  });

  o.push('</svg>');
  return o.join('\n') + '\n';
}
