// System.Decimal arithmetic on JS BigInt: a value is sign × mantissa / 10^scale with a 96-bit
// mantissa and 0 <= scale <= 28. Results that do not fit are rounded half to even (remembering
// whether any discarded digit was non-zero), as .NET's DecCalc does.
import { formatDecimal, FormatError } from '../number-format.js';
import type { Runtime } from '../runtime.js';
import { argF64, argI32, argI64, argStr, retF64, retI32, retI64, retStr, type Add } from './args.js';

const MAX = (1n << 96n);
const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 60; i++, p *= 10n) POW10.push(p);
const pow10 = (n: number): bigint => (n < POW10.length ? POW10[n]! : 10n ** BigInt(n));

export interface Dec { neg: boolean; m: bigint; scale: number }

export function readDec(rt: Runtime, p: number): Dec {
  const i32 = rt.mem.i32;
  const flags = i32[p >> 2]!;
  const hi = BigInt(i32[(p + 4) >> 2]! >>> 0);
  const lo = BigInt(i32[(p + 8) >> 2]! >>> 0) | (BigInt(i32[(p + 12) >> 2]! >>> 0) << 32n);
  return { neg: flags < 0, m: (hi << 64n) | lo, scale: (flags >> 16) & 0xff };
}

export function writeDec(rt: Runtime, p: number, d: Dec): void {
  const i32 = rt.mem.i32;
  i32[p >> 2] = ((d.scale & 0xff) << 16) | (d.neg ? 0x80000000 : 0);
  i32[(p + 4) >> 2] = Number((d.m >> 64n) & 0xffffffffn) | 0;
  i32[(p + 8) >> 2] = Number(d.m & 0xffffffffn) | 0;
  i32[(p + 12) >> 2] = Number((d.m >> 32n) & 0xffffffffn) | 0;
}

class DecOverflow extends Error {}

/** Divides by 10^k with half-even rounding; `sticky` says digits already dropped were non-zero. */
function roundDiv(m: bigint, k: number, sticky: boolean): bigint {
  if (k <= 0) return m;
  const p = pow10(k);
  let q = m / p;
  const r = m % p;
  const half = p / 2n;
  if (r > half || (r === half && (sticky || (q & 1n) === 1n))) q++;
  else if (r === half && !sticky && (q & 1n) === 0n) { /* to even */ }
  return q;
}

/** Brings (m, scale) into range: m < 2^96 and scale <= 28, rounding; throws DecOverflow. */
function fit(neg: boolean, m: bigint, scale: number, sticky = false): Dec {
  if (m < MAX && scale <= 28 && scale >= 0) return { neg, m, scale };
  if (scale < 0) {
    const v = m * pow10(-scale);
    if (v >= MAX) throw new DecOverflow();
    return { neg, m: v, scale: 0 };
  }
  let k = Math.max(0, scale - 28);
  while (k <= scale) {
    const q = roundDiv(m, k, sticky);
    if (q < MAX) return { neg, m: q, scale: scale - k };
    k++;
  }
  throw new DecOverflow();
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.m * pow10(s - a.scale), b.m * pow10(s - b.scale), s];
}

function signed(d: Dec): bigint { return d.neg ? -d.m : d.m; }

export function decAdd(a: Dec, b: Dec, negateB: boolean): Dec {
  const [x, y, s] = align(a, b);
  const r = (a.neg ? -x : x) + ((b.neg !== negateB) ? -y : y);
  const neg = r < 0n || (r === 0n && a.neg && (b.neg !== negateB));
  return fit(neg, r < 0n ? -r : r, s);
}

export function decMul(a: Dec, b: Dec): Dec {
  return fit(a.neg !== b.neg, a.m * b.m, a.scale + b.scale);
}

export function decDiv(a: Dec, b: Dec): Dec {
  const neg = a.neg !== b.neg;
  let S = a.scale - b.scale;
  let num = a.m, den = b.m;
  if (S < 0) { num *= pow10(-S); S = 0; }
  let q = num / den, r = num % den;
  if (q >= MAX) {
    // Too many integer digits: only possible when the quotient needs a smaller scale.
    return fit(neg, q, S, r !== 0n);
  }
  while (r !== 0n && S < 28) {
    const r10 = r * 10n;
    const q2 = q * 10n + r10 / den;
    if (q2 >= MAX) break;
    q = q2; r = r10 % den; S++;
  }
  if (r !== 0n) {
    const twice = r * 2n;
    if (twice > den || (twice === den && (q & 1n) === 1n)) q++;
    if (q >= MAX) return fit(neg, q, S);
  }
  return { neg: q === 0n ? neg : neg, m: q, scale: S };
}

export function decRem(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  const r = x % y;
  return fit(a.neg, r, s);
}

export function decCmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  const sx = a.neg && a.m !== 0n ? -x : x, sy = b.neg && b.m !== 0n ? -y : y;
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

