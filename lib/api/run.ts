import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UnhandledException } from '../../interp/exceptions.js';
import { BadImageFormatError } from '../loader/errors.js';
import { ModuleReader } from '../loader/module-reader.js';
import { T } from '../loader/schema.js';
import { Host, type HostIO } from '../runtime/host.js';
import { ExitSignal, FatalExit, Runtime, type RuntimeOptions } from '../runtime/runtime.js';
import { Kind, Prim, type RuntimeMethod } from '../types/descriptors.js';
import { ResolutionError, TypeSystem } from '../types/type-system.js';
import { loadCorelib } from './corelib.js';

export interface RunOptions {
  /** Command-line arguments passed to Main. */
  args?: string[];
  /** Standard input: the whole text, or a function that reads it on first use. */
  stdin?: string | (() => string);
  /** Environment variables visible through Environment.GetEnvironmentVariable. */
  env?: Record<string, string | undefined>;
  /** Execution tier. Only 'interp' exists so far; 'jit' and 'tiered' run interpreted. */
  tier?: 'interp' | 'jit' | 'tiered';
  /** Heap limit in bytes (default 1 GiB). Past it, allocation throws OutOfMemoryException. */
  maxHeapBytes?: number;
  /** Shadow-stack size in bytes (default 256 MiB). Past it the process ends with "Stack overflow.". */
  stackBytes?: number;
  /** GC stress: collect at every Nth allocation (0 = off). */
  gcStress?: number;
  /** Check heap invariants after every collection. */
  gcVerify?: boolean;
  /** Heap space reserved at start-up, in bytes (default 512 MiB; pages cost nothing until used). */
  initialHeapBytes?: number;
  /** Initial size of the interpreter's code heap, in ints (default 65536). */
  initialCodeLength?: number;
}

export interface RunStats {
  methodsInterpreted: number;
  gcCollections: number;
  gcPauseMsTotal: number;
  gcPauseMsMax: number;
  peakHeapBytes: number;
  /** The largest live set a collection found (bytes of surviving objects after a sweep). */
  gcLiveBytesMax: number;
  gcPauseMsAvg: number;
  allocatedBytes: number;
  wallMs: number;
  /** Times the linear memory grew (each ends the running interpreter slices) and the code heap was replaced. */
  memoryGrowths: number;
  codeHeapGrowths: number;
  /** Ints of interpreter code placed in the code heap. */
  codeInts: number;
}

export interface RunResult { exitCode: number; stdout: string; stderr: string; stats: RunStats }

/** Where output goes: collected (run()) or streamed to the process (the CLI). */
export type OutputSink = HostIO;

export const DEFAULTS = { maxHeapBytes: 1024 * 1024 * 1024, stackBytes: 256 * 1024 * 1024 };

/** How a run's options become the Runtime's (defaults filled in); shared with openProgram. */
export function runtimeOptions(opts: RunOptions): RuntimeOptions {
  return {
    maxHeapBytes: opts.maxHeapBytes ?? DEFAULTS.maxHeapBytes,
    stackBytes: opts.stackBytes ?? DEFAULTS.stackBytes,
    gcStress: opts.gcStress ?? 0,
    gcVerify: opts.gcVerify ?? false,
    initialHeapBytes: opts.initialHeapBytes,
    initialCodeLength: opts.initialCodeLength,
  };
}

/** Resolves a referenced assembly by name from the application's folder (none for in-memory bytes). */
export function appLocator(appDir: string | null): (name: string) => ModuleReader | null {
  return (name) => {
    if (!appDir) return null;
    const p = path.join(appDir, name + '.dll');
    return existsSync(p) ? new ModuleReader(new Uint8Array(readFileSync(p)), p) : null;
  };
}

/**
 * Runs a program to completion and reports its exit code. Bad input (missing file, not a PE
 * image, no entry point) is reported on stderr with a non-zero exit code, never thrown.
 */
