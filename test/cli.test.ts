import test from 'ava';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repo } from './helpers.js';

const cli = (args: string[], input = '') => spawnSync(process.execPath, [repo('bin/dotnode.mjs'), ...args], { input, encoding: 'utf8' });
const noJsTrace = /at .*\.(m?js|ts):\d+/;

test('dotnode app.dll args... prints the program output and returns its exit code', (t) => {
  const r = cli([repo('examples/hello/bin/Release/hello.dll'), 'alpha', 'beta gamma']);
  t.is(r.stdout, readFileSync(repo('examples/hello/expected.txt'), 'utf8'));
  t.is(r.status, 2);
});

test('options after the app go to the program, not to dotnode', (t) => {
  const r = cli([repo('examples/hello/bin/Release/hello.dll'), '--stats', '-x']);
  t.regex(r.stdout, /\[0\] --stats\n\s+\[1\] -x/);
  t.is(r.status, 2);
});

test('an unknown option is a clear error with a non-zero exit', (t) => {
  const r = cli(['--frobnicate', 'x.dll']);
  t.is(r.status, 2);
  t.regex(r.stderr, /unknown option '--frobnicate'/);
  t.notRegex(r.stderr, noJsTrace);
});

test('a bad option value is rejected', (t) => {
  const r = cli(['--max-heap', 'lots', repo('examples/hello/bin/Release/hello.dll')]);
  t.is(r.status, 2);
  t.regex(r.stderr, /is not a size/);
});

test('a missing file is a clear error', (t) => {
  const r = cli(['/no/such/app.dll']);
  t.is(r.status, 1);
  t.regex(r.stderr, /does not exist/);
  t.notRegex(r.stderr, noJsTrace);
});

test('no arguments prints usage and fails', (t) => {
  const r = cli([]);
  t.not(r.status, 0);
  t.regex(r.stderr, /missing required argument 'app'/);
});

test('--version and --help', (t) => {
  t.regex(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
  const h = cli(['--help']);
  t.is(h.status, 0);
  t.regex(h.stdout, /Usage: dotnode/);
});

test('dotnode il disassembles a method', (t) => {
  const r = cli(['il', repo('examples/hello/bin/Release/hello.dll'), 'Program::Main']);
  t.is(r.status, 0);
  t.regex(r.stdout, /ldstr\s+"Hello, World!"/);
  t.regex(r.stdout, /call\s+void \[System\.Console\]System\.Console::WriteLine\(string\)/);
});

test('--stats reports run statistics on stderr', (t) => {
  const r = cli(['--stats', repo('examples/hello/bin/Release/hello.dll')]);
  t.regex(r.stderr, /\[dotnode stats\] \{"methodsInterpreted":\d+/);
});

test('stdin is passed to Console.ReadLine', (t) => {
  const exp = JSON.parse(readFileSync(repo('spec-tests/hello/stdin_lines.expected.json'), 'utf8'));
  const r = cli([repo('spec-tests/hello/stdin_lines.dll')], exp.stdin);
  t.is(r.stdout, exp.stdout);
});
