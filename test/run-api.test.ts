import test from 'ava';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../lib/index.js';
import { repo } from './helpers.js';

const expected = readFileSync(repo('examples/hello/expected.txt'), 'utf8');

for (const config of ['Debug', 'Release']) {
  test(`hello (${config} build) prints what dotnet prints and returns args.Length`, async (t) => {
    const r = await run(repo(`examples/hello/bin/${config}/hello.dll`), { args: ['alpha', 'beta gamma'] });
    t.is(r.stdout, expected);
    t.is(r.stderr, '');
    t.is(r.exitCode, 2);
  });
}

test('run() accepts the DLL bytes instead of a path', async (t) => {
  const bytes = new Uint8Array(readFileSync(repo('examples/hello/bin/Release/hello.dll')));
  const r = await run(bytes, { args: ['alpha', 'beta gamma'] });
  t.is(r.stdout, expected);
  t.is(r.exitCode, 2);
});

test('run() writes nothing to the host process stdout or stderr', async (t) => {
  const origOut = process.stdout.write, origErr = process.stderr.write;
  let written = '';
  process.stdout.write = ((s: string) => { written += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { written += s; return true; }) as typeof process.stderr.write;
  try {
    await run(repo('examples/hello/bin/Release/hello.dll'));
    await run(repo('spec-tests/exceptions/unhandled_exception.dll'));
  } finally {
    process.stdout.write = origOut; process.stderr.write = origErr;
  }
  t.is(written, '');
});

test('a missing file is reported on stderr with exit code 1', async (t) => {
  const r = await run('/nonexistent/app.dll');
  t.is(r.exitCode, 1);
  t.regex(r.stderr, /does not exist/);
  t.is(r.stdout, '');
});

test('a file that is not a PE image raises BadImageFormatException', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dotnode-'));
  const f = path.join(dir, 'notes.dll');
  writeFileSync(f, 'this is not a program\n'.repeat(10));
  const r = await run(f);
  t.not(r.exitCode, 0);
  t.regex(r.stderr, /^Unhandled exception\. System\.BadImageFormatException: not a PE image/);
});

test('a truncated DLL raises BadImageFormatException, not a JS error', async (t) => {
  const bytes = new Uint8Array(readFileSync(repo('examples/hello/bin/Release/hello.dll'))).subarray(0, 700);
  const r = await run(bytes);
  t.not(r.exitCode, 0);
  t.regex(r.stderr, /System\.BadImageFormatException/);
  t.notRegex(r.stderr, /at .*\.(js|mjs|ts):\d+/);
});

test('a class library (no entry point) is refused with a clear message', async (t) => {
  const r = await run(repo('corelib/bin/System.Private.CoreLib.dll'));
  t.is(r.exitCode, 1);
  t.regex(r.stderr, /has no entry point/);
});

test('stdin and environment reach the program', async (t) => {
  const r = await run(repo('spec-tests/hello/stdin_lines.dll'), { stdin: JSON.parse(readFileSync(repo('spec-tests/hello/stdin_lines.expected.json'), 'utf8')).stdin });
  const exp = JSON.parse(readFileSync(repo('spec-tests/hello/stdin_lines.expected.json'), 'utf8'));
  t.is(r.stdout, exp.stdout);
});

test('an unhandled exception prints dotnet\'s first line and exits with 134', async (t) => {
  const r = await run(repo('spec-tests/exceptions/unhandled_exception.dll'));
  t.is(r.exitCode, 134);
  t.regex(r.stderr, /^Unhandled exception\. System\.InvalidOperationException: something broke at x=2\n   at Program\.Level2\(Int32 x\)/);
});

test('stats report interpreted methods and GC figures', async (t) => {
  const r = await run(repo('examples/hello/bin/Release/hello.dll'));
  t.true(r.stats.methodsInterpreted > 5);
  t.true(r.stats.allocatedBytes > 0);
});

test('a referenced class library loads from beside the app (dotnet build output folder)', async (t) => {
  const r = await run(repo('test/fixtures/libref/bin/App.dll'));
  t.is(r.stdout, 'Hello, Ada!\nHELLO, GRACE!!!\ncreated 2\n');
  t.is(r.exitCode, 2);
});

test('a missing referenced assembly fails lazily with FileNotFoundException naming it', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dotnode-'));
  const app = path.join(dir, 'App.dll');
  writeFileSync(app, readFileSync(repo('test/fixtures/libref/bin/App.dll')));
  const r = await run(app);
  t.is(r.exitCode, 134);
  t.regex(r.stderr, /^Unhandled exception\. System\.IO\.FileNotFoundException: Could not load file or assembly 'Greeter'/);
});
