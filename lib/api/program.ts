/**
 * Internal (not part of the public API): a program loaded once whose static methods JS calls
 * repeatedly on the same Runtime. dotnode's micro benchmarks (bench/micro) use it to time the
 * interpreter's hot paths without paying for start-up on every call.
 *
 *   const p = openProgram('bench/micro/bin/MicroBench.dll');
 *   const loop = p.method('MicroBench', 'EmptyLoop');   // resolved and transformed once
 *   loop(100000);                                        // int32 arguments, int32 result
 *
 * Calls go through Runtime.invoke, exactly like Main: the frame lives in the shadow stack (a GC
 * root from its base to rt.sp), and sp/topHdr are restored when the call returns or throws. A
 * managed exception escaping a call becomes a JS Error carrying the exception text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UnhandledException } from '../../interp/exceptions.js';
import { ModuleReader } from '../loader/module-reader.js';
import { Host } from '../runtime/host.js';
import { ExitSignal, Runtime } from '../runtime/runtime.js';
import { Kind, Prim, type RuntimeMethod, type RuntimeType } from '../types/descriptors.js';
import { TypeSystem } from '../types/type-system.js';
import { loadCorelib } from './corelib.js';
import { appLocator, runtimeOptions, type RunOptions } from './run.js';

export interface Program {
  readonly runtime: Runtime;
  readonly module: ModuleReader;
  /** A type of the program by full name ("Ns.Outer+Inner" or "Name"); also corelib types. */
  type(fullName: string): RuntimeType;
  /** A callable for a static method taking and returning int32 values (void returns 0). */
  method(typeName: string, methodName: string): (...args: number[]) => number;
  /** One call of a static method (looked up every time: use method() in loops). */
  call(typeName: string, methodName: string, ...args: number[]): number;
  /** What the program wrote so far (stdout and stderr), cleared on read. */
  takeOutput(): { stdout: string; stderr: string };
}

export function openProgram(file: string, opts: RunOptions = {}): Program {
  const bytes = new Uint8Array(readFileSync(file));
  const app = new ModuleReader(bytes, file);
  const ts = new TypeSystem(loadCorelib(), appLocator(path.dirname(path.resolve(file))));
  ts.addModule(app);
  let out: string[] = [], err: string[] = [];
  const host = new Host({ stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, opts.args ?? [], opts.env ?? {}, opts.stdin ?? '');
  const rt = new Runtime(ts, host, runtimeOptions(opts));

  const type = (fullName: string): RuntimeType => {
    const parts = fullName.split('+');
    const dot = parts[0]!.lastIndexOf('.');
    let t = ts.typeByName(app, dot < 0 ? '' : parts[0]!.slice(0, dot), parts[0]!.slice(dot + 1));
    for (const inner of parts.slice(1)) {
      const rid = ts.findTypeDef(t.module!, '', inner, t.rid);
      if (!rid) throw new Error(`openProgram: no nested type ${inner} in ${fullName}`);
      t = ts.typeFromDef(t.module!, rid, []);
    }
    return t;
  };

  const fail = (e: unknown, what: string): never => {
    host.flush();
    let ex = 0;
    if (e instanceof UnhandledException) ex = e.ex;
    else if (rt.isManagedError(e)) ex = rt.exceptionOf(e);
    else if (e instanceof ExitSignal) throw new Error(`${what} called Environment.Exit(${e.code})`);
    else throw e;
    rt.pending = null;
    let text: string;
    try { text = rt.objects.readString(rt.callVirtualRef(ex, 'ToString')); } catch { rt.pending = null; text = `exception at 0x${ex.toString(16)}`; }
    rt.unhandledReported = false;
    throw new Error(`${what} threw ${text}`);
  };

  const method = (typeName: string, methodName: string): ((...args: number[]) => number) => {
    const t = type(typeName);
    const m: RuntimeMethod | undefined = ts.declaredMethods(t).find((x) => x.name === methodName && !x.hasThis);
    if (!m) throw new Error(`openProgram: no static method ${typeName}.${methodName}`);
    const { params, ret } = ts.signatureOf(m);
    const int32 = (s: typeof ret) => s && s.kind === Kind.Primitive && (s.prim === Prim.I4 || s.prim === Prim.U4);
    if (!params.every(int32) || (ret && !int32(ret))) throw new Error(`openProgram: ${typeName}.${methodName} does not take and return int32 values only`);
    const what = `${typeName}.${methodName}`;
    const i32 = () => rt.mem.i32; // re-read: the memory may grow during a call
    return (...args: number[]): number => {
      if (args.length !== params.length) throw new Error(`${what} takes ${params.length} argument(s), got ${args.length}`);
      try {
        // Same order as Main: a precise-init type's initializer runs before the first call.
        if (!(t.flags & 0x100000) && rt.needsCctor(t)) rt.runClassConstructor(t);
        const at = rt.invoke(m, args.map((a) => a | 0));
        return ret ? i32()[at >> 2]! : 0;
      } catch (e) {
        return fail(e, what);
      }
    };
  };

  return {
    runtime: rt,
    module: app,
    type,
    method,
    call: (typeName, methodName, ...args) => method(typeName, methodName)(...args),
    takeOutput: () => {
      host.flush();
      const r = { stdout: out.join(''), stderr: err.join('') };
      out = []; err = [];
      return r;
    },
  };
}
