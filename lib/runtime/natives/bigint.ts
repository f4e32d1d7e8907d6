// Int128/UInt128 text conversion and System.Numerics.BigInteger arithmetic, on JS BigInt.
import { formatInteger, FormatError, parseInteger, ArgumentError } from '../number-format.js';
import { Prim } from '../../types/descriptors.js';
import type { Runtime } from '../runtime.js';
import { argF64, argI32, argI64, argStr, retF64, retI32, retI64, retStr, type Add } from './args.js';

const readU64 = (rt: Runtime, addr: number): bigint =>
  (BigInt(rt.mem.i32[(addr >> 2) + 1]! >>> 0) << 32n) | BigInt(rt.mem.i32[addr >> 2]! >>> 0);
const writeU64 = (rt: Runtime, addr: number, v: bigint): void => {
  const u = BigInt.asUintN(64, v);
  rt.mem.i32[addr >> 2] = Number(u & 0xffffffffn) | 0;
  rt.mem.i32[(addr >> 2) + 1] = Number(u >> 32n) | 0;
};

function formatOrThrow(rt: Runtime, f: () => string): string {
  try { return f(); } catch (e) {
    if (e instanceof FormatError) return rt.throwNew('System.FormatException', e.message);
    throw e;
  }
}

// ---- BigInteger: struct { int _sign; uint[] _bits } ----

/** The value of the BigInteger stored at addr. */
function readBig(rt: Runtime, addr: number): bigint {
  const sign = rt.mem.i32[addr >> 2]!;
  const arr = rt.mem.i32[(addr + 4) >> 2]!;
  if (sign === 0 || !arr) return 0n;
  const n = rt.mem.i32[(arr + 8) >> 2]!;
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(rt.mem.i32[(arr + 16 + 4 * i) >> 2]! >>> 0);
  return sign < 0 ? -v : v;
}

/** Stores v as a BigInteger at addr (allocates the limb array). */
function writeBig(rt: Runtime, addr: number, v: bigint): void {
  const negative = v < 0n;
  let m = negative ? -v : v;
  const limbs: number[] = [];
  while (m > 0n) { limbs.push(Number(m & 0xffffffffn)); m >>= 32n; }
  let arr = 0;
  if (limbs.length) {
    arr = rt.objects.allocArray(rt.ts.szArrayOf(rt.ts.prims[Prim.U4]!), limbs.length);
    for (let i = 0; i < limbs.length; i++) rt.mem.i32[(arr + 16 + 4 * i) >> 2] = limbs[i]! | 0;
  }
  rt.mem.i32[addr >> 2] = limbs.length === 0 ? 0 : negative ? -1 : 1;
  rt.mem.i32[(addr + 4) >> 2] = arr;
  rt.writeBarrier(addr + 4);
}

function bitLength(v: bigint): number {
  if (v === 0n) return 0;
  return (v < 0n ? -v : v).toString(2).length;
}

/**
 * BigInteger -> double as .NET does it: exact below 2^53, otherwise the magnitude is truncated
 * to 53 significant bits (dotnet prints (double)BigInteger.Pow(3, 80) as 1.4780882941434591E+38,
 * where round-to-nearest would give ...593E+38).
 */
function bigToDouble(v: bigint): number {
  const negative = v < 0n;
  const m = negative ? -v : v;
  const len = bitLength(m);
  let r: number;
  if (len <= 53) r = Number(m);
  else if (len > 1024) r = Infinity;
  else r = Number(m >> BigInt(len - 53)) * 2 ** (len - 53);
  return negative ? -r : r;
}

function doubleToBig(d: number): bigint {
  const t = Math.trunc(d);
  if (Math.abs(t) < 2 ** 53) return BigInt(t);
  return BigInt(t); // integral doubles convert exactly
}

