import test from 'ava';
import { spawnSync } from 'node:child_process';
import { run } from '../lib/index.js';
import { repo } from './helpers.js';

// The collector as programs see it: finalizers at safe points, OutOfMemoryException under
// --max-heap, the write barrier on every store path.

test('finalizers run after collections without WaitForPendingFinalizers, and may allocate', async (t) => {
  const r = await run(repo('test/fixtures/autofinalize/bin/autofinalize.dll'));
  t.is(r.stderr, '');
  t.is(r.stdout, 'finalized while allocating: True; each finalizer allocated: True\n'); // as dotnet prints it
  t.is(r.exitCode, 0);
});

test('an exception escaping a finalizer ends the process like an unhandled exception (as dotnet)', async (t) => {
  const r = await run(repo('test/fixtures/autofinalize/bin/autofinalize.dll'), { args: ['throw'] });
  t.is(r.stderr.split('\n')[0], 'Unhandled exception. System.InvalidOperationException: finalizer failed');
  t.regex(r.stderr, /at Boom\.Finalize\(\)/);
  t.is(r.stdout, '');
  t.is(r.exitCode, 134);
});

test('past --max-heap a program gets an OutOfMemoryException it can catch, then allocates again', async (t) => {
  const r = await run(repo('test/fixtures/oom/bin/oom.dll'), { args: ['counts'], maxHeapBytes: 64 << 20 });
  t.is(r.stderr, '');
  const lines = r.stdout.split('\n');
  // The first three lines are what dotnet prints with DOTNET_GCHeapHardLimit=0x4000000.
  t.deepEqual(lines.slice(0, 3), ['first fill: caught OutOfMemoryException: True', 'after dropping: allocated 20000 small objects', 'second fill: caught again: True']);
  const [first, second] = lines[3]!.split(' ').slice(1).map(Number) as [number, number];
  t.true(first >= 50 && first <= 64, `64 MB hold about 60 blocks of 1 MB (${first})`);
  t.true(Math.abs(second - first) <= 2, `the dropped blocks' memory is reused (${first}, ${second})`);
  t.true(r.stats.peakHeapBytes <= 64 << 20);
  t.is(r.exitCode, 0);
});

test('a heap full of small objects still raises a catchable OutOfMemoryException (built in a reserve)', async (t) => {
  const r = await run(repo('test/fixtures/oom/bin/oom.dll'), { args: ['small'], maxHeapBytes: 32 << 20 });
  t.is(r.stderr, '');
  t.is(r.stdout, 'small objects: caught OutOfMemoryException: True\nagain: True\n'); // as dotnet prints it under a 64 MB hard limit
  t.is(r.exitCode, 0);
  t.true(r.stats.peakHeapBytes <= (32 << 20) + (2 << 20), 'at most the limit plus the 2 MB reserve');
});

test('the CLI takes --max-heap, --gc-stress and --gc-verify', (t) => {
  const r = spawnSync(process.execPath, [repo('bin/dotnode.mjs'), '--max-heap', '48m', '--gc-stress', '50', '--gc-verify', '--stats', repo('test/fixtures/oom/bin/oom.dll'), 'counts'], { encoding: 'utf8' });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, /second fill: caught again: True/);
  const stats = JSON.parse(/\[dotnode stats\] (.*)/.exec(r.stderr)![1]!);
  t.true(stats.peakHeapBytes <= 48 << 20);
  t.true(stats.gcCollections > 300, `stress mode collected at every 50th allocation (${stats.gcCollections})`);
});

test('every reference store path marks its card (write_barrier_paths under stress and card verification)', async (t) => {
  const { readFileSync } = await import('node:fs');
  const exp = JSON.parse(readFileSync(repo('spec-tests/gc/write_barrier_paths.expected.json'), 'utf8'));
  for (const gcStress of [1, 3]) {
    const r = await run(repo('spec-tests/gc/write_barrier_paths.dll'), { gcStress, gcVerify: true });
    t.is(r.stderr, '', `stress ${gcStress}`);
    t.is(r.stdout, exp.stdout);
  }
});
