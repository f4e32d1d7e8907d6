// .NET-exact ToString of the primitive numeric types, invariant culture.
//
// The shape follows System.Number in .NET 10 (Number.Formatting.cs, Number.Dragon4.cs): a value
// is first turned into a decimal "number buffer" (significant digits, decimal exponent, sign),
// then a standard format ("G", "F", "N", "E", "P", "C", "R", "D", "X", "B") or a custom picture
// ("#,##0.00;(0)") is applied to that buffer. Every rule here was checked against `dotnet`; the
// cases live in test/fixtures/number-format-cases.json (made by test/fixtures/number-format-oracle).
//
// This module has no dependencies on the rest of the runtime.

export type IntKind = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'i128' | 'u128';

export {
  parseInteger, parseFloat64, NumberStyles, ArgumentError, type ParseResult,
} from './number-parse.js';

/** Thrown for a format string .NET rejects; the caller maps it to System.FormatException. */
export class FormatError extends Error {
  constructor(message = 'Format specifier was invalid.') {
    super(message);
    this.name = 'FormatError';
  }
}

// Invariant-culture NumberFormatInfo values that the formats below use.
const NEG = '-';
const DEC = '.';
const GROUP = ',';
const CURRENCY = '\u00A4'; // ¤
const PERCENT = '%';
const PERMILLE = '\u2030'; // ‰
const NAN = 'NaN';
const POS_INF = 'Infinity';
const NEG_INF = '-Infinity';
const DEFAULT_DECIMALS = 2; // NumberDecimalDigits, CurrencyDecimalDigits, PercentDecimalDigits

// Character codes.
const CH_ZERO = 48, CH_FIVE = 53, CH_NINE = 57, CH_HASH = 35, CH_DOT = 46, CH_COMMA = 44, CH_SEMI = 59;
const CH_PERCENT = 37, CH_PERMILLE = 0x2030, CH_QUOTE = 39, CH_DQUOTE = 34, CH_BACKSLASH = 92;
const CH_E = 69, CH_e = 101, CH_PLUS = 43, CH_MINUS = 45;

// Digit counts .NET uses for floating point (Number.Formatting.cs).
const DOUBLE_PRECISION = 17; // "R"/"G" switch to exponent form past max(digits, this)
const SINGLE_PRECISION = 9;
const DOUBLE_PRECISION_CUSTOM = 15; // custom pictures round doubles to 15 digits first
const SINGLE_PRECISION_CUSTOM = 7;

/**
 * The decimal form of a value: value = 0.digits × 10^scale. `digits` has no leading zeros and is
 * '' for zero. Floating-point buffers hold correctly rounded digits and keep the sign of -0.
 */
interface NumberBuffer {
  digits: string;
  scale: number;
  negative: boolean;
  isFloat: boolean;
}

// ---------------------------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------------------------

const HEX_MASK: Record<IntKind, number> = {
  i8: 0xff, u8: 0xff, i16: 0xffff, u16: 0xffff, i32: -1, u32: -1, i64: -1, u64: -1, i128: -1, u128: -1,
};

/** value: a JS number for 8..32-bit kinds, a bigint for i64/u64/i128/u128. format: null or '' means "G". */
export function formatInteger(value: number | bigint, kind: IntKind, format: string | null): string {
  // Hot path: Console.WriteLine(int) and string interpolation.
  if (format === null || format.length === 0) return typeof value === 'bigint' ? value.toString() : '' + value;
  return formatIntegerWithFormat(value, kind, format);
}

function formatIntegerWithFormat(value: number | bigint, kind: IntKind, format: string): string {
  const spec = parseFormatSpecifier(format);
  const fmt = spec.fmt;
  const upper = fmt.toUpperCase();
  const negative = value < 0;
  // Like Number.FormatInt32/Int64: "G" without precision and "D" are plain decimal, "X"/"B" are
  // the two's-complement bit pattern of the type's width; the rest go through the number buffer.
  if (upper === 'G' ? spec.precision < 1 : upper === 'D') {
    const abs = (negative ? -value : value).toString();
    return (negative ? NEG : '') + padZeros(abs, spec.precision);
  }
  if (upper === 'X' || upper === 'B') {
    const bits = unsignedBits(value, kind).toString(upper === 'X' ? 16 : 2);
    return padZeros(fmt === 'X' ? bits.toUpperCase() : bits, spec.precision);
  }
  const abs = (negative ? -value : value).toString();
  const num: NumberBuffer = { digits: abs === '0' ? '' : abs, scale: abs === '0' ? 0 : abs.length, negative, isFloat: false };
  return fmt === '' ? numberToStringFormat(num, format) : numberToString(num, fmt, spec.precision);
}

/** The value's bit pattern as an unsigned number of the kind's width. */
function unsignedBits(value: number | bigint, kind: IntKind): number | bigint {
  if (kind === 'i128' || kind === 'u128') return BigInt.asUintN(128, BigInt(value));
  if (typeof value === 'bigint' || kind === 'i64' || kind === 'u64') return BigInt.asUintN(64, BigInt(value));
  return (value & HEX_MASK[kind]) >>> 0;
}

