import { Op } from '../../interp/ops.js';
import { SK, type Transformer } from '../../interp/transform.js';
import { Prim, isValueType, type RuntimeMethod } from '../types/descriptors.js';
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
