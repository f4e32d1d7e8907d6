import { Heap, OutOfMemory } from '../../gc/heap.js';
import { MT_TYPE_ID, OBJ_MT } from '../../gc/layout.js';
import { GUARD, ManagedMemory, REG_SP, REG_TOP_HDR } from '../../gc/memory.js';
import { HDR_FP, HDR_METHOD, HDR_PC, HDR_PREV, HEADER_SIZE, type InterpCode } from '../../interp/code.js';
import { CodeHeap } from '../../interp/code-heap.js';
import { dispatch, UnhandledException, type HandlerTarget } from '../../interp/exceptions.js';
import { execute } from '../../interp/interpreter.js';
import { WASM_BASE64 } from '../../interp/i64-helpers.generated.js';
import { Transformer } from '../../interp/transform.js';
import { dumpCode } from '../../interp/ops.js';
import { BadImageFormatError } from '../loader/errors.js';
import type { ModuleReader } from '../loader/module-reader.js';
import { T } from '../loader/schema.js';
import { Kind, MethodAttr, MethodImplAttr, Prim, isValueType, type RuntimeField, type RuntimeMethod, type RuntimeType } from '../types/descriptors.js';
import { storageSize } from '../types/layout.js';
import { ResolutionError, TypeSystem, csharpName } from '../types/type-system.js';
import { displayName, fullName } from '../types/descriptors.js';
import { Host } from './host.js';
import { intrinsic } from './intrinsics.js';
import { NATIVES, type NativeFn } from './natives/index.js';
import { Objects } from './objects.js';

export interface RuntimeOptions {
  maxHeapBytes: number;
  stackBytes: number;
  gcStress: number;
  gcVerify: boolean;
  /** Heap space reserved at start-up (default 512 MiB): a smaller one makes memory grow sooner (tests). */
  initialHeapBytes?: number;
  /** Initial code-heap length in ints (default 64 Ki): a smaller one makes it grow sooner (tests). */
  initialCodeLength?: number;
}

/** Ends the program with an exit code (Environment.Exit, Main's return). */
export class ExitSignal extends Error { constructor(readonly code: number) { super(`exit ${code}`); } }
/** A fatal runtime condition (stack overflow, FailFast): message already written to stderr. */
export class FatalExit extends Error { constructor(readonly code: number, message: string) { super(message); } }

interface I64Helpers {
  mul(d: number, a: number, b: number): void; div_s(d: number, a: number, b: number): void; div_u(d: number, a: number, b: number): void;
  rem_s(d: number, a: number, b: number): void; rem_u(d: number, a: number, b: number): void;
  mul_ovf_s(d: number, a: number, b: number): number; mul_ovf_u(d: number, a: number, b: number): number;
}

let helperModule: WebAssembly.Module | null = null;
/** Heap space in the initial memory: most programs never grow it (see the constructor). */
const INITIAL_HEAP_BYTES = 512 * 1024 * 1024;
/** DOTNODE_DUMP_INTERP=Type::Method prints the interpreter code of matching methods (a debugging aid). */
const dumpFilter = process.env.DOTNODE_DUMP_INTERP ?? '';

/**
 * One running program: its memory, heap, type system, shadow stack and host I/O. Created per
 * run() and dropped afterwards; nothing here is global, so runs in one process do not leak.
 */
export class Runtime {
  readonly mem: ManagedMemory;
  /** All transformed code and its constants (see interp/code-heap.ts). */
  readonly codeHeap: CodeHeap;
  readonly heap: Heap;
  readonly objects: Objects;
  readonly tag: WebAssembly.Tag;
  readonly i64: I64Helpers;
  readonly stackBase: number;
  /** The end of the shadow stack's frame space: its top, less the localloc blocks taken from there. */
  stackEnd: number;
  /** The shadow-stack top and the current frame header (kept in memory: see REG_TOP_HDR). */
  get sp(): number { return this.mem.i32[REG_SP >> 2]!; }
  set sp(v: number) { this.mem.i32[REG_SP >> 2] = v; }
  get topHdr(): number { return this.mem.i32[REG_TOP_HDR >> 2]!; }
  set topHdr(v: number) { this.mem.i32[REG_TOP_HDR >> 2] = v; }
  pending: HandlerTarget | null = null;
  unwindFrom = 0;
  private readonly interned = new Map<string, number>();
  /** Field offsets shared by all delegates, and argument bytes per Invoke method (for delegate calls). */
  private delegateFields: { target: number; method: number; list: number } | null = null;
  private readonly argBytesOf = new Map<number, number>();
  private readonly internRoots: number[] = [];
  readonly handles: number[] = [];
  /** Frames whose callers the first pass must not see (type initializers). */
  readonly barrierFrames = new Set<number>();
  /** Frames (header address) currently running a filter, with the filter block's code range. */
  readonly filterFrames = new Map<number, [number, number]>();
  /** Shadow-stack words a running filter has moved out of its way (see interp/exceptions.ts runFilter): GC roots. */
  readonly parkedFrames: Int32Array[] = [];
  /** Exceptions being dispatched (held by JS while filters and finally blocks run). */
  readonly inflight: number[] = [];
  private readonly fieldHandles: RuntimeField[] = [];
  private readonly typeObjects: number[] = [];
  /** Whether the exception being dispatched was just thrown (its stack trace is to be recorded), not rethrown. */
  freshThrow = false;
  exitCode = 0;
  constructor(readonly ts: TypeSystem, readonly host: Host, opts: RuntimeOptions) {
    const maxBytes = Math.min(4 * 1024 * 1024 * 1024 - 65536, GUARD + opts.stackBytes + opts.maxHeapBytes + 64 * 1024 * 1024);
    // Start big (the pages cost nothing until touched): growing the memory detaches its buffer,
    // and V8 then deoptimizes all typed-array code and keeps detach checks in it for the rest of
    // the process, which makes the interpreter loop 15-30% slower.
    this.mem = new ManagedMemory(Math.min(maxBytes, GUARD + opts.stackBytes + (opts.initialHeapBytes ?? INITIAL_HEAP_BYTES)), maxBytes);
    this.codeHeap = new CodeHeap(opts.initialCodeLength);
    this.stackBase = this.mem.reserve(opts.stackBytes);
    this.stackEnd = this.stackBase + opts.stackBytes;
    this.sp = this.stackBase;
    this.heap = new Heap(this.mem, { maxHeapBytes: opts.maxHeapBytes, stressEvery: opts.gcStress, verify: opts.gcVerify });
    this.objects = new Objects(this.mem, this.heap, ts);
    this.heap.setRoots({
      conservativeRanges: () => [...this.stackRanges(), ...this.objects.staticRanges],
      conservativeWords: () => this.parkedFrames,
      exactRoots: () => [...this.traceText.values(), ...this.internRoots, ...this.handles, ...this.typeObjects, ...this.host.pinned(), ...this.inflight, this.pending?.ex ?? 0],
      typeInfo: (id) => this.objects.typeInfo(id),
    });
    this.tag = new WebAssembly.Tag({ parameters: ['i32'] });
    helperModule ??= new WebAssembly.Module(Buffer.from(WASM_BASE64, 'base64'));
    this.i64 = new WebAssembly.Instance(helperModule, { env: { memory: this.mem.memory } }).exports as unknown as I64Helpers;
  }

