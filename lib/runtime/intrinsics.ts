import { Op } from '../../interp/ops.js';
import { SK, type Transformer } from '../../interp/transform.js';
import { Kind, Prim, isValueType, type RuntimeMethod, type RuntimeType } from '../types/descriptors.js';
import { storageSize } from '../types/layout.js';
import type { Runtime } from './runtime.js';
import { MATH_UNARY } from '../../interp/numeric.js';

/**
 * Calls the transform expands inline instead of calling: the byref primitives of
 * System.Runtime.CompilerServices.Unsafe and a few runtime queries. Returns false when the
 * method is not an intrinsic (it is then called normally).
 */
export function intrinsic(rt: Runtime, m: RuntimeMethod, t: Transformer): boolean {
  const owner = m.owner;
  if (owner.module !== rt.ts.corelib) return false;
  const key = `${owner.namespace}.${owner.name}::${m.name}`;
  const ts = rt.ts;
  const arg0 = m.methodArgs[0];
  switch (key) {
    case 'System.Math::Unary': {
      // Math.Sqrt(x) and friends are `Unary(op, x)` with a constant op; once the transform has
      // inlined them, the internal call becomes one MATHR8 instruction.
      const op = t.stack[t.stack.length - 2]?.imm;
      if (op === undefined || !MATH_UNARY[op]) return false;
      const x = t.pop();
      t.popImm();
      const d = t.push(SK.R8, 8, ts.prims[Prim.R8]!);
      t.emit(Op.MATHR8, d.off, x.off, op);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::Add': {
      const idx = t.pop(), ref = t.pop();
      const d = t.push(SK.I4, 4, ref.type);
      const size = storageSize(ts, arg0!)[0];
      const tmp = t.scratch(8);
      t.emit(Op.LDC4, tmp, size);
      t.emit(Op.MUL4, tmp, idx.off, tmp);
      t.emit(Op.ADD4, d.off, ref.off, tmp);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::AddByteOffset': {
      const off = t.pop(), ref = t.pop();
      const d = t.push(SK.I4, 4, ref.type);
      t.emit(Op.ADD4, d.off, ref.off, off.off);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::As':
    case 'System.Runtime.CompilerServices.Unsafe::AsRef': {
      const v = t.pop();
      const target = m.methodArgs[m.methodArgs.length - 1]!;
      const d = t.push(SK.I4, 4, m.sig.params.length && m.sig.genericCount === 1 && m.name === 'As' ? target : ts.byRefOf(target));
      if (d.off !== v.off) t.emit(Op.MOV4, d.off, v.off);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::ByteOffset': {
      const target = t.pop(), origin = t.pop();
      const d = t.push(SK.I4, 4, ts.prims[Prim.I]!);
      t.emit(Op.SUB4, d.off, target.off, origin.off);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::IsAddressLessThan':
    case 'System.Runtime.CompilerServices.Unsafe::IsAddressGreaterThan': {
      const b = t.pop(), a = t.pop();
      const d = t.push(SK.I4, 4, ts.prims[Prim.Bool]!);
      t.emit(m.name === 'IsAddressLessThan' ? Op.CLTU4 : Op.CGTU4, d.off, a.off, b.off);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::AsPointer': {
      const v = t.pop();
      const d = t.push(SK.I4, 4, ts.prims[Prim.I]!);
      if (d.off !== v.off) t.emit(Op.MOV4, d.off, v.off);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::SkipInit': {
      // The out argument is left as it is.
      t.pop();
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::Unbox': {
      // `unbox T`: the type check (InvalidCastException, NullReferenceException) and the value's address.
      const o = t.pop();
      const d = t.push(SK.I4, 4, ts.byRefOf(arg0!));
      t.emit(Op.UNBOX, d.off, o.off, t.k(arg0!));
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::AreSame': {
      const b = t.pop(), a = t.pop();
      const d = t.push(SK.I4, 4, ts.prims[Prim.Bool]!);
      t.emit(Op.CEQ4, d.off, a.off, b.off);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::SizeOf': {
      const d = t.push(SK.I4, 4, ts.prims[Prim.I4]!);
      t.emit(Op.LDC4, d.off, storageSize(ts, arg0!)[0]);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::IsNullRef': {
      const a = t.pop();
      const d = t.push(SK.I4, 4, ts.prims[Prim.Bool]!);
      const z = t.scratch(8);
      t.emit(Op.LDC4, z, 0);
      t.emit(Op.CEQ4, d.off, a.off, z);
      return true;
    }
    case 'System.Runtime.CompilerServices.Unsafe::NullRef': {
      const d = t.push(SK.I4, 4, ts.byRefOf(arg0!));
      t.emit(Op.LDC4, d.off, 0);
      return true;
    }
    case 'System.Runtime.CompilerServices.RuntimeHelpers::IsReferenceOrContainsReferences': {
      const d = t.push(SK.I4, 4, ts.prims[Prim.Bool]!);
      const ty = arg0!;
      const r = !isValueType(ty) || (ts.ensureLayout(ty), ty.containsRefs);
      t.emit(Op.LDC4, d.off, r ? 1 : 0);
      return true;
    }
    case 'System.Runtime.CompilerServices.RuntimeHelpers::CreateSpan': {
      // ReadOnlySpan<T> over a field's RVA data (C# `ReadOnlySpan<int> x = [1, 2, 3]`): the
      // native below knows T through this closure. The span is { ref T, int length }.
      const elemSize = storageSize(ts, arg0!)[0];
      const span = t.ts.typeFromDef(ts.corelib, ts.findTypeDef(ts.corelib, 'System', 'ReadOnlySpan`1'), [arg0!]);
      const h = t.pop();
      t.materialize(h);
      const site = { native: (r: Runtime, sp: number) => createSpan(r, sp, elemSize) };
      t.emit(Op.CALLN, t.kNew(site), h.slot);
      const d = t.pushType(span);
      if (d.slot !== h.slot) throw new Error('CreateSpan: result slot mismatch');
      return true;
    }
    case 'System.MemoryMarshalHelpers::ArrayData': {
      const a = t.pop();
      const d = t.push(SK.I4, 4, ts.byRefOf(arg0!));
      t.emit(Op.LDFLDA, d.off, a.off, 16);
      return true;
    }
    case 'System.String::get_Length': {
      const s = t.pop();
      const d = t.push(SK.I4, 4, ts.prims[Prim.I4]!);
      t.emit(Op.LDFLD4, d.off, s.off, 8);
      return true;
    }
    case 'System.Collections.Generic.DefaultKeys::Equal': {
      // The default comparer's Equals: for integer keys (and enums over them) the values' equality.
      const k = equalityKind(arg0!);
      if (k === 'I4' || k === 'I8') {
        const b = t.pop(), a = t.pop();
        const d = t.push(SK.I4, 4, ts.prims[Prim.Bool]!);
        t.emit(k === 'I4' ? Op.CEQ4 : Op.CEQ8, d.off, a.off, b.off);
        return true;
      }
      if (arg0 === ts.string) {
        // String.Equals(string, string): null-safe and ordinal, as GenericEqualityComparer<string>'s.
        const eq = ts.declaredMethods(ts.string).find((x) => x.name === 'Equals' && !x.hasThis && x.sig.params.length === 2
          && ts.signatureOf(x).params.every((p) => p === ts.string));
        return !!eq && t.call(eq, false);
      }
      return false;
    }
    case 'System.Collections.Generic.DefaultKeys::Hash': {
      // A 32-bit integer key hashes to itself (Int32/UInt32.GetHashCode); only consistency within one
      // collection matters, and the collection uses this for every key.
      if (equalityKind(arg0!) !== 'I4' || storageSize(ts, arg0!)[0] !== 4) return false;
      const v = t.pop();
      const d = t.push(SK.I4, 4, ts.prims[Prim.I4]!);
      if (d.off !== v.off) t.emit(Op.MOV4, d.off, v.off);
      return true;
    }
    default:

      return false;
  }
}

const spanData = new WeakMap<object, number>();

/** The span's data is copied once per field into runtime memory (never collected, never moved). */
function createSpan(rt: Runtime, sp: number, elemSize: number): void {
  const f = rt.fieldFromHandle(rt.mem.i32[sp >> 2]!);
  if (!f) rt.throwNew('System.ArgumentException', 'Invalid field handle.');
  const size = storageSize(rt.ts, f!.type)[0];
  let addr = spanData.get(f!);
  if (addr === undefined) { addr = rt.fieldRvaAddr(f!, size); spanData.set(f!, addr); }
  rt.mem.i32[sp >> 2] = addr;
  rt.mem.i32[(sp + 4) >> 2] = Math.floor(size / elemSize);
}

/** How values of `t` compare under the default comparer when that is plain integer equality: I4 or I8, else null. */
function equalityKind(t: RuntimeType): 'I4' | 'I8' | null {
  if (t.kind !== Kind.Primitive && t.kind !== Kind.Enum) return null;
  switch (t.prim) {
    case Prim.Bool: case Prim.Char: case Prim.I1: case Prim.U1: case Prim.I2: case Prim.U2: case Prim.I4: case Prim.U4: return 'I4';
    case Prim.I8: case Prim.U8: return 'I8';
    default: return null; // floats (NaN equals itself under Equals, not under ==), native ints
  }
}
