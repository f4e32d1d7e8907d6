import { Prim } from '../lib/types/descriptors.js';

/**
 * The double -> double functions of System.Math that map onto JS's Math (both IEEE, same
 * results); the index is Math.Unary's `op` in the corelib and MATHR8's operand.
 */
export const MATH_UNARY: readonly ((x: number) => number)[] = [Math.sqrt, Math.sin, Math.cos, Math.tan, Math.asin, Math.acos, Math.atan,
  Math.exp, Math.log, Math.log10, Math.log2, Math.floor, Math.ceil, Math.trunc, Math.cbrt, Math.sinh, Math.cosh, Math.tanh];

const TWO32 = 4294967296;
const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;

/** int64 (lo, hi) → double, correctly rounded (one rounding of an exact sum). */
export function i8ToF64(lo: number, hi: number): number { return hi * TWO32 + (lo >>> 0); }
export function u8ToF64(lo: number, hi: number): number { return (hi >>> 0) * TWO32 + (lo >>> 0); }

/**
 * uint64 (lo, hi) → float32 with one rounding, as .NET converts: a value of more than 53 bits is
 * first cut to 53 bits rounding to odd (the cut bits become a sticky 1), which the later rounding
 * to 24 bits cannot tell from the exact value. Through a correctly rounded double it could round twice.
 */
export function u8ToF32(lo: number, hi: number): number {
  hi >>>= 0; lo >>>= 0;
  if (hi < 0x200000) return Math.fround(hi * TWO32 + lo); // below 2^53 the double is exact
  const excess = 11 - Math.clz32(hi); // bits beyond the 53 a double holds: 1..11, all in lo
  const mask = (1 << excess) - 1;
  let kept = (lo & ~mask) >>> 0;
  if (lo & mask) kept = (kept | (1 << excess)) >>> 0;
  return Math.fround(hi * TWO32 + kept);
}

/** int64 (lo, hi) → float32 with one rounding (see u8ToF32). */
export function i8ToF32(lo: number, hi: number): number {
  if (hi >= 0) return u8ToF32(lo, hi);
  const nlo = (~lo + 1) >>> 0;
  const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
  return -u8ToF32(nlo, nhi);
}

/** double → int64, saturating as .NET 10 does (NaN → 0). Writes lo/hi at i32[w], i32[w+1]. */
export function f64ToI8(i32: Int32Array, w: number, v: number): void {
  if (v !== v) { i32[w] = 0; i32[w + 1] = 0; return; }
  if (v >= TWO63) { i32[w] = -1; i32[w + 1] = 0x7fffffff; return; }
  if (v <= -TWO63) { i32[w] = 0; i32[w + 1] = -2147483648; return; }
  const t = Math.trunc(v);
  const hi = Math.floor(t / TWO32);
  i32[w] = (t - hi * TWO32) | 0;
  i32[w + 1] = hi | 0;
}

export function f64ToU8(i32: Int32Array, w: number, v: number): void {
  if (v !== v || v <= 0) { i32[w] = 0; i32[w + 1] = 0; return; }
  if (v >= TWO64) { i32[w] = -1; i32[w + 1] = -1; return; }
  const t = Math.trunc(v);
  const hi = Math.floor(t / TWO32);
  i32[w] = (t - hi * TWO32) | 0;
  i32[w + 1] = hi | 0;
}

const RANGES: Record<number, [number, number]> = {
  [Prim.I1]: [-128, 127], [Prim.U1]: [0, 255], [Prim.I2]: [-32768, 32767], [Prim.U2]: [0, 65535],
  [Prim.I4]: [-2147483648, 2147483647], [Prim.U4]: [0, 4294967295], [Prim.I]: [-2147483648, 2147483647], [Prim.U]: [0, 4294967295],
};

/**
 * Checked conversions (conv.ovf.*): fromKind 0 int32, 1 uint32, 2 int64, 3 uint64, 4 float.
 * Writes the result at byte address d and returns false on overflow.
 */
export function convOvf(i32: Int32Array, f64: Float64Array, d: number, a: number, fromKind: number, to: number): boolean {
  let v: number; // exact for everything but large 64-bit values, which are handled via BigInt (cold path)
  if (fromKind === 4) {
    const x = f64[a >> 3]!;
    if (x !== x) return false;
    v = Math.trunc(x);
    if (to === Prim.I8 || to === Prim.U8) {
      if (to === Prim.I8 ? (v >= TWO63 || v < -TWO63) : (v >= TWO64 || v < 0)) return false;
      (to === Prim.I8 ? f64ToI8 : f64ToU8)(i32, d >> 2, v);
      return true;
    }
  } else if (fromKind === 0) v = i32[a >> 2]!;
  else if (fromKind === 1) v = i32[a >> 2]! >>> 0;
  else {
    const lo = BigInt(i32[a >> 2]! >>> 0), hi = BigInt(i32[(a >> 2) + 1]!);
    let big = (hi << 32n) | lo;
    if (fromKind === 3) big = BigInt.asUintN(64, big);
    if (to === Prim.I8 || to === Prim.U8) {
      const ok = to === Prim.I8 ? big <= 0x7fffffffffffffffn : big >= 0n;
      if (!ok) return false;
      i32[d >> 2] = i32[a >> 2]!; i32[(d >> 2) + 1] = i32[(a >> 2) + 1]!;
      return true;
    }
    const r = RANGES[to]!;
    if (big < BigInt(r[0]) || big > BigInt(r[1])) return false;
    i32[d >> 2] = Number(big) | 0;
    return true;
  }
  if (to === Prim.I8 || to === Prim.U8) {
    if (to === Prim.U8 && v < 0) return false;
    i32[d >> 2] = v | 0; i32[(d >> 2) + 1] = v < 0 ? -1 : 0;
    return true;
  }
  const r = RANGES[to]!;
  if (v < r[0] || v > r[1]) return false;
  i32[d >> 2] = v | 0;
  return true;
}
