import test from 'ava';
import { readFileSync } from 'node:fs';
import { Heap, OutOfMemory } from '../gc/heap.js';
import { MTFlags, MT_BASE_SIZE, MT_COMPONENT_SIZE, MT_FLAGS, MT_TYPE_ID } from '../gc/layout.js';
import { GUARD, ManagedMemory } from '../gc/memory.js';
import { run } from '../lib/index.js';
import { repo } from './helpers.js';

/** A tiny heap with two hand-made MethodTables: a 24-byte node with two references, and a leaf. */
function fixture(maxHeap = 64 << 20) {
  const mem = new ManagedMemory(GUARD + (1 << 20), 1 << 30);
  const stack = mem.reserve(65536);
  const mts = mem.reserve(96);
  const node = mts, leaf = mts + 32, bytes = mts + 64;
  const i32 = mem.i32;
  i32[(node + MT_TYPE_ID) >> 2] = 1; i32[(node + MT_BASE_SIZE) >> 2] = 16; i32[(node + MT_COMPONENT_SIZE) >> 2] = 0; i32[(node + MT_FLAGS) >> 2] = MTFlags.ContainsRefs;
  i32[(leaf + MT_TYPE_ID) >> 2] = 2; i32[(leaf + MT_BASE_SIZE) >> 2] = 16; i32[(leaf + MT_FLAGS) >> 2] = 0;
  // A byte array: length at +8, data from +16.
  i32[(bytes + MT_TYPE_ID) >> 2] = 3; i32[(bytes + MT_BASE_SIZE) >> 2] = 16; i32[(bytes + MT_COMPONENT_SIZE) >> 2] = 1; i32[(bytes + MT_FLAGS) >> 2] = MTFlags.IsArray;
  const heap = new Heap(mem, { maxHeapBytes: maxHeap, stressEvery: 0, verify: true });
  let sp = stack;
  const exact: number[] = [];
  heap.setRoots({
    conservativeRanges: () => [stack, sp],
    exactRoots: () => exact,
    typeInfo: (id) => (id === 1 ? { refOffsets: [8, 12], elemRefOffsets: [] } : { refOffsets: [], elemRefOffsets: [] }),
  });
  const push = (a: number) => { mem.i32[sp >> 2] = a; sp += 4; };
  const pop = () => { sp -= 4; };
  const array = (n: number) => { const a = heap.alloc(bytes, 16 + n); mem.i32[(a + 8) >> 2] = n; return a; };
  return { mem, heap, node, leaf, push, pop, exact, array };
}

test('objects reachable from the shadow stack survive; garbage is reused', (t) => {
  const f = fixture();
  const root = f.heap.alloc(f.node, 16);
  f.push(root);
  const kid = f.heap.alloc(f.leaf, 16);
  f.mem.i32[(root + 8) >> 2] = kid;
  for (let i = 0; i < 10000; i++) f.heap.alloc(f.leaf, 16); // garbage
  f.heap.collect();
  t.true(f.heap.isObject(root));
  t.true(f.heap.isObject(kid));
  const freedBefore = f.heap.stats.freedObjects;
  t.true(freedBefore >= 10000);
  const heapBefore = f.heap.totalBytes;
  for (let i = 0; i < 10000; i++) f.heap.alloc(f.leaf, 16); // fits in the holes
  t.is(f.heap.totalBytes, heapBefore, 'freed memory is reused before the heap grows');
});

test('an interior pointer on the stack (a byref) keeps its object alive', (t) => {
  const f = fixture();
  const o = f.heap.alloc(f.node, 16);
  f.push(o + 12);
  for (let i = 0; i < 1000; i++) f.heap.alloc(f.leaf, 16);
  f.heap.collect();
  t.true(f.heap.isObject(o));
  t.is(f.heap.findObject(o + 12), o);
});

test('unreachable objects are freed and their memory zeroed on reuse', (t) => {
  const f = fixture();
  const a = f.heap.alloc(f.node, 16);
  f.mem.i32[(a + 8) >> 2] = 0x12345678;
  f.heap.collect();
  t.false(f.heap.isObject(a));
  const b = f.heap.alloc(f.node, 16);
  t.is(f.mem.i32[(b + 8) >> 2], 0);
});