  /**
   * The live part of the shadow stack for the conservative scan: [stackBase, sp) without the
   * result slot at fp+0 of parameterless frames on the current chain (written only at return,
   * it holds whatever an earlier, deeper call left there).
   */
  private stackRanges(): number[] {
    const w = this.mem.i32, methods = this.ts.methods;
    const dead: number[] = [];
    for (let h = this.topHdr; h; h = w[(h + HDR_PREV) >> 2]!) {
      const fp = w[(h + HDR_FP) >> 2]!;
      const m = methods[w[(h + HDR_METHOD) >> 2]!];
      if (h - fp === 8 && m && !m.hasThis && m.sig.params.length === 0 && fp >= this.stackBase && fp + 8 <= this.sp) dead.push(fp);
    }
    dead.reverse(); // the chain runs from the top frame down: addresses descend
    for (let i = 1; i < dead.length; i++) if (dead[i]! < dead[i - 1]!) { dead.sort((a, b) => a - b); break; }
    const out: number[] = [];
    let from = this.stackBase;
    for (const d of dead) { if (d > from) out.push(from, d); from = Math.max(from, d + 8); }
    if (this.sp > from) out.push(from, this.sp);
    return out;
  }

  // ---- Code -------------------------------------------------------------------------------------

  codeOf(m: RuntimeMethod): InterpCode {
    if (m.code) return m.code as InterpCode;
    if (m.body === undefined) m.body = m.owner.module!.methodBody(m.rid);
    if (!m.body) {
      const what = `${csharpName(m.owner)}.${m.name}`;
      if (m.flags & MethodAttr.Abstract) throw new ResolutionError('System.EntryPointNotFoundException', `Abstract method ${what} cannot be called.`);
      throw new ResolutionError('System.MissingMethodException', `Method not found: '${what}' (dotnode's corelib does not implement it yet).`);
    }
    const ic = new Transformer(this, m).run();
    m.code = ic;
    if (dumpFilter && `${m.owner.name}::${m.name}`.includes(dumpFilter)) {
      this.host.writeErr(`[dump-interp] ${this.describeMethod(m)} frame=${ic.frameSize} args=${ic.argsSize} locals@${ic.localsOffset}+${ic.localsSize}\n${dumpCode(this.codeHeap.slice(ic.base, ic.end), ic.base)}\n`);
    }
    return ic;
  }

  /** Binds internal calls and runtime-implemented methods to their JS implementations. */
  nativeFor(m: RuntimeMethod): NativeFn | null {
    if (m.native !== null) return (m.native || null) as NativeFn | null; // false: checked, not native
    const isNative = (m.implFlags & MethodImplAttr.InternalCall) || (m.implFlags & 3) === MethodImplAttr.Runtime || (m.flags & MethodAttr.PinvokeImpl);
    if (!isNative) { m.native = false; return null; }
    const key = `${m.owner.namespace}.${m.owner.declaringType ? m.owner.declaringType.name + '+' : ''}${m.owner.name}::${m.name}`;
    let fn = NATIVES.get(key) ?? null;
    if (!fn && this.ts.isSubclassOf(m.owner, this.ts.multicastDelegate) && m.name === '.ctor') fn = NATIVES.get('delegate::.ctor')!;
    if (!fn) {
      const err = new ResolutionError('System.MissingMethodException', `Method not found: '${csharpName(m.owner)}.${m.name}' (an internal call dotnode does not implement).`);
      // Reported lazily, when (if ever) the program calls it.
      fn = (rt: Runtime) => rt.throwResolutionError(err);
    }
    m.native = fn;
    return fn;
  }

  intrinsic(m: RuntimeMethod, t: Transformer): boolean { return intrinsic(this, m, t); }

  mtOf(t: RuntimeType): number { return this.objects.mtOf(t); }

  internString(m: ModuleReader, token: number): number {
    const s = m.userString(token);
    return this.intern(s);
  }

