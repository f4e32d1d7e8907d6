import { ManagedMemory } from './memory.js';
import { Hdr, MTFlags, MT_BASE_SIZE, MT_COMPONENT_SIZE, MT_FLAGS, MT_TYPE_ID, OBJ_MT } from './layout.js';

/** What the collector needs to know about a type to trace it (by type id). */
export interface GcTypeInfo {
  refOffsets: readonly number[];        // offsets of references from the object start
  elemRefOffsets: readonly number[];    // for arrays of structs: offsets inside one element
}

export interface HeapOptions {
  maxHeapBytes: number;
  /** Collect at every Nth allocation (0 = off): the stress mode. */
  stressEvery: number;
  /** Check heap invariants after each collection. */
  verify: boolean;
}

export interface RootSource {
  /** Ranges scanned conservatively: [start, end) pairs (shadow stack, statics). */
  conservativeRanges(): number[];
  /** Exact roots (strong handles, interned strings, objects held by the host). */
  exactRoots(): Iterable<number>;
  typeInfo(typeId: number): GcTypeInfo;
}

export class OutOfMemory extends Error {}

interface Segment { start: number; end: number; bump: number; bits: Uint8Array; large: boolean }

const SEGMENT_BYTES = 1 << 20;
const LARGE_OBJECT = 32 * 1024;

export interface GcStats { collections: number; pauseMs: number[]; peakHeapBytes: number; allocatedBytes: number; freedObjects: number }

/**
 * A non-moving mark-sweep heap. Small objects are bump-allocated, first in fresh 1 MB segments
 * and, after a collection, in the holes that sweeping left (coalesced runs of dead objects):
 * "bump in holes", so freed memory is reused without per-size free lists. Large objects get a
 * segment each (empty ones are reused). Every byte of a segment parses as an object or a free
 * block (header Free, size in the second word), except the current bump region, which is
 * formatted as a free block before each collection. An object-start bitmap per segment lets
 * the conservative root scan recognise object addresses; finalizable objects that die are
 * queued and kept alive for their finalizer, which runs on the main thread after the collection.
 */
export class Heap {
  private readonly segments: Segment[] = [];
  private cursor = 0;
  private limit = 0;
  private holes: number[] = [];   // [start, size] pairs left by the last sweep, in address order
  private holeIndex = 0;
  private freeLarge: Segment[] = [];
  private allocsUntilStress: number;
  private bytesSinceGC = 0;
  private liveAfterGC = 0;
  private heapBytes = 0;
  private inGC = false;
  private roots: RootSource | null = null;
  private finalizable: number[] = [];
  readonly finalizeQueue: number[] = [];
  readonly weakHandles: number[] = [];
  readonly stats: GcStats = { collections: 0, pauseMs: [], peakHeapBytes: 0, allocatedBytes: 0, freedObjects: 0 };

  constructor(readonly mem: ManagedMemory, readonly opts: HeapOptions) {
    this.allocsUntilStress = opts.stressEvery;
  }

  setRoots(r: RootSource): void { this.roots = r; }

  get totalBytes(): number { return this.heapBytes; }
  get liveBytesEstimate(): number { return this.liveAfterGC + this.bytesSinceGC; }

  /**
   * Allocates `size` zeroed bytes for an object with MethodTable `mt`; returns its address.
   * May collect first. Throws OutOfMemory past the heap limit.
   */
  alloc(mt: number, size: number): number {
    size = (size + 7) & ~7;
    if (this.opts.stressEvery && --this.allocsUntilStress <= 0) { this.allocsUntilStress = this.opts.stressEvery; this.collect(); }
    else if (this.bytesSinceGC > Math.max(16 << 20, this.liveAfterGC)) this.collect();
    let addr = this.tryAlloc(size);
    if (!addr) { this.collect(); addr = this.tryAlloc(size); }
    if (!addr) throw new OutOfMemory(`heap limit of ${this.opts.maxHeapBytes} bytes reached`);
    this.bytesSinceGC += size;
    this.stats.allocatedBytes += size;
    const i32 = this.mem.i32;
    i32[addr >> 2] = 0;
    i32[(addr + OBJ_MT) >> 2] = mt;
    if (i32[(mt + MT_FLAGS) >> 2]! & MTFlags.HasFinalizer) { i32[addr >> 2] = Hdr.Finalizable; this.finalizable.push(addr); }
    return addr;
  }

