import type { RuntimeMethod, RuntimeType } from '../lib/types/descriptors.js';

/** Frame header, right after the arguments (runtime contract shared with compiled code). */
export const HDR_PREV = 0;      // caller's header address (0 for the bottom frame)
export const HDR_METHOD = 4;    // RuntimeMethod id
export const HDR_PC = 8;        // interpreter pc saved when this frame calls out
export const HDR_FP = 12;       // this frame's fp (start of its arguments)
export const HDR_CALLER_SP = 16; // the shadow-stack top when the frame was pushed by a call (restored by the return)
export const HEADER_SIZE = 24;

/** An exception-handling region with its IL offsets mapped to interpreter code indices. */
export interface InterpEH {
  kind: number;            // 0 catch, 1 filter, 2 finally, 4 fault (ECMA-335 II.25.4.6)
  tryStart: number; tryEnd: number;
  handlerStart: number; handlerEnd: number;
  filterStart: number;
  catchType: RuntimeType | null;
  contSlot: number;        // frame offset of this finally's continuation (code index, or -1: back to the unwinder)
  exSlot: number;          // frame offset where the exception object is placed on handler/filter entry
  savedExSlot: number;     // frame offset keeping the caught exception for rethrow (not an eval-stack slot)
}

/** A method transformed for the interpreter. */
export interface InterpCode {
  method: RuntimeMethod;
  /** Where the code starts in the runtime's CodeHeap (its entry pc); every code index below is a heap position. */
  base: number;
  /** base + code length: the code is in a code-heap array when `end <= array.length`. */
  end: number;
  /** The method's id (what a frame header records; kept here so a call needs no second lookup). */
  methodId: number;
  argsSize: number;        // bytes of arguments at fp+0
  frameSize: number;       // bytes from fp to the end of the deepest stack slot or scratch area
  localsOffset: number;
  localsSize: number;
  initLocals: boolean;
  eh: InterpEH[];
  /** Pairs [code index, IL offset] sorted by code index, for stack traces. */
  ilMap: Int32Array;
}

/**
 * A call site's inline cache: the last receiver type and where it dispatched; when that target
 * is transformed managed code, its code and whether `this` must be unboxed (a value type's own
 * method), so a repeated receiver type calls it without a lookup.
 */
export interface CallSite {
  method: RuntimeMethod; cacheType: number; cacheTarget: RuntimeMethod | null; iface: RuntimeType | null; index: number;
  cacheCode: InterpCode | null; cacheUnbox: boolean;
}

