import { STRING_DATA_OFFSET } from '../../types/layout.js';
import type { Runtime } from '../runtime.js';
import { argI32, argStr, retI32, retStr, type Add } from './args.js';

const len = (rt: Runtime, s: number) => rt.mem.i32[(s + 8) >> 2]!;
const chars = (s: number) => (s + STRING_DATA_OFFSET) >> 1;

export function registerStrings(add: Add): void {
  add('System.String::FastAllocateString', (rt, sp) => retI32(rt, sp, rt.objects.allocString(argI32(rt, sp, 0))));
  add('System.String::ConcatArray', (rt, sp) => {
    const arr = argI32(rt, sp, 0);
    const n = argI32(rt, sp, 1);
    let total = 0;
    for (let i = 0; i < n; i++) { const s = rt.mem.i32[(arr + 16 + 4 * i) >> 2]!; if (s) total += len(rt, s); }
    if (total > 0x3fffffdf) rt.throwNew('System.OutOfMemoryException');
    rt.host.pin(arr);
    let out: number;
    try { out = rt.objects.allocString(total); } finally { rt.host.pinned().pop(); }
    const u16 = rt.mem.u16;
    let pos = chars(out);
    for (let i = 0; i < n; i++) {
      const s = rt.mem.i32[(arr + 16 + 4 * i) >> 2]!;
      if (!s) continue;
      const l = len(rt, s);
      u16.copyWithin(pos, chars(s), chars(s) + l);
      pos += l;
    }
    retI32(rt, sp, out);
  });
  add('System.String::Substring', (rt, sp) => {
    const s = argI32(rt, sp, 0), start = argI32(rt, sp, 1), n = argI32(rt, sp, 2);
    rt.host.pin(s);
    let out: number;
    try { out = rt.objects.allocString(n); } finally { rt.host.pinned().pop(); }
    rt.mem.u16.copyWithin(chars(out), chars(s) + start, chars(s) + start + n);
    retI32(rt, sp, out);
  });
  add('System.String::CompareOrdinalCore', (rt, sp) => {
    const a = argI32(rt, sp, 0), b = argI32(rt, sp, 1);
    const la = len(rt, a), lb = len(rt, b);
    const u16 = rt.mem.u16;
    const ca = chars(a), cb = chars(b);
    const n = Math.min(la, lb);
    for (let i = 0; i < n; i++) {
      const d = u16[ca + i]! - u16[cb + i]!;
      if (d !== 0) { retI32(rt, sp, d); return; }
    }
    retI32(rt, sp, la - lb);
  });
  add('System.String::IndexOfCore', (rt, sp) => {
    let s = argStr(rt, sp, 0)!, v = argStr(rt, sp, 1)!;
    const start = argI32(rt, sp, 2);
    // Ordinal ignore-case maps code unit by code unit ("ß" does not become "SS").
    if (argI32(rt, sp, 3)) { s = invariantUpper(s); v = invariantUpper(v); }
    retI32(rt, sp, argI32(rt, sp, 4) ? s.lastIndexOf(v) : s.indexOf(v, start));
  });
  add('System.String::CaseMap', (rt, sp) => {
    const s = argStr(rt, sp, 0)!;
    const r = argI32(rt, sp, 1) ? invariantUpper(s) : invariantLower(s);
    if (r === s) retI32(rt, sp, argI32(rt, sp, 0)); else retStr(rt, sp, r);
  });
  add('System.String::ReplaceCore', (rt, sp) => {
    const s = argStr(rt, sp, 0)!, o = argStr(rt, sp, 1)!, n = argStr(rt, sp, 2)!;
    const r = s.split(o).join(n);
    if (r === s) retI32(rt, sp, argI32(rt, sp, 0)); else retStr(rt, sp, r);
  });
  add('System.String::FromCharArray', (rt, sp) => {
    const arr = argI32(rt, sp, 0), start = argI32(rt, sp, 1), n = argI32(rt, sp, 2);
    rt.host.pin(arr);
    let out: number;
    try { out = rt.objects.allocString(n); } finally { rt.host.pinned().pop(); }
    const src = (arr + 16) >> 1;
    rt.mem.u16.copyWithin(chars(out), src + start, src + start + n);
    retI32(rt, sp, out);
  });
  add('System.String::CreateFromChar', (rt, sp) => {
    const c = argI32(rt, sp, 0) & 0xffff;
    const out = rt.objects.allocString(1);
    rt.mem.u16[chars(out)] = c;
    retI32(rt, sp, out);
  });
  add('System.String::CreateFromCharRepeat', (rt, sp) => {
    const c = argI32(rt, sp, 0) & 0xffff, n = argI32(rt, sp, 1);
    const out = rt.objects.allocString(n);
    rt.mem.u16.fill(c, chars(out), chars(out) + n);
    retI32(rt, sp, out);
  });
  add('System.String::CreateFromSpan', (rt, sp) => {
    const p = argI32(rt, sp, 0), n = argI32(rt, sp, 1);
    // p may point into a heap object that only this call references: keep its owner alive.
    const owner = rt.heap.findObject(p);
    if (owner) rt.host.pin(owner);
    let out: number;
    try { out = rt.objects.allocString(n); } finally { if (owner) rt.host.pinned().pop(); }
    rt.mem.u8.copyWithin(out + STRING_DATA_OFFSET, p, p + 2 * n);
    retI32(rt, sp, out);
  });
  add('System.String::GetHashCodeCore', (rt, sp) => {
    // Deterministic per process, like .NET's randomized-per-process hash: programs must not print it.
    const s = argI32(rt, sp, 0);
    const l = len(rt, s), c = chars(s), u16 = rt.mem.u16;
    let h = 5381 ^ 0x2d9c7a1b;
    for (let i = 0; i < l; i++) h = (Math.imul(h, 33) ^ u16[c + i]!) | 0;
    retI32(rt, sp, h);
  });
}

/** Invariant-culture case mapping of UTF-16 code units, as .NET's ToUpperInvariant does (no length changes). */
export function invariantUpper(s: string): string {
  let out = '';
  for (const ch of s) {
    // .NET's invariant casing leaves the Turkish dotless i (U+0131) alone.
    const u = ch === '\u0131' ? ch : ch.toUpperCase();
    out += u.length === ch.length ? u : ch;
  }
  return out;
}
export function invariantLower(s: string): string {
  let out = '';
  for (const ch of s) {
    const l = ch === '\u0130' ? 'i\u0307' : ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
