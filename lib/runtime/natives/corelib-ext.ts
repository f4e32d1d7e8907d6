// Internal calls added with the grown corelib: reflection details, enums, chars, arrays,
// strings, GC/weak references, clocks, activation.
import { T } from '../../loader/schema.js';
import { Kind, Prim, isValueType, type RuntimeType, type RuntimeMethod } from '../../types/descriptors.js';
import type { Runtime } from '../runtime.js';
import { argF64, argI32, argI64, argStr, retF64, retI32, retI64, retStr, type Add } from './args.js';
import { enumInfo } from './enums.js';
import { fmaDouble, fmaSingle } from './fma.js';
import { canWidenPrimitive } from './core.js';

const PRIM_NAMES = new Set(['Boolean', 'Char', 'SByte', 'Byte', 'Int16', 'UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64', 'IntPtr', 'UIntPtr', 'Single', 'Double']);

/** Unicode general category in .NET's UnicodeCategory order. */
const CATS: [RegExp, number][] = [
  [/\p{Lu}/u, 0], [/\p{Ll}/u, 1], [/\p{Lt}/u, 2], [/\p{Lm}/u, 3], [/\p{Lo}/u, 4], [/\p{Mn}/u, 5], [/\p{Mc}/u, 6], [/\p{Me}/u, 7],
  [/\p{Nd}/u, 8], [/\p{Nl}/u, 9], [/\p{No}/u, 10], [/\p{Zs}/u, 11], [/\p{Zl}/u, 12], [/\p{Zp}/u, 13], [/\p{Cc}/u, 14], [/\p{Cf}/u, 15],
  [/\p{Cs}/u, 16], [/\p{Co}/u, 17], [/\p{Pc}/u, 18], [/\p{Pd}/u, 19], [/\p{Ps}/u, 20], [/\p{Pe}/u, 21], [/\p{Pi}/u, 22], [/\p{Pf}/u, 23],
  [/\p{Po}/u, 24], [/\p{Sm}/u, 25], [/\p{Sc}/u, 26], [/\p{Sk}/u, 27], [/\p{So}/u, 28],
];
const catCache = new Map<number, number>();
/** Never notified: Atomics.wait on it is a plain blocking sleep. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

export function unicodeCategory(cp: number): number {
  let c = catCache.get(cp);
  if (c !== undefined) return c;
  const s = cp >= 0xd800 && cp <= 0xdfff ? null : String.fromCodePoint(cp);
  c = 29;
  if (s === null) c = 16;
  else for (const [re, k] of CATS) if (re.test(s)) { c = k; break; }
  catCache.set(cp, c);
  return c;
}

function numericValue(cp: number): number {
  const s = String.fromCodePoint(cp);
  // Mathematical digits: five runs of ten that abut, so the walk below cannot find their zeros.
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return (cp - 0x1d7ce) % 10;
  if (/\p{Nd}/u.test(s)) {
    // decimal digits come in runs of ten starting at a code point whose value is 0
    let z = cp;
    while (z > 0 && /\p{Nd}/u.test(String.fromCodePoint(z - 1)) && cp - z < 9) z--;
    return (cp - z) % 10;
  }
  const table: Record<number, number> = { 0xbc: 0.25, 0xbd: 0.5, 0xbe: 0.75, 0xb2: 2, 0xb3: 3, 0xb9: 1, 0x2150: 1 / 7, 0x2153: 1 / 3, 0x2154: 2 / 3, 0x2155: 0.2, 0x215b: 0.125 };
  if (cp in table) return table[cp]!;
  if (cp >= 0x2160 && cp <= 0x216b) return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12][cp - 0x2160]!;
  if (cp >= 0x2170 && cp <= 0x217b) return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12][cp - 0x2170]!;
  if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x2460 + 1;
  if (cp >= 0x2070 && cp <= 0x2079 && cp !== 0x2071 && cp !== 0x2072 && cp !== 0x2073) return cp - 0x2070;
  if (cp >= 0x2080 && cp <= 0x2089) return cp - 0x2080;
  return -1;
}

interface MemberRow { name: string; attrs: number; type: RuntimeType | null }
const memberCache = new WeakMap<RuntimeType, [MemberRow[], MemberRow[]]>();

function members(rt: Runtime, t: RuntimeType): [MemberRow[], MemberRow[]] {
  let r = memberCache.get(t);
  if (r) return r;
  const fields: MemberRow[] = [], props: MemberRow[] = [];
  // Public fields: the type's own (instance and static), then inherited public instance fields.
  for (let c: RuntimeType | null = t, own = true; c; c = c.parent, own = false) {
    if (!c.module || !c.rid) continue;
    rt.ts.ensureLayout(c);
    for (const f of c.fields) {
      if ((f.flags & 7) !== 6) continue;
      if (!own && f.isStatic) continue;
      fields.push({ name: f.name, attrs: f.flags, type: f.type });
    }
  }
  for (let c: RuntimeType | null = t, own = true; c; c = c.parent, own = false) {
    const m = c.module;
    if (!m || !c.rid) continue;
    for (const prid of m.propertiesOf(c.rid)) {
      const p = m.property(prid);
      const sem = m.semantics(((T.Property << 24) | prid) >>> 0);
      let canRead = false, canWrite = false, isPublic = false, isStatic = false;
      for (const s of sem) {
        const md = m.methodDef(s.method);
        if ((md.flags & 7) === 6) isPublic = true;
        if (md.flags & 0x10) isStatic = true;
        if (s.semantics === 2) canRead = true;
        if (s.semantics === 1) canWrite = true;
      }
      if (!isPublic || (!own && isStatic)) continue;
      if (props.some((x) => x.name === p.name)) continue;
      let type: RuntimeType | null = null;
      try { type = rt.ts.typeFromSig(m, m.propertySig(prid).type, { typeArgs: c.typeArgs, methodArgs: [] }); } catch { type = null; }
      props.push({ name: p.name, attrs: (canWrite ? 1 : 0) | (canRead ? 2 : 0), type });
    }
  }
  r = [fields, props];
  memberCache.set(t, r);
  return r;
}

function isGenericDefinition(t: RuntimeType): boolean {
  if (!t.module || !t.rid) return false;
  // typeof(Pair<,>) is the type instantiated over its own parameters !0, !1, ...
  if (t.typeArgs.length) return t.typeArgs.every((a, i) => a.kind === Kind.GenericParam && a.prim === Prim.None && a.rank === i);
  try { return t.module.genericParams(((T.TypeDef << 24) | t.rid) >>> 0).length > 0; } catch { return false; }
}

let weakFree: number[] = [];

export function registerCorelibExt(add: Add): void {
  // ---- Reflection ----
  add('System.RuntimeType::GetAttributesCore', (rt, sp) => retI32(rt, sp, rt.typeFromMt(argI32(rt, sp, 0)).flags | 0));
  add('System.RuntimeType::GetInterfaceHandles', (rt, sp) => {
    const t = rt.typeFromMt(argI32(rt, sp, 0));
    rt.ts.ensureLayout(t);
    const list = t.interfaces;
    const mts = list.map((i) => rt.mtOf(i));
    const arr = rt.objects.allocArray(rt.ts.szArrayOf(rt.ts.prims[13]!), mts.length);
    mts.forEach((m, i) => { rt.mem.i32[(arr + 16 + 4 * i) >> 2] = m; });
    retI32(rt, sp, arr);
  });
  add('System.RuntimeType::GetMemberCount', (rt, sp) => retI32(rt, sp, members(rt, rt.typeFromMt(argI32(rt, sp, 0)))[argI32(rt, sp, 1)]!.length));
  add('System.RuntimeType::GetMemberName', (rt, sp) => retStr(rt, sp, members(rt, rt.typeFromMt(argI32(rt, sp, 0)))[argI32(rt, sp, 1)]![argI32(rt, sp, 2)]!.name));
  add('System.RuntimeType::GetMemberAttrs', (rt, sp) => retI32(rt, sp, members(rt, rt.typeFromMt(argI32(rt, sp, 0)))[argI32(rt, sp, 1)]![argI32(rt, sp, 2)]!.attrs));
  add('System.RuntimeType::GetMemberType', (rt, sp) => {
    const ty = members(rt, rt.typeFromMt(argI32(rt, sp, 0)))[argI32(rt, sp, 1)]![argI32(rt, sp, 2)]!.type;
    retI32(rt, sp, ty ? rt.mtOf(ty) : 0);
  });
  add('System.RuntimeType::GetFlags', (rt, sp) => {
    const t = rt.typeFromMt(argI32(rt, sp, 0));
    const arr = t.kind === Kind.SzArray || t.kind === Kind.MdArray;
    const gtd = isGenericDefinition(t);
    retI32(rt, sp, (isValueType(t) ? 1 : 0) | (arr ? 2 : 0) | (t.kind === Kind.Enum ? 4 : 0)
      | (t.kind === Kind.Interface ? 8 : 0) | (t.genericDef || t.typeArgs.length || gtd ? 16 : 0)
      | (t.kind === Kind.Primitive && t.namespace === 'System' && PRIM_NAMES.has(t.name) ? 32 : 0)
      | (t.kind === Kind.Pointer ? 64 : 0) | (t.kind === Kind.ByRef ? 128 : 0) | (gtd ? 256 : 0)
      | (arr ? (t.kind === Kind.MdArray ? t.rank : 1) << 16 : 0));
  });
  add('System.RuntimeType::GetRelated', (rt, sp) => {
    const t = rt.typeFromMt(argI32(rt, sp, 0));
    const which = argI32(rt, sp, 1);
    const r = which === 0 ? t.parent : which === 1 ? (t.kind === Kind.SzArray || t.kind === Kind.MdArray || t.kind === Kind.Enum || t.kind === Kind.Pointer || t.kind === Kind.ByRef ? t.elem : null)
      : which === 2 ? t.declaringType : t.genericDef;
    retI32(rt, sp, r ? rt.mtOf(r) : 0);
  });
  const methodOf = (rt: Runtime, id: number): RuntimeMethod => rt.ts.methods[id]!;
  add('System.Exception::MethodAssemblyName', (rt, sp) => retStr(rt, sp, methodOf(rt, argI32(rt, sp, 0)).owner.module?.name ?? null));
  add('System.Reflection.RuntimeMethodInfo::GetMethodName', (rt, sp) => retStr(rt, sp, methodOf(rt, argI32(rt, sp, 0)).name));
  add('System.Reflection.RuntimeMethodInfo::GetMethodInfo', (rt, sp) => {
    const m = methodOf(rt, argI32(rt, sp, 0));
    const which = argI32(rt, sp, 1);
    if (which === 0) { retI32(rt, sp, rt.mtOf(m.owner)); return; }
    if (which === 1) { const ret = rt.ts.signatureOf(m).ret; retI32(rt, sp, ret ? rt.mtOf(ret) : 0); return; }
    retI32(rt, sp, m.flags);
  });

  // ---- Enums ----
  const sortedEnum = (t: RuntimeType) => {
    const info = enumInfo(t);
    const bits = BigInt(8 * [0, 1, 2, 1, 1, 2, 2, 4, 4, 8, 8][t.prim]!);
    const idx = info.values.map((_, i) => i);
    const key = (v: bigint) => BigInt.asUintN(Number(bits) || 64, v);
    idx.sort((a, b) => { const x = key(info.values[a]!), y = key(info.values[b]!); return x < y ? -1 : x > y ? 1 : a - b; });
    return { names: idx.map((i) => info.names[i]!), values: idx.map((i) => info.values[i]!) };
  };
  add('System.Enum::GetNamesCore', (rt, sp) => retI32(rt, sp, rt.stringArray(sortedEnum(rt.typeFromMt(argI32(rt, sp, 0))).names)));
  add('System.Enum::GetValuesCore', (rt, sp) => {
    const vals = sortedEnum(rt.typeFromMt(argI32(rt, sp, 0))).values;
    const arr = rt.objects.allocArray(rt.ts.szArrayOf(rt.ts.prims[10]!), vals.length);
    const view = rt.mem.view;
    vals.forEach((v, i) => view.setBigInt64(arr + 16 + 8 * i, BigInt.asIntN(64, v), true));
    retI32(rt, sp, arr);
  });
  add('System.Enum::ToObjectCore', (rt, sp) => {
    const t = rt.typeFromMt(argI32(rt, sp, 0));
    const v = argI64(rt, sp, 1);
    const o = rt.objects.allocObject(t);
    const view = rt.mem.view;
    const size = [0, 1, 2, 1, 1, 2, 2, 4, 4, 8, 8][t.prim] ?? 4;
    if (size === 1) view.setUint8(o + 8, Number(BigInt.asUintN(8, v)));
    else if (size === 2) view.setUint16(o + 8, Number(BigInt.asUintN(16, v)), true);
    else if (size === 4) view.setUint32(o + 8, Number(BigInt.asUintN(32, v)), true);
    else view.setBigUint64(o + 8, BigInt.asUintN(64, v), true);
    retI32(rt, sp, o);
  });

  // ---- Chars ----
  add('System.Char::CategoryOf', (rt, sp) => retI32(rt, sp, unicodeCategory(argI32(rt, sp, 0))));
  add('System.Char::NumericValue', (rt, sp) => retF64(rt, sp, numericValue(argI32(rt, sp, 0))));

  // ---- Strings ----
  add('System.String::InternCore', (rt, sp) => retI32(rt, sp, rt.intern(argStr(rt, sp, 0)!)));
  add('System.String::IsInternedCore', (rt, sp) => retI32(rt, sp, rt.intern(argStr(rt, sp, 0)!)));
  add('System.String::NormalizeCore', (rt, sp) => {
    const s = argStr(rt, sp, 0)!;
    const form = ({ 1: 'NFC', 2: 'NFD', 5: 'NFKC', 6: 'NFKD' } as Record<number, string>)[argI32(rt, sp, 1)] ?? 'NFC';
    const r = s.normalize(form);
    if (r === s) retI32(rt, sp, argI32(rt, sp, 0)); else retStr(rt, sp, r);
  });
  add('System.String::CultureCompare', (rt, sp) => retI32(rt, sp, cultureCompare(argStr(rt, sp, 0)!, argStr(rt, sp, 1)!, argI32(rt, sp, 2) !== 0)));

  // ---- Arrays ----
  add('System.Array::SetValueCore', (rt, sp) => {
    const a = argI32(rt, sp, 0), v = argI32(rt, sp, 1), i = argI32(rt, sp, 2);
    const t = rt.objects.typeOfObject(a);
    const et = t.elem!;
    const es = rt.objects.arrayElementSize(t);
    const base = t.kind === Kind.MdArray ? 16 + 8 * t.rank : 16;
    const addr = a + base + i * es;
    if (isValueType(et)) {
      rt.writeBarrierRange(addr, es); // the value copied in may hold references
      if (!v && et.genericDef !== rt.ts.nullable) { rt.mem.u8.fill(0, addr, addr + es); return; }
      if (v && (et.kind === Kind.Primitive || et.kind === Kind.Enum)) {
        const vt = rt.objects.typeOfObject(v);
        if (vt !== et && !(vt.prim === et.prim && (vt.kind === Kind.Enum || et.kind === Kind.Enum))) widenPrimitive(rt, v, vt, et, addr);
        else rt.unboxInto(v, et, addr);
        return;
      }
      rt.unboxInto(v, et, addr);
      return;
    }
    if (v && !rt.isInstance(v, et)) rt.throwNew('System.InvalidCastException', 'Object cannot be stored in an array of this type.');
    rt.mem.i32[addr >> 2] = v;
    rt.writeBarrier(addr);
  });
  add('System.Array::CreateSz', (rt, sp) => {
    const et = rt.typeFromMt(argI32(rt, sp, 0));
    const n = argI32(rt, sp, 1);
    if (n < 0) rt.throwNew('System.ArgumentOutOfRangeException', 'Non-negative number required.');
    retI32(rt, sp, rt.objects.allocArray(rt.ts.szArrayOf(et), n));
  });
  add('System.Array::CreateMd', (rt, sp) => {
    const et = rt.typeFromMt(argI32(rt, sp, 0));
    const lens = argI32(rt, sp, 1), lbs = argI32(rt, sp, 2);
    const rank = rt.mem.i32[(lens + 8) >> 2]!;
    const L: number[] = [], B: number[] = [];
    for (let d = 0; d < rank; d++) { L.push(rt.mem.i32[(lens + 16 + 4 * d) >> 2]!); B.push(lbs ? rt.mem.i32[(lbs + 16 + 4 * d) >> 2]! : 0); }
    if (rank === 1 && B[0] === 0) { retI32(rt, sp, rt.objects.allocArray(rt.ts.szArrayOf(et), L[0]!)); return; }
    const total = L.reduce((a, b) => a * b, 1);
    const at = rt.ts.mdArrayOf(et, rank);
    // The MD array allocation: elements after the bounds (lengths, then lower bounds).
    const a = rt.objects.allocArray(at, total);
    for (let d = 0; d < rank; d++) { rt.mem.i32[(a + 16 + 4 * d) >> 2] = L[d]!; rt.mem.i32[(a + 16 + 4 * rank + 4 * d) >> 2] = B[d]!; }
    retI32(rt, sp, a);
  });
  add('System.Buffer::BlockCopyCore', (rt, sp) => {
    const src = argI32(rt, sp, 0), so = argI32(rt, sp, 1), dst = argI32(rt, sp, 2), dof = argI32(rt, sp, 3), n = argI32(rt, sp, 4);
    const sl = rt.mem.i32[(src + 8) >> 2]! * rt.objects.arrayElementSize(rt.objects.typeOfObject(src));
    const dl = rt.mem.i32[(dst + 8) >> 2]! * rt.objects.arrayElementSize(rt.objects.typeOfObject(dst));
    if (so < 0 || dof < 0 || n < 0 || so + n > sl || dof + n > dl) rt.throwNew('System.ArgumentException', 'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.');
    // Elements start at +16, after the lengths and lower bounds in a multi-dimensional array.
    const data = (a: number) => { const t = rt.objects.typeOfObject(a); return a + (t.kind === Kind.MdArray ? 16 + 8 * t.rank : 16); };
    const s0 = data(src);
    rt.mem.u8.copyWithin(data(dst) + dof, s0 + so, s0 + so + n);
  });
  add('System.Buffer::Memmove', (rt, sp) => {
    const dst = argI32(rt, sp, 0), src = argI32(rt, sp, 1), n = argI32(rt, sp, 2);
    if (n <= 0) return;
    rt.mem.u8.copyWithin(dst, src, src + n);
    rt.writeBarrierRange(dst, n);
  });
  add('System.Buffer::ByteLengthCore', (rt, sp) => {
    const a = argI32(rt, sp, 0);
    retI32(rt, sp, rt.mem.i32[(a + 8) >> 2]! * rt.objects.arrayElementSize(rt.objects.typeOfObject(a)));
  });

  // ---- GC, weak references ----
  add('System.GC::CollectCore', (rt, sp) => {
    // Nothing above this native's own (empty) argument slot is live: scan the stack only up to
    // it, so stale values in the caller's unused scratch slots do not keep garbage alive.
    const top = rt.sp;
    rt.sp = sp;
    try { rt.heap.collect(); } finally { rt.sp = top; }
  });
  add('System.GC::RunFinalizers', (rt) => rt.runFinalizers());
  add('System.GC::TotalMemory', (rt, sp) => retI64(rt, sp, BigInt(rt.heap.liveBytesEstimate)));
  add('System.GC::SetFinalizable', (rt, sp) => rt.heap.setFinalizable(argI32(rt, sp, 0), argI32(rt, sp, 1) !== 0));
  add('System.GC::Collections', (rt, sp) => retI32(rt, sp, rt.heap.stats.collections));
  add('System.GC::AllocatedBytes', (rt, sp) => retI64(rt, sp, BigInt(rt.heap.stats.allocatedBytes)));
  add('System.WeakReference::Alloc', (rt, sp) => {
    const o = argI32(rt, sp, 0);
    const wh = rt.heap.weakHandles;
    let i = weakFree.length ? weakFree.pop()! : wh.length;
    if (i === wh.length) wh.push(o); else wh[i] = o;
    retI32(rt, sp, i);
  });
  add('System.WeakReference::Get', (rt, sp) => retI32(rt, sp, rt.heap.weakHandles[argI32(rt, sp, 0)] ?? 0));
  add('System.WeakReference::Set', (rt, sp) => { rt.heap.weakHandles[argI32(rt, sp, 0)] = argI32(rt, sp, 1); });

  // ---- Activation, AppDomain, clocks, math ----
  // Activator.CreateInstance in two steps, so that the managed side can wrap an exception from the
  // constructor in TargetInvocationException as .NET does: Allocate checks the type, runs the type
  // initializer and allocates; RunDefaultConstructor runs the parameterless constructor, if any.
  // Comparer<U?>.Default: NullableComparer<U> made for a U known only at run time.
  add('System.Collections.Generic.NullableComparerFactory::Instantiate', (rt, sp) => {
    const def = rt.typeFromMt(argI32(rt, sp, 0));
    const gd = def.genericDef ?? def;
    const t = rt.ts.typeFromDef(gd.module!, gd.rid, [rt.typeFromMt(argI32(rt, sp, 1))]);
    retI32(rt, sp, rt.mtOf(t));
  });
  add('System.Activator::Allocate', (rt, sp) => {
    const t = rt.typeFromMt(argI32(rt, sp, 0));
    rt.ts.ensureLayout(t);
    if (t.kind === Kind.Interface || (t.flags & 0x80)) rt.throwNew('System.MissingMethodException', `Cannot dynamically create an instance of type '${t.namespace ? t.namespace + '.' : ''}${t.name}'. Reason: Cannot create an abstract class.`);
    const ctor = defaultCtor(rt, t);
    if (!isValueType(t) && !ctor) rt.throwNew('System.MissingMethodException', `Cannot dynamically create an instance of type '${t.namespace ? t.namespace + '.' : ''}${t.name}'. Reason: No parameterless constructor defined.`);
    if (ctor) rt.runClassConstructor(t);
    retI32(rt, sp, rt.objects.allocObject(t));
  });
  add('System.Activator::RunDefaultConstructor', (rt, sp) => {
    const o = argI32(rt, sp, 0);
    const t = rt.objects.typeOfObject(o);
    const ctor = defaultCtor(rt, t);
    if (!ctor) return;
    // A struct's explicit parameterless constructor runs on the boxed value.
    rt.host.pin(o);
    try { rt.invoke(ctor, [isValueType(t) ? o + 8 : o]); } finally { rt.host.pinned().pop(); }
  });
  add('System.AppDomain::RegisterHooks', (rt, sp) => {
    // The runtime raises UnhandledException and ProcessExit on this domain (rooted once set).
    const d = argI32(rt, sp, 0);
    if (d && rt.appDomain !== d) { rt.appDomain = d; rt.handles.push(d); }
  });
  add('System.Diagnostics.Stopwatch::NowTicks', (rt, sp) => retI64(rt, sp, BigInt(Math.round(performance.now() * 10000))));
  // The async scheduler's clock and its idle wait: with no runnable work and a timer pending, the
  // (single) managed thread blocks in Atomics.wait until the timer is due. Node's event loop does
  // not run meanwhile: managed code never yields to it.
  add('System.Threading.Tasks.Scheduler::NowTicks', (rt, sp) => retI64(rt, sp, BigInt(Math.round(performance.now() * 10000))));
  add('System.Threading.Tasks.Scheduler::SleepMs', (rt, sp) => {
    const ms = argI32(rt, sp, 0);
    if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
  });
  add('System.DateTime::UtcNowTicks', (rt, sp) => retI64(rt, sp, BigInt(Date.now()) * 10000n + 621355968000000000n));
  add('System.DateTime::LocalOffsetTicks', (rt, sp) => retI64(rt, sp, BigInt(-new Date().getTimezoneOffset()) * 600000000n));
  add('System.Math::FmaCore', (rt, sp) => retF64(rt, sp, fmaDouble(argF64(rt, sp, 0), argF64(rt, sp, 1), argF64(rt, sp, 2))));
  add('System.Math::FmaSingleCore', (rt, sp) => retF64(rt, sp, fmaSingle(argF64(rt, sp, 0), argF64(rt, sp, 1), argF64(rt, sp, 2))));
}

function widenPrimitive(rt: Runtime, v: number, from: RuntimeType, to: RuntimeType, addr: number): void {
  // Array.SetValue widens primitives (int into long[] etc.); anything else is an invalid cast.
  if (!canWidenPrimitive(from.prim, to.prim)) rt.throwNew('System.ArgumentException', 'Cannot widen from source type to target type either because the source type is a not a primitive type or the conversion cannot be accomplished.');
  const view = rt.mem.view;
  const read = (): number | bigint => {
    switch (from.prim) {
      case 1: return view.getUint8(v + 8); case 2: return view.getUint16(v + 8, true);
      case 3: return view.getInt8(v + 8); case 4: return view.getUint8(v + 8);
      case 5: return view.getInt16(v + 8, true); case 6: return view.getUint16(v + 8, true);
      case 7: return view.getInt32(v + 8, true); case 8: return view.getUint32(v + 8, true);
      case 9: return view.getBigInt64(v + 8, true); case 10: return view.getBigUint64(v + 8, true);
      case 11: return view.getFloat32(v + 8, true); case 12: return view.getFloat64(v + 8, true);
      default: return rt.throwNew('System.ArgumentException', 'Object type cannot be converted to target type.');
    }
  };
  const x = read();
  switch (to.prim) {
    case 9: case 10: view.setBigInt64(addr, BigInt(x), true); break;
    case 11: view.setFloat32(addr, Number(x), true); break;
    case 12: view.setFloat64(addr, Number(x), true); break;
    case 7: case 8: view.setInt32(addr, Number(x), true); break;
    case 2: case 5: case 6: view.setUint16(addr, Number(x), true); break;
    default: rt.throwNew('System.ArgumentException', 'Object type cannot be converted to target type.');
  }
}

/**
 * Invariant-culture string comparison approximating ICU's root collation: first by letters and
 * digits ignoring case and accents (punctuation/symbols are weighed before digits and letters),
 * then accents, then case with lowercase first, then ordinal.
 */
const collator = new Intl.Collator('en-US', { sensitivity: 'variant', usage: 'sort' });
const collatorIgnoreCase = new Intl.Collator('en-US', { sensitivity: 'accent', usage: 'sort' });
export function cultureCompare(a: string, b: string, ignoreCase: boolean): number {
  const c = (ignoreCase ? collatorIgnoreCase : collator).compare(a, b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}
void argF64;

function defaultCtor(rt: Runtime, t: RuntimeType): RuntimeMethod | undefined {
  return rt.ts.declaredMethods(t).find((m) => m.name === '.ctor' && m.sig.params.length === 0 && m.hasThis);
}
