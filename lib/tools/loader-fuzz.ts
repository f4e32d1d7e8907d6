/**
 * A deterministic mutation fuzzer for the loader: real assemblies are corrupted in ways that
 * imitate broken or hostile files (bit flips, boundary values, truncation, lying length fields,
 * copied and zeroed regions), then loaded, fully decoded and disassembled. The contract under
 * test: the only error that escapes is BadImageFormatError, each case ends quickly, and memory
 * stays bounded. Used by test/loader-fuzz.test.ts and scripts/fuzz-loader.mjs.
 */
import { decodeAll } from '../loader/decode-all.js';
import { BadImageFormatError } from '../loader/errors.js';
import { ModuleReader } from '../loader/module-reader.js';
import { disassemble } from './disasm.js';

/** mulberry32: a small, fast, seedable 32-bit PRNG. */
export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }
}

/** A seed file with the regions and length fields worth aiming at. */
export interface Seed {
  name: string;
  bytes: Uint8Array;
  regions: [number, number][];   // [start, end): headers, metadata root, tables, heaps, IL
  lengthFields: number[];        // offsets of 4-byte size/count fields
}

function u32(b: Uint8Array, o: number): number { return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0; }

/** Finds the interesting regions and length fields of a valid assembly, using the loader itself. */
export function makeSeed(name: string, bytes: Uint8Array): Seed {
  const m = new ModuleReader(bytes, name);
  const regions: [number, number][] = [[0, Math.min(bytes.length, 0x400)]];
  const lengthFields: number[] = [];
  const pe = m.pe;
  // Section headers: VirtualSize, VirtualAddress, SizeOfRawData, PointerToRawData.
  const peOff = u32(bytes, 0x3c);
  const optSize = bytes[peOff + 20]! | (bytes[peOff + 21]! << 8);
  const secStart = peOff + 24 + optSize;
  for (let i = 0; i < pe.sections.length; i++) for (const f of [8, 12, 16, 20]) lengthFields.push(secStart + i * 40 + f);
  const cliOff = pe.offsetOf(u32(bytes, peOff + 24 + (pe.is64 ? 112 : 96) + 14 * 8), 72);
  regions.push([cliOff, cliOff + 72]);
  for (const f of [8, 12, 24, 28]) lengthFields.push(cliOff + f);
  const mdOff = pe.offsetOf(pe.cli.metadataRva, pe.cli.metadataSize);
  regions.push([mdOff, mdOff + pe.cli.metadataSize]);
  // Stream headers follow the version string: offset, size, name (II.24.2.2).
  const vlen = u32(bytes, mdOff + 12);
  let p = mdOff + 16 + vlen + 4;
  const nStreams = bytes[mdOff + 16 + vlen + 2]!;
  for (let i = 0; i < nStreams && p + 8 < bytes.length; i++) {
    lengthFields.push(p, p + 4);
    const streamOff = mdOff + u32(bytes, p), streamSize = u32(bytes, p + 4);
    regions.push([streamOff, Math.min(bytes.length, streamOff + streamSize)]);
    let e = p + 8; while (e < bytes.length && bytes[e] !== 0) e++;
    const nameText = String.fromCharCode(...bytes.subarray(p + 8, e));
    if (nameText === '#~' || nameText === '#-') {
      const valid = (BigInt(u32(bytes, streamOff + 12)) << 32n) | BigInt(u32(bytes, streamOff + 8));
      let rc = streamOff + 24;
      for (let t = 0n; t < 64n; t++) if ((valid >> t) & 1n) { lengthFields.push(rc); rc += 4; }
      regions.push([streamOff, rc]);
    }
    p = (e + 4) & ~3;
  }
  // Method bodies: their headers and IL.
  for (let rid = 1; rid <= m.md.rowCount(0x06); rid++) {
    const b = m.methodBody(rid);
    if (!b) continue;
    const headerStart = b.codeOffset - (b.code.length > 0 && bytes[b.codeOffset - 1]! >>> 2 === b.code.length ? 1 : 12);
    regions.push([headerStart, b.codeOffset + b.code.length]);
    if (headerStart === b.codeOffset - 12) lengthFields.push(headerStart + 4);
  }
  return { name, bytes, regions: regions.filter(([a, b]) => b > a && a >= 0 && b <= bytes.length), lengthFields };
}

const BOUNDARY_BYTES = [0x00, 0xff, 0x7f, 0x80, 0x01, 0xfe];
const BOUNDARY_U32 = [0x7fffffff, 0xffffffff, 0x80000000, 0, 0x00ffffff, 0x7fff, 0xffff, 0x10000, 1];

