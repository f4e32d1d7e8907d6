import test from 'ava';
import { run } from '../lib/index.js';
import { ModuleReader } from '../lib/loader/module-reader.js';
import { readFileSync } from 'node:fs';
import { repo } from './helpers.js';

const deep = repo('test/fixtures/deep-recursion/bin/deep-recursion.dll');

test('managed recursion 1,000,000 deep completes (frames live in the shadow stack, not the JS stack)', async (t) => {
  const r = await run(deep, { args: ['1000000'] });
  t.is(r.stderr, '');
  t.is(r.stdout, 'depth 1000000\n');
  t.is(r.exitCode, 0);
});

test('past the shadow-stack limit the process ends with "Stack overflow." and exit code 134', async (t) => {
  const r = await run(deep, { args: ['1000000'], stackBytes: 1 << 20 });
  t.is(r.exitCode, 134);
  t.regex(r.stderr, /^Stack overflow\./);
  t.notRegex(r.stderr, /RangeError/);
});

test('the transform turns loads of unaddressed locals into operands (copy propagation)', async (t) => {
  // Depth(n) => n == 0 ? 0 : 1 + Depth(n - 1): the argument is read in place, constants are immediates.
  const { Runtime } = await import('../lib/runtime/runtime.js');
  const { TypeSystem } = await import('../lib/types/type-system.js');
  const { Host } = await import('../lib/runtime/host.js');
  const { loadCorelib } = await import('../lib/api/corelib.js');
  const { dumpCode } = await import('../interp/ops.js');
  const app = new ModuleReader(new Uint8Array(readFileSync(deep)));
  const ts = new TypeSystem(loadCorelib(), () => null);
  ts.addModule(app);
  const rt = new Runtime(ts, new Host({ stdout: () => {}, stderr: () => {} }, [], {}, ''), { maxHeapBytes: 1 << 24, stackBytes: 1 << 20, gcStress: 0, gcVerify: false });
  const program = ts.typeByName(app, '', 'Program');
  const depth = ts.declaredMethods(program).find((m) => m.name === 'Depth')!;
  const ic = rt.codeOf(depth);
  const listing = dumpCode(rt.codeHeap.slice(ic.base, ic.end), ic.base);
  t.log(listing);
  t.notRegex(listing, /MOV4 \d+ 0\b/, 'the argument is not copied before use');
  t.regex(listing, /BRFALSE4 0 |BRTRUE4 0 |BNE4I 0 0 |BEQ4I 0 0 /);
  t.regex(listing, /ADDI4 \d+ \d+ 1\b/, "1 + Depth(...) uses the immediate form");
  t.regex(listing, /ADDI4 \d+ 0 -1|CALLADDI 0 -1 /, "Depth(n - 1) computes its argument from the argument slot");
});
