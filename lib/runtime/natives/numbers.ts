import { formatFloat, formatHalf, formatInteger, FormatError, parseFloat64, parseInteger, ArgumentError, type IntKind } from '../number-format.js';
import type { Runtime } from '../runtime.js';
import { MATH_UNARY } from '../../../interp/numeric.js';
import { argF64, argI32, argI64, argStr, retF64, retI64, retStr, type Add } from './args.js';

function format(rt: Runtime, f: () => string): string {
  try { return f(); } catch (e) {
    if (e instanceof FormatError) return rt.throwNew('System.FormatException', e.message);
    throw e;
  }
}

function parseFailure(rt: Runtime, error: 'format' | 'overflow', s: string | null, kind: string): never {
  if (s === null) return rt.throwNew('System.ArgumentNullException', 's');
  if (error === 'overflow') {
    const names: Record<string, string> = { i8: 'a signed byte', u8: 'an unsigned byte', i16: 'an Int16', u16: 'a UInt16', i32: 'an Int32', u32: 'a UInt32', i64: 'an Int64', u64: 'a UInt64' };
    return rt.throwNew('System.OverflowException', `Value was either too large or too small for ${names[kind] ?? 'the type'}.`);
  }
  return rt.throwNew('System.FormatException', `The input string '${s}' was not in a correct format.`);
}

export function registerNumbers(add: Add): void {
  add('System.Number::FormatInt32', (rt, sp) => {
    const v = argI32(rt, sp, 0);
    const fmt = argStr(rt, sp, 2);
    if (fmt === null) { retStr(rt, sp, String(v)); return; } // the hot path: plain ToString()
    const kind = argStr(rt, sp, 1) as IntKind;
    const value = kind === 'u8' ? v & 0xff : kind === 'u16' ? v & 0xffff : v;
    retStr(rt, sp, format(rt, () => formatInteger(value, kind, fmt)));
  });
  add('System.Number::FormatInt64', (rt, sp) => {
    const v = argI64(rt, sp, 0);
    const kind = argStr(rt, sp, 1) as IntKind;
    const fmt = argStr(rt, sp, 2);
    if (kind === 'u32') { retStr(rt, sp, format(rt, () => formatInteger(Number(BigInt.asUintN(32, v)), 'u32', fmt))); return; }
    if (fmt === null) { retStr(rt, sp, v.toString()); return; }
    retStr(rt, sp, format(rt, () => formatInteger(v, 'i64', fmt)));
  });
  add('System.Number::FormatUInt64', (rt, sp) => {
    const v = BigInt.asUintN(64, argI64(rt, sp, 0));
    const fmt = argStr(rt, sp, 1);
    retStr(rt, sp, fmt === null ? v.toString() : format(rt, () => formatInteger(v, 'u64', fmt)));
  });
  add('System.Number::FormatDouble', (rt, sp) => {
    const v = argF64(rt, sp, 0);
    const single = argI32(rt, sp, 1) !== 0;
    retStr(rt, sp, format(rt, () => formatFloat(single ? Math.fround(v) : v, single, argStr(rt, sp, 2))));
  });
  add('System.Half::FormatHalf', (rt, sp) => {
    const bits = argI32(rt, sp, 0) & 0xffff;
    const fmt = argStr(rt, sp, 1);
    retStr(rt, sp, format(rt, () => formatHalf(bits, fmt)));
  });
  add('System.Number::ParseInt64', (rt, sp) => {
    const s = argStr(rt, sp, 0);
    const kind = argStr(rt, sp, 1) as IntKind;
    const r = s === null ? { ok: false as const, error: 'format' as const } : parseInteger(s, kind);
    if (!r.ok) parseFailure(rt, r.error, s, kind);
    retI64(rt, sp, BigInt(r.value));
  });
  // int.Parse(s, NumberStyles, provider) and friends: the full .NET grammar for the styles
  // (exponents, fractional zeros, trailing signs, parentheses) under the invariant culture.
  add('System.Number::ParseInt64Styles', (rt, sp) => {
    const s = argStr(rt, sp, 0);
    const kind = argStr(rt, sp, 1) as IntKind;
    const styles = argI32(rt, sp, 2);
    if (s === null) return parseFailure(rt, 'format', s, kind);
    let r;
    try { r = parseInteger(s, kind, styles); } catch (e) {
      if (e instanceof ArgumentError) return rt.throwNew('System.ArgumentException', e.message);
      throw e;
    }
    if (!r.ok) parseFailure(rt, r.error, s, kind);
    retI64(rt, sp, BigInt.asIntN(64, BigInt(r.value)));
  });
  add('System.Number::ParseUInt64', (rt, sp) => {
    const s = argStr(rt, sp, 0);
    const r = s === null ? { ok: false as const, error: 'format' as const } : parseInteger(s, 'u64');
    if (!r.ok) parseFailure(rt, r.error, s, 'u64');
    retI64(rt, sp, BigInt(r.value));
  });
  add('System.Number::ParseDouble', (rt, sp) => {
    const s = argStr(rt, sp, 0);
    const r = s === null ? { ok: false as const, error: 'format' as const } : parseFloat64(s, argI32(rt, sp, 1) !== 0);
    if (!r.ok) parseFailure(rt, r.error, s, 'r8');
    retF64(rt, sp, r.value);
  });
  add('System.Math::Unary', (rt, sp) => { retF64(rt, sp, MATH_UNARY[argI32(rt, sp, 0)]!(argF64(rt, sp, 1))); });
  add('System.Math::Pow', (rt, sp) => { retF64(rt, sp, dotnetPow(argF64(rt, sp, 0), argF64(rt, sp, 1))); });
  add('System.Math::Hyperbolic', (rt, sp) => {
    const op = argI32(rt, sp, 0), x = argF64(rt, sp, 1);
    retF64(rt, sp, op === 0 ? Math.asinh(x) : op === 1 ? Math.acosh(x) : Math.atanh(x));
  });
  add('System.Math::Atan2', (rt, sp) => { retF64(rt, sp, Math.atan2(argF64(rt, sp, 0), argF64(rt, sp, 1))); });
  add('System.Math::RoundCore', (rt, sp) => { retF64(rt, sp, roundDotnet(argF64(rt, sp, 0), argI32(rt, sp, 1), argI32(rt, sp, 2))); });
}