/** Picks an offset: mostly inside an interesting region, sometimes anywhere. */
function spot(rng: Rng, seed: Seed, len: number): number {
  if (rng.next() < 0.8 && seed.regions.length) {
    const [a, b] = rng.pick(seed.regions);
    return Math.min(len - 1, a + rng.int(b - a));
  }
  return rng.int(len);
}

function writeU32(b: Uint8Array, o: number, v: number): void {
  for (let i = 0; i < 4 && o + i < b.length; i++) b[o + i] = (v >>> (8 * i)) & 0xff;
}

export type Mutation = 'bitflip' | 'byte' | 'u32' | 'truncate' | 'huge-length' | 'duplicate' | 'zero' | 'random-bytes';
const MUTATIONS: Mutation[] = ['bitflip', 'bitflip', 'byte', 'byte', 'u32', 'truncate', 'huge-length', 'huge-length', 'duplicate', 'zero', 'random-bytes'];

/** Applies 1–4 random mutations to a copy of the seed; returns the bytes and what was done. */
export function mutate(seed: Seed, rng: Rng): { bytes: Uint8Array; done: string[] } {
  let b = seed.bytes.slice();
  const done: string[] = [];
  const n = 1 + rng.int(4);
  for (let i = 0; i < n; i++) {
    const kind = rng.pick(MUTATIONS);
    if (b.length === 0) break;
    switch (kind) {
      case 'bitflip': { const o = spot(rng, seed, b.length); b[o]! ^= 1 << rng.int(8); done.push(`bitflip@${o}`); break; }
      case 'byte': { const o = spot(rng, seed, b.length); b[o] = rng.pick(BOUNDARY_BYTES); done.push(`byte@${o}`); break; }
      case 'u32': { const o = spot(rng, seed, b.length); writeU32(b, o, rng.pick(BOUNDARY_U32)); done.push(`u32@${o}`); break; }
      case 'truncate': { const o = rng.next() < 0.5 ? spot(rng, seed, b.length) : rng.int(b.length); b = b.slice(0, o); done.push(`truncate@${o}`); break; }
      case 'huge-length': {
        if (rng.next() < 0.7 && seed.lengthFields.length) {
          const o = rng.pick(seed.lengthFields);
          writeU32(b, o, rng.pick([0x7fffffff, 0xffffffff, 0x00ffffff, b.length, u32(b, o) + 1 + rng.int(64), u32(b, o) * 2]));
          done.push(`length@${o}`);
        } else {
          // A compressed length prefix (blob, #US, signature count) set to its 4-byte maximum.
          const o = spot(rng, seed, b.length);
          writeU32(b, o, 0xffffffdf);
          done.push(`compressed@${o}`);
        }
        break;
      }
      case 'duplicate': {
        const len = 1 + rng.int(256), from = spot(rng, seed, b.length), to = spot(rng, seed, b.length);
        b.copyWithin(to, from, Math.min(b.length, from + len));
        done.push(`dup ${from}->${to}+${len}`);
        break;
      }
      case 'zero': { const o = spot(rng, seed, b.length); b.fill(0, o, Math.min(b.length, o + 1 + rng.int(64))); done.push(`zero@${o}`); break; }
      case 'random-bytes': { const o = spot(rng, seed, b.length); for (let k = 0; k < 8 && o + k < b.length; k++) b[o + k] = rng.int(256); done.push(`random@${o}`); break; }
    }
  }
  return { bytes: b, done };
}

/** Collapses a reason to a category: numbers and names removed, so similar failures group. */
export function reasonCategory(reason: string): string {
  return reason.replace(/0x[0-9a-f]+/gi, 'N').replace(/\d+/g, 'N').replace(/'[^']*'/g, "'…'").replace(/"[^"]*"/g, '"…"').slice(0, 90);
}

export interface CaseResult {
  /** 'ok' when every stage succeeded; otherwise the stage that raised BadImageFormatError. */
  outcome: 'ok' | 'load' | 'decode' | 'escape';
  reasons: string[];
  /** How many of the BadImageFormatErrors carried a file offset. */
  withOffset: number;
  /** A non-BadImageFormatError that escaped: a loader bug. */
  escaped?: unknown;
  ms: number;
}