test('exact roots (handles) keep objects alive', (t) => {
  const f = fixture();
  const a = f.heap.alloc(f.leaf, 16);
  f.exact.push(a);
  f.heap.collect();
  t.true(f.heap.isObject(a));
});

test('large objects get their own segment and are reused after they die', (t) => {
  const f = fixture();
  const big = f.array(100_000);
  t.true(f.heap.isObject(big));
  f.heap.collect();
  t.false(f.heap.isObject(big));
  const before = f.heap.totalBytes;
  f.array(90_000);
  t.is(f.heap.totalBytes, before);
});

test('past the heap limit, allocation throws OutOfMemory after a collection', (t) => {
  const f = fixture(4 << 20);
  t.throws(() => { for (let i = 0; i < 1000; i++) f.push(f.array(16 * 1024)); }, { instanceOf: OutOfMemory });
});

test('binary trees: peak heap stays within a small multiple of the live set', async (t) => {
  const r = await run(repo('bench/programs/binarytrees/bin/binarytrees.dll'), { args: ['14'] });
  t.is(r.exitCode, 0);
  t.regex(r.stdout, /check=/);
  // Depth 14: about 33k long-lived nodes (24 bytes each) plus one stretch tree at a time.
  t.log(`allocated ${(r.stats.allocatedBytes / 1048576).toFixed(1)} MB, peak heap ${(r.stats.peakHeapBytes / 1048576).toFixed(1)} MB, live max ${(r.stats.gcLiveBytesMax / 1048576).toFixed(1)} MB, ${r.stats.gcCollections} collections, max pause ${r.stats.gcPauseMsMax.toFixed(1)} ms`);
  t.true(r.stats.peakHeapBytes < r.stats.allocatedBytes / 2);
  // Collections start after max(16 MiB, live set) of allocation: the heap stays near live + that.
  t.true(r.stats.gcLiveBytesMax > 0);
  t.true(r.stats.peakHeapBytes <= 2 * r.stats.gcLiveBytesMax + (24 << 20), `peak ${r.stats.peakHeapBytes}, live ${r.stats.gcLiveBytesMax}`);
});

// GC stress: a collection at every 5th allocation with the heap verifier (object graph, free
// lists and the write barrier's cards checked at each one) on a diverse set of programs.
const stressSet = [
  'hello/concat_interpolation', 'classes/object_and_collection_initializers', 'exceptions/filter_finally_order',
  'exceptions/exceptions_in_constructors_and_statics', 'collections/dictionary_order', 'collections/sorted_and_linked',
  'generics/generic_classes', 'strings/stringbuilder', 'linq/grouping_joins', 'delegates/multicast', 'iterators/yield_finally',
  'structs/copy_semantics', 'async/async_exceptions', 'records/equality_inheritance', 'programs/json',
  'layout/md_arrays', 'layout/explicit_overlap', 'typesystem/interface_variance', 'typesystem/cctor_semantics',
  'gc/finalizer_order', 'gc/weak_reference_generic', 'gc/write_barrier_paths',
];
const known: Record<string, string> = JSON.parse(readFileSync(repo('spec-tests/known-failures.json'), 'utf8'));
for (const id of stressSet) {
  if (known[id] !== undefined) continue; // a known conformance failure is not a GC question
  test(`GC stress (collect every 5th allocation, verify heap and cards): spec-tests/${id}`, async (t) => {
    const exp = JSON.parse(readFileSync(repo('spec-tests', id + '.expected.json'), 'utf8'));
    const r = await run(repo('spec-tests', id + '.dll'), { args: exp.args ?? [], stdin: exp.stdin ?? '', gcStress: 5, gcVerify: true });
    t.is(r.stderr.split('\n')[0], exp.stderrFirstLine ?? '');
    t.is(r.stdout, exp.stdout);
    t.is(r.exitCode, exp.exitCode);
    t.true(r.stats.gcCollections > 0);
  });
}

test('finalizers run on GC.WaitForPendingFinalizers; SuppressFinalize takes objects off the list', async (t) => {
  const r = await run(repo('test/fixtures/finalizers/bin/finalizers.dll'));
  t.is(r.exitCode, 0);
  // dotnet prints the same first line; whether the weak target is collected depends on the JIT.
  t.regex(r.stdout, /^finalized 100 \(100 expected\); collections>0: True\nweak target collected: (True|False)\n$/);
});
