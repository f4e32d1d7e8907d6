import { decodeIL, Operand, type Instr } from '../lib/loader/opcodes.js';
import type { MethodSig, TypeSig } from '../lib/loader/signatures.js';
import { bad, BadImageFormatError } from '../lib/loader/errors.js';
import type { ModuleReader } from '../lib/loader/module-reader.js';
import { Kind, Prim, MethodAttr, TypeAttr, isValueType, type RuntimeField, type RuntimeMethod, type RuntimeType } from '../lib/types/descriptors.js';
import { storageSize, ARRAY_DATA_OFFSET, interfaceMap } from '../lib/types/layout.js';
import { ResolutionError, type GenericContext, type TypeSystem } from '../lib/types/type-system.js';
import { HEADER_SIZE, type CallSite, type InterpCode, type InterpEH } from './code.js';
import { Op, OP_ARGS, OP_WRITES_DST } from './ops.js';
import type { CodeHeap } from './code-heap.js';

/** What the transform needs from the runtime (kept narrow so the transform stays testable). */
export interface TransformHost {
  ts: TypeSystem;
  mtOf(t: RuntimeType): number;
  internString(m: ModuleReader, token: number): number;
  staticsOf(t: RuntimeType): number;
  /** True when the type has a static constructor that has not finished. */
  needsCctor(t: RuntimeType): boolean;
  /** A JS implementation for an internal call / runtime method, or null. */
  nativeFor(m: RuntimeMethod): unknown;
  /** An inline expansion for an intrinsic (Unsafe.*, ...), or false. */
  intrinsic(m: RuntimeMethod, t: Transformer): boolean;
  fieldRvaAddr(f: RuntimeField, size: number): number;
  /** Where the transformed code and its constants go. */
  codeHeap: CodeHeap;
}

/** Evaluation-stack kinds: object refs, byrefs and native ints are all 32-bit I4 values. */
export const enum SK { I4, I8, R4, R8, VT }

/**
 * An evaluation-stack entry. `slot` is its canonical frame offset; `off` is where its value can
 * be read now: the slot itself, or (copy propagation) the local/argument it was loaded from, as
 * long as nothing has written that variable. `imm` marks an int32 constant not yet stored, `rk`
 * a float64 constant (its constant-pool index) not yet stored, `fa` the address of a frame variable
 * (ldloca/ldarga, plus field offsets) not yet computed: loads and stores through it become frame moves.
 */
export interface StackEntry { sk: SK; size: number; off: number; slot: number; type: RuntimeType | null; imm?: number; rk?: number; fa?: number }

const SLOT = 8;
const round8 = (n: number) => (n + 7) & ~7;

export class TransformError extends Error {}

/** Gives d the pending constant or frame address of e, if e has one (then nothing is to be read). */
function takePending(d: StackEntry, e: StackEntry): boolean {
  if (e.imm !== undefined) d.imm = e.imm;
  else if (e.rk !== undefined) d.rk = e.rk;
  else if (e.fa !== undefined) d.fa = e.fa;
  else return false;
  return true;
}

/** Whether a frame offset is aligned enough for the typed-array moves of a value of `size` bytes. */
const frameAligned = (off: number, size: number) => (off & (size >= 4 ? 3 : size >= 2 ? 1 : 0)) === 0;

/** IL instructions an inlined callee may use (straight-line code on its arguments and the heap). */
const INLINE_OK = /^(nop|ldarg(\.[0-3]|\.s)?|ldloc(\.[0-3]|\.s)?|stloc(\.[0-3]|\.s)?|ldc\..*|ldnull|ldstr|add|sub|mul|div|div\.un|rem|rem\.un|and|or|xor|shl|shr|shr\.un|neg|not|ceq|cgt|cgt\.un|clt|clt\.un|conv\.(i|u|r)[0-9a-z.]*|ldfld|stfld|ldsfld|stsfld|ldlen|ldind\.[a-z0-9]+|ldelem(\..*)?|stelem(\..*)?|dup|pop|call|callvirt|newobj|readonly\.|constrained\.)$/;

/**
 * Turns a method's IL into interpreter code: stack positions become fixed frame offsets,
 * tokens become resolved constants, and every op is typed (ADD4 vs ADD8 vs ADDR8), so the
 * dispatch loop never looks at IL or metadata (the design's "pre-decode" rule).
 */
/** The local an `ldloc` reads, or -1 (the one decoding of the ldloc forms, for the transform and its look-ahead). */
function localIndex(ins: Instr): number {
  const n = ins.op.name;
  if (n === 'ldloc.s' || n === 'ldloc') return ins.operand;
  return /^ldloc\.[0-3]$/.test(n) ? ins.op.code - 0x06 : -1;
}
/** The argument an `ldarg` reads, or -1. */
function argIndex(ins: Instr): number {
  const n = ins.op.name;
  if (n === 'ldarg.s' || n === 'ldarg') return ins.operand;
  return /^ldarg\.[0-3]$/.test(n) ? ins.op.code - 0x02 : -1;
}
/** The constant an `ldc.i4` form pushes, or undefined. */
function ldcValue(ins: Instr): number | undefined {
  const n = ins.op.name;
  if (n === 'ldc.i4' || n === 'ldc.i4.s') return ins.operand | 0;
  return /^ldc\.i4\.(m1|[0-8])$/.test(n) ? ins.op.code - 0x16 : undefined;
}

/** What `ret` does for a small integer return type: the conversion, and the ops whose result needs none. */
const narrowing = (op: Op, from: Op[]) => ({ op, from: new Set<number>([op, ...from, Op.CEQ4, Op.CGT4, Op.CGTU4, Op.CLT4, Op.CLTU4, Op.CEQ8, Op.CGT8, Op.CGTU8, Op.CLT8, Op.CLTU8, Op.CEQR8, Op.CGTR8, Op.CGTUNR8, Op.CLTR8, Op.CLTUNR8]) });
const RET_NARROW: Partial<Record<Prim, { op: Op; from: ReadonlySet<number> }>> = {
  [Prim.I1]: narrowing(Op.CONV_I1, [Op.LDFLD_I1, Op.LDELEM_I1, Op.LDIND_I1, Op.LDS_I1, Op.LDL_I1]),
  [Prim.U1]: narrowing(Op.CONV_U1, [Op.LDFLD_U1, Op.LDELEM_U1, Op.LDIND_U1, Op.LDS_U1, Op.LDL_U1]),
  [Prim.I2]: narrowing(Op.CONV_I2, [Op.CONV_I1, Op.CONV_U1, Op.LDFLD_I2, Op.LDELEM_I2, Op.LDIND_I2, Op.LDS_I2, Op.LDL_I2, Op.LDFLD_I1, Op.LDFLD_U1, Op.LDELEM_I1, Op.LDELEM_U1, Op.LDL_I1, Op.LDL_U1]),
  [Prim.U2]: narrowing(Op.CONV_U2, [Op.CONV_U1, Op.LDFLD_U2, Op.LDELEM_U2, Op.LDIND_U2, Op.LDS_U2, Op.LDL_U2, Op.LDFLD_U1, Op.LDELEM_U1, Op.LDL_U1]),
};
RET_NARROW[Prim.Char] = RET_NARROW[Prim.U2];
const NARROW_CONST: Partial<Record<number, (x: number) => number>> = {
  [Op.CONV_I1]: (x) => (x << 24) >> 24, [Op.CONV_U1]: (x) => x & 0xff, [Op.CONV_I2]: (x) => (x << 16) >> 16, [Op.CONV_U2]: (x) => x & 0xffff,
};

/** Ops that only compute a frame slot from frame slots and constants: they cannot throw or write memory. */
const PURE_R8 = new Set<number>([Op.ADDR8, Op.SUBR8, Op.MULR8, Op.DIVR8, Op.NEGR8, Op.ADDR8K, Op.SUBR8K, Op.MULR8K, Op.DIVR8K, Op.KDIVR8, Op.KSUBR8,
  Op.MATHR8, Op.LDCR8, Op.MOV8, Op.I4_TO_R8, Op.MULADDR8, Op.MULSUBR8, Op.SUBMULR8, Op.SUBADDR8, Op.KDIVI4R8, Op.MULKMULADDR8]);
/** Field loads and field arithmetic (first operand a destination slot): they can only throw NullReferenceException. */
const NRE_ONLY = new Set<number>([Op.LDFLD4, Op.LDFLD8, Op.LDFLD_R8, Op.LDFLD_I1, Op.LDFLD_U1, Op.LDFLD_I2, Op.LDFLD_U2, Op.LDFLD_R4,
  Op.ADDR8F, Op.SUBR8F, Op.MULR8F, Op.ADDR8FF, Op.SUBR8FF, Op.MULR8FF]);
/** Stores into an object's field: o v f. */
const FIELD_STORES = new Set<number>([Op.STFLD1, Op.STFLD2, Op.STFLD4, Op.STFLD8, Op.STFLD_R4, Op.STFLD_R8, Op.STFLDREF]);
const PURE_I4 = new Set<number>([Op.ADD4, Op.SUB4, Op.MUL4, Op.AND4, Op.OR4, Op.XOR4, Op.SHL4, Op.SHR4, Op.SHRU4, Op.NEG4, Op.NOT4,
  Op.ADDI4, Op.MULI4, Op.ANDI4, Op.SHLI4, Op.SHRI4, Op.SHRUI4, Op.LDC4, Op.MOV4, Op.ADDADDI4,
  Op.XORSHLI4, Op.XORSHRI4, Op.XORSHRUI4, Op.MULSHRI4, Op.MULSHRUI4]);

/** IL a loop condition may consist of to be evaluated again at the loop's entry (see findEntryTests). */
const ENTRY_TEST_OK = /^(ldloc(\.[0-3]|\.s)?|ldarg(\.[0-3]|\.s)?|ldc\.(i4|i8|r8|r4)(\.[0-8m]1?|\.s)?|ldnull|ldlen|ldfld|conv\.(i|u|i4|u4|i8|u8|r8|r4)|add|sub|and|or|xor|shl|shr|shr\.un|mul)$/;
const COMPARE_BRANCH = /^(blt|ble|bgt|bge|beq|bne\.un|blt\.un|ble\.un|bgt\.un|bge\.un)(\.s)?$/;
/** The branch taken exactly when `name` is not (on floats, an ordered compare's inverse is unordered). */
function invertBranch(name: string, float: boolean): string {
  if (name === 'beq') return 'bne.un';
  if (name === 'bne.un') return 'beq';
  const un = name.endsWith('.un');
  const rel = ({ blt: 'bge', ble: 'bgt', bgt: 'ble', bge: 'blt' } as Record<string, string>)[name.replace(/\.un$/, '')]!;
  return rel + (un !== float ? '.un' : '');
}

/** The float compare-and-branch kind of BRR8/BRR8K for an IL branch (see f64Branch in the interpreter). */
function f64BranchKind(name: string): number {
  const un = name.endsWith('.un');
  const kind = ({ beq: 0, bne: 5, blt: un ? 2 : 1, bgt: un ? 4 : 3, bge: un ? 6 : 7, ble: un ? 8 : 9 } as Record<string, number>)[name.replace(/\.un$/, '')];
  if (kind === undefined) throw new TransformError(`unknown branch ${name}`);
  return kind;
}

export class Transformer {
  readonly ts: TypeSystem;
  /** Module and generic context tokens resolve in: the method's, or an inlined callee's while it is expanded. */
  m: ModuleReader;
  ctx: GenericContext;
  /** The method whose IL is being read: the transformed one, or an inlined callee. */
  method: RuntimeMethod;
  /** While a callee is inlined: its argument entries (left on the stack below its code) and whether it returned. */
  private inl: { args: StackEntry[]; locals: StackEntry[]; returned: boolean } | null = null;
  private inlineDepth = 0;
  /** Where the current IL instruction's code starts (fusions that merge ops keep within it). */
  private insStart = 0;
  readonly out: number[] = [];
  /** Start of the last instruction emit() wrote and the code length after it (for store retargeting). */
  private lastOp = -1;
  private lastEnd = -1;
  /** Starts of the ops emit() wrote since the last merge point (the last 16), for fusions that look back. */
  private recent: number[] = [];
  /** Where the last branch op starts and the IL offset it goes to (for a branch over a return). */
  private lastBranch = { start: -1, il: -1 };
  /** Branch targets of the method (IL offsets), and the instruction after the current one (for peepholes). */
  private targets = new Set<number>();
  /** IL before this offset is skipped: code only a constant branch jumped over (see deadRange). */
  private deadUntil = -1;
  /** Types whose initializer check this straight-line code already has (see emitCctor). */
  private cctorSeen = new Set<RuntimeType>();
  /**
   * The object an inlined constructor just allocated (ALLOC writes `slot`; its code ends at
   * `from`) and the fields stored into it since: until something else happens to it, a field not
   * yet stored still holds zero, so storing null or 0 there is left out (`new Node(null, null)`).
   */
  private fresh: { slot: number; from: number; written: Set<number> } | null = null;
  /** Loop entries whose `br` tests the condition in place (see findEntryTests), by the br's IL offset. */
  private entryTests = new Map<number, { cond: Instr[]; branch: string; exit: number }>();
  private nextIns: Instr | null = null;
  /** The method's instructions and the index of the one being transformed (for look-ahead fusions). */
  private instrs: Instr[] = [];
  private at = 0;
  stack: StackEntry[] = [];
  private readonly fixups: [pos: number, il: number][] = [];
  /** Positions in `out` holding a code index of this method (rebased when the code is placed). */
  private readonly codeRefs: number[] = [];
  private readonly ilPc = new Map<number, number>();
  private readonly targetStates = new Map<number, StackEntry[]>();
  private readonly ilMap: number[] = [];
  argOffsets: number[] = [];
  argTypes: RuntimeType[] = [];
  /** The frame offset of the localloc ownership word (methods that use localloc only). */
  private locallocMark = -1;
  localOffsets: number[] = [];
  localTypes: RuntimeType[] = [];
  stackBase = 0;
  maxOffset = 0;
  private eh: InterpEH[] = [];
  private constrained: RuntimeType | null = null;
  /** The IL offset (in `readonlyIn`) of the instruction a `readonly.` prefix applies to. */
  private readonlyAt = -1;
  private readonlyIn: RuntimeMethod | null = null;
  /** The call being transformed has the `readonly.` prefix (a multi-dimensional array's Address). */
  private readonlyCall = false;
  private readonly addressTaken = new Set<number>();
  private argsSize = 0;

  constructor(readonly host: TransformHost, method: RuntimeMethod) {
    this.method = method;
    this.ts = host.ts;
    this.m = method.owner.module!;
    this.ctx = { typeArgs: method.owner.typeArgs, methodArgs: method.methodArgs };
  }

  // ---- Frame layout ---------------------------------------------------------------------------

  private layoutFrame(localsToken: number): void {
    const ts = this.ts, method = this.method;
    const { params } = ts.signatureOf(method);
    let off = 0;
    if (method.hasThis) {
      const self = method.owner;
      const thisType = isValueType(self) ? ts.byRefOf(self) : self;
      this.argTypes.push(thisType);
      this.argOffsets.push(off);
      off += SLOT;
    }
    for (const p of params) { this.argTypes.push(p); this.argOffsets.push(off); off += slotSize(ts, p); }
    // The return value is written at fp+0: the argument area is at least one slot, so a
    // parameterless method's result never lands on its own frame header.
    const { ret } = ts.signatureOf(method);
    off = Math.max(off, ret ? slotSize(ts, ret) : SLOT);
    this.argsSize = off;
    off += HEADER_SIZE;
    const locals = this.m.localsSig(localsToken).map((s) => ts.typeFromSig(this.m, s, this.ctx));
    for (const l of locals) { this.localTypes.push(l); this.localOffsets.push(off); off += slotSize(ts, l); }
    this.stackBase = off;
    this.maxOffset = off;
  }

  get localsStart(): number { return this.argsSize + HEADER_SIZE; }

  // ---- Emission helpers -----------------------------------------------------------------------

  emit(op: Op, ...args: number[]): void {
    this.lastOp = this.out.length;
    if (this.recent.length >= 16) this.recent.shift();
    this.recent.push(this.out.length);
    this.out.push(op);
    for (const a of args) this.out.push(a | 0);
    this.lastEnd = this.out.length;
  }

  /** Drops the code from `n` on (ops just emitted, being fused). */
  private truncate(n: number): void {
    this.out.length = n;
    while (this.recent.length && this.recent[this.recent.length - 1]! >= n) this.recent.pop();
  }

  /**
   * The starts of the ops at the end of the code that emit() wrote one after another since the
   * last merge point (nothing else pushed between them), oldest first.
   */
  private recentRun(): number[] {
    const r = this.recent;
    let end = this.out.length, i = r.length - 1;
    for (; i >= 0; i--) {
      const s = r[i]!;
      if (s + 1 + OP_ARGS[this.out[s]!]! !== end) break;
      end = s;
    }
    return r.slice(i + 1);
  }

  /** The starts of the last `k` ops of recentRun(), or null when it is shorter. */
  private lastOps(k: number): number[] | null {
    const run = this.recentRun();
    return run.length >= k ? run.slice(run.length - k) : null;
  }

  /**
   * Removes `len` code slots at `at` (an op the fusion made redundant) from code emitted since
   * the last merge point: later instructions' positions move down with it.
   */
  private spliceOut(at: number, len: number): void {
    this.out.splice(at, len);
    for (const [il, pc] of this.ilPc) if (pc > at) this.ilPc.set(il, pc - len);
    if (this.insStart > at) this.insStart -= len;
    for (let i = 0; i < this.ilMap.length; i += 2) if (this.ilMap[i]! > at) this.ilMap[i] -= len;
    this.recent = this.recent.filter((x) => x !== at).map((x) => (x > at ? x - len : x));
    this.lastOp = -1;
  }