/** Loads, decodes and disassembles one input; only BadImageFormatError is an acceptable failure. */
export function runCase(bytes: Uint8Array): CaseResult {
  const t0 = performance.now();
  const reasons: string[] = [];
  let withOffset = 0;
  let outcome: CaseResult['outcome'] = 'ok';
  try {
    let m: ModuleReader;
    try { m = new ModuleReader(bytes); } catch (e) {
      if (!(e instanceof BadImageFormatError)) throw e;
      checkError(e);
      return { outcome: 'load', reasons: [e.reason], withOffset: e.offset >= 0 ? 1 : 0, ms: performance.now() - t0 };
    }
    try { decodeAll(m); } catch (e) {
      if (!(e instanceof BadImageFormatError)) throw e;
      checkError(e);
      outcome = 'decode';
      reasons.push(e.reason);
      if (e.offset >= 0) withOffset++;
    }
    // The disassembler reports bad parts inline and should not throw at all; if it does, only
    // BadImageFormatError is acceptable.
    try { disassemble(m); } catch (e) {
      if (!(e instanceof BadImageFormatError)) throw e;
      checkError(e);
      reasons.push(e.reason);
      if (e.offset >= 0) withOffset++;
    }
  } catch (e) {
    return { outcome: 'escape', reasons, withOffset, escaped: e, ms: performance.now() - t0 };
  }
  return { outcome, reasons, withOffset, ms: performance.now() - t0 };
}

function checkError(e: BadImageFormatError): void {
  if (typeof e.reason !== 'string' || e.reason.length === 0) throw new Error('BadImageFormatError without a reason');
  if (!Number.isInteger(e.offset) || e.offset < -1) throw new Error(`BadImageFormatError with a bad offset ${e.offset}`);
}

export interface FuzzSummary {
  cases: number; ok: number; loadErrors: number; decodeErrors: number;
  escapes: { seed: string; caseIndex: number; mutations: string[]; error: string }[];
  reasons: Map<string, number>;
  /** BadImageFormatErrors seen, and how many of them carried a file offset. */
  errors: number; errorsWithOffset: number;
  maxMs: number; maxMsCase: string; totalMs: number;
  peakHeapGrowthMB: number; peakArrayBuffersGrowthMB: number; peakRssMB: number;
}

export interface FuzzOptions {
  cases: number; seed: number; seeds: Seed[];
  /** Called every `progressEvery` cases. */
  onProgress?: (done: number, s: FuzzSummary) => void; progressEvery?: number;
}

/** Runs `cases` mutated inputs round-robin over the seeds; deterministic for a given seed number. */
export function fuzz(opts: FuzzOptions): FuzzSummary {
  const rng = new Rng(opts.seed);
  const base = process.memoryUsage();
  const s: FuzzSummary = {
    cases: 0, ok: 0, loadErrors: 0, decodeErrors: 0, escapes: [], reasons: new Map(), errors: 0, errorsWithOffset: 0,
    maxMs: 0, maxMsCase: '', totalMs: 0, peakHeapGrowthMB: 0, peakArrayBuffersGrowthMB: 0, peakRssMB: 0,
  };
  for (let i = 0; i < opts.cases; i++) {
    const seed = opts.seeds[i % opts.seeds.length]!;
    const { bytes, done } = mutate(seed, rng);
    const r = runCase(bytes);
    s.cases++;
    s.totalMs += r.ms;
    if (r.ms > s.maxMs) { s.maxMs = r.ms; s.maxMsCase = `${seed.name} #${i} ${done.join(' ')}`; }
    if (r.outcome === 'ok') s.ok++;
    else if (r.outcome === 'load') s.loadErrors++;
    else if (r.outcome === 'decode') s.decodeErrors++;
    else s.escapes.push({ seed: seed.name, caseIndex: i, mutations: done, error: r.escaped instanceof Error ? r.escaped.stack ?? r.escaped.message : String(r.escaped) });
    s.errors += r.reasons.length;
    s.errorsWithOffset += r.withOffset;
    for (const reason of r.reasons) { const c = reasonCategory(reason); s.reasons.set(c, (s.reasons.get(c) ?? 0) + 1); }
    if (i % 64 === 0 || i === opts.cases - 1) {
      const mu = process.memoryUsage();
      s.peakHeapGrowthMB = Math.max(s.peakHeapGrowthMB, (mu.heapUsed - base.heapUsed) / 2 ** 20);
      s.peakArrayBuffersGrowthMB = Math.max(s.peakArrayBuffersGrowthMB, (mu.arrayBuffers - base.arrayBuffers) / 2 ** 20);
      s.peakRssMB = Math.max(s.peakRssMB, mu.rss / 2 ** 20);
    }
    if (opts.onProgress && opts.progressEvery && (i + 1) % opts.progressEvery === 0) opts.onProgress(i + 1, s);
  }
  return s;
}