/** Math.Pow with IEEE/C semantics where JS differs: pow(1, NaN) = 1, pow(-1, ±Infinity) = 1. */
export function dotnetPow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  // .NET calls the C library's pow, which is (all but always) correctly rounded; V8's Math.pow is not
  // (10^-5 is off by one ulp). For an integer exponent the power is computed exactly and rounded once.
  if (Number.isInteger(y) && y !== 0 && Number.isFinite(x) && x !== 0) {
    if (y === 1) return x;
    if (y === 2) return x * x;
    if (y === -1) return 1 / x;
    if (Math.abs(y) <= 64) { const r = ddIntPow(x, y); if (r !== undefined) return r; }
    if (Math.abs(y) <= 1100) { const r = exactIntPow(x, y); if (r !== undefined) return r; }
  }
  return Math.pow(x, y);
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);

// Double-double arithmetic (value = hi + lo, ~106 bits) for the fast path of integer powers.
let ddHi = 0, ddLo = 0;
function split(a: number): [number, number] { const c = 134217729 * a; const h = c - (c - a); return [h, a - h]; }
/** (ah + al) * (bh + bl) into ddHi/ddLo. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const [a1, a2] = split(ah), [b1, b2] = split(bh);
  let e = ((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2;
  e += ah * bl + al * bh;
  const sum = p + e;
  ddHi = sum; ddLo = e - (sum - p);
}

/**
 * x^y for an integer |y| <= 64 by squaring in double-double, rounded once: correctly rounded unless
 * the value lies within 2^-40 ulp of a tie (then undefined, and the exact path decides), or outside
 * the range where the double-double products cannot overflow or lose bits (undefined too).
 */
