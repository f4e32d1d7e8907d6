import type { ByteReader } from './byte-reader.js';
import { bad } from './errors.js';

/** ECMA-335 II.23.1.16 element types. */
export const enum ET {
  END = 0x00, VOID = 0x01, BOOLEAN = 0x02, CHAR = 0x03, I1 = 0x04, U1 = 0x05, I2 = 0x06, U2 = 0x07,
  I4 = 0x08, U4 = 0x09, I8 = 0x0a, U8 = 0x0b, R4 = 0x0c, R8 = 0x0d, STRING = 0x0e, PTR = 0x0f,
  BYREF = 0x10, VALUETYPE = 0x11, CLASS = 0x12, VAR = 0x13, ARRAY = 0x14, GENERICINST = 0x15,
  TYPEDBYREF = 0x16, I = 0x18, U = 0x19, FNPTR = 0x1b, OBJECT = 0x1c, SZARRAY = 0x1d, MVAR = 0x1e,
  CMOD_REQD = 0x1f, CMOD_OPT = 0x20, INTERNAL = 0x21, MODIFIER = 0x40, SENTINEL = 0x41, PINNED = 0x45,
}

/** A decoded type signature. Plain data: the type system and the disassembler interpret it. */
export type TypeSig =
  | { k: 'prim'; et: number }
  | { k: 'class' | 'valuetype'; token: number }
  | { k: 'inst'; generic: TypeSig; args: TypeSig[] }
  | { k: 'szarray'; elem: TypeSig }
  | { k: 'array'; elem: TypeSig; rank: number; sizes: number[]; lobounds: number[] }
  | { k: 'ptr'; elem: TypeSig }
  | { k: 'byref'; elem: TypeSig }
  | { k: 'var' | 'mvar'; n: number }
  | { k: 'fnptr'; sig: MethodSig }
  | { k: 'mod'; required: boolean; modifier: number; elem: TypeSig }
  | { k: 'pinned'; elem: TypeSig };

/** II.23.2.1-3: method signatures (def, ref, stand-alone). */
export interface MethodSig {
  hasThis: boolean; explicitThis: boolean;
  callConv: number;        // low 4 bits: 0 default, 5 vararg, 1-4 and 9 unmanaged
  genericCount: number;
  ret: TypeSig;
  params: TypeSig[];
  varargStart: number;     // index in params where the sentinel stood, or -1
}

const MAX_DEPTH = 64;
/** Shared by every signature with no parameters: never mutated. */
const NO_TYPES: TypeSig[] = [];
const MAX_COUNT = 0x10000;

/** Token of a TypeDefOrRefOrSpecEncoded (II.23.2.8). */
function typeDefOrRefEncoded(r: ByteReader): number {
  const v = r.compressedU32();
  const table = [0x02, 0x01, 0x1b][v & 3];
  if (table === undefined) bad('signature: invalid TypeDefOrRef tag', r.pos - 1);
  return ((table << 24) | (v >>> 2)) >>> 0;
}

function count(r: ByteReader, what: string): number {
  const n = r.compressedU32();
  // Each element takes at least one byte, so a count larger than what is left is a lie.
  if (n > MAX_COUNT || n > r.remaining + 1) bad(`signature: implausible ${what} count ${n}`, r.pos);
  return n;
}

/**
 * One shared TypeSig per primitive element type: most signature elements are primitives, and
 * allocating each afresh made decoding allocation-bound. TypeSigs are read-only data.
 */
const PRIMS: readonly TypeSig[] = Array.from({ length: 0x20 }, (_, et) => ({ k: 'prim', et }) as TypeSig);

export function readType(r: ByteReader, depth = 0): TypeSig {
  if (depth > MAX_DEPTH) bad('signature nested too deeply', r.pos);
  const et = r.u8();
  switch (et) {
    case ET.VOID: case ET.BOOLEAN: case ET.CHAR: case ET.I1: case ET.U1: case ET.I2: case ET.U2:
    case ET.I4: case ET.U4: case ET.I8: case ET.U8: case ET.R4: case ET.R8: case ET.STRING:
    case ET.TYPEDBYREF: case ET.I: case ET.U: case ET.OBJECT:
      return PRIMS[et]!;
    case ET.CLASS: return { k: 'class', token: typeDefOrRefEncoded(r) };
    case ET.VALUETYPE: return { k: 'valuetype', token: typeDefOrRefEncoded(r) };
    case ET.PTR: return { k: 'ptr', elem: readType(r, depth + 1) };
    case ET.BYREF: return { k: 'byref', elem: readType(r, depth + 1) };
    case ET.SZARRAY: return { k: 'szarray', elem: readType(r, depth + 1) };
    case ET.VAR: return { k: 'var', n: r.compressedU32() };
    case ET.MVAR: return { k: 'mvar', n: r.compressedU32() };
    case ET.PINNED: return { k: 'pinned', elem: readType(r, depth + 1) };
    case ET.CMOD_REQD: case ET.CMOD_OPT: {
      const modifier = typeDefOrRefEncoded(r);
      return { k: 'mod', required: et === ET.CMOD_REQD, modifier, elem: readType(r, depth + 1) };
    }
    case ET.GENERICINST: {
      const generic = readType(r, depth + 1);
      if (generic.k !== 'class' && generic.k !== 'valuetype') bad('signature: GENERICINST of a non-type', r.pos);
      const n = count(r, 'generic argument');
      if (n === 0) bad('signature: GENERICINST with no arguments', r.pos);
      const args: TypeSig[] = [];
      for (let i = 0; i < n; i++) args.push(readType(r, depth + 1));
      return { k: 'inst', generic, args };
    }
    case ET.ARRAY: {
      const elem = readType(r, depth + 1);
      const rank = r.compressedU32();
      if (rank === 0 || rank > 32) bad(`signature: array rank ${rank} out of range`, r.pos);
      const ns = count(r, 'array size');
      const sizes: number[] = [];
      for (let i = 0; i < ns; i++) sizes.push(r.compressedU32());
      const nl = count(r, 'array bound');
      const lobounds: number[] = [];
      for (let i = 0; i < nl; i++) lobounds.push(r.compressedI32());
      return { k: 'array', elem, rank, sizes, lobounds };
    }
    case ET.FNPTR: return { k: 'fnptr', sig: readMethodSig(r, depth + 1) };
    default:
      return bad(`signature: unknown element type 0x${et.toString(16)}`, r.pos - 1);
  }
}