function padZeros(s: string, width: number): string {
  return s.length < width ? '0'.repeat(width - s.length) + s : s;
}

/**
 * double.ToString(format) / float.ToString(format), invariant culture. With isSingle the value is
 * a float32 value and the shortest round-trip digits are those of float32.
 */
export function formatFloat(value: number, isSingle: boolean, format: string | null): string {
  if (format === null || format.length === 0) return isSingle ? formatSingleDefault(value) : formatDoubleDefault(value);
  // .NET answers NaN/Infinity before it looks at the format, so even "X" gives "NaN".
  if (value !== value) return NAN;
  if (value === Infinity) return POS_INF;
  if (value === -Infinity) return NEG_INF;
  return formatFloatWithFormat(value, isSingle, format);
}

const HALF_PRECISION = 5;

/**
 * Half.ToString(format) from the binary16 bit pattern: "R", "G" and the default are the shortest
 * digits that round-trip through Half (exponent form past 5 integer digits, so 65504 is "65500");
 * other formats see the exact value, which a double holds.
 */
export function formatHalf(bits: number, format: string | null): string {
  const field = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  const negative = (bits & 0x8000) !== 0;
  const value = field === 0x1f ? (fraction ? NaN : negative ? -Infinity : Infinity)
    : (negative ? -1 : 1) * (field === 0 ? fraction * 2 ** -24 : (1024 + fraction) * 2 ** (field - 25));
  const spec = format === null || format.length === 0 ? null : parseFormatSpecifier(format);
  const shortest = spec === null || ((spec.fmt === 'R' || spec.fmt === 'r' || spec.fmt === 'G' || spec.fmt === 'g') && (spec.precision <= 0 || spec.fmt === 'R' || spec.fmt === 'r'));
  if (!shortest) return formatFloat(value, false, format);
  if (value !== value) return NAN;
  if (value === Infinity) return POS_INF;
  if (value === -Infinity) return NEG_INF;
  const num: NumberBuffer = { digits: '', scale: 0, negative, isFloat: true };
  if (field !== 0 || fraction !== 0) {
    const mantissa = field === 0 ? fraction : fraction | 0x400;
    const exponent = field === 0 ? -24 : field - 25;
    dragon4Shortest(BigInt(mantissa), exponent, field !== 0 && fraction === 0, num);
  }
  if (num.digits.length === 0) return negative ? '-0' : '0';
  const expChar = spec !== null && (spec.fmt === 'g' || spec.fmt === 'r') ? 'e' : 'E';
  return (negative ? NEG : '') + formatGeneral(num, Math.max(num.digits.length, HALF_PRECISION), expChar);
}

/** double.ToString(): shortest round-trip digits, exponent form outside [1E-04, 1E+17). */
function formatDoubleDefault(value: number): string {
  const abs = value < 0 ? -value : value;
  // In this range JS Number#toString and .NET agree character for character: both use the
  // shortest round-trip digits and both print them without an exponent.
  if (abs >= 1e-4 && abs < 1e17) return '' + value;
  if (value === 0) return 1 / value < 0 ? '-0' : '0';
  if (value !== value) return NAN;
  if (abs === Infinity) return value > 0 ? POS_INF : NEG_INF;
  const num = shortestDouble(abs, value < 0);
  return (num.negative ? NEG : '') + formatGeneral(num, Math.max(num.digits.length, DOUBLE_PRECISION), 'E');
}

/** float.ToString(): shortest float32 round-trip digits, exponent form past 9 integer digits. */
function formatSingleDefault(value: number): string {
  const abs = value < 0 ? -value : value;
  // Integers below 2^24 are exact floats whose neighbours are at most 1 away, so their own
  // digits are already the shortest round-trip form.
  if (abs < 16777216 && Math.floor(abs) === abs && value !== 0) return '' + value;
  if (value === 0) return 1 / value < 0 ? '-0' : '0';
  if (value !== value) return NAN;
  if (abs === Infinity) return value > 0 ? POS_INF : NEG_INF;
  const num = shortestSingle(abs, value < 0);
  return (num.negative ? NEG : '') + formatGeneral(num, Math.max(num.digits.length, SINGLE_PRECISION), 'E');
}

