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
const SIZE_CLASSES = 64; // free lists for 8..512 bytes exactly, then one list per power of two

export interface GcStats { collections: number; pauseMs: number[]; peakHeapBytes: number; allocatedBytes: number; freedObjects: number }

/**
 * A non-moving mark-sweep heap: 1 MB segments with bump allocation, size-class free lists refilled
 * by sweeping, a segment per large object, an object-start bitmap for conservative roots, and
 * finalization of unreachable finalizable objects on the main thread after a collection.
 */
export class Heap {
  private readonly segments: Segment[] = [];
  private current: Segment | null = null;
  private readonly freeLists: number[][] = Array.from({ length: SIZE_CLASSES + 32 }, () => []);
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

  private tryAlloc(size: number): number {
    if (size >= LARGE_OBJECT) return this.allocLarge(size);
    const cls = sizeClass(size);
    const list = this.freeLists[cls]!;
    if (cls < SIZE_CLASSES) {
      const a = list.pop();
      if (a !== undefined) { this.claim(a, size, true); return a; }
    } else {
      for (let c = cls; c < this.freeLists.length; c++) {
        const l = this.freeLists[c]!;
        for (let i = l.length - 1; i >= 0; i--) {
          const a = l[i]!;
          const blockSize = this.mem.i32[(a + 4) >> 2]!;
          if (blockSize < size) continue;
          l.splice(i, 1);
          // The remainder stays a parseable free block (8 bytes hold its header and size).
          if (blockSize > size) this.addFree(a + size, blockSize - size);
          this.claim(a, size, true);
          return a;
        }
      }
    }
    let s = this.current;
    if (!s || s.bump + size > s.end) {
      s = this.newSegment(SEGMENT_BYTES, false);
      if (!s) return 0;
      this.current = s;
    }
    const a = s.bump;
    s.bump += size;
    this.claim(a, size, false);
    return a;
  }

  /** Marks an address as an object start and clears its memory when it was used before. */
  private claim(a: number, size: number, reused: boolean): void {
    const s = this.segmentOf(a)!;
    const bit = (a - s.start) >>> 3;
    s.bits[bit >>> 3]! |= 1 << (bit & 7);
    if (reused) this.mem.u8.fill(0, a, a + size);
  }

  private allocLarge(size: number): number {
    const s = this.newSegment(size, true);
    if (!s) return 0;
    s.bump = s.end;
    this.claim(s.start, size, false);
    return s.start;
  }

  private newSegment(bytes: number, large: boolean): Segment | null {
    if (this.heapBytes + bytes > this.opts.maxHeapBytes) return null;
    // Reuse an empty large segment of sufficient size before growing memory.
    const start = this.mem.reserve(bytes);
    if (!start) return null;
    const s: Segment = { start, end: start + bytes, bump: start, bits: new Uint8Array(Math.ceil(bytes / 64)), large };
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
    if (!s || a >= s.bump) return 0;
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
    return !!s && a < s.bump && this.isStart(s, a) && !(this.mem.i32[a >> 2]! & Hdr.Free);
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
    for (const l of this.freeLists) l.length = 0;
    let live = 0;
    for (const s of this.segments) {
      let p = s.start;
      let freeStart = 0;
      s.bits.fill(0);
      while (p < s.bump) {
        const h = i32[p >> 2]!;
        const size = this.objectSize(p);
        if (!(h & Hdr.Free) && (h & Hdr.Mark)) {
          i32[p >> 2] = h & ~Hdr.Mark;
          const bit = (p - s.start) >>> 3;
          s.bits[bit >>> 3]! |= 1 << (bit & 7);
          if (freeStart) { this.addFree(freeStart, p - freeStart); freeStart = 0; }
          live += size;
        } else {
          if (!(h & Hdr.Free)) this.stats.freedObjects++;
          if (!freeStart) freeStart = p;
        }
        p += size;
      }
      if (freeStart) {
        if (freeStart === s.start && s.large) { s.bump = s.start; }
        else if (s === this.current) s.bump = freeStart; // give the tail back to the bump pointer
        else this.addFree(freeStart, s.bump - freeStart);
      }
    }
    // Large segments that became empty are kept in place for reuse only via the free lists.
    for (const s of this.segments) if (s.large && s.bump === s.start) { s.bump = s.end; this.addFree(s.start, s.end - s.start); }
    this.liveAfterGC = live;
  }

  /** Turns [a, a+size) into a free block: header says Free, second word holds the size. */
  private addFree(a: number, size: number): void {
    const i32 = this.mem.i32;
    i32[a >> 2] = Hdr.Free;
    i32[(a + 4) >> 2] = size;
    const s = this.segmentOf(a)!;
    const bit = (a - s.start) >>> 3;
    s.bits[bit >>> 3]! |= 1 << (bit & 7);
    this.freeLists[sizeClass(size)]!.push(a);
  }

  /** Heap verifier: every block parses, every reference in a live object points at a live object. */
  verifyHeap(): void {
    const i32 = this.mem.i32;
    for (const s of this.segments) {
      let p = s.start;
      while (p < s.bump) {
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

function sizeClass(size: number): number {
  if (size <= SIZE_CLASSES * 8) return (size >>> 3) - 1;
  return SIZE_CLASSES + Math.min(31, 31 - Math.clz32(size) - 9);
}
