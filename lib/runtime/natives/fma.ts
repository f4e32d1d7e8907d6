// Exactly rounded fused multiply-add (Math.FusedMultiplyAdd, MathF.FusedMultiplyAdd): x*y+z is
// computed exactly with big integers and rounded once (round half to even), in binary64 or
// binary32.

const view = new DataView(new ArrayBuffer(8));

/** A finite nonzero double as sign * mantissa * 2^exponent. */
function decompose(v: number): { m: bigint; e: number } {
  view.setFloat64(0, v);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else { m |= 1n << 52n; e = biased - 1075; }
  return { m: hi >>> 31 ? -m : m, e };
}

function bitLength(a: bigint): number {
  return a.toString(2).length;
}

/**
 * Rounds n * 2^e (n != 0) to the nearest value with `precision` significant bits whose quantum
 * is at least 2^minQuantum, ties to even. Overflow gives an infinity.
 */
export function roundScaled(n: bigint, e: number, precision: number, minQuantum: number, maxExponent: number): number {
  const negative = n < 0n;
  let a = negative ? -n : n;
  const len = bitLength(a);
  const q = Math.max(e + len - precision, minQuantum);
  let m: bigint;
  if (q <= e) {
    m = a << BigInt(e - q);
  } else {
    const shift = BigInt(q - e);
    m = a >> shift;
    const rem = a & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
  }
  a = m;
  let r: number;
  if (a === 0n) r = 0;
  else if (q + bitLength(a) - 1 > maxExponent) r = Infinity;
  else r = Number(a) * 2 ** q;
  return negative ? -r : r;
}

function fma(x: number, y: number, z: number, single: boolean): number {
  const product = x * y;
  // NaN, infinities and exact zero products follow from ordinary IEEE arithmetic.
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0) {
    const r = product + z;
    return single ? Math.fround(r) : r;
  }
  const px = decompose(x), py = decompose(y);
  let n = px.m * py.m;
  let e = px.e + py.e;
  if (z !== 0) {
    const pz = decompose(z);
    if (pz.e >= e) n += pz.m << BigInt(pz.e - e);
    else { n = (n << BigInt(e - pz.e)) + pz.m; e = pz.e; }
  }
  if (n === 0n) return 0; // exact cancellation rounds to +0
  return single ? roundScaled(n, e, 24, -149, 127) : roundScaled(n, e, 53, -1074, 1023);
}

export const fmaDouble = (x: number, y: number, z: number): number => fma(x, y, z, false);
export const fmaSingle = (x: number, y: number, z: number): number => fma(Math.fround(x), Math.fround(y), Math.fround(z), true);
