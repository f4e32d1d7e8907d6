import test from 'ava';
import { spawnSync } from 'node:child_process';
import { repo } from './helpers.js';

// The op histogram (a debugging aid) patches the dispatch loop's first statement into a copy of
// the interpreter: this keeps the anchor it looks for, and its output, from rotting unnoticed.
test('scripts/op-histogram.mjs counts the ops a program runs', (t) => {
  const r = spawnSync(process.execPath, [repo('scripts', 'op-histogram.mjs'), '--top', '5', repo('bench', 'programs', 'fib', 'bin', 'fib.dll'), '15'], { encoding: 'utf8' });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, /fib\(15\) = 610/);
  const total = Number(/\[op-histogram\] (\d+) ops executed/.exec(r.stderr)?.[1]);
  t.true(total > 1000, r.stderr);
  t.regex(r.stderr, /CALLFADDI/);
  t.regex(r.stderr, /pairs \(op, next op\):/);
});
