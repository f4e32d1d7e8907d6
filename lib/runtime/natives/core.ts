import { ExitSignal, FatalExit, type Runtime } from '../runtime.js';
import { Kind, Prim, PRIM_SIZE, isValueType, fullName, displayName, mdArraySuffix, type RuntimeType, type RuntimeField } from '../../types/descriptors.js';
import { storageSize } from '../../types/layout.js';
import { Hdr } from '../../../gc/layout.js';
import { argF64, argI32, argStr, retI32, retI64, retStr, type Add } from './args.js';
import { formatEnum, enumValue } from './enums.js';
import { invariantLower, invariantUpper } from './strings.js';

/** Address of an array's first element: +16, after the lengths and lower bounds for a multi-dimensional array. */
function arrayData(rt: Runtime, a: number): number {
  const t = rt.objects.typeOfObject(a);
  return a + (t.kind === Kind.MdArray ? 16 + 8 * t.rank : 16);
}

function instanceFields(rt: Runtime, t: RuntimeType): RuntimeField[] {
  rt.ts.ensureLayout(t);
  return t.fields.filter((f) => !f.isStatic && !f.literal);
}

const compareBits = new WeakMap<RuntimeType, boolean>();

/**
 * CoreCLR's CanCompareBits: a struct's default Equals compares bytes only when it holds no
 * references, no float or double (anywhere inside), no struct field whose type overrides Equals,
 * and no padding (the fields fill the value exactly).
 */
function canCompareBits(rt: Runtime, t: RuntimeType): boolean {
  let r = compareBits.get(t);
  if (r !== undefined) return r;
  r = true;
  if (t.kind === Kind.Primitive || t.kind === Kind.Enum) r = t.prim !== Prim.R4 && t.prim !== Prim.R8;
  else {
    rt.ts.ensureLayout(t);
    if (t.containsRefs) r = false;
    let sum = 0;
    for (const f of instanceFields(rt, t)) {
      if (!r) break;
      const ft = f.type;
      if (!isValueType(ft)) { r = false; break; }
      if (ft.kind !== Kind.Primitive && ft.kind !== Kind.Enum) {
        rt.ts.ensureLayout(ft);
        const eq = ft.vtable.find((m) => m.name === 'Equals' && m.sig.params.length === 1);
        if (eq && eq.owner.name !== 'ValueType') { r = false; break; }
      }
      if (!canCompareBits(rt, ft)) { r = false; break; }
      sum += storageSize(rt.ts, ft)[0];
    }
    if (r && sum !== storageSize(rt.ts, t)[0]) r = false;
  }
  compareBits.set(t, r);
  return r;
}

