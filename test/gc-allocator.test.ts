import test from 'ava';
import { Heap, LARGE_OBJECT, SMALL_MAX } from '../gc/heap.js';
import { MTFlags, MT_BASE_SIZE, MT_COMPONENT_SIZE, MT_FLAGS, MT_TYPE_ID } from '../gc/layout.js';
import { GUARD, ManagedMemory } from '../gc/memory.js';

/**
 * A heap with hand-made MethodTables: `obj(size)` gives a MethodTable for a reference-free
 * object of that size, `node` is a 16-byte object with one reference at +8, `bytes` a byte array.
 * Roots: a little shadow stack scanned conservatively.
 */
function fixture(opts: { maxHeap?: number; verify?: boolean; initial?: number } = {}) {
  const mem = new ManagedMemory(opts.initial ?? GUARD + (1 << 20), 1 << 30);
  const stack = mem.reserve(1 << 16);
  const mtArea = mem.reserve(64 * 40);
  let nextMt = mtArea;
  const makeMt = (id: number, base: number, comp: number, flags: number) => {
    const mt = nextMt; nextMt += 40;
    const i32 = mem.i32;
    i32[(mt + MT_TYPE_ID) >> 2] = id; i32[(mt + MT_BASE_SIZE) >> 2] = base; i32[(mt + MT_COMPONENT_SIZE) >> 2] = comp; i32[(mt + MT_FLAGS) >> 2] = flags;
    return mt;
  };
  const node = makeMt(1, 16, 0, MTFlags.ContainsRefs);
  const bytes = makeMt(2, 16, 1, MTFlags.IsArray);
  const sized = new Map<number, number>();
  const obj = (size: number) => { let mt = sized.get(size); if (!mt) { mt = makeMt(3, size, 0, 0); sized.set(size, mt); } return mt; };
  const heap = new Heap(mem, { maxHeapBytes: opts.maxHeap ?? 256 << 20, stressEvery: 0, verify: opts.verify ?? true });
  let sp = stack;
  heap.setRoots({
    conservativeRanges: () => [stack, sp],
    exactRoots: () => [],
    typeInfo: (id) => (id === 1 ? { refOffsets: [8], elemRefOffsets: [] } : { refOffsets: [], elemRefOffsets: [] }),
  });
  const root = (a: number) => { mem.i32[sp >> 2] = a; sp += 4; return a; };
  const clearRoots = () => { mem.u8.fill(0, stack, sp); sp = stack; };
  const alloc = (size: number) => heap.alloc(obj(size), size);
  const array = (n: number) => { const a = heap.alloc(bytes, 16 + n); mem.i32[(a + 8) >> 2] = n; return a; };
  return { mem, heap, node, obj, alloc, array, root, clearRoots };
}

test('dead small objects go to the free list of their size class and are reused first', (t) => {
  const f = fixture();
  const a24: number[] = [], a40: number[] = [];
  // Alternate live and dead objects, so every dead one is a separate free cell.
  for (let i = 0; i < 200; i++) {
    const x = f.alloc(24), y = f.alloc(40);
    if (i % 2) { a24.push(x); a40.push(y); } else { f.root(x); f.root(y); }
  }
  f.root(f.alloc(24)); // keeps the last dead cell from merging with the rest of the region
  f.heap.collect();
  const classes = Object.fromEntries(f.heap.freeListSummary().map((c) => [c.cls, c.cells]));
  t.true((classes[64] ?? 0) >= 99, `dead 24+40 byte neighbours coalesce into 64-byte cells (${JSON.stringify(classes)})`);
  const freed = new Set(a24);
  const before = f.heap.stats.freeListAllocs;
  const heapBytes = f.heap.totalBytes;
  const got = Array.from({ length: 50 }, () => f.alloc(64));
  t.is(f.heap.stats.freeListAllocs - before, 50, 'all 50 came from the 64-byte list');
  t.true(got.every((a) => freed.has(a)), 'a cell starts where the dead 24-byte object was');
  t.is(f.heap.totalBytes, heapBytes);
  f.heap.verifyHeap();
});

test('exact-size cells: objects separated by live ones are reused by the same size class', (t) => {
  const f = fixture();
  const dead: number[] = [];
  for (let i = 0; i < 100; i++) { dead.push(f.alloc(32)); f.root(f.alloc(16)); }
  f.heap.collect();
  t.deepEqual(f.heap.freeListSummary().find((c) => c.cls === 32)?.cells, 100);
  const reused = new Set(Array.from({ length: 100 }, () => f.alloc(32)));
  t.deepEqual([...reused].sort(), [...dead].sort());
  t.is(f.heap.freeListSummary().find((c) => c.cls === 32), undefined, 'the list is empty again');
});

test('a reused cell is zeroed before it is handed out', (t) => {
  const f = fixture();
  const a = f.alloc(48);
  f.root(f.alloc(16));
  for (let p = a + 8; p < a + 48; p += 4) f.mem.i32[p >> 2] = -1;
  f.heap.collect();
  const b = f.alloc(48);
  t.is(b, a);
  for (let p = b + 8; p < b + 48; p += 4) t.is(f.mem.i32[p >> 2], 0, `word at +${p - b}`);
  t.true(SMALL_MAX >= 48);
});

