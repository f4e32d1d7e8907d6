// Delegate.DynamicInvoke: calls one (non-multicast) delegate's target through the runtime with
// arguments unboxed from an object[], and boxes the result.
import { Kind, Prim, isValueType, fullName, type RuntimeType } from '../../types/descriptors.js';
import { storageSize } from '../../types/layout.js';
import type { Runtime } from '../runtime.js';
import { argI32, retI32, type Add } from './args.js';

export function registerDelegates(add: Add): void {
  /** The number of parameters of the delegate's target as the caller sees them. */
  add('System.Delegate::TargetParameterCount', (rt, sp) => {
    const d = argI32(rt, sp, 0);
    const t = rt.objects.typeOfObject(d);
    const m = rt.ts.methods[rt.mem.i32[(d + rt.findField(t, '_methodHandle')!.offset) >> 2]!]!;
    retI32(rt, sp, rt.ts.signatureOf(m).params.length);
  });

  add('System.Delegate::InvokeSingle', (rt, sp) => {
    const d = argI32(rt, sp, 0);
    const argsArr = argI32(rt, sp, 1);
    const checkOnly = (argI32(rt, sp, 2) & 0xff) !== 0;
    const t = rt.objects.typeOfObject(d);
    const i32 = rt.mem.i32;
    const m = rt.ts.methods[i32[(d + rt.findField(t, '_methodHandle')!.offset) >> 2]!]!;
    const target = i32[(d + rt.findField(t, '_target')!.offset) >> 2]!;
    const { params, ret } = rt.ts.signatureOf(m);
    const slots: (number | [number, number])[] = [];
    if (m.hasThis) slots.push(isValueType(m.owner) ? target + 8 : target);
    const n = argsArr ? i32[(argsArr + 8) >> 2]! : 0;
    params.forEach((p, i) => {
      const a = i < n ? rt.mem.i32[(argsArr + 16 + 4 * i) >> 2]! : 0;
      if (p.kind === Kind.ByRef) {
        // A by-reference parameter gets the boxed value's storage (or a reference's slot).
        slots.push(a && isValueType(p.elem!) ? a + 8 : (argsArr + 16 + 4 * i));
        return;
      }
      if (!isValueType(p)) {
        if (a) checkAssignable(rt, a, p);
        slots.push(a);
        return;
      }
      const size = storageSize(rt.ts, p)[0];
      if (a) checkAssignable(rt, a, p);
      const bytes = new Uint8Array(Math.max(8, (size + 7) & ~7));
      if (a) bytes.set(rt.mem.u8.subarray(a + 8, a + 8 + size));
      const dv = new DataView(bytes.buffer);
      for (let k = 0; k < bytes.length; k += 8) slots.push([dv.getInt32(k, true), dv.getInt32(k + 4, true)]);
    });
    if (checkOnly) { retI32(rt, sp, 0); return; }
    const r = rt.invoke(m, slots);
    if (!ret || (ret.kind === Kind.Primitive && ret.prim === Prim.Void)) { retI32(rt, sp, 0); return; }
    if (!isValueType(ret)) { retI32(rt, sp, rt.mem.i32[r >> 2]!); return; }
    // Copy the result out of the (dead) callee frame before allocating the box.
    const size = storageSize(rt.ts, ret)[0];
    const bytes = rt.mem.u8.slice(r, r + Math.max(8, size));
    if (ret.prim === Prim.R4 && ret.kind !== Kind.Enum) {
      // float results travel as float64 in the result slot
      const dv = new DataView(bytes.buffer);
      dv.setFloat32(0, dv.getFloat64(0, true), true);
    }
    // Stage the value on the shadow stack, inside rt.sp so that references in it stay rooted.
    const saved = rt.sp;
    const tmp = (saved + 7) & ~7;
    rt.mem.u8.set(bytes, tmp);
    rt.sp = tmp + bytes.length;
    try { retI32(rt, sp, rt.objects.box(ret, tmp)); } finally { rt.sp = saved; }
  });
}

function checkAssignable(rt: Runtime, obj: number, p: RuntimeType): void {
  const ot = rt.objects.typeOfObject(obj);
  if (ot === p || rt.isAssignable(p, ot)) return;
  rt.throwNew('System.ArgumentException', `Object of type '${fullName(ot)}' cannot be converted to type '${fullName(p)}'.`);
}
