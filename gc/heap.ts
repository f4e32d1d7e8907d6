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
  /** Check heap invariants (and the write barrier's cards) at each collection. */
  verify: boolean;
}

export interface RootSource {
  /** Ranges scanned conservatively: [start, end) pairs (shadow stack, statics). */
  conservativeRanges(): number[];
  /** Words outside linear memory that may hold references, scanned conservatively (stack frames parked by a filter run). */
  conservativeWords?(): Iterable<Int32Array>;
  /** Exact roots (strong handles, interned strings, objects held by the host). */
  exactRoots(): Iterable<number>;
  typeInfo(typeId: number): GcTypeInfo;
}

/** The heap cannot hold an allocation; `managedMessage` is the OutOfMemoryException's message, if not the default. */
export class OutOfMemory extends Error {
  constructor(message: string, readonly managedMessage?: string) { super(message); }
}

interface Segment { start: number; end: number; bits: Uint8Array; large: boolean }

const SEGMENT_BYTES = 1 << 20;
/** Objects of this size and larger get a segment of their own (the large-object space). */
export const LARGE_OBJECT = 32 * 1024;
/** Free blocks up to this size are kept in segregated free lists, one per 8-byte size class. */
export const SMALL_MAX = 256;
const CLASSES = SMALL_MAX / 8 + 1;
/** The write barrier's card size: one card byte per 512 bytes of linear memory. */
export const CARD_SHIFT = 9;
/** Room beyond the heap limit for building the OutOfMemoryException itself. */
const OVERDRAFT = 2 * SEGMENT_BYTES;
/** Collections start at this much allocation, then whenever allocation since the last one exceeds the live set. */
const MIN_TRIGGER = 16 << 20;

/** Pause figures are running totals: a stress run collects millions of times. */
export interface GcStats { collections: number; pauseMsTotal: number; pauseMsMax: number; peakHeapBytes: number; allocatedBytes: number; freedObjects: number; liveBytes: number; maxLiveBytes: number; freeListAllocs: number }

/**
 * A non-moving mark-sweep heap in the shared linear memory.
 *
 * Allocation: an object of up to SMALL_MAX bytes first takes a cell from the free list of its
 * size class (8-byte classes, lists threaded through the free cells); otherwise it is bumped in
 * the current region. Regions are, in order: holes bigger than SMALL_MAX that the last sweep
 * left, a cell of a larger size class (split), a fresh 1 MiB segment. Objects of LARGE_OBJECT
 * bytes and more get a segment each (empty ones are reused). Every byte of a segment parses as
 * an object or a free block (header Free, size in the second word, next cell in the third), so
 * the sweep is a linear walk that coalesces dead objects and free blocks and rebuilds the lists.
 * Fresh pages from memory.grow are zero already; reused cells are zeroed when handed out.
 *
 * Roots and tracing: an object-start bitmap per segment lets the conservative scan of the
 * shadow stack and static blocks recognise object addresses (and interior pointers); objects
 * are traced precisely through per-type reference offsets.
 *
 * Finalizable objects that die are queued and kept alive (with what they reach, also through
 * later collections) until the runtime runs the queue on the main thread at its next safe
 * point. Weak handles are cleared before that resurrection (short weak references).
 *
 * Limits: segments never exceed maxHeapBytes (then OutOfMemory), except for a 2 MiB reserve
 * used while the runtime builds the OutOfMemoryException.
 *
 * Write barrier: every store of a reference into linear memory marks a 512-byte card. The
 * collector is not generational yet; in verify mode it checks at each collection that every
 * reference slot of an object that survived the previous collection and now holds another
 * non-null reference lies on a marked card (a missing barrier is reported as heap corruption).
 */
