import { T } from '../loader/schema.js';
import { Kind, Prim, PRIM_SIZE, FieldAttr, MethodAttr, TypeAttr, isValueType, type RuntimeField, type RuntimeMethod, type RuntimeType } from './descriptors.js';
import type { TypeSystem, GenericContext } from './type-system.js';

/** Bytes of the object header: header word + MethodTable pointer (runtime contract). */
export const OBJECT_HEADER = 8;
/** SZ arrays: length at 8, elements from 16 (8-aligned for long/double elements). */
export const ARRAY_LENGTH_OFFSET = 8;
export const ARRAY_DATA_OFFSET = 16;
/** Strings: length at 8, UTF-16 chars from 12. */
export const STRING_LENGTH_OFFSET = 8;
export const STRING_DATA_OFFSET = 12;

/** Size and alignment of a value of type t when stored in a field, array element or local. */
export function storageSize(ts: TypeSystem, t: RuntimeType): [size: number, align: number] {
  switch (t.kind) {
    case Kind.Primitive: case Kind.Enum: { const s = PRIM_SIZE[t.prim]!; return [s, s]; }
    case Kind.ValueType: ts.ensureLayout(t); return [t.instanceSize, t.align];
    default: return [4, 4]; // references, byrefs, pointers: 32-bit addresses
  }
}

/**
 * Lays out a type: instance fields (sequential, explicit or auto — auto is sequential for
 * classes and CoreCLR's order for value types, see below), statics, GC reference offsets, vtable and
 * interface map (ECMA-335 II.10.3 and II.12.2).
 */
