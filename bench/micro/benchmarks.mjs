// The micro benchmarks: what each measures and how many operations one call performs.
//
// `interpreter` entries are static methods of bench/micro/MicroBench.cs: `MicroBench.<name>(n)`
// runs n iterations of one operation and returns a checksum. `n` is the inner count dotnode
// uses per call (a call lasts roughly 1-10 ms there); peers calibrate their own count.
// `expected` is the checksum for n = 1000, recorded from dotnet (the smoke test checks it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const microDir = path.dirname(fileURLToPath(import.meta.url));
export const benchDir = path.dirname(microDir);
export const repoDir = path.dirname(benchDir);
export const microDll = path.join(microDir, 'bin', 'MicroBench.dll');
export const microExe = path.join(microDir, 'bin', 'MicroBench.exe');
export const internalModule = path.join(repoDir, 'dist', 'internal.mjs');
export const corelibDll = path.join(repoDir, 'corelib', 'bin', 'System.Private.CoreLib.dll');

export const SMOKE_N = 1000;

export const interpreterBenchmarks = [
  { name: 'EmptyLoop', op: 'empty loop iteration (dispatch: compare, branch, increment)', n: 200000, expected: 1000 },
  { name: 'Arithmetic', op: 'iteration of a = a*31 + i; a ^= a >> 7 (4 int ops)', n: 100000, expected: 849943585 },
  { name: 'StaticCall', op: 'static call, 2 args', n: 50000, expected: 499500 },
  { name: 'VirtualCall', op: 'virtual call (callvirt, class)', n: 50000, expected: 499500 },
  { name: 'InterfaceCall', op: 'interface call', n: 50000, expected: 499500 },
  { name: 'DelegateInvoke', op: 'delegate invoke (closed over an instance)', n: 20000, expected: 499500 },
  { name: 'GenericVirtualCall', op: 'generic virtual method call Apply<int>', n: 50000, expected: 1000 },
  { name: 'StructCall', op: 'static call passing and returning a 16-byte struct', n: 10000, expected: -497876 },
  { name: 'AllocObject', op: 'new small object (ctor) stored to a static', n: 20000, expected: 499500 },
  { name: 'AllocArray', op: 'new int[8] stored to a static', n: 20000, expected: 8000 },
  { name: 'FieldStoreRef', op: 'reference store into a field (write barrier)', n: 50000, expected: 1002 },
  { name: 'ArrayStoreRef', op: 'reference store into an array element (stelem.ref)', n: 50000, expected: 1048 },
  { name: 'FieldReadWrite', op: 'int field read + write', n: 100000, expected: 499500 },
  { name: 'ArrayReadWrite', op: 'int array element read + write', n: 100000, expected: 16128 },
  { name: 'ThrowCatch', op: 'new exception thrown one frame down and caught', n: 1000, expected: 499500 },
  { name: 'TryFinally', op: 'try/finally entered and left normally', n: 50000, expected: 499500 },
];

/** Runtime-internal paths timed as JS functions on the loaded runtime (no peers). */
export const runtimeBenchmarks = [
  { name: 'gc: heap.alloc', op: 'heap allocation of a 16-byte object (the allocator itself)', n: 1000 },
  { name: 'gc: writeBarrier', op: 'Runtime.writeBarrier call (card mark)', n: 10000 },
  { name: 'runtime: newString', op: 'managed string from a 16-char JS string', n: 1000 },
  { name: 'loader: decodeAll(corelib)', op: 'full decode of System.Private.CoreLib.dll: all tables, signatures, method bodies', n: 1 },
];