export class Heap {
  private readonly segments: Segment[] = [];
  private cursor = 0;
  private limit = 0;
  private regionSeg: Segment | null = null;
  private holes: number[] = [];   // [start, size] pairs of free blocks > SMALL_MAX, in address order
  private holeIndex = 0;
  /** Heads of the size-class free lists (index size/8; 0 = empty). */
  private readonly freeHeads = new Int32Array(CLASSES);
  private freeLarge: Segment[] = [];
  private allocsUntilStress: number;
  private bytesSinceGC = 0;
  private trigger = MIN_TRIGGER;
  private liveAfterGC = 0;
  private heapBytes = 0;
  private inGC = false;
  private roots: RootSource | null = null;
  /** Per type id: the reference map (a type's MethodTable, and so its map, exists before its objects). */
  private readonly infos: GcTypeInfo[] = [];
  private finalizable: number[] = [];
  readonly finalizeQueue: number[] = [];
  readonly weakHandles: number[] = [];
  /** Card table of the write barrier (grown on demand). */
  cards: Uint8Array;
  /** Verify mode: (object, slot, value) triples of the reference slots after the last collection. */
  private snapshot = new Int32Array(0);
  readonly stats: GcStats = { collections: 0, pauseMsTotal: 0, pauseMsMax: 0, peakHeapBytes: 0, allocatedBytes: 0, freedObjects: 0, liveBytes: 0, maxLiveBytes: 0, freeListAllocs: 0 };

  constructor(readonly mem: ManagedMemory, readonly opts: HeapOptions) {
    this.allocsUntilStress = opts.stressEvery;
    this.cards = new Uint8Array(mem.size >>> CARD_SHIFT);
  }

  setRoots(r: RootSource): void { this.roots = r; }

  get totalBytes(): number { return this.heapBytes; }
  get liveBytesEstimate(): number { return this.liveAfterGC + this.bytesSinceGC; }

  /** The write barrier: records that a reference was stored at `addr`. */
  markCard(addr: number): void {
    const i = addr >>> CARD_SHIFT;
    if (i >= this.cards.length) this.growCards(i);
    this.cards[i] = 1;
  }

  /** The write barrier for a copied block (a struct with references): every card it touches. */
  markCards(addr: number, bytes: number): void {
    const last = (addr + Math.max(bytes, 1) - 1) >>> CARD_SHIFT;
    if (last >= this.cards.length) this.growCards(last);
    for (let i = addr >>> CARD_SHIFT; i <= last; i++) this.cards[i] = 1;
  }

  isCardMarked(addr: number): boolean { return this.cards[addr >>> CARD_SHIFT] === 1; }

  private growCards(i: number): void {
    const c = new Uint8Array(Math.max(i + 1, this.mem.size >>> CARD_SHIFT));
    c.set(this.cards);
    this.cards = c;
  }

  /**
   * Allocates `size` zeroed bytes for an object with MethodTable `mt`; returns its address.
   * May collect first. Throws OutOfMemory past the heap limit.
   */
  alloc(mt: number, size: number): number {
    // Checked before any 32-bit arithmetic on the size: an 8 GB int[] must not wrap to a small one.
    if (!(size <= this.opts.maxHeapBytes)) throw new OutOfMemory(`an object of ${size} bytes is larger than the heap limit of ${this.opts.maxHeapBytes} bytes`);
    size = (size + 7) & ~7;
    if (this.opts.stressEvery && --this.allocsUntilStress <= 0) { this.allocsUntilStress = this.opts.stressEvery; this.collect(); }
    else if (this.bytesSinceGC > this.trigger) this.collect();
    const i32 = this.mem.i32;
    let addr = 0;
    if (size <= SMALL_MAX) {
      addr = this.freeHeads[size >>> 3]!;
      if (addr) {
        // A cell from the free list: unlink it and clear what the dead object left.
        this.freeHeads[size >>> 3] = i32[(addr + 8) >> 2]!;
        for (let p = (addr + 8) >> 2, e = (addr + size) >> 2; p < e; p++) i32[p] = 0;
        this.stats.freeListAllocs++;
      }
    }
    if (!addr) {
      addr = this.cursor;
      if (addr + size <= this.limit && size < LARGE_OBJECT) {
        this.cursor = addr + size;
        const s = this.regionSeg!;
        const bit = (addr - s.start) >>> 3;
        s.bits[bit >>> 3]! |= 1 << (bit & 7);
      } else {
        addr = this.allocSlow(size);
        if (!addr) { this.collect(); addr = this.allocSlow(size); }
        if (!addr) throw new OutOfMemory(`heap limit of ${this.opts.maxHeapBytes} bytes reached`);
      }
    }
    this.bytesSinceGC += size;
    this.stats.allocatedBytes += size;
    const w = this.mem.i32;
    // Young: allocated since the last collection (the card check skips these).
    if (w[(mt + MT_FLAGS) >> 2]! & MTFlags.HasFinalizer) { w[addr >> 2] = Hdr.Young | Hdr.Finalizable; this.finalizable.push(addr); }
    else w[addr >> 2] = Hdr.Young;
    w[(addr + OBJ_MT) >> 2] = mt;
    return addr;
  }

