// Checks lib/runtime/number-format.ts against answers recorded from .NET 10 itself
// (test/fixtures/number-format-oracle writes test/fixtures/number-format-cases.json).
import test from 'ava';
import { readFileSync } from 'node:fs';
import {
  formatInteger, formatFloat, parseInteger, parseFloat64, FormatError, ArgumentError, type IntKind,
} from '../lib/runtime/number-format.js';

interface Case {
  op: 'format' | 'parse';
  kind: IntKind | 'double' | 'float';
  value?: string;     // format: integer in decimal, or "0x…" bit pattern of a double/float
  show?: string;      // the double/float in "R" form, for people reading failures
  format?: string | null;
  input?: string;     // parse
  styles?: number | null;
  expected?: string;  // formatted text, parsed integer in decimal, or "0x…" bits of the parsed double/float
  throws?: string;    // .NET exception type when it threw
  message?: string;
}

const casesPath = new URL('../../test/fixtures/number-format-cases.json', import.meta.url);
const cases: Case[] = JSON.parse(readFileSync(casesPath, 'utf8'));

const view = new DataView(new ArrayBuffer(8));

function doubleFromBits(hex: string): number {
  view.setBigUint64(0, BigInt(hex));
  return view.getFloat64(0);
}

function singleFromBits(hex: string): number {
  view.setUint32(0, Number(hex));
  return view.getFloat32(0);
}

function bitsOf(value: number, isSingle: boolean): string {
  if (isSingle) {
    view.setFloat32(0, value);
    return '0x' + view.getUint32(0).toString(16).toUpperCase().padStart(8, '0');
  }
  view.setFloat64(0, value);
  return '0x' + view.getBigUint64(0).toString(16).toUpperCase().padStart(16, '0');
}

/** Runs one case; returns what our implementation did, in the fixture's terms. */
function run(c: Case): { expected?: string; throws?: string; message?: string } {
  try {
    if (c.op === 'format') {
      const format = c.format ?? null;
      if (c.kind === 'double') return { expected: formatFloat(doubleFromBits(c.value!), false, format) };
      if (c.kind === 'float') return { expected: formatFloat(singleFromBits(c.value!), true, format) };
      const value = c.kind === 'i64' || c.kind === 'u64' ? BigInt(c.value!) : Number(c.value);
      return { expected: formatInteger(value, c.kind, format) };
    }
    const styles = c.styles ?? undefined;
    if (c.kind === 'double' || c.kind === 'float') {
      const isSingle = c.kind === 'float';
      const r = parseFloat64(c.input!, isSingle, styles);
      if (!r.ok) return { throws: r.error === 'format' ? 'FormatException' : 'OverflowException' };
      return { expected: bitsOf(r.value, isSingle) };
    }
    const r = parseInteger(c.input!, c.kind, styles);
    if (!r.ok) return { throws: r.error === 'format' ? 'FormatException' : 'OverflowException' };
    return { expected: String(r.value) };
  } catch (e) {
    if (e instanceof FormatError) return { throws: 'FormatException', message: e.message };
    if (e instanceof ArgumentError) return { throws: 'ArgumentException', message: `${e.message} (Parameter '${e.paramName}')` };
    throw e;
  }
}

function isNaNBits(hex: string, kind: Case['kind']): boolean {
  return Number.isNaN(kind === 'float' ? singleFromBits(hex) : doubleFromBits(hex));
}

function matches(c: Case, got: ReturnType<typeof run>): boolean {
  if (c.throws !== undefined) {
    if (got.throws !== c.throws) return false;
    // Parse failures carry the message of the caller's exception; only format/argument errors
    // carry .NET's text here.
    return got.message === undefined || got.message === c.message;
  }
  if (got.expected === c.expected) return true;
  // .NET's NaN has the sign bit set; any NaN is the same value.
  return c.op === 'parse' && got.expected !== undefined && isNaNBits(c.expected!, c.kind) && isNaNBits(got.expected, c.kind);
}

function group(c: Case): string {
  const kind = c.kind === 'double' || c.kind === 'float' ? c.kind : 'integer';
  return `${c.op} ${kind}`;
}

const groups = new Map<string, Case[]>();
for (const c of cases) {
  const g = group(c);
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g)!.push(c);
}

for (const [name, list] of groups) {
  test(`${name}: ${list.length} cases match .NET 10`, (t) => {
    const failures: string[] = [];
    for (const c of list) {
      const got = run(c);
      if (!matches(c, got)) {
        const what = c.op === 'format' ? `${c.kind} ${c.show ?? c.value} format ${JSON.stringify(c.format)}` :
          `${c.kind} ${JSON.stringify(c.input)} styles ${c.styles}`;
        failures.push(`${what}: want ${JSON.stringify(c.expected ?? c.throws)}, got ${JSON.stringify(got.expected ?? got.throws)}`);
      }
    }
    t.deepEqual(failures.slice(0, 40), [], `${failures.length} of ${list.length} differ`);
  });
}

test('the fixture is not empty', (t) => {
  t.true(cases.length > 1000);
});

test('default formats take the fast paths and stay exact', (t) => {
  t.is(formatInteger(-2147483648, 'i32', null), '-2147483648');
  t.is(formatInteger(18446744073709551615n, 'u64', ''), '18446744073709551615');
  t.is(formatFloat(0.1 + 0.2, false, null), '0.30000000000000004');
  t.is(formatFloat(1e-5, false, null), '1E-05');
  t.is(formatFloat(-0, false, null), '-0');
  t.is(formatFloat(Math.fround(1 / 3), true, null), '0.33333334');
  t.is(formatFloat(Math.fround(0.1), true, null), '0.1');
});