  intern(s: string): number {
    let a = this.interned.get(s);
    if (a === undefined) {
      a = this.objects.newString(s);
      this.interned.set(s, a);
      this.internRoots.push(a);
    }
    return a;
  }

  staticsOf(t: RuntimeType): number {
    if (t.staticsAddr) return t.staticsAddr;
    this.ts.ensureLayout(t);
    const size = Math.max(8, t.staticsSize);
    t.staticsAddr = this.objects.dataAlloc(size);
    this.objects.staticRanges.push(t.staticsAddr, t.staticsAddr + size);
    // Fields with RVA data (rare: mostly <PrivateImplementationDetails> blobs) start with it.
    for (const f of t.fields) {
      if (!f.isStatic || f.literal || !(f.flags & 0x100)) continue;
      const size2 = storageSize(this.ts, f.type)[0];
      const off = t.module!.fieldDataOffset(f.rid, size2);
      if (off >= 0) this.mem.u8.set(t.module!.bytes.subarray(off, off + size2), t.staticsAddr + f.offset);
    }
    return t.staticsAddr;
  }

  fieldRvaAddr(f: RuntimeField, size: number): number {
    const off = f.owner.module!.fieldDataOffset(f.rid, size);
    if (off < 0) throw new BadImageFormatError(`field ${f.name} has no RVA data`);
    const a = this.objects.dataAlloc(size);
    this.mem.u8.set(f.owner.module!.bytes.subarray(off, off + size), a);
    return a;
  }

  needsCctor(t: RuntimeType): boolean {
    if (t.cctorState === 2) return false;
    if (t.cctor === null && t.cctorState === 0) {
      const c = this.ts.declaredMethods(t).find((m) => m.name === '.cctor' && !m.hasThis);
      if (!c) { t.cctorState = 2; return false; }
      t.cctor = c;
    }
    return true;
  }

  runClassConstructor(t: RuntimeType): void {
    if (!this.needsCctor(t) || t.cctorState === 1) return;
    if (t.cctorState === 3) this.throwTypeInitFailure(t);
    // A type's cctor does not run its base type's (ECMA-335 II.10.5.3.1): each runs on its own trigger.
    t.cctorState = 1;
    try {
      this.invoke(t.cctor!, [], true);
      t.cctorState = 2;
    } catch (e) {
      if (!this.isManagedError(e) && !(e instanceof UnhandledException)) throw e;
      const inner = e instanceof UnhandledException ? e.ex : this.exceptionOf(e);
      this.pending = null;
      t.cctorState = 3;
      // CoreCLR names a nested type by its own metadata name only ('Inner', not 'Outer+Inner'),
      // and a generic instantiation by its definition ('Gen`1', not 'Gen`1[[System.Int32, ...]]').
      this.handles.push(inner); // held only here while the type name string is allocated
      const name = this.intern(t.declaringType ? t.name : fullName(t.genericDef ?? t));
      this.handles.pop();
      const tie = this.createException('System.TypeInitializationException', [name, inner]);
      t.cctorError = tie;
      this.handles.push(tie);
      this.throwObject(tie, true);
    }
  }

  throwTypeInitFailure(t: RuntimeType): never { return this.throwObject(t.cctorError, true); }

  // ---- Calls from JS into managed code -------------------------------------------------------------

  /**
   * Calls a managed method from JS (entry point, cctors, natives calling back). Arguments are
   * 32-bit words or [lo, hi] pairs, one 8-byte slot each. Returns the address of the result.
   */
  invoke(m: RuntimeMethod, args: (number | [number, number])[], barrier = false): number {
    const fp = (this.sp + 7) & ~7;
    const i32 = this.mem.i32;
    args.forEach((a, i) => {
      if (Array.isArray(a)) { i32[(fp + 8 * i) >> 2] = a[0]; i32[(fp + 8 * i + 4) >> 2] = a[1]; }
      else i32[(fp + 8 * i) >> 2] = a;
    });
    return this.invokeAt(m, fp, barrier, 8 * Math.max(1, args.length));
  }

  /** Virtual call of a parameterless method returning a reference (ToString and friends) from JS. */
  callVirtualRef(obj: number, name: string): number {
    const t = this.objects.typeOfObject(obj);
    this.ts.ensureLayout(t);
    const m = t.vtable.find((x) => x.name === name && x.sig.params.length === 0);
    if (!m) return 0;
    const at = this.invoke(m, [isValueType(t) ? obj + 8 : obj]);
    return this.mem.i32[at >> 2]!;
  }

  // ---- Exceptions --------------------------------------------------------------------------------

  managedError(ex: number): WebAssembly.Exception { return new WebAssembly.Exception(this.tag, [ex]); }
  isManagedError(e: unknown): boolean { return e instanceof WebAssembly.Exception && e.is(this.tag); }
  exceptionOf(e: unknown): number { return (e as WebAssembly.Exception).getArg(this.tag, 0) as number; }

  throwObject(ex: number, fresh: boolean): never {
    this.freshThrow = fresh;
    throw this.managedError(ex);
  }

  /** Allocates an exception of a corelib type and runs the constructor matching the arguments. */
  createException(typeName: string, args: number[] = []): number {
    const dot = typeName.lastIndexOf('.');
    let t: RuntimeType;
    try { t = this.ts.corelibType(typeName.slice(0, dot), typeName.slice(dot + 1)); }
    catch { t = this.ts.corelibType('System', 'Exception'); }
    const ctor = this.ts.declaredMethods(t).find((m) => m.name === '.ctor' && m.sig.params.length === args.length
      && (args.length === 0 || this.ts.signatureOf(m).params[0] === this.ts.string || typeName === 'System.TypeInitializationException'));
    // The arguments (a message string) and the new object are only held by JS here: root them.
    const mark = this.handles.length;
    this.handles.push(...args);
    try {
      const obj = this.objects.allocObject(t);
      this.handles.push(obj);
      if (ctor) this.invoke(ctor, [obj, ...args]);
      return obj;
    } finally {
      this.handles.length = mark;
    }
  }