export function registerCore(add: Add): void {
  // ---- System.Object / RuntimeHelpers ----
  add('System.Object::GetType', (rt, sp) => {
    // `box Nullable<T>` of a null value then `call GetType` (or constrained. callvirt) lands here with null.
    const o = argI32(rt, sp, 0);
    if (!o) rt.throwNew('System.NullReferenceException');
    retI32(rt, sp, rt.typeObject(rt.objects.typeOfObject(o)));
  });
  add('System.Object::MemberwiseClone', (rt, sp) => {
    const o = argI32(rt, sp, 0);
    const size = rt.heap.objectSize(o);
    const t = rt.objects.typeOfObject(o);
    rt.host.pin(o);
    let c: number;
    try { c = t.kind === Kind.SzArray ? rt.objects.allocArray(t, rt.mem.i32[(o + 8) >> 2]!) : rt.objects.allocObject(t); } finally { rt.host.pinned().pop(); }
    rt.mem.u8.copyWithin(c + 8, o + 8, o + size);
    rt.writeBarrierRange(c + 8, size - 8);
    retI32(rt, sp, c);
  });
  add('System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode', (rt, sp) => retI32(rt, sp, identityHash(rt, argI32(rt, sp, 0))));
  add('System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray', (rt, sp) => {
    const arr = argI32(rt, sp, 0);
    const f = rt.fieldFromHandle(argI32(rt, sp, 1));
    if (!arr || !f) rt.throwNew('System.ArgumentNullException');
    const t = rt.objects.typeOfObject(arr);
    const n = rt.mem.i32[(arr + 8) >> 2]! * rt.objects.arrayElementSize(t);
    const off = f!.owner.module!.fieldDataOffset(f!.rid, n);
    if (off < 0) rt.throwNew('System.ArgumentException', 'The field has no initial data.');
    rt.mem.u8.set(f!.owner.module!.bytes.subarray(off, off + n), arr + rt.objects.arrayDataOffset(arr));
  });
  add('System.Runtime.CompilerServices.RuntimeHelpers::ValueTypeEquals', (rt, sp) => {
    const a = argI32(rt, sp, 0), b = argI32(rt, sp, 1);
    const t = rt.objects.typeOfObject(a);
    const size = storageSize(rt.ts, t)[0];
    let eq = 1;
    for (let i = 0; i < size; i++) if (rt.mem.u8[a + 8 + i] !== rt.mem.u8[b + 8 + i]) { eq = 0; break; }
    retI32(rt, sp, eq);
  });
  add('System.Runtime.CompilerServices.RuntimeHelpers::ValueTypeHashCode', (rt, sp) => {
    const a = argI32(rt, sp, 0);
    const t = rt.objects.typeOfObject(a);
    const size = storageSize(rt.ts, t)[0];
    let h = t.id * 31;
    for (let i = 0; i + 4 <= size; i += 4) h = (Math.imul(h, 31) + rt.mem.i32[(a + 8 + i) >> 2]!) | 0;
    retI32(rt, sp, h);
  });
  add('System.Runtime.CompilerServices.RuntimeHelpers::CanCompareBits', (rt, sp) =>
    retI32(rt, sp, canCompareBits(rt, rt.objects.typeOfObject(argI32(rt, sp, 0))) ? 1 : 0));
  add('System.Runtime.CompilerServices.RuntimeHelpers::ValueTypeFieldCount', (rt, sp) =>
    retI32(rt, sp, instanceFields(rt, rt.objects.typeOfObject(argI32(rt, sp, 0))).length));
  add('System.Runtime.CompilerServices.RuntimeHelpers::ValueTypeField', (rt, sp) => {
    const a = argI32(rt, sp, 0), i = argI32(rt, sp, 1);
    const f = instanceFields(rt, rt.objects.typeOfObject(a))[i]!;
    const addr = a + 8 + f.offset;
    retI32(rt, sp, isValueType(f.type) ? rt.objects.box(f.type, addr) : rt.mem.i32[addr >> 2]!);
  });
  add('System.Runtime.CompilerServices.RuntimeHelpers::RunClassConstructor', (rt, sp) => rt.runClassConstructor(rt.typeFromMt(argI32(rt, sp, 0))));

  // ---- System.RuntimeType ----
  add('System.RuntimeType::FromHandle', (rt, sp) => retI32(rt, sp, rt.typeObject(rt.typeFromMt(argI32(rt, sp, 0)))));
  add('System.RuntimeType::GetName', (rt, sp) => {
    const t = rt.typeFromMt(argI32(rt, sp, 0));
    const which = argI32(rt, sp, 1);
    const s = which === 0 ? typeName(t) : which === 1 ? fullName(t) : which === 2 ? (t.namespace || null) : displayName(t);
    retStr(rt, sp, s);
  });
  // GetFlags and GetRelated: see corelib-ext.ts
  add('System.RuntimeType::IsAssignable', (rt, sp) => retI32(rt, sp, rt.isAssignable(rt.typeFromMt(argI32(rt, sp, 0)), rt.typeFromMt(argI32(rt, sp, 1))) ? 1 : 0));
  add('System.RuntimeType::GetGenericArgs', (rt, sp) => {
    const t = rt.typeFromMt(argI32(rt, sp, 0));
    const arr = rt.objects.allocArray(rt.ts.szArrayOf(rt.ts.prims[13]!), t.typeArgs.length);
    t.typeArgs.forEach((a, i) => { rt.mem.i32[(arr + 16 + 4 * i) >> 2] = rt.mtOf(a); });
    retI32(rt, sp, arr);
  });

  // ---- System.Array ----
  add('System.Array::GetLengthCore', (rt, sp) => retI32(rt, sp, rt.mem.i32[(argI32(rt, sp, 0) + 8) >> 2]!));
  add('System.Array::GetRankCore', (rt, sp) => { const t = rt.objects.typeOfObject(argI32(rt, sp, 0)); retI32(rt, sp, t.kind === Kind.MdArray ? t.rank : 1); });
  add('System.Array::GetBound', (rt, sp) => {
    const a = argI32(rt, sp, 0), dim = argI32(rt, sp, 1), lower = argI32(rt, sp, 2);
    const t = rt.objects.typeOfObject(a);
    if (t.kind !== Kind.MdArray) { retI32(rt, sp, lower ? 0 : rt.mem.i32[(a + 8) >> 2]!); return; }
    retI32(rt, sp, rt.mem.i32[(a + 16 + 4 * dim + (lower ? 4 * t.rank : 0)) >> 2]!);
  });
  add('System.Array::CopyCore', (rt, sp) => {
    const src = argI32(rt, sp, 0), si = argI32(rt, sp, 1), dst = argI32(rt, sp, 2), di = argI32(rt, sp, 3), n = argI32(rt, sp, 4);
    const st = rt.objects.typeOfObject(src), dt = rt.objects.typeOfObject(dst);
    const se = st.elem!, de = dt.elem!;
    const es = rt.objects.arrayElementSize(st);
    const sameInts = isValueType(se) && isValueType(de) && se.prim === de.prim && se.prim !== Prim.None && se.prim !== Prim.R4 && se.prim !== Prim.R8;
    const sizeAlike = isValueType(se) && isValueType(de) && isIntegral(se.prim) && isIntegral(de.prim) && PRIM_SIZE[se.prim] === PRIM_SIZE[de.prim];
    if (se !== de && !sameInts && !sizeAlike) { copyConverting(rt, src, si, dst, di, n, se, de); return; }
    const s0 = arrayData(rt, src);
    rt.mem.u8.copyWithin(arrayData(rt, dst) + di * es, s0 + si * es, s0 + (si + n) * es);
    rt.writeBarrierRange(arrayData(rt, dst) + di * es, n * es);
  });
  add('System.Array::ClearCore', (rt, sp) => {
    const a = argI32(rt, sp, 0), i = argI32(rt, sp, 1), n = argI32(rt, sp, 2);
    const es = rt.objects.arrayElementSize(rt.objects.typeOfObject(a));
    const d = arrayData(rt, a);
    rt.mem.u8.fill(0, d + i * es, d + (i + n) * es);
    rt.writeBarrierRange(d + i * es, n * es);
  });
  add('System.Array::GetValueCore', (rt, sp) => {
    const a = argI32(rt, sp, 0), i = argI32(rt, sp, 1);
    const t = rt.objects.typeOfObject(a);
    const es = rt.objects.arrayElementSize(t);
    const base = arrayData(rt, a);
    retI32(rt, sp, isValueType(t.elem!) ? rt.objects.box(t.elem!, base + i * es) : rt.mem.i32[(base + 4 * i) >> 2]!);
  });
  add('System.Array::CloneCore', (rt, sp) => {
    const a = argI32(rt, sp, 0);
    const t = rt.objects.typeOfObject(a);
    const n = rt.mem.i32[(a + 8) >> 2]!;
    rt.host.pin(a);
    let c: number;
    try { c = rt.objects.allocArray(t, n); } finally { rt.host.pinned().pop(); }
    const size = rt.heap.objectSize(a);
    rt.mem.u8.copyWithin(c + 8, a + 8, a + size);
    rt.writeBarrierRange(c + 8, size - 8);
    retI32(rt, sp, c);
  });
  add('System.MemoryMarshalHelpers::ArrayData', (rt, sp) => {
    const a = argI32(rt, sp, 0);
    if (!a) rt.throwNew('System.NullReferenceException');
    retI32(rt, sp, a + 16);
  });

  // ---- Delegates ----
  add('delegate::.ctor', (rt, sp) => {
    const d = argI32(rt, sp, 0), target = argI32(rt, sp, 1), method = argI32(rt, sp, 2);
    const t = rt.objects.typeOfObject(d);
    // A closed delegate over an instance method needs its 'this' (an open one takes it at each call).
    const m = rt.ts.methods[method];
    if (!target && m && m.hasThis) {
      const invoke = rt.ts.declaredMethods(t).find((x) => x.name === 'Invoke');
      if (invoke && invoke.sig.params.length === m.sig.params.length) rt.throwNew('System.ArgumentException', "Delegate to an instance method cannot have null 'this'.");
    }
    rt.mem.i32[(d + rt.findField(t, '_target')!.offset) >> 2] = target;
    rt.writeBarrier(d + rt.findField(t, '_target')!.offset);
    rt.mem.i32[(d + rt.findField(t, '_methodHandle')!.offset) >> 2] = method;
  });

  // ---- System.Environment ----
  add('System.Environment::Exit', (rt, sp) => { throw new ExitSignal(argI32(rt, sp, 0)); });
  add('System.Environment::FailFast', (rt, sp) => {
    const msg = argStr(rt, sp, 0) ?? '';
    // As CoreCLR: the message on its own line, then the managed frames.
    const frames = rt.currentStackTrace();
    rt.host.writeErr(`Process terminated.\n${msg}\n${frames ? frames + '\n' : ''}`);
    throw new FatalExit(134, msg);
  });
  add('System.Environment::GetEnvironmentVariable', (rt, sp) => { const k = argStr(rt, sp, 0); retStr(rt, sp, k === null ? null : rt.host.env[k] ?? null); });
  add('System.Environment::GetCommandLineArgs', (rt, sp) => retI32(rt, sp, rt.stringArray(['app', ...rt.host.args])));
  add('System.Environment::GetTickCount', (rt, sp) => retI32(rt, sp, Math.floor(performance.now()) | 0));
  add('System.Environment::GetStackTrace', (rt, sp) => retStr(rt, sp, rt.currentStackTrace()));
  add('System.Environment::GetExitCode', (rt, sp) => retI32(rt, sp, rt.exitCode));
  add('System.Environment::SetExitCode', (rt, sp) => { rt.exitCode = argI32(rt, sp, 0); });

  // ---- Enums and chars ----
  add('System.Enum::FormatEnum', (rt, sp) => retStr(rt, sp, formatEnum(rt, argI32(rt, sp, 0), argStr(rt, sp, 1))));
  add('System.Enum::ToInt64', (rt, sp) => retI64(rt, sp, enumValue(rt, argI32(rt, sp, 0))));
  // The underlying value's GetHashCode, as .NET's Enum.GetHashCode (a negative Int32 value hashes to itself).
  add('System.Enum::HashCore', (rt, sp) => {
    const o = argI32(rt, sp, 0);
    const a = o + 8;
    switch (rt.objects.typeOfObject(o).prim) {
      case Prim.I8: case Prim.U8: retI32(rt, sp, rt.mem.i32[a >> 2]! ^ rt.mem.i32[(a + 4) >> 2]!); return;
      case Prim.Char: { const c = rt.mem.u8[a]! | (rt.mem.u8[a + 1]! << 8); retI32(rt, sp, c | (c << 16)); return; }
      case Prim.Bool: retI32(rt, sp, rt.mem.u8[a] ? 1 : 0); return;
      default: retI32(rt, sp, Number(BigInt.asIntN(32, enumValue(rt, o))));
    }
  });
  add('System.Char::CharInfo', (rt, sp) => {
    const c = String.fromCharCode(argI32(rt, sp, 0) & 0xffff);
    const q = argI32(rt, sp, 1);
    const r = q === 0 ? /\p{L}/u.test(c) : q === 1 ? /\s/u.test(c) : q === 2 ? /\p{Lu}/u.test(c) : q === 3 ? /\p{Ll}/u.test(c) : /\p{P}/u.test(c);
    retI32(rt, sp, r ? 1 : 0);
  });
  add('System.Char::ToUpperInvariantSlow', (rt, sp) => retI32(rt, sp, invariantUpper(String.fromCharCode(argI32(rt, sp, 0) & 0xffff)).charCodeAt(0)));
  add('System.Char::ToLowerInvariantSlow', (rt, sp) => retI32(rt, sp, invariantLower(String.fromCharCode(argI32(rt, sp, 0) & 0xffff)).charCodeAt(0)));
  void argF64;
}

