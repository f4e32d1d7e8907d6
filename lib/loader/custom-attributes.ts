import { ByteReader, utf8 } from './byte-reader.js';
import { bad } from './errors.js';
import { ET, readPrimitive, stripMods, type MethodSig, type TypeSig } from './signatures.js';

/**
 * Custom attribute value blobs (ECMA-335 II.23.3). The blob has no self-describing types for
 * the fixed arguments: their types come from the constructor's signature, and an enum's
 * underlying type must be looked up by whoever knows the enum (the `EnumResolver`).
 */

/** II.23.3 serialization type codes beyond the element types. */
export const enum CAT {
  TYPE = 0x50, BOXED = 0x51, FIELD = 0x53, PROPERTY = 0x54, ENUM = 0x55,
}

/** The type of one serialized value, as the decoder understood it. */
export type CAType =
  | { k: 'prim'; et: number }                          // BOOLEAN..R8, STRING
  | { k: 'type' }                                       // System.Type, serialized as a name
  | { k: 'boxed' }                                      // System.Object: a tagged value
  | { k: 'enum'; name: string; underlying: number }     // name is '' when known only by token
  | { k: 'szarray'; elem: CAType };

/** A decoded value: null for a null string/array/type, an array for SZ arrays. */
export type CAValue = null | boolean | number | bigint | string | CAValue[] | CATagged;
/** A boxed (0x51) value keeps the type it was serialized with. */
export interface CATagged { type: CAType; value: CAValue }

export interface CAArg { type: CAType; value: CAValue }
export interface CANamedArg { kind: 'field' | 'property'; name: string; type: CAType; value: CAValue }
export interface CustomAttributeValue { fixed: CAArg[]; named: CANamedArg[] }

/**
 * Tells the decoder an enum's underlying element type (ET.I1..ET.U8, or ET.BOOLEAN/CHAR): given
 * the TypeSig of a constructor parameter or the serialized type name of a named/boxed argument.
 * Returns undefined when it does not know; the decoder then assumes int32, the default for C#
 * enums and what other readers assume for an unresolvable enum.
 */
export type EnumResolver = (type: TypeSig | string) => number | undefined;

/** What the decoder needs to know about the module besides the blob. */
export interface CAContext {
  /** True when a class token names System.Type (serialized as a type-name string). */
  isSystemType(token: number): boolean;
  resolveEnum?: EnumResolver;
}

const MAX_DEPTH = 16;

function enumUnderlying(ctx: CAContext, t: TypeSig | string, at: number): number {
  const et = ctx.resolveEnum?.(t) ?? ET.I4;
  if (et !== ET.BOOLEAN && et !== ET.CHAR && !(et >= ET.I1 && et <= ET.U8)) bad(`custom attribute: enum has invalid underlying type 0x${et.toString(16)}`, at);
  return et;
}

/** II.23.3 SerString: 0xFF for null, else a compressed length and UTF-8 bytes. */
export function readSerString(r: ByteReader): string | null {
  if (r.remaining > 0 && r.bytes[r.pos] === 0xff) { r.pos++; return null; }
  const n = r.compressedU32();
  return utf8.decode(r.slice(n));
}

/** Maps a constructor parameter's TypeSig to the serialized type (II.23.3 FixedArg). */
export function caTypeOfSig(t: TypeSig, ctx: CAContext, at: number, depth = 0): CAType {
  if (depth > MAX_DEPTH) bad('custom attribute: parameter type nested too deeply', at);
  t = stripMods(t);
  switch (t.k) {
    case 'prim':
      if (t.et === ET.OBJECT) return { k: 'boxed' };
      if ((t.et >= ET.BOOLEAN && t.et <= ET.STRING)) return { k: 'prim', et: t.et };
      return bad(`custom attribute: parameter of element type 0x${t.et.toString(16)} cannot be serialized`, at);
    case 'class':
      if (ctx.isSystemType(t.token)) return { k: 'type' };
      return bad('custom attribute: class-typed parameter other than System.Type', at);
    case 'valuetype':
      return { k: 'enum', name: '', underlying: enumUnderlying(ctx, t, at) };
    case 'szarray':
      return { k: 'szarray', elem: caTypeOfSig(t.elem, ctx, at, depth + 1) };
    default:
      return bad(`custom attribute: parameter of kind ${t.k} cannot be serialized`, at);
  }
}

