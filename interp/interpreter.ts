import type { Runtime } from '../lib/runtime/runtime.js';
import { Kind, type RuntimeMethod, type RuntimeType } from '../lib/types/descriptors.js';
import { MT_ELEMENT, MT_TYPE_ID, OBJ_MT } from '../gc/layout.js';
import { GUARD, REG_SP, REG_TOP_HDR } from '../gc/memory.js';
import { HDR_CALLER_SP, HDR_FP, HDR_METHOD, HDR_PC, HDR_PREV, type CallSite, type InterpCode } from './code.js';
import { Op } from './ops.js';
import type { CodeHeap } from './code-heap.js';
import { MATH_UNARY, convOvf, i8ToF64, i8ToF32, f64ToI8, f64ToU8, u8ToF64, u8ToF32 } from './numeric.js';
import { leavesRun } from './exceptions.js';
import { interfaceMap } from '../lib/types/layout.js';


/** Int32 indexes of the stack registers in memory. */
const TOP_HDR = REG_TOP_HDR >> 2, SP = REG_SP >> 2;

const nre = (rt: Runtime): never => rt.throwNew('System.NullReferenceException');
const ioore = (rt: Runtime): never => rt.throwNew('System.IndexOutOfRangeException');
const ovf = (rt: Runtime): never => rt.throwNew('System.OverflowException');
const dbz = (rt: Runtime): never => rt.throwNew('System.DivideByZeroException');

/**
 * Copies n bytes between memory locations (overlapping is fine). Small word-aligned copies move
 * int32s: TypedArray.copyWithin is a call into the engine and costs more than the copy itself.
 */
function copyBytes(i32: Int32Array, u8: Uint8Array, dst: number, src: number, n: number): void {
  if (((dst | src | n) & 3) !== 0 || n > 64) { u8.copyWithin(dst, src, src + n); return; }
  const d = dst >> 2, s = src >> 2, w = n >> 2;
  if (d <= s) for (let k = 0; k < w; k++) i32[d + k] = i32[s + k]!;
  else for (let k = w - 1; k >= 0; k--) i32[d + k] = i32[s + k]!;
}

/** Clears n bytes at addr; small word-aligned areas (a frame's locals) without a call into the engine. */
function zeroBytes(i32: Int32Array, u8: Uint8Array, addr: number, n: number): void {
  if (((addr | n) & 3) !== 0 || n > 128) { u8.fill(0, addr, addr + n); return; }
  for (let p = addr >> 2, e = p + (n >> 2); p < e; p++) i32[p] = 0;
}

/** Copies an 8-byte value (int64, double, or an 8-byte struct). */
function mov8(i32: Int32Array, u8: Uint8Array, dst: number, src: number): void {
  if (((dst | src) & 3) !== 0) { u8.copyWithin(dst, src, src + 8); return; }
  const d = dst >> 2, s = src >> 2;
  i32[d] = i32[s]!; i32[d + 1] = i32[s + 1]!;
}

/** Integer compare kinds of RETIF4I: 0 <, 1 <=, 2 >, 3 >=, 4 ==, 5 !=. */
function i32Compare(kind: number, x: number, y: number): boolean {
  return kind === 0 ? x < y : kind === 1 ? x <= y : kind === 2 ? x > y : kind === 3 ? x >= y : kind === 4 ? x === y : x !== y;
}

/** Float compare-and-branch kinds: 0 ==, 1 <, 2 < or unordered, 3 >, 4 > or unordered, 5 != or unordered, 6 >= or unordered, 7 >=, 8 <= or unordered, 9 <=. */
function f64Branch(kind: number, x: number, y: number): boolean {
  switch (kind) {
    case 0: return x === y;
    case 1: return x < y;
    case 2: return !(x >= y);
    case 3: return x > y;
    case 4: return !(x <= y);
    case 5: return x !== y;
    case 6: return !(x < y);
    case 7: return x >= y;
    case 8: return !(x > y);
    default: return x <= y;
  }
}

/** A CALL (CALLNN, CALLADDI) at `at` whose callee turned out to be managed code `cic` becomes CALLF (CALLFNN, CALLFADDI). */
function patchCall(code: Int32Array, heap: CodeHeap, at: number, cic: InterpCode): void {
  const op = code[at];
  if (op === Op.CALLADDI) { code[at + 3] = heap.constant(cic); code[at] = Op.CALLFADDI; return; }
  if (op !== Op.CALL && op !== Op.CALLNN) return;
  code[at + 1] = heap.constant(cic);
  code[at] = op === Op.CALL ? Op.CALLF : Op.CALLFNN;
}

/** The method a virtual or interface call site reaches for receiver `obj` (inline-cached per site). */
function dispatchVirtual(rt: Runtime, i32: Int32Array, site: CallSite, obj: number): RuntimeMethod {
  const typeId = i32[(i32[(obj + OBJ_MT) >> 2]! + MT_TYPE_ID) >> 2]!;
  if (site.cacheType === typeId) return site.cacheTarget!;
  const t = rt.ts.types[typeId]!;
  let target: RuntimeMethod | undefined;
  if (site.iface) {
    target = interfaceMap(rt.ts, t, site.iface)?.[site.index];
    if (!target && t.interfaceImpls) {
      // Variance: IProducer<Animal> dispatches to the implementation of IProducer<Dog>.
      for (const i of t.interfaces) {
        if (!rt.variantMatch(site.iface, i)) continue;
        const m = interfaceMap(rt.ts, t, i)?.[site.index];
        if (m) { target = m; break; }
      }
    }
    if (!target && t.kind === Kind.SzArray) target = rt.arrayInterfaceMethod(t, site.method);
    // Multi-dimensional arrays implement only System.Array's non-generic interfaces (IEnumerable, IList...).
    if (!target && t.kind === Kind.MdArray && t.parent) target = interfaceMap(rt.ts, t.parent, site.iface)?.[site.index];
    if (!target) rt.throwNew('System.EntryPointNotFoundException', `No implementation of ${site.method.owner.name}.${site.method.name} on ${t.name}.`);
  } else {
    // A generic virtual method's slot belongs to its generic definition.
    target = t.vtable[(site.method.genericDef ?? site.method).slot];
    if (!target) rt.throwNew('System.MissingMethodException', `Method not found: '${site.method.name}'.`);
  }
  if (site.method.methodArgs.length) target = rt.instantiateVirtual(target, site.method.methodArgs);
  site.cacheType = typeId;
  site.cacheTarget = target!;
  site.cacheCode = null; // set by the call op once the target's code is known
  return target!;
}

/**
 * Calls `callee` with its arguments at `at` from the frame `hdr` (resuming at `pc`). A native runs
 * now and null is returned; for managed code a frame is pushed and its code returned, for the
 * dispatch loop to continue in. Memory may grow or the code heap be replaced here: the caller
 * checks and ends its slice.
 */
function enterCallee(rt: Runtime, hdr: number, pc: number, sp: number, callee: RuntimeMethod, at: number): InterpCode | null {
  const mem = rt.mem;
  const n = callee.native === null ? rt.nativeFor(callee) : callee.native;
  if (n) {
    mem.i32[(hdr + HDR_PC) >> 2] = pc; // pushFrame records it for managed callees
    rt.topHdr = hdr; rt.sp = sp;
    (n as (rt: Runtime, sp: number) => void)(rt, at);
    return null;
  }
  const cic = rt.codeOf(callee);
  pushFrame(rt, mem.i32, mem.u8, rt.stackEnd, hdr, pc, cic, at);
  return cic;
}

/**
 * Pushes the frame of transformed method `callee` (code `cic`) whose arguments start at `at`,
 * called from frame `hdr` resuming at `pc`; returns the new frame's header. Allocates nothing.
 */
function pushFrame(rt: Runtime, i32: Int32Array, u8: Uint8Array, stackEnd: number, hdr: number, pc: number, cic: InterpCode, at: number): number {
  const end = at + cic.frameSize;
  if (end > stackEnd) rt.stackOverflow();
  i32[(hdr + HDR_PC) >> 2] = pc;
  const nh = at + cic.argsSize;
  i32[(nh + HDR_PREV) >> 2] = hdr; i32[(nh + HDR_METHOD) >> 2] = cic.methodId; i32[(nh + HDR_FP) >> 2] = at;
  i32[(nh + HDR_CALLER_SP) >> 2] = i32[SP]!;
  if (cic.localsSize) zeroBytes(i32, u8, at + cic.localsOffset, cic.localsSize);
  i32[TOP_HDR] = nh; i32[SP] = end;
  return nh;
}

/**
 * Runs interpreted code starting in the frame whose header is `entryHdr` at code index `startPc`,
 * until that frame returns (or, for nested runs of a finally or filter, until its ENDFINALLY or
 * ENDFILTER). Managed calls push frames in the shadow stack and loop here: the JS stack does not
 * grow with managed recursion. Returns the filter verdict for filter runs, else 0.
 */
export function execute(rt: Runtime, entryHdr: number, startPc: number): number {
  let hdr = entryHdr, pc = startPc;
  for (;;) {
    const r = runSlice(rt, entryHdr, hdr, pc);
    if (r === SLICE_DONE) { hdr = sliceAt.hdr; pc = sliceAt.pc; continue; }
    if (r !== SLICE_THREW) return r;
    // A managed exception (or a runtime error that becomes one): find the handler and resume there.
    const i32 = rt.mem.i32;
    hdr = sliceAt.hdr;
    i32[(hdr + HDR_PC) >> 2] = sliceAt.pc + 1;
    let err = sliceAt.error;
    sliceAt.error = null;
    for (;;) {
      // A finally run during unwinding may throw a new exception: dispatch that one instead.
      try { ({ hdr, pc } = rt.handleException(err, hdr, entryHdr)); break; } catch (e2) {
        if (!rt.isManagedError(e2)) throw e2;
        // Unwinding continues below this run's entry frame: the exception leaves execute().
        if (leavesRun(rt, entryHdr)) throw e2;
        err = e2;
      }
    }
  }
}

/** runSlice results besides a filter verdict or 0: the slice ended, or an exception left it (state in sliceAt). */
const SLICE_DONE = -0x7ffffff0;
const SLICE_THREW = -0x7ffffff1;
const sliceAt: { hdr: number; pc: number; error: unknown } = { hdr: 0, pc: 0, error: null };
/** Ends a slice: the next one resumes in frame hdr at pc. */
function endSlice(hdr: number, pc: number): number { sliceAt.hdr = hdr; sliceAt.pc = pc; return SLICE_DONE; }

/**
 * The dispatch loop: runs from frame `startHdr` at `startPc` until the run's entry frame returns,
 * memory grows or the code heap is replaced (the slice ends: execute() starts the next one with
 * the new arrays), or an exception is thrown. The exception is caught outside
 * the loop (a handler inside it would keep pc and fp boxed in V8's optimized code).
 */
