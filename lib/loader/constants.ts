import { ByteReader } from './byte-reader.js';
import { bad } from './errors.js';
import { ET, readPrimitive } from './signatures.js';
import { decodeUtf16 } from './utf16.js';

/** A decoded Constant row value (II.22.9): the element type says how the blob is laid out. */
export type ConstantValue = boolean | number | bigint | string | null;


/** Blob size each element type must have; strings are any even length. */
function expectedSize(et: number): number {
  switch (et) {
    case ET.BOOLEAN: case ET.I1: case ET.U1: return 1;
    case ET.CHAR: case ET.I2: case ET.U2: return 2;
    case ET.I4: case ET.U4: case ET.R4: case ET.CLASS: return 4;
    case ET.I8: case ET.U8: case ET.R8: return 8;
    default: return -1;
  }
}

/**
 * II.22.9: Type is one of BOOLEAN, CHAR, I1..U8, R4, R8, STRING or CLASS (a null reference,
 * stored as a 4-byte zero). Strings are UTF-16LE with no terminator; an empty blob is "".
 * `at` is the blob's file offset, for error messages.
 */
export function decodeConstant(et: number, value: Uint8Array, at = -1): ConstantValue {
  if (et === ET.STRING) {
    if (value.length % 2 !== 0) bad('constant: string value has an odd byte length', at);
    return decodeUtf16(value);
  }
  const size = expectedSize(et);
  if (size < 0) bad(`constant: invalid element type 0x${et.toString(16)}`, at);
  if (value.length !== size) bad(`constant of type 0x${et.toString(16)} has ${value.length} bytes, not ${size}`, at);
  const r = new ByteReader(value, 0, value.length, 'constant value');
  const v = readPrimitive(r, et);
  if (v !== undefined) return v;
  // CLASS: only the null reference may be a constant
  if (r.u32() !== 0) bad('constant: class-typed constant is not null', at);
  return null;
}