  /** GC.SuppressFinalize / ReRegisterForFinalize: take an object off, or put it back on, the finalization list. */
  setFinalizable(obj: number, on: boolean): void {
    const i32 = this.mem.i32;
    const h = i32[obj >> 2]!;
    const i = this.finalizable.indexOf(obj);
    if (on && i < 0 && (i32[(i32[(obj + OBJ_MT) >> 2]! + MT_FLAGS) >> 2]! & MTFlags.HasFinalizer)) { this.finalizable.push(obj); i32[obj >> 2] = h | Hdr.Finalizable; }
    if (!on && i >= 0) { this.finalizable.splice(i, 1); i32[obj >> 2] = h & ~Hdr.Finalizable; }
  }

  private tryAlloc(size: number): number {
    if (size >= LARGE_OBJECT) return this.allocLarge(size);
    if (this.cursor + size > this.limit && !this.nextRegion(size)) return 0;
    const a = this.cursor;
    this.cursor += size;
    this.markStart(a);
    return a;
  }

  /** Moves the bump region to the next hole that fits, or to a fresh segment. */
  private nextRegion(size: number): boolean {
    this.retireRegion();
    while (this.holeIndex < this.holes.length) {
      const start = this.holes[this.holeIndex]!, hsize = this.holes[this.holeIndex + 1]!;
      this.holeIndex += 2;
      if (hsize < size) continue; // stays a free block until the next sweep
      this.clearStart(start);
      this.mem.u8.fill(0, start, start + hsize); // holes hold dead objects: clear before reuse
      this.cursor = start; this.limit = start + hsize;
      return true;
    }
    const s = this.newSegment(SEGMENT_BYTES, false);
    if (!s) return false;
    this.cursor = s.start; this.limit = s.end; // fresh pages from memory.grow are zero already
    return true;
  }

  /** Formats the unused rest of the bump region as a free block, so the heap parses. */
  private retireRegion(): void {
    if (this.limit > this.cursor) this.addFree(this.cursor, this.limit - this.cursor, false);
    this.cursor = this.limit = 0;
  }

  private markStart(a: number): void {
    const s = this.segmentOf(a)!;
    const bit = (a - s.start) >>> 3;
    s.bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  private clearStart(a: number): void {
    const s = this.segmentOf(a)!;
    const bit = (a - s.start) >>> 3;
    s.bits[bit >>> 3]! &= ~(1 << (bit & 7));
  }

  private allocLarge(size: number): number {
    for (let i = 0; i < this.freeLarge.length; i++) {
      const s = this.freeLarge[i]!;
      if (s.end - s.start < size || s.end - s.start > size * 2) continue;
      this.freeLarge.splice(i, 1);
      this.mem.u8.fill(0, s.start, s.end);
      s.bits.fill(0);
      this.markStart(s.start);
      if (s.end - s.start > size) this.addFree(s.start + size, s.end - s.start - size, false);
      return s.start;
    }
    const s = this.newSegment(size, true);
    if (!s) return 0;
    this.markStart(s.start);
    if (s.end - s.start > size) this.addFree(s.start + size, s.end - s.start - size, false);
    return s.start;
  }

  private newSegment(bytes: number, large: boolean): Segment | null {
    bytes = (bytes + 7) & ~7;
    if (this.heapBytes + bytes > this.opts.maxHeapBytes) return null;
    const start = this.mem.reserve(bytes);
    if (!start) return null;
    const s: Segment = { start, end: start + bytes, bump: start + bytes, bits: new Uint8Array(Math.ceil(bytes / 64)), large };
    let i = this.segments.length;
    while (i > 0 && this.segments[i - 1]!.start > start) i--;
    this.segments.splice(i, 0, s);
    this.heapBytes += bytes;
    if (this.heapBytes > this.stats.peakHeapBytes) this.stats.peakHeapBytes = this.heapBytes;
    return s;
  }

  private segmentOf(a: number): Segment | null {
    const segs = this.segments;
    let lo = 0, hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = segs[mid]!;
      if (a < s.start) hi = mid - 1; else if (a >= s.end) lo = mid + 1; else return s;
    }
    return null;
  }