export function layoutType(ts: TypeSystem, t: RuntimeType): void {
  t.laidOut = true; // set first: a struct that refers to itself through a static field must not loop
  if (t.parent) ts.ensureLayout(t.parent);
  switch (t.kind) {
    case Kind.SzArray: case Kind.MdArray:
      t.instanceSize = ARRAY_DATA_OFFSET; t.align = 8; t.containsRefs = !isValueType(t.elem!) || ts.ensureLayout(t.elem!).containsRefs;
      t.vtable = t.parent!.vtable.slice();
      t.interfaces = arrayInterfaces(ts, t);
      return;
    case Kind.ByRef: case Kind.Pointer: case Kind.GenericParam: case Kind.FnPtr:
      t.instanceSize = 4; t.align = 4;
      return;
    default: break;
  }
  const m = t.module!;
  const row = m.typeDef(t.rid);
  const ctx: GenericContext = { typeArgs: t.typeArgs, methodArgs: [] };
  const valueType = isValueType(t);
  t.isRefLike = valueType && attributeBlob(ts, t, 'IsByRefLikeAttribute') !== null;
  // [InlineArray(n)]: the one field repeated n times (C# 12 inline arrays, params spans).
  const inline = valueType ? attributeBlob(ts, t, 'InlineArrayAttribute') : null;
  const inlineLength = inline && inline.length >= 6 ? new DataView(inline.buffer, inline.byteOffset + 2, 4).getInt32(0, true) : 0;
  let offset = valueType ? 0 : (t.parent ? t.parent.instanceSize : OBJECT_HEADER);
  let align = valueType ? 1 : 8;
  const refOffsets = valueType ? [] : [...(t.parent?.refOffsets ?? [])];
  let staticOffset = 0;
  const statics: RuntimeField[] = [];
  const explicit = (row.flags & TypeAttr.LayoutMask) === TypeAttr.ExplicitLayout;
  const classLayout = m.classLayout(t.rid);
  const pack = classLayout && classLayout.pack ? classLayout.pack : 8;
  let end = offset;
  const instance: RuntimeField[] = [];
  for (let r = row.fields[0]; r < row.fields[1]; r++) {
    const frid = m.md.deref(T.Field, r);
    const f = m.field(frid);
    const ftype = ts.typeFromSig(m, m.fieldSig(frid), ctx);
    const isStatic = (f.flags & FieldAttr.Static) !== 0;
    const field: RuntimeField = { owner: t, name: f.name, rid: frid, flags: f.flags, isStatic, type: ftype, offset: 0, literal: (f.flags & FieldAttr.Literal) !== 0 };
    t.fields.push(field);
    if (field.literal) continue;
    if (isStatic) { statics.push(field); continue; } // laid out below, once this type's size is known
    instance.push(field);
  }
  // A value type with auto layout ([StructLayout(LayoutKind.Auto)], compiler-made state machines)
  // is placed as CoreCLR does: fields that are not structs largest first, then the struct fields,
  // each group in declaration order. Classes keep declaration order.
  if (valueType && (row.flags & TypeAttr.LayoutMask) === 0 && !inlineLength && instance.length > 1 && t.kind !== Kind.Primitive && t.kind !== Kind.Enum) {
    const rank = (f: RuntimeField): number => {
      const ft = f.type;
      if (isValueType(ft) && ft.kind !== Kind.Primitive && ft.kind !== Kind.Enum) return 0;
      return storageSize(ts, ft)[0];
    };
    const ranked = instance.map((f, i) => ({ f, i, k: rank(f) }));
    ranked.sort((a, b) => (a.k === 0) !== (b.k === 0) ? (a.k === 0 ? 1 : -1) : (b.k - a.k) || (a.i - b.i));
    for (let i = 0; i < ranked.length; i++) instance[i] = ranked[i]!.f;
  }
  for (const field of instance) {
    const ftype = field.type, frid = field.rid;
    const [size, falign0] = primitiveSelf(t, ftype) ? [PRIM_SIZE[t.prim]!, PRIM_SIZE[t.prim]!] : storageSize(ts, ftype);
    // References stay pointer-aligned whatever the packing, as in CoreCLR: the GC and the write
    // barrier work on aligned slots.
    const fieldRefs: number[] = [];
    collectRefs(ts, ftype, 0, fieldRefs);
    const falign = fieldRefs.length ? Math.max(falign0 || 1, 4) : Math.min(falign0 || 1, pack);
    if (explicit) {
      const fo = m.fieldLayoutOffset(frid);
      field.offset = (valueType ? 0 : offset) + Math.max(0, fo);
    } else {
      end = (end + falign - 1) & ~(falign - 1);
      field.offset = end;
    }
    end = Math.max(end, field.offset + size);
    align = Math.max(align, falign);
    collectRefs(ts, ftype, field.offset, refOffsets);
    for (let k = 1; k < inlineLength; k++) {
      const at = field.offset + k * ((size + falign - 1) & ~(falign - 1));
      end = Math.max(end, at + size);
      collectRefs(ts, ftype, at, refOffsets);
    }
  }
  if (valueType) {
    if (t.kind === Kind.Primitive || t.kind === Kind.Enum) { end = PRIM_SIZE[t.prim]!; align = Math.max(1, end); }
    let size = Math.max(end, 1);
    if (classLayout && classLayout.size > size) size = classLayout.size;
    size = (size + align - 1) & ~(align - 1);
    t.instanceSize = size;
  } else {
    t.instanceSize = (end + 7) & ~7;
  }
  t.align = align;
  // Statics live in their own block, 8-aligned; a value type's static of its own type
  // (decimal.One) needs the size computed just above.
  for (const f of statics) {
    const size = f.type === t ? t.instanceSize : storageSize(ts, f.type)[0];
    f.offset = staticOffset;
    staticOffset += Math.max(8, (size + 7) & ~7);
  }
  t.refOffsets = refOffsets;
  t.containsRefs = refOffsets.length > 0;
  t.staticsSize = staticOffset;
  buildVtable(ts, t);
}

function primitiveSelf(t: RuntimeType, ftype: RuntimeType): boolean {
  // System.Int32's m_value field has type Int32 itself: its size is the primitive's size.
  return (t.kind === Kind.Primitive || t.kind === Kind.Enum) && (ftype === t || ftype.kind === Kind.Primitive);
}

/** The value blob of the custom attribute named `attrName` on a TypeDef, or null. */
export function attributeBlob(ts: TypeSystem, t: RuntimeType, attrName: string): Uint8Array | null {
  const m = t.module!;
  for (const ca of m.customAttributes(((T.TypeDef << 24) | t.rid) >>> 0)) {
    const table = ca.ctor >>> 24;
    let owner = '';
    if (table === T.MemberRef) {
      const parent = m.memberRef(ca.ctor & 0xffffff).parent;
      if (parent >>> 24 === T.TypeRef) owner = m.typeRef(parent & 0xffffff).name;
      else if (parent >>> 24 === T.TypeDef) owner = m.typeDefName(parent & 0xffffff)[1];
    } else if (table === T.MethodDef) owner = ts.ownerOfMethodDef(m, ca.ctor & 0xffffff).name;
    if (owner === attrName) return m.md.blob(ca.blob);
  }
  return null;
}

/** Adds the offsets of object references held by a value of type ft stored at `at`. */
export function collectRefs(ts: TypeSystem, ft: RuntimeType, at: number, out: number[]): void {
  switch (ft.kind) {
    case Kind.Class: case Kind.Interface: case Kind.SzArray: case Kind.MdArray: case Kind.ByRef:
      out.push(at); return;
    case Kind.ValueType:
      ts.ensureLayout(ft);
      for (const o of ft.refOffsets) out.push(at + o);
      return;
    default: return;
  }
}