  /** The index of a constant in the runtime's constant pool (shared by equal values). */
  k(value: unknown): number { return this.host.codeHeap.constant(value); }

  /** A fresh constant slot (for per-site state such as inline caches, and numbers). */
  kNew(value: unknown): number { return this.host.codeHeap.fresh(value); }

  private branch(op: Op, il: number, ...args: number[]): void {
    this.materializeAll();
    this.lastBranch = { start: this.out.length, il };
    this.out.push(op);
    for (const a of args) this.out.push(a);
    this.fixups.push([this.out.length, il]);
    this.out.push(-1);
    this.recordState(il);
  }

  private recordState(il: number): void {
    if (!this.targetStates.has(il)) this.targetStates.set(il, this.stack.map((e) => ({ ...e, off: e.slot })));
  }

  nextOffset(): number {
    const top = this.stack[this.stack.length - 1];
    return top ? top.slot + round8(Math.max(top.size, SLOT)) : this.stackBase;
  }

  push(sk: SK, size: number, type: RuntimeType | null): StackEntry {
    const off = this.nextOffset();
    const e: StackEntry = { sk, size, off, slot: off, type };
    this.stack.push(e);
    this.touch(off + round8(Math.max(size, SLOT)));
    return e;
  }

  /** Stores a pending constant or copies an aliased variable into the entry's own slot. */
  materialize(e: StackEntry): void {
    if (e.imm !== undefined) { this.emit(Op.LDC4, e.slot, e.imm); delete e.imm; }
    else if (e.rk !== undefined) { this.emit(Op.LDCR8, e.slot, e.rk); delete e.rk; }
    else if (e.fa !== undefined) { this.emit(Op.LDADDR, e.slot, e.fa); delete e.fa; }
    else if (e.off !== e.slot) {
      // Copies of several variables into their entries (a call's arguments) pair up: MOV4X2
      // (only with a copy made for the same IL instruction, so no IL offset maps inside it).
      const one = e.sk === SK.I4 ? this.lastOps(1) : null;
      if (one && this.out[one[0]!] === Op.MOV4 && one[0]! >= this.insStart) {
        const [d1, s1] = [this.out[one[0]! + 1]!, this.out[one[0]! + 2]!];
        this.truncate(one[0]!);
        this.emit(Op.MOV4X2, d1, s1, e.slot, e.off);
      } else this.emit(e.sk === SK.I4 ? Op.MOV4 : Op.MOV8, e.slot, e.off);
    }
    e.off = e.slot;
  }

  /** Puts every entry in its canonical slot (before branches and at merge points). */
  materializeAll(): void { for (const e of this.stack) this.materialize(e); }

  /** Before a variable at frame offset `off` is written: entries still reading it get their own copy. */
  private invalidate(off: number): void {
    for (const e of this.stack) if (e.off === off && e.slot !== off) this.materialize(e);
  }

  /** Pops an entry that may stay an unstored int32 (or, with allowR8, float64) constant, for ops with an immediate form. */
  popImm(allowR8 = false): StackEntry {
    const e = this.stack.pop();
    if (!e) throw new TransformError('evaluation stack underflow');
    if ((e.rk !== undefined && !allowR8) || e.fa !== undefined) this.materialize(e);
    return e;
  }

  pushType(t: RuntimeType): StackEntry {
    return this.push(skOf(t), stackSize(this.ts, t), t);
  }

  pop(): StackEntry {
    const e = this.stack.pop();
    if (!e) throw new TransformError('evaluation stack underflow');
    if (e.imm !== undefined || e.rk !== undefined || e.fa !== undefined) this.materialize(e);
    return e;
  }

  /** Pops an entry that may stay a pending frame address (for loads and stores through it). */
  popAddr(): StackEntry {
    const e = this.stack.pop();
    if (!e) throw new TransformError('evaluation stack underflow');
    if (e.imm !== undefined || e.rk !== undefined) this.materialize(e);
    return e;
  }

  touch(end: number): void { if (end > this.maxOffset) this.maxOffset = end; }

  /** Copies a value of type t from frame offset src into the stack entry/offset dst. */
  loadFrame(dst: number, src: number, t: RuntimeType): void {
    const lk = loadKind(this.ts, t);
    const size = storageSize(this.ts, t)[0];
    if (size > 1 && !frameAligned(src, size)) {
      // A misaligned field of a packed struct value (Pack=1): copy its bytes to an aligned place first.
      if (lk === '4' || lk === '8' || size > 8) { this.emit(Op.MOVN, dst, src, size); return; }
      const tmp = this.scratch(8);
      this.emit(Op.MOVN, tmp, src, size);
      src = tmp;
    }
    switch (lk) {
      case 'I1': this.emit(Op.LDL_I1, dst, src); break;
      case 'U1': this.emit(Op.LDL_U1, dst, src); break;
      case 'I2': this.emit(Op.LDL_I2, dst, src); break;
      case 'U2': this.emit(Op.LDL_U2, dst, src); break;
      case '4': this.emit(Op.MOV4, dst, src); break;
      case '8': this.emit(Op.MOV8, dst, src); break;
      case 'R4': this.emit(Op.LDL_R4, dst, src); break;
      default: this.emit(Op.MOVN, dst, src, storageSize(this.ts, t)[0]); break;
    }
  }

  /**
   * stloc/starg: stores the just-popped entry v into the variable at `off`. When the last emitted
   * instruction computed v into v's own slot, it is retargeted to write the variable directly
   * (`ADD4 t a b; MOV4 x t` becomes `ADD4 x a b`). Not across a branch target (another path
   * reaches the store with its own producer), and not while stack entries still alias the variable.
   */
  private storeVar(off: number, v: StackEntry, t: RuntimeType): void {
    const lk = loadKind(this.ts, t);
    const n = v.off === v.slot ? this.producerOf(v.slot) : -1;
    if ((lk === '4' || lk === '8') && n >= 0 && (lk === '4') === (v.size <= 4) && !this.stack.some((e) => e.off === off && e.slot !== off)) {
      this.out[n + 1] = off;
      if (this.out[n] === Op.MULR8) this.pairProducts(n);
      return;
    }
    // `x = ++c` / `(c = e) > k` (IL: <e>; dup; stloc c): the value stays on the stack too. The
    // instruction computing it writes the variable instead, and the entries still reading its
    // temporary read the variable (an alias, materialized if the variable changes first).
    // (Not for a variable whose address is taken: a call could change it under the alias.)
    const m = (lk === '4' || lk === '8') && v.off !== v.slot && v.off >= this.stackBase && !this.addressTaken.has(off) ? this.producerOf(v.off) : -1;
    if (m >= 0 && (lk === '4') === (v.size <= 4) && !this.stack.some((e) => e.off === off && e.slot !== off)) {
      this.out[m + 1] = off;
      for (const e of this.stack) if (e.off === v.off) e.off = off;
      return;
    }
    this.invalidate(off);
    this.storeFrame(off, v.off, t);
  }

  /**
   * Where the last emitted instruction starts, when it is also the last thing emitted and wrote
   * `slot` as its destination (an op flagged "d": it may be retargeted or fused); else -1.
   */
  private producerOf(slot: number): number {
    const n = this.lastOp;
    return n >= 0 && this.lastEnd === this.out.length && OP_WRITES_DST[this.out[n]!] && this.out[n + 1] === slot ? n : -1;
  }

  /**
   * `x = a * b; y = c * d` (the squares of z in z squared plus c): when the second product at `n`
   * has just been stored to a variable and the op before it stored a product to another variable,
   * both are one op, MUL2R8 y c d x a b, which computes x first. (Only once both go to variables:
   * a product left on the stack may still become part of a multiply-add.)
   */
  private pairProducts(n: number): void {
    const run = this.lastOps(2);
    if (!run || run[1] !== n) return;
    const p = run[0]!;
    if (this.out[p] !== Op.MULR8 || this.out[p + 1]! >= this.stackBase || this.clauseBoundarySince(p)) return;
    const first = this.out.slice(p + 1, p + 4), second = this.out.slice(n + 1, n + 4);
    this.truncate(p);
    this.emit(Op.MUL2R8, ...second, ...first);
  }

  /** producerOf(slot) when that last instruction is `op` (a fusion absorbing it), else -1. */
  private producedBy(op: Op, slot: number): number {
    const n = this.producerOf(slot);
    return n >= 0 && this.out[n] === op ? n : -1;
  }

  storeFrame(dst: number, src: number, t: RuntimeType): void {
    const lk = loadKind(this.ts, t);
    switch (lk) {
      case 'I1': case 'U1': this.emit(Op.STL1, dst, src); break;
      case 'I2': case 'U2': this.emit(Op.STL2, dst, src); break;
      case '4': this.emit(Op.MOV4, dst, src); break;
      case '8': this.emit(Op.MOV8, dst, src); break;
      case 'R4': this.emit(Op.STL_R4, dst, src); break;
      default: this.emit(Op.MOVN, dst, src, storageSize(this.ts, t)[0]); break;
    }
  }

  // ---- The pass ---------------------------------------------------------------------------------

  run(): InterpCode {
    const body = this.method.body!;
    this.layoutFrame(body.localsToken);
    const instrs = [...decodeIL(body.code, (msg, off) => bad(`${msg} in ${this.method.name}`, body.codeOffset + off))];
    // A method that uses localloc gets a hidden, zero-initialised word: set once its frame owns
    // localloc memory (see Runtime.localloc).
    if (instrs.some((i) => i.op.name === 'localloc')) { this.locallocMark = this.stackBase; this.stackBase += SLOT; }
    // Exception clauses: one continuation slot per clause, and the handler entry stack states.
    const clauses = body.clauses;
    // Per clause: a continuation slot (finally) and a saved-exception slot (for rethrow, and to
    // keep the caught exception rooted while its handler runs).
    const contBase = this.stackBase;
    this.stackBase += clauses.length * 8;
    this.maxOffset = this.stackBase;
    for (let i = 0; i < clauses.length; i++) {
      const c = clauses[i]!;
      let catchType: RuntimeType | null = null;
      if (c.kind === 0) catchType = this.resolveTypeOrThrow(c.classToken);
      this.eh.push({ kind: c.kind, tryStart: c.tryStart, tryEnd: c.tryEnd, handlerStart: c.handlerStart, handlerEnd: c.handlerEnd,
        filterStart: c.filterStart, catchType, contSlot: contBase + i * 8, exSlot: this.stackBase, savedExSlot: contBase + i * 8 + 4 });
      const exState: StackEntry[] = [{ sk: SK.I4, size: 4, off: this.stackBase, slot: this.stackBase, type: this.ts.exception }];
      if (c.kind === 0 || c.kind === 1) this.targetStates.set(c.handlerStart, exState);
      if (c.kind === 1) this.targetStates.set(c.filterStart, exState.map((e) => ({ ...e })));
      if (c.kind === 2 || c.kind === 4) this.targetStates.set(c.handlerStart, []);
    }
    this.touch(this.stackBase + SLOT);
    // Pre-scan: branch targets (merge points need canonical slots) and variables whose address
    // is taken (they may change behind our back, so loads of them are never aliased).
    const targets = new Set<number>(this.targetStates.keys());
    for (const ins of instrs) {
      const o = ins.op.operand;
      if (o === Operand.Branch8 || o === Operand.Branch32) targets.add(ins.operand);
      if (ins.targets) for (const t of ins.targets) targets.add(t);
      const n = ins.op.name;
      if (n === 'ldloca' || n === 'ldloca.s') this.addressTaken.add(this.localOffsets[ins.operand] ?? -1);
      if (n === 'ldarga' || n === 'ldarga.s') this.addressTaken.add(this.argOffsets[ins.operand] ?? -1);
    }
    this.instrs = instrs;
    this.findEntryTests(targets);
    let fallsThrough = true;
    this.targets = targets;
    for (let k = 0; k < instrs.length; k++) {
      const ins = instrs[k]!;
      if (ins.offset < this.deadUntil) continue;
      this.nextIns = instrs[k + 1] ?? null;
      this.at = k;
      if (fallsThrough && targets.has(ins.offset)) this.materializeAll();
      if (targets.has(ins.offset)) { this.lastOp = -1; this.recent.length = 0; this.lastBranch = { start: -1, il: -1 }; this.cctorSeen.clear(); this.fresh = null; } // no retargeting or fusing across a merge point
      const state = this.targetStates.get(ins.offset);
      if (state) this.stack = state.map((e) => ({ ...e }));
      else if (!fallsThrough) this.stack = [];
      this.ilPc.set(ins.offset, this.out.length);
      this.insStart = this.out.length;
      this.ilMap.push(this.out.length, ins.offset);
      fallsThrough = true;
      const stackBefore = this.stack.map((x) => ({ ...x }));
      try {
        fallsThrough = this.instr(ins);
      } catch (e) {
        if (e instanceof ResolutionError) {
          // Lazily failing member: the instruction throws when (if ever) it runs. The stack
          // still gets the instruction's effect, so the code after it transforms normally.
          this.stack = stackBefore;
          this.emit(Op.THROW_ERROR, this.k(e));
          this.applyFailedEffect(ins);
          fallsThrough = true;
        } else throw e;
      }
      if (ins.op.name !== 'constrained.' && ins.op.name !== 'readonly.' && ins.op.name !== 'volatile.' && ins.op.name !== 'unaligned.' && ins.op.name !== 'tail.' && ins.op.name !== 'no.') this.constrained = null;
    }
    this.ilPc.set(body.code.length, this.out.length);
    // Placed in the code heap at `base`: every code index becomes a position in the heap.
    const heap = this.host.codeHeap;
    const base = heap.reserve(this.out.length);
    for (const pos of this.codeRefs) this.out[pos] += base;
    for (const [pos, il] of this.fixups) {
      const pc = this.ilPc.get(il);
      if (pc === undefined) throw new BadImageFormatError(`branch to IL offset ${il} which is not an instruction start in ${this.method.name}`);
      this.out[pos] = base + pc;
    }
    const mapPc = (il: number) => {
      const pc = this.ilPc.get(il);
      if (pc === undefined) throw new BadImageFormatError(`EH clause boundary ${il} is not an instruction start in ${this.method.name}`);
      return base + pc;
    };
    for (let i = 0; i < this.ilMap.length; i += 2) this.ilMap[i] += base;
    heap.write(base, this.out);
    for (const r of this.eh) {
      r.tryStart = mapPc(r.tryStart); r.tryEnd = mapPc(r.tryEnd);
      r.handlerStart = mapPc(r.handlerStart); r.handlerEnd = mapPc(r.handlerEnd);
      if (r.kind === 1) r.filterStart = mapPc(r.filterStart);
    }
    return {
      method: this.method, base, end: base + this.out.length, methodId: this.method.id, argsSize: this.argsSize,
      frameSize: round8(this.maxOffset + SLOT), localsOffset: this.localsStart, localsSize: contBase - this.localsStart,
      initLocals: body.initLocals, eh: this.eh, ilMap: Int32Array.from(this.ilMap),
    };
  }

  /** The stack effect of an instruction whose token could not be resolved, from its signature. */
  private applyFailedEffect(ins: Instr): void {
    const name = ins.op.name;
    const popN = (n: number) => { for (let i = 0; i < n && this.stack.length; i++) this.stack.pop(); };
    const pushSig = (sig: TypeSig) => {
      let t: RuntimeType | null = null;
      try { t = this.ts.typeFromSig(this.m, sig, this.ctx); } catch { t = null; }
      if (t) { if (t !== this.ts.voidType) this.pushType(t); } else this.push(SK.I4, 4, null);
    };
    const methodSig = (token: number): MethodSig | null => {
      const table = token >>> 24, rid = token & 0xffffff;
      try {
        if (table === 0x06) return this.m.methodSig(rid);
        if (table === 0x0a) { const s = this.m.memberRefSig(rid); return 'method' in s ? s.method : null; }
        if (table === 0x2b) return methodSig(this.m.methodSpec(rid).method);
      } catch { /* fall through */ }
      return null;
    };
    const fieldSig = (token: number): TypeSig | null => {
      const table = token >>> 24, rid = token & 0xffffff;
      try {
        if (table === 0x04) return this.m.fieldSig(rid);
        if (table === 0x0a) { const s = this.m.memberRefSig(rid); return 'field' in s ? s.field : null; }
      } catch { /* fall through */ }
      return null;
    };
    switch (name) {
      case 'call': case 'callvirt': case 'newobj': {
        const sig = methodSig(ins.operand);
        if (!sig) return;
        popN(sig.params.length + (sig.hasThis && name !== 'newobj' ? 1 : 0));
        if (name === 'newobj') this.push(SK.I4, 4, null); else pushSig(sig.ret);
        return;
      }
      case 'ldfld': case 'ldsfld': { if (name === 'ldfld') popN(1); const fs = fieldSig(ins.operand); if (fs) pushSig(fs); else this.push(SK.I4, 4, null); return; }
      case 'ldflda': popN(1); this.push(SK.I4, 4, null); return;
      case 'ldsflda': case 'ldtoken': case 'ldftn': case 'sizeof': case 'ldstr': this.push(SK.I4, 4, null); return;
      case 'stfld': popN(2); return;
      case 'stsfld': case 'initobj': popN(1); return;
      case 'stobj': popN(2); return;
      case 'newarr': case 'box': case 'unbox': case 'unbox.any': case 'castclass': case 'isinst': case 'ldobj': case 'ldvirtftn':
        popN(1); this.push(SK.I4, 4, null); return;
      case 'ldelem': case 'ldelema': popN(2); this.push(SK.I4, 4, null); return;
      case 'stelem': popN(3); return;
      default: return;
    }
  }

  private resolveTypeOrThrow(token: number): RuntimeType {
    return this.ts.resolveType(this.m, token, this.ctx);
  }

