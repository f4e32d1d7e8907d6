// Small statistics helpers over arrays of numbers.

export function min(xs) {
  return xs.length ? Math.min(...xs) : null;
}

export function max(xs) {
  return xs.length ? Math.max(...xs) : null;
}

export function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Sample standard deviation (n - 1), or 0 for fewer than two samples. */
export function stddev(xs) {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

export function summarize(xs) {
  return { n: xs.length, min: min(xs), median: median(xs), mean: mean(xs), max: max(xs), stddev: stddev(xs) };
}
