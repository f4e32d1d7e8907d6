// Pure helpers behind the corelib numerics: exact fused multiply-add, Half and 128-bit formatting.
// Expected values were printed by dotnet (.NET 10).
import test from 'ava';
import { fmaDouble, fmaSingle } from '../lib/runtime/natives/fma.js';
import { formatHalf, formatInteger } from '../lib/runtime/number-format.js';

test('FusedMultiplyAdd rounds once', (t) => {
  t.is(fmaDouble(0.1, 10, -1), 5.551115123125783e-17);
  t.is(fmaSingle(0.1, 10, -1), Math.fround(1.4901161e-8));
  t.is(fmaDouble(1e308, 10, -1e308), Infinity);
  t.true(Object.is(fmaDouble(-1e-300, 1e-300, 0), -0));
  t.true(Number.isNaN(fmaDouble(NaN, 1, 1)));
  t.is(fmaDouble(2, 3, 4), 10);
});

test('Half.ToString is the shortest round-trip form', (t) => {
  const cases: [number, string | null, string][] = [
    [0x2e66, null, '0.1'], [0x7bff, null, '65500'], [0x0000, null, '0'], [0x3c00, null, '1'],
    [0xc100, null, '-2.5'], [0x3555, null, '0.3333'], [0x0001, null, '6E-08'], [0x7c00, null, 'Infinity'],
    [0x03ff, null, '6.1E-05'], [0xfe00, null, 'NaN'], [0x64d2, null, '1234'], [0x7bff, 'F3', '65504.000'],
  ];
  for (const [bits, fmt, want] of cases) t.is(formatHalf(bits, fmt), want, `0x${bits.toString(16)} ${fmt}`);
});

test('Int128/UInt128 formatting', (t) => {
  const max = (1n << 127n) - 1n;
  t.is(formatInteger(max, 'i128', null), '170141183460469231731687303715884105727');
  t.is(formatInteger((1n << 128n) - 1n, 'u128', 'X'), 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF');
  t.is(formatInteger(-1n, 'i128', 'X'), 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF');
  t.is(formatInteger(-(1n << 127n), 'i128', 'N0'), '-170,141,183,460,469,231,731,687,303,715,884,105,728');
});