  /** GC.SuppressFinalize / ReRegisterForFinalize: take an object off, or put it back on, the finalization list. */
  setFinalizable(obj: number, on: boolean): void {
    const i32 = this.mem.i32;
    const h = i32[obj >> 2]!;
    if (!on) { i32[obj >> 2] = h & ~Hdr.Finalizable; return; } // dropped from the list at the next collection
    if ((h & Hdr.Finalizable) || !(i32[(i32[(obj + OBJ_MT) >> 2]! + MT_FLAGS) >> 2]! & MTFlags.HasFinalizer)) return;
    i32[obj >> 2] = h | Hdr.Finalizable;
    if (!this.finalizable.includes(obj)) this.finalizable.push(obj);
  }

  /** Finds a new bump region (or a large segment) for an allocation that did not fit; 0 if the heap is full. */
  private allocSlow(size: number): number {
    if (size >= LARGE_OBJECT) return this.allocLarge(size);
    this.retireRegion();
    let region = 0, rsize = 0;
    while (this.holeIndex < this.holes.length) {
      const start = this.holes[this.holeIndex]!, hsize = this.holes[this.holeIndex + 1]!;
      this.holeIndex += 2;
      if (hsize >= size) { region = start; rsize = hsize; break; }
      // Too small for this request: stays a free block until the next sweep.
    }
    if (!region && size <= SMALL_MAX) {
      // Split a cell of a larger size class.
      for (let c = (size >>> 3) + 1; c < CLASSES; c++) {
        const a = this.freeHeads[c]!;
        if (!a) continue;
        this.freeHeads[c] = this.mem.i32[(a + 8) >> 2]!;
        region = a; rsize = c << 3;
        break;
      }
    }
    if (region) {
      this.mem.u8.fill(0, region, region + rsize); // a dead object's bytes: clear before reuse
      this.regionSeg = this.segmentOf(region)!;
      this.clearStart(this.regionSeg, region);
      this.cursor = region; this.limit = region + rsize;
    } else {
      const s = this.newSegment(SEGMENT_BYTES, false);
      if (!s) return 0;
      this.regionSeg = s;
      this.cursor = s.start; this.limit = s.end; // fresh pages from memory.grow are zero already
    }
    const a = this.cursor;
    this.cursor += size;
    this.markStart(this.regionSeg, a);
    return a;
  }

  /** Formats the unused rest of the bump region as a free block (listed, so it is reused). */
  private retireRegion(): void {
    if (this.limit > this.cursor && this.cursor) this.addFree(this.regionSeg!, this.cursor, this.limit - this.cursor);
    this.cursor = this.limit = 0;
    this.regionSeg = null;
  }

