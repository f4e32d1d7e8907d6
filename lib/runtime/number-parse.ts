// .NET-exact Parse of the primitive numeric types, invariant culture.
//
// Follows System.Number in .NET 10 (Number.Parsing.cs): decimal integers in the plain
// NumberStyles.Integer styles take a direct path; hex and binary have their own; every other
// style goes through the general number grammar (signs, parentheses, currency symbol, thousands
// separators, decimal point, exponent) into a digit buffer that is then converted.
// Checked against `dotnet`; see test/fixtures/number-format-cases.json.
//
// This module has no dependencies on the rest of the runtime.

import type { IntKind } from './number-format.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: 'format' | 'overflow' };

/** System.Globalization.NumberStyles. */
export const NumberStyles = {
  None: 0,
  AllowLeadingWhite: 0x1,
  AllowTrailingWhite: 0x2,
  AllowLeadingSign: 0x4,
  AllowTrailingSign: 0x8,
  AllowParentheses: 0x10,
  AllowDecimalPoint: 0x20,
  AllowThousands: 0x40,
  AllowExponent: 0x80,
  AllowCurrencySymbol: 0x100,
  AllowHexSpecifier: 0x200,
  AllowBinarySpecifier: 0x400,
  Integer: 0x7,
  HexNumber: 0x203,
  BinaryNumber: 0x403,
  Number: 0x6f,
  Float: 0xa7,
  Currency: 0x17f,
  Any: 0x1ff,
} as const;