  throwNew(typeName: string, message?: string): never {
    const ex = this.createException(typeName, message === undefined ? [] : [this.objects.newString(message)]);
    return this.throwObject(ex, true);
  }

  throwResolutionError(e: Error): never {
    if (e instanceof ResolutionError) return this.throwNew(e.exceptionType, e.message);
    return this.throwNew('System.InvalidProgramException', e.message);
  }

  throwInvalidCast(obj: number, to: RuntimeType): never {
    const from = this.objects.typeOfObject(obj);
    return this.throwNew('System.InvalidCastException', `Unable to cast object of type '${displayName(from)}' to type '${displayName(to)}'.`);
  }

  /** Turns whatever escaped into a managed exception and dispatches it (see interp/exceptions.ts). */
  handleException(e: unknown, hdr: number, entryHdr: number): { hdr: number; pc: number } {
    let ex: number;
    if (typeof e === 'number') ex = e; // from the interpreter's throw and rethrow ops
    else if (this.isManagedError(e)) ex = this.exceptionOf(e);
    else if (e instanceof ExitSignal || e instanceof FatalExit || e instanceof UnhandledException) throw e;
    else if (e instanceof OutOfMemory) {
      // The exception object (and its stack trace) may not fit in the full heap: allocate it from a reserve.
      this.pending = null;
      this.heap.overdraft = true;
      try { ex = this.createException('System.OutOfMemoryException', e.managedMessage === undefined ? [] : [this.objects.newString(e.managedMessage)]); } finally { this.heap.overdraft = false; }
      this.freshThrow = true;
    }
    else if (e instanceof RangeError && /call stack/i.test(e.message)) return this.stackOverflow();
    else if (e instanceof ResolutionError) { this.pending = null; ex = this.createException(e.exceptionType, [this.objects.newString(e.message)]); this.freshThrow = true; }
    else if (e instanceof BadImageFormatError) { this.pending = null; ex = this.createException('System.BadImageFormatException', [this.objects.newString(e.message)]); this.freshThrow = true; }
    else throw e;
    const from = this.pending && this.pending.ex === ex ? this.unwindFrom : hdr;
    const fresh = this.freshThrow;
    this.freshThrow = false;
    return dispatch(this, ex, from, entryHdr, fresh);
  }

  /** Exception._stackTrace from the frames the first pass walked ("   at Type.Method(Args)"). */
  setStackTrace(ex: number, frames: number[]): void {
    // System.Exception's fields sit at the same offsets in every exception type.
    const t = this.objects.typeOfObject(ex);
    if (t !== this.ts.exception && !this.ts.isSubclassOf(t, this.ts.exception)) return; // IL may throw any object
    const fields = this.exceptionFields ??= { trace: this.findField(this.ts.exception, '_stackTrace'), site: this.findField(this.ts.exception, '_throwSite') };
    const i32 = this.mem.i32;
    if (fields.trace) {
      let key = '';
      for (const h of frames) key += i32[(h + HDR_METHOD) >> 2]! + ',';
      // Strings are immutable: exceptions thrown along the same frames share one.
      let s = this.traceText.get(key);
      if (s === undefined) {
        s = this.objects.newString(frames.map((h) => '   at ' + this.describeFrame(h)).join('\n'));
        if (this.traceText.size >= 256) this.traceText.clear();
        this.traceText.set(key, s);
      }
      this.mem.i32[(ex + fields.trace.offset) >> 2] = s;
      this.writeBarrier(ex + fields.trace.offset);
    }
    // Exception.TargetSite / Source: the method of the frame that threw.
    if (fields.site && frames.length) this.mem.i32[(ex + fields.site.offset) >> 2] = this.mem.i32[(frames[0]! + HDR_METHOD) >> 2]! + 1;
  }

  private exceptionFields: { trace: RuntimeField | null; site: RuntimeField | null } | undefined;
  /** Stack-trace strings (GC roots) by the method ids of their frames; bounded: cleared when 256 are held. */
  private readonly traceText = new Map<string, number>();

  /** Stack-trace lines by method id: a program that throws in a loop describes the same frames again and again. */
  private readonly frameText = new Map<number, string>();

  describeFrame(h: number): string {
    const id = this.mem.i32[(h + HDR_METHOD) >> 2]!;
    let text = this.frameText.get(id);
    if (text === undefined) { text = this.describeMethod(this.ts.methods[id]!); this.frameText.set(id, text); }
    return text;
  }

