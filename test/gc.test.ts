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
  t.log(`allocated ${(r.stats.allocatedBytes / 1048576).toFixed(1)} MB, peak heap ${(r.stats.peakHeapBytes / 1048576).toFixed(1)} MB, ${r.stats.gcCollections} collections, max pause ${r.stats.gcPauseMsMax.toFixed(1)} ms`);
  t.true(r.stats.peakHeapBytes < r.stats.allocatedBytes / 2);
});

const stressSet = ['hello/', 'exceptions/', 'classes/', 'recursion/'];
const known: Record<string, string> = JSON.parse(readFileSync(repo('spec-tests/known-failures.json'), 'utf8'));
for (const prefix of stressSet) {
  test(`GC stress (collect every 7th allocation, verify heap) on spec-tests/${prefix}`, async (t) => {
    const { readdirSync } = await import('node:fs');
    const dir = repo('spec-tests', prefix);
    let ran = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.expected.json'))) {
      const name = f.slice(0, -'.expected.json'.length);
      if (known[prefix + name] !== undefined) continue;
      const exp = JSON.parse(readFileSync(repo('spec-tests', prefix, f), 'utf8'));
      const r = await run(repo('spec-tests', prefix, name + '.dll'), { args: exp.args ?? [], stdin: exp.stdin ?? '', gcStress: 7, gcVerify: true });
      t.is(r.stdout, exp.stdout, `${prefix}${name} stdout under GC stress`);
      t.is(r.exitCode, exp.exitCode, `${prefix}${name} exit code under GC stress`);
      ran++;
    }
    t.log(`${ran} programs`);
    t.pass();
  });
}

test('finalizers run on GC.WaitForPendingFinalizers; SuppressFinalize takes objects off the list', async (t) => {
  const r = await run(repo('test/fixtures/finalizers/bin/finalizers.dll'));
  t.is(r.exitCode, 0);
  // dotnet prints the same first line; whether the weak target is collected depends on the JIT.
  t.regex(r.stdout, /^finalized 100 \(100 expected\); collections>0: True\nweak target collected: (True|False)\n$/);
});
