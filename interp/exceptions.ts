import type { Runtime } from '../lib/runtime/runtime.js';
import { HDR_CALLER_SP, HDR_FP, HDR_METHOD, HDR_PC, HDR_PREV, type InterpCode, type InterpEH } from './code.js';
import { execute } from './interpreter.js';

/** Where the first pass found a handler. */
export interface HandlerTarget { ex: number; hdr: number; clause: number }

/** Thrown (as a JS error) when the first pass finds no handler: the process ends, finallys do not run. */
export class UnhandledException extends Error {
  constructor(readonly ex: number) { super('unhandled managed exception'); }
}

/** finally/fault blocks being run by the unwinder, innermost last: the frame and the block's code range. */
interface Block { hdr: number; start: number; end: number }
const blocks: Block[] = [];
/** The block whose nested run an exception is leaving (its handler is outside the block). */
let escaping: Block | null = null;

/**
 * For execute()'s catch: does the pending exception leave this run? It does when unwinding
 * continues below the run's entry frame, or when it escapes the finally block this run executes.
 */
export function leavesRun(rt: Runtime, entryHdr: number): boolean {
  if (!rt.pending) return false;
  if (rt.unwindFrom < entryHdr) return true;
  return escaping !== null && blocks.length > 0 && blocks[blocks.length - 1] === escaping;
}

const prevOf = (rt: Runtime, h: number) => rt.mem.i32[(h + HDR_PREV) >> 2]!;
const codeOf = (rt: Runtime, h: number) => rt.ts.methods[rt.mem.i32[(h + HDR_METHOD) >> 2]!]!.code as InterpCode;
/** The code index inside the instruction the frame was executing (saved pcs point one past it). */
const pcOf = (rt: Runtime, h: number) => rt.mem.i32[(h + HDR_PC) >> 2]! - 1;

/**
 * .NET's two-pass exception dispatch over the frame chain in linear memory.
 * Pass 1 walks from `from` towards the bottom, running filters, until a clause accepts the
 * exception. Pass 2 runs finally/fault blocks innermost first, popping frames, then resumes in
 * the handler. When the handler lies below `entryHdr` (an outer execute() owns it), this run's
 * frames are unwound and the exception is thrown out with the target remembered in rt.pending.
 */
export function dispatch(rt: Runtime, ex: number, from: number, entryHdr: number, fresh: boolean): { hdr: number; pc: number } {
  // Filters and finally blocks run managed code (and so may collect) while the exception is
  // held only here: keep it rooted until it lands in the handler's frame.
  rt.inflight.push(ex);
  try {
    return dispatchRooted(rt, ex, from, entryHdr, fresh);
  } finally {
    rt.inflight.pop();
  }
}

function dispatchRooted(rt: Runtime, ex: number, from: number, entryHdr: number, fresh: boolean): { hdr: number; pc: number } {
  let target = rt.pending && rt.pending.ex === ex ? rt.pending : null;
  escaping = null;
  if (!target) {
    const frames: number[] = [];
    target = firstPass(rt, ex, from, frames);
    if (fresh) rt.setStackTrace(ex, frames);
    if (!target) {
      // Nothing catches it down to the bottom of the chain. If that is a filter (whose run
      // counts the exception as false) or a type initializer (whose caller wraps it), the
      // boundary acts as the handler. Otherwise it is truly unhandled: like CoreCLR, raise
      // AppDomain.UnhandledException and print the report. Either way the second pass then
      // runs the finally blocks down to the bottom (inside a filter, only those within the
      // filter block). A finally that throws replaces the exception: if the new one is
      // caught, the program goes on (CoreCLR does this too, after the report).
      const bottom = frames[frames.length - 1] ?? 0;
      if (!rt.filterFrames.has(bottom) && !rt.barrierFrames.has(bottom)) rt.reportUnhandled(ex);
      for (let h = from; h !== 0; h = prevOf(rt, h)) runFinallys(rt, h, pcOf(rt, h), Infinity, ex, entryHdr, rt.filterFrames.get(h));
      throw new UnhandledException(ex);
    }
  }
  rt.pending = null;
  if (from < entryHdr) { rt.pending = target; rt.unwindFrom = from; throw rt.managedError(ex); }
  // A nested run of a finally block may only resume inside that block. A handler elsewhere in
  // the same frame belongs to the run that started the finally: unwind this run's frames and
  // hand the exception out, to continue from this frame.
  const block = blocks.length ? blocks[blocks.length - 1]! : null;
  if (block && block.hdr === entryHdr && target.hdr === entryHdr) {
    const hs = codeOf(rt, entryHdr).eh[target.clause]!.handlerStart;
    if (hs < block.start || hs >= block.end) {
      for (let h = from; h !== entryHdr; h = prevOf(rt, h)) runFinallys(rt, h, pcOf(rt, h), Infinity, ex, entryHdr);
      rt.pending = target;
      rt.unwindFrom = entryHdr;
      escaping = block;
      throw rt.managedError(ex);
    }
  }
  let h = from;
  while (h !== target.hdr) {
    runFinallys(rt, h, pcOf(rt, h), Infinity, ex, entryHdr);
    if (h === entryHdr) {
      rt.pending = target;
      rt.unwindFrom = prevOf(rt, h);
      throw rt.managedError(ex);
    }
    h = prevOf(rt, h);
    if (h === 0) throw new UnhandledException(ex); // the handler frame vanished (cannot happen when pass 1 found it)
  }
  runFinallys(rt, h, pcOf(rt, h), target.clause, ex, entryHdr);
  const ic = codeOf(rt, h);
  const clause = ic.eh[target.clause]!;
  const fp = rt.mem.i32[(h + HDR_FP) >> 2]!;
  rt.mem.i32[(fp + clause.exSlot) >> 2] = ex;
  rt.mem.i32[(fp + clause.savedExSlot) >> 2] = ex;
  return { hdr: h, pc: clause.handlerStart };
}