  /** Emits one IL instruction; returns false when control does not fall through. */
  private instr(ins: Instr): boolean {
    const name = ins.op.name;
    const ts = this.ts;
    switch (name) {
      case 'nop': case 'break': case 'volatile.': case 'unaligned.': case 'tail.': case 'no.': return true;
      case 'readonly.': this.readonlyAt = ins.offset + ins.size; this.readonlyIn = this.method; return true;
      case 'constrained.': this.constrained = this.resolveTypeOrThrow(ins.operand); return true;
      case 'ldarg.0': case 'ldarg.1': case 'ldarg.2': case 'ldarg.3': case 'ldarg.s': case 'ldarg': return this.ldarg(argIndex(ins));
      case 'ldloc.0': case 'ldloc.1': case 'ldloc.2': case 'ldloc.3': case 'ldloc.s': case 'ldloc': return this.ldloc(localIndex(ins));
      case 'stloc.0': case 'stloc.1': case 'stloc.2': case 'stloc.3': return this.stloc(ins.op.code - 0x0a);
      case 'stloc.s': case 'stloc': return this.stloc(ins.operand);
      case 'starg.s': case 'starg': {
        const v = this.pop(); this.checkArg(ins.operand);
        this.storeVar(this.argOffsets[ins.operand]!, v, this.argTypes[ins.operand]!);
        return true;
      }
      case 'ldarga.s': case 'ldarga': { this.checkArg(ins.operand); const d = this.push(SK.I4, 4, ts.byRefOf(this.argTypes[ins.operand]!)); d.fa = this.argOffsets[ins.operand]!; return true; }
      case 'ldloca.s': case 'ldloca': { this.checkLocal(ins.operand); const d = this.push(SK.I4, 4, ts.byRefOf(this.localTypes[ins.operand]!)); d.fa = this.localOffsets[ins.operand]!; return true; }
      case 'ldnull': { const d = this.push(SK.I4, 4, ts.object); d.imm = 0; return true; } // pending, like ldc.i4.0
      case 'ldc.i4.m1': case 'ldc.i4.0': case 'ldc.i4.1': case 'ldc.i4.2': case 'ldc.i4.3': case 'ldc.i4.4':
      case 'ldc.i4.5': case 'ldc.i4.6': case 'ldc.i4.7': case 'ldc.i4.8': case 'ldc.i4.s': case 'ldc.i4': return this.ldcI4(ldcValue(ins)!);
      case 'ldc.i8': {
        const v = BigInt.asUintN(64, ins.operand64!);
        const d = this.push(SK.I8, 8, ts.prims[Prim.I8]!);
        this.emit(Op.LDC8, d.off, Number(v & 0xffffffffn) | 0, Number(v >> 32n) | 0);
        return true;
      }
      case 'ldc.r4': { const d = this.push(SK.R4, 8, ts.prims[Prim.R4]!); this.emit(Op.LDCR8, d.off, this.kNew(Math.fround(ins.operand))); return true; } // kNew: a Map would merge -0 with 0
      case 'ldc.r8': { const d = this.push(SK.R8, 8, ts.prims[Prim.R8]!); d.rk = this.kNew(ins.operand); return true; } // stored when used (or folded into an R8K op)
      case 'dup': {
        const s = this.stack[this.stack.length - 1]!;
        // Both read the same place: a variable (copy propagation) or s's own slot, which nothing
        // can overwrite while d, above it, is still on the stack. Structs are copied.
        if (s.sk !== SK.VT) { this.pushReading(s, s.off); return true; }
        const d = this.push(s.sk, s.size, s.type);
        this.copyEntry(d.off, s);
        return true;
      }
      case 'pop': this.pop(); return true;
      case 'ret': return this.ret();
      case 'br.s': case 'br': {
        const test = this.entryTests.get(ins.offset);
        if (!test) { this.branch(Op.BR, ins.operand); return false; }
        // A loop entry: the condition's code again here, its branch inverted to the loop's exit;
        // then fall into the body.
        this.materializeAll();
        const [at, next] = [this.at, this.nextIns];
        test.cond.forEach((c, i) => { this.nextIns = test.cond[i + 1] ?? null; this.instr(c); });
        [this.at, this.nextIns] = [at, next];
        const top = this.stack[this.stack.length - 1];
        const float = top !== undefined && (top.sk === SK.R4 || top.sk === SK.R8);
        return this.condBranch(invertBranch(test.branch, float), test.exit);
      }
      case 'brfalse.s': case 'brfalse': case 'brtrue.s': case 'brtrue': {
        const v = this.popImm();
        const t = name.startsWith('brtrue');
        if (v.imm !== undefined) {
          // A known truth value (a constant, or a box of a non-nullable value type): no test.
          // Always taken: the code after it is dead, but still transformed with this stack (C#'s
          // `default(T) == null` tests leave operands there that the dead path would pop).
          if ((v.imm !== 0) === t) {
            if (this.deadRange(ins.operand)) {
              // Nothing else reaches the code it jumps over (`if (key == null) throw ...` on a
              // value type): that code is left out, and the branch becomes a fall-through.
              this.materializeAll();
              this.recordState(ins.operand);
              this.deadUntil = ins.operand;
              return false;
            }
            this.branch(Op.BR, ins.operand); return true;
          }
          this.materializeAll();
          this.recordState(ins.operand);
          return true;
        }
        if (v.sk === SK.I8) this.branch(t ? Op.BRTRUE8 : Op.BRFALSE8, ins.operand, v.off);
        else if (v.sk === SK.R4 || v.sk === SK.R8) { const z = this.floatIsZero(v); this.branch(t ? Op.BRFALSE4 : Op.BRTRUE4, ins.operand, z); }
        else {
          // `if (o.F == null)`: the field is tested where it is (nothing below it needs storing first).
          const n = v.off === v.slot ? this.producerOf(v.slot) : -1;
          const settled = this.stack.every((e) => e.off === e.slot && e.imm === undefined && e.rk === undefined && e.fa === undefined);
          const pop = n >= 0 && settled ? this.out[n]! : -1;
          if (pop === Op.LDFLD4) {
            const obj = this.out[n + 2]!, off = this.out[n + 3]!;
            this.truncate(n);
            this.branch(t ? Op.BRTRUEFLD4 : Op.BRFALSEFLD4, ins.operand, obj, off);
          } else if (pop === Op.LDELEM4 || pop === Op.LDELEM_U1) {
            // `if (flags[i])`: the element is tested where it is.
            const arr = this.out[n + 2]!, idx = this.out[n + 3]!;
            this.truncate(n);
            this.branch(pop === Op.LDELEM4 ? (t ? Op.BRTRUEEL4 : Op.BRFALSEEL4) : (t ? Op.BRTRUEELU1 : Op.BRFALSEELU1), ins.operand, arr, idx);
          } else this.branch(t ? Op.BRTRUE4 : Op.BRFALSE4, ins.operand, v.off);
        }
        return true;
      }
      case 'beq.s': case 'beq': case 'bne.un.s': case 'bne.un': case 'bge.s': case 'bge': case 'bgt.s': case 'bgt':
      case 'ble.s': case 'ble': case 'blt.s': case 'blt': case 'bge.un.s': case 'bge.un': case 'bgt.un.s': case 'bgt.un':
      case 'ble.un.s': case 'ble.un': case 'blt.un.s': case 'blt.un':
        return this.condBranch(name.replace(/\.s$/, ''), ins.operand);
      case 'switch': {
        const v = this.pop();
        this.materializeAll();
        const targets = ins.targets!;
        this.out.push(Op.SWITCH, v.off, targets.length);
        for (const t of targets) { this.fixups.push([this.out.length, t]); this.out.push(-1); this.recordState(t); }
        return true;
      }
      case 'ldind.i1': return this.ldind(Op.LDIND_I1, ts.prims[Prim.I1]!);
      case 'ldind.u1': return this.ldind(Op.LDIND_U1, ts.prims[Prim.U1]!);
      case 'ldind.i2': return this.ldind(Op.LDIND_I2, ts.prims[Prim.I2]!);
      case 'ldind.u2': return this.ldind(Op.LDIND_U2, ts.prims[Prim.U2]!);
      case 'ldind.i4': return this.ldind(Op.LDIND4, ts.prims[Prim.I4]!);
      case 'ldind.u4': return this.ldind(Op.LDIND4, ts.prims[Prim.U4]!);
      case 'ldind.i': return this.ldind(Op.LDIND4, ts.prims[Prim.I]!);
      case 'ldind.ref': { const a = this.stack[this.stack.length - 1]!; const et = a.type?.kind === Kind.ByRef ? a.type.elem! : ts.object; return this.ldind(Op.LDIND4, et); }
      case 'ldind.i8': return this.ldind(Op.LDIND8, ts.prims[Prim.I8]!);
      case 'ldind.r4': return this.ldind(Op.LDIND_R4, ts.prims[Prim.R4]!);
      case 'ldind.r8': return this.ldind(Op.LDIND8, ts.prims[Prim.R8]!);
      case 'stind.i1': return this.stind(Op.STIND1);
      case 'stind.i2': return this.stind(Op.STIND2);
      case 'stind.i4': case 'stind.i': return this.stind(Op.STIND4);
      case 'stind.ref': return this.stind(Op.STINDREF);
      case 'stind.i8': case 'stind.r8': return this.stind(Op.STIND8);
      case 'stind.r4': return this.stind(Op.STIND_R4);
      case 'add': case 'sub': case 'mul': case 'div': case 'div.un': case 'rem': case 'rem.un': case 'and': case 'or': case 'xor':
      case 'add.ovf': case 'add.ovf.un': case 'sub.ovf': case 'sub.ovf.un': case 'mul.ovf': case 'mul.ovf.un':
        return this.binop(name);
      case 'shl': case 'shr': case 'shr.un': return this.shift(name);
      case 'neg': case 'not': return this.unop(name);
      case 'ceq': case 'cgt': case 'cgt.un': case 'clt': case 'clt.un': return this.compare(name);
      case 'conv.i1': case 'conv.u1': case 'conv.i2': case 'conv.u2': case 'conv.i4': case 'conv.u4': case 'conv.i8': case 'conv.u8':
      case 'conv.r4': case 'conv.r8': case 'conv.i': case 'conv.u': case 'conv.r.un':
        return this.conv(name);
      case 'ckfinite': { const v = this.pop(); const d = this.push(v.sk, 8, v.type); this.emit(Op.CKFINITE, d.off, v.off); return true; }
      default:
        if (name.startsWith('conv.ovf.')) return this.convOvf(name);
        return this.objectInstr(ins);
    }
  }

  private checkArg(i: number): void { if (i >= this.argTypes.length) throw new BadImageFormatError(`argument ${i} out of range in ${this.method.name}`); }
  private checkLocal(i: number): void { if (i >= this.localTypes.length) throw new BadImageFormatError(`local ${i} out of range in ${this.method.name}`); }

  private ldarg(i: number): boolean {
    if (this.inl) {
      // Inside an inlined callee: its argument i is an entry lower on the stack (read where it is).
      const a = this.inl.args[i];
      if (!a) throw new TransformError(`inlined ldarg ${i} out of range in ${this.method.name}`);
      this.pushReading(a, a.off);
      return true;
    }
    this.checkArg(i);
    return this.loadVar(this.argOffsets[i]!, this.argTypes[i]!);
  }
  /** Pushes an entry with e's kind that reads e's pending constant, or else the value at `at` (no copy). */
  private pushReading(e: StackEntry, at: number): void {
    const d = this.push(e.sk, e.size, e.type);
    if (!takePending(d, e)) d.off = at;
  }

  private ldloc(i: number): boolean {
    if (this.inl) {
      // An inlined callee's local: an entry below its code's stack, or a still-unstored zero.
      const l = this.inl.locals[i];
      if (!l) throw new TransformError(`inlined ldloc ${i} out of range in ${this.method.name}`);
      this.pushReading(l, l.slot);
      return true;
    }
    this.checkLocal(i);
    return this.loadVar(this.localOffsets[i]!, this.localTypes[i]!);
  }
  /** ldloc/ldarg: a 4- or 8-byte variable whose address is never taken is read in place (no copy). */
  private loadVar(off: number, t: RuntimeType): boolean {
    const d = this.pushType(t);
    const lk = loadKind(this.ts, t);
    if ((lk === '4' || lk === '8') && !this.addressTaken.has(off)) d.off = off;
    else if (d.sk === SK.VT && this.nextIns?.op.name === 'ldfld' && !this.targets.has(this.nextIns.offset)) d.off = off; // `v.F`: the field is read from the variable, no struct copy
    else this.loadFrame(d.off, off, t);
    return true;
  }
  private stloc(i: number): boolean {
    if (this.inl) {
      const l = this.inl.locals[i];
      if (!l) throw new TransformError(`inlined stloc ${i} out of range in ${this.method.name}`);
      const v = this.pop();
      delete l.imm; delete l.rk;
      this.storeVar(l.slot, v, l.type!);
      return true;
    }
    this.checkLocal(i);
    const v = this.pop();
    this.storeVar(this.localOffsets[i]!, v, this.localTypes[i]!);
    this.fuseAddBranch(i);
    return true;
  }

  /**
   * `x = a + k; if (x < y) goto T;` with the test as the next instructions (`ldloc x; ldloc y |
   * ldarg y | ldc y; blt|ble|bgt|bge T`): usually a loop's increment falling into its condition.
   * The add just emitted becomes one op that adds, stores, compares and goes to T or past the
   * test. The test's own code still follows, for the other ways into it (the loop entry's `br`).
   */
  private fuseAddBranch(local: number): void {
    const n = this.lastOp, off = this.localOffsets[local]!, op = this.out[n];
    if (this.stack.length || n < 0 || this.lastEnd !== this.out.length || this.out[n + 1] !== off || (op !== Op.ADDI4 && op !== Op.ADD4)) return;
    const [x, y, br, after] = [1, 2, 3, 4].map((d) => this.instrs[this.at + d]);
    if (!x || !y || !br || !after) return;
    const cond = /^(blt|ble|bgt|bge)(\.s)?$/.exec(br.op.name)?.[1];
    if (!cond || this.touchesClause([x, y, br, after])) return;
    let fused: Op, rhs: number;
    if (localIndex(x) !== local) {
      // `x < v` with v the variable just incremented (`hi--; while (lo < hi)`): INCXBLT4, rhs is x.
      const xOff = this.i4VarOffset(x);
      if (op !== Op.ADDI4 || cond !== 'blt' || localIndex(y) !== local || xOff === undefined) return;
      fused = Op.INCXBLT4; rhs = xOff;
    } else {
      if (op === Op.ADD4 && cond !== 'blt' && cond !== 'ble') return;
      const imm = ldcValue(y);
      if (imm !== undefined) rhs = imm;
      else {
        const yOff = this.i4VarOffset(y);
        if (yOff === undefined) return;
        rhs = yOff;
      }
      if (op === Op.ADD4 && imm !== undefined) return;
      fused = op === Op.ADD4 ? (cond === 'blt' ? Op.ADDBLT4 : Op.ADDBLE4)
        : imm !== undefined ? ({ blt: Op.INCBLT4I, ble: Op.INCBLE4I, bgt: Op.INCBGT4I, bge: Op.INCBGE4I } as Record<string, Op>)[cond]!
        : ({ blt: Op.INCBLT4, ble: Op.INCBLE4, bgt: Op.INCBGT4, bge: Op.INCBGE4 } as Record<string, Op>)[cond]!;
    }
    const a = this.out[n + 2]!, b = this.out[n + 3]!;
    // A loop whose whole body stores a constant into a byte array (`for (j = s; j <= n; j += i)
    // flag[j] = true`, the sieve's inner loop): the store and the step are one op.
    const run = this.lastOps(2);
    if (run && run[1] === n && this.out[run[0]!] === Op.STELEMI1 && (fused === Op.ADDBLT4 || fused === Op.ADDBLE4) && !this.clauseBoundarySince(run[0]!)) {
      const st = run[0]!, [arr, idx, imm] = [this.out[st + 1]!, this.out[st + 2]!, this.out[st + 3]!];
      this.truncate(st);
      this.out.push(fused === Op.ADDBLT4 ? Op.STI1ADDBLT4 : Op.STI1ADDBLE4, arr, idx, imm, off, a, b, rhs);
    } else if (fused === Op.INCXBLT4 && a === off && run && run[1] === n && this.out[run[0]!] === Op.ADDI4 && this.out[run[0]! + 1] === rhs
      && this.out[run[0]! + 2] === rhs && !this.clauseBoundarySince(run[0]!)) {
      // `lo++; hi--; while (lo < hi)` (a reversal's two indexes): both steps and the test in one op.
      const k = this.out[run[0]! + 3]!;
      this.truncate(run[0]!);
      this.out.push(Op.INC2BLT4, rhs, k, off, b);
    } else {
      this.truncate(n);
      this.out.push(fused, off, a, b, rhs);
    }
    this.fixups.push([this.out.length, br.operand]); this.out.push(-1); this.recordState(br.operand);
    this.fixups.push([this.out.length, after.offset]); this.out.push(-1);
    this.lastOp = -1;
  }
  /**
   * Loop entries: a forward `br` to the loop's condition (a few loads, conversions and arithmetic
   * ending in a compare-and-branch back to the instruction after the br, the body) evaluates the
   * condition itself, inverted, going to the instruction after the condition: the entry no longer
   * jumps to the bottom and back. That instruction becomes a merge point.
   */
  private findEntryTests(targets: Set<number>): void {
    const instrs = this.instrs;
    const index = new Map<number, number>();
    instrs.forEach((ins, k) => index.set(ins.offset, k));
    for (let k = 0; k + 1 < instrs.length; k++) {
      const br = instrs[k]!;
      if ((br.op.name !== 'br' && br.op.name !== 'br.s') || br.operand <= br.offset) continue;
      const j = index.get(br.operand);
      if (j === undefined) continue;
      let e = j;
      while (e < instrs.length && e - j < 8 && ENTRY_TEST_OK.test(instrs[e]!.op.name) && (e === j || !targets.has(instrs[e]!.offset))) e++;
      const cond = instrs[e], exit = instrs[e + 1];
      if (e === j || !cond || !exit || !COMPARE_BRANCH.test(cond.op.name) || cond.operand !== instrs[k + 1]!.offset || targets.has(cond.offset)) continue;
      const range = instrs.slice(j, e + 2);
      if (this.touchesClause([br, ...range])) continue;
      targets.add(exit.offset);
      this.entryTests.set(br.offset, { cond: instrs.slice(j, e), branch: cond.op.name.replace(/\.s$/, ''), exit: exit.offset });
    }
  }