function runSlice(rt: Runtime, entryHdr: number, startHdr: number, startPc: number): number {
  // The views and the code heap stay fixed for the slice (V8 then keeps them unchecked in
  // registers): when memory grows or the code heap is replaced, the slice ends and the next
  // one starts with the new arrays.
  const mem = rt.mem, heap = rt.codeHeap;
  const gen = mem.generation, cgen = heap.generation;
  const i32 = mem.i32, u8 = mem.u8, i8 = mem.i8, u16 = mem.u16, i16 = mem.i16, f32 = mem.f32, f64 = mem.f64;
  const methods = rt.ts.methods, stackEnd = rt.stackEnd;
  let hdr = startHdr | 0;
  const ic: InterpCode = rt.codeOf(methods[i32[(hdr + HDR_METHOD) >> 2]!]!);
  if (heap.generation !== cgen) return endSlice(hdr, startPc); // codeOf placed code and replaced the heap
  const code = heap.code;
  const consts = heap.consts;
  let fp = i32[(hdr + HDR_FP) >> 2]!;
  let pc = startPc | 0;
  let opPc = pc;
  // The stack registers: while the loop runs, SP is always the current frame's end (a call
  // saves it in the new frame's header, the return restores it).
  i32[TOP_HDR] = hdr;
  i32[SP] = fp + ic.frameSize;

  try {
    for (;;) {
      opPc = pc;
      switch (code[pc]) {
        case Op.NOP: pc += 1; break;
        case Op.BR: pc = code[pc + 1]!; break;
        case Op.LDC4: i32[(fp + code[pc + 1]!) >> 2] = code[pc + 2]!; pc += 3; break;
        case Op.LDC8: { const d = (fp + code[pc + 1]!) >> 2; i32[d] = code[pc + 2]!; i32[d + 1] = code[pc + 3]!; pc += 4; break; }
        case Op.LDCR8: f64[(fp + code[pc + 1]!) >> 3] = consts[code[pc + 2]!] as number; pc += 3; break;
        case Op.MOV4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break;
        case Op.MOV4X2: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]!; i32[(fp + code[pc + 3]!) >> 2] = i32[(fp + code[pc + 4]!) >> 2]!; pc += 5; break; // d1 s1 d2 s2: two copies, in order
        case Op.MOV8: { const d = (fp + code[pc + 1]!) >> 2, s = (fp + code[pc + 2]!) >> 2; i32[d] = i32[s]!; i32[d + 1] = i32[s + 1]!; pc += 3; break; }
        case Op.MOVN: copyBytes(i32, u8, fp + code[pc + 1]!, fp + code[pc + 2]!, code[pc + 3]!); pc += 4; break;
        case Op.LDADDR: i32[(fp + code[pc + 1]!) >> 2] = fp + code[pc + 2]!; pc += 3; break;
        case Op.ZERO: zeroBytes(i32, u8, fp + code[pc + 1]!, code[pc + 2]!); pc += 3; break;
        case Op.LDL_I1: i32[(fp + code[pc + 1]!) >> 2] = i8[fp + code[pc + 2]!]!; pc += 3; break;
        case Op.LDL_U1: i32[(fp + code[pc + 1]!) >> 2] = u8[fp + code[pc + 2]!]!; pc += 3; break;
        case Op.LDL_I2: i32[(fp + code[pc + 1]!) >> 2] = i16[(fp + code[pc + 2]!) >> 1]!; pc += 3; break;
        case Op.LDL_U2: i32[(fp + code[pc + 1]!) >> 2] = u16[(fp + code[pc + 2]!) >> 1]!; pc += 3; break;
        case Op.LDL_R4: f64[(fp + code[pc + 1]!) >> 3] = f32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break;
        case Op.STL1: u8[fp + code[pc + 1]!] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break;
        case Op.STL2: u16[(fp + code[pc + 1]!) >> 1] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break;
        case Op.STL_R4: f32[(fp + code[pc + 1]!) >> 2] = f64[(fp + code[pc + 2]!) >> 3]!; pc += 3; break;

        // ---- int32 ----
        case Op.ADD4: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! + i32[(fp + code[pc + 3]!) >> 2]!) | 0; pc += 4; break;
        case Op.SUB4: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! - i32[(fp + code[pc + 3]!) >> 2]!) | 0; pc += 4; break;
        case Op.MUL4: i32[(fp + code[pc + 1]!) >> 2] = Math.imul(i32[(fp + code[pc + 2]!) >> 2]!, i32[(fp + code[pc + 3]!) >> 2]!); pc += 4; break;
        case Op.DIV4: {
          const a = i32[(fp + code[pc + 2]!) >> 2]!, b = i32[(fp + code[pc + 3]!) >> 2]!;
          if (b === 0) dbz(rt);
          if (b === -1 && a === -2147483648) rt.throwNew('System.OverflowException', 'Arithmetic operation resulted in an overflow.');
          i32[(fp + code[pc + 1]!) >> 2] = (a / b) | 0; pc += 4; break;
        }
        case Op.DIVU4: {
          const a = i32[(fp + code[pc + 2]!) >> 2]! >>> 0, b = i32[(fp + code[pc + 3]!) >> 2]! >>> 0;
          if (b === 0) dbz(rt);
          i32[(fp + code[pc + 1]!) >> 2] = (a / b) | 0; pc += 4; break;
        }
        case Op.REM4: {
          const a = i32[(fp + code[pc + 2]!) >> 2]!, b = i32[(fp + code[pc + 3]!) >> 2]!;
          if (b === 0) dbz(rt);
          if (b === -1 && a === -2147483648) rt.throwNew('System.OverflowException', 'Arithmetic operation resulted in an overflow.');
          i32[(fp + code[pc + 1]!) >> 2] = (a % b) | 0; pc += 4; break;
        }
        case Op.REMU4: {
          const a = i32[(fp + code[pc + 2]!) >> 2]! >>> 0, b = i32[(fp + code[pc + 3]!) >> 2]! >>> 0;
          if (b === 0) dbz(rt);
          i32[(fp + code[pc + 1]!) >> 2] = (a % b) | 0; pc += 4; break;
        }
        case Op.AND4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! & i32[(fp + code[pc + 3]!) >> 2]!; pc += 4; break;
        case Op.OR4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! | i32[(fp + code[pc + 3]!) >> 2]!; pc += 4; break;
        case Op.XOR4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! ^ i32[(fp + code[pc + 3]!) >> 2]!; pc += 4; break;
        case Op.SHL4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! << i32[(fp + code[pc + 3]!) >> 2]!; pc += 4; break;
        case Op.SHR4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! >> i32[(fp + code[pc + 3]!) >> 2]!; pc += 4; break;
        case Op.SHRU4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! >>> i32[(fp + code[pc + 3]!) >> 2]!; pc += 4; break;
        case Op.NEG4: i32[(fp + code[pc + 1]!) >> 2] = -i32[(fp + code[pc + 2]!) >> 2]! | 0; pc += 3; break;
        case Op.NOT4: i32[(fp + code[pc + 1]!) >> 2] = ~i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break;
        case Op.ADDI4: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; pc += 4; break;
        // d x y k: x ^ (y << k), x ^ (y >> k), x ^ (y >>> k); (x * y) >> k, (x * y) >>> k
        case Op.XORSHLI4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! ^ (i32[(fp + code[pc + 3]!) >> 2]! << code[pc + 4]!); pc += 5; break;
        case Op.XORSHRI4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! ^ (i32[(fp + code[pc + 3]!) >> 2]! >> code[pc + 4]!); pc += 5; break;
        case Op.XORSHRUI4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! ^ (i32[(fp + code[pc + 3]!) >> 2]! >>> code[pc + 4]!); pc += 5; break;
        case Op.MULSHRI4: i32[(fp + code[pc + 1]!) >> 2] = Math.imul(i32[(fp + code[pc + 2]!) >> 2]!, i32[(fp + code[pc + 3]!) >> 2]!) >> code[pc + 4]!; pc += 5; break;
        case Op.MULSHRUI4: i32[(fp + code[pc + 1]!) >> 2] = Math.imul(i32[(fp + code[pc + 2]!) >> 2]!, i32[(fp + code[pc + 3]!) >> 2]!) >>> code[pc + 4]!; pc += 5; break;
        case Op.ADDADDI4: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! + i32[(fp + code[pc + 3]!) >> 2]! + code[pc + 4]!) | 0; pc += 5; break; // d a b k: a + b + k
        case Op.MULI4: i32[(fp + code[pc + 1]!) >> 2] = Math.imul(i32[(fp + code[pc + 2]!) >> 2]!, code[pc + 3]!); pc += 4; break;
        case Op.ANDI4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! & code[pc + 3]!; pc += 4; break;
        case Op.SHLI4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! << code[pc + 3]!; pc += 4; break;
        case Op.SHRI4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! >> code[pc + 3]!; pc += 4; break;
        case Op.SHRUI4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! >>> code[pc + 3]!; pc += 4; break;
        case Op.BEQ4I: pc = i32[(fp + code[pc + 1]!) >> 2] === code[pc + 2] ? code[pc + 3]! : pc + 4; break;
        case Op.BNE4I: pc = i32[(fp + code[pc + 1]!) >> 2] !== code[pc + 2] ? code[pc + 3]! : pc + 4; break;
        case Op.BLT4I: pc = i32[(fp + code[pc + 1]!) >> 2]! < code[pc + 2]! ? code[pc + 3]! : pc + 4; break;
        case Op.BLE4I: pc = i32[(fp + code[pc + 1]!) >> 2]! <= code[pc + 2]! ? code[pc + 3]! : pc + 4; break;
        case Op.BGT4I: pc = i32[(fp + code[pc + 1]!) >> 2]! > code[pc + 2]! ? code[pc + 3]! : pc + 4; break;
        case Op.BGE4I: pc = i32[(fp + code[pc + 1]!) >> 2]! >= code[pc + 2]! ? code[pc + 3]! : pc + 4; break;
        case Op.ADDOVF4: { const r = i32[(fp + code[pc + 2]!) >> 2]! + i32[(fp + code[pc + 3]!) >> 2]!; if (r > 2147483647 || r < -2147483648) ovf(rt); i32[(fp + code[pc + 1]!) >> 2] = r; pc += 4; break; }
        case Op.ADDOVFU4: { const r = (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) + (i32[(fp + code[pc + 3]!) >> 2]! >>> 0); if (r > 4294967295) ovf(rt); i32[(fp + code[pc + 1]!) >> 2] = r | 0; pc += 4; break; }
        case Op.SUBOVF4: { const r = i32[(fp + code[pc + 2]!) >> 2]! - i32[(fp + code[pc + 3]!) >> 2]!; if (r > 2147483647 || r < -2147483648) ovf(rt); i32[(fp + code[pc + 1]!) >> 2] = r; pc += 4; break; }
        case Op.SUBOVFU4: { const r = (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) - (i32[(fp + code[pc + 3]!) >> 2]! >>> 0); if (r < 0) ovf(rt); i32[(fp + code[pc + 1]!) >> 2] = r | 0; pc += 4; break; }
        case Op.MULOVF4: { const r = i32[(fp + code[pc + 2]!) >> 2]! * i32[(fp + code[pc + 3]!) >> 2]!; if (r > 2147483647 || r < -2147483648) ovf(rt); i32[(fp + code[pc + 1]!) >> 2] = r; pc += 4; break; }
        case Op.MULOVFU4: { const r = (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) * (i32[(fp + code[pc + 3]!) >> 2]! >>> 0); if (r > 4294967295) ovf(rt); i32[(fp + code[pc + 1]!) >> 2] = r | 0; pc += 4; break; }

        // ---- int64: lo at +0, hi at +4; add/sub/logic/compare in JS, mul/div in the wasm helper ----
        case Op.ADD8: {
          const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2;
          const lo = (i32[a]! >>> 0) + (i32[b]! >>> 0);
          i32[d + 1] = (i32[a + 1]! + i32[b + 1]! + (lo > 0xffffffff ? 1 : 0)) | 0; i32[d] = lo | 0; pc += 4; break;
        }
        case Op.SUB8: {
          const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2;
          const lo = (i32[a]! >>> 0) - (i32[b]! >>> 0);
          i32[d + 1] = (i32[a + 1]! - i32[b + 1]! - (lo < 0 ? 1 : 0)) | 0; i32[d] = lo | 0; pc += 4; break;
        }
        case Op.MUL8: rt.i64.mul(fp + code[pc + 1]!, fp + code[pc + 2]!, fp + code[pc + 3]!); pc += 4; break;
        case Op.DIV8: case Op.REM8: {
          const a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2;
          if (i32[b] === 0 && i32[b + 1] === 0) dbz(rt);
          if (i32[b] === -1 && i32[b + 1] === -1 && i32[a] === 0 && i32[a + 1] === -2147483648) {
            if (code[pc] === Op.DIV8) ovf(rt);
            rt.throwNew('System.OverflowException', 'Arithmetic operation resulted in an overflow.');
          }
          (code[pc] === Op.DIV8 ? rt.i64.div_s : rt.i64.rem_s)(fp + code[pc + 1]!, fp + code[pc + 2]!, fp + code[pc + 3]!); pc += 4; break;
        }
        case Op.DIVU8: case Op.REMU8: {
          const b = (fp + code[pc + 3]!) >> 2;
          if (i32[b] === 0 && i32[b + 1] === 0) dbz(rt);
          (code[pc] === Op.DIVU8 ? rt.i64.div_u : rt.i64.rem_u)(fp + code[pc + 1]!, fp + code[pc + 2]!, fp + code[pc + 3]!); pc += 4; break;
        }
        case Op.AND8: { const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2; i32[d] = i32[a]! & i32[b]!; i32[d + 1] = i32[a + 1]! & i32[b + 1]!; pc += 4; break; }
        case Op.OR8: { const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2; i32[d] = i32[a]! | i32[b]!; i32[d + 1] = i32[a + 1]! | i32[b + 1]!; pc += 4; break; }
        case Op.XOR8: { const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2; i32[d] = i32[a]! ^ i32[b]!; i32[d + 1] = i32[a + 1]! ^ i32[b + 1]!; pc += 4; break; }
        case Op.SHL8: case Op.SHR8: case Op.SHRU8: {
          const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2;
          const n = i32[(fp + code[pc + 3]!) >> 2]! & 63;
          const lo = i32[a]!, hi = i32[a + 1]!;
          let rl: number, rh: number;
          if (n === 0) { rl = lo; rh = hi; }
          else if (code[pc] === Op.SHL8) { if (n < 32) { rh = (hi << n) | (lo >>> (32 - n)); rl = lo << n; } else { rh = lo << (n - 32); rl = 0; } }
          else if (code[pc] === Op.SHR8) { if (n < 32) { rl = (lo >>> n) | (hi << (32 - n)); rh = hi >> n; } else { rl = hi >> (n - 32); rh = hi >> 31; } }
          else { if (n < 32) { rl = (lo >>> n) | (hi << (32 - n)); rh = hi >>> n; } else { rl = hi >>> (n - 32); rh = 0; } }
          i32[d] = rl; i32[d + 1] = rh; pc += 4; break;
        }
        case Op.NEG8: { const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2; const lo = i32[a]!, hi = i32[a + 1]!; i32[d] = -lo | 0; i32[d + 1] = (~hi + (lo === 0 ? 1 : 0)) | 0; pc += 3; break; }
        case Op.NOT8: { const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2; i32[d] = ~i32[a]!; i32[d + 1] = ~i32[a + 1]!; pc += 3; break; }
        case Op.ADDOVF8: case Op.SUBOVF8: {
          const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2;
          const ah = i32[a + 1]!, bh0 = i32[b + 1]!, al = i32[a]! >>> 0, bl0 = i32[b]! >>> 0;
          const sub = code[pc] === Op.SUBOVF8;
          let lo: number, hi: number;
          if (sub) { lo = al - bl0; hi = (ah - bh0 - (lo < 0 ? 1 : 0)) | 0; } else { lo = al + bl0; hi = (ah + bh0 + (lo > 0xffffffff ? 1 : 0)) | 0; }
          const bh = sub ? ~bh0 : bh0;
          if ((ah >= 0) === (bh >= 0) && (hi >= 0) !== (ah >= 0)) ovf(rt);
          i32[d] = lo | 0; i32[d + 1] = hi; pc += 4; break;
        }
        case Op.ADDOVFU8: case Op.SUBOVFU8: {
          const d = (fp + code[pc + 1]!) >> 2, a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2;
          const ah = i32[a + 1]! >>> 0, bh = i32[b + 1]! >>> 0, al = i32[a]! >>> 0, bl = i32[b]! >>> 0;
          let lo: number, hi: number;
          if (code[pc] === Op.SUBOVFU8) { lo = al - bl; hi = ah - bh - (lo < 0 ? 1 : 0); if (hi < 0) ovf(rt); }
          else { lo = al + bl; hi = ah + bh + (lo > 0xffffffff ? 1 : 0); if (hi > 0xffffffff) ovf(rt); }
          i32[d] = lo | 0; i32[d + 1] = hi | 0; pc += 4; break;
        }
        case Op.MULOVF8: if (rt.i64.mul_ovf_s(fp + code[pc + 1]!, fp + code[pc + 2]!, fp + code[pc + 3]!)) ovf(rt); pc += 4; break;
        case Op.MULOVFU8: if (rt.i64.mul_ovf_u(fp + code[pc + 1]!, fp + code[pc + 2]!, fp + code[pc + 3]!)) ovf(rt); pc += 4; break;

        // ---- floating point (values on the stack are f64; R4 results are rounded to float32) ----
        case Op.ADDR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! + f64[(fp + code[pc + 3]!) >> 3]!; pc += 4; break;
        case Op.SUBR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! - f64[(fp + code[pc + 3]!) >> 3]!; pc += 4; break;
        case Op.MULR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! * f64[(fp + code[pc + 3]!) >> 3]!; pc += 4; break;
        case Op.DIVR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! / f64[(fp + code[pc + 3]!) >> 3]!; pc += 4; break;
        // d x y c: a product and a sum or difference, each rounded as float64 (IL's two ops, not a fused multiply-add).
        case Op.MULADDR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! * f64[(fp + code[pc + 3]!) >> 3]! + f64[(fp + code[pc + 4]!) >> 3]!; pc += 5; break;
        case Op.MULSUBR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! * f64[(fp + code[pc + 3]!) >> 3]! - f64[(fp + code[pc + 4]!) >> 3]!; pc += 5; break;
        case Op.SUBADDR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! - f64[(fp + code[pc + 3]!) >> 3]! + f64[(fp + code[pc + 4]!) >> 3]!; pc += 5; break;
        case Op.SUBMULR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 4]!) >> 3]! - f64[(fp + code[pc + 2]!) >> 3]! * f64[(fp + code[pc + 3]!) >> 3]!; pc += 5; break;
        case Op.REMR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! % f64[(fp + code[pc + 3]!) >> 3]!; pc += 4; break;
        case Op.NEGR8: f64[(fp + code[pc + 1]!) >> 3] = -f64[(fp + code[pc + 2]!) >> 3]!; pc += 3; break;
        case Op.ADDR4: f64[(fp + code[pc + 1]!) >> 3] = Math.fround(f64[(fp + code[pc + 2]!) >> 3]! + f64[(fp + code[pc + 3]!) >> 3]!); pc += 4; break;
        case Op.SUBR4: f64[(fp + code[pc + 1]!) >> 3] = Math.fround(f64[(fp + code[pc + 2]!) >> 3]! - f64[(fp + code[pc + 3]!) >> 3]!); pc += 4; break;
        case Op.MULR4: f64[(fp + code[pc + 1]!) >> 3] = Math.fround(f64[(fp + code[pc + 2]!) >> 3]! * f64[(fp + code[pc + 3]!) >> 3]!); pc += 4; break;
        case Op.DIVR4: f64[(fp + code[pc + 1]!) >> 3] = Math.fround(f64[(fp + code[pc + 2]!) >> 3]! / f64[(fp + code[pc + 3]!) >> 3]!); pc += 4; break;
        case Op.REMR4: f64[(fp + code[pc + 1]!) >> 3] = Math.fround(f64[(fp + code[pc + 2]!) >> 3]! % f64[(fp + code[pc + 3]!) >> 3]!); pc += 4; break;
        case Op.MATHR8: f64[(fp + code[pc + 1]!) >> 3] = MATH_UNARY[code[pc + 3]!]!(f64[(fp + code[pc + 2]!) >> 3]!); pc += 4; break;
        case Op.ADDR8K: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! + (consts[code[pc + 3]!] as number); pc += 4; break;
        case Op.SUBR8K: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! - (consts[code[pc + 3]!] as number); pc += 4; break;
        case Op.MUL2R8: // d2 a2 b2 d1 a1 b1: d1 = a1 * b1, then d2 = a2 * b2
          f64[(fp + code[pc + 4]!) >> 3] = f64[(fp + code[pc + 5]!) >> 3]! * f64[(fp + code[pc + 6]!) >> 3]!;
          f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! * f64[(fp + code[pc + 3]!) >> 3]!; pc += 7; break;
        case Op.MULKMULADDR8: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! * (consts[code[pc + 3]!] as number) * f64[(fp + code[pc + 4]!) >> 3]! + f64[(fp + code[pc + 5]!) >> 3]!; pc += 6; break; // d a k b c: a * k * b + c
        case Op.MULR8K: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! * (consts[code[pc + 3]!] as number); pc += 4; break;
        case Op.DIVR8K: f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! / (consts[code[pc + 3]!] as number); pc += 4; break;
        case Op.BRR8: pc = f64Branch(code[pc + 3]!, f64[(fp + code[pc + 1]!) >> 3]!, f64[(fp + code[pc + 2]!) >> 3]!) ? code[pc + 4]! : pc + 5; break; // a b kind target
        case Op.BRR8K: pc = f64Branch(code[pc + 3]!, f64[(fp + code[pc + 1]!) >> 3]!, consts[code[pc + 2]!] as number) ? code[pc + 4]! : pc + 5; break; // a k kind target
        case Op.ADDBRR8K: pc = f64Branch(code[pc + 4]!, f64[(fp + code[pc + 1]!) >> 3]! + f64[(fp + code[pc + 2]!) >> 3]!, consts[code[pc + 3]!] as number) ? code[pc + 5]! : pc + 6; break; // a b k kind target: branch on a + b vs k
        case Op.KDIVR8: f64[(fp + code[pc + 1]!) >> 3] = (consts[code[pc + 3]!] as number) / f64[(fp + code[pc + 2]!) >> 3]!; pc += 4; break;
        case Op.KDIVI4R8: f64[(fp + code[pc + 1]!) >> 3] = (consts[code[pc + 3]!] as number) / i32[(fp + code[pc + 2]!) >> 2]!; pc += 4; break; // d x k: k / (double)x
        case Op.KSUBR8: f64[(fp + code[pc + 1]!) >> 3] = (consts[code[pc + 3]!] as number) - f64[(fp + code[pc + 2]!) >> 3]!; pc += 4; break;
        case Op.CKFINITE: { const v = f64[(fp + code[pc + 2]!) >> 3]!; if (!Number.isFinite(v)) ovf(rt); f64[(fp + code[pc + 1]!) >> 3] = v; pc += 3; break; }

        // ---- comparisons ----
        case Op.CEQ4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2] === i32[(fp + code[pc + 3]!) >> 2] ? 1 : 0; pc += 4; break;
        case Op.CGT4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! > i32[(fp + code[pc + 3]!) >> 2]! ? 1 : 0; pc += 4; break;
        case Op.CGTU4: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) > (i32[(fp + code[pc + 3]!) >> 2]! >>> 0) ? 1 : 0; pc += 4; break;
        case Op.CLT4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! < i32[(fp + code[pc + 3]!) >> 2]! ? 1 : 0; pc += 4; break;
        case Op.CLTU4: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) < (i32[(fp + code[pc + 3]!) >> 2]! >>> 0) ? 1 : 0; pc += 4; break;
        case Op.CEQ8: { const a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2; i32[(fp + code[pc + 1]!) >> 2] = i32[a] === i32[b] && i32[a + 1] === i32[b + 1] ? 1 : 0; pc += 4; break; }
        case Op.CGT8: case Op.CLT8: case Op.CGTU8: case Op.CLTU8: {
          const a = (fp + code[pc + 2]!) >> 2, b = (fp + code[pc + 3]!) >> 2;
          const op = code[pc]!;
          const un = op === Op.CGTU8 || op === Op.CLTU8;
          const ah = un ? i32[a + 1]! >>> 0 : i32[a + 1]!, bh = un ? i32[b + 1]! >>> 0 : i32[b + 1]!;
          const c = ah !== bh ? (ah > bh ? 1 : -1) : ((i32[a]! >>> 0) > (i32[b]! >>> 0) ? 1 : (i32[a]! >>> 0) < (i32[b]! >>> 0) ? -1 : 0);
          i32[(fp + code[pc + 1]!) >> 2] = (op === Op.CGT8 || op === Op.CGTU8) ? (c > 0 ? 1 : 0) : (c < 0 ? 1 : 0);
          pc += 4; break;
        }
        case Op.CEQR8: i32[(fp + code[pc + 1]!) >> 2] = f64[(fp + code[pc + 2]!) >> 3] === f64[(fp + code[pc + 3]!) >> 3] ? 1 : 0; pc += 4; break;
        case Op.CGTR8: i32[(fp + code[pc + 1]!) >> 2] = f64[(fp + code[pc + 2]!) >> 3]! > f64[(fp + code[pc + 3]!) >> 3]! ? 1 : 0; pc += 4; break;
        case Op.CLTR8: i32[(fp + code[pc + 1]!) >> 2] = f64[(fp + code[pc + 2]!) >> 3]! < f64[(fp + code[pc + 3]!) >> 3]! ? 1 : 0; pc += 4; break;
        // Unordered variants: true when either operand is NaN.
        case Op.CGTUNR8: i32[(fp + code[pc + 1]!) >> 2] = !(f64[(fp + code[pc + 2]!) >> 3]! <= f64[(fp + code[pc + 3]!) >> 3]!) ? 1 : 0; pc += 4; break;
        case Op.CLTUNR8: i32[(fp + code[pc + 1]!) >> 2] = !(f64[(fp + code[pc + 2]!) >> 3]! >= f64[(fp + code[pc + 3]!) >> 3]!) ? 1 : 0; pc += 4; break;

        // ---- branches ----
        case Op.BRTRUE4: pc = i32[(fp + code[pc + 1]!) >> 2] !== 0 ? code[pc + 2]! : pc + 3; break;
        case Op.BRFALSE4: pc = i32[(fp + code[pc + 1]!) >> 2] === 0 ? code[pc + 2]! : pc + 3; break;
        case Op.BRTRUE8: { const a = (fp + code[pc + 1]!) >> 2; pc = (i32[a] !== 0 || i32[a + 1] !== 0) ? code[pc + 2]! : pc + 3; break; }
        case Op.BRFALSE8: { const a = (fp + code[pc + 1]!) >> 2; pc = (i32[a] === 0 && i32[a + 1] === 0) ? code[pc + 2]! : pc + 3; break; }
        case Op.BEQ4: pc = i32[(fp + code[pc + 1]!) >> 2] === i32[(fp + code[pc + 2]!) >> 2] ? code[pc + 3]! : pc + 4; break;
        case Op.BNE4: pc = i32[(fp + code[pc + 1]!) >> 2] !== i32[(fp + code[pc + 2]!) >> 2] ? code[pc + 3]! : pc + 4; break;
        case Op.BLT4: pc = i32[(fp + code[pc + 1]!) >> 2]! < i32[(fp + code[pc + 2]!) >> 2]! ? code[pc + 3]! : pc + 4; break;
        case Op.BLE4: pc = i32[(fp + code[pc + 1]!) >> 2]! <= i32[(fp + code[pc + 2]!) >> 2]! ? code[pc + 3]! : pc + 4; break;
        // Loop-closing `x = a + k; if (x < y) goto T` (else E), one op: d a k|b y T E.
        case Op.INCBLT4: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v < i32[(fp + code[pc + 4]!) >> 2]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.INCBLE4: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v <= i32[(fp + code[pc + 4]!) >> 2]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.INCBGT4: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v > i32[(fp + code[pc + 4]!) >> 2]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.INCBGE4: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v >= i32[(fp + code[pc + 4]!) >> 2]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.INCXBLT4: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = i32[(fp + code[pc + 4]!) >> 2]! < v ? code[pc + 5]! : code[pc + 6]!; break; } // d a k x T F: d = a + k; x < d
        case Op.INC2BLT4: { // x kx y ky T F: x += kx; y += ky; to T if x < y, else F
          const x = (i32[(fp + code[pc + 1]!) >> 2]! + code[pc + 2]!) | 0, y = (i32[(fp + code[pc + 3]!) >> 2]! + code[pc + 4]!) | 0;
          i32[(fp + code[pc + 1]!) >> 2] = x; i32[(fp + code[pc + 3]!) >> 2] = y;
          pc = x < y ? code[pc + 5]! : code[pc + 6]!; break;
        }
        case Op.INCBLT4I: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v < code[pc + 4]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.INCBLE4I: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v <= code[pc + 4]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.INCBGT4I: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v > code[pc + 4]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.INCBGE4I: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + code[pc + 3]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v >= code[pc + 4]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.ADDBLT4: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + i32[(fp + code[pc + 3]!) >> 2]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v < i32[(fp + code[pc + 4]!) >> 2]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.ADDBLE4: { const v = (i32[(fp + code[pc + 2]!) >> 2]! + i32[(fp + code[pc + 3]!) >> 2]!) | 0; i32[(fp + code[pc + 1]!) >> 2] = v; pc = v <= i32[(fp + code[pc + 4]!) >> 2]! ? code[pc + 5]! : code[pc + 6]!; break; }
        case Op.BGT4: pc = i32[(fp + code[pc + 1]!) >> 2]! > i32[(fp + code[pc + 2]!) >> 2]! ? code[pc + 3]! : pc + 4; break;
        case Op.BGE4: pc = i32[(fp + code[pc + 1]!) >> 2]! >= i32[(fp + code[pc + 2]!) >> 2]! ? code[pc + 3]! : pc + 4; break;
        case Op.BLTU4: pc = (i32[(fp + code[pc + 1]!) >> 2]! >>> 0) < (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) ? code[pc + 3]! : pc + 4; break;
        case Op.BLEU4: pc = (i32[(fp + code[pc + 1]!) >> 2]! >>> 0) <= (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) ? code[pc + 3]! : pc + 4; break;
        case Op.BGTU4: pc = (i32[(fp + code[pc + 1]!) >> 2]! >>> 0) > (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) ? code[pc + 3]! : pc + 4; break;
        case Op.BGEU4: pc = (i32[(fp + code[pc + 1]!) >> 2]! >>> 0) >= (i32[(fp + code[pc + 2]!) >> 2]! >>> 0) ? code[pc + 3]! : pc + 4; break;
        case Op.SWITCH: {
          const v = i32[(fp + code[pc + 1]!) >> 2]! >>> 0;
          const n = code[pc + 2]!;
          pc = v < n ? code[pc + 3 + v]! : pc + 3 + n; break;
        }

        // ---- conversions ----
        case Op.CONV_I1: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! << 24) >> 24; pc += 3; break;
        case Op.CONV_U1: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! & 0xff; pc += 3; break;
        case Op.CONV_I2: i32[(fp + code[pc + 1]!) >> 2] = (i32[(fp + code[pc + 2]!) >> 2]! << 16) >> 16; pc += 3; break;
        case Op.CONV_U2: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]! & 0xffff; pc += 3; break;
        case Op.I4_TO_I8: { const d = (fp + code[pc + 1]!) >> 2; const v = i32[(fp + code[pc + 2]!) >> 2]!; i32[d] = v; i32[d + 1] = v >> 31; pc += 3; break; }
        case Op.U4_TO_I8: { const d = (fp + code[pc + 1]!) >> 2; i32[d] = i32[(fp + code[pc + 2]!) >> 2]!; i32[d + 1] = 0; pc += 3; break; }
        case Op.I8_TO_I4: i32[(fp + code[pc + 1]!) >> 2] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break;
        case Op.I4_TO_R8: f64[(fp + code[pc + 1]!) >> 3] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break;
        case Op.U4_TO_R8: f64[(fp + code[pc + 1]!) >> 3] = i32[(fp + code[pc + 2]!) >> 2]! >>> 0; pc += 3; break;
        case Op.I8_TO_R8: { const a = (fp + code[pc + 2]!) >> 2; f64[(fp + code[pc + 1]!) >> 3] = i8ToF64(i32[a]!, i32[a + 1]!); pc += 3; break; }
        case Op.U8_TO_R8: { const a = (fp + code[pc + 2]!) >> 2; f64[(fp + code[pc + 1]!) >> 3] = u8ToF64(i32[a]!, i32[a + 1]!); pc += 3; break; }
        case Op.I8_TO_R4: { const a = (fp + code[pc + 2]!) >> 2; f64[(fp + code[pc + 1]!) >> 3] = i8ToF32(i32[a]!, i32[a + 1]!); pc += 3; break; }
        case Op.U8_TO_R4: { const a = (fp + code[pc + 2]!) >> 2; f64[(fp + code[pc + 1]!) >> 3] = u8ToF32(i32[a]!, i32[a + 1]!); pc += 3; break; }
        case Op.R8_TO_R4: f64[(fp + code[pc + 1]!) >> 3] = Math.fround(f64[(fp + code[pc + 2]!) >> 3]!); pc += 3; break;
        case Op.R8_TO_I4: { // .NET 10: saturating, NaN -> 0
          const v = f64[(fp + code[pc + 2]!) >> 3]!;
          i32[(fp + code[pc + 1]!) >> 2] = v !== v ? 0 : v >= 2147483647 ? 2147483647 : v <= -2147483648 ? -2147483648 : v | 0; pc += 3; break;
        }
        case Op.R8_TO_U4: {
          const v = f64[(fp + code[pc + 2]!) >> 3]!;
          i32[(fp + code[pc + 1]!) >> 2] = v !== v || v <= 0 ? 0 : v >= 4294967295 ? -1 : (Math.trunc(v) >>> 0) | 0; pc += 3; break;
        }
        case Op.R8_TO_I8: f64ToI8(i32, (fp + code[pc + 1]!) >> 2, f64[(fp + code[pc + 2]!) >> 3]!); pc += 3; break;
        case Op.R8_TO_U8: f64ToU8(i32, (fp + code[pc + 1]!) >> 2, f64[(fp + code[pc + 2]!) >> 3]!); pc += 3; break;
        case Op.CONVOVF: if (!convOvf(i32, f64, fp + code[pc + 1]!, fp + code[pc + 2]!, code[pc + 3]!, code[pc + 4]!)) ovf(rt); pc += 5; break;

        // ---- indirect loads and stores ----
        case Op.LDIND_I1: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = i8[a]!; pc += 3; break; }
        case Op.LDIND_U1: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = u8[a]!; pc += 3; break; }
        case Op.LDIND_I2: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = a & 1 ? mem.view.getInt16(a, true) : i16[a >> 1]!; pc += 3; break; }
        case Op.LDIND_U2: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = a & 1 ? mem.view.getUint16(a, true) : u16[a >> 1]!; pc += 3; break; }
        case Op.LDIND4: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = a & 3 ? mem.view.getInt32(a, true) : i32[a >> 2]!; pc += 3; break; }
        case Op.LDIND8: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); mov8(i32, u8, fp + code[pc + 1]!, a); pc += 3; break; }
        case Op.LDIND_R4: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); f64[(fp + code[pc + 1]!) >> 3] = a & 3 ? mem.view.getFloat32(a, true) : f32[a >> 2]!; pc += 3; break; }
        case Op.LDINDN: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (a < GUARD) nre(rt); copyBytes(i32, u8, fp + code[pc + 1]!, a, code[pc + 3]!); pc += 4; break; }
        case Op.STIND1: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); u8[a] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break; }
        case Op.STIND2: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); mem.view.setInt16(a, i32[(fp + code[pc + 2]!) >> 2]!, true); pc += 3; break; }
        case Op.STIND4: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); if (a & 3) mem.view.setInt32(a, i32[(fp + code[pc + 2]!) >> 2]!, true); else i32[a >> 2] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 3; break; }
        case Op.STINDREF: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); i32[a >> 2] = i32[(fp + code[pc + 2]!) >> 2]!; rt.writeBarrier(a); pc += 3; break; }
        case Op.STIND8: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); mov8(i32, u8, a, fp + code[pc + 2]!); pc += 3; break; }
        case Op.STIND_R4: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); mem.view.setFloat32(a, f64[(fp + code[pc + 2]!) >> 3]!, true); pc += 3; break; }
        case Op.STINDN: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); copyBytes(i32, u8, a, fp + code[pc + 2]!, code[pc + 3]!); rt.writeBarrierRange(a, code[pc + 3]!); pc += 4; break; }

        // ---- instance fields ----
        case Op.LDFLD_I1: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = i8[o + code[pc + 3]!]!; pc += 4; break; }
        case Op.LDFLD_U1: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = u8[o + code[pc + 3]!]!; pc += 4; break; }
        case Op.LDFLD_I2: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = mem.view.getInt16(o + code[pc + 3]!, true); pc += 4; break; }
        case Op.LDFLD_U2: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = mem.view.getUint16(o + code[pc + 3]!, true); pc += 4; break; }
        case Op.LDFLD4: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); const a = o + code[pc + 3]!; i32[(fp + code[pc + 1]!) >> 2] = a & 3 ? mem.view.getInt32(a, true) : i32[a >> 2]!; pc += 4; break; }
        case Op.BRTRUEFLD4: case Op.BRFALSEFLD4: { // obj off target: branch on an int32/reference field
          const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt);
          const a = o + code[pc + 2]!;
          const v = a & 3 ? mem.view.getInt32(a, true) : i32[a >> 2]!;
          pc = (v !== 0) === (code[pc] === Op.BRTRUEFLD4) ? code[pc + 3]! : pc + 4; break;
        }
        // Float64 arithmetic on fields: d o1 f1 o2 f2 (both operands fields), d x o f (x op o.f).
        case Op.ADDR8FF: case Op.SUBR8FF: case Op.MULR8FF: {
          const o1 = i32[(fp + code[pc + 2]!) >> 2]!; if (!o1) nre(rt);
          const o2 = i32[(fp + code[pc + 4]!) >> 2]!; if (!o2) nre(rt);
          const a = o1 + code[pc + 3]!, b = o2 + code[pc + 5]!;
          const x = a & 7 ? mem.view.getFloat64(a, true) : f64[a >> 3]!, y = b & 7 ? mem.view.getFloat64(b, true) : f64[b >> 3]!;
          const op = code[pc]!;
          f64[(fp + code[pc + 1]!) >> 3] = op === Op.ADDR8FF ? x + y : op === Op.SUBR8FF ? x - y : x * y; pc += 6; break;
        }
        case Op.ADDR8F: case Op.SUBR8F: case Op.MULR8F: {
          const o = i32[(fp + code[pc + 3]!) >> 2]!; if (!o) nre(rt);
          const a = o + code[pc + 4]!;
          const x = f64[(fp + code[pc + 2]!) >> 3]!, y = a & 7 ? mem.view.getFloat64(a, true) : f64[a >> 3]!;
          const op = code[pc]!;
          f64[(fp + code[pc + 1]!) >> 3] = op === Op.ADDR8F ? x + y : op === Op.SUBR8F ? x - y : x * y; pc += 5; break;
        }
        // Field updates o f v: o.f += v, o.f -= v.
        case Op.ADDR8FLD: case Op.SUBR8FLD: {
          const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt);
          const a = o + code[pc + 2]!, v = f64[(fp + code[pc + 3]!) >> 3]!;
          const x = a & 7 ? mem.view.getFloat64(a, true) : f64[a >> 3]!;
          const r = code[pc] === Op.ADDR8FLD ? x + v : x - v;
          if (a & 7) mem.view.setFloat64(a, r, true); else f64[a >> 3] = r;
          pc += 4; break;
        }
        case Op.MADDR8FLD: case Op.MSUBR8FLD: { // o f x y: o.f += x * y, o.f -= x * y
          const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt);
          const a = o + code[pc + 2]!, v = f64[(fp + code[pc + 3]!) >> 3]! * f64[(fp + code[pc + 4]!) >> 3]!;
          const x = a & 7 ? mem.view.getFloat64(a, true) : f64[a >> 3]!;
          const r = code[pc] === Op.MADDR8FLD ? x + v : x - v;
          if (a & 7) mem.view.setFloat64(a, r, true); else f64[a >> 3] = r;
          pc += 5; break;
        }
        case Op.MADDR8FLDF: case Op.MSUBR8FLDF: { // o f x p g: o.f += x * p.g, o.f -= x * p.g
          const po = i32[(fp + code[pc + 4]!) >> 2]!; if (!po) nre(rt);
          const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt);
          const pa = po + code[pc + 5]!, a = o + code[pc + 2]!;
          const v = f64[(fp + code[pc + 3]!) >> 3]! * (pa & 7 ? mem.view.getFloat64(pa, true) : f64[pa >> 3]!);
          const x = a & 7 ? mem.view.getFloat64(a, true) : f64[a >> 3]!;
          const r = code[pc] === Op.MADDR8FLDF ? x + v : x - v;
          if (a & 7) mem.view.setFloat64(a, r, true); else f64[a >> 3] = r;
          pc += 6; break;
        }
        case Op.ADDFLDI4: { // o f k: o.f += k
          const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt);
          const a = o + code[pc + 2]!;
          if (a & 3) mem.view.setInt32(a, (mem.view.getInt32(a, true) + code[pc + 3]!) | 0, true); else i32[a >> 2] = (i32[a >> 2]! + code[pc + 3]!) | 0;
          pc += 4; break;
        }
        case Op.ADDFLD4: case Op.SUBFLD4: {
          const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt);
          const a = o + code[pc + 2]!, v = i32[(fp + code[pc + 3]!) >> 2]!;
          const x = a & 3 ? mem.view.getInt32(a, true) : i32[a >> 2]!;
          const r = code[pc] === Op.ADDFLD4 ? (x + v) | 0 : (x - v) | 0;
          if (a & 3) mem.view.setInt32(a, r, true); else i32[a >> 2] = r;
          pc += 4; break;
        }
        case Op.LDFLD8: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); mov8(i32, u8, fp + code[pc + 1]!, o + code[pc + 3]!); pc += 4; break; }
        // Doubles move as float64 when 8-aligned (fields of packed structs may not be).
        case Op.LDFLD_R8: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); const a = o + code[pc + 3]!; if (a & 7) mov8(i32, u8, fp + code[pc + 1]!, a); else f64[(fp + code[pc + 1]!) >> 3] = f64[a >> 3]!; pc += 4; break; }
        case Op.STFLD_R8: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); const a = o + code[pc + 3]!; if (a & 7) mov8(i32, u8, a, fp + code[pc + 2]!); else f64[a >> 3] = f64[(fp + code[pc + 2]!) >> 3]!; pc += 4; break; }
        case Op.LDELEM_R8: {
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          f64[(fp + code[pc + 1]!) >> 3] = f64[((arr + 16) >> 3) + i]!; pc += 4; break;
        }
        case Op.MULADDELR8: { // d x arr idx c: x * arr[idx] + c (a dot product's step), the element's checks first
          const arr = i32[(fp + code[pc + 3]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 4]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          f64[(fp + code[pc + 1]!) >> 3] = f64[(fp + code[pc + 2]!) >> 3]! * f64[((arr + 16) >> 3) + i]! + f64[(fp + code[pc + 5]!) >> 3]!; pc += 6; break;
        }
        case Op.STELEM_R8: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          f64[((arr + 16) >> 3) + i] = f64[(fp + code[pc + 3]!) >> 3]!; pc += 4; break;
        }
        case Op.LDFLD_R4: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); f64[(fp + code[pc + 1]!) >> 3] = mem.view.getFloat32(o + code[pc + 3]!, true); pc += 4; break; }
        case Op.LDFLDN: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); copyBytes(i32, u8, fp + code[pc + 1]!, o + code[pc + 3]!, code[pc + 4]!); pc += 5; break; }
        case Op.STFLD1: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); u8[o + code[pc + 3]!] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 4; break; }
        case Op.STFLD2: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); mem.view.setInt16(o + code[pc + 3]!, i32[(fp + code[pc + 2]!) >> 2]!, true); pc += 4; break; }
        case Op.STFLD4: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); const a = o + code[pc + 3]!; if (a & 3) mem.view.setInt32(a, i32[(fp + code[pc + 2]!) >> 2]!, true); else i32[a >> 2] = i32[(fp + code[pc + 2]!) >> 2]!; pc += 4; break; }
        case Op.STFLDREF: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); const a = o + code[pc + 3]!; i32[a >> 2] = i32[(fp + code[pc + 2]!) >> 2]!; rt.writeBarrier(a); pc += 4; break; }
        case Op.STFLD8: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); mov8(i32, u8, o + code[pc + 3]!, fp + code[pc + 2]!); pc += 4; break; }
        case Op.STFLD_R4: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); mem.view.setFloat32(o + code[pc + 3]!, f64[(fp + code[pc + 2]!) >> 3]!, true); pc += 4; break; }
        case Op.STFLDN: { const o = i32[(fp + code[pc + 1]!) >> 2]!; if (!o) nre(rt); copyBytes(i32, u8, o + code[pc + 3]!, fp + code[pc + 2]!, code[pc + 4]!); rt.writeBarrierRange(o + code[pc + 3]!, code[pc + 4]!); pc += 5; break; }
        case Op.LDFLDA: { const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = o + code[pc + 3]!; pc += 4; break; }
        case Op.CHECKNULL: if (!i32[(fp + code[pc + 1]!) >> 2]) nre(rt); pc += 2; break;

        // ---- statics (absolute addresses) ----
        case Op.LDS_I1: i32[(fp + code[pc + 1]!) >> 2] = i8[code[pc + 2]!]!; pc += 3; break;
        case Op.LDS_U1: i32[(fp + code[pc + 1]!) >> 2] = u8[code[pc + 2]!]!; pc += 3; break;
        case Op.LDS_I2: i32[(fp + code[pc + 1]!) >> 2] = i16[code[pc + 2]! >> 1]!; pc += 3; break;
        case Op.LDS_U2: i32[(fp + code[pc + 1]!) >> 2] = u16[code[pc + 2]! >> 1]!; pc += 3; break;
        case Op.LDS4: i32[(fp + code[pc + 1]!) >> 2] = i32[code[pc + 2]! >> 2]!; pc += 3; break;
        case Op.LDS8: mov8(i32, u8, fp + code[pc + 1]!, code[pc + 2]!); pc += 3; break;
        case Op.LDS_R4: f64[(fp + code[pc + 1]!) >> 3] = f32[code[pc + 2]! >> 2]!; pc += 3; break;
        case Op.LDSN: copyBytes(i32, u8, fp + code[pc + 1]!, code[pc + 2]!, code[pc + 3]!); pc += 4; break;
        case Op.STS1: u8[code[pc + 2]!] = i32[(fp + code[pc + 1]!) >> 2]!; pc += 3; break;
        case Op.STS2: u16[code[pc + 2]! >> 1] = i32[(fp + code[pc + 1]!) >> 2]!; pc += 3; break;
        case Op.STS4: i32[code[pc + 2]! >> 2] = i32[(fp + code[pc + 1]!) >> 2]!; pc += 3; break;
        case Op.STS8: mov8(i32, u8, code[pc + 2]!, fp + code[pc + 1]!); pc += 3; break;
        case Op.STS_R4: f32[code[pc + 2]! >> 2] = f64[(fp + code[pc + 1]!) >> 3]!; pc += 3; break;
        case Op.STSN: copyBytes(i32, u8, code[pc + 2]!, fp + code[pc + 1]!, code[pc + 3]!); pc += 4; break;
        case Op.LDC_ADDR: i32[(fp + code[pc + 1]!) >> 2] = code[pc + 2]!; pc += 3; break;
        case Op.CCTOR: {
          const t = consts[code[pc + 1]!] as RuntimeType;
          if (t.cctorState === 2) { code[pc] = Op.BR; code[pc + 1] = pc + 2; pc += 2; break; } // done: patch away (one jump)
          if (t.cctorState === 3) rt.throwTypeInitFailure(t);
          if (t.cctorState === 1 || !t.cctor) { pc += 2; break; } // running (recursion) or none
          i32[(hdr + HDR_PC) >> 2] = pc + 2;
          i32[TOP_HDR] = hdr;
          rt.runClassConstructor(t);
          pc += 2;
          if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc);
          break;
        }

        // ---- arrays ----
        case Op.NEWARR: {
          const n = i32[(fp + code[pc + 2]!) >> 2]!;
          if (n < 0) rt.throwNew('System.OverflowException', 'Arithmetic operation resulted in an overflow.');
          i32[(hdr + HDR_PC) >> 2] = pc; i32[TOP_HDR] = hdr;
          if (rt.heap.finalizeQueue.length !== 0) rt.runFinalizers(); // safe point: finalizers queued by a collection
          const a = rt.objects.allocArray(consts[code[pc + 3]!] as RuntimeType, n);
          mem.i32[(fp + code[pc + 1]!) >> 2] = a; pc += 4;
          if (gen !== mem.generation) return endSlice(hdr, pc);
          break;
        }
        case Op.LDLEN: { const a = i32[(fp + code[pc + 2]!) >> 2]!; if (!a) nre(rt); i32[(fp + code[pc + 1]!) >> 2] = i32[(a + 8) >> 2]!; pc += 3; break; }
        // The most used element kinds have their own cases (no second dispatch on the kind).
        case Op.LDELEM4: {
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          i32[(fp + code[pc + 1]!) >> 2] = i32[(arr + 16 >> 2) + i]!; pc += 4; break;
        }
        case Op.LDELEM4I: { // d arr k: arr[k], a constant index
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = code[pc + 3]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          i32[(fp + code[pc + 1]!) >> 2] = i32[(arr + 16 >> 2) + i]!; pc += 4; break;
        }
        case Op.LDELEM_U1: {
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          i32[(fp + code[pc + 1]!) >> 2] = u8[arr + 16 + i]!; pc += 4; break;
        }
        // Branch on an array element: arr idx target (`if (flags[i])`, `if (a[i] != 0)`).
        case Op.BRTRUEEL4: case Op.BRFALSEEL4: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          pc = (i32[(arr + 16 >> 2) + i] !== 0) === (code[pc] === Op.BRTRUEEL4) ? code[pc + 3]! : pc + 4; break;
        }
        case Op.BRTRUEELU1: case Op.BRFALSEELU1: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          pc = (u8[arr + 16 + i] !== 0) === (code[pc] === Op.BRTRUEELU1) ? code[pc + 3]! : pc + 4; break;
        }
        case Op.LDELEM_I1: case Op.LDELEM_I2: case Op.LDELEM_U2: case Op.LDELEM8: case Op.LDELEM_R4: {
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          const d = fp + code[pc + 1]!;
          switch (code[pc]) {
            case Op.LDELEM_I1: i32[d >> 2] = i8[arr + 16 + i]!; break;
            case Op.LDELEM_I2: i32[d >> 2] = i16[(arr + 16 >> 1) + i]!; break;
            case Op.LDELEM_U2: i32[d >> 2] = u16[(arr + 16 >> 1) + i]!; break;
            case Op.LDELEM8: { const s = (arr + 16 >> 2) + 2 * i; i32[d >> 2] = i32[s]!; i32[(d >> 2) + 1] = i32[s + 1]!; break; }
            default: f64[d >> 3] = f32[(arr + 16 >> 2) + i]!; break;
          }
          pc += 4; break;
        }
        case Op.LDELEMN: {
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          const size = code[pc + 4]!;
          copyBytes(i32, u8, fp + code[pc + 1]!, arr + 16 + i * size, size); pc += 5; break;
        }
        case Op.STELEM4: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          i32[(arr + 16 >> 2) + i] = i32[(fp + code[pc + 3]!) >> 2]!; pc += 4; break;
        }
        case Op.MOVEL4: { // da di sa si: da[di] = sa[si] (int32-sized value elements), the load's checks first
          const s = i32[(fp + code[pc + 3]!) >> 2]!; if (!s) nre(rt);
          const j = i32[(fp + code[pc + 4]!) >> 2]!;
          if ((j >>> 0) >= (i32[(s + 8) >> 2]! >>> 0)) ioore(rt);
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          i32[(arr + 16 >> 2) + i] = i32[(s + 16 >> 2) + j]!; pc += 5; break;
        }
        case Op.SWAPEL4: { // a i j t: t = a[i]; a[i] = a[j]; a[j] = t (int32-sized value elements), t written before j is checked
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!, j = i32[(fp + code[pc + 3]!) >> 2]!, len = i32[(arr + 8) >> 2]! >>> 0;
          if ((i >>> 0) >= len) ioore(rt);
          const base = arr + 16 >> 2, t = i32[base + i]!;
          i32[(fp + code[pc + 4]!) >> 2] = t;
          if ((j >>> 0) >= len) ioore(rt);
          i32[base + i] = i32[base + j]!; i32[base + j] = t; pc += 5; break;
        }
        case Op.STELEM1: case Op.STELEM2: case Op.STELEM8: case Op.STELEM_R4: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          const v = fp + code[pc + 3]!;
          switch (code[pc]) {
            case Op.STELEM1: u8[arr + 16 + i] = i32[v >> 2]!; break;
            case Op.STELEM2: u16[(arr + 16 >> 1) + i] = i32[v >> 2]!; break;
            case Op.STELEM8: { const d = (arr + 16 >> 2) + 2 * i; i32[d] = i32[v >> 2]!; i32[d + 1] = i32[(v >> 2) + 1]!; break; }
            default: f32[(arr + 16 >> 2) + i] = f64[v >> 3]!; break;
          }
          pc += 4; break;
        }
        case Op.STELEMI1: { // arr idx imm: a constant into a byte/bool array
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          u8[arr + 16 + i] = code[pc + 3]!; pc += 4; break;
        }
        // arr idx imm d a b c T F: arr[idx] = imm (a byte), then d = a + b; to T if d < c (d <= c), else F.
        case Op.STI1ADDBLT4: case Op.STI1ADDBLE4: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          u8[arr + 16 + i] = code[pc + 3]!;
          const v = (i32[(fp + code[pc + 5]!) >> 2]! + i32[(fp + code[pc + 6]!) >> 2]!) | 0, c = i32[(fp + code[pc + 7]!) >> 2]!;
          i32[(fp + code[pc + 4]!) >> 2] = v;
          pc = (code[pc] === Op.STI1ADDBLT4 ? v < c : v <= c) ? code[pc + 8]! : code[pc + 9]!; break;
        }
        case Op.STELEMI: { // arr idx imm width: a constant into a primitive array
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          const v = code[pc + 3]!, w = code[pc + 4]!;
          if (w === 1) u8[arr + 16 + i] = v; else if (w === 2) u16[(arr + 16 >> 1) + i] = v; else i32[(arr + 16 >> 2) + i] = v;
          pc += 5; break;
        }
        case Op.STELEMN: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          const size = code[pc + 4]!;
          copyBytes(i32, u8, arr + 16 + i * size, fp + code[pc + 3]!, size); rt.writeBarrierRange(arr + 16 + i * size, size); pc += 5; break;
        }
        case Op.STELEMREF: {
          const arr = i32[(fp + code[pc + 1]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 2]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          const v = i32[(fp + code[pc + 3]!) >> 2]!;
          if (v) rt.checkArrayStore(arr, v); // array covariance (ECMA-335 III.4.26)
          i32[(arr + 16 >> 2) + i] = v; rt.writeBarrier(arr + 16 + 4 * i); pc += 4; break;
        }
        case Op.ARRAY_OP: {
          i32[(hdr + HDR_PC) >> 2] = pc; i32[TOP_HDR] = hdr;
          rt.mdArrayOp(consts[code[pc + 1]!] as { kind: string; type: RuntimeType; nargs?: number }, fp + code[pc + 2]!, fp + code[pc + 3]!);
          pc += 4;
          if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc);
          break;
        }
        case Op.LDELEM_FLD4: { // d arr idx elemSize fieldOffset: a 4-byte field of a struct array element
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          const a = arr + 16 + i * code[pc + 4]! + code[pc + 5]!;
          i32[(fp + code[pc + 1]!) >> 2] = a & 3 ? mem.view.getInt32(a, true) : i32[a >> 2]!; pc += 6; break;
        }
        case Op.LDELEMA: {
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          i32[(fp + code[pc + 1]!) >> 2] = arr + 16 + i * code[pc + 4]!; pc += 5; break;
        }
        case Op.LDELEMA_REF: { // d arr idx elementMT: ldelema of a reference type, the array's element type exactly that
          const arr = i32[(fp + code[pc + 2]!) >> 2]!; if (!arr) nre(rt);
          const i = i32[(fp + code[pc + 3]!) >> 2]!;
          if ((i >>> 0) >= (i32[(arr + 8) >> 2]! >>> 0)) ioore(rt);
          if (i32[(i32[(arr + OBJ_MT) >> 2]! + MT_ELEMENT) >> 2] !== code[pc + 4]) rt.throwNew('System.ArrayTypeMismatchException');
          i32[(fp + code[pc + 1]!) >> 2] = arr + 16 + 4 * i; pc += 5; break;
        }

        // ---- objects ----
        case Op.NEWOBJ: {
          const ctor = consts[code[pc + 1]!] as RuntimeMethod;
          const at = fp + code[pc + 2]!, argBytes = code[pc + 3]!;
          const frame = fp + code[pc + 4]!; // `this` slot of the constructor's frame (one slot above the result)
          // While allocating, the stack top covers the arguments (copied into the constructor's frame next).
          const sp0 = i32[SP]!, spArgs = Math.max(sp0, frame + 8 + argBytes + 8);
          i32[(hdr + HDR_PC) >> 2] = pc; i32[SP] = spArgs; i32[TOP_HDR] = hdr;
          if (rt.heap.finalizeQueue.length !== 0) rt.runFinalizers(); // safe point: finalizers queued by a collection
          const obj = rt.objects.allocObject(ctor.owner);
          const w = mem.i32; // the views are stale if the allocation grew memory
          copyBytes(w, mem.u8, frame + 8, at, argBytes);
          w[frame >> 2] = obj;
          w[at >> 2] = obj;
          w[SP] = sp0; // a managed constructor's frame saves the caller's own stack top
          pc += 5;
          {
            const cic = enterCallee(rt, hdr, pc, spArgs, ctor, frame);
            if (cic !== null) { hdr = frame + cic.argsSize; fp = frame; pc = cic.base; } else mem.i32[SP] = sp0;
            if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc);
          }
          break;
        }
        case Op.ALLOC: { // d type: a new object for an inlined constructor
          i32[(hdr + HDR_PC) >> 2] = pc; i32[TOP_HDR] = hdr;
          if (rt.heap.finalizeQueue.length !== 0) rt.runFinalizers(); // safe point, as in NEWOBJ
          const obj = rt.objects.allocObject(consts[code[pc + 2]!] as RuntimeType);
          mem.i32[(fp + code[pc + 1]!) >> 2] = obj; pc += 3;
          if (gen !== mem.generation) return endSlice(hdr, pc);
          break;
        }
        case Op.NEWVT: {
          const ctor = consts[code[pc + 1]!] as RuntimeMethod;
          const at = fp + code[pc + 2]!, argBytes = code[pc + 3]!;
          const frame = fp + code[pc + 4]!, size = code[pc + 5]!;
          copyBytes(i32, u8, frame + 8, at, argBytes);
          zeroBytes(i32, u8, at, size);
          i32[frame >> 2] = at; // `this` is a byref to the result slot
          pc += 6;
          { const cic = enterCallee(rt, hdr, pc, i32[SP]!, ctor, frame); if (cic !== null) { hdr = frame + cic.argsSize; fp = frame; pc = cic.base; } if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc); }
          break;
        }
        case Op.BOX: {
          const t = consts[code[pc + 3]!] as RuntimeType;
          let src = code[pc + 2]!;
          // A negative source encodes "the value lives at the address held in slot (-1 - src)".
          src = src < 0 ? i32[(fp + (-1 - src)) >> 2]! : fp + src;
          i32[(hdr + HDR_PC) >> 2] = pc; i32[TOP_HDR] = hdr;
          if (rt.heap.finalizeQueue.length !== 0) rt.runFinalizers(); // safe point: finalizers queued by a collection
          const o = rt.objects.box(t, src);
          mem.i32[(fp + code[pc + 1]!) >> 2] = o; pc += 4;
          if (gen !== mem.generation) return endSlice(hdr, pc);
          break;
        }
        case Op.UNBOX: {
          const o = i32[(fp + code[pc + 2]!) >> 2]!;
          if (!o) nre(rt);
          const t = consts[code[pc + 3]!] as RuntimeType;
          i32[(fp + code[pc + 1]!) >> 2] = rt.unboxAddress(o, t); pc += 4; break;
        }
        case Op.UNBOX_ANY: {
          const o = i32[(fp + code[pc + 2]!) >> 2]!;
          const t = consts[code[pc + 3]!] as RuntimeType;
          rt.unboxInto(o, t, fp + code[pc + 1]!); pc += 4; if (gen !== mem.generation) return endSlice(hdr, pc); break;
        }
        case Op.ISINST: {
          const o = i32[(fp + code[pc + 2]!) >> 2]!;
          i32[(fp + code[pc + 1]!) >> 2] = o && rt.isInstance(o, consts[code[pc + 3]!] as RuntimeType) ? o : 0; pc += 4; break;
        }
        case Op.CASTCLASS: {
          const o = i32[(fp + code[pc + 2]!) >> 2]!;
          if (o && !rt.isInstance(o, consts[code[pc + 3]!] as RuntimeType)) rt.throwInvalidCast(o, consts[code[pc + 3]!] as RuntimeType);
          i32[(fp + code[pc + 1]!) >> 2] = o; pc += 4; break;
        }
        case Op.LDSTR: i32[(fp + code[pc + 1]!) >> 2] = code[pc + 2]!; pc += 3; break;
        case Op.LDTOKEN: i32[(fp + code[pc + 1]!) >> 2] = rt.fieldHandle(consts[code[pc + 2]!]); pc += 3; break;
        case Op.LDVIRTFTN: {
          const o = i32[(fp + code[pc + 2]!) >> 2]!; if (!o) nre(rt);
          const site = consts[code[pc + 3]!] as CallSite;
          i32[(fp + code[pc + 1]!) >> 2] = ((site.method.genericDef ?? site.method).slot >= 0 || site.iface) ? dispatchVirtual(rt, i32, site, o).id : site.method.id; pc += 4; break;
        }
        case Op.INITOBJ: { const a = i32[(fp + code[pc + 1]!) >> 2]!; if (a < GUARD) nre(rt); zeroBytes(i32, u8, a, code[pc + 2]!); pc += 3; break; }
        case Op.CPOBJ: { const d = i32[(fp + code[pc + 1]!) >> 2]!, s = i32[(fp + code[pc + 2]!) >> 2]!; if (d < GUARD || s < GUARD) nre(rt); copyBytes(i32, u8, d, s, code[pc + 3]!); rt.writeBarrierRange(d, code[pc + 3]!); pc += 4; break; }
        case Op.LOCALLOC: {
          const n = i32[(fp + code[pc + 2]!) >> 2]!;
          i32[(fp + code[pc + 1]!) >> 2] = rt.localloc(hdr, fp + code[pc + 3]!, n); pc += 4;
          return endSlice(hdr, pc); // the block came off the top of the shadow stack: the next slice reads the new stackEnd
        }
        case Op.CPBLK: { const d = i32[(fp + code[pc + 1]!) >> 2]!, s = i32[(fp + code[pc + 2]!) >> 2]!, n = i32[(fp + code[pc + 3]!) >> 2]! >>> 0; if (n && (d < GUARD || s < GUARD)) nre(rt); copyBytes(i32, u8, d, s, n); pc += 4; break; }
        case Op.INITBLK: { const d = i32[(fp + code[pc + 1]!) >> 2]!, n = i32[(fp + code[pc + 3]!) >> 2]! >>> 0; if (n && d < GUARD) nre(rt); u8.fill(i32[(fp + code[pc + 2]!) >> 2]! & 0xff, d, d + n); pc += 4; break; }
        case Op.SIZEOF: i32[(fp + code[pc + 1]!) >> 2] = code[pc + 2]!; pc += 3; break;

        // ---- calls ----
        // CALLADDI s k callee at: the first argument is s + k (`f(n - 1)`), then a CALL.
        case Op.CALLADDI: i32[(fp + code[pc + 4]!) >> 2] = (i32[(fp + code[pc + 1]!) >> 2]! + code[pc + 2]!) | 0; pc += 2; // falls through
        case Op.CALLNN: if (code[opPc] === Op.CALLNN && !i32[(fp + code[pc + 2]!) >> 2]) nre(rt); // falls through: a checked CALL
        case Op.CALL: {
          const callee = consts[code[pc + 1]!] as RuntimeMethod;
          const at = fp + code[pc + 2]!;
          pc += 3;
          const cic = callee.code as InterpCode | null;
          if (cic === null || callee.native !== false) {
            const cic = enterCallee(rt, hdr, pc, i32[SP]!, callee, at);
            if (cic !== null) {
              // A managed callee: from now on this site calls its code directly (CALLF).
              patchCall(code, heap, opPc, cic);
              hdr = at + cic.argsSize; fp = at; pc = cic.base;
            }
            if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc);
            break;
          }
          patchCall(code, heap, opPc, cic);
          hdr = pushFrame(rt, i32, u8, stackEnd, hdr, pc, cic, at); fp = at; pc = cic.base;
          if (cic.end > code.length) return endSlice(hdr, pc); // placed after this slice took the code array
          break;
        }
        case Op.CALLFADDI: i32[(fp + code[pc + 4]!) >> 2] = (i32[(fp + code[pc + 1]!) >> 2]! + code[pc + 2]!) | 0; pc += 2; // falls through
        case Op.CALLFNN: if (code[opPc] === Op.CALLFNN && !i32[(fp + code[pc + 2]!) >> 2]) nre(rt); // falls through: a checked CALLF
        case Op.CALLF: { // k(InterpCode) at: a call to transformed managed code (a CALL patched on first use)
          const cic = consts[code[pc + 1]!] as InterpCode;
          const at = fp + code[pc + 2]!;
          hdr = pushFrame(rt, i32, u8, stackEnd, hdr, pc + 3, cic, at); fp = at; pc = cic.base;
          if (cic.end > code.length) return endSlice(hdr, pc); // placed after this slice took the code array
          break;
        }
        case Op.CALLN: { const callee = consts[code[pc + 1]!] as RuntimeMethod; const at = fp + code[pc + 2]!; pc += 3; enterCallee(rt, hdr, pc, i32[SP]!, callee, at); if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc); break; }
        case Op.CALLVIRT: case Op.CALLIFACE: {
          const site = consts[code[pc + 1]!] as CallSite;
          const at = fp + code[pc + 2]!;
          const obj = i32[at >> 2]!;
          if (!obj) nre(rt);
          pc += 3;
          let tic = site.cacheCode;
          if (tic === null || site.cacheType !== i32[(i32[(obj + OBJ_MT) >> 2]! + MT_TYPE_ID) >> 2]) {
            const target = dispatchVirtual(rt, i32, site, obj);
            // A value type's own override expects a byref to the value, not the box (an unboxing stub).
            const k = target.owner.kind;
            site.cacheUnbox = k === Kind.ValueType || k === Kind.Primitive || k === Kind.Enum;
            // A value type with a precise type initializer runs it before the first call of one of
            // its instance methods, through a box too (ECMA-335 II.10.5.3.1). Only on a cache miss:
            // the cache is filled after it has run. Then the call starts again.
            const owner = target.owner;
            if (site.cacheUnbox && owner.cctorState !== 2 && (owner.flags & 0x100000) === 0 && rt.needsCctor(owner)) {
              if (owner.cctorState === 3) rt.throwTypeInitFailure(owner);
              if (owner.cctorState === 0) {
                i32[(hdr + HDR_PC) >> 2] = pc;
                i32[TOP_HDR] = hdr;
                rt.runClassConstructor(owner);
                return endSlice(hdr, pc - 3);
              }
            }
            if (site.cacheUnbox) i32[at >> 2] = obj + 8;
            tic = target.code as InterpCode | null;
            // Not transformed yet, or a native: the slow way (site.cacheCode stays null until the target has code).
            if (tic === null || target.native !== false) {
              const cic = enterCallee(rt, hdr, pc, i32[SP]!, target, at);
              if (cic !== null) { hdr = at + cic.argsSize; fp = at; pc = cic.base; }
              if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc);
              break;
            }
            site.cacheCode = tic;
          } else if (site.cacheUnbox) i32[at >> 2] = obj + 8;
          // An already transformed target: the same fast path as CALL.
          hdr = pushFrame(rt, i32, u8, stackEnd, hdr, pc, tic, at); fp = at; pc = tic.base;
          if (tic.end > code.length) return endSlice(hdr, pc); // placed after this slice took the code array
          break;
        }
        case Op.CALLI: {
          const id = i32[(fp + code[pc + 1]!) >> 2]!;
          const at = fp + code[pc + 2]!;
          pc += 4;
          { const cic = enterCallee(rt, hdr, pc, i32[SP]!, methods[id]!, at); if (cic !== null) { hdr = at + cic.argsSize; fp = at; pc = cic.base; } if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc); }
          break;
        }
        case Op.CALLDELEGATE: {
          const invoke = consts[code[pc + 1]!] as RuntimeMethod;
          const at = fp + code[pc + 2]!;
          const del = i32[at >> 2]!;
          if (!del) nre(rt);
          pc += 3;
          // Multicast targets run nested: the frame chain must show where this frame is.
          i32[(hdr + HDR_PC) >> 2] = pc; i32[TOP_HDR] = hdr;
          const target = rt.prepareDelegateCall(del, invoke, at);
          if (target) { const cic = enterCallee(rt, hdr, pc, i32[SP]!, target, at); if (cic !== null) { hdr = at + cic.argsSize; fp = at; pc = cic.base; } if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc); }
          else if (gen !== mem.generation || cgen !== heap.generation) return endSlice(hdr, pc); // multicast: run to completion by the runtime
          break;
        }
        // RETIF4I a k kind: return (the result is in place) if a <, <=, >, >=, ==, != k (kind 0-5).
        case Op.RETIF4I: if (!i32Compare(code[pc + 3]!, i32[(fp + code[pc + 1]!) >> 2]!, code[pc + 2]!)) { pc += 4; break; } // falls through
        case Op.RET: case Op.RET4: case Op.RETI4: case Op.RET8: case Op.RETN: {
          const op = code[pc]!;
          if (op !== Op.RET && op !== Op.RETIF4I) {
            if (op === Op.RET4) i32[fp >> 2] = i32[(fp + code[pc + 1]!) >> 2]!;
            else if (op === Op.RETI4) i32[fp >> 2] = code[pc + 1]!;
            else if (op === Op.RET8) { const s = (fp + code[pc + 1]!) >> 2; i32[fp >> 2] = i32[s]!; i32[(fp >> 2) + 1] = i32[s + 1]!; }
            else copyBytes(i32, u8, fp, fp + code[pc + 1]!, code[pc + 2]!);
          }
          if (hdr === entryHdr) { i32[TOP_HDR] = i32[(hdr + HDR_PREV) >> 2]!; return 0; }
          // The caller's frame: its header, fp and pc, and the stack top saved when this frame was pushed.
          i32[SP] = i32[(hdr + HDR_CALLER_SP) >> 2]!;
          hdr = i32[(hdr + HDR_PREV) >> 2]!;
          fp = i32[(hdr + HDR_FP) >> 2]!;
          pc = i32[(hdr + HDR_PC) >> 2]!;
          i32[TOP_HDR] = hdr;
          break;
        }

        // ---- exceptions ----
        case Op.THROW: {
          const ex = i32[(fp + code[pc + 1]!) >> 2]!;
          if (!ex) nre(rt);
          // Straight to the unwinder, without a JS throw (the exception address is the error).
          rt.freshThrow = true;
          sliceAt.hdr = hdr; sliceAt.pc = opPc; sliceAt.error = ex;
          return SLICE_THREW;
        }
        case Op.RETHROW:
          rt.freshThrow = false;
          sliceAt.hdr = hdr; sliceAt.pc = opPc; sliceAt.error = i32[(fp + code[pc + 1]!) >> 2]!;
          return SLICE_THREW;
        case Op.LEAVE_TO: i32[(fp + code[pc + 1]!) >> 2] = code[pc + 2]!; pc = code[pc + 3]!; break;
        case Op.ENDFINALLY: {
          const c = i32[(fp + code[pc + 1]!) >> 2]!;
          if (c >= 0) { pc = c; break; }
          return 0; // a finally run by the unwinder is done
        }
        case Op.ENDFILTER: return i32[(fp + code[pc + 1]!) >> 2]!;
        case Op.THROW_ERROR: rt.throwResolutionError(consts[code[pc + 1]!] as Error); break;
        default:
          throw new Error(`interpreter: bad op ${code[pc]} at ${pc} in ${methods[i32[(hdr + HDR_METHOD) >> 2]!]!.name}`);
      }
    }
  } catch (e) {
    sliceAt.hdr = hdr; sliceAt.pc = opPc; sliceAt.error = e;
    return SLICE_THREW;
  }
}