function parseBig(s: string, styles: number): bigint | 'format' {
  const t = s.replace(/^[\s]+|[\s]+$/g, '');
  if ((styles & 0x200) !== 0) {
    if (!/^[0-9a-fA-F]+$/.test(t)) return 'format';
    let v = BigInt('0x' + t);
    const bits = BigInt(t.length * 4);
    if (parseInt(t[0]!, 16) >= 8) v -= 1n << bits; // the leading hex digit carries the sign
    return v;
  }
  const m = /^([+-]?)([0-9]+)$/.exec((styles & 0x40) !== 0 ? t.replace(/,/g, '') : t);
  if (!m) return 'format';
  const v = BigInt(m[2]!);
  return m[1] === '-' ? -v : v;
}

function formatBig(v: bigint, format: string | null): string {
  if (format === null || format.length === 0) return v.toString();
  const f = format[0]!;
  if (f === 'X' || f === 'x') {
    // Two's complement with the fewest hex digits that keep the sign.
    const width = Number(format.slice(1) || '0');
    let digits = 1;
    while (v < -(1n << BigInt(digits * 4 - 1)) || v >= (1n << BigInt(digits * 4 - 1))) digits++;
    let s = BigInt.asUintN(digits * 4, v).toString(16).padStart(digits, '0');
    if (f === 'X') s = s.toUpperCase();
    if (s.length < width) s = (v < 0n ? (f === 'X' ? 'F' : 'f') : '0').repeat(width - s.length) + s;
    return s;
  }
  if (v >= -(1n << 127n) && v < (1n << 127n)) return formatInteger(v, 'i128', format);
  // Beyond 128 bits only the digit-based formats make sense; they only use the decimal digits.
  return formatInteger(v, 'i128', format);
}