  /**
   * Whether the instructions from the current one's successor up to IL offset `target` are reached
   * only by falling through from it: none is a branch target or an exception clause boundary, and
   * none branches (its targets could then lose their only recorded stack state).
   */
  private deadRange(target: number): boolean {
    const range: Instr[] = [];
    for (let k = this.at + 1; k < this.instrs.length && this.instrs[k]!.offset < target; k++) range.push(this.instrs[k]!);
    if (!range.length || this.instrs[this.at + 1 + range.length]?.offset !== target) return false;
    return range.every((i) => !this.targets.has(i.offset) && i.op.operand !== Operand.Branch8 && i.op.operand !== Operand.Branch32 && !i.targets)
      && !this.touchesClause(range);
  }

  /** Whether an exception clause starts or ends at an IL instruction whose code starts after `pc` (fusing across it would hide the boundary). */
  private clauseBoundarySince(pc: number): boolean {
    const ats: number[] = [];
    for (let i = 0; i < this.ilMap.length; i += 2) if (this.ilMap[i]! > pc) ats.push(this.ilMap[i + 1]!);
    return this.clauseAt(ats);
  }

  /**
   * stfld of a constant null or 0 into a field of the object an inlined constructor just allocated
   * (see `fresh`), the field not stored since: the store would change nothing. Only ops that cannot
   * touch the object may have run since the allocation: constants, copies into other slots, and
   * stores into the object's other fields.
   */
  private storesZeroIntoFresh(f: RuntimeField): boolean {
    const fr = this.fresh, n = this.stack.length;
    if (!fr || n < 2 || fr.written.has(f.offset) || storageSize(this.ts, f.type)[0] > 4) return false;
    const v = this.stack[n - 1]!, o = this.stack[n - 2]!;
    if (v.imm !== 0 || o.fa !== undefined || o.imm !== undefined || o.off !== fr.slot) return false;
    if (fr.from > this.out.length || this.out[fr.from - 3] !== Op.ALLOC || this.out[fr.from - 2] !== fr.slot) return false;
    for (let pc = fr.from; pc < this.out.length; pc += 1 + OP_ARGS[this.out[pc]!]!) {
      const op = this.out[pc]!;
      if (op === Op.LDC4 || op === Op.LDC8 || op === Op.LDCR8 || op === Op.MOV4 || op === Op.MOV8) { if (this.out[pc + 1] === fr.slot) return false; }
      else if (!FIELD_STORES.has(op) || this.out[pc + 1] !== fr.slot) return false;
    }
    return true;
  }

  /** Whether an exception clause starts or ends at one of these instructions. */
  private touchesClause(ins: Instr[]): boolean {
    return this.clauseAt(ins.map((i) => i.offset));
  }

  /** Whether an exception clause starts or ends at one of these IL offsets. */
  private clauseAt(ats: number[]): boolean {
    return this.method.body!.clauses.some((c) => [c.tryStart, c.tryEnd, c.handlerStart, c.handlerEnd, c.filterStart].some((o) => ats.includes(o)));
  }
  /** The frame offset of the int32 local or argument an ldloc/ldarg reads, or undefined. */
  private i4VarOffset(ins: Instr): number | undefined {
    const l = localIndex(ins), a = argIndex(ins);
    const [off, t] = l >= 0 ? [this.localOffsets[l], this.localTypes[l]] : a >= 0 ? [this.argOffsets[a], this.argTypes[a]] : [undefined, undefined];
    return off === undefined || !t || skOf(t) !== SK.I4 || loadKind(this.ts, t) !== '4' ? undefined : off;
  }
  private ldcI4(v: number): boolean {
    const d = this.push(SK.I4, 4, this.ts.prims[Prim.I4]!);
    d.imm = v | 0;
    return true;
  }

  /** Copies a stack entry's value (8 bytes for scalars, the struct for VT) to dst. */
  copyEntry(dst: number, s: StackEntry): void {
    if (s.sk === SK.VT) this.emit(Op.MOVN, dst, s.off, s.size);
    else if (s.sk === SK.I4) this.emit(Op.MOV4, dst, s.off);
    else this.emit(Op.MOV8, dst, s.off);
  }

  /** Floating truth test for brtrue/brfalse: returns a slot holding (v == 0); NaN counts as true. */
  private floatIsZero(v: StackEntry): number {
    const z = this.scratch(8);
    this.emit(Op.LDCR8, z, this.k(0));
    this.emit(Op.CEQR8, z, v.off, z);
    return z;
  }

  private ret(): boolean {
    if (this.inl) { this.inl.returned = true; return false; } // the inliner takes the result from the stack
    const { ret } = this.ts.signatureOf(this.method);
    if (!ret) { this.emitRet(); return false; }
    const v = this.popImm();
    const narrow = ret.kind === Kind.Primitive ? RET_NARROW[ret.prim] : undefined;
    if (v.imm !== undefined) { this.emit(Op.RETI4, narrow ? NARROW_CONST[narrow.op]!(v.imm) : v.imm); return false; }
    if (v.sk === SK.VT) { this.emit(Op.RETN, v.off, v.size); return false; }
    // `ret` converts to a small return type (IL may return an int32 as int8; C# never does).
    if (narrow && !this.alreadyNarrow(v, ret, narrow.from)) { this.emit(narrow.op, v.slot, v.off); v.off = v.slot; }
    else if (ret.kind === Kind.Primitive && ret.prim === Prim.R4 && v.sk === SK.R8) { this.emit(Op.R8_TO_R4, v.slot, v.off); v.off = v.slot; }
    // The result goes to fp+0: a value already there needs no copy, and the instruction that just
    // computed it can write it there itself (nothing runs between it and the return).
    const n = v.off === v.slot ? this.producerOf(v.slot) : -1;
    if (n >= 0 && (this.out[n] === Op.MOV4 || this.out[n] === Op.MOV8)) {
      // A copy just made for the return: return from its source.
      const [op, src] = [this.out[n], this.out[n + 2]!];
      this.truncate(n);
      this.emit(src === 0 ? Op.RET : op === Op.MOV4 ? Op.RET4 : Op.RET8, ...(src === 0 ? [] : [src]));
      return false;
    }
    if (n >= 0) this.out[n + 1] = 0;
    if (n >= 0 || v.off === 0) this.emitRet();
    else this.emit(v.sk === SK.I4 ? Op.RET4 : Op.RET8, v.off);
    return false;
  }

  /** Whether `readonly.` prefixes this instruction (of the method being transformed, not of one being inlined). */
  private readonlyPrefixed(ins: Instr): boolean { return this.readonlyAt === ins.offset && this.readonlyIn === this.method; }

  /** Is v's value already within the small integer type `t` (its producer or its variable narrows it)? */
  private alreadyNarrow(v: StackEntry, t: RuntimeType, producers: ReadonlySet<number>): boolean {
    if (v.off === v.slot) {
      const n = this.producerOf(v.slot);
      return n >= 0 && producers.has(this.out[n]!);
    }
    const a = this.argOffsets.indexOf(v.off);
    if (a >= 0) return this.argTypes[a] === t;
    const l = this.localOffsets.indexOf(v.off);
    return l >= 0 && this.localTypes[l] === t;
  }

  /**
   * A RET whose result is in place. When the op just before it branches over it on an integer
   * compare with a constant (`if (n >= 2) goto L; return n; L:`), both become one conditional
   * return (`return if n < 2`).
   */
  private emitRet(): void {
    const b = this.lastBranch;
    const inverse = ({ [Op.BGE4I]: 0, [Op.BGT4I]: 1, [Op.BLE4I]: 2, [Op.BLT4I]: 3, [Op.BNE4I]: 4, [Op.BEQ4I]: 5 } as Record<number, number>)[this.out[b.start] ?? -1];
    if (b.start >= 0 && b.start + 4 === this.out.length && inverse !== undefined && this.nextIns && b.il === this.nextIns.offset
      && this.fixups.length && this.fixups[this.fixups.length - 1]![0] === b.start + 3) {
      const a = this.out[b.start + 1]!, k = this.out[b.start + 2]!;
      this.fixups.pop();
      this.truncate(b.start);
      this.lastBranch = { start: -1, il: -1 };
      this.emit(Op.RETIF4I, a, k, inverse);
      return;
    }
    this.emit(Op.RET);
  }

  private condBranch(name: string, target: number): boolean {
    const base = name.replace(/\.un$/, '');
    const un = name.endsWith('.un');
    const bi = this.popImm(true);
    if (bi.rk !== undefined && this.stack.length && this.stack[this.stack.length - 1]!.sk === SK.R8) {
      const a = this.pop();
      // `if (x + y <op> k)`: the add just computed into a temporary is part of the branch.
      const n = a.off === a.slot && a.slot >= this.stackBase && !this.readByStack(a.slot) ? this.producedBy(Op.ADDR8, a.slot) : -1;
      if (n >= 0 && this.stack.every((e) => e.off === e.slot && e.imm === undefined && e.rk === undefined && e.fa === undefined)) {
        const [x, y] = [this.out[n + 2]!, this.out[n + 3]!];
        this.truncate(n);
        this.branch(Op.ADDBRR8K, target, x, y, bi.rk, f64BranchKind(name));
        return true;
      }
      this.branch(Op.BRR8K, target, a.off, bi.rk, f64BranchKind(name));
      return true;
    }
    if (bi.rk !== undefined) this.materialize(bi);
    if (bi.imm !== undefined && (!un || base === 'bne') && this.stack.length && this.stack[this.stack.length - 1]!.sk === SK.I4) {
      const a = this.pop();
      const op = ({ beq: Op.BEQ4I, bne: Op.BNE4I, blt: Op.BLT4I, ble: Op.BLE4I, bgt: Op.BGT4I, bge: Op.BGE4I } as Record<string, Op>)[base]!;
      this.branch(op, target, a.off, bi.imm);
      return true;
    }
    if (bi.imm !== undefined) this.materialize(bi);
    const b = bi, a = this.pop();
    if (a.sk === SK.I4 && b.sk === SK.I4) {
      const op = ({ beq: Op.BEQ4, bne: Op.BNE4, blt: un ? Op.BLTU4 : Op.BLT4, ble: un ? Op.BLEU4 : Op.BLE4, bgt: un ? Op.BGTU4 : Op.BGT4, bge: un ? Op.BGEU4 : Op.BGE4 } as Record<string, Op>)[base]!;
      this.branch(op, target, a.off, b.off);
      return true;
    }
    // Other kinds: compare into a temp slot, then branch on it.
    const t = this.push(SK.I4, 4, this.ts.prims[Prim.I4]!); // occupies a's old slot region safely
    this.stack.pop();
    const tmp = t.off + SLOT * 2 + round8(Math.max(a.size, b.size));
    this.touch(tmp + SLOT);
    const f = a.sk === SK.I8 ? 8 : 'R8';
    const isF = f === 'R8';
    if (isF) {
      // One compare-and-branch: kind 0 ==, 1 <, 2 < or unordered, 3 >, 4 > or unordered; +5 branches when false.
      this.branch(Op.BRR8, target, a.off, b.off, f64BranchKind(name));
      return true;
    }
    let op: Op; let neg = false; let swap = false;
    switch (base) {
      case 'beq': op = isF ? Op.CEQR8 : Op.CEQ8; break;
      case 'bne': op = isF ? Op.CEQR8 : Op.CEQ8; neg = true; break;
      case 'blt': op = isF ? (un ? Op.CLTUNR8 : Op.CLTR8) : (un ? Op.CLTU8 : Op.CLT8); break;
      case 'bgt': op = isF ? (un ? Op.CGTUNR8 : Op.CGTR8) : (un ? Op.CGTU8 : Op.CGT8); break;
      // a >= b  ==  !(a < b) for integers; for floats bge is "not (a < b unordered)" when .un
      case 'bge': op = isF ? (un ? Op.CLTR8 : Op.CLTUNR8) : (un ? Op.CLTU8 : Op.CLT8); neg = true; break;
      case 'ble': op = isF ? (un ? Op.CGTR8 : Op.CGTUNR8) : (un ? Op.CGTU8 : Op.CGT8); neg = true; break;
      default: throw new TransformError(`unknown branch ${name}`);
    }
    void swap;
    this.emit(op, tmp, a.off, b.off);
    this.branch(neg ? Op.BRFALSE4 : Op.BRTRUE4, target, tmp);
    return true;
  }

  private ldind(op: Op, t: RuntimeType): boolean {
    const a = this.popAddr();
    const d = this.pushType(t);
    if (a.fa !== undefined) { this.loadFrame(d.off, a.fa, t); return true; }
    this.emit(op, d.off, a.off);
    return true;
  }
  private stind(op: Op): boolean {
    const v = this.pop(), a = this.popAddr();
    if (a.fa !== undefined) {
      // A store into a frame variable: a plain move (frames need no write barrier).
      const mv = ({ [Op.STIND1]: Op.STL1, [Op.STIND2]: Op.STL2, [Op.STIND4]: Op.MOV4, [Op.STINDREF]: Op.MOV4, [Op.STIND8]: Op.MOV8, [Op.STIND_R4]: Op.STL_R4 } as Record<number, Op>)[op];
      const width = ({ [Op.STIND1]: 1, [Op.STIND2]: 2, [Op.STIND8]: 8 } as Record<number, number>)[op] ?? 4;
      if (mv !== undefined && frameAligned(a.fa, width)) { this.invalidate(a.fa); this.emit(mv, a.fa, v.off); return true; }
      this.materialize(a);
    }
    this.emit(op, a.off, v.off);
    return true;
  }

  private binop(name: string): boolean {
    const kOp = ({ add: Op.ADDR8K, sub: Op.SUBR8K, mul: Op.MULR8K, div: Op.DIVR8K } as Record<string, Op>)[name];
    const b = this.popImm(kOp !== undefined);
    if (b.rk !== undefined) {
      const a = this.pop();
      if (a.sk !== SK.R8) { this.materialize(b); this.stack.push(a); return this.binopSlots(name, b); }
      const d = this.push(SK.R8, 8, a.type);
      this.emit(kOp!, d.off, a.off, b.rk); // a float64 constant operand, read from the constant pool
      return true;
    }
    const top = this.stack[this.stack.length - 1];
    if (top && top.rk !== undefined && b.sk === SK.R8 && (name === 'add' || name === 'mul')) {
      // Commutative op with the constant on the left.
      this.stack.pop();
      const d = this.push(SK.R8, 8, b.type);
      this.emit(kOp!, d.off, b.off, top.rk);
      return true;
    }
    if (top && top.rk !== undefined && b.sk === SK.R8 && (name === 'sub' || name === 'div')) {
      // `k - x`, `k / x`: the constant is the left operand.
      this.stack.pop();
      const d = this.push(SK.R8, 8, b.type);
      // `k / (double)n`: the int conversion just made into b's slot is part of the op (KDIVI4R8).
      const n = name === 'div' && b.off === b.slot && !this.readByStack(b.slot, 1) ? this.producedBy(Op.I4_TO_R8, b.slot) : -1;
      if (n >= 0) {
        const x = this.out[n + 2]!;
        this.truncate(n);
        this.emit(Op.KDIVI4R8, d.off, x, top.rk);
        return true;
      }
      this.emit(name === 'sub' ? Op.KSUBR8 : Op.KDIVR8, d.off, b.off, top.rk);
      return true;
    }
    return this.binopSlots(name, b);
  }

