import type { Runtime } from '../runtime.js';

/** Accessors for native-call argument slots (8 bytes each) and the result slot at sp. */
export const argI32 = (rt: Runtime, sp: number, i: number): number => rt.mem.i32[(sp + 8 * i) >> 2]!;
export const argF64 = (rt: Runtime, sp: number, i: number): number => rt.mem.f64[(sp + 8 * i) >> 3]!;
export const argI64 = (rt: Runtime, sp: number, i: number): bigint => {
  const w = (sp + 8 * i) >> 2;
  return (BigInt(rt.mem.i32[w + 1]!) << 32n) | BigInt(rt.mem.i32[w]! >>> 0);
};
export const argStr = (rt: Runtime, sp: number, i: number): string | null => {
  const a = argI32(rt, sp, i);
  return a ? rt.objects.readString(a) : null;
};
export const retI32 = (rt: Runtime, sp: number, v: number): void => { rt.mem.i32[sp >> 2] = v; };
export const retF64 = (rt: Runtime, sp: number, v: number): void => { rt.mem.f64[sp >> 3] = v; };
export const retI64 = (rt: Runtime, sp: number, v: bigint): void => {
  const u = BigInt.asUintN(64, v);
  rt.mem.i32[sp >> 2] = Number(u & 0xffffffffn) | 0;
  rt.mem.i32[(sp >> 2) + 1] = Number(u >> 32n) | 0;
};
export const retStr = (rt: Runtime, sp: number, s: string | null): void => {
  const a = s === null ? 0 : rt.objects.newString(s);
  rt.mem.i32[sp >> 2] = a;
};

export type Add = (key: string, fn: (rt: Runtime, sp: number) => void) => void;