function formatFloatWithFormat(value: number, isSingle: boolean, format: string): string {
  const spec = parseFormatSpecifier(format);
  const negative = value < 0 || (value === 0 && 1 / value < 0);
  const abs = negative ? -value : value;
  const fmt = spec.fmt;
  const precision = spec.precision;
  if (fmt === '') {
    // Custom pictures: digits are first rounded (to even) to 15 (double) or 7 (float)
    // significant digits, then the picture rounds them again half-up (Number.FormatDouble).
    const num = roundedDigits(abs, negative, true, isSingle ? SINGLE_PRECISION_CUSTOM : DOUBLE_PRECISION_CUSTOM);
    return numberToStringFormat(num, format);
  }
  // GetFloatingPointMaxDigitsAndPrecision: which digits to compute for each standard format.
  let num: NumberBuffer;
  let maxDigits = precision;
  switch (fmt) {
    case 'G': case 'g':
      if (precision > 0) {
        num = roundedDigits(abs, negative, true, precision);
        break;
      }
      // "G" and "G0" are the shortest round-trip form, like "R". falls through
    case 'R': case 'r':
      // Shortest round-trip; exponent form only past max(digits, 17 or 9) integer digits.
      num = isSingle ? shortestSingle(abs, negative) : shortestDouble(abs, negative);
      maxDigits = Math.max(num.digits.length, isSingle ? SINGLE_PRECISION : DOUBLE_PRECISION);
      break;
    case 'E': case 'e':
      num = roundedDigits(abs, negative, true, (precision < 0 ? 6 : precision) + 1);
      break;
    case 'F': case 'f': case 'N': case 'n': case 'C': case 'c':
      num = roundedDigits(abs, negative, false, precision < 0 ? DEFAULT_DECIMALS : precision);
      break;
    case 'P': case 'p':
      num = roundedDigits(abs, negative, false, (precision < 0 ? DEFAULT_DECIMALS : precision) + 2);
      break;
    default:
      throw new FormatError();
  }
  return numberToString(num, fmt, maxDigits);
}

// ---------------------------------------------------------------------------------------------
// Format specifier parsing
// ---------------------------------------------------------------------------------------------

interface FormatSpec {
  /** The standard format letter, or '' for a custom picture. */
  fmt: string;
  /** The precision digits after the letter, -1 when absent. */
  precision: number;
}

/**
 * Number.ParseFormatSpecifier: a letter followed only by digits (at most 999,999,999) is a
 * standard format; anything else is a custom picture. A NUL ends the specifier, for compat.
 */