  private binopSlots(name: string, b: StackEntry): boolean {
    if (b.imm !== undefined && this.stack.length && this.stack[this.stack.length - 1]!.sk === SK.I4) {
      const immOp = ({ add: Op.ADDI4, sub: Op.ADDI4, mul: Op.MULI4, and: Op.ANDI4 } as Record<string, Op>)[name];
      if (immOp !== undefined) {
        const a = this.pop();
        const d = this.push(SK.I4, 4, a.type?.kind === Kind.ByRef || a.type?.kind === Kind.Pointer ? a.type : this.ts.prims[Prim.I4]!);
        const k = name === 'sub' ? -b.imm | 0 : b.imm;
        // `x + y + k`: the add just computed into a temporary takes the constant too (ADDADDI4).
        const n = immOp === Op.ADDI4 && a.off === a.slot && a.slot >= this.stackBase && !this.readByStack(a.slot, 1) ? this.producedBy(Op.ADD4, a.slot) : -1;
        if (n >= 0) {
          const [x, y] = [this.out[n + 2]!, this.out[n + 3]!];
          this.truncate(n);
          this.emit(Op.ADDADDI4, d.off, x, y, k);
          return true;
        }
        this.emit(immOp, d.off, a.off, k);
        return true;
      }
    }
    if (b.imm !== undefined) this.materialize(b);
    const top = this.stack[this.stack.length - 1];
    if (top && top.imm !== undefined && b.sk === SK.I4 && (name === 'add' || name === 'mul' || name === 'and')) {
      // Commutative op with a constant on the left: swap it into the immediate.
      this.stack.pop();
      const d = this.push(SK.I4, 4, b.type?.kind === Kind.ByRef || b.type?.kind === Kind.Pointer ? b.type : this.ts.prims[Prim.I4]!);
      this.emit(({ add: Op.ADDI4, mul: Op.MULI4, and: Op.ANDI4 } as Record<string, Op>)[name]!, d.off, b.off, top.imm);
      return true;
    }
    const a = this.pop();
    const ts = this.ts;
    let sk = a.sk;
    if (a.sk !== b.sk) {
      // Mixed native int / int32 (both I4 here) or byref + int: I4 arithmetic.
      if ((a.sk === SK.R4 || a.sk === SK.R8) && (b.sk === SK.R4 || b.sk === SK.R8)) sk = SK.R8;
      else if (a.sk === SK.I8 || b.sk === SK.I8) throw new TransformError(`mixed int32/int64 operands to ${name} in ${this.method.name}`);
    }
    const type = sk === SK.I4 ? (a.type?.kind === Kind.ByRef || a.type?.kind === Kind.Pointer ? a.type : b.type?.kind === Kind.ByRef ? b.type : ts.prims[Prim.I4]!) : a.type;
    const d = this.push(sk, sk === SK.I4 ? 4 : 8, type);
    const table: Record<string, [number, number, number, number]> = {
      // [I4, I8, R8, R4]
      add: [Op.ADD4, Op.ADD8, Op.ADDR8, Op.ADDR4], sub: [Op.SUB4, Op.SUB8, Op.SUBR8, Op.SUBR4],
      mul: [Op.MUL4, Op.MUL8, Op.MULR8, Op.MULR4], div: [Op.DIV4, Op.DIV8, Op.DIVR8, Op.DIVR4],
      'div.un': [Op.DIVU4, Op.DIVU8, -1, -1], rem: [Op.REM4, Op.REM8, Op.REMR8, Op.REMR4], 'rem.un': [Op.REMU4, Op.REMU8, -1, -1],
      and: [Op.AND4, Op.AND8, -1, -1], or: [Op.OR4, Op.OR8, -1, -1], xor: [Op.XOR4, Op.XOR8, -1, -1],
      'add.ovf': [Op.ADDOVF4, Op.ADDOVF8, -1, -1], 'add.ovf.un': [Op.ADDOVFU4, Op.ADDOVFU8, -1, -1],
      'sub.ovf': [Op.SUBOVF4, Op.SUBOVF8, -1, -1], 'sub.ovf.un': [Op.SUBOVFU4, Op.SUBOVFU8, -1, -1],
      'mul.ovf': [Op.MULOVF4, Op.MULOVF8, -1, -1], 'mul.ovf.un': [Op.MULOVFU4, Op.MULOVFU8, -1, -1],
    };
    const row = table[name]!;
    const op = row[sk === SK.I4 ? 0 : sk === SK.I8 ? 1 : sk === SK.R8 ? 2 : 3] as Op;
    if (op === undefined || op < 0) throw new BadImageFormatError(`${name} on floating-point operands in ${this.method.name}`);
    if ((op === Op.ADDR8 || op === Op.SUBR8) && this.fuseMulAdd(op, d.off, a, b)) return true;
    if ((op === Op.ADDR8 || op === Op.SUBR8 || op === Op.MULR8) && this.fuseFieldOperands(op, d.off, a, b)) return true;
    if (op === Op.XOR4 && this.fuseXorShift(d.off, a, b)) return true;
    this.emit(op, d.off, a.off, b.off);
    return true;
  }

  /**
   * `x ^ (y << k)`, `x ^ (y >> k)`, `x ^ (y >>> k)` (xorshift generators, hash mixing) with the
   * shift just computed into a temporary: one op (XORSHLI4, XORSHRI4, XORSHRUI4 d x y k).
   */
  private fuseXorShift(d: number, a: StackEntry, b: StackEntry): boolean {
    for (const [t, x] of [[b, a], [a, b]] as const) {
      if (t.off !== t.slot || t.slot < this.stackBase || x.off === t.slot || this.readByStack(t.slot, 1)) continue;
      for (const [shift, fused] of [[Op.SHLI4, Op.XORSHLI4], [Op.SHRI4, Op.XORSHRI4], [Op.SHRUI4, Op.XORSHRUI4]] as const) {
        const n = this.producedBy(shift, t.slot);
        if (n < 0) continue;
        const [y, k] = [this.out[n + 2]!, this.out[n + 3]!];
        this.truncate(n);
        this.emit(fused, d, x.off, y, k);
        return true;
      }
    }
    return false;
  }

  /**
   * A float64 add or subtract one of whose operands is the product the op just before computed
   * into a temporary: `x * y + c`, `c + x * y`, `x * y - c` and `c - x * y` are one op (MULADDR8,
   * MULSUBR8, SUBMULR8) that still rounds the product and the sum separately, as IL does;
   * likewise `(x - y) + c` and `c + (x - y)` (SUBADDR8).
   */
  private fuseMulAdd(op: Op, d: number, a: StackEntry, b: StackEntry): boolean {
    const one = this.lastOps(1);
    const first = one ? this.out[one[0]!] : -1;
    // (Not before a stfld: `o.F += x - y` stays SUBR8 and a field update, ADDR8FLD.)
    if (first !== Op.MULR8 && !(first === Op.SUBR8 && op === Op.ADDR8 && this.nextIns?.op.name !== 'stfld')) return false;
    const n = one![0]!, t = this.out[n + 1]!, x = this.out[n + 2]!, y = this.out[n + 3]!;
    // (The result d was pushed already: it is the top entry; the product's slot must be read by nothing else.)
    if (t < this.stackBase || this.readByStack(t, 1)) return false;
    let fused: Op, c: StackEntry;
    if (b.off === b.slot && b.slot === t) { fused = first === Op.SUBR8 ? Op.SUBADDR8 : op === Op.ADDR8 ? Op.MULADDR8 : Op.SUBMULR8; c = a; }
    else if (a.off === a.slot && a.slot === t) { fused = first === Op.SUBR8 ? Op.SUBADDR8 : op === Op.ADDR8 ? Op.MULADDR8 : Op.MULSUBR8; c = b; }
    else return false;
    if (c.off === t) return false;
    // `c + x * a[i]`: the element load just before the product is part of the op (MULADDELR8).
    const two = fused === Op.MULADDR8 ? this.lastOps(2) : null;
    if (two && this.out[two[0]!] === Op.LDELEM_R8 && this.out[two[0]! + 1] === y && y !== x && y >= this.stackBase && c.off !== y && !this.readByStack(y, 1)) {
      const [arr, idx] = [this.out[two[0]! + 2]!, this.out[two[0]! + 3]!];
      this.truncate(two[0]!);
      this.emit(Op.MULADDELR8, d, x, arr, idx, c.off);
      return true;
    }
    // `k * a * b + c` (the 2 * zr * zi + ci of z squared plus c): the constant's product is part of
    // the op (MULKMULADDR8), still rounded on its own.
    if (two && this.out[two[0]!] === Op.MULR8K && this.out[two[0]! + 1] === x && x >= this.stackBase && x !== y && c.off !== x && !this.readByStack(x, 1)) {
      const [a0, k] = [this.out[two[0]! + 2]!, this.out[two[0]! + 3]!];
      this.truncate(two[0]!);
      this.emit(Op.MULKMULADDR8, d, a0, k, y, c.off);
      return true;
    }
    this.truncate(n);
    this.emit(fused, d, x, y, c.off);
    return true;
  }

  /** Whether an entry left on the evaluation stack (below the top `skip` ones) reads frame offset `off`. */
  private readByStack(off: number, skip = 0): boolean {
    for (let i = this.stack.length - 1 - skip; i >= 0; i--) if (this.stack[i]!.off === off) return true;
    return false;
  }

  /**
   * A float64 add/sub/mul whose operands were just loaded from object fields: `a.X - b.X` is one
   * op reading both fields (XR8FF), `x * o.F` one reading the field (XR8F). The loads go.
   */
  private fuseFieldOperands(op: Op, d: number, a: StackEntry, b: StackEntry): boolean {
    const isLoad = (n: number, slot: number) => this.out[n] === Op.LDFLD_R8 && this.out[n + 1] === slot;
    const two = a.off === a.slot && b.off === b.slot ? this.lastOps(2) : null;
    if (two && isLoad(two[0]!, a.slot) && isLoad(two[1]!, b.slot)) {
      const [o1, f1, o2, f2] = [this.out[two[0]! + 2]!, this.out[two[0]! + 3]!, this.out[two[1]! + 2]!, this.out[two[1]! + 3]!];
      // (The result d was pushed already: it is the top entry.)
      if (o2 === a.slot || this.readByStack(a.slot, 1) || this.readByStack(b.slot, 1)) return false; // the first load overwrote the second's object
      this.truncate(two[0]!);
      this.emit(op === Op.ADDR8 ? Op.ADDR8FF : op === Op.SUBR8 ? Op.SUBR8FF : Op.MULR8FF, d, o1, f1, o2, f2);
      return true;
    }
    const one = this.lastOps(1);
    if (!one) return false;
    let x: StackEntry, fld: StackEntry;
    if (b.off === b.slot && isLoad(one[0]!, b.slot)) { x = a; fld = b; }
    else if (op !== Op.SUBR8 && a.off === a.slot && isLoad(one[0]!, a.slot)) { x = b; fld = a; } // commutative: the field may come first
    else return false;
    if (x.off === fld.slot || this.readByStack(fld.slot, 1)) return false;
    const [o, f] = [this.out[one[0]! + 2]!, this.out[one[0]! + 3]!];
    this.truncate(one[0]!);
    this.emit(op === Op.ADDR8 ? Op.ADDR8F : op === Op.SUBR8 ? Op.SUBR8F : Op.MULR8F, d, x.off, o, f);
    return true;
  }

  /**
   * `o.F += v` / `o.F -= v` (IL: `dup; ldfld F; <v>; add; stfld F`) on a float64 or int32 field:
   * one op reading and writing the field, instead of load, add and store. Only when the code
   * computing v (between the load and the add) writes no memory, no variable (only evaluation
   * stack slots, neither o's nor the loaded value's) and can throw nothing but the
   * NullReferenceException of a field load, which the load of o.F would have thrown first
   * anyway: then reading the field at the end gives the same result.
   */
  private fuseFieldUpdate(obj: number, v: StackEntry, f: RuntimeField, r8: boolean): boolean {
    if (v.off !== v.slot) return false;
    const run = this.recentRun();
    if (!run.length) return false;
    const n = run[run.length - 1]!, op = this.out[n]!;
    const [ADD, SUB, LOAD] = r8 ? [Op.ADDR8, Op.SUBR8, Op.LDFLD_R8] : [Op.ADD4, Op.SUB4, Op.LDFLD4];
    const imm = !r8 && op === Op.ADDI4; // `o.F += k`
    // `o.F += x * y` (MULADDR8 d x y c with c the loaded field), `o.F -= x * y` (SUBMULR8 d x y c).
    const mul = r8 && (op === Op.MULADDR8 || op === Op.SUBMULR8);
    if ((op !== ADD && op !== SUB && !imm && !mul) || this.out[n + 1] !== v.slot) return false;
    let t = mul ? this.out[n + 4]! : this.out[n + 2]!, u = imm || mul ? -1 : this.out[n + 3]!;
    const k = imm ? this.out[n + 3]! : 0;
    const [mx, my] = mul ? [this.out[n + 2]!, this.out[n + 3]!] : [-1, -1];
    // Find the field load among the recent ops, with only pure ops after it. Its value must reach
    // the add unchanged: no later op may write its slot (in `o.F += o.F * k` the second load's
    // slot is overwritten by the product, so it is the first load that fuses).
    const pure = r8 ? PURE_R8 : PURE_I4;
    const written = new Set<number>();
    for (let i = run.length - 2; i >= 0; i--) {
      const m = run[i]!;
      const mo = this.out[m]!;
      const s = this.out[m + 1]!;
      if (mo === LOAD && this.out[m + 2] === obj && this.out[m + 3] === f.offset && !written.has(s) && (s === t || (op === ADD && s === u))) {
        if (this.out[m + 1] !== t) [t, u] = [u, t];
        // The loaded value must be a temporary nothing else reads (`o.F++` used as a value keeps it in a variable or on the stack).
        if (u === t || mx === t || my === t || t < this.stackBase || this.readByStack(t)) return false;
        this.truncate(n);
        this.spliceOut(m, 4);
        if (imm) this.emit(Op.ADDFLDI4, obj, f.offset, k);
        else if (mul) this.emit(op === Op.MULADDR8 ? Op.MADDR8FLD : Op.MSUBR8FLD, obj, f.offset, mx, my);
        else {
          // `o.F += x * p.G`: the field product just computed into u (MULR8F) is part of the update.
          // (Read from the recent ops: after the splice, producerOf no longer knows the last op.)
          const one = r8 && u >= this.stackBase && !this.readByStack(u) ? this.lastOps(1) : null;
          if (one && this.out[one[0]!] === Op.MULR8F && this.out[one[0]! + 1] === u) {
            const [x, p, g] = [this.out[one[0]! + 2]!, this.out[one[0]! + 3]!, this.out[one[0]! + 4]!];
            this.truncate(one[0]!);
            this.emit(op === ADD ? Op.MADDR8FLDF : Op.MSUBR8FLDF, obj, f.offset, x, p, g);
            return true;
          }
          this.emit(r8 ? (op === ADD ? Op.ADDR8FLD : Op.SUBR8FLD) : (op === ADD ? Op.ADDFLD4 : Op.SUBFLD4), obj, f.offset, u);
        }
        return true;
      }
      if ((!pure.has(mo) && !NRE_ONLY.has(mo)) || s < this.stackBase || s === obj) return false;
      written.add(s);
    }
    return false;
  }

  private shift(name: string): boolean {
    const b = this.popImm();
    if (b.imm !== undefined && this.stack.length && this.stack[this.stack.length - 1]!.sk === SK.I4) {
      const a = this.pop();
      const d = this.push(SK.I4, 4, a.type);
      // `(x * y) >> k` with the product just computed into a temporary: one op (MULSHRI4, MULSHRUI4).
      const n = name !== 'shl' && a.off === a.slot && a.slot >= this.stackBase && !this.readByStack(a.slot, 1) ? this.producedBy(Op.MUL4, a.slot) : -1;
      if (n >= 0) {
        const [x, y] = [this.out[n + 2]!, this.out[n + 3]!];
        this.truncate(n);
        this.emit(name === 'shr' ? Op.MULSHRI4 : Op.MULSHRUI4, d.off, x, y, b.imm & 31);
        return true;
      }
      this.emit(({ shl: Op.SHLI4, shr: Op.SHRI4, 'shr.un': Op.SHRUI4 } as Record<string, Op>)[name]!, d.off, a.off, b.imm & 31);
      return true;
    }
    if (b.imm !== undefined) this.materialize(b);
    const a = this.pop();
    const d = this.push(a.sk, a.sk === SK.I8 ? 8 : 4, a.type);
    const op = a.sk === SK.I8 ? ({ shl: Op.SHL8, shr: Op.SHR8, 'shr.un': Op.SHRU8 } as Record<string, Op>)[name]! : ({ shl: Op.SHL4, shr: Op.SHR4, 'shr.un': Op.SHRU4 } as Record<string, Op>)[name]!;
    if (b.sk === SK.I8) throw new TransformError('64-bit shift amount');
    this.emit(op, d.off, a.off, b.off);
    return true;
  }

  private unop(name: string): boolean {
    const a = this.pop();
    const d = this.push(a.sk, a.sk === SK.I4 ? 4 : 8, a.type);
    if (name === 'neg') this.emit(a.sk === SK.I4 ? Op.NEG4 : a.sk === SK.I8 ? Op.NEG8 : Op.NEGR8, d.off, a.off);
    else this.emit(a.sk === SK.I4 ? Op.NOT4 : Op.NOT8, d.off, a.off);
    return true;
  }

  private compare(name: string): boolean {
    const b = this.pop(), a = this.pop();
    const d = this.push(SK.I4, 4, this.ts.prims[Prim.Bool]!);
    const isF = a.sk === SK.R4 || a.sk === SK.R8;
    const i8 = a.sk === SK.I8;
    const ops: Record<string, [Op, Op, Op]> = {
      ceq: [Op.CEQ4, Op.CEQ8, Op.CEQR8], cgt: [Op.CGT4, Op.CGT8, Op.CGTR8], 'cgt.un': [Op.CGTU4, Op.CGTU8, Op.CGTUNR8],
      clt: [Op.CLT4, Op.CLT8, Op.CLTR8], 'clt.un': [Op.CLTU4, Op.CLTU8, Op.CLTUNR8],
    };
    this.emit(ops[name]![isF ? 2 : i8 ? 1 : 0], d.off, a.off, b.off);
    return true;
  }