const isIntegral = (p: Prim): boolean => p >= Prim.Char && p <= Prim.U8;
/** Array.Copy's primitive widenings (source → allowed destinations), besides same-size integers. */
const WIDEN: Partial<Record<Prim, readonly Prim[]>> = {
  [Prim.Char]: [Prim.U2, Prim.U4, Prim.I4, Prim.U8, Prim.I8, Prim.R4, Prim.R8],
  [Prim.I1]: [Prim.I2, Prim.I4, Prim.I8, Prim.R4, Prim.R8],
  [Prim.U1]: [Prim.Char, Prim.U2, Prim.I2, Prim.U4, Prim.I4, Prim.U8, Prim.I8, Prim.R4, Prim.R8],
  [Prim.I2]: [Prim.I4, Prim.I8, Prim.R4, Prim.R8],
  [Prim.U2]: [Prim.Char, Prim.U4, Prim.I4, Prim.U8, Prim.I8, Prim.R4, Prim.R8],
  [Prim.I4]: [Prim.I8, Prim.R4, Prim.R8],
  [Prim.U4]: [Prim.U8, Prim.I8, Prim.R4, Prim.R8],
  [Prim.I8]: [Prim.R4, Prim.R8],
  [Prim.U8]: [Prim.R4, Prim.R8],
  [Prim.R4]: [Prim.R8],
};