/** Math.Round modes: 0 ToEven, 1 AwayFromZero, 2 ToZero, 3 ToNegativeInfinity, 4 ToPositiveInfinity. */
export function decRound(a: Dec, decimals: number, mode: number): Dec {
  if (a.scale <= decimals) return a;
  const k = a.scale - decimals;
  const p = pow10(k);
  let q = a.m / p;
  const r = a.m % p;
  if (r !== 0n) {
    const half = p / 2n;
    let up = false;
    switch (mode) {
      case 0: up = r > half || (r === half && (q & 1n) === 1n); break;
      case 1: up = r >= half; break;
      case 2: up = false; break;
      case 3: up = a.neg; break;
      case 4: up = !a.neg; break;
    }
    if (up) q++;
  }
  return { neg: a.neg, m: q, scale: decimals };
}

function fromDigits(neg: boolean, digitStr: string, exp10: number): Dec {
  // value = digitStr × 10^exp10
  let d = digitStr.replace(/^0+/, '');
  if (d === '') return { neg, m: 0n, scale: 0 };
  let e = exp10;
  // strip trailing zeros while the exponent is negative (keeps the scale minimal)
  while (e < 0 && d.endsWith('0')) { d = d.slice(0, -1); e++; }
  const m = BigInt(d);
  if (e >= 0) {
    const v = m * pow10(e);
    if (v >= MAX) throw new DecOverflow();
    return { neg, m: v, scale: 0 };
  }
  const scale = -e;
  if (scale > 28 + d.length) return { neg, m: 0n, scale: 0 };
  return fit(neg, m, scale);
}

export function decFromDouble(v: number, isSingle: boolean): Dec {
  if (!Number.isFinite(v)) throw new DecOverflow();
  if (v === 0) return { neg: false, m: 0n, scale: 0 };
  const neg = v < 0;
  const s = Math.abs(v).toPrecision(isSingle ? 7 : 15);
  const mm = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s)!;
  const intPart = mm[1]!, frac = mm[2] ?? '', ex = Number(mm[3] ?? 0);
  if (Math.abs(v) >= 7.922816251426434e28) throw new DecOverflow();
  const r = fromDigits(neg, intPart + frac, ex - frac.length);
  if (r.m === 0n) r.neg = false;
  return r;
}

export function decToDouble(a: Dec): number {
  const lo = a.m & 0xffffffffffffffffn, hi = a.m >> 64n;
  const v = (Number(lo) + Number(hi) * 18446744073709551616) / Number(pow10(a.scale));
  return a.neg ? -v : v;
}

/** decimal.Parse (invariant culture) with a NumberStyles mask (default Number): white space,
 *  leading/trailing sign, parentheses, '¤', ',' groups, one '.', and an exponent `e[+-]ddd`. */
export function decParse(s: string, style = 111): Dec | null {
  const isWhite = (c: string) => c === ' ' || (c >= '\t' && c <= '\r');
  let i = 0, end = s.length;
  if (style & 1) while (i < end && isWhite(s[i]!)) i++;
  if (style & 2) while (end > i && isWhite(s[end - 1]!)) end--;
  let t = s.slice(i, end);
  let neg = false, signed = false;
  const takeCurrency = () => { if ((style & 256) && t.startsWith('\u00a4')) t = t.slice(1); else if ((style & 256) && t.endsWith('\u00a4')) t = t.slice(0, -1); };
  if ((style & 16) && t.startsWith('(') && t.endsWith(')')) { neg = true; signed = true; t = t.slice(1, -1); }
  takeCurrency();
  if (!signed && (style & 4) && (t[0] === '-' || t[0] === '+')) { neg = t[0] === '-'; signed = true; t = t.slice(1); }
  else if (!signed && (style & 8) && (t.endsWith('-') || t.endsWith('+'))) { neg = t.endsWith('-'); signed = true; t = t.slice(0, -1); }
  takeCurrency();
  let exp = 0;
  if (style & 128) {
    const m = /[eE]([+-]?)(\d+)$/.exec(t);
    if (m) {
      // saturate huge exponents: the value then overflows or rounds to zero
      const n = m[2]!.length > 6 ? 1e6 : Number(m[2]);
      exp = m[1] === '-' ? -n : n;
      t = t.slice(0, m.index);
    }
  }
  const intRe = (style & 64) ? '(\\d[\\d,]*)?' : '(\\d+)?';
  const fracRe = (style & 32) ? '(\\.\\d*)?' : '';
  if (!new RegExp('^' + intRe + fracRe + '$').test(t) || !/\d/.test(t)) return null;
  const [ip, fp = ''] = t.replace(/,/g, '').split('.');
  let digits = (ip ?? '') + fp;
  let e = exp - fp.length;
  digits = digits.replace(/^0+/, '');
  if (digits === '') return { neg, m: 0n, scale: Math.max(0, Math.min(-e, 28)) };
  if (digits.length + e > 29) throw new DecOverflow();
  if (digits.length + e < -29) return { neg, m: 0n, scale: 28 };
  // keep at most what can be represented, rounding the rest half to even with a sticky tail
  const MAXD = 40;
  let sticky = false;
  if (digits.length > MAXD) {
    sticky = /[1-9]/.test(digits.slice(MAXD + 1));
    const cut = digits.length - MAXD;
    const head = digits.slice(0, MAXD);
    const next = digits[MAXD]!;
    let m = BigInt(head);
    e += cut;
    // round at the cut with the next digit
    const rest = next + (sticky ? '1' : '0');
    if (Number(rest[0]) > 5 || (rest[0] === '5' && (sticky || (m & 1n) === 1n))) m++;
    return finishParse(neg, m, e);
  }
  return finishParse(neg, BigInt(digits), e, sticky, fp.length);
}