  private conv(name: string): boolean {
    const a = this.pop();
    const ts = this.ts;
    const to = name.slice(5);
    const from = a.sk;
    const I = (p: Prim) => ts.prims[p]!;
    switch (to) {
      case 'i1': case 'u1': case 'i2': case 'u2': {
        const d = this.push(SK.I4, 4, I(Prim.I4));
        const src = this.toI4(a, d.off);
        this.emit(({ i1: Op.CONV_I1, u1: Op.CONV_U1, i2: Op.CONV_I2, u2: Op.CONV_U2 } as Record<string, Op>)[to]!, d.off, src);
        return true;
      }
      case 'i4': case 'u4': case 'i': case 'u': {
        const d = this.push(SK.I4, 4, to === 'i' || to === 'u' ? I(Prim.I) : I(Prim.I4));
        if (from === SK.I4) d.off = a.off; // same bits: the entry keeps reading where the value is
        else if (from === SK.I8) this.emit(Op.I8_TO_I4, d.off, a.off);
        else this.emit(to === 'u4' || to === 'u' ? Op.R8_TO_U4 : Op.R8_TO_I4, d.off, a.off);
        return true;
      }
      case 'i8': case 'u8': {
        const d = this.push(SK.I8, 8, I(Prim.I8));
        if (from === SK.I4) this.emit(to === 'i8' ? Op.I4_TO_I8 : Op.U4_TO_I8, d.off, a.off);
        else if (from === SK.I8) d.off = a.off;
        else this.emit(to === 'u8' ? Op.R8_TO_U8 : Op.R8_TO_I8, d.off, a.off);
        return true;
      }
      case 'r4': case 'r8': case 'r.un': {
        const d = this.push(to === 'r4' ? SK.R4 : SK.R8, 8, to === 'r4' ? I(Prim.R4) : I(Prim.R8));
        // int64 → float32 rounds once (not through a double), also for conv.r.un; conv.r4 of uint64.
        if (to === 'r4' && from === SK.I8) { this.emit(Op.I8_TO_R4, d.off, a.off); return true; }
        const n = this.lastOp;
        if (to === 'r4' && n >= 0 && this.out[n] === Op.U8_TO_R8 && this.out[n + 1] === a.off && n + 3 === this.out.length) this.out[n] = Op.U8_TO_R4;
        if (from === SK.I4) this.emit(name === 'conv.r.un' ? Op.U4_TO_R8 : Op.I4_TO_R8, d.off, a.off);
        else if (from === SK.I8) this.emit(name === 'conv.r.un' ? Op.U8_TO_R8 : Op.I8_TO_R8, d.off, a.off);
        else if (d.off !== a.off) this.emit(Op.MOV8, d.off, a.off);
        if (to === 'r4') this.emit(Op.R8_TO_R4, d.off, d.off);
        return true;
      }
    }
    throw new TransformError(`unknown conversion ${name}`);
  }

  /** Narrowing conversions from any kind to an I4 source slot (for conv.i1 and friends). */
  private toI4(a: StackEntry, scratch: number): number {
    if (a.sk === SK.I4) return a.off;
    if (a.sk === SK.I8) { this.emit(Op.I8_TO_I4, scratch, a.off); return scratch; }
    this.emit(Op.R8_TO_I4, scratch, a.off);
    return scratch;
  }

  private convOvf(name: string): boolean {
    const a = this.pop();
    const un = name.endsWith('.un');
    const to = name.slice('conv.ovf.'.length).replace(/\.un$/, '');
    const prims: Record<string, Prim> = { i1: Prim.I1, u1: Prim.U1, i2: Prim.I2, u2: Prim.U2, i4: Prim.I4, u4: Prim.U4, i8: Prim.I8, u8: Prim.U8, i: Prim.I, u: Prim.U };
    const p = prims[to]!;
    const wide = p === Prim.I8 || p === Prim.U8;
    const d = this.push(wide ? SK.I8 : SK.I4, wide ? 8 : 4, this.ts.prims[p]!);
    // fromKind: 0 i4, 1 u4 (un), 2 i8, 3 u8 (un), 4 float
    const fromKind = a.sk === SK.I4 ? (un ? 1 : 0) : a.sk === SK.I8 ? (un ? 3 : 2) : 4;
    this.emit(Op.CONVOVF, d.off, a.off, fromKind, p);
    return true;
  }

  // ---- Objects, fields, arrays, calls ------------------------------------------------------------

  private objectInstr(ins: Instr): boolean {
    const name = ins.op.name;
    const ts = this.ts;
    switch (name) {
      case 'ldstr': { const d = this.push(SK.I4, 4, ts.string); this.emit(Op.LDSTR, d.off, this.host.internString(this.m, ins.operand)); return true; }
      case 'ldfld': case 'ldflda': case 'stfld': return this.instanceField(name, this.ts.resolveField(this.m, ins.operand, this.ctx));
      case 'ldsfld': case 'ldsflda': case 'stsfld': return this.staticField(name, this.ts.resolveField(this.m, ins.operand, this.ctx));
      case 'call': case 'callvirt': {
        const target = this.ts.resolveMethod(this.m, ins.operand, this.ctx);
        this.readonlyCall = this.readonlyPrefixed(ins);
        return this.call(target, name === 'callvirt');
      }
      case 'newobj': return this.newobj(this.ts.resolveMethod(this.m, ins.operand, this.ctx));
      case 'newarr': {
        const len = this.pop();
        const at = ts.szArrayOf(this.resolveTypeOrThrow(ins.operand));
        const d = this.push(SK.I4, 4, at);
        this.host.mtOf(at);
        this.emit(Op.NEWARR, d.off, this.toI4(len, d.off), this.k(at));
        return true;
      }
      case 'ldlen': { const a = this.pop(); const d = this.push(SK.I4, 4, ts.prims[Prim.I]!); this.emit(Op.LDLEN, d.off, a.off); return true; }
      case 'ldelema': {
        const idx = this.pop(), arr = this.pop();
        const et = this.resolveTypeOrThrow(ins.operand);
        const d = this.push(SK.I4, 4, ts.byRefOf(et));
        // A writable element address of a reference type that an array of a more derived type could
        // stand for (covariance: string[] seen as object[]) needs the array's element type to be
        // exactly the token's (ECMA-335 III.4.9); `readonly.` leaves the check out, and so does a
        // sealed class, which no other array type can stand for.
        if (needsExactElement(et) && !this.readonlyPrefixed(ins)) this.emit(Op.LDELEMA_REF, d.off, arr.off, idx.off, this.host.mtOf(et));
        else this.emit(Op.LDELEMA, d.off, arr.off, idx.off, storageSize(ts, et)[0]);
        return true;
      }
      case 'ldelem.i1': return this.ldelem(ts.prims[Prim.I1]!);
      case 'ldelem.u1': return this.ldelem(ts.prims[Prim.U1]!);
      case 'ldelem.i2': return this.ldelem(ts.prims[Prim.I2]!);
      case 'ldelem.u2': return this.ldelem(ts.prims[Prim.U2]!);
      case 'ldelem.i4': return this.ldelem(ts.prims[Prim.I4]!);
      case 'ldelem.u4': return this.ldelem(ts.prims[Prim.U4]!);
      case 'ldelem.i8': return this.ldelem(ts.prims[Prim.I8]!);
      case 'ldelem.i': return this.ldelem(ts.prims[Prim.I]!);
      case 'ldelem.r4': return this.ldelem(ts.prims[Prim.R4]!);
      case 'ldelem.r8': return this.ldelem(ts.prims[Prim.R8]!);
      case 'ldelem.ref': { const arr = this.stack[this.stack.length - 2]; return this.ldelem(arr?.type?.elem && !isValueType(arr.type.elem) ? arr.type.elem : ts.object); }
      case 'ldelem': return this.ldelem(this.resolveTypeOrThrow(ins.operand));
      case 'stelem.i1': return this.stelem(ts.prims[Prim.I1]!);
      case 'stelem.i2': return this.stelem(ts.prims[Prim.I2]!);
      case 'stelem.i4': case 'stelem.i': return this.stelem(ts.prims[Prim.I4]!);
      case 'stelem.i8': return this.stelem(ts.prims[Prim.I8]!);
      case 'stelem.r4': return this.stelem(ts.prims[Prim.R4]!);
      case 'stelem.r8': return this.stelem(ts.prims[Prim.R8]!);
      case 'stelem.ref': return this.stelem(ts.object);
      case 'stelem': return this.stelem(this.resolveTypeOrThrow(ins.operand));
      case 'box': {
        const v = this.pop();
        const t = this.resolveTypeOrThrow(ins.operand);
        const d = this.push(SK.I4, 4, isValueType(t) ? ts.object : t);
        if (!isValueType(t)) { this.emit(Op.MOV4, d.off, v.off); return true; }
        const next = this.nextIns;
        if (next && /^br(true|false)/.test(next.op.name) && !this.targets.has(next.offset) && t.genericDef !== ts.nullable) {
          // `box T; brtrue` (generic code testing a T for null): a boxed non-nullable value is never null.
          // (A copy of the value just made for the box, of a variable whose address is taken, goes too.)
          const n = v.off === v.slot ? this.producerOf(v.slot) : -1;
          if (n >= 0 && (this.out[n] === Op.MOV4 || this.out[n] === Op.MOV8)) this.truncate(n);
          d.imm = 1;
          return true;
        }
        this.host.mtOf(t);
        // The value may sit in a wider stack slot than its storage (small ints, float32): store it first.
        const tmp = this.scratch(storageSize(ts, t)[0]);
        this.storeFrame(tmp, v.off, t);
        this.emit(Op.BOX, d.off, tmp, this.k(t));
        return true;
      }
      case 'unbox': { const o = this.pop(); const t = this.resolveTypeOrThrow(ins.operand); const d = this.push(SK.I4, 4, ts.byRefOf(t)); this.emit(Op.UNBOX, d.off, o.off, this.k(t)); return true; }
      case 'unbox.any': {
        const o = this.pop();
        const t = this.resolveTypeOrThrow(ins.operand);
        if (!isValueType(t)) { const d = this.push(SK.I4, 4, t); this.emit(Op.CASTCLASS, d.off, o.off, this.k(t)); return true; }
        const d = this.pushType(t);
        const tmp = this.scratch(storageSize(ts, t)[0]);
        this.emit(Op.UNBOX_ANY, tmp, o.off, this.k(t));
        this.loadFrame(d.off, tmp, t);
        return true;
      }
      case 'isinst': case 'castclass': {
        const o = this.pop();
        const t = this.resolveTypeOrThrow(ins.operand);
        const d = this.push(SK.I4, 4, t);
        this.host.mtOf(t);
        this.emit(name === 'isinst' ? Op.ISINST : Op.CASTCLASS, d.off, o.off, this.k(t));
        return true;
      }
      case 'throw': { const e = this.pop(); this.emit(Op.THROW, e.off); return false; }
      case 'rethrow': { this.emit(Op.RETHROW, this.enclosingCatchSlot(ins.offset)); return false; }
      case 'leave': case 'leave.s': return this.leave(ins.offset, ins.operand);
      case 'endfinally': {
        const c = this.eh.find((r) => (r.kind === 2 || r.kind === 4) && ins.offset >= r.handlerStart && ins.offset < r.handlerEnd);
        this.emit(Op.ENDFINALLY, c ? c.contSlot : -1);
        return false;
      }
      case 'endfilter': { const v = this.pop(); this.emit(Op.ENDFILTER, v.off); return false; }
      case 'ldtoken': return this.ldtoken(ins.operand);
      case 'ldftn': {
        const mth = this.ts.resolveMethod(this.m, ins.operand, this.ctx);
        const d = this.push(SK.I4, 4, ts.prims[Prim.I]!);
        this.emit(Op.LDC4, d.off, mth.id);
        return true;
      }
      case 'ldvirtftn': {
        const o = this.pop();
        const mth = this.ts.resolveMethod(this.m, ins.operand, this.ctx);
        const d = this.push(SK.I4, 4, ts.prims[Prim.I]!);
        this.emit(Op.LDVIRTFTN, d.off, o.off, this.kNew(this.callSite(mth)));
        return true;
      }
      case 'initobj': {
        const a = this.popAddr(); const t = this.resolveTypeOrThrow(ins.operand);
        if (a.fa !== undefined) { this.invalidate(a.fa); this.emit(Op.ZERO, a.fa, storageSize(ts, t)[0]); return true; }
        this.emit(Op.INITOBJ, a.off, storageSize(ts, t)[0]); return true;
      }
      case 'ldobj': { const a = this.pop(); const t = this.resolveTypeOrThrow(ins.operand); const d = this.pushType(t); this.loadVia(d.off, a.off, t); return true; }
      case 'stobj': { const v = this.pop(); const a = this.pop(); const t = this.resolveTypeOrThrow(ins.operand); this.storeVia(a.off, v.off, t); return true; }
      case 'cpobj': { const s = this.pop(); const dd = this.pop(); const t = this.resolveTypeOrThrow(ins.operand); this.emit(Op.CPOBJ, dd.off, s.off, storageSize(ts, t)[0]); return true; }
      case 'sizeof': { const t = this.resolveTypeOrThrow(ins.operand); return this.ldcI4(storageSize(ts, t)[0]); }
      case 'localloc': { const n = this.pop(); const d = this.push(SK.I4, 4, ts.prims[Prim.I]!); this.emit(Op.LOCALLOC, d.off, n.off, this.locallocMark); return true; }
      case 'cpblk': { const n = this.pop(), s = this.pop(), dd = this.pop(); this.emit(Op.CPBLK, dd.off, s.off, n.off); return true; }
      case 'initblk': { const n = this.pop(), v = this.pop(), dd = this.pop(); this.emit(Op.INITBLK, dd.off, v.off, n.off); return true; }
      case 'calli': {
        const sig = this.m.standAloneMethodSig(ins.operand);
        const fn = this.pop();
        const nargs = sig.params.length + (sig.hasThis ? 1 : 0);
        const args = this.stack.splice(this.stack.length - nargs, nargs);
        for (const a of args) this.materialize(a);
        const argOff = args.length ? args[0]!.slot : this.nextOffset();
        const ret = this.ts.typeFromSig(this.m, sig.ret, this.ctx);
        this.emit(Op.CALLI, fn.off, argOff, 0);
        if (ret !== ts.voidType) { const d = this.pushType(ret); if (d.off !== argOff) throw new TransformError('calli result slot mismatch'); }
        return true;
      }
      case 'jmp': {
        // Transfer to a method with the same signature with the current arguments: here a call
        // passing them on, then a return of its result (the stack is empty at a jmp).
        const target = this.ts.resolveMethod(this.m, ins.operand, this.ctx);
        for (let i = 0; i < this.argTypes.length; i++) this.ldarg(i);
        this.call(target, false);
        return this.ret();
      }
      // TypedReference (8 bytes): +0 the address, +4 the MethodTable of the target type.
      case 'mkrefany': {
        const t = this.resolveTypeOrThrow(ins.operand);
        const p = this.pop();
        const d = this.pushType(ts.corelibType('System', 'TypedReference'));
        this.emit(Op.MOV4, d.off, p.off);
        this.emit(Op.LDC4, d.off + 4, this.host.mtOf(t));
        return true;
      }
      case 'refanytype': {
        const r = this.pop();
        const d = this.push(SK.VT, 4, ts.corelibType('System', 'RuntimeTypeHandle'));
        this.emit(Op.MOV4, d.off, r.off + 4);
        return true;
      }
      case 'refanyval': {
        // TypedReference.RefAnyVal(r, expected type) checks the type (InvalidCastException) and
        // returns the address.
        const t = this.resolveTypeOrThrow(ins.operand);
        const tr = ts.corelibType('System', 'TypedReference');
        const check = ts.declaredMethods(tr).find((x) => x.name === 'RefAnyVal');
        if (!check) throw new ResolutionError('System.MissingMethodException', 'TypedReference.RefAnyVal is missing from the corelib.');
        const mt = this.push(SK.I4, 4, ts.prims[Prim.I]!);
        this.emit(Op.LDC4, mt.off, this.host.mtOf(t));
        this.call(check, false);
        this.stack[this.stack.length - 1]!.type = ts.byRefOf(t);
        return true;
      }
      case 'arglist':
        throw new ResolutionError('System.InvalidProgramException', `The IL instruction '${name}' is not supported by dotnode.`);
      default:
        throw new BadImageFormatError(`unhandled IL instruction ${name} in ${this.method.name}`);
    }
  }

  /** A scratch area above the current stack, for values that need their storage form. */
  scratch(size: number): number {
    const off = this.nextOffset() + SLOT * 2;
    this.touch(off + round8(Math.max(size, SLOT)));
    return off;
  }

  private loadVia(dst: number, addrSlot: number, t: RuntimeType): void {
    const lk = loadKind(this.ts, t);
    const op = ({ I1: Op.LDIND_I1, U1: Op.LDIND_U1, I2: Op.LDIND_I2, U2: Op.LDIND_U2, '4': Op.LDIND4, '8': Op.LDIND8, R4: Op.LDIND_R4 } as Record<string, Op>)[lk];
    if (op !== undefined) this.emit(op, dst, addrSlot);
    else this.emit(Op.LDINDN, dst, addrSlot, storageSize(this.ts, t)[0]);
  }
  private storeVia(addrSlot: number, src: number, t: RuntimeType): void {
    const lk = loadKind(this.ts, t);
    if (!isValueType(t) && t.kind !== Kind.Pointer && t.kind !== Kind.ByRef) { this.emit(Op.STINDREF, addrSlot, src); return; }
    const op = ({ I1: Op.STIND1, U1: Op.STIND1, I2: Op.STIND2, U2: Op.STIND2, '4': Op.STIND4, '8': Op.STIND8, R4: Op.STIND_R4 } as Record<string, Op>)[lk];
    if (op !== undefined) this.emit(op, addrSlot, src);
    else this.emit(Op.STINDN, addrSlot, src, storageSize(this.ts, t)[0]);
  }

