// Number formatting shared by the Markdown and SVG writers.

/** Milliseconds as a short human string: "8.4 ms", "412 ms", "3.21 s", "61.0 s". */
export function formatMs(ms) {
  if (ms == null || !Number.isFinite(ms)) return '–';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A ratio such as "12.3×" (three significant digits, at least one decimal below 100). */
export function formatRatio(r) {
  if (r == null || !Number.isFinite(r)) return '–';
  if (r >= 100) return `${Math.round(r)}×`;
  if (r >= 10) return `${r.toFixed(1)}×`;
  return `${r.toFixed(2)}×`;
}