/** Is `from` → `to` one of the primitive widenings of Array.Copy and Array.SetValue? */
export function canWidenPrimitive(from: Prim, to: Prim): boolean { return from === to || (WIDEN[from]?.includes(to) ?? false); }

function readPrim(view: DataView, p: Prim, a: number): number | bigint {
  switch (p) {
    case Prim.Bool: case Prim.U1: return view.getUint8(a);
    case Prim.I1: return view.getInt8(a);
    case Prim.Char: case Prim.U2: return view.getUint16(a, true);
    case Prim.I2: return view.getInt16(a, true);
    case Prim.I4: case Prim.I: return view.getInt32(a, true);
    case Prim.U4: case Prim.U: return view.getUint32(a, true);
    case Prim.I8: return view.getBigInt64(a, true);
    case Prim.U8: return view.getBigUint64(a, true);
    case Prim.R4: return view.getFloat32(a, true);
    default: return view.getFloat64(a, true);
  }
}

function writePrim(view: DataView, p: Prim, a: number, x: number | bigint): void {
  switch (p) {
    case Prim.Char: case Prim.U2: case Prim.I2: view.setUint16(a, Number(x), true); break;
    case Prim.I4: case Prim.U4: view.setUint32(a, Number(x) >>> 0, true); break;
    case Prim.I8: case Prim.U8: view.setBigUint64(a, BigInt.asUintN(64, BigInt(x)), true); break;
    case Prim.R4: view.setFloat32(a, Number(x), true); break;
    default: view.setFloat64(a, Number(x), true); break;
  }
}