  private markStart(s: Segment, a: number): void {
    const bit = (a - s.start) >>> 3;
    s.bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  private clearStart(s: Segment, a: number): void {
    const bit = (a - s.start) >>> 3;
    s.bits[bit >>> 3]! &= ~(1 << (bit & 7));
  }

  private allocLarge(size: number): number {
    for (let i = 0; i < this.freeLarge.length; i++) {
      const s = this.freeLarge[i]!;
      if (s.end - s.start < size || s.end - s.start > size * 2) continue;
      this.freeLarge.splice(i, 1);
      this.mem.u8.fill(0, s.start, s.start + size);
      s.bits.fill(0);
      this.markStart(s, s.start);
      if (s.end - s.start > size) this.formatFree(s, s.start + size, s.end - s.start - size);
      return s.start;
    }
    const s = this.newSegment(size, true);
    if (!s) return 0;
    this.markStart(s, s.start);
    if (s.end - s.start > size) this.formatFree(s, s.start + size, s.end - s.start - size);
    return s.start;
  }

  /** Set while the runtime builds an OutOfMemoryException: the heap may exceed its limit by OVERDRAFT. */
  overdraft = false;

  private newSegment(bytes: number, large: boolean): Segment | null {
    bytes = (bytes + 7) & ~7;
    if (this.heapBytes + bytes > this.opts.maxHeapBytes + (this.overdraft ? OVERDRAFT : 0)) return null;
    const start = this.mem.reserve(bytes);
    if (!start) return null;
    const s: Segment = { start, end: start + bytes, bits: new Uint8Array(Math.ceil(bytes / 64)), large };
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

  /** Free bytes on the size-class lists and in holes (for tests and statistics). */
  freeListSummary(): { cls: number; cells: number }[] {
    const out: { cls: number; cells: number }[] = [];
    for (let c = 2; c < CLASSES; c++) {
      let n = 0;
      for (let a = this.freeHeads[c]!; a; a = this.mem.i32[(a + 8) >> 2]!) n++;
      if (n) out.push({ cls: c << 3, cells: n });
    }
    return out;
  }

  // ---- Collection ---------------------------------------------------------------------------

  collect(): void {
    if (this.inGC || !this.roots) return;
    this.inGC = true;
    const t0 = performance.now();
    try {
      this.retireRegion();
      if (this.opts.verify) this.verifyCards();
      this.mark();
      this.sweep();
      this.cards.fill(0);
      if (this.opts.verify) { this.verifyHeap(); this.takeSnapshot(); }
    } finally {
      this.inGC = false;
    }
    this.stats.collections++;
    const pause = performance.now() - t0;
    this.stats.pauseMsTotal += pause;
    if (pause > this.stats.pauseMsMax) this.stats.pauseMsMax = pause;
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
    // A word that may be a reference (to an object's start or inside it) keeps that object.
    const maybeRef = (w: number) => {
      if (w < 65536) return;
      const o = (w & 7) === 0 && this.isObject(w) ? w : this.findObject(w);
      if (o) push(o);
    };
    const r = roots.conservativeRanges();
    for (let k = 0; k < r.length; k += 2) for (let p = r[k]!; p < r[k + 1]!; p += 4) maybeRef(i32[p >> 2]!);
    for (const words of roots.conservativeWords?.() ?? []) for (let k = 0; k < words.length; k++) maybeRef(words[k]!);
    for (const a of roots.exactRoots()) if (a) push(a);
    // Objects queued by an earlier collection whose finalizers have not run yet (f-reachable).
    for (const a of this.finalizeQueue) push(a);
    this.drain(stack, push);
    // Short weak references: cleared when the target is not strongly reachable, before
    // finalizable objects resurrect what they reference.
    for (let i = 0; i < this.weakHandles.length; i++) {
      const a = this.weakHandles[i]!;
      if (a && !(i32[a >> 2]! & Hdr.Mark)) this.weakHandles[i] = 0;
    }
    // Finalizable objects that died are kept alive (with what they reach) until their finalizer runs.
    const survivors: number[] = [];
    for (const a of this.finalizable) {
      const h = i32[a >> 2]!;
      if (!(h & Hdr.Finalizable)) continue; // SuppressFinalize
      if (h & Hdr.Mark) survivors.push(a);
      else { i32[a >> 2] = h & ~Hdr.Finalizable; this.finalizeQueue.push(a); push(a); }
    }
    this.drain(stack, push);
    this.finalizable = survivors;
  }

  private drain(stack: number[], push: (a: number) => void): void {
    const roots = this.roots!;
    const i32 = this.mem.i32;
    while (stack.length) {
      const a = stack.pop()!;
      const mt = i32[(a + OBJ_MT) >> 2]!;
      const flags = i32[(mt + MT_FLAGS) >> 2]!;
      if (!(flags & MTFlags.ContainsRefs)) continue;
      const id = i32[(mt + MT_TYPE_ID) >> 2]!;
      const info = this.infos[id] ?? (this.infos[id] = roots.typeInfo(id));
      // References inside heap objects are exact: they point at object starts (byrefs live
      // only on the stack), so no bitmap lookup is needed here.
      const offs = info.refOffsets;
      for (let k = 0; k < offs.length; k++) {
        const v = i32[(a + offs[k]!) >> 2]!;
        if (v) { const h = i32[v >> 2]!; if (!(h & Hdr.Mark)) { i32[v >> 2] = h | Hdr.Mark; stack.push(v); } }
      }
      if (flags & MTFlags.IsArray) {
        const n = i32[(a + 8) >> 2]!;
        const base = i32[(mt + MT_BASE_SIZE) >> 2]!;
        const comp = i32[(mt + MT_COMPONENT_SIZE) >> 2]!;
        if (flags & MTFlags.ElementsAreRefs) {
          for (let i = 0; i < n; i++) { const v = i32[(a + base + i * 4) >> 2]!; if (v) push(v); }
        } else {
          for (let i = 0; i < n; i++) {
            for (const off of info.elemRefOffsets) { const v = i32[(a + base + i * comp + off) >> 2]!; if (v) push(v); }
          }
        }
      }
    }
  }

  private sweep(): void {
    const i32 = this.mem.i32;
    this.holes = [];
    this.holeIndex = 0;
    this.freeHeads.fill(0);
    this.freeLarge = [];
    let live = 0;
    for (const s of this.segments) {
      let p = s.start;
      let freeStart = 0;
      s.bits.fill(0);
      while (p < s.end) {
        const h = i32[p >> 2]!;
        let size: number;
        if (h & Hdr.Free) size = i32[(p + 4) >> 2]!;
        else {
          const mt = i32[(p + OBJ_MT) >> 2]!, comp = i32[(mt + MT_COMPONENT_SIZE) >> 2]!;
          size = (i32[(mt + MT_BASE_SIZE) >> 2]! + (comp ? comp * i32[(p + 8) >> 2]! : 0) + 7) & ~7;
        }
        if (size <= 0 || p + size > s.end) throw new Error(`heap corrupt: block of size ${size} at 0x${p.toString(16)}`);
        if (!(h & Hdr.Free) && (h & Hdr.Mark)) {
          i32[p >> 2] = h & ~(Hdr.Mark | Hdr.Young);
          this.markStart(s, p);
          if (freeStart) { this.addFree(s, freeStart, p - freeStart); freeStart = 0; }
          live += size;
        } else {
          if (!(h & Hdr.Free)) this.stats.freedObjects++;
          if (!freeStart) freeStart = p;
        }
        p += size;
      }
      if (freeStart) {
        if (freeStart === s.start && s.large) { this.formatFree(s, s.start, s.end - s.start); this.freeLarge.push(s); }
        else this.addFree(s, freeStart, s.end - freeStart);
      }
    }
    this.liveAfterGC = live;
    this.stats.liveBytes = live;
    if (live > this.stats.maxLiveBytes) this.stats.maxLiveBytes = live;
    this.trigger = Math.max(MIN_TRIGGER, live);
  }

  /** Turns [a, a+size) into a free block: header Free, size in the second word. */
  private formatFree(s: Segment, a: number, size: number): void {
    const i32 = this.mem.i32;
    i32[a >> 2] = Hdr.Free;
    i32[(a + 4) >> 2] = size;
    this.markStart(s, a);
  }

  /** A free block that allocation may reuse: small ones go on their size class's list, bigger ones are holes. */
  private addFree(s: Segment, a: number, size: number): void {
    this.formatFree(s, a, size);
    if (size <= SMALL_MAX) {
      if (size >= 16) { const c = size >>> 3; this.mem.i32[(a + 8) >> 2] = this.freeHeads[c]!; this.freeHeads[c] = a; }
    } else this.holes.push(a, size);
  }

  // ---- Verification (--gc-verify) ----------------------------------------------------------

  /** Calls fn(slotAddress) for every reference slot of the object at p. */
  private forEachRefSlot(p: number, fn: (slot: number) => void): void {
    const i32 = this.mem.i32;
    const mt = i32[(p + OBJ_MT) >> 2]!;
    const flags = i32[(mt + MT_FLAGS) >> 2]!;
    if (!(flags & MTFlags.ContainsRefs)) return;
    const info = this.roots!.typeInfo(i32[(mt + MT_TYPE_ID) >> 2]!);
    for (const off of info.refOffsets) fn(p + off);
    if (flags & MTFlags.IsArray) {
      const n = i32[(p + 8) >> 2]!, base = i32[(mt + MT_BASE_SIZE) >> 2]!, comp = i32[(mt + MT_COMPONENT_SIZE) >> 2]!;
      if (flags & MTFlags.ElementsAreRefs) for (let i = 0; i < n; i++) fn(p + base + 4 * i);
      else for (let i = 0; i < n; i++) for (const off of info.elemRefOffsets) fn(p + base + i * comp + off);
    }
  }

  /** Verify mode: records (object, slot, value) for every reference slot of every live object. */
  private takeSnapshot(): void {
    const i32 = this.mem.i32;
    const out: number[] = [];
    for (const s of this.segments) {
      for (let p = s.start; p < s.end; p += this.objectSize(p)) {
        if (!(i32[p >> 2]! & Hdr.Free)) this.forEachRefSlot(p, (slot) => { out.push(p, slot, i32[slot >> 2]!); });
      }
    }
    this.snapshot = Int32Array.from(out);
  }

  /**
   * The write-barrier check: every reference slot of an object that survived the last
   * collection (still there, not Young) that now holds a different, non-null reference must
   * lie on a marked card. Objects do not move, and memory is only reused for new (Young) objects.
   */
  verifyCards(): void {
    const i32 = this.mem.i32, snap = this.snapshot;
    for (let k = 0; k < snap.length; k += 3) {
      const obj = snap[k]!, slot = snap[k + 1]!, then = snap[k + 2]!;
      if (!this.isObject(obj) || (i32[obj >> 2]! & Hdr.Young)) continue;
      const now = i32[slot >> 2]!;
      // Storing null needs no barrier (it cannot create a pointer to a younger object; initobj
      // and the JIT-to-come elide it), so only non-null changes must be on marked cards.
      if (now !== then && now !== 0 && !this.isCardMarked(slot)) {
        throw new Error(`heap verify: reference store without write barrier at 0x${slot.toString(16)} (object 0x${obj.toString(16)} +${slot - obj}: 0x${then.toString(16)} -> 0x${now.toString(16)})`);
      }
    }
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
          this.forEachRefSlot(p, (slot) => {
            const v = i32[slot >> 2]!;
            if (v && !this.isObject(v) && !this.findObject(v)) throw new Error(`heap verify: object 0x${p.toString(16)} slot +${slot - p} points at freed or foreign 0x${v.toString(16)}`);
          });
        }
        p += size;
      }
    }
    // Free lists: every cell is a free block of its class.
    for (let c = 2; c < CLASSES; c++) {
      for (let a = this.freeHeads[c]!; a; a = i32[(a + 8) >> 2]!) {
        if (!(i32[a >> 2]! & Hdr.Free) || i32[(a + 4) >> 2] !== c << 3) throw new Error(`heap verify: free list ${c << 3} holds a bad cell at 0x${a.toString(16)}`);
      }
    }
  }
}