  describeMethod(m: RuntimeMethod): string {
    const { params } = this.ts.signatureOf(m);
    const mod = m.owner.module!;
    const [p0, p1] = mod.methodDef(m.rid).params;
    const names: string[] = [];
    for (let r = p0; r < p1; r++) {
      const seq = mod.md.cell(T.Param, r, 1);
      if (seq > 0) names[seq - 1] = mod.md.string(mod.md.cell(T.Param, r, 2));
    }
    const typeName = displayName(m.owner).replace(/`\d+/g, '');
    const generic = m.methodArgs.length ? `[${m.methodArgs.map((a) => a.name).join(',')}]` : '';
    return `${typeName}.${m.name}${generic}(${params.map((p, i) => `${p.name.replace(/`\d+/, '')}${names[i] ? ' ' + names[i] : ''}`).join(', ')})`;
  }

  findField(t: RuntimeType, name: string): RuntimeField | null {
    for (let c: RuntimeType | null = t; c; c = c.parent) {
      this.ts.ensureLayout(c);
      const f = c.fields.find((x) => x.name === name && !x.isStatic);
      if (f) return f;
    }
    return null;
  }

  /** The AppDomain whose events the program subscribed to (set by AppDomain.RegisterHooks). */
  appDomain = 0;
  unhandledReported = false;

  /** AppDomain.UnhandledException, then "Unhandled exception. <ex.ToString()>" on stderr (once). */
  reportUnhandled(ex: number): void {
    if (this.unhandledReported) return;
    this.unhandledReported = true;
    this.handles.push(ex);
    if (this.appDomain) {
      const m = this.ts.declaredMethods(this.objects.typeOfObject(this.appDomain)).find((x) => x.name === 'OnUnhandledException');
      if (m) { try { this.invoke(m, [this.appDomain, ex]); } catch { this.pending = null; } }
    }
    let text: string;
    try {
      text = this.objects.readString(this.callVirtualRef(ex, 'ToString'));
    } catch (e) {
      if (!this.isManagedError(e) && !(e instanceof UnhandledException)) throw e;
      this.pending = null;
      // CoreCLR's words when ToString itself throws (the first line is empty).
      this.host.writeErr('\n   Cannot print exception string because Exception.ToString() failed.\n');
      return;
    }
    this.host.writeErr(`Unhandled exception. ${text}\n`);
  }

  /** AppDomain.ProcessExit handlers, at normal exit and Environment.Exit. */
  raiseProcessExit(): void {
    if (!this.appDomain) return;
    const m = this.ts.declaredMethods(this.objects.typeOfObject(this.appDomain)).find((x) => x.name === 'OnProcessExit');
    const d = this.appDomain;
    this.appDomain = 0;
    this.topHdr = 0; this.sp = this.stackBase; this.pending = null;
    // An exception a handler leaves unhandled ends the process as any unhandled exception does (134).
    if (m) { try { this.invoke(m, [d]); } catch (e) { if (!(e instanceof ExitSignal)) throw e; } }
  }

  stackOverflow(): never {
    this.host.writeErr('Stack overflow.\n');
    throw new FatalExit(134, 'Stack overflow.');
  }

  // ---- Type checks -----------------------------------------------------------------------------------

  isInstance(obj: number, t: RuntimeType): boolean {
    const i32 = this.mem.i32;
    const ot = this.ts.types[i32[(i32[(obj + OBJ_MT) >> 2]! + MT_TYPE_ID) >> 2]!]!;
    return this.isAssignable(t, ot);
  }

  /** Can a value of type `from` be stored in a location of type `to` (ECMA-335 I.8.7, with variance)? */
  isAssignable(to: RuntimeType, from: RuntimeType): boolean {
    if (to === from || to === this.ts.object) return true;
    const ts = this.ts;
    if (to.genericDef === ts.nullable) return from === to.typeArgs[0];
    for (let c: RuntimeType | null = from.parent; c; c = c.parent) if (c === to) return true;
    if (to.kind === Kind.Interface) {
      if (from.kind === Kind.Interface && this.variantMatch(to, from)) return true; // IEnumerable<string> to IEnumerable<object>
      ts.ensureLayout(from);
      for (const i of from.interfaces) if (i === to || this.variantMatch(to, i)) return true;
      // T[] is also an IList<U> (ICollection<U>, IEnumerable<U>, IReadOnlyList<U>, IReadOnlyCollection<U>)
      // for every U[] it can be cast to: string[] is an IList<object>, int[] an IList<uint>.
      if (from.kind === Kind.SzArray && to.genericDef) {
        for (const i of from.interfaces) if (i.genericDef === to.genericDef) return this.isAssignable(ts.szArrayOf(to.typeArgs[0]!), from);
      }
      return false;
    }
    if ((to.kind === Kind.SzArray && from.kind === Kind.SzArray) || (to.kind === Kind.MdArray && from.kind === Kind.MdArray && to.rank === from.rank)) {
      const te = to.elem!, fe = from.elem!;
      if (isValueType(fe) || isValueType(te)) return te === fe || (isValueType(fe) && isValueType(te) && sameArrayElement(te, fe));
      return this.isAssignable(te, fe);
    }
    // Generic delegates are variant like interfaces: a Func<Derived> is a Func<Base>.
    if (to.genericDef && from.genericDef === to.genericDef && to.kind === Kind.Class) return this.variantMatch(to, from);
    return false;
  }

  /** Generic definition → the variance (1 out, 2 in) of each of its parameters, or null when none is variant. */
  private readonly variances = new Map<RuntimeType, number[] | null>();

  private variancesOf(t: RuntimeType): number[] | null {
    const def = t.genericDef!;
    let v = this.variances.get(def);
    if (v === undefined) {
      const flags = t.module!.genericParams(((T.TypeDef << 24) | t.rid) >>> 0).map((p) => p.flags & 3);
      v = flags.some((f) => f !== 0) ? flags : null;
      this.variances.set(def, v);
    }
    return v;
  }

  /** Generic variance of delegates and interfaces: IEnumerable<string> is an IEnumerable<object>. */
  variantMatch(to: RuntimeType, from: RuntimeType): boolean {
    if (!to.genericDef || to.genericDef !== from.genericDef) return false;
    const variances = this.variancesOf(to);
    if (!variances) return false;
    return to.typeArgs.every((ta, i) => {
      const fa = from.typeArgs[i]!;
      if (ta === fa) return true;
      const variance = variances[i] ?? 0;
      if (variance === 1) return !isValueType(fa) && this.isAssignable(ta, fa);      // covariant (out)
      if (variance === 2) return !isValueType(ta) && this.isAssignable(fa, ta);      // contravariant (in)
      return false;
    });
  }

  checkArrayStore(arr: number, value: number): void {
    const at = this.objects.typeOfObject(arr);
    if (!this.isInstance(value, at.elem!)) this.throwNew('System.ArrayTypeMismatchException');
  }

  unboxAddress(obj: number, t: RuntimeType): number {
    const ot = this.objects.typeOfObject(obj);
    if (ot !== t && !(ot.prim !== Prim.None && ot.prim === t.prim && (isEnumOrPrim(ot) && isEnumOrPrim(t)))) this.throwInvalidCast(obj, t);
    return obj + 8;
  }

  /** unbox.any of a value type into dst (Nullable<T> accepts null and a boxed T). */
  unboxInto(obj: number, t: RuntimeType, dst: number): void {
    const size = storageSize(this.ts, t)[0];
    if (t.genericDef === this.ts.nullable) {
      this.mem.u8.fill(0, dst, dst + size);
      if (!obj) return;
      const inner = t.typeArgs[0]!;
      // Unlike unbox to T, the boxed value must be exactly a T: a boxed enum is not an int?.
      if (this.objects.typeOfObject(obj) !== inner) this.throwInvalidCast(obj, t);
      const src = obj + 8;
      this.ts.ensureLayout(t);
      const hv = t.fields.find((f) => f.name === 'hasValue')!, v = t.fields.find((f) => f.name === 'value')!;
      this.mem.u8[dst + hv.offset] = 1;
      this.mem.u8.copyWithin(dst + v.offset, src, src + storageSize(this.ts, inner)[0]);
      this.writeBarrierRange(dst, size);
      return;
    }
    if (!obj) this.throwNew('System.NullReferenceException');
    const src = this.unboxAddress(obj, t);
    this.mem.u8.copyWithin(dst, src, src + size);
    if (t.containsRefs) this.writeBarrierRange(dst, size);
  }

  // ---- Misc services used by the interpreter -----------------------------------------------------------

  /**
   * The write barrier: every store of a reference into linear memory (fields, array elements,
   * byrefs, struct copies) marks the card of the slot (512-byte cards, owned by the heap). The
   * collector is not generational yet; --gc-verify checks at each collection that no store
   * into a surviving object skipped the barrier.
   */
  writeBarrier(addr: number): void {
    const c = this.heap.cards, i = addr >>> 9;
    if (i < c.length) c[i] = 1; else this.heap.markCard(addr);
  }

  /** The write barrier for a block copy (a struct that may hold references): every card it touches. */
  writeBarrierRange(addr: number, bytes: number): void { this.heap.markCards(addr, bytes); }

  private finalizing = false;

  /**
   * Runs the finalizers the last collections queued. Called at safe points of the main thread
   * (the interpreter's allocation sites, GC.WaitForPendingFinalizers), never inside the
   * collector; not reentrant (a finalizer that allocates does not start another round). A
   * finalizer's frame is a barrier: an exception escaping it is unhandled, and like .NET's
   * finalizer thread that ends the process (exit code 134) after printing it.
   */
  runFinalizers(): void {
    const q = this.heap.finalizeQueue;
    if (this.finalizing || !q.length) return;
    this.finalizing = true;
    try {
      while (q.length) {
        const o = q.shift()!;
        this.host.pin(o);
        try {
          const t = this.objects.typeOfObject(o);
          this.ts.ensureLayout(t);
          const m = t.vtable.find((x) => x.name === 'Finalize' && x.sig.params.length === 0);
          if (m) this.invoke(m, [o], true);
        } catch (e) {
          if (!this.isManagedError(e) && !(e instanceof UnhandledException)) throw e;
          const ex = e instanceof UnhandledException ? e.ex : this.exceptionOf(e);
          this.pending = null;
          this.reportUnhandled(ex);
          throw new FatalExit(134, 'unhandled exception in a finalizer');
        } finally { this.host.pinned().pop(); }
      }
    } finally { this.finalizing = false; }
  }

  fieldHandle(f: unknown): number {
    let i = this.fieldHandles.indexOf(f as RuntimeField);
    if (i < 0) { i = this.fieldHandles.length; this.fieldHandles.push(f as RuntimeField); }
    return i + 1;
  }
  fieldFromHandle(h: number): RuntimeField | undefined { return this.fieldHandles[h - 1]; }

  /** Frames that own localloc memory, outermost first: the frame header and stackEnd before its first block. */
  private readonly locallocOwners: { hdr: number; end: number }[] = [];

  /**
   * localloc: `n` zeroed bytes from the top end of the shadow stack, which moves stackEnd down, so
   * frames and blocks share one budget and running out is a stack overflow, as on CoreCLR. The
   * memory is taken back lazily, at a later localloc: the blocks of frames deeper than the
   * current one, or at its position but not its own (its mark word is still 0), are dead.
   */
  localloc(hdr: number, markAddr: number, n: number): number {
    if (n < 0) this.throwNew('System.OverflowException');
    const i32 = this.mem.i32;
    const own = i32[markAddr >> 2] !== 0;
    const owners = this.locallocOwners;
    while (owners.length) {
      const o = owners[owners.length - 1]!;
      if (o.hdr < hdr || (o.hdr === hdr && own)) break;
      this.stackEnd = o.end;
      owners.pop();
    }
    if (!own) { owners.push({ hdr, end: this.stackEnd }); i32[markAddr >> 2] = 1; }
    const fp = i32[(hdr + HDR_FP) >> 2]!;
    const frameEnd = fp + this.codeOf(this.ts.methods[i32[(hdr + HDR_METHOD) >> 2]!]!).frameSize;
    if (n > this.stackEnd - frameEnd) this.stackOverflow();
    const at = (this.stackEnd - n) & ~15;
    if (at < frameEnd) this.stackOverflow();
    this.stackEnd = at;
    this.mem.u8.fill(0, at, at + n);
    return at;
  }

  arrayInterfaceMethod(t: RuntimeType, m: RuntimeMethod): RuntimeMethod | undefined {
    const helperRid = this.ts.findTypeDef(this.ts.corelib, 'System', 'SZArrayHelper`1');
    if (!helperRid) return undefined;
    const helper = this.ts.typeFromDef(this.ts.corelib, helperRid, [t.elem!]);
    const impl = this.ts.declaredMethods(helper).find((x) => x.name === m.name && x.sig.params.length === m.sig.params.length + 1);
    return impl;
  }

  /**
   * Multi-dimensional arrays (ECMA-335 II.14.2). Layout: +8 total length, +16 lengths[rank],
   * then lower bounds[rank], then elements. 'new' takes lengths (or lower-bound/length pairs)
   * at `at` and writes the array at `d`; 'addr' takes the array and indices and writes the
   * element's address at `d`.
   */
  mdArrayOp(spec: { kind: string; type: RuntimeType; nargs?: number }, at: number, d: number): void {
    const t = spec.type;
    const rank = t.kind === Kind.MdArray ? t.rank : 1;
    const arg = (i: number) => this.mem.i32[(at + 8 * i) >> 2]!;
    if (spec.kind === 'new') {
      const pairs = spec.nargs === 2 * rank;
      const lens: number[] = [], los: number[] = [];
      for (let i = 0; i < rank; i++) { los.push(pairs ? arg(2 * i) : 0); lens.push(pairs ? arg(2 * i + 1) : arg(i)); }
      if (lens.some((n) => n < 0)) this.throwNew('System.OverflowException', 'Arithmetic operation resulted in an overflow.');
      const total = lens.reduce((a, b) => a * b, 1);
      if (total > 0x7fffffc7) this.throwNew('System.OutOfMemoryException', 'Array dimensions exceeded supported range.');
      if (t.kind === Kind.SzArray) { this.mem.i32[d >> 2] = this.objects.allocArray(t, total); return; }
      const a = this.objects.allocArray(t, total);
      const w = this.mem.i32;
      for (let i = 0; i < rank; i++) { w[(a + 16 + 4 * i) >> 2] = lens[i]!; w[(a + 16 + 4 * rank + 4 * i) >> 2] = los[i]!; }
      w[d >> 2] = a;
      return;
    }
    const a = arg(0);
    if (!a) this.throwNew('System.NullReferenceException');
    const w = this.mem.i32;
    const es = this.objects.arrayElementSize(t);
    if (t.kind === Kind.SzArray) {
      const i = arg(1);
      if ((i >>> 0) >= (w[(a + 8) >> 2]! >>> 0)) this.throwNew('System.IndexOutOfRangeException');
      if (spec.kind === 'set') { const v = arg(2); if (v) this.checkArrayStore(a, v); }
      if (spec.kind === 'addrexact' && this.objects.typeOfObject(a).elem !== t.elem) this.throwNew('System.ArrayTypeMismatchException');
      w[d >> 2] = a + 16 + i * es;
      return;
    }
    let flat = 0;
    for (let i = 0; i < rank; i++) {
      const len = w[(a + 16 + 4 * i) >> 2]!, lo = w[(a + 16 + 4 * rank + 4 * i) >> 2]!;
      const k = arg(1 + i) - lo;
      if (k < 0 || k >= len) this.throwNew('System.IndexOutOfRangeException');
      flat = flat * len + k;
    }
    if (spec.kind === 'addrexact' && this.objects.typeOfObject(a).elem !== t.elem) this.throwNew('System.ArrayTypeMismatchException');
    if (spec.kind === 'set') { const v = arg(1 + rank); if (v) this.checkArrayStore(a, v); }
    w[d >> 2] = a + 16 + 8 * rank + flat * es;
  }

  instantiateVirtual(target: RuntimeMethod, args: readonly RuntimeType[]): RuntimeMethod {
    const def = target.genericDef ?? target;
    return this.ts.methodFromDef(def.owner, def.rid, args);
  }

  /**
   * Sets up a delegate call in place: for a closed instance target the delegate slot becomes
   * the target object; for a static target the arguments move down one slot. Multicast
   * delegates run each target here and return null.
   */
  prepareDelegateCall(del: number, invoke: RuntimeMethod, at: number): RuntimeMethod | null {
    // Every delegate type inherits these fields from Delegate/MulticastDelegate: look them up once.
    const df = this.delegateFields ??= (() => {
      const t = this.objects.typeOfObject(del);
      return { target: this.findField(t, '_target')!.offset, method: this.findField(t, '_methodHandle')!.offset, list: this.findField(t, '_invocationList')!.offset };
    })();
    const i32 = this.mem.i32;
    const list = i32[(del + df.list) >> 2]!;
    let argBytes = this.argBytesOf.get(invoke.id);
    if (argBytes === undefined) { argBytes = this.argBytes(invoke); this.argBytesOf.set(invoke.id, argBytes); }
    if (list) {
      const n = i32[(list + 8) >> 2]!;
      const saved = this.mem.u8.slice(at + 8, at + 8 + argBytes);
      for (let i = 0; i < n; i++) {
        const d = this.mem.i32[(list + 16 + 4 * i) >> 2]!;
        const fp = (this.sp + 7) & ~7;
        this.mem.i32[fp >> 2] = d;
        this.mem.u8.set(saved, fp + 8);
        const target = this.prepareDelegateCall(d, invoke, fp);
        if (target) {
          const r = this.invokeAt(target, fp, false, 8 + argBytes);
          if (i === n - 1) this.mem.u8.copyWithin(at, r, r + 8 + argBytes);
        }
      }
      return null;
    }
    const target = this.ts.methods[i32[(del + df.method) >> 2]!]!;
    const obj = i32[(del + df.target) >> 2]!;
    // Arguments (after the delegate) start at at + 8. The target takes one more parameter than
    // Invoke when the delegate is closed over its first argument (a static method with a
    // target, e.g. an extension method), one fewer when it is an open instance delegate.
    const extra = target.sig.params.length - invoke.sig.params.length;
    if (target.hasThis ? extra >= 0 : extra > 0) {
      this.mem.i32[at >> 2] = target.hasThis && isValueType(target.owner) ? obj + 8 : obj;
      // A delegate over another delegate's Invoke (new D(other.Invoke)): call through that one.
      if (obj && target.name === 'Invoke' && target.hasThis && target.owner !== this.ts.multicastDelegate
        && this.ts.isSubclassOf(target.owner, this.ts.multicastDelegate)) return this.prepareDelegateCall(obj, target, at);
    } else {
      this.mem.u8.copyWithin(at, at + 8, at + 8 + argBytes);
      // An open instance delegate over a virtual method dispatches on the receiver, as CoreCLR does.
      const recv = this.mem.i32[at >> 2]!;
      if (target.hasThis && recv && (target.flags & MethodAttr.Virtual) && !isValueType(target.owner) && target.owner.kind !== Kind.Interface) {
        const over = this.objects.typeOfObject(recv).vtable[target.slot];
        if (over) return over;
      }
    }
    return target;
  }

  private argBytes(m: RuntimeMethod): number {
    return this.ts.signatureOf(m).params.reduce((s, p) => s + Math.max(8, (storageSize(this.ts, p)[0] + 7) & ~7), 0);
  }

  /**
   * Calls a method whose arguments are already in place at fp (at or above the current top) and
   * returns fp, where the result is. A barrier frame (a type initializer) ends the first pass:
   * what escapes it is wrapped, not seen by the callers' handlers.
   */
  private invokeAt(m: RuntimeMethod, fp: number, barrier = false, argBytes = 8): number {
    const native = this.nativeFor(m);
    const savedTop = this.topHdr, savedSp = this.sp;
    try {
      if (native) { this.sp = fp + argBytes; native(this, fp); return fp; }
      const ic = this.codeOf(m);
      if (fp + ic.frameSize > this.stackEnd) this.stackOverflow();
      const h = fp + ic.argsSize;
      const w = this.mem.i32;
      w[(h + HDR_PREV) >> 2] = barrier ? 0 : this.topHdr;
      w[(h + HDR_METHOD) >> 2] = m.id; w[(h + HDR_FP) >> 2] = fp; w[(h + HDR_PC) >> 2] = ic.base;
      if (ic.localsSize) this.mem.u8.fill(0, fp + ic.localsOffset, fp + ic.localsOffset + ic.localsSize);
      if (barrier) this.barrierFrames.add(h);
      try {
        execute(this, h, ic.base);
      } finally {
        if (barrier) this.barrierFrames.delete(h);
      }
      return fp;
    } finally { this.topHdr = savedTop; this.sp = savedSp; }
  }

  /** The System.RuntimeType object for a type (one per type, kept alive). */
  typeObject(t: RuntimeType): number {
    if (t.runtimeTypeObj) return t.runtimeTypeObj;
    const o = this.objects.allocObject(this.ts.runtimeType);
    const f = this.findField(this.ts.runtimeType, '_handle')!;
    this.mem.i32[(o + f.offset) >> 2] = this.mtOf(t);
    t.runtimeTypeObj = o;
    this.typeObjects.push(o);
    return o;
  }

  /** A string[] holding the given strings. */
  stringArray(items: string[]): number {
    const arr = this.objects.allocArray(this.ts.szArrayOf(this.ts.string), items.length);
    this.host.pin(arr);
    try {
      items.forEach((s, i) => { const a = this.objects.newString(s); this.mem.i32[(arr + 16 + 4 * i) >> 2] = a; this.writeBarrier(arr + 16 + 4 * i); });
    } finally { this.host.pinned().pop(); }
    return arr;
  }

  /** Environment.StackTrace: the managed frames from the current one down. */
  currentStackTrace(): string {
    const lines: string[] = [];
    for (let h = this.topHdr; h; h = this.mem.i32[(h + HDR_PREV) >> 2]!) lines.push('   at ' + this.describeFrame(h));
    return lines.join('\n');
  }

  typeFromMt(mt: number): RuntimeType { return this.ts.types[this.mem.i32[(mt + MT_TYPE_ID) >> 2]!]!; }
}

/**
 * Array elements of different value types that arrays may be cast between (int[] and uint[], an
 * enum's array and its underlying type's): the same integer type up to signedness. bool and char
 * are not interchangeable with byte and ushort, nor native int with int.
 */
function sameArrayElement(a: RuntimeType, b: RuntimeType): boolean {
  return a.prim !== Prim.None && normalizedIntegral(a.prim) === normalizedIntegral(b.prim);
}
function normalizedIntegral(p: Prim): Prim {
  switch (p) {
    case Prim.U1: return Prim.I1;
    case Prim.U2: return Prim.I2;
    case Prim.U4: return Prim.I4;
    case Prim.U8: return Prim.I8;
    case Prim.U: return Prim.I;
    default: return p;
  }
}
function isEnumOrPrim(t: RuntimeType): boolean { return t.kind === Kind.Enum || t.kind === Kind.Primitive; }