function parseFormatSpecifier(format: string): FormatSpec {
  const c = format.length > 0 ? format.charCodeAt(0) : 0;
  if (isAsciiLetter(c)) {
    if (format.length === 1) return { fmt: format, precision: -1 };
    let n = 0;
    let i = 1;
    while (i < format.length && isAsciiDigit(format.charCodeAt(i))) {
      if (n >= 100_000_000) throw new FormatError();
      n = n * 10 + format.charCodeAt(i++) - CH_ZERO;
    }
    if (i >= format.length || format.charCodeAt(i) === 0) return { fmt: format[0], precision: n };
  }
  return { fmt: format.length === 0 || c === 0 ? 'G' : '', precision: -1 };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// ---------------------------------------------------------------------------------------------
// Standard formats (Number.NumberToString and helpers)
// ---------------------------------------------------------------------------------------------

function numberToString(num: NumberBuffer, fmt: string, maxDigits: number): string {
  // Floating-point digits were computed already rounded to the precision; integer digits are
  // rounded half away from zero here.
  const correctlyRounded = num.isFloat;
  switch (fmt) {
    case 'C': case 'c': {
      if (maxDigits < 0) maxDigits = DEFAULT_DECIMALS;
      roundNumber(num, num.scale + maxDigits, correctlyRounded);
      // CurrencyPositivePattern 0 ("$n") and CurrencyNegativePattern 0 ("($n)").
      const body = CURRENCY + formatFixed(num, maxDigits, true);
      return num.negative ? '(' + body + ')' : body;
    }
    case 'F': case 'f': {
      if (maxDigits < 0) maxDigits = DEFAULT_DECIMALS;
      roundNumber(num, num.scale + maxDigits, correctlyRounded);
      return (num.negative ? NEG : '') + formatFixed(num, maxDigits, false);
    }
    case 'N': case 'n': {
      if (maxDigits < 0) maxDigits = DEFAULT_DECIMALS;
      roundNumber(num, num.scale + maxDigits, correctlyRounded);
      return (num.negative ? NEG : '') + formatFixed(num, maxDigits, true); // NumberNegativePattern 1 ("-n")
    }
    case 'E': case 'e': {
      if (maxDigits < 0) maxDigits = 6;
      maxDigits++;
      roundNumber(num, maxDigits, correctlyRounded);
      return (num.negative ? NEG : '') + formatScientific(num, maxDigits, fmt);
    }
    case 'G': case 'g': case 'R': case 'r': {
      if (maxDigits < 1) maxDigits = num.digits.length;
      roundNumber(num, maxDigits, correctlyRounded);
      return (num.negative ? NEG : '') + formatGeneral(num, maxDigits, fmt === 'G' || fmt === 'R' ? 'E' : 'e');
    }
    case 'P': case 'p': {
      if (maxDigits < 0) maxDigits = DEFAULT_DECIMALS;
      num.scale += 2;
      roundNumber(num, num.scale + maxDigits, correctlyRounded);
      // PercentPositivePattern 0 ("n %") and PercentNegativePattern 0 ("-n %").
      return (num.negative ? NEG : '') + formatFixed(num, maxDigits, true) + ' ' + PERCENT;
    }
    default:
      throw new FormatError();
  }
}

/**
 * Number.RoundNumber: keep `pos` digits. Unless the digits are already correctly rounded, a
 * dropped digit >= 5 rounds up (half away from zero). Trailing zeros are dropped.
 */
function roundNumber(num: NumberBuffer, pos: number, correctlyRounded: boolean): void {
  const d = num.digits;
  let i = pos < d.length ? (pos > 0 ? pos : 0) : d.length;
  let digits: string;
  if (i === pos && !correctlyRounded && i < d.length && d.charCodeAt(i) >= CH_FIVE) {
    while (i > 0 && d.charCodeAt(i - 1) === CH_NINE) i--;
    if (i > 0) {
      digits = d.slice(0, i - 1) + String.fromCharCode(d.charCodeAt(i - 1) + 1);
    } else {
      num.scale++;
      digits = '1';
    }
  } else {
    while (i > 0 && d.charCodeAt(i - 1) === CH_ZERO) i--;
    digits = i === d.length ? d : d.slice(0, i);
  }
  if (digits.length === 0) {
    if (!num.isFloat) num.negative = false; // integers have no -0; doubles keep it ("-0.00")
    num.scale = 0;
  }
  num.digits = digits;
}

/** Number.FormatGeneral: fixed notation unless the exponent is > maxDigits or < -4. */
function formatGeneral(num: NumberBuffer, maxDigits: number, expChar: string): string {
  const d = num.digits;
  let digPos = num.scale;
  const scientific = digPos > maxDigits || digPos < -3;
  if (scientific) digPos = 1;
  let out: string;
  let used = 0;
  if (digPos > 0) {
    used = digPos < d.length ? digPos : d.length;
    out = used === digPos ? d.slice(0, used) : d + '0'.repeat(digPos - d.length);
    digPos = 0;
  } else {
    out = '0';
  }
  if (used < d.length || digPos < 0) {
    out += DEC;
    if (digPos < 0) out += '0'.repeat(-digPos);
    out += d.slice(used);
  }
  if (scientific) out += formatExponent(num.scale - 1, expChar, 2, true);
  return out;
}

/** Number.FormatFixed: integer part (optionally grouped by 3), then exactly maxDigits decimals. */
function formatFixed(num: NumberBuffer, maxDigits: number, grouped: boolean): string {
  const d = num.digits;
  let digPos = num.scale;
  let out: string;
  let used = 0;
  if (digPos > 0) {
    used = digPos < d.length ? digPos : d.length;
    const intPart = used === digPos ? d.slice(0, used) : d + '0'.repeat(digPos - d.length);
    out = grouped ? groupThousands(intPart) : intPart;
  } else {
    out = '0';
  }
  if (maxDigits > 0) {
    out += DEC;
    if (digPos < 0) {
      const zeros = Math.min(-digPos, maxDigits);
      out += '0'.repeat(zeros);
      maxDigits -= zeros;
    }
    const frac = d.slice(used, used + maxDigits);
    out += frac;
    if (frac.length < maxDigits) out += '0'.repeat(maxDigits - frac.length);
  }
  return out;
}

/** Invariant NumberGroupSizes = [3]. */
function groupThousands(intPart: string): string {
  if (intPart.length <= 3) return intPart;
  let head = intPart.length % 3 || 3;
  let out = intPart.slice(0, head);
  for (; head < intPart.length; head += 3) out += GROUP + intPart.slice(head, head + 3);
  return out;
}

/** Number.FormatScientific: d.ddddE+ddd with exactly maxDigits digits (no point for "E0"). */
function formatScientific(num: NumberBuffer, maxDigits: number, expChar: string): string {
  const d = num.digits;
  let out = d.length > 0 ? d[0] : '0';
  if (maxDigits !== 1) out += DEC;
  const rest = d.slice(1, maxDigits);
  out += rest;
  if (rest.length < maxDigits - 1) out += '0'.repeat(maxDigits - 1 - rest.length);
  return out + formatExponent(d.length === 0 ? 0 : num.scale - 1, expChar, 3, true);
}

function formatExponent(value: number, expChar: string, minDigits: number, positiveSign: boolean): string {
  let out = expChar;
  if (value < 0) {
    out += NEG;
    value = -value;
  } else if (positiveSign) {
    out += '+';
  }
  return out + padZeros('' + value, minDigits);
}

// ---------------------------------------------------------------------------------------------
// Custom formats (Number.NumberToStringFormat)
// ---------------------------------------------------------------------------------------------


/** Picture statistics gathered by the first pass over one section. */
interface Picture {
  digitCount: number;   // '#' and '0' placeholders
  decimalPos: number;   // placeholders before the first '.'
  firstDigit: number;   // index of the first '0' placeholder
  lastDigit: number;    // index after the last '0' placeholder
  scientific: boolean;
  thousandSeps: boolean;
  scaleAdjust: number;  // from '%', '‰' and ',' right before the point
}

function numberToStringFormat(num: NumberBuffer, format: string): string {
  // Section 0 is for positive values, 1 for negative, 2 for zero (Number.FindSection).
  let section = findSection(format, num.digits.length === 0 ? 2 : num.negative ? 1 : 0);
  let pic: Picture;
  for (;;) {
    pic = scanPicture(format, section);
    if (num.digits.length !== 0) {
      num.scale += pic.scaleAdjust;
      const pos = pic.scientific ? pic.digitCount : num.scale + pic.digitCount - pic.decimalPos;
      roundNumber(num, pos, false);
      if (num.digits.length === 0) {
        // Rounded to zero: use the zero section if there is one.
        const zeroSection = findSection(format, 2);
        if (zeroSection !== section) {
          section = zeroSection;
          continue;
        }
      }
    } else {
      if (!num.isFloat) num.negative = false;
      num.scale = 0;
    }
    break;
  }
  return applyPicture(num, format, section, pic);
}

/** First pass: count placeholders, find the point, grouping, scaling and exponent. */
function scanPicture(format: string, section: number): Picture {
  let digitCount = 0, decimalPos = -1, firstDigit = 0x7fffffff, lastDigit = 0;
  let scientific = false, thousandPos = -1, thousandCount = 0, thousandSeps = false, scaleAdjust = 0;
  const len = format.length;
  let src = section;
  while (src < len) {
    const ch = format.charCodeAt(src++);
    if (ch === 0 || ch === CH_SEMI) break;
    switch (ch) {
      case CH_HASH:
        digitCount++;
        break;
      case CH_ZERO:
        if (firstDigit === 0x7fffffff) firstDigit = digitCount;
        digitCount++;
        lastDigit = digitCount;
        break;
      case CH_DOT:
        if (decimalPos < 0) decimalPos = digitCount;
        break;
      case CH_COMMA:
        // Commas between placeholders group; commas right before the point scale by 1000.
        if (digitCount > 0 && decimalPos < 0) {
          if (thousandPos >= 0) {
            if (thousandPos === digitCount) {
              thousandCount++;
              break;
            }
            thousandSeps = true;
          }
          thousandPos = digitCount;
          thousandCount = 1;
        }
        break;
      case CH_PERCENT:
        scaleAdjust += 2;
        break;
      case CH_PERMILLE:
        scaleAdjust += 3;
        break;
      case CH_QUOTE: case CH_DQUOTE:
        while (src < len && format.charCodeAt(src) !== 0 && format.charCodeAt(src++) !== ch);
        break;
      case CH_BACKSLASH:
        if (src < len && format.charCodeAt(src) !== 0) src++;
        break;
      case CH_E: case CH_e: {
        const next = src < len ? format.charCodeAt(src) : -1;
        if (next === CH_ZERO ||
          (src + 1 < len && (next === CH_PLUS || next === CH_MINUS) && format.charCodeAt(src + 1) === CH_ZERO)) {
          while (++src < len && format.charCodeAt(src) === CH_ZERO);
          scientific = true;
        }
        break;
      }
    }
  }
  if (decimalPos < 0) decimalPos = digitCount;
  if (thousandPos >= 0) {
    if (thousandPos === decimalPos) scaleAdjust -= thousandCount * 3;
    else thousandSeps = true;
  }
  return { digitCount, decimalPos, firstDigit, lastDigit, scientific, thousandSeps, scaleAdjust };
}

/** Second pass: emit the section, filling placeholders from the digit buffer. */
function applyPicture(num: NumberBuffer, format: string, section: number, pic: Picture): string {
  const d = num.digits;
  const { decimalPos, digitCount, thousandSeps } = pic;
  let scientific = pic.scientific;
  // From here on firstDigit/lastDigit count places before/after the point.
  const firstDigit = pic.firstDigit < decimalPos ? decimalPos - pic.firstDigit : 0;
  const lastDigit = pic.lastDigit > decimalPos ? decimalPos - pic.lastDigit : 0;
  let digPos: number;
  let adjust: number; // > 0: more integer digits than placeholders; < 0: fewer
  if (scientific) {
    digPos = decimalPos;
    adjust = 0;
  } else {
    digPos = num.scale > decimalPos ? num.scale : decimalPos;
    adjust = num.scale - decimalPos;
  }

  // Digit positions (counted from the point) after which a group separator goes.
  const sepPos: number[] = [];
  if (thousandSeps) {
    const totalDigits = digPos + (adjust < 0 ? adjust : 0);
    const numDigits = firstDigit > totalDigits ? firstDigit : totalDigits;
    for (let g = 3; numDigits > g; g += 3) sepPos.push(g);
  }
  let sepIdx = sepPos.length - 1;

  let out = '';
  if (num.negative && section === 0 && num.scale !== 0) out += NEG;
  let decimalWritten = false;
  let cur = 0;
  const len = format.length;
  let src = section;
  const emitDigit = (c: string) => {
    out += c;
    if (thousandSeps && digPos > 1 && sepIdx >= 0 && digPos === sepPos[sepIdx] + 1) {
      out += GROUP;
      sepIdx--;
    }
  };
  while (src < len) {
    const ch = format.charCodeAt(src++);
    if (ch === 0 || ch === CH_SEMI) break;
    if (adjust > 0 && (ch === CH_HASH || ch === CH_ZERO || ch === CH_DOT)) {
      // The first placeholder takes all the extra integer digits.
      while (adjust > 0) {
        emitDigit(cur < d.length ? d[cur++] : '0');
        digPos--;
        adjust--;
      }
    }
    switch (ch) {
      case CH_HASH: case CH_ZERO: {
        let c: string;
        if (adjust < 0) {
          adjust++;
          c = digPos <= firstDigit ? '0' : '';
        } else {
          c = cur < d.length ? d[cur++] : digPos > lastDigit ? '0' : '';
        }
        if (c !== '') emitDigit(c);
        digPos--;
        break;
      }
      case CH_DOT:
        // Only the first point counts, and only if a '0' or a remaining digit follows it.
        if (digPos !== 0 || decimalWritten) break;
        if (lastDigit < 0 || (decimalPos < digitCount && cur < d.length)) {
          out += DEC;
          decimalWritten = true;
        }
        break;
      case CH_PERMILLE:
        out += PERMILLE;
        break;
      case CH_PERCENT:
        out += PERCENT;
        break;
      case CH_COMMA:
        break;
      case CH_QUOTE: case CH_DQUOTE: {
        const start = src;
        while (src < len && format.charCodeAt(src) !== 0 && format.charCodeAt(src) !== ch) src++;
        out += format.slice(start, src);
        if (src < len && format.charCodeAt(src) !== 0) src++;
        break;
      }
      case CH_BACKSLASH:
        if (src < len && format.charCodeAt(src) !== 0) out += format[src++];
        break;
      case CH_E: case CH_e: {
        const next = src < len ? format.charCodeAt(src) : -1;
        const next2 = src + 1 < len ? format.charCodeAt(src + 1) : -1;
        if (scientific && (next === CH_ZERO || ((next === CH_PLUS || next === CH_MINUS) && next2 === CH_ZERO))) {
          // "E0" and "E-0" show only a negative sign, "E+0" always a sign.
          let minDigits = next === CH_ZERO ? 1 : 0;
          const positiveSign = next === CH_PLUS;
          while (++src < len && format.charCodeAt(src) === CH_ZERO) minDigits++;
          if (minDigits > 10) minDigits = 10;
          const exp = d.length === 0 ? 0 : num.scale - decimalPos;
          out += formatExponent(exp, String.fromCharCode(ch), minDigits, positiveSign);
          scientific = false;
        } else {
          out += String.fromCharCode(ch);
          if (!scientific && src < len) {
            if (next === CH_PLUS || next === CH_MINUS) out += format[src++];
            while (src < len && format.charCodeAt(src) === CH_ZERO) out += format[src++];
          }
        }
        break;
      }
      default:
        out += String.fromCharCode(ch);
    }
  }
  // A negative number whose integer part is zero gets its sign here ("-0.5", "-0.00").
  if (num.negative && section === 0 && num.scale === 0 && out.length > 0) out = NEG + out;
  return out;
}

/** Number.FindSection: the start of section 1 (negative) or 2 (zero), or 0 if it is absent or empty. */
function findSection(format: string, section: number): number {
  if (section === 0) return 0;
  const len = format.length;
  let src = 0;
  for (;;) {
    if (src >= len) return 0;
    const ch = format.charCodeAt(src++);
    switch (ch) {
      case CH_QUOTE: case CH_DQUOTE:
        while (src < len && format.charCodeAt(src) !== 0 && format.charCodeAt(src++) !== ch);
        break;
      case CH_BACKSLASH:
        if (src < len && format.charCodeAt(src) !== 0) src++;
        break;
      case CH_SEMI:
        if (--section !== 0) break;
        if (src < len && format.charCodeAt(src) !== 0 && format.charCodeAt(src) !== CH_SEMI) return src;
        return 0;
      case 0:
        return 0;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Floating-point digit generation
// ---------------------------------------------------------------------------------------------

/**
 * .NET tries Grisu3 before Dragon4, and its Grisu3 uses symmetric boundaries even at powers of
 * two, where the neighbour below is only half as far away. For exactly two doubles that finds a
 * shorter string which does not round-trip; .NET prints it, so do we. (Found by comparing every
 * power of two with dotnet; elsewhere Grisu3's boundaries are right and the digits agree.)
 */
const GRISU_QUIRK_A = 2 ** -25;  // .NET "2.980232238769531E-08", round-trip 2.9802322387695312E-08
const GRISU_QUIRK_B = 2 ** -958; // .NET "4.104536801298376E-289", round-trip 4.1045368012983762E-289

/**
 * Shortest round-trip digits of a double. JS Number#toString produces exactly the digits .NET's
 * Grisu3/Dragon4 "shortest" mode does (shortest, then closest, ties to even), so parse them out.
 */
function shortestDouble(abs: number, negative: boolean): NumberBuffer {
  const num: NumberBuffer = { digits: '', scale: 0, negative, isFloat: true };
  if (abs === 0) return num;
  if (abs === GRISU_QUIRK_A || abs === GRISU_QUIRK_B) {
    num.digits = abs === GRISU_QUIRK_A ? '2980232238769531' : '4104536801298376';
    num.scale = abs === GRISU_QUIRK_A ? -7 : -288;
    return num;
  }
  return readJsDigits('' + abs, num);
}

/**
 * Fills `num` from a JS number string ("123.45", "0.00012", "1.5e-7", "1e+21"), i.e. from the
 * output of Number#toString, toFixed or toPrecision of a non-negative value.
 */
function readJsDigits(s: string, num: NumberBuffer): NumberBuffer {
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let scale = dot < 0 ? mantissa.length : dot;
  let zeros = 0;
  while (zeros < digits.length && digits.charCodeAt(zeros) === CH_ZERO) zeros++;
  if (zeros > 0) {
    digits = digits.slice(zeros);
    scale -= zeros;
  }
  num.digits = trimTrailingZeros(digits);
  num.scale = num.digits.length === 0 ? 0 : e < 0 ? scale : scale + +s.slice(e + 1);
  return num;
}

function trimTrailingZeros(d: string): string {
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === CH_ZERO) end--;
  return end === d.length ? d : d.slice(0, end);
}

const view = new DataView(new ArrayBuffer(8));

/** Shortest round-trip digits of a float32 value (Dragon4 over big integers, as .NET does). */
function shortestSingle(abs: number, negative: boolean): NumberBuffer {
  const num: NumberBuffer = { digits: '', scale: 0, negative, isFloat: true };
  if (abs === 0) return num;
  view.setFloat32(0, abs);
  const bits = view.getUint32(0);
  const biased = bits >>> 23;
  const fraction = bits & 0x7fffff;
  const mantissa = biased === 0 ? fraction : fraction | 0x800000;
  const exponent = biased === 0 ? -149 : biased - 150;
  // .NET treats every normal value with a zero fraction as having a lower neighbour half as far
  // away (hasUnequalMargins), the smallest normal included.
  const unequalMargins = biased !== 0 && fraction === 0;
  dragon4Shortest(BigInt(mantissa), exponent, unequalMargins, num);
  return num;
}

/**
 * Dragon4 in "shortest" mode (Steele & White / Burger & Dybvig, as Number.Dragon4 does it):
 * emit digits until the value is distinguishable from its neighbours; the neighbour midpoints
 * count as inside when the mantissa is even. The last digit rounds to the nearer side, ties even.
 */
function dragon4Shortest(mantissa: bigint, exponent: number, unequalMargins: boolean, num: NumberBuffer): void {
  // value = r / s, lower margin = mMinus / s, upper margin = mPlus / s (half-gaps to neighbours).
  let r: bigint, s: bigint, mMinus: bigint, mPlus: bigint;
  if (exponent >= 0) {
    const pow = 1n << BigInt(exponent);
    r = (mantissa * pow) << (unequalMargins ? 2n : 1n);
    s = unequalMargins ? 4n : 2n;
    mMinus = pow;
    mPlus = unequalMargins ? pow << 1n : pow;
  } else {
    r = mantissa << (unequalMargins ? 2n : 1n);
    s = 1n << BigInt((unequalMargins ? 2 : 1) - exponent);
    mMinus = 1n;
    mPlus = unequalMargins ? 2n : 1n;
  }
  const isEven = (mantissa & 1n) === 0n;
  const highFits = (hi: bigint, limit: bigint) => (isEven ? hi < limit : hi <= limit);

  // k = the smallest exponent with value + upper margin below 10^k; scale so that r/s < 1.
  let k = Math.ceil(Math.log10(Number(mantissa)) + exponent * Math.LOG10E * Math.LN2);
  if (k >= 0) s *= pow10(k);
  else {
    const p = pow10(-k);
    r *= p; mMinus *= p; mPlus *= p;
  }
  while (!highFits(r + mPlus, s)) {
    s *= 10n;
    k++;
  }
  while (highFits((r + mPlus) * 10n, s)) {
    r *= 10n; mMinus *= 10n; mPlus *= 10n;
    k--;
  }

  let digits = '';
  for (;;) {
    r *= 10n; mMinus *= 10n; mPlus *= 10n;
    const digit = Number(r / s);
    r %= s;
    const low = isEven ? r <= mMinus : r < mMinus;
    const high = isEven ? r + mPlus >= s : r + mPlus > s;
    if (!low && !high) {
      digits += digit;
      continue;
    }
    let roundUp = high;
    if (low === high) {
      const twice = r << 1n;
      roundUp = twice > s || (twice === s && (digit & 1) === 1);
    }
    if (!roundUp) {
      digits += digit;
    } else if (digit < 9) {
      digits += digit + 1;
    } else {
      // Carry through trailing nines.
      let i = digits.length;
      while (i > 0 && digits.charCodeAt(i - 1) === CH_NINE) i--;
      if (i === 0) {
        digits = '1';
        k++;
      } else {
        digits = digits.slice(0, i - 1) + String.fromCharCode(digits.charCodeAt(i - 1) + 1);
      }
    }
    break;
  }
  num.digits = trimTrailingZeros(digits);
  num.scale = k;
}

const pow10Cache: bigint[] = [1n];
function pow10(n: number): bigint {
  while (pow10Cache.length <= n) pow10Cache.push(pow10Cache[pow10Cache.length - 1] * 10n);
  return pow10Cache[n];
}

const pow5Cache: bigint[] = [1n];
function pow5(n: number): bigint {
  while (pow5Cache.length <= n) pow5Cache.push(pow5Cache[pow5Cache.length - 1] * 5n);
  return pow5Cache[n];
}

/** The last mantissa digit of a toPrecision string. Only an exact tie can make it '5' at count+1 digits. */
function lastDigit(s: string): number {
  const e = s.indexOf('e');
  return s.charCodeAt((e < 0 ? s.length : e) - 1);
}

/** The exact decimal expansion of a finite double > 0 (at most 767 significant digits). */
function exactDecimal(abs: number): { digits: string; scale: number } {
  view.setFloat64(0, abs);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = hi >>> 20;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) mantissa |= 1n << 52n;
  if (exponent >= 0) {
    const digits = (mantissa << BigInt(exponent)).toString();
    return { digits: trimTrailingZeros(digits), scale: digits.length };
  }
  // m / 2^k = m * 5^k / 10^k; drop common factors of two first to keep the numbers small.
  while ((mantissa & 1n) === 0n && exponent < 0) {
    mantissa >>= 1n;
    exponent++;
  }
  const digits = (mantissa * pow5(-exponent)).toString();
  return { digits: trimTrailingZeros(digits), scale: digits.length + exponent };
}

/**
 * The digits .NET's Dragon4 produces with a cutoff: the exact value of the double rounded to
 * `count` significant digits (significant=true) or `count` digits after the point, ties to even
 * (so 2.5 "F0" is "2" and 0.125 "F2" is "0.12", while 1.005 "F2" is "1.00" because that double
 * is slightly below 1.005).
 */
function roundedDigits(abs: number, negative: boolean, significant: boolean, count: number): NumberBuffer {
  const num: NumberBuffer = { digits: '', scale: 0, negative, isFloat: true };
  if (abs === 0) return num;
  // Fast path: toPrecision/toFixed also round the exact value, but ties go up instead of to
  // even. So use them unless the value might be a tie.
  if (significant) {
    if (count < 100 && lastDigit(abs.toPrecision(count + 1)) !== CH_FIVE) return readJsDigits(abs.toPrecision(count), num);
  } else if (count <= 100 && abs < 1e21) {
    // A tie at `count` decimals means abs × 2^(count+1) is an odd integer (exact scaling).
    const scaled = abs * 2 ** (count + 1);
    if (!(Number.isInteger(scaled) && scaled % 2 === 1)) return readJsDigits(abs.toFixed(count), num);
  }
  const exact = exactDecimal(abs);
  const d = exact.digits;
  let scale = exact.scale;
  const keep = significant ? count : scale + count;
  if (keep >= d.length) {
    num.digits = d;
    num.scale = scale;
    return num;
  }
  if (keep < 0) return num; // below half a unit of the last place: rounds to zero
  const next = d.charCodeAt(keep);
  // Digits are trimmed of trailing zeros, so anything after `next` makes it above the midpoint.
  const roundUp = next > CH_FIVE || (next === CH_FIVE && (keep + 1 < d.length || (keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1)));
  let digits: string;
  if (!roundUp) {
    digits = trimTrailingZeros(d.slice(0, keep));
  } else {
    let i = keep;
    while (i > 0 && d.charCodeAt(i - 1) === CH_NINE) i--;
    if (i === 0) {
      digits = '1';
      scale++;
    } else {
      digits = d.slice(0, i - 1) + String.fromCharCode(d.charCodeAt(i - 1) + 1);
    }
  }
  if (digits.length === 0) return num;
  num.digits = digits;
  num.scale = scale;
  return num;
}

/**
 * decimal.ToString(format): `mantissa` is the 96-bit integer, `scale` its power-of-ten divisor.
 * "G" without precision prints the stored digits, trailing zeros included, as .NET does.
 */
export function formatDecimal(mantissa: bigint, scale: number, negative: boolean, format: string | null): string {
  const spec = parseFormatSpecifier(format ?? '');
  const all = mantissa.toString();
  if ((spec.fmt === 'G' || spec.fmt === 'g') && spec.precision <= 0) {
    const s = all.padStart(scale + 1, '0');
    const body = scale > 0 ? s.slice(0, s.length - scale) + DEC + s.slice(s.length - scale) : s;
    return (negative && mantissa !== 0n ? NEG : '') + body;
  }
  let digits = mantissa === 0n ? '' : all;
  const exp = mantissa === 0n ? 0 : all.length - scale;
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === CH_ZERO) end--;
  digits = digits.slice(0, end);
  const num: NumberBuffer = { digits, scale: exp, negative, isFloat: false };
  if (spec.fmt === '') return numberToStringFormat(num, format!);
  const u = spec.fmt.toUpperCase();
  if (u === 'D' || u === 'X' || u === 'B' || u === 'R') throw new FormatError();
  return numberToString(num, spec.fmt, spec.precision);
}