/** Thrown for an invalid NumberStyles argument; the caller maps it to System.ArgumentException. */
export class ArgumentError extends Error {
  /** The .NET parameter name ("style"); Exception.Message appends " (Parameter 'style')". */
  readonly paramName = 'style';
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

const S = NumberStyles;
const INVALID_STYLES = ~0x7ff;
const MSG_UNDEFINED_STYLE = 'An undefined NumberStyles value is being used.';
const MSG_HEX_BINARY_INTEGER = 'With the AllowHexSpecifier or AllowBinarySpecifier bit set in the enum bit field, ' +
  'the only other valid bits that can be combined into the enum value must be AllowLeadingWhite and AllowTrailingWhite.';
const MSG_HEX_BINARY_FLOAT = 'The number styles AllowHexSpecifier and AllowBinarySpecifier are not supported on floating point data types.';

// Invariant-culture symbols (all single characters).
const CH_PLUS = 43, CH_MINUS = 45, CH_DOT = 46, CH_COMMA = 44, CH_LPAREN = 40, CH_RPAREN = 41;
const CH_CURRENCY = 0xa4, CH_ZERO = 48, CH_E = 69, CH_e = 101;

interface KindInfo {
  bits: number;
  signed: boolean;
  /** Decimal digits of the largest magnitude (TInteger.MaxDigitCount). */
  maxDigits: number;
  /** Largest magnitudes allowed for a positive and a negative value. */
  maxPositive: bigint;
  maxNegative: bigint;
  maxPositiveNumber: number;
  maxNegativeNumber: number;
}

function kindInfo(bits: number, signed: boolean, maxDigits: number): KindInfo {
  const maxPositive = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  const maxNegative = signed ? maxPositive + 1n : 0n;
  return {
    bits, signed, maxDigits, maxPositive, maxNegative,
    maxPositiveNumber: Number(maxPositive), maxNegativeNumber: Number(maxNegative),
  };
}

const KINDS: Record<IntKind, KindInfo> = {
  i8: kindInfo(8, true, 3), u8: kindInfo(8, false, 3),
  i16: kindInfo(16, true, 5), u16: kindInfo(16, false, 5),
  i32: kindInfo(32, true, 10), u32: kindInfo(32, false, 10),
  i64: kindInfo(64, true, 19), u64: kindInfo(64, false, 20),
  i128: kindInfo(128, true, 39), u128: kindInfo(128, false, 39),
};

/** Number.IsWhite: space and \t \n \v \f \r only. */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Trailing NULs are ignored by every .NET parse path (Number.TrailingZeros). */
function onlyNulsFrom(s: string, i: number): boolean {
  for (; i < s.length; i++) if (s.charCodeAt(i) !== 0) return false;
  return true;
}

const FORMAT_ERROR = { ok: false, error: 'format' } as const;
const OVERFLOW = { ok: false, error: 'overflow' } as const;

// ---------------------------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------------------------

/**
 * int.Parse(s, styles) and friends. Returns a JS number for 8..32-bit kinds and a bigint for
 * i64/u64. Throws ArgumentError for styles .NET rejects.
 */
export function parseInteger(s: string, kind: IntKind, styles: number = S.Integer): ParseResult<number | bigint> {
  validateIntegerStyles(styles);
  const info = KINDS[kind];
  if ((styles & ~S.Integer) === 0) return parseIntegerStyle(s, styles, info);
  let r: ParseResult<bigint>;
  if ((styles & S.AllowHexSpecifier) !== 0) r = parseBitsStyle(s, styles, info, 4);
  else if ((styles & S.AllowBinarySpecifier) !== 0) r = parseBitsStyle(s, styles, info, 1);
  else r = parseIntegerNumber(s, styles, info);
  if (!r.ok || info.bits >= 64) return r;
  return { ok: true, value: Number(r.value) };
}

/** NumberFormatInfo.ValidateParseStyleInteger. */
function validateIntegerStyles(styles: number): void {
  if ((styles & INVALID_STYLES) !== 0) throw new ArgumentError(MSG_UNDEFINED_STYLE);
  // Hex or binary (not both) may only be combined with white space.
  const radixFlags = styles & (S.AllowHexSpecifier | S.AllowBinarySpecifier);
  if (radixFlags !== 0 && (radixFlags === (S.AllowHexSpecifier | S.AllowBinarySpecifier) ||
    (styles & ~(S.AllowLeadingWhite | S.AllowTrailingWhite | radixFlags)) !== 0)) {
    throw new ArgumentError(MSG_HEX_BINARY_INTEGER);
  }
}

/**
 * Number.TryParseBinaryIntegerStyle: [ws][sign]digits[ws] for styles within Integer. Once the
 * digits parse, a bad trailing character is still a format error, which wins over overflow.
 */
function parseIntegerStyle(s: string, styles: number, info: KindInfo): ParseResult<number | bigint> {
  const len = s.length;
  let i = 0;
  if ((styles & S.AllowLeadingWhite) !== 0) while (i < len && isWhite(s.charCodeAt(i))) i++;
  let negative = false;
  if ((styles & S.AllowLeadingSign) !== 0 && i < len) {
    const c = s.charCodeAt(i);
    if (c === CH_MINUS) { negative = true; i++; } else if (c === CH_PLUS) i++;
  }
  if (i >= len || !isDigit(s.charCodeAt(i))) return FORMAT_ERROR;
  while (i < len && s.charCodeAt(i) === CH_ZERO) i++;
  const start = i;
  while (i < len && isDigit(s.charCodeAt(i))) i++;
  const digitCount = i - start;
  if (i < len) {
    if (isWhite(s.charCodeAt(i))) {
      if ((styles & S.AllowTrailingWhite) === 0) return FORMAT_ERROR;
      while (i < len && isWhite(s.charCodeAt(i))) i++;
    }
    if (!onlyNulsFrom(s, i)) return FORMAT_ERROR;
  }
  if (digitCount > info.maxDigits) return OVERFLOW;
  const end = start + digitCount;
  if (info.bits >= 64) return signedResult(digitCount === 0 ? 0n : BigInt(s.slice(start, end)), negative, info);
  // Up to 10 digits: exact in a double, no BigInt needed (int.Parse is a hot path).
  let magnitude = 0;
  for (let j = start; j < end; j++) magnitude = magnitude * 10 + s.charCodeAt(j) - CH_ZERO;
  if (magnitude > (negative ? info.maxNegativeNumber : info.maxPositiveNumber)) return OVERFLOW;
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

function signedResult(magnitude: bigint, negative: boolean, info: KindInfo): ParseResult<bigint> {
  if (magnitude > (negative ? info.maxNegative : info.maxPositive)) return OVERFLOW;
  return { ok: true, value: negative ? -magnitude : magnitude };
}

/**
 * AllowHexSpecifier / AllowBinarySpecifier: [ws]digits[ws], no sign or prefix; the digits are
 * the two's-complement bit pattern, so "FF" is -1 for sbyte and more significant digits overflow.
 */
function parseBitsStyle(s: string, styles: number, info: KindInfo, bitsPerDigit: number): ParseResult<bigint> {
  const len = s.length;
  const radix = 1 << bitsPerDigit;
  const digitValue = (c: number): number => {
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : 99;
    return v < radix ? v : -1;
  };
  let i = 0;
  if ((styles & S.AllowLeadingWhite) !== 0) while (i < len && isWhite(s.charCodeAt(i))) i++;
  if (i >= len || digitValue(s.charCodeAt(i)) < 0) return FORMAT_ERROR;
  while (i < len && s.charCodeAt(i) === CH_ZERO) i++;
  const start = i;
  while (i < len && digitValue(s.charCodeAt(i)) >= 0) i++;
  const digitCount = i - start;
  if (i < len) {
    if (isWhite(s.charCodeAt(i))) {
      if ((styles & S.AllowTrailingWhite) === 0) return FORMAT_ERROR;
      while (i < len && isWhite(s.charCodeAt(i))) i++;
    }
    if (!onlyNulsFrom(s, i)) return FORMAT_ERROR;
  }
  if (digitCount * bitsPerDigit > info.bits) return OVERFLOW;
  const bits = digitCount === 0 ? 0n : BigInt((bitsPerDigit === 4 ? '0x' : '0b') + s.slice(start, i));
  return { ok: true, value: info.signed ? BigInt.asIntN(info.bits, bits) : bits };
}

/**
 * The general grammar (Number.TryParseBinaryIntegerNumber): the number must be integral
 * ("1.0" is fine, "1.5" overflows) and fit the kind.
 */
function parseIntegerNumber(s: string, styles: number, info: KindInfo): ParseResult<bigint> {
  const num = parseNumber(s, styles, info.maxDigits, true);
  if (num === null) return FORMAT_ERROR;
  // TryNumberToBinaryInteger: fractional digits, too many digits, a negative unsigned value or
  // digits past the buffer all count as overflow.
  if (num.scale > info.maxDigits || num.scale < num.digits.length || (!info.signed && num.negative) || num.nonZeroTail) {
    return OVERFLOW;
  }
  const magnitude = num.digits.length === 0 ? 0n : BigInt(num.digits) * 10n ** BigInt(num.scale - num.digits.length);
  return signedResult(magnitude, num.negative, info);
}

// ---------------------------------------------------------------------------------------------
// The general number grammar (Number.TryParseNumber)
// ---------------------------------------------------------------------------------------------

interface ParsedNumber {
  /** Significant digits without leading or trailing zeros ('' for zero); value = 0.digits × 10^scale. */
  digits: string;
  scale: number;
  negative: boolean;
  /** A non-zero digit was dropped because the buffer was full. */
  nonZeroTail: boolean;
}

const STATE_SIGN = 0x1, STATE_PARENS = 0x2, STATE_DIGITS = 0x4, STATE_NONZERO = 0x8;
const STATE_DECIMAL = 0x10, STATE_CURRENCY = 0x20;

/**
 * Parses the whole string with the general grammar, or returns null (format error).
 * maxDigits: how many significant digits the buffer keeps (Infinity for floating point).
 */
function parseNumber(s: string, styles: number, maxDigits: number, isInteger: boolean): ParsedNumber | null {
  const end = s.length;
  let p = 0;
  let ch = end > 0 ? s.charCodeAt(0) : 0;
  const at = (i: number) => (i < end ? s.charCodeAt(i) : 0);
  let state = 0;
  let negative = false;
  let currencyPending = (styles & S.AllowCurrencySymbol) !== 0;

  // Leading white space, sign, '(' and currency symbol, in any order. White space is not eaten
  // after a sign unless a currency symbol followed it: "-¤ 1" parses, "- 1" does not.
  for (;;) {
    const eatWhite = isWhite(ch) && (styles & S.AllowLeadingWhite) !== 0 &&
      ((state & STATE_SIGN) === 0 || (state & STATE_CURRENCY) !== 0);
    if (!eatWhite) {
      if ((styles & S.AllowLeadingSign) !== 0 && (state & STATE_SIGN) === 0 && (ch === CH_PLUS || ch === CH_MINUS)) {
        state |= STATE_SIGN;
        if (ch === CH_MINUS) negative = true;
      } else if (ch === CH_LPAREN && (styles & S.AllowParentheses) !== 0 && (state & STATE_SIGN) === 0) {
        state |= STATE_SIGN | STATE_PARENS;
        negative = true;
      } else if (currencyPending && ch === CH_CURRENCY) {
        state |= STATE_CURRENCY;
        currencyPending = false;
      } else {
        break;
      }
    }
    ch = at(++p);
  }

  // Digits, with at most one decimal point and group separators before it.
  let digits = '';
  let digitCount = 0;
  let scale = 0;
  let nonZeroTail = false;
  for (;;) {
    if (isDigit(ch)) {
      state |= STATE_DIGITS;
      if (ch !== CH_ZERO || (state & STATE_NONZERO) !== 0) {
        if (digitCount < maxDigits) digits += String.fromCharCode(ch);
        else if (ch !== CH_ZERO) nonZeroTail = true;
        if ((state & STATE_DECIMAL) === 0) scale++;
        digitCount++;
        state |= STATE_NONZERO;
      } else if ((state & STATE_DECIMAL) !== 0) {
        scale--;
      }
    } else if ((styles & S.AllowDecimalPoint) !== 0 && (state & STATE_DECIMAL) === 0 && ch === CH_DOT) {
      state |= STATE_DECIMAL;
    } else if ((styles & S.AllowThousands) !== 0 && (state & STATE_DIGITS) !== 0 &&
      (state & STATE_DECIMAL) === 0 && ch === CH_COMMA) {
      // group separators are skipped
    } else {
      break;
    }
    ch = at(++p);
  }
  if ((state & STATE_DIGITS) === 0) return null;

  if ((ch === CH_E || ch === CH_e) && (styles & S.AllowExponent) !== 0) {
    const mark = p;
    ch = at(++p);
    let negativeExp = false;
    if (ch === CH_PLUS) ch = at(++p);
    else if (ch === CH_MINUS) { negativeExp = true; ch = at(++p); }
    if (isDigit(ch)) {
      let exp = 0;
      do {
        if (exp >= 100_000_000) {
          // Absurd exponent: saturate; the value becomes infinite / zero (or overflows).
          exp = 0x7fffffff;
          scale = 0;
          while (isDigit(ch)) ch = at(++p);
          break;
        }
        exp = exp * 10 + (ch - CH_ZERO);
        ch = at(++p);
      } while (isDigit(ch));
      scale += negativeExp ? -exp : exp;
    } else {
      // Not an exponent after all; the 'e' is left for the trailing checks to reject.
      p = mark;
      ch = s.charCodeAt(p);
    }
  }

  // Trailing white space, sign, ')' and currency symbol.
  for (;;) {
    if (!isWhite(ch) || (styles & S.AllowTrailingWhite) === 0) {
      if ((styles & S.AllowTrailingSign) !== 0 && (state & STATE_SIGN) === 0 && (ch === CH_PLUS || ch === CH_MINUS)) {
        state |= STATE_SIGN;
        if (ch === CH_MINUS) negative = true;
      } else if (ch === CH_RPAREN && (state & STATE_PARENS) !== 0) {
        state &= ~STATE_PARENS;
      } else if (currencyPending && ch === CH_CURRENCY) {
        currencyPending = false;
      } else {
        break;
      }
    }
    ch = at(++p);
  }
  if ((state & STATE_PARENS) !== 0) return null;
  if (p < end && !onlyNulsFrom(s, p)) return null;

  if ((state & STATE_NONZERO) === 0) {
    scale = 0;
    // An integer zero has no sign, unless written with a point ("-0.0" overflows a uint).
    if (isInteger && (state & STATE_DECIMAL) === 0) negative = false;
  }
  return { digits: trimZeros(digits), scale, negative, nonZeroTail };
}

function trimZeros(d: string): string {
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === CH_ZERO) end--;
  return end === d.length ? d : d.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// Floating point
// ---------------------------------------------------------------------------------------------

/**
 * double.Parse / float.Parse (isSingle) with the given styles (default Float | AllowThousands).
 * The result is correctly rounded (ties to even); out-of-range values become ±Infinity or ±0,
 * never an overflow. "NaN", "Infinity", "-Infinity" (any case, optional white space, "+"/"-"
 * prefixes as .NET allows) are accepted whatever the styles.
 */
export function parseFloat64(s: string, isSingle: boolean, styles: number = S.Float | S.AllowThousands): ParseResult<number> {
  if ((styles & INVALID_STYLES) !== 0) throw new ArgumentError(MSG_UNDEFINED_STYLE);
  if ((styles & (S.AllowHexSpecifier | S.AllowBinarySpecifier)) !== 0) throw new ArgumentError(MSG_HEX_BINARY_FLOAT);
  const num = parseNumber(s, styles, Infinity, false);
  if (num === null) {
    const special = parseSpecialFloat(s);
    return special === null ? FORMAT_ERROR : { ok: true, value: special };
  }
  let value: number;
  if (num.digits.length === 0) value = 0;
  else {
    const text = '0.' + num.digits + 'e' + num.scale;
    value = isSingle ? decimalToSingle(text, num) : +text; // JS string→number is correctly rounded
  }
  return { ok: true, value: num.negative ? -value : value };
}

/** Number.TryParseFloat's fallback: the NaN and infinity symbols after trimming white space. */
function parseSpecialFloat(s: string): number | null {
  let start = 0;
  let end = s.length;
  while (start < end && isUnicodeWhiteSpace(s.charCodeAt(start))) start++;
  while (end > start && isUnicodeWhiteSpace(s.charCodeAt(end - 1))) end--;
  const t = s.slice(start, end);
  if (equalsIgnoreCase(t, 'Infinity')) return Infinity;
  if (equalsIgnoreCase(t, '-Infinity')) return -Infinity;
  if (equalsIgnoreCase(t, 'NaN')) return NaN;
  if (t.startsWith('+')) {
    const rest = t.slice(1);
    if (equalsIgnoreCase(rest, 'Infinity')) return Infinity;
    if (equalsIgnoreCase(rest, 'NaN')) return NaN;
    return null;
  }
  if (t.startsWith('-') && equalsIgnoreCase(t.slice(1), 'NaN')) return NaN;
  return null;
}

/** char.IsWhiteSpace (this trim is Span.Trim, unlike the parser's own IsWhite). */
function isUnicodeWhiteSpace(c: number): boolean {
  if (c <= 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * OrdinalIgnoreCase against an ASCII symbol. Only ASCII letters fold: .NET's ordinal casing
 * does not map U+0131 (dotless i) to 'I', so "ınfınıty" is not "Infinity".
 */
function equalsIgnoreCase(s: string, symbol: string): boolean {
  if (s.length !== symbol.length) return false;
  for (let i = 0; i < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = symbol.charCodeAt(i);
    if (a === b) continue;
    const lower = a | 0x20;
    if (lower !== (b | 0x20) || lower < 97 || lower > 122) return false;
  }
  return true;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const FLOAT_MAX = 3.4028234663852886e38;

/**
 * Decimal → float32 rounded once, correctly. Going through the nearest double is right except
 * when that double lies exactly halfway between two floats while the decimal does not; then
 * the exact decimal decides the side.
 */
function decimalToSingle(text: string, num: ParsedNumber): number {
  const d = +text;
  const f = Math.fround(d);
  if (f === d || d === Infinity) return f;
  // The float on the other side of d; 2^128 stands in for the float after MaxValue.
  const fv = f === Infinity ? 2 ** 128 : f;
  let other: number;
  if (fv === 2 ** 128) other = FLOAT_MAX;
  else if (f === FLOAT_MAX && d > f) other = 2 ** 128;
  else {
    f32[0] = f;
    u32[0] = d > f ? u32[0] + 1 : u32[0] - 1;
    other = f32[0];
  }
  if (d !== (fv + other) / 2) return f;
  const cmp = compareDecimalWithDouble(num.digits, num.scale, d);
  if (cmp === 0) return f; // a genuine tie: fround already rounded it to even
  const pick = (cmp > 0) === (fv > other) ? fv : other;
  return pick === 2 ** 128 ? Infinity : pick;
}

/** Sign of (0.digits × 10^scale − x) for a positive finite double x, exactly. */
function compareDecimalWithDouble(digits: string, scale: number, x: number): number {
  // x = m × 2^e with integers; decimal = D × 10^k.
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  while (m > Number.MAX_SAFE_INTEGER) { m /= 2; e++; }
  let lhs = BigInt(digits);
  let rhs = BigInt(m);
  const k = scale - digits.length;
  if (k >= 0) lhs *= 10n ** BigInt(k); else rhs *= 10n ** BigInt(-k);
  if (e >= 0) rhs <<= BigInt(e); else lhs <<= BigInt(-e);
  return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
}
