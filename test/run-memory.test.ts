import test from 'ava';
import v8 from 'node:v8';
import vm from 'node:vm';
import { run } from '../lib/index.js';
import { repo } from './helpers.js';

// Runs in its own process (ava gives each file one), so other tests do not disturb the figures.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function used(): number {
  gc(); gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
}

test('1000 runs in one process keep memory flat', async (t) => {
  const app = repo('examples/hello/bin/Release/hello.dll');
  for (let i = 0; i < 100; i++) await run(app, { args: ['a'] });
  const base = used();
  for (let i = 0; i < 900; i++) {
    const r = await run(app, { args: ['a'] });
    if (r.exitCode !== 1) { t.fail(`run ${i} exited with ${r.exitCode}: ${r.stderr}`); return; }
  }
  const after = used();
  const growthMb = (after - base) / 1024 / 1024;
  t.log(`memory after 100 runs: ${(base / 1048576).toFixed(1)} MB, after 1000: ${(after / 1048576).toFixed(1)} MB`);
  t.true(growthMb < 20, `grew by ${growthMb.toFixed(1)} MB over 900 runs`);
});