/** The interfaces an SZ array implements: IList<T>, IReadOnlyList<T> and their bases, if the corelib has them. */
function arrayInterfaces(ts: TypeSystem, t: RuntimeType): RuntimeType[] {
  const out: RuntimeType[] = [];
  const add = (ns: string, name: string, args: RuntimeType[]) => {
    const rid = ts.findTypeDef(ts.corelib, ns, name);
    if (!rid) return;
    const it = ts.typeFromDef(ts.corelib, rid, args);
    if (!out.includes(it)) out.push(it);
    for (const b of interfacesOf(ts, it)) if (!out.includes(b)) out.push(b);
  };
  add('System.Collections', 'IEnumerable', []);
  if (t.kind === Kind.SzArray) {
    for (const n of ['IList`1', 'IReadOnlyList`1', 'ICollection`1', 'IReadOnlyCollection`1', 'IEnumerable`1']) add('System.Collections.Generic', n, [t.elem!]);
  }
  return out;
}

/** Whether t's own InterfaceImpl rows name itf (it implements or re-implements it itself). */
function declaresInterface(ts: TypeSystem, t: RuntimeType, itf: RuntimeType): boolean {
  if (!t.module || !t.rid) return false;
  const ctx: GenericContext = { typeArgs: t.typeArgs, methodArgs: [] };
  return t.module.interfaceImpls(t.rid).some((tok) => ts.resolveType(t.module!, tok, ctx) === itf);
}

/** Interfaces declared on a type and, transitively, on those interfaces. */
function interfacesOf(ts: TypeSystem, t: RuntimeType): RuntimeType[] {
  if (!t.module || !t.rid) return [];
  const ctx: GenericContext = { typeArgs: t.typeArgs, methodArgs: [] };
  const out: RuntimeType[] = [];
  for (const tok of t.module.interfaceImpls(t.rid)) {
    const it = ts.resolveType(t.module, tok, ctx);
    if (!out.includes(it)) out.push(it);
    for (const b of interfacesOf(ts, it)) if (!out.includes(b)) out.push(b);
  }
  return out;
}

/**
 * Vtable (ECMA-335 II.10.3): the parent's slots, then each virtual method either overrides the
 * most derived inherited slot with the same name and signature, or (newslot) takes a new one.
 * MethodImpls override explicitly. Then the interface map is resolved against the final vtable.
 */
function buildVtable(ts: TypeSystem, t: RuntimeType): void {
  const vt = t.parent ? t.parent.vtable.slice() : [];
  const methods = ts.declaredMethods(t);
  for (const m of methods) {
    if (!(m.flags & MethodAttr.Virtual)) continue;
    if (t.kind === Kind.Interface) { m.slot = -1; continue; }
    let slot = -1;
    if (!(m.flags & MethodAttr.NewSlot)) {
      const key = ts.methodSigKey(m);
      for (let i = vt.length - 1; i >= 0; i--) {
        if (vt[i]!.name === m.name && ts.methodSigKey(vt[i]!) === key) { slot = i; break; }
      }
    }
    if (slot < 0) { slot = vt.length; vt.push(m); } else vt[slot] = m;
    m.slot = slot;
  }
  // Explicit overrides of class methods (C# covariant returns, explicit base overrides).
  const ctx: GenericContext = { typeArgs: t.typeArgs, methodArgs: [] };
  const impls = t.module ? t.module.methodImpls(t.rid).map(([body, decl]) => [methodIn(ts, t, body, ctx), methodIn(ts, t, decl, ctx)] as const) : [];
  for (const [body, decl] of impls) {
    if (decl.owner.kind !== Kind.Interface && decl.slot >= 0) {
      // Every slot the overridden method fills is replaced: a covariant-return override of an
      // override (Lion.Clone over Cat.Clone over Animal.Clone) also takes Animal's slot.
      const old = vt[decl.slot];
      for (let i = 0; i < vt.length; i++) if (vt[i] === old || vt[i] === decl) vt[i] = body;
      vt[decl.slot] = body;
      if (body.slot < 0) body.slot = decl.slot;
    }
  }
  t.vtable = vt;
  t.hasFinalizer = vt.some((m) => m.name === 'Finalize' && m.owner !== ts.object && m.sig.params.length === 0);
  // Interfaces: the parent's and our own (transitively).
  const all = [...(t.parent?.interfaces ?? [])];
  for (const i of interfacesOf(ts, t)) if (!all.includes(i)) all.push(i);
  t.interfaces = all;
  if (t.kind === Kind.Interface) return;
  t.interfaceImpls = new Map();
  explicitImpls.set(t, impls);
}