  private instanceField(name: string, f: RuntimeField): boolean {
    const ts = this.ts;
    if (f.isStatic) return this.staticField(name === 'ldfld' ? 'ldsfld' : name === 'ldflda' ? 'ldsflda' : 'stsfld', f, true);
    if (name === 'stfld') {
      if (this.storesZeroIntoFresh(f)) { this.stack.length -= 2; return true; }
      const v = this.pop(), o = this.popAddr();
      if (o.fa !== undefined && frameAligned(o.fa + f.offset, storageSize(ts, f.type)[0])) { this.storeFrame(o.fa + f.offset, v.off, f.type); return true; } // a field of a frame variable
      if (o.fa !== undefined) this.materialize(o); // a misaligned field of a packed struct: through its address
      const lk = loadKind(ts, f.type);
      if (this.fresh && o.off === this.fresh.slot) this.fresh.written.add(f.offset);
      if (!isValueType(f.type) && f.type.kind !== Kind.Pointer && f.type.kind !== Kind.ByRef) this.emit(Op.STFLDREF, o.off, v.off, f.offset);
      else {
        const op = f.type.prim === Prim.R8 && f.type.kind === Kind.Primitive ? Op.STFLD_R8
          : ({ I1: Op.STFLD1, U1: Op.STFLD1, I2: Op.STFLD2, U2: Op.STFLD2, '4': Op.STFLD4, '8': Op.STFLD8, R4: Op.STFLD_R4 } as Record<string, Op>)[lk];
        if ((op === Op.STFLD_R8 || op === Op.STFLD4) && this.fuseFieldUpdate(o.off, v, f, op === Op.STFLD_R8)) return true;
        if (op !== undefined) this.emit(op, o.off, v.off, f.offset);
        else this.emit(Op.STFLDN, o.off, v.off, f.offset, storageSize(ts, f.type)[0]);
      }
      return true;
    }
    const o = this.popAddr();
    if (o.fa !== undefined) {
      // A field of a frame variable (`ldloca s; ldfld F`): a frame load, or a pending frame address.
      if (name === 'ldflda') { const d = this.push(SK.I4, 4, ts.byRefOf(f.type)); d.fa = o.fa + f.offset; return true; }
      const d = this.pushType(f.type);
      this.loadFrame(d.off, o.fa + f.offset, f.type);
      return true;
    }
    if (name === 'ldflda') {
      const d = this.push(SK.I4, 4, ts.byRefOf(f.type));
      this.emit(Op.LDFLDA, d.off, o.off, f.offset);
      return true;
    }
    if (o.sk === SK.VT) {
      // Field of a struct value on the stack: a frame-relative load, no null check.
      const d = this.pushType(f.type);
      const src = o.off + f.offset;
      const lk = loadKind(ts, f.type);
      if (d.off === o.off && d.sk === SK.VT) { this.emit(Op.MOVN, this.scratch(d.size), src, d.size); this.emit(Op.MOVN, d.off, this.scratch(d.size), d.size); }
      else if (d.off === o.off && (lk === '4' || lk === '8') && f.offset === 0) { /* the field's bits are already where the result goes */ }
      else if (d.off === o.off && (lk === '4' || lk === '8') && f.offset >= d.size) this.loadFrame(d.off, src, f.type); // no overlap: one move
      else if (d.off === o.off) { const tmp = this.scratch(8); this.loadFrame(tmp, src, f.type); this.copyEntry(d.off, { ...d, off: tmp }); }
      else this.loadFrame(d.off, src, f.type);
      return true;
    }
    const lk = loadKind(ts, f.type);
    const n = o.off === o.slot ? this.producerOf(o.slot) : -1;
    if (lk === '4' && n >= 0 && this.out[n] === Op.LDELEMA) {
      // `ldelema; ldfld` (a field of a struct array element, as in entries[i].next): one instruction.
      const [arr, idx, size] = [this.out[n + 2]!, this.out[n + 3]!, this.out[n + 4]!];
      this.truncate(n);
      const d = this.pushType(f.type);
      this.emit(Op.LDELEM_FLD4, d.off, arr, idx, size, f.offset);
      return true;
    }
    const d = this.pushType(f.type);
    const op = f.type.prim === Prim.R8 && f.type.kind === Kind.Primitive ? Op.LDFLD_R8
      : ({ I1: Op.LDFLD_I1, U1: Op.LDFLD_U1, I2: Op.LDFLD_I2, U2: Op.LDFLD_U2, '4': Op.LDFLD4, '8': Op.LDFLD8, R4: Op.LDFLD_R4 } as Record<string, Op>)[lk];
    if (op !== undefined) this.emit(op, d.off, o.off, f.offset);
    else this.emit(Op.LDFLDN, d.off, o.off, f.offset, storageSize(ts, f.type)[0]);
    return true;
  }

  private staticField(name: string, f: RuntimeField, fromInstanceOp = false): boolean {
    const ts = this.ts;
    if (fromInstanceOp) { const o = this.pop(); void o; }
    const owner = f.owner;
    if (this.host.needsCctor(owner) && !(owner === this.method.owner && this.method.name === '.cctor')) this.emitCctor(owner);
    const addr = this.host.staticsOf(owner) + f.offset;
    if (name === 'ldsflda') { const d = this.push(SK.I4, 4, ts.byRefOf(f.type)); this.emit(Op.LDC_ADDR, d.off, addr); return true; }
    const lk = loadKind(ts, f.type);
    if (name === 'stsfld') {
      const v = this.pop();
      const op = ({ I1: Op.STS1, U1: Op.STS1, I2: Op.STS2, U2: Op.STS2, '4': Op.STS4, '8': Op.STS8, R4: Op.STS_R4 } as Record<string, Op>)[lk];
      if (op !== undefined) this.emit(op, v.off, addr); else this.emit(Op.STSN, v.off, addr, storageSize(ts, f.type)[0]);
      return true;
    }
    const d = this.pushType(f.type);
    const op = ({ I1: Op.LDS_I1, U1: Op.LDS_U1, I2: Op.LDS_I2, U2: Op.LDS_U2, '4': Op.LDS4, '8': Op.LDS8, R4: Op.LDS_R4 } as Record<string, Op>)[lk];
    if (op !== undefined) this.emit(op, d.off, addr); else this.emit(Op.LDSN, d.off, addr, storageSize(ts, f.type)[0]);
    return true;
  }

  private ldelem(et: RuntimeType): boolean {
    const idx = this.popImm(), arr = this.pop();
    const d = this.pushType(et);
    const lk = loadKind(this.ts, et);
    const op = et.prim === Prim.R8 && et.kind === Kind.Primitive ? Op.LDELEM_R8
      : ({ I1: Op.LDELEM_I1, U1: Op.LDELEM_U1, I2: Op.LDELEM_I2, U2: Op.LDELEM_U2, '4': Op.LDELEM4, '8': Op.LDELEM8, R4: Op.LDELEM_R4 } as Record<string, Op>)[lk];
    if (idx.imm !== undefined && op === Op.LDELEM4) { this.emit(Op.LDELEM4I, d.off, arr.off, idx.imm); return true; } // `a[0]`
    if (idx.imm !== undefined) this.materialize(idx);
    if (op !== undefined) this.emit(op, d.off, arr.off, idx.off);
    else this.emit(Op.LDELEMN, d.off, arr.off, idx.off, storageSize(this.ts, et)[0]);
    return true;
  }

  private stelem(et: RuntimeType): boolean {
    const lk = loadKind(this.ts, et);
    const w = ({ I1: 1, U1: 1, I2: 2, U2: 2, '4': 4 } as Record<string, number>)[lk];
    if (w !== undefined && isValueType(et) && this.stack.length && this.stack[this.stack.length - 1]!.imm !== undefined) {
      const v = this.popImm(), idx = this.pop(), arr = this.pop();
      // A constant stored into a primitive array (bool/byte arrays, the commonest, have their own op).
      if (w === 1) this.emit(Op.STELEMI1, arr.off, idx.off, v.imm!); else this.emit(Op.STELEMI, arr.off, idx.off, v.imm!, w);
      return true;
    }
    const v = this.pop(), idx = this.pop(), arr = this.pop();
    if (!isValueType(et) && et.kind !== Kind.Pointer) { this.emit(Op.STELEMREF, arr.off, idx.off, v.off); return true; }
    const op = et.prim === Prim.R8 && et.kind === Kind.Primitive ? Op.STELEM_R8
      : ({ I1: Op.STELEM1, U1: Op.STELEM1, I2: Op.STELEM2, U2: Op.STELEM2, '4': Op.STELEM4, '8': Op.STELEM8, R4: Op.STELEM_R4 } as Record<string, Op>)[lk];
    if (op === Op.STELEM4 && (this.fuseElementCopy(arr, idx, v) || this.fuseSwap(arr, idx, v))) return true;
    if (op !== undefined) this.emit(op, arr.off, idx.off, v.off);
    else this.emit(Op.STELEMN, arr.off, idx.off, v.off, storageSize(this.ts, et)[0]);
    return true;
  }

  /**
   * `a[i] = b[j]` on int32-sized value elements: the element load just emitted into a temporary
   * and this store are one op (MOVEL4), which checks b and j before a and i, as the two ops do.
   */
  private fuseElementCopy(arr: StackEntry, idx: StackEntry, v: StackEntry): boolean {
    const n = v.off === v.slot && v.slot >= this.stackBase && !this.readByStack(v.slot) ? this.producedBy(Op.LDELEM4, v.slot) : -1;
    if (n < 0 || arr.off === v.slot || idx.off === v.slot) return false;
    const [sa, si] = [this.out[n + 2]!, this.out[n + 3]!];
    this.truncate(n);
    this.emit(Op.MOVEL4, arr.off, idx.off, sa, si);
    return true;
  }

  /**
   * `t = a[i]; a[i] = a[j]; a[j] = t;` on int-sized value elements (LDELEM4, MOVEL4, STELEM4) is
   * one op (SWAPEL4) that still leaves t set, and checks a, i, then j in the same order.
   */
  private fuseSwap(arr: StackEntry, idx: StackEntry, v: StackEntry): boolean {
    const two = this.lastOps(2);
    if (!two) return false;
    const [n1, n2] = two as [number, number];
    const out = this.out, t = v.off, a = arr.off, i = out[n1 + 3]!, j = idx.off;
    if (out[n1] !== Op.LDELEM4 || out[n2] !== Op.MOVEL4 || out[n1 + 1] !== t || out[n1 + 2] !== a) return false;
    if (out[n2 + 1] !== a || out[n2 + 2] !== i || out[n2 + 3] !== a || out[n2 + 4] !== j) return false;
    if (t >= this.stackBase || t === a || t === i || t === j) return false; // t is a variable the swap leaves set
    this.truncate(n1);
    this.emit(Op.SWAPEL4, a, i, j, t);
    return true;
  }

  private ldtoken(token: number): boolean {
    const table = token >>> 24;
    const d = this.push(SK.I4, 4, this.ts.prims[Prim.I]!);
    if (table === 0x04 || (table === 0x0a && 'field' in this.m.memberRefSig(token & 0xffffff))) {
      const f = this.ts.resolveField(this.m, token, this.ctx);
      this.emit(Op.LDTOKEN, d.off, this.k(f));
      d.type = this.ts.corelibType('System', 'RuntimeFieldHandle');
      d.sk = SK.VT; d.size = 4;
      return true;
    }
    if (table === 0x06 || table === 0x0a || table === 0x2b) {
      const mth = this.ts.resolveMethod(this.m, token, this.ctx);
      this.emit(Op.LDC4, d.off, mth.id);
      d.type = this.ts.corelibType('System', 'RuntimeMethodHandle'); d.sk = SK.VT; d.size = 4;
      return true;
    }
    const t = this.resolveTypeOrThrow(token);
    this.emit(Op.LDC4, d.off, this.host.mtOf(t));
    d.type = this.ts.corelibType('System', 'RuntimeTypeHandle'); d.sk = SK.VT; d.size = 4;
    return true;
  }

  private enclosingCatchSlot(il: number): number {
    const c = this.eh.filter((r) => r.kind === 0 || r.kind === 1).find((r) => il >= r.handlerStart && il < r.handlerEnd);
    if (!c) throw new BadImageFormatError(`rethrow outside a catch handler in ${this.method.name}`);
    return c.savedExSlot;
  }

  /** leave: run the finally blocks of every try region being exited (innermost first), then branch. */
  private leave(from: number, target: number): boolean {
    const exiting = this.eh.filter((r) => r.kind === 2 && from >= r.tryStart && from < r.tryEnd && !(target >= r.tryStart && target < r.tryEnd));
    // Clauses appear innermost first in the table (ECMA-335 II.19), so this order is right.
    this.stack = [];
    for (const r of exiting) {
      const contAt = this.out.length + 4;
      this.codeRefs.push(this.out.length + 2);
      this.out.push(Op.LEAVE_TO, r.contSlot, contAt);
      this.fixups.push([this.out.length, r.handlerStart]);
      this.out.push(-1);
    }
    this.branch(Op.BR, target);
    return false;
  }

  // ---- Calls ------------------------------------------------------------------------------------------

  callSite(m: RuntimeMethod): CallSite {
    const iface = m.owner.kind === Kind.Interface ? m.owner : null;
    return { method: m, cacheType: -1, cacheTarget: null, iface, index: iface ? this.ts.declaredMethods(iface).indexOf(m.genericDef ?? m) : -1, cacheCode: null, cacheUnbox: false };
  }

  private popArgs(m: RuntimeMethod): { args: StackEntry[]; argOff: number } {
    const nargs = m.sig.params.length + (m.hasThis ? 1 : 0);
    if (this.stack.length < nargs) throw new TransformError(`evaluation stack underflow calling ${m.name} in ${this.method.name}`);
    const args = this.stack.splice(this.stack.length - nargs, nargs);
    for (const a of args) this.materialize(a); // the callee's frame is these slots
    return { args, argOff: args.length ? args[0]!.slot : this.nextOffset() };
  }

  private pushResult(m: RuntimeMethod, argOff: number): void {
    const { ret } = this.ts.signatureOf(m);
    if (!ret) return;
    const d = this.pushType(ret);
    if (d.off !== argOff) throw new TransformError(`result slot mismatch calling ${m.name}`);
  }

  /** Stores narrow values (small ints, float32) the way the callee reads its arguments. */
  private normalizeArgs(m: RuntimeMethod, args: StackEntry[]): void {
    const { params } = this.ts.signatureOf(m);
    const offset = m.hasThis ? 1 : 0;
    params.forEach((p, i) => {
      const a = args[i + offset];
      if (!a) return;
      const lk = loadKind(this.ts, p);
      if (lk === 'R4') this.emit(Op.STL_R4, a.off, a.off);
      else if (lk === 'I1' || lk === 'U1') this.emit(Op.STL1, a.off, a.off);
      else if (lk === 'I2' || lk === 'U2') this.emit(Op.STL2, a.off, a.off);
    });
  }

  call(target: RuntimeMethod, isVirt: boolean): boolean {
    const ts = this.ts;
    const constrained = this.constrained;
    this.constrained = null;
    const readonlyCall = this.readonlyCall;
    this.readonlyCall = false;
    if (target.rid === 0 && (target.owner.kind === Kind.MdArray || target.owner.kind === Kind.SzArray)) return this.arrayAccess(target, readonlyCall);
    if (this.host.intrinsic(target, this)) return true;
    if (!constrained && (!isVirt || (target.flags & MethodAttr.Virtual) === 0) && !this.needsInit(target) && this.inlineAccessor(target)) return true;
    if (!constrained && (target.flags & MethodAttr.Virtual) === 0 && !this.needsInit(target) && this.isEmptyMethod(target)) {
      // A call to a method whose body is just `ret` (Object's constructor, on every `new`): no call.
      const nargs = target.sig.params.length + (target.hasThis ? 1 : 0);
      if (this.stack.length < nargs) throw new TransformError(`evaluation stack underflow calling ${target.name} in ${this.method.name}`);
      const args = this.stack.splice(this.stack.length - nargs, nargs);
      if (isVirt && target.hasThis) { const self = args[0]!; this.materialize(self); this.emit(Op.CHECKNULL, self.off); }
      return true;
    }
    if (!constrained && (!isVirt || (target.flags & MethodAttr.Virtual) === 0) && !this.needsInit(target) && this.tryInline(target, isVirt && target.hasThis, false)) return true;
    if (constrained && target.hasThis && isValueType(constrained)) {
      // `constrained. T callvirt M` where value type T implements M itself (`key.GetHashCode()`
      // in generic code over int): a call of T's method with the same byref `this`, inlined when small.
      const impl = this.findImpl(constrained, target);
      if (impl && impl.owner === constrained && !this.needsInit(impl) && this.tryInline(impl, false, false)) return true;
    }
    const { args, argOff } = this.popArgs(target);
    this.normalizeArgs(target, args);
    const owner = target.owner;
    if (target.name === 'Invoke' && ts.isSubclassOf(owner, ts.multicastDelegate) && owner !== ts.multicastDelegate) {
      this.emit(Op.CALLDELEGATE, this.k(target), argOff);
      this.pushResult(target, argOff);
      return true;
    }
    let callee = target;
    let virtual = isVirt && (target.flags & MethodAttr.Virtual) !== 0 && !((target.flags & MethodAttr.Final) && owner.kind !== Kind.Interface);
    if (constrained && !target.hasThis) {
      // constrained. T call of a static virtual interface member: T's implementation, directly.
      const impl = this.findImpl(constrained, target);
      if (!impl) throw new ResolutionError('System.EntryPointNotFoundException', `${constrained.name} does not implement ${target.owner.name}.${target.name}.`);
      callee = impl; virtual = false;
    } else if (constrained) {
      // constrained. T callvirt M (ECMA-335 III.2.1), decided here since T is concrete.
      if (isValueType(constrained)) {
        const impl = this.findImpl(constrained, target);
        if (impl && impl.owner === constrained) { callee = impl; virtual = false; }
        else {
          // Box *this and dispatch virtually on the box.
          const thisSlot = args[0]!;
          this.host.mtOf(constrained);
          this.emit(Op.BOX, thisSlot.off, -1 - thisSlot.off, this.k(constrained)); // negative src: value is *at the address in the slot*
        }
      } else {
        this.emit(Op.LDIND4, args[0]!.off, args[0]!.off);
      }
    }
    if (target.owner.kind === Kind.Interface && !virtual && callee === target && (target.flags & MethodAttr.Abstract)) virtual = true;
    if (this.needsInit(callee)) this.emitCctor(callee.owner);
    if (virtual) {
      const site = this.kNew(this.callSite(callee));
      this.emit(owner.kind === Kind.Interface ? Op.CALLIFACE : Op.CALLVIRT, site, argOff);
    } else {
      if (isVirt && callee.hasThis && !constrained && !this.host.nativeFor(callee)) this.emit(Op.CALLNN, this.k(callee), argOff); // callvirt of a non-virtual method: null check + call
      else {
        if (isVirt && callee.hasThis && !constrained) this.emit(Op.CHECKNULL, argOff);
        this.emitDirectCall(callee, argOff);
      }
    }
    this.pushResult(target, argOff);
    return true;
  }

