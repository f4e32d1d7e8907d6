/**
 * All interpreter code of a runtime in one Int32Array, and one constant pool. The dispatch loop
 * holds both in registers across calls and returns; with an array per method, V8 reloads and
 * rechecks the array on every op after a call. A code index (pc, branch target, EH bound,
 * finally continuation) is a position in this array, so one method's code starts at its `base`.
 */
export class CodeHeap {
  /** Replaced by a larger copy when full (generation changes): a running loop must then re-read it. */
  declare code: Int32Array;
  used = 0;
  generation = 0;
  readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();

  constructor(initialLength = 1 << 16) {
    this.code = new Int32Array(initialLength);
  }

  /** The pool index of `value`, shared by every use of the same value (not for numbers: a Map merges -0 and 0). */
  constant(value: unknown): number {
    let i = this.constIndex.get(value);
    if (i === undefined) { i = this.consts.length; this.consts.push(value); this.constIndex.set(value, i); }
    return i;
  }

  /** A fresh pool entry (per-site state such as an inline cache, or a number). */
  fresh(value: unknown): number {
    this.consts.push(value);
    return this.consts.length - 1;
  }

  /** Reserves `n` code slots and returns where they start; the caller then writes them with `write`. */
  reserve(n: number): number {
    const base = this.used;
    if (base + n > this.code.length) {
      let size = this.code.length * 2;
      while (size < base + n) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.code.subarray(0, base));
      this.code = grown;
      this.generation++;
    }
    this.used = base + n;
    return base;
  }

  write(base: number, code: ArrayLike<number>): void {
    this.code.set(code, base);
  }

  /** The code placed from `base` to `end` (as it runs now: calls patched on first use), for listings. */
  slice(base: number, end: number): Int32Array {
    return this.code.subarray(base, end);
  }
}