function ddIntPow(x: number, y: number): number | undefined {
  const ax = Math.abs(x);
  if (ax < 1e-300 || ax > 1e300) return undefined;
  // |x|^|y| must stay well inside the normal range for every partial product.
  const lg = Math.abs(Math.log2(ax)) * Math.abs(y);
  if (lg > 800) return undefined;
  let n = Math.abs(y);
  let rh = 1, rl = 0, bh = x, bl = 0;
  while (true) {
    if (n & 1) { ddMul(rh, rl, bh, bl); rh = ddHi; rl = ddLo; }
    n >>>= 1;
    if (!n) break;
    ddMul(bh, bl, bh, bl); bh = ddHi; bl = ddLo;
  }
  if (y < 0) {
    // 1 / (rh + rl): q1 = 1/rh, then one correction step from the residual.
    const q1 = 1 / rh;
    const p = q1 * rh;
    const [a1, a2] = split(q1), [b1, b2] = split(rh);
    const pe = ((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2;
    const rem = ((1 - p) - pe) - q1 * rl;
    const q2 = rem / rh;
    rh = q1 + q2; rl = q2 - (rh - q1);
  }
  const r = rh + rl;
  const d = (rh - r) + rl; // what rounding dropped
  f64[0] = r;
  const ulp = 2 ** (((u32[1]! >>> 20) & 0x7ff) - 1075); // r's ulp (r is normal here)
  // Too close to a tie (halfway to the next double, or to the previous one below a power of two): exact path.
  if (Math.abs(Math.abs(d) - ulp / 2) < ulp * 2 ** -30 || Math.abs(Math.abs(d) - ulp / 4) < ulp * 2 ** -30) return undefined;
  return r;
}

/** x^y for finite non-zero x and integer y, correctly rounded; undefined when too costly. */
function exactIntPow(x: number, y: number): number | undefined {
  f64[0] = x;
  const bits = u64[0]!;
  const neg = x < 0 && (y & 1) === 1;
  const be = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (be === 0) e = -1074; else { m |= 1n << 52n; e = be - 1075; }
  while ((m & 1n) === 0n) { m >>= 1n; e++; }
  // |x| = m * 2^e with m odd.
  const n = Math.abs(y);
  if (bitLength(m) * n > 40000) return undefined;
  const mp = m ** BigInt(n);
  // |x|^y = num / den * 2^s
  let num: bigint, den: bigint, s: number;
  if (y > 0) { num = mp; den = 1n; s = e * n; } else { num = 1n; den = mp; s = -e * n; }
  const r = roundRatio(num, den, s);
  return neg ? -r : r;
}

function bitLength(v: bigint): number { return v.toString(2).length; }

/** num / den * 2^s (num, den > 0) rounded to the nearest double, ties to even. */
function roundRatio(num: bigint, den: bigint, s: number): number {
  // Exponent of the result's leading bit: floor(log2(num/den)) + s.
  let lead = bitLength(num) - bitLength(den);
  if ((num << BigInt(Math.max(0, -lead))) < (den << BigInt(Math.max(0, lead)))) lead--;
  const top = lead + s;
  if (top > 1023) return Infinity;
  // The unit of the last kept bit: 2^(top-52) for normal results, 2^-1074 for subnormal ones.
  const unit = Math.max(top - 52, -1074);
  if (unit - 2 > top + 1) return 0; // far below the smallest subnormal
  // t = floor(num/den * 2^(s - unit + 2)): the kept bits and two more; sticky if anything remains.
  const sh = s - unit + 2;
  let t: bigint, rem: bigint;
  if (sh >= 0) { const nn = num << BigInt(sh); t = nn / den; rem = nn - t * den; }
  else { const dd = den << BigInt(-sh); t = num / dd; rem = num - t * dd; }
  let q = t >> 2n;
  const low = Number(t & 3n);
  const sticky = rem !== 0n;
  if (low > 2 || (low === 2 && (sticky || (q & 1n) === 1n))) q++;
  // q * 2^unit, q <= 2^53: scaled in two exact steps.
  let v = Number(q);
  const h = Math.trunc(unit / 2);
  v *= 2 ** h;
  v *= 2 ** (unit - h);
  return v;
}

/** Math.Round(value, digits, mode) with .NET's midpoint rules (ToEven by default). */
function roundDotnet(v: number, digits: number, mode: number): number {
  if (!Number.isFinite(v)) return v;
  const p = Math.pow(10, digits);
  const x = digits ? v * p : v;
  let r: number;
  switch (mode) {
    // AwayFromZero: truncate(x + copysign(0.5 - ulp, x)), as .NET.
    case 1: r = Math.trunc(x + (x < 0 ? -0.49999999999999994 : 0.49999999999999994)); break;
    case 2: r = Math.trunc(x); break;
    case 3: r = Math.floor(x); break;
    case 4: r = Math.ceil(x); break;
    default: {
      const f = Math.floor(x);
      const diff = x - f;
      r = diff > 0.5 ? f + 1 : diff < 0.5 ? f : (f % 2 === 0 ? f : f + 1);
    }
  }
  const out = digits ? r / p : r;
  return out === 0 ? (v < 0 || Object.is(v, -0) ? -0 : 0) : out;
}