  /**
   * Inlines a trivial accessor called non-virtually: `ldarg.0; ldfld F; ret` (an auto-property
   * getter), `ldarg.0; ldarg.1; stfld F; ret` (a setter) or `ldsfld F; ret`, as the field access
   * itself on the caller's stack. A null `this` still throws NullReferenceException (from the field
   * access). Returns false, having emitted nothing, when the callee is anything else.
   */
  private inlineAccessor(m: RuntimeMethod): boolean {
    if (m.rid === 0 || !m.owner.module || (m.implFlags & 0x1003) !== 0 || (m.flags & MethodAttr.Abstract) || m.methodArgs.length) return false;
    if (m.body === undefined) m.body = m.owner.module.methodBody(m.rid);
    const b = m.body;
    if (!b || b.clauses.length || this.host.nativeFor(m)) return false;
    const c = b.code;
    const tok = (at: number) => c[at]! | (c[at + 1]! << 8) | (c[at + 2]! << 16) | (c[at + 3]! << 24);
    let kind: 'ldfld' | 'stfld' | 'ldsfld';
    let token: number;
    if (m.hasThis && c.length === 7 && c[0] === 0x02 && c[1] === 0x7b && c[6] === 0x2a) { kind = 'ldfld'; token = tok(2); }
    else if (m.hasThis && c.length === 8 && c[0] === 0x02 && c[1] === 0x03 && c[2] === 0x7d && c[7] === 0x2a) { kind = 'stfld'; token = tok(3); }
    else if (!m.hasThis && c.length === 6 && c[0] === 0x7e && c[5] === 0x2a && m.sig.params.length === 0) { kind = 'ldsfld'; token = tok(1); }
    else return false;
    let f: RuntimeField;
    try { f = this.ts.resolveField(m.owner.module, token, { typeArgs: m.owner.typeArgs, methodArgs: m.methodArgs }); } catch { return false; }
    if (f.isStatic !== (kind === 'ldsfld')) return false;
    const nargs = m.sig.params.length + (m.hasThis ? 1 : 0);
    if (this.stack.length < nargs) throw new TransformError(`evaluation stack underflow calling ${m.name} in ${this.method.name}`);
    return kind === 'ldsfld' ? this.staticField(kind, f) : this.instanceField(kind, f);
  }

  /**
   * Inlines a small straight-line callee (no branches, locals, handlers or argument stores; only
   * 4/8-byte parameters and result) at a non-virtual call site: its arguments stay on the stack
   * where the call would have read them, its code is transformed in place with `ldarg` reading
   * them, and its result replaces them. For `newobj` the object is allocated first and passed as
   * argument 0. Exceptions from the expanded code show the caller's frame, as with .NET's inlining.
   * Returns false, with nothing emitted, when the callee does not qualify or its code fails to resolve.
   */
  private tryInline(callee: RuntimeMethod, nullCheck: boolean, isNew: boolean): boolean {
    if (this.inlineDepth >= 2 || callee === this.method || callee.rid === 0 || !callee.owner.module) return false;
    if ((callee.implFlags & 0x102b) !== 0 || (callee.flags & MethodAttr.Abstract) || this.host.nativeFor(callee)) return false; // internal/runtime, synchronized, NoInlining
    if (callee.body === undefined) callee.body = callee.owner.module.methodBody(callee.rid);
    const body = callee.body;
    if (!body || body.code.length > 48 || body.clauses.length) return false;
    const ts = this.ts;
    const { params, ret } = ts.signatureOf(callee);
    const plain = (t: RuntimeType) => { const lk = loadKind(ts, t); return lk === '4' || lk === '8'; };
    if (!params.every(plain) || (ret && !plain(ret)) || (isNew && ret)) return false;
    let localTypes: RuntimeType[] = [];
    if (body.localsToken) {
      try {
        const mod = callee.owner.module, cctx = { typeArgs: callee.owner.typeArgs, methodArgs: callee.methodArgs };
        localTypes = mod.localsSig(body.localsToken).map((x) => ts.typeFromSig(mod, x, cctx));
      } catch { return false; }
      if (localTypes.length > 4 || !localTypes.every(plain)) return false;
    }
    let instrs: Instr[];
    try { instrs = [...decodeIL(body.code, () => { throw new TransformError('bad IL'); })]; } catch { return false; }
    for (let k = 0; k < instrs.length; k++) {
      const n = instrs[k]!.op.name;
      if (n === 'ret') { if (k !== instrs.length - 1) return false; continue; }
      if (!INLINE_OK.test(n)) return false;
    }
    if (instrs[instrs.length - 1]?.op.name !== 'ret') return false;
    const nargs = params.length + (callee.hasThis ? 1 : 0);
    const given = isNew ? nargs - 1 : nargs;
    if (this.stack.length < given) return false;
    // Roll-back point: if anything in the callee fails to resolve, fall back to a real call.
    const save = { outLen: this.out.length, stack: this.stack.map((e) => ({ ...e })), lastOp: this.lastOp, lastEnd: this.lastEnd, maxOffset: this.maxOffset };
    const saved = { m: this.m, ctx: this.ctx, method: this.method, inl: this.inl, constrained: this.constrained };
    const base = this.stack.length - given;
    // Arguments are read where they are: a constant, their slot, or the caller's variable they
    // alias (the callee cannot store to it: no starg, and aliased variables never have their address taken).
    const args = this.stack.slice(base);
    if (isNew) {
      const self = this.push(SK.I4, 4, callee.owner);
      this.emit(Op.ALLOC, self.off, this.k(callee.owner));
      this.fresh = { slot: self.off, from: this.out.length, written: new Set() };
      args.unshift(self);
    } else if (nullCheck && args[0]!.fa === undefined) { this.materialize(args[0]!); this.emit(Op.CHECKNULL, args[0]!.off); }
    // The callee's locals: entries above its arguments, starting as unstored zeros (localsinit).
    const locals = localTypes.map((t) => {
      const e = this.pushType(t);
      if (e.sk === SK.I4) e.imm = 0;
      else if (e.sk === SK.R8 || e.sk === SK.R4) e.rk = this.kNew(0);
      else this.emit(Op.LDC8, e.slot, 0, 0);
      return e;
    });
    this.m = callee.owner.module; this.ctx = { typeArgs: callee.owner.typeArgs, methodArgs: callee.methodArgs };
    this.method = callee; this.inl = { args, locals, returned: false }; this.constrained = null;
    this.inlineDepth++;
    let ok = false;
    try {
      for (const ins of instrs) this.instr(ins);
      ok = this.inl.returned && this.stack.length === base + args.length + locals.length + (ret ? 1 : 0);
    } catch (e) {
      if (!(e instanceof ResolutionError) && !(e instanceof TransformError)) throw e;
    } finally {
      this.inlineDepth--;
      Object.assign(this, saved);
    }
    if (!ok) {
      this.truncate(save.outLen); this.recent.length = 0; this.cctorSeen.clear(); this.fresh = null; this.stack = save.stack; this.lastOp = -1; this.lastEnd = save.lastEnd; this.maxOffset = Math.max(this.maxOffset, save.maxOffset);
      return false;
    }
    const r = ret ? this.stack.pop()! : null;
    this.stack.length = base;
    if (isNew) {
      const d = this.push(SK.I4, 4, callee.owner);
      this.emit(Op.MOV4, d.off, args[0]!.slot);
    } else if (r && ret) {
      const d = this.pushType(ret);
      const n = r.off === r.slot && d.sk !== SK.VT ? this.producerOf(r.slot) : -1;
      if (takePending(d, r) || r.off === d.slot) { /* a constant or address, or already in place */ }
      else if (n >= 0) this.out[n + 1] = d.slot; // the callee's last instruction writes the result slot
      else this.copyEntry(d.slot, r);
    }
    return true;
  }

  /** A managed void method whose IL is a lone `ret`, with no handlers: calling it does nothing. */
  private isEmptyMethod(m: RuntimeMethod): boolean {
    if (m.rid === 0 || !m.owner.module || (m.implFlags & 0x1003) !== 0 || (m.flags & MethodAttr.Abstract) || m.sig.ret.k !== 'prim' || m.sig.ret.et !== 0x01) return false;
    if (m.body === undefined) m.body = m.owner.module.methodBody(m.rid);
    const b = m.body;
    return !!b && b.code.length === 1 && b.code[0] === 0x2a && b.clauses.length === 0 && !this.host.nativeFor(m);
  }

  private needsInit(m: RuntimeMethod): boolean {
    // Precise (not beforefieldinit) types run their cctor before the first call of a static
    // method or constructor, and for a value type of any instance method (ECMA-335 II.10.5.3.1);
    // inside the type it has already run.
    const t = m.owner;
    return (!m.hasThis || m.name === '.ctor' || isValueType(t)) && m.name !== '.cctor' && t !== this.method.owner && (t.flags & 0x100000) === 0 && this.host.needsCctor(t);
  }

  /**
   * A type-initializer check, unless this straight-line run of code already made one for the type
   * (the first one ran it, or it is running on this thread): cctorSeen is cleared at merge points.
   */
  private emitCctor(t: RuntimeType): void {
    if (t.cctorState === 2 || this.cctorSeen.has(t)) return; // 2: it has run (no check is ever needed again)
    this.cctorSeen.add(t);
    this.emit(Op.CCTOR, this.k(t));
  }

  emitDirectCall(callee: RuntimeMethod, argOff: number): void {
    if (this.host.nativeFor(callee)) { this.emit(Op.CALLN, this.k(callee), argOff); return; }
    const n = this.producerOf(argOff);
    if (n >= 0 && this.out[n] === Op.ADDI4) {
      // `f(x + k)`: the first argument is computed by the call op itself.
      const s = this.out[n + 2]!, k = this.out[n + 3]!;
      this.truncate(n);
      this.emit(Op.CALLADDI, s, k, this.k(callee), argOff);
      return;
    }
    this.emit(Op.CALL, this.k(callee), argOff);
  }

  private findImpl(t: RuntimeType, m: RuntimeMethod): RuntimeMethod | null {
    this.ts.ensureLayout(t);
    if (m.owner.kind === Kind.Interface) {
      const map = interfaceMap(this.ts, t, m.owner);
      const idx = this.ts.declaredMethods(m.owner).indexOf(m.genericDef ?? m);
      const impl = map?.[idx] ?? null;
      // A generic interface method: the implementation instantiated over the same arguments.
      return impl && m.methodArgs.length ? this.ts.methodFromDef(impl.owner, impl.rid, m.methodArgs) : impl;
    }
    if (m.slot >= 0) return t.vtable[m.slot] ?? null;
    return m;
  }

  /** Get/Set/Address of a multi-dimensional array: ARRAY_OP computes the element address. */
  private arrayAccess(m: RuntimeMethod, readonlyPrefix: boolean): boolean {
    const ts = this.ts;
    const elem = m.owner.elem!;
    const { args, argOff } = this.popArgs(m);
    const addr = this.scratch(8);
    // 'set' of a reference element also checks the stored value's type (array covariance), and
    // so does 'Address' without readonly. the array's element type, as ldelema does.
    const kind = m.name === 'Set' && !isValueType(elem) ? 'set'
      : m.name === 'Address' && !readonlyPrefix && needsExactElement(elem) ? 'addrexact' : 'addr';
    this.emit(Op.ARRAY_OP, this.k({ kind, type: m.owner }), argOff, addr);
    if (m.name === 'Address') { const d = this.push(SK.I4, 4, ts.byRefOf(elem)); this.emit(Op.MOV4, d.off, addr); return true; }
    if (m.name === 'Get') { const d = this.pushType(elem); this.loadVia(d.off, addr, elem); return true; }
    this.storeVia(addr, args[args.length - 1]!.slot, elem);
    return true;
  }

  private newobj(ctor: RuntimeMethod): boolean {
    const ts = this.ts;
    const t = ctor.owner;
    if (ctor.rid === 0 && (t.kind === Kind.MdArray || t.kind === Kind.SzArray)) {
      const { argOff } = this.popArgs({ ...ctor, hasThis: false } as RuntimeMethod);
      this.host.mtOf(t);
      const d = this.push(SK.I4, 4, t);
      this.emit(Op.ARRAY_OP, this.k({ kind: 'new', type: t, nargs: ctor.sig.params.length }), argOff, d.off);
      return true;
    }
    const cls = t.kind === Kind.Class && t !== ts.string && !ts.isSubclassOf(t, ts.multicastDelegate);
    if (cls) {
      // A small constructor is expanded here: allocate, then its code with `this` as argument 0,
      // the arguments read where they are (constants stay pending: `new Node(null, null)`).
      if (this.needsInitForNew(t)) this.emitCctor(t);
      this.host.mtOf(t);
      if (this.tryInline(ctor, false, true)) return true;
    }
    const { args, argOff } = this.popArgs({ ...ctor, hasThis: false } as RuntimeMethod);
    this.normalizeArgs({ ...ctor, hasThis: false } as RuntimeMethod, args);
    const argBytes = args.reduce((s, a) => s + round8(Math.max(a.size, SLOT)), 0);
    if (t === ts.string) {
      // String constructors are implemented by static String.Ctor overloads with the same parameters.
      const key = ts.methodSigKey(ctor).replace(/^i/, 's').replace(/\)\d+$/, `)${ts.string.id}`);
      const impl = ts.declaredMethods(ts.string).find((x) => x.name === 'Ctor' && ts.methodSigKey(x) === key);
      if (!impl) throw new ResolutionError('System.MissingMethodException', `Method not found: 'System.String..ctor' with this signature.`);
      this.emitDirectCall(impl, argOff);
      this.pushResult(impl, argOff);
      return true;
    }
    if (!cls && this.needsInitForNew(t)) this.emitCctor(t);
    if (isValueType(t)) {
      const size = storageSize(ts, t)[0];
      const d = this.pushType(t);
      if (d.off !== argOff) throw new TransformError('newobj result slot mismatch');
      const frame = argOff + round8(Math.max(size, SLOT));
      this.touch(frame + SLOT + argBytes + SLOT);
      this.emit(Op.NEWVT, this.k(ctor), argOff, argBytes, frame, size);
      return true;
    }
    this.host.mtOf(t);
    const d = this.push(SK.I4, 4, t);
    if (d.off !== argOff) throw new TransformError('newobj result slot mismatch');
    this.touch(argOff + SLOT * 2 + argBytes + SLOT);
    this.emit(Op.NEWOBJ, this.k(ctor), argOff, argBytes, argOff + SLOT);
    return true;
  }

  private needsInitForNew(t: RuntimeType): boolean {
    return t !== this.method.owner && (t.flags & 0x100000) === 0 && this.host.needsCctor(t);
  }
}

// ---- Type classification helpers ----------------------------------------------------------------------

export function skOf(t: RuntimeType): SK {
  switch (t.kind) {
    case Kind.Primitive: case Kind.Enum:
      switch (t.prim) {
        case Prim.I8: case Prim.U8: return SK.I8;
        case Prim.R4: return SK.R4;
        case Prim.R8: return SK.R8;
        default: return SK.I4;
      }
    case Kind.ValueType: return SK.VT;
    default: return SK.I4;
  }
}

function stackSize(ts: TypeSystem, t: RuntimeType): number {
  const sk = skOf(t);
  if (sk === SK.VT) return storageSize(ts, t)[0];
  return sk === SK.I4 ? 4 : 8;
}

function slotSize(ts: TypeSystem, t: RuntimeType): number {
  return round8(Math.max(storageSize(ts, t)[0], SLOT));
}

function isUnsigned(t: RuntimeType | null): boolean {
  return !!t && (t.prim === Prim.U4 || t.prim === Prim.U || t.prim === Prim.U2 || t.prim === Prim.U1 || t.prim === Prim.Char || t.prim === Prim.Bool);
}

/** How a value of type t is loaded from memory. */
export function loadKind(ts: TypeSystem, t: RuntimeType): 'I1' | 'U1' | 'I2' | 'U2' | '4' | '8' | 'R4' | 'N' {
  if (t.kind === Kind.Primitive || t.kind === Kind.Enum) {
    switch (t.prim) {
      case Prim.I1: return 'I1';
      case Prim.U1: case Prim.Bool: return 'U1';
      case Prim.I2: return 'I2';
      case Prim.U2: case Prim.Char: return 'U2';
      case Prim.I8: case Prim.U8: case Prim.R8: return '8';
      case Prim.R4: return 'R4';
      default: return '4';
    }
  }
  if (t.kind === Kind.ValueType) { ts.ensureLayout(t); return 'N'; }
  return '4';
}

export { ARRAY_DATA_OFFSET };

/**
 * Whether a writable element address of type t (ldelema, a multi-dimensional array's Address)
 * must check that the array's element type is exactly t: a reference type that an array of a more
 * derived type could stand for (covariance: string[] seen as object[]). A sealed class cannot.
 */
function needsExactElement(t: RuntimeType): boolean {
  return !isValueType(t) && t.kind !== Kind.Pointer && t.kind !== Kind.FnPtr && !(t.kind === Kind.Class && (t.flags & TypeAttr.Sealed));
}