/** II.23.3 FieldOrPropType: the explicit type of a named or boxed argument. */
export function readCAType(r: ByteReader, ctx: CAContext, depth = 0): CAType {
  if (depth > MAX_DEPTH) bad('custom attribute: type nested too deeply', r.pos);
  const at = r.pos;
  const code = r.u8();
  if (code >= ET.BOOLEAN && code <= ET.STRING) return { k: 'prim', et: code };
  switch (code) {
    case CAT.TYPE: return { k: 'type' };
    case CAT.BOXED: return { k: 'boxed' };
    case ET.SZARRAY: return { k: 'szarray', elem: readCAType(r, ctx, depth + 1) };
    case CAT.ENUM: {
      const name = readSerString(r);
      if (!name) bad('custom attribute: enum with no type name', at);
      return { k: 'enum', name, underlying: enumUnderlying(ctx, name, at) };
    }
    default: return bad(`custom attribute: unknown serialization type 0x${code.toString(16)}`, at);
  }
}

function readPrim(r: ByteReader, et: number): CAValue {
  const v = readPrimitive(r, et);
  if (v !== undefined) return v;
  switch (et) {
    case ET.STRING: return readSerString(r);
    default: return bad(`custom attribute: bad primitive type 0x${et.toString(16)}`, r.pos);
  }
}

/** One FixedArg/Elem value of a known type (II.23.3). */
export function readCAValue(r: ByteReader, type: CAType, ctx: CAContext, depth = 0): CAValue {
  if (depth > MAX_DEPTH) bad('custom attribute: value nested too deeply', r.pos);
  switch (type.k) {
    case 'prim': return readPrim(r, type.et);
    case 'enum': return readPrim(r, type.underlying);
    case 'type': return readSerString(r);
    case 'boxed': {
      const inner = readCAType(r, ctx, depth + 1);
      return { type: inner, value: readCAValue(r, inner, ctx, depth + 1) };
    }
    case 'szarray': {
      const at = r.pos;
      const n = r.u32();
      if (n === 0xffffffff) return null;
      // Every element takes at least one byte, so a count beyond what is left is a lie.
      if (n > r.remaining) bad(`custom attribute: array of ${n} elements in ${r.remaining} bytes`, at);
      const out: CAValue[] = [];
      for (let i = 0; i < n; i++) out.push(readCAValue(r, type.elem, ctx, depth + 1));
      return out;
    }
  }
}

/**
 * Decodes a whole custom attribute blob: prolog 0x0001, one FixedArg per constructor parameter,
 * then NumNamed and the named field/property arguments (II.23.3). `ctorSig` must already have
 * class type parameters substituted when the attribute type is a generic instantiation.
 */
export function decodeCustomAttribute(r: ByteReader, ctorSig: MethodSig, ctx: CAContext): CustomAttributeValue {
  const start = r.pos;
  if (r.u16() !== 0x0001) bad('custom attribute: blob has no 0x0001 prolog', start);
  const fixed: CAArg[] = [];
  for (const p of ctorSig.params) {
    const type = caTypeOfSig(p, ctx, r.pos);
    fixed.push({ type, value: readCAValue(r, type, ctx) });
  }
  const named: CANamedArg[] = [];
  // A blob may end right after the fixed arguments (older compilers omit NumNamed = 0).
  const numNamed = r.remaining === 0 ? 0 : r.u16();
  for (let i = 0; i < numNamed; i++) {
    const at = r.pos;
    const tag = r.u8();
    if (tag !== CAT.FIELD && tag !== CAT.PROPERTY) bad(`custom attribute: named argument tag 0x${tag.toString(16)}`, at);
    const type = readCAType(r, ctx);
    const name = readSerString(r);
    if (name === null) bad('custom attribute: named argument has no name', at);
    named.push({ kind: tag === CAT.FIELD ? 'field' : 'property', name, type, value: readCAValue(r, type, ctx) });
  }
  if (r.remaining !== 0) bad(`custom attribute: ${r.remaining} bytes left after the last argument`, r.pos);
  return { fixed, named };
}

/** Renders a decoded value the way C# source would spell it (for the disassembler's comments). */
export function formatCAValue(v: CAValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}L`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(formatCAValue).join(', ')}]`;
  return formatCAValue(v.value);
}