test('fresh memory from memory.grow is not cleared again; only reused memory is', (t) => {
  const f = fixture({ initial: GUARD + (64 << 20) }); // no grow during the test
  const u8 = f.mem.u8;
  let filled = 0;
  const fill = u8.fill.bind(u8);
  (u8 as unknown as { fill: unknown }).fill = (v: number, s?: number, e?: number) => { filled += (e ?? u8.length) - (s ?? 0); return fill(v, s, e); };
  for (let i = 0; i < 20000; i++) f.alloc(40);
  t.is(filled, 0, 'objects in fresh segments are not cleared');
  f.clearRoots();
  f.heap.collect();
  for (let i = 0; i < 20000; i++) f.alloc(40);
  t.true(filled > 0 && filled <= 2 * 20000 * 40, `reused space is cleared once (${filled} bytes)`);
});

test('large objects live in their own segments, are found by interior pointers and reused', (t) => {
  const f = fixture();
  const small = f.root(f.alloc(16));
  const before = f.heap.totalBytes;
  const big = f.root(f.array(LARGE_OBJECT + 1000));
  t.true(f.heap.totalBytes - before >= LARGE_OBJECT, 'a segment of its own');
  t.is(f.heap.findObject(big + 16 + 20000), big);
  t.is(f.heap.objectSize(big), 16 + LARGE_OBJECT + 1000);
  f.mem.u8[big + 16 + 5000] = 7;
  f.heap.collect();
  t.true(f.heap.isObject(big) && f.heap.isObject(small));
  f.clearRoots();
  f.root(small);
  f.heap.collect();
  t.false(f.heap.isObject(big));
  const total = f.heap.totalBytes;
  const again = f.array(LARGE_OBJECT);
  t.is(again, big, 'the empty large segment is reused');
  t.is(f.heap.totalBytes, total);
  t.is(f.mem.u8[again + 16 + 5000], 0);
});

test('verify mode catches a reference stored into an old object without the write barrier', (t) => {
  const f = fixture({ verify: true });
  const old = f.root(f.heap.alloc(f.node, 16));
  f.heap.collect(); // `old` survives: it is no longer young
  const young = f.root(f.alloc(16));
  f.mem.i32[(old + 8) >> 2] = young;
  t.throws(() => f.heap.collect(), { message: /without write barrier/ });

  const g = fixture({ verify: true });
  const o2 = g.root(g.heap.alloc(g.node, 16));
  g.heap.collect();
  const y2 = g.root(g.alloc(16));
  g.mem.i32[(o2 + 8) >> 2] = y2;
  g.heap.markCard(o2 + 8);
  t.notThrows(() => g.heap.collect());
  // Stores into objects allocated since the last collection need no card.
  const fresh = g.root(g.heap.alloc(g.node, 16));
  g.mem.i32[(fresh + 8) >> 2] = y2;
  t.notThrows(() => g.heap.collect());
  t.true(g.heap.isObject(y2));
});

test('the card table marks every card a block store touches', (t) => {
  const f = fixture();
  f.heap.markCards(4096 + 500, 600); // 500..1100 spans cards 8, 9 and 10 of 512 bytes from 4096
  t.true(f.heap.isCardMarked(4096 + 511) && f.heap.isCardMarked(4096 + 1024) && f.heap.isCardMarked(4096 + 1099));
  t.false(f.heap.isCardMarked(4096 + 1536));
  f.heap.collect();
  t.false(f.heap.isCardMarked(4096 + 600), 'a collection clears the cards');
});

test('finalizable objects: queued when they die, kept alive (with what they reach) until their finalizer ran', (t) => {
  const f = fixture();
  const fin = f.mem.reserve(40);
  f.mem.i32[(fin + MT_TYPE_ID) >> 2] = 1; f.mem.i32[(fin + MT_BASE_SIZE) >> 2] = 16;
  f.mem.i32[(fin + MT_FLAGS) >> 2] = MTFlags.HasFinalizer | MTFlags.ContainsRefs; // type 1: a reference at +8
  const obj = f.heap.alloc(fin, 16);
  const child = f.alloc(24);
  f.mem.i32[(obj + 8) >> 2] = child;
  const suppressed = f.heap.alloc(fin, 16);
  f.heap.setFinalizable(suppressed, false);
  f.heap.collect();
  t.deepEqual(f.heap.finalizeQueue, [obj], 'only the one not suppressed');
  t.false(f.heap.isObject(suppressed));
  f.heap.collect(); // a second collection before the finalizer ran: the queue is a root
  t.true(f.heap.isObject(obj) && f.heap.isObject(child));
  f.heap.finalizeQueue.shift(); // the finalizer ran
  f.heap.collect();
  t.false(f.heap.isObject(obj));
  t.false(f.heap.isObject(child));
});