  private isStart(s: Segment, a: number): boolean {
    const bit = (a - s.start) >>> 3;
    return (s.bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }

  /** The object containing address a (start or interior), or 0. */
  findObject(a: number): number {
    const s = this.segmentOf(a);
    if (!s || (a >= this.cursor && a < this.limit)) return 0;
    let p = a & ~7;
    const limit = Math.max(s.start, p - (s.large ? s.end - s.start : LARGE_OBJECT));
    for (; p >= limit; p -= 8) {
      if (this.isStart(s, p)) {
        if (this.mem.i32[p >> 2]! & Hdr.Free) return 0;
        return a < p + this.objectSize(p) ? p : 0;
      }
    }
    return 0;
  }

  isObject(a: number): boolean {
    if (a & 7) return false;
    const s = this.segmentOf(a);
    return !!s && this.isStart(s, a) && !(this.mem.i32[a >> 2]! & Hdr.Free);
  }

  objectSize(a: number): number {
    const i32 = this.mem.i32;
    if (i32[a >> 2]! & Hdr.Free) return i32[(a + 4) >> 2]!;
    const mt = i32[(a + OBJ_MT) >> 2]!;
    const base = i32[(mt + MT_BASE_SIZE) >> 2]!;
    const comp = i32[(mt + MT_COMPONENT_SIZE) >> 2]!;
    const size = comp ? base + comp * i32[(a + 8) >> 2]! : base;
    return (size + 7) & ~7;
  }

  // ---- Collection ---------------------------------------------------------------------------

  collect(): void {
    if (this.inGC || !this.roots) return;
    this.inGC = true;
    const t0 = performance.now();
    try {
      this.retireRegion();
      this.mark();
      this.sweep();
      if (this.opts.verify) this.verifyHeap();
    } finally {
      this.inGC = false;
    }
    this.stats.collections++;
    this.stats.pauseMs.push(performance.now() - t0);
    this.bytesSinceGC = 0;
  }

  private mark(): void {
    const roots = this.roots!;
    const stack: number[] = [];
    const i32 = this.mem.i32;
    const push = (a: number) => {
      const h = i32[a >> 2]!;
      if (h & Hdr.Mark) return;
      i32[a >> 2] = h | Hdr.Mark;
      stack.push(a);
    };
    const r = roots.conservativeRanges();
    for (let k = 0; k < r.length; k += 2) {
      for (let p = r[k]!; p < r[k + 1]!; p += 4) {
        const w = i32[p >> 2]!;
        if (w < 65536) continue;
        const o = (w & 7) === 0 && this.isObject(w) ? w : this.findObject(w);
        if (o) push(o);
      }
    }
    for (const a of roots.exactRoots()) if (a) push(a);
    this.drain(stack, push);
    // Finalizable objects that died are kept alive (with what they reach) until their finalizer runs.
    const survivors: number[] = [];
    for (const a of this.finalizable) {
      if (i32[a >> 2]! & Hdr.Mark) survivors.push(a);
      else { i32[a >> 2] = (i32[a >> 2]! & ~Hdr.Finalizable); this.finalizeQueue.push(a); push(a); }
    }
    this.drain(stack, push);
    this.finalizable = survivors;
    for (let i = 0; i < this.weakHandles.length; i++) {
      const a = this.weakHandles[i]!;
      if (a && !(i32[a >> 2]! & Hdr.Mark)) this.weakHandles[i] = 0;
    }
  }

  private drain(stack: number[], push: (a: number) => void): void {
    const roots = this.roots!;
    const i32 = this.mem.i32;
    while (stack.length) {
      const a = stack.pop()!;
      const mt = i32[(a + OBJ_MT) >> 2]!;
      const flags = i32[(mt + MT_FLAGS) >> 2]!;
      if (!(flags & MTFlags.ContainsRefs)) continue;
      const info = roots.typeInfo(i32[(mt + MT_TYPE_ID) >> 2]!);
      for (const off of info.refOffsets) {
        const v = i32[(a + off) >> 2]!;
        if (v) { const o = this.isObject(v) ? v : this.findObject(v); if (o) push(o); }
      }
      if (flags & MTFlags.IsArray) {
        const n = i32[(a + 8) >> 2]!;
        const base = i32[(mt + MT_BASE_SIZE) >> 2]!;
        const comp = i32[(mt + MT_COMPONENT_SIZE) >> 2]!;
        if (flags & MTFlags.ElementsAreRefs) {
          for (let i = 0; i < n; i++) { const v = i32[(a + base + i * 4) >> 2]!; if (v) push(v); }
        } else {
          for (let i = 0; i < n; i++) {
            for (const off of info.elemRefOffsets) {
              const v = i32[(a + base + i * comp + off) >> 2]!;
              if (v) { const o = this.isObject(v) ? v : this.findObject(v); if (o) push(o); }
            }
          }
        }
      }
    }
  }

  private sweep(): void {
    const i32 = this.mem.i32;
    this.holes = [];
    this.holeIndex = 0;
    this.freeLarge = [];
    let live = 0;
    for (const s of this.segments) {
      let p = s.start;
      let freeStart = 0;
      s.bits.fill(0);
      while (p < s.end) {
        const h = i32[p >> 2]!;
        const size = this.objectSize(p);
        if (size <= 0 || p + size > s.end) throw new Error(`heap corrupt: block of size ${size} at 0x${p.toString(16)}`);
        if (!(h & Hdr.Free) && (h & Hdr.Mark)) {
          i32[p >> 2] = h & ~Hdr.Mark;
          this.markStart(p);
          if (freeStart) { this.addFree(freeStart, p - freeStart, true); freeStart = 0; }
          live += size;
        } else {
          if (!(h & Hdr.Free)) this.stats.freedObjects++;
          if (!freeStart) freeStart = p;
        }
        p += size;
      }
      if (freeStart) {
        if (freeStart === s.start && s.large) { this.addFree(s.start, s.end - s.start, false); this.freeLarge.push(s); }
        else this.addFree(freeStart, s.end - freeStart, true);
      }
    }
    this.liveAfterGC = live;
  }

  /** Turns [a, a+size) into a free block (header Free, size in the second word); optionally a hole to allocate in. */
  private addFree(a: number, size: number, hole: boolean): void {
    const i32 = this.mem.i32;
    i32[a >> 2] = Hdr.Free;
    i32[(a + 4) >> 2] = size;
    this.markStart(a);
    if (hole && size >= 16) this.holes.push(a, size);
  }

  /** Heap verifier: every block parses, every reference in a live object points at a live object. */
  verifyHeap(): void {
    const i32 = this.mem.i32;
    for (const s of this.segments) {
      let p = s.start;
      while (p < s.end) {
        const h = i32[p >> 2]!;
        const size = this.objectSize(p);
        if (size <= 0 || p + size > s.end) throw new Error(`heap verify: bad object size ${size} at 0x${p.toString(16)}`);
        if (!this.isStart(s, p)) throw new Error(`heap verify: block at 0x${p.toString(16)} missing from the start bitmap`);
        if (!(h & Hdr.Free)) {
          if (h & Hdr.Mark) throw new Error(`heap verify: mark bit left set at 0x${p.toString(16)}`);
          const mt = i32[(p + OBJ_MT) >> 2]!;
          if (mt < 65536 || mt >= this.mem.size) throw new Error(`heap verify: bad MethodTable 0x${mt.toString(16)} at 0x${p.toString(16)}`);
          const info = this.roots!.typeInfo(i32[(mt + MT_TYPE_ID) >> 2]!);
          for (const off of info.refOffsets) {
            const v = i32[(p + off) >> 2]!;
            if (v && !this.isObject(v) && !this.findObject(v)) throw new Error(`heap verify: object 0x${p.toString(16)} field +${off} points at freed or foreign 0x${v.toString(16)}`);
          }
        }
        p += size;
      }
    }
  }
}
