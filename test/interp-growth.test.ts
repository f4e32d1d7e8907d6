import test from 'ava';
import { readFileSync } from 'node:fs';
import { run } from '../lib/index.js';
import { repo } from './helpers.js';

/**
 * The dispatch loop keeps the memory views and the code heap in constants; when memory grows or
 * the code heap is replaced (a method was placed and did not fit), the running slice ends and
 * the next resumes with the new arrays. Tiny initial sizes make both happen many times, in the
 * middle of allocations, calls, delegate invocations, finally blocks and exception dispatch.
 */
const programs = [
  'programs/json', 'programs/exprlang', 'exceptions/filter_finally_order', 'exceptions/exceptions_in_constructors_and_statics',
  'gc/write_barrier_paths', 'iterators/yield_finally', 'delegates/multicast', 'arith/int_chains', 'arrays/element_copy', 'collections/dictionary_order',
  'typesystem/cctor_semantics', 'structs/copy_semantics',
];
for (const id of programs) {
  test(`memory and code heap growing mid-run: spec-tests/${id}`, async (t) => {
    const exp = JSON.parse(readFileSync(repo('spec-tests', id + '.expected.json'), 'utf8'));
    const r = await run(repo('spec-tests', id + '.dll'), {
      args: exp.args ?? [], stdin: exp.stdin ?? '', initialHeapBytes: 1 << 16, initialCodeLength: 64,
    });
    t.is(r.stderr.split('\n')[0], exp.stderrFirstLine ?? '');
    t.is(r.stdout, exp.stdout);
    t.is(r.exitCode, exp.exitCode);
    t.true(r.stats.codeHeapGrowths >= 2, `code heap replaced ${r.stats.codeHeapGrowths} times`);
    t.true(r.stats.memoryGrowths >= 1, `memory grew ${r.stats.memoryGrowths} times`);
  });
}