function finishParse(neg: boolean, m: bigint, e: number, sticky = false, fracLen = 0): Dec {
  void fracLen;
  if (e >= 0) {
    const v = m * pow10(e);
    if (v >= MAX) throw new DecOverflow();
    return { neg, m: v, scale: 0 };
  }
  const d = fit(neg, m, -e, sticky);
  return d;
}

export function registerDecimal(add: Add): void {
  const overflow = (rt: Runtime) => rt.throwNew('System.OverflowException', 'Value was either too large or too small for a Decimal.');
  add('System.Decimal::Arith', (rt, sp) => {
    const op = argI32(rt, sp, 0);
    const a = readDec(rt, argI32(rt, sp, 1)), b = readDec(rt, argI32(rt, sp, 2));
    let r: Dec;
    try {
      switch (op) {
        case 0: r = decAdd(a, b, false); break;
        case 1: r = decAdd(a, b, true); break;
        case 2: r = decMul(a, b); break;
        case 3:
          if (b.m === 0n) return rt.throwNew('System.DivideByZeroException', 'Attempted to divide by zero.');
          r = decDiv(a, b); break;
        default:
          if (b.m === 0n) return rt.throwNew('System.DivideByZeroException', 'Attempted to divide by zero.');
          r = decRem(a, b); break;
      }
    } catch (e) {
      if (e instanceof DecOverflow) return overflow(rt);
      throw e;
    }
    writeDec(rt, argI32(rt, sp, 3), r);
  });
  add('System.Decimal::CompareCore', (rt, sp) => retI32(rt, sp, decCmp(readDec(rt, argI32(rt, sp, 0)), readDec(rt, argI32(rt, sp, 1)))));
  add('System.Decimal::RoundCore', (rt, sp) => {
    writeDec(rt, argI32(rt, sp, 3), decRound(readDec(rt, argI32(rt, sp, 0)), argI32(rt, sp, 1), argI32(rt, sp, 2)));
  });
  add('System.Decimal::FromDouble', (rt, sp) => {
    let r: Dec;
    try { r = decFromDouble(argF64(rt, sp, 0), argI32(rt, sp, 1) !== 0); } catch (e) {
      if (e instanceof DecOverflow) return overflow(rt);
      throw e;
    }
    writeDec(rt, argI32(rt, sp, 2), r);
  });
  add('System.Decimal::ToDoubleCore', (rt, sp) => retF64(rt, sp, decToDouble(readDec(rt, argI32(rt, sp, 0)))));
  add('System.Decimal::ToInt64Core', (rt, sp) => {
    const d = readDec(rt, argI32(rt, sp, 0));
    // The target as .NET's message names it: 'an unsigned byte', 'a UInt64', ...
    const what = argStr(rt, sp, 1)!;
    let min = argI64(rt, sp, 2), max = argI64(rt, sp, 3);
    if (what === 'a UInt64') { min = 0n; max = (1n << 64n) - 1n; }
    if (what === 'a UInt32') max = 0xffffffffn;
    const t = d.m / pow10(d.scale);
    const v = d.neg ? -t : t;
    if (v < min || v > max) return rt.throwNew('System.OverflowException', `Value was either too large or too small for ${what}.`);
    retI64(rt, sp, v);
  });
  add('System.Decimal::FormatCore', (rt, sp) => {
    const d = readDec(rt, argI32(rt, sp, 0));
    try { retStr(rt, sp, formatDecimal(d.m, d.scale, d.neg, argStr(rt, sp, 1))); } catch (e) {
      if (e instanceof FormatError) return rt.throwNew('System.FormatException', e.message);
      throw e;
    }
  });
  const parse = (rt: Runtime, sp: number, s: string, style: number, throwing: boolean, dest: number) => {
    let r: Dec | null;
    try { r = decParse(s, style); } catch (e) {
      if (!(e instanceof DecOverflow)) throw e;
      if (throwing) return overflow(rt);
      retI32(rt, sp, 0); return;
    }
    if (!r) {
      if (throwing) return rt.throwNew('System.FormatException', `The input string '${s}' was not in a correct format.`);
      retI32(rt, sp, 0); return;
    }
    writeDec(rt, dest, r);
    retI32(rt, sp, 1);
  };
  add('System.Decimal::ParseCore', (rt, sp) => parse(rt, sp, argStr(rt, sp, 0)!, 111, argI32(rt, sp, 1) !== 0, argI32(rt, sp, 2)));
  add('System.Decimal::ParseStyleCore', (rt, sp) =>
    parse(rt, sp, argStr(rt, sp, 0)!, argI32(rt, sp, 1), argI32(rt, sp, 2) !== 0, argI32(rt, sp, 3)));
  void signed;
}