/** Array.Copy between arrays of different element types: upcasts copy, downcasts check each
 *  element, value types box into reference arrays and unbox out of them, primitives widen. */
function copyConverting(rt: Runtime, src: number, si: number, dst: number, di: number, n: number, se: RuntimeType, de: RuntimeType): void {
  const mismatch = () => rt.throwNew('System.ArrayTypeMismatchException', 'Source array type cannot be assigned to destination array type.');
  const castDown = () => rt.throwNew('System.InvalidCastException', 'At least one element in the source array could not be cast down to the destination array type.');
  const sv = isValueType(se), dv = isValueType(de);
  const ses = rt.objects.arrayElementSize(rt.objects.typeOfObject(src)), des = rt.objects.arrayElementSize(rt.objects.typeOfObject(dst));
  const at = (arr: number, i: number, size: number) => arrayData(rt, arr) + size * i;
  if (!sv && !dv) {
    if (rt.isAssignable(de, se)) {
      const s0 = arrayData(rt, src);
      rt.mem.u8.copyWithin(at(dst, di, 4), s0 + 4 * si, s0 + 4 * (si + n));
      rt.writeBarrierRange(at(dst, di, 4), 4 * n);
      return;
    }
    // Not an upcast: each element is cast (downcasts and interfaces); the ones before a failing
    // element stay copied.
    if (!rt.isAssignable(se, de) && de.kind !== Kind.Interface && se.kind !== Kind.Interface) mismatch();
    const backwards = src === dst && si < di;
    for (let k = 0; k < n; k++) {
      const i = backwards ? n - 1 - k : k;
      const v = rt.mem.i32[at(src, si + i, 4) >> 2]!;
      if (v && !rt.isInstance(v, de)) rt.throwInvalidCast(v, de);
      rt.mem.i32[at(dst, di + i, 4) >> 2] = v;
      rt.writeBarrier(at(dst, di + i, 4));
    }
    return;
  }
  if (sv && !dv) {
    // Boxing copy (int[] into object[], IComparable[], ValueType[]).
    if (!rt.isAssignable(de, se)) mismatch();
    for (let i = 0; i < n; i++) {
      const o = rt.objects.box(se, at(src, si + i, ses));
      rt.mem.i32[at(dst, di + i, 4) >> 2] = o;
      rt.writeBarrier(at(dst, di + i, 4));
    }
    return;
  }
  if (!sv && dv) {
    // Unboxing copy: every element must be a boxed value of exactly the destination type.
    if (!rt.isAssignable(se, de)) mismatch();
    for (let i = 0; i < n; i++) {
      const v = rt.mem.i32[at(src, si + i, 4) >> 2]!;
      if (!v) castDown();
      const vt = rt.objects.typeOfObject(v);
      if (vt !== de && !(vt.prim !== Prim.None && vt.prim === de.prim)) castDown();
      rt.mem.u8.copyWithin(at(dst, di + i, des), v + 8, v + 8 + des);
      rt.writeBarrierRange(at(dst, di + i, des), des);
    }
    return;
  }
  // Two value types: only primitive widening (enums count as their underlying type).
  if (se.prim === Prim.None || de.prim === Prim.None || !WIDEN[se.prim]?.includes(de.prim)) mismatch();
  const view = rt.mem.view;
  for (let i = 0; i < n; i++) writePrim(view, de.prim, at(dst, di + i, des), readPrim(view, se.prim, at(src, si + i, ses)));
}

function typeName(t: RuntimeType): string {
  switch (t.kind) {
    case Kind.SzArray: return typeName(t.elem!) + '[]';
    case Kind.MdArray: return typeName(t.elem!) + mdArraySuffix(t.rank);
    case Kind.ByRef: return typeName(t.elem!) + '&';
    case Kind.Pointer: return typeName(t.elem!) + '*';
    default: return t.name;
  }
}

/** A stable per-object hash kept in the header word (the GC never moves objects). */
let nextHash = 0x1234567;
function identityHash(rt: Runtime, o: number): number {
  if (!o) return 0;
  const h = rt.mem.i32[o >> 2]!;
  let v = h >>> Hdr.HashShift;
  if (!v) {
    nextHash = (Math.imul(nextHash, 1103515245) + 12345) | 0;
    v = (nextHash >>> 8) & 0xffffff || 1;
    rt.mem.i32[o >> 2] = (h & 0xff) | (v << Hdr.HashShift);
  }
  return v;
}
