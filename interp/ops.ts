/**
 * The interpreter's internal instruction set. Its one definition is interp/op-defs.json (name and
 * operand count); scripts/gen-ops.mjs turns it into the const enum `Op` used by the transform and
 * the dispatch loop. Operands are frame offsets in bytes (d = destination, a/b = sources),
 * immediates, code indices (branch targets) or indices into the method's constant pool (k).
 */
import { OP_ARGS, OP_NAMES } from './op.generated.js';
export { Op, OP_ARGS, OP_NAMES, OP_WRITES_DST } from './op.generated.js';

/** Human-readable listing of interpreter code placed at `base` in the code heap (branch targets are heap positions), for --dump-interp and tests. */
export function dumpCode(code: Int32Array, base = 0): string {
  const lines: string[] = [];
  let pc = 0;
  while (pc < code.length) {
    const op = code[pc]!;
    let n = OP_ARGS[op]!;
    if (n < 0) n = 2 + code[pc + 2]!; // SWITCH: a n targets...
    lines.push(`${String(base + pc).padStart(5)}: ${OP_NAMES[op] ?? `?${op}`} ${Array.from(code.subarray(pc + 1, pc + 1 + n)).join(' ')}`);
    pc += 1 + n;
  }
  return lines.join('\n');
}