export function registerBigInt(add: Add): void {
  add('System.Int128::Format128', (rt, sp) => {
    const hi = argI64(rt, sp, 0), lo = argI64(rt, sp, 1);
    const signed = (argI32(rt, sp, 2) & 0xff) !== 0;
    const u = (BigInt.asUintN(64, hi) << 64n) | BigInt.asUintN(64, lo);
    const v = signed ? BigInt.asIntN(128, u) : u;
    const fmt = argStr(rt, sp, 3);
    retStr(rt, sp, formatOrThrow(rt, () => formatInteger(v, signed ? 'i128' : 'u128', fmt)));
  });
  add('System.Int128::Parse128', (rt, sp) => {
    const s = argStr(rt, sp, 0);
    const signed = (argI32(rt, sp, 1) & 0xff) !== 0;
    const styles = argI32(rt, sp, 2);
    if (s === null) rt.throwNew('System.ArgumentNullException', 's');
    let r;
    try { r = parseInteger(s!, signed ? 'i128' : 'u128', styles); } catch (e) {
      if (e instanceof ArgumentError) rt.throwNew('System.ArgumentException', e.message);
      throw e;
    }
    if (!r.ok) {
      if (r.error === 'overflow') return rt.throwNew('System.OverflowException', `Value was either too large or too small for ${signed ? 'an Int128' : 'a UInt128'}.`);
      return rt.throwNew('System.FormatException', `The input string '${s}' was not in a correct format.`);
    }
    const u = BigInt.asUintN(128, BigInt(r.value));
    writeU64(rt, argI32(rt, sp, 3), u >> 64n);
    writeU64(rt, argI32(rt, sp, 4), u);
  });

  const P = 'System.Numerics.BigInteger::';
  add(P + 'Op', (rt, sp) => {
    const op = argI32(rt, sp, 0);
    const a = readBig(rt, argI32(rt, sp, 1)), b = readBig(rt, argI32(rt, sp, 2));
    let r: bigint;
    switch (op) {
      case 0: r = a + b; break;
      case 1: r = a - b; break;
      case 2: r = a * b; break;
      case 3: case 4:
        if (b === 0n) rt.throwNew('System.DivideByZeroException', 'Attempted to divide by zero.');
        r = op === 3 ? a / b : a % b; break;
      case 5: r = a & b; break;
      case 6: r = a | b; break;
      case 7: r = a ^ b; break;
      case 8: r = b >= 0n ? a << b : a >> -b; break;
      case 9: r = b >= 0n ? a >> b : a << -b; break;
      case 10: r = a ** b; break;
      default: {
        let x = a < 0n ? -a : a, y = b < 0n ? -b : b;
        while (y) [x, y] = [y, x % y];
        r = x;
      }
    }
    writeBig(rt, argI32(rt, sp, 3), r);
  });
  add(P + 'ModPowCore', (rt, sp) => {
    let base = readBig(rt, argI32(rt, sp, 0)), e = readBig(rt, argI32(rt, sp, 1));
    const m = readBig(rt, argI32(rt, sp, 2));
    if (m === 0n) rt.throwNew('System.DivideByZeroException', 'Attempted to divide by zero.');
    const mm = m < 0n ? -m : m;
    let r = 1n % mm;
    base %= mm;
    while (e > 0n) {
      if (e & 1n) r = (r * base) % mm;
      base = (base * base) % mm;
      e >>= 1n;
    }
    writeBig(rt, argI32(rt, sp, 3), r);
  });
  add(P + 'FromDoubleCore', (rt, sp) => writeBig(rt, argI32(rt, sp, 1), doubleToBig(argF64(rt, sp, 0))));
  add(P + 'ToDoubleCore', (rt, sp) => retF64(rt, sp, bigToDouble(readBig(rt, argI32(rt, sp, 0)))));
  add(P + 'BitLengthCore', (rt, sp) => {
    const v = readBig(rt, argI32(rt, sp, 0));
    // .NET: the bits of the shortest two's complement form, without the sign bit.
    const n = v >= 0n ? bitLength(v) : bitLength(-v - 1n);
    retI64(rt, sp, BigInt(n));
  });
  add(P + 'FormatCore', (rt, sp) => {
    const v = readBig(rt, argI32(rt, sp, 0));
    const fmt = argStr(rt, sp, 1);
    retStr(rt, sp, formatOrThrow(rt, () => formatBig(v, fmt)));
  });
  add(P + 'ParseCore', (rt, sp) => {
    const s = argStr(rt, sp, 0) ?? '';
    const r = parseBig(s, argI32(rt, sp, 1));
    const throwOnError = (argI32(rt, sp, 2) & 0xff) !== 0;
    if (r === 'format') {
      if (throwOnError) rt.throwNew('System.FormatException', 'The value could not be parsed.');
      retI32(rt, sp, 0);
      return;
    }
    writeBig(rt, argI32(rt, sp, 3), r);
    retI32(rt, sp, 1);
  });
  add(P + 'FromBytesCore', (rt, sp) => {
    const arr = argI32(rt, sp, 0);
    const isUnsigned = (argI32(rt, sp, 1) & 0xff) !== 0, bigEndian = (argI32(rt, sp, 2) & 0xff) !== 0;
    const n = rt.mem.i32[(arr + 8) >> 2]!;
    const bytes = Array.from(rt.mem.u8.subarray(arr + 16, arr + 16 + n));
    if (bigEndian) bytes.reverse();
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
    if (!isUnsigned && n > 0 && bytes[n - 1]! >= 0x80) v -= 1n << BigInt(8 * n);
    writeBig(rt, argI32(rt, sp, 3), v);
  });
  add(P + 'ToBytesCore', (rt, sp) => {
    const v = readBig(rt, argI32(rt, sp, 0));
    const isUnsigned = (argI32(rt, sp, 1) & 0xff) !== 0, bigEndian = (argI32(rt, sp, 2) & 0xff) !== 0;
    if (isUnsigned && v < 0n) rt.throwNew('System.OverflowException', 'Negative values do not have an unsigned representation.');
    let n = 1;
    if (isUnsigned) while (v >= (1n << BigInt(8 * n))) n++;
    else while (v < -(1n << BigInt(8 * n - 1)) || v >= (1n << BigInt(8 * n - 1))) n++;
    const u = BigInt.asUintN(8 * n, v);
    const bytes: number[] = [];
    for (let i = 0; i < n; i++) bytes.push(Number((u >> BigInt(8 * i)) & 0xffn));
    if (bigEndian) bytes.reverse();
    const arr = rt.objects.allocArray(rt.ts.szArrayOf(rt.ts.prims[Prim.U1]!), n);
    rt.mem.u8.set(bytes, arr + 16);
    retI32(rt, sp, arr);
  });
  void argI64; void retI64;
}

export { readU64 };