function covers(c: InterpEH, pc: number): boolean { return pc >= c.tryStart && pc < c.tryEnd; }

function firstPass(rt: Runtime, ex: number, from: number, frames: number[]): HandlerTarget | null {
  for (let h = from; h !== 0; h = prevOf(rt, h)) {
    frames.push(h);
    const ic = codeOf(rt, h);
    const pc = pcOf(rt, h);
    // In a frame running a filter, only handlers inside the filter block may catch: the
    // method's own handlers around it must not (the filter then counts as false).
    const filter = rt.filterFrames.get(h);
    for (let i = 0; i < ic.eh.length; i++) {
      const c = ic.eh[i]!;
      if (!covers(c, pc)) continue;
      if (filter && (c.tryStart < filter[0] || c.tryEnd > filter[1])) continue;
      if (c.kind === 0 && rt.isInstance(ex, c.catchType!)) return { ex, hdr: h, clause: i };
      if (c.kind === 1 && runFilter(rt, h, ic, c, ex)) return { ex, hdr: h, clause: i };
    }
  }
  return null;
}

/**
 * Runs a filter in its own frame while the frames above it (up to the throw site) are still
 * live. Those frames share memory with the frame's evaluation stack and what lies beyond, where
 * the filter's own stack and callees go: they are parked in JS (a GC root) and put back after.
 * The frame's arguments and locals stay in place, so the filter sees and makes every write the
 * method would (also through refs taken before the throw). A chain barrier (no previous frame)
 * keeps an exception inside the filter from escaping it: a filter that throws counts as false
 * (ECMA-335 II.19).
 */
function runFilter(rt: Runtime, h: number, ic: InterpCode, c: InterpEH, ex: number): boolean {
  let i32 = rt.mem.i32;
  const fp = i32[(h + HDR_FP) >> 2]!;
  const savedTop = rt.topHdr, savedSp = rt.sp;
  const from = fp + ic.localsOffset + ic.localsSize; // clause slots, then the evaluation stack
  const to = Math.max(savedSp, fp + ic.frameSize);
  const parked = i32.slice(from >> 2, (to + 3) >> 2);
  const header = [i32[(h + HDR_PREV) >> 2]!, i32[(h + HDR_PC) >> 2]!, i32[(h + HDR_CALLER_SP) >> 2]!];
  rt.parkedFrames.push(parked);
  i32[(h + HDR_PREV) >> 2] = 0;
  i32[(fp + c.exSlot) >> 2] = ex;
  rt.topHdr = h; rt.sp = fp + ic.frameSize;
  let verdict = 0;
  rt.filterFrames.set(h, [c.filterStart, c.handlerStart]);
  try {
    verdict = execute(rt, h, c.filterStart);
  } catch (e) {
    if (!rt.isManagedError(e) && !(e instanceof UnhandledException)) throw e;
    rt.pending = null;
    verdict = 0;
  } finally {
    rt.filterFrames.delete(h);
    i32 = rt.mem.i32; // the memory may have grown
    i32.set(parked, from >> 2);
    rt.parkedFrames.pop();
    i32[(h + HDR_PREV) >> 2] = header[0]!; i32[(h + HDR_PC) >> 2] = header[1]!; i32[(h + HDR_CALLER_SP) >> 2] = header[2]!;
    rt.topHdr = savedTop; rt.sp = savedSp;
  }
  return verdict !== 0;
}

/**
 * Runs, innermost first, the finally/fault clauses of frame h that cover pc (only those before
 * `limit`, and only those inside `within` when given: a filter block's range).
 */
function runFinallys(rt: Runtime, h: number, pc: number, limit: number, ex: number, entryHdr: number, within?: [number, number]): void {
  const ic = codeOf(rt, h);
  const fp = rt.mem.i32[(h + HDR_FP) >> 2]!;
  for (let i = 0; i < ic.eh.length && i < limit; i++) {
    const c = ic.eh[i]!;
    if ((c.kind !== 2 && c.kind !== 4) || !covers(c, pc)) continue;
    if (within && (c.tryStart < within[0] || c.tryEnd > within[1])) continue;
    rt.mem.i32[(fp + c.contSlot) >> 2] = -1;
    rt.topHdr = h; rt.sp = fp + ic.frameSize;
    rt.mem.i32[(h + HDR_PC) >> 2] = c.handlerStart + 1;
    blocks.push({ hdr: h, start: c.handlerStart, end: c.handlerEnd });
    try {
      execute(rt, h, c.handlerStart);
    } finally {
      blocks.pop();
    }
  }
  void ex; void entryHdr;
}