export function execProgram(pathOrBytes: string | Uint8Array, opts: RunOptions, io: OutputSink): { exitCode: number; stats: RunStats } {
  const t0 = performance.now();
  const stats: RunStats = { methodsInterpreted: 0, gcCollections: 0, gcPauseMsTotal: 0, gcPauseMsMax: 0, peakHeapBytes: 0, gcLiveBytesMax: 0, gcPauseMsAvg: 0, allocatedBytes: 0, wallMs: 0, memoryGrowths: 0, codeHeapGrowths: 0, codeInts: 0 };
  const fail = (msg: string, code = 1) => { io.stderr(msg.endsWith('\n') ? msg : msg + '\n'); return { exitCode: code, stats }; };
  let bytes: Uint8Array;
  let appDir: string | null = null;
  if (typeof pathOrBytes === 'string') {
    if (!existsSync(pathOrBytes)) return fail(`dotnode: the application '${pathOrBytes}' does not exist.`);
    if (statSync(pathOrBytes).isDirectory()) return fail(`dotnode: '${pathOrBytes}' is a directory, not an application.`);
    bytes = new Uint8Array(readFileSync(pathOrBytes));
    appDir = path.dirname(path.resolve(pathOrBytes));
  } else bytes = pathOrBytes;

  let app: ModuleReader;
  try {
    app = new ModuleReader(bytes, typeof pathOrBytes === 'string' ? pathOrBytes : '<bytes>');
  } catch (e) {
    if (e instanceof BadImageFormatError) return fail(`Unhandled exception. System.BadImageFormatException: ${e.message}`, 134);
    throw e;
  }
  const entry = app.entryPointToken;
  if (entry >>> 24 !== T.MethodDef || (entry & 0xffffff) === 0 || (entry & 0xffffff) > app.md.rowCount(T.MethodDef)) {
    return fail(`dotnode: '${typeof pathOrBytes === 'string' ? pathOrBytes : '<bytes>'}' has no entry point (it is a class library, not a program).`);
  }

  const ts = new TypeSystem(loadCorelib(), appLocator(appDir));
  ts.addModule(app);
  const host = new Host(io, opts.args ?? [], opts.env ?? {}, opts.stdin ?? '');
  const rt = new Runtime(ts, host, runtimeOptions(opts));
  let exitCode = 0;
  try {
    const r = runMain(rt, app, entry & 0xffffff);
    rt.exitCode = r.exitCode;
    rt.raiseProcessExit();
    // A void Main exits with Environment.ExitCode, which ProcessExit handlers may still change.
    exitCode = r.fromReturn ? r.exitCode : rt.exitCode;
    rt.host.flush();
  } catch (e) {
    exitCode = finish(rt, e);
  }
  host.flush();
  exitCode &= 0xff; // a process exit status is 8 bits on Linux: dotnet's `return 300` exits with 44
  const h = rt.heap.stats;
  const pauseTotal = h.pauseMsTotal;
  Object.assign(stats, {
    methodsInterpreted: ts.methods.filter((m) => m.code).length, gcCollections: h.collections,
    gcPauseMsTotal: pauseTotal, gcPauseMsMax: h.pauseMsMax,
    peakHeapBytes: h.peakHeapBytes, gcLiveBytesMax: h.maxLiveBytes, gcPauseMsAvg: h.collections ? pauseTotal / h.collections : 0,
    allocatedBytes: h.allocatedBytes, wallMs: performance.now() - t0,
    memoryGrowths: rt.mem.generation - 1, codeHeapGrowths: rt.codeHeap.generation, codeInts: rt.codeHeap.used,
  });
  return { exitCode, stats };
}

function runMain(rt: Runtime, app: ModuleReader, rid: number): { exitCode: number; fromReturn: boolean } {
  const ts = rt.ts;
  let main: RuntimeMethod;
  try {
    main = ts.methodFromDef(ts.ownerOfMethodDef(app, rid), rid, []);
  } catch (e) {
    if (e instanceof ResolutionError) return { exitCode: unhandledText(rt, e.exceptionType, e.message), fromReturn: true };
    throw e;
  }
  const { params, ret } = ts.signatureOf(main);
  const args = params.length === 1 ? [rt.stringArray(rt.host.args)] : [];
  if (args.length) rt.handles.push(args[0]!);
  if (main.owner.flags & 0x100000 ? false : rt.needsCctor(main.owner)) rt.runClassConstructor(main.owner);
  const at = rt.invoke(main, args);
  if (ret && ret.kind === Kind.Primitive && (ret.prim === Prim.I4 || ret.prim === Prim.U4)) return { exitCode: rt.mem.i32[at >> 2]!, fromReturn: true };
  return { exitCode: rt.exitCode, fromReturn: false };
}

/** Maps how a program ended to its exit code, printing what dotnet prints for unhandled exceptions. */
function finish(rt: Runtime, e: unknown): number {
  rt.host.flush();
  if (e instanceof ExitSignal) {
    rt.exitCode = e.code;
    try { rt.raiseProcessExit(); } catch (e2) { return finish(rt, e2); }
    return rt.exitCode;
  }
  if (e instanceof FatalExit) return e.code;
  if (e instanceof UnhandledException) return printUnhandled(rt, e.ex);
  if (rt.isManagedError(e)) return printUnhandled(rt, rt.exceptionOf(e));
  if (e instanceof ResolutionError) return unhandledText(rt, e.exceptionType, e.message);
  if (e instanceof BadImageFormatError) return unhandledText(rt, 'System.BadImageFormatException', e.message);
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  rt.host.writeErr(`Fatal error. dotnode internal error: ${msg}\n`);
  return 134;
}

function unhandledText(rt: Runtime, type: string, message: string): number {
  rt.host.writeErr(`Unhandled exception. ${type}: ${message}\n`);
  return 134;
}

function printUnhandled(rt: Runtime, ex: number): number {
  rt.pending = null;
  rt.topHdr = 0; rt.sp = rt.stackBase;
  rt.reportUnhandled(ex); // does nothing when dispatch already reported it
  return 134;
}