export function readMethodSig(r: ByteReader, depth = 0): MethodSig {
  const flags = r.u8();
  const callConv = flags & 0x0f;
  if (callConv > 5 && callConv !== 9) bad(`signature: 0x${flags.toString(16)} is not a method calling convention`, r.pos - 1);
  const genericCount = flags & 0x10 ? r.compressedU32() : 0;
  const n = count(r, 'parameter');
  const ret = readType(r, depth + 1);
  const params: TypeSig[] = n === 0 ? NO_TYPES : new Array<TypeSig>(n);
  let varargStart = -1;
  for (let i = 0; i < n; i++) {
    if (r.remaining > 0 && r.bytes[r.pos] === ET.SENTINEL) { r.u8(); varargStart = i; }
    params[i] = readType(r, depth + 1);
  }
  return { hasThis: (flags & 0x20) !== 0, explicitThis: (flags & 0x40) !== 0, callConv, genericCount, ret, params, varargStart };
}

export function readFieldSig(r: ByteReader): TypeSig {
  const b = r.u8();
  if ((b & 0x0f) !== 0x06) bad('signature: not a field signature', r.pos - 1);
  return readType(r);
}

/** II.23.2.5 property signature: its type (parameters of indexers are kept). */
export function readPropertySig(r: ByteReader): { hasThis: boolean; type: TypeSig; params: TypeSig[] } {
  const b = r.u8();
  if ((b & 0x0f) !== 0x08) bad('signature: not a property signature', r.pos - 1);
  const n = count(r, 'parameter');
  const type = readType(r);
  const params: TypeSig[] = [];
  for (let i = 0; i < n; i++) params.push(readType(r));
  return { hasThis: (b & 0x20) !== 0, type, params };
}

export function readLocalsSig(r: ByteReader): TypeSig[] {
  if (r.u8() !== 0x07) bad('signature: not a local variable signature', r.pos - 1);
  const n = count(r, 'local');
  const out: TypeSig[] = [];
  for (let i = 0; i < n; i++) out.push(readType(r));
  return out;
}

/** II.23.2.15 MethodSpec instantiation. */
export function readMethodSpec(r: ByteReader): TypeSig[] {
  if (r.u8() !== 0x0a) bad('signature: not a generic method instantiation', r.pos - 1);
  const n = count(r, 'generic argument');
  const out: TypeSig[] = [];
  for (let i = 0; i < n; i++) out.push(readType(r));
  return out;
}

/**
 * A little-endian primitive of element type `et` (BOOLEAN, CHAR, I1..U8, R4, R8), as Constant
 * rows and custom-attribute blobs store them; undefined for any other element type.
 */
export function readPrimitive(r: ByteReader, et: number): boolean | number | bigint | string | undefined {
  switch (et) {
    case ET.BOOLEAN: return r.u8() !== 0;
    case ET.CHAR: return String.fromCharCode(r.u16());
    case ET.I1: { const v = r.u8(); return v > 127 ? v - 256 : v; }
    case ET.U1: return r.u8();
    case ET.I2: { const v = r.u16(); return v > 0x7fff ? v - 0x10000 : v; }
    case ET.U2: return r.u16();
    case ET.I4: return r.i32();
    case ET.U4: return r.u32();
    case ET.I8: return BigInt.asIntN(64, r.u64());
    case ET.U8: return r.u64();
    case ET.R4: return r.f32();
    case ET.R8: return r.f64();
    default: return undefined;
  }
}

/** Strips custom modifiers (they do not change identity for our purposes except in matching). */
export function stripMods(t: TypeSig): TypeSig {
  while (t.k === 'mod') t = t.elem;
  return t;
}
