import { T } from '../../loader/schema.js';
import { FieldAttr, Prim, type RuntimeType } from '../../types/descriptors.js';
import type { Runtime } from '../runtime.js';

/** The value of a boxed enum (or integer), as a bigint (enums are cold: formatting only). */
export function enumValue(rt: Runtime, boxed: number): bigint {
  const t = rt.objects.typeOfObject(boxed);
  return readPrim(rt, t.prim, boxed + 8);
}

function readPrim(rt: Runtime, p: Prim, a: number): bigint {
  const v = rt.mem.view;
  switch (p) {
    case Prim.I1: return BigInt(v.getInt8(a));
    case Prim.U1: case Prim.Bool: return BigInt(v.getUint8(a));
    case Prim.I2: return BigInt(v.getInt16(a, true));
    case Prim.U2: case Prim.Char: return BigInt(v.getUint16(a, true));
    case Prim.I4: case Prim.I: return BigInt(v.getInt32(a, true));
    case Prim.U4: case Prim.U: return BigInt(v.getUint32(a, true));
    case Prim.I8: return v.getBigInt64(a, true);
    case Prim.U8: return v.getBigUint64(a, true);
    default: return 0n;
  }
}

interface EnumInfo { names: string[]; values: bigint[]; flags: boolean }
const infoCache = new WeakMap<RuntimeType, EnumInfo>();

export function enumInfo(t: RuntimeType): EnumInfo {
  let info = infoCache.get(t);
  if (info) return info;
  const m = t.module!;
  const names: string[] = [], values: bigint[] = [];
  const [a, b] = m.typeDef(t.rid).fields;
  for (let r = a; r < b; r++) {
    const f = m.field(r);
    if (!(f.flags & FieldAttr.Literal)) continue;
    const c = m.constant(((T.Field << 24) | r) >>> 0);
    if (!c) continue;
    const dv = new DataView(c.value.buffer, c.value.byteOffset, c.value.byteLength);
    let v: bigint;
    switch (c.type) {
      case 0x04: v = BigInt(dv.getInt8(0)); break; case 0x05: v = BigInt(dv.getUint8(0)); break;
      case 0x06: v = BigInt(dv.getInt16(0, true)); break; case 0x07: case 0x03: v = BigInt(dv.getUint16(0, true)); break;
      case 0x08: v = BigInt(dv.getInt32(0, true)); break; case 0x09: v = BigInt(dv.getUint32(0, true)); break;
      case 0x0a: v = dv.getBigInt64(0, true); break; case 0x0b: v = dv.getBigUint64(0, true); break;
      case 0x02: v = BigInt(dv.getUint8(0)); break;
      default: v = 0n;
    }
    names.push(f.name); values.push(v);
  }
  const flags = m.customAttributes(((T.TypeDef << 24) | t.rid) >>> 0).some((ca) => {
    const tbl = ca.ctor >>> 24;
    if (tbl !== T.MemberRef) return false;
    const p = m.memberRef(ca.ctor & 0xffffff).parent;
    return p >>> 24 === T.TypeRef && m.typeRef(p & 0xffffff).name === 'FlagsAttribute';
  }) || m.customAttributes(((T.TypeDef << 24) | t.rid) >>> 0).some((ca) => ca.ctor >>> 24 === T.MethodDef && m.methodName(ca.ctor & 0xffffff) === '.ctor' && isFlagsCtor(m, ca.ctor));
  info = { names, values, flags };
  infoCache.set(t, info);
  return info;
}

function isFlagsCtor(m: NonNullable<RuntimeType['module']>, ctor: number): boolean {
  // A corelib-internal [Flags] (MethodDef token): find its owner type's name.
  const rid = ctor & 0xffffff;
  const n = m.md.rowCount(T.TypeDef);
  for (let t = n; t >= 1; t--) {
    if (m.typeDef(t).methods[0] <= rid) return m.typeDefName(t)[1] === 'FlagsAttribute';
  }
  return false;
}

/** Enum.ToString(format) as .NET prints it: names, [Flags] combinations, or the number. */
export function formatEnum(rt: Runtime, boxed: number, format: string | null): string {
  const t = rt.objects.typeOfObject(boxed);
  const v = enumValue(rt, boxed);
  const f = (format ?? 'G').toUpperCase();
  if (f === 'D') return v.toString();
  const bits = BigInt(8 * [0, 1, 2, 1, 1, 2, 2, 4, 4, 8, 8][t.prim]!);
  if (f === 'X') return BigInt.asUintN(Number(bits), v).toString(16).toUpperCase().padStart(Number(bits) / 4, '0');
  const info = enumInfo(t);
  const exact = info.values.indexOf(v);
  if (exact >= 0 && f !== 'F') return info.names[exact]!;
  if (info.flags || f === 'F') {
    // Greedy from the largest value, as .NET does; zero prints only when it is the whole value.
    // Values order as unsigned numbers of the underlying width (a negative flag is the largest).
    const n = Number(bits);
    const uvals = info.values.map((x) => BigInt.asUintN(n, x));
    const order = uvals.map((x, i) => [x, i] as const).filter(([x]) => x !== 0n).sort((p, q) => (p[0] < q[0] ? 1 : p[0] > q[0] ? -1 : 0));
    let rest = BigInt.asUintN(n, v);
    const parts: number[] = [];
    for (const [x, i] of order) if ((rest & x) === x) { parts.push(i); rest &= ~x; }
    if (rest === 0n && parts.length) return parts.sort((p, q) => (uvals[p]! < uvals[q]! ? -1 : 1)).map((i) => info.names[i]).join(', ');
    if (v === 0n && exact >= 0) return info.names[exact]!;
  }
  return v.toString();
}