/** MethodImpl pairs per type, kept for the lazy interface maps below. */
const explicitImpls = new WeakMap<RuntimeType, readonly (readonly [RuntimeMethod, RuntimeMethod])[]>();

/**
 * The interface map of type t for interface itf (index: the interface's method, value: the
 * implementation), computed on first use: most (type, interface) pairs are never dispatched
 * through, and primitives implement dozens of generic-math interfaces.
 */
export function interfaceMap(ts: TypeSystem, t: RuntimeType, itf: RuntimeType): RuntimeMethod[] | undefined {
  ts.ensureLayout(t);
  const maps = t.interfaceImpls;
  if (!maps) return undefined;
  let map = maps.get(itf.id);
  if (map) return map;
  if (!t.interfaces.includes(itf)) return undefined;
  map = [];
  const impls = explicitImpls.get(t) ?? [];
  const imethods = ts.declaredMethods(itf);
  imethods.forEach((im, idx) => { map![idx] = resolveInterfaceMethod(ts, t, itf, im, impls) as RuntimeMethod; });
  maps.set(itf.id, map);
  return map;
}

function resolveInterfaceMethod(ts: TypeSystem, t: RuntimeType, itf: RuntimeType, im: RuntimeMethod,
  impls: readonly (readonly [RuntimeMethod, RuntimeMethod])[]): RuntimeMethod | undefined {
  if (im.flags & MethodAttr.Static && !(im.flags & MethodAttr.Virtual)) return undefined;
  // 1. Explicit implementation in this type (MethodImpl).
  for (const [body, decl] of impls) if (decl === im) return virtualTarget(t, body);
  // 2. A type that does not itself list the interface inherits its parent's mapping (ECMA-335
  //    II.12.2): a public method of the same name in a derived class does not re-implement it.
  if (t.parent && t.parent.interfaces.includes(itf) && !declaresInterface(ts, t, itf)) {
    const inherited = interfaceMap(ts, t.parent, itf)?.[ts.declaredMethods(itf).indexOf(im)];
    if (inherited) return virtualTarget(t, inherited);
  }
  const key = ts.methodSigKey(im);
  // Static virtual members (static abstract in interfaces) are implemented by static methods.
  if (im.flags & MethodAttr.Static) {
    for (let c: RuntimeType | null = t; c; c = c.parent) {
      const impl = ts.declaredMethods(c).find((x) => (x.flags & MethodAttr.Static) && x.name === im.name && ts.methodSigKey(x) === key);
      if (impl) return impl;
    }
  }
  // 3. A public virtual method with the same name and signature, most derived first.
  for (let i = t.vtable.length - 1; i >= 0; i--) {
    const cand = t.vtable[i]!;
    if (cand.name === im.name && ts.methodSigKey(cand) === key) return cand;
  }
  if (t.parent && t.parent.interfaces.includes(itf)) {
    const inherited = interfaceMap(ts, t.parent, itf)?.[ts.declaredMethods(itf).indexOf(im)];
    if (inherited) return virtualTarget(t, inherited);
  }
  // 4. Default interface method: the interface's own body, or an override in a derived interface.
  for (const other of t.interfaces) {
    if (!other.module) continue;
    const octx: GenericContext = { typeArgs: other.typeArgs, methodArgs: [] };
    for (const [b, d] of other.module.methodImpls(other.rid)) {
      const decl = methodIn(ts, other, d, octx);
      if (decl === im) return methodIn(ts, other, b, octx);
    }
  }
  if (!(im.flags & MethodAttr.Abstract)) return im;
  return undefined;
}

/**
 * A MethodImpl token in the context of type t: a MethodDef of t itself must be t's own
 * instance of it (List<int>'s, not the open List<T>'s); anything else resolves normally.
 */
function methodIn(ts: TypeSystem, t: RuntimeType, token: number, ctx: GenericContext): RuntimeMethod {
  if (token >>> 24 === T.MethodDef) {
    const rid = token & 0xffffff;
    const own = ts.declaredMethods(t).find((m) => m.rid === rid);
    if (own) return own;
  }
  return ts.resolveMethod(t.module!, token, ctx);
}

function virtualTarget(t: RuntimeType, m: RuntimeMethod): RuntimeMethod {
  return m.slot >= 0 && t.vtable[m.slot] ? t.vtable[m.slot]! : m;
}

export { Prim };
