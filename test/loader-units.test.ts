import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ByteReader } from '../lib/loader/byte-reader.js';
import { decodeConstant } from '../lib/loader/constants.js';
import { decodeCustomAttribute, type CAContext } from '../lib/loader/custom-attributes.js';
import { BadImageFormatError } from '../lib/loader/errors.js';
import { readMethodBody } from '../lib/loader/method-body.js';
import { ModuleReader } from '../lib/loader/module-reader.js';
import { decodeIL } from '../lib/loader/opcodes.js';
import { ET, readFieldSig, readLocalsSig, readMethodSig, readType, type MethodSig } from '../lib/loader/signatures.js';

const fixture = fileURLToPath(new URL('../../test/fixtures/fuzz-seed.dll', import.meta.url));
const reader = (bytes: number[]): ByteReader => new ByteReader(new Uint8Array(bytes));
const isBad = { instanceOf: BadImageFormatError };

// ---- II.23.2 compressed integers ----

test('compressed unsigned integers: the spec examples', (t) => {
  const cases: [number[], number][] = [
    [[0x03], 0x03], [[0x7f], 0x7f], [[0x80, 0x80], 0x80], [[0xae, 0x57], 0x2e57], [[0xbf, 0xff], 0x3fff],
    [[0xc0, 0x00, 0x40, 0x00], 0x4000], [[0xdf, 0xff, 0xff, 0xff], 0x1fffffff],
  ];
  for (const [bytes, v] of cases) {
    const r = reader(bytes);
    t.is(r.compressedU32(), v);
    t.is(r.remaining, 0);
  }
});

test('compressed unsigned integers: invalid lead byte and truncation raise BadImageFormatError', (t) => {
  t.throws(() => reader([0xe0, 0, 0, 0]).compressedU32(), isBad);
  t.throws(() => reader([0x80]).compressedU32(), isBad);
  t.throws(() => reader([0xc0, 0x00, 0x01]).compressedU32(), isBad);
  t.throws(() => reader([]).compressedU32(), isBad);
});

test('compressed signed integers: the spec examples', (t) => {
  const cases: [number[], number][] = [
    [[0x06], 3], [[0x7b], -3], [[0x80, 0x80], 64], [[0x01], -64], [[0xc0, 0x00, 0x40, 0x00], 8192],
    [[0x80, 0x01], -8192], [[0xdf, 0xff, 0xff, 0xfe], 268435455], [[0xc0, 0x00, 0x00, 0x01], -268435456],
  ];
  for (const [bytes, v] of cases) t.is(reader(bytes).compressedI32(), v, bytes.join(','));
});

// ---- II.23.2 signatures ----

test('method signature: instance void (int32, string)', (t) => {
  const s = readMethodSig(reader([0x20, 0x02, 0x01, 0x08, 0x0e]));
  t.true(s.hasThis);
  t.is(s.genericCount, 0);
  t.deepEqual(s.ret, { k: 'prim', et: ET.VOID });
  t.deepEqual(s.params, [{ k: 'prim', et: ET.I4 }, { k: 'prim', et: ET.STRING }]);
});

test('method signature: generic method !!0 M<1>(!!0) and vararg sentinel', (t) => {
  const g = readMethodSig(reader([0x10, 0x01, 0x01, 0x1e, 0x00, 0x1e, 0x00]));
  t.is(g.genericCount, 1);
  t.deepEqual(g.ret, { k: 'mvar', n: 0 });
  const v = readMethodSig(reader([0x05, 0x02, 0x01, 0x08, 0x41, 0x0e]));
  t.is(v.callConv, 5);
  t.is(v.varargStart, 1);
  t.is(v.params.length, 2);
});

test('type signatures: generic instantiation, arrays, pointers, modifiers, function pointers', (t) => {
  // class List`1<int32> with List`1 = TypeRef 1 (TypeDefOrRefEncoded (1 << 2) | 1)
  t.deepEqual(readFieldSig(reader([0x06, 0x15, 0x12, 0x05, 0x01, 0x08])),
    { k: 'inst', generic: { k: 'class', token: 0x01000001 }, args: [{ k: 'prim', et: ET.I4 }] });
  t.deepEqual(readType(reader([0x14, 0x08, 0x02, 0x00, 0x02, 0x00, 0x00])),
    { k: 'array', elem: { k: 'prim', et: ET.I4 }, rank: 2, sizes: [], lobounds: [0, 0] });
  t.deepEqual(readType(reader([0x0f, 0x0f, 0x04])), { k: 'ptr', elem: { k: 'ptr', elem: { k: 'prim', et: ET.I1 } } });
  t.deepEqual(readType(reader([0x1f, 0x09, 0x08])), { k: 'mod', required: true, modifier: 0x01000002, elem: { k: 'prim', et: ET.I4 } });
  const f = readType(reader([0x1b, 0x00, 0x01, 0x08, 0x08]));
  t.is(f.k, 'fnptr');
  t.deepEqual(readLocalsSig(reader([0x07, 0x02, 0x45, 0x10, 0x08, 0x1c])),
    [{ k: 'pinned', elem: { k: 'byref', elem: { k: 'prim', et: ET.I4 } } }, { k: 'prim', et: ET.OBJECT }]);
});

test('bad signatures raise BadImageFormatError', (t) => {
  t.throws(() => readType(reader([0x22])), isBad);                       // unknown element type
  t.throws(() => readType(reader([...new Array(200).fill(0x1d), 0x08])), isBad); // nested too deeply
  t.throws(() => readMethodSig(reader([0x00, 0xdf, 0xff, 0xff, 0xff, 0x01])), isBad); // count larger than the blob
  t.throws(() => readType(reader([0x15, 0x08, 0x01, 0x08])), isBad);     // GENERICINST of a primitive
  t.throws(() => readType(reader([0x14, 0x08, 0x00, 0x00, 0x00])), isBad); // rank 0
  t.throws(() => readMethodSig(reader([0x06, 0x00, 0x01])), isBad);      // a field signature is not a method's
  t.throws(() => readLocalsSig(reader([0x07, 0x01])), isBad);            // truncated
});

// ---- II.25.4 method bodies ----

test('tiny method header', (t) => {
  const b = readMethodBody(new Uint8Array([0x00, (3 << 2) | 2, 0x16, 0x26, 0x2a]), 1);
  t.is(b.maxStack, 8);
  t.deepEqual([...b.code], [0x16, 0x26, 0x2a]);
  t.is(b.codeOffset, 2);
  t.deepEqual(b.clauses, []);
});

function fatBody(fatEH: boolean): Uint8Array {
  const code = [0x00, 0x00, 0x2a, 0x2a]; // nop nop ret ret
  const head = [0x1b, 0x30, 0x02, 0x00, code.length, 0, 0, 0, 0x01, 0x00, 0x00, 0x11]; // fat|initlocals|more, 3 dwords
  const eh = fatEH
    ? [0x41, 28, 0, 0, /* catch */ 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0x01, 0, 0, 0x01,
      ]
    : [0x01, 16, 0, 0, /* finally */ 2, 0, 0, 0, 2, 2, 0, 2, 0, 0, 0, 0];
  return new Uint8Array([...head, ...code, ...eh]);
}

test('fat method header with small and fat EH sections', (t) => {
  const small = readMethodBody(fatBody(false), 0);
  t.is(small.maxStack, 2);
  t.true(small.initLocals);
  t.is(small.localsToken, 0x11000001);
  t.is(small.code.length, 4);
  t.deepEqual(small.clauses, [{ kind: 2, tryStart: 0, tryEnd: 2, handlerStart: 2, handlerEnd: 4, classToken: 0, filterStart: 0 }]);
  const fat = readMethodBody(fatBody(true), 0);
  t.deepEqual(fat.clauses, [{ kind: 0, tryStart: 0, tryEnd: 2, handlerStart: 2, handlerEnd: 3, classToken: 0x01000001, filterStart: 0 }]);
});

test('bad method bodies raise BadImageFormatError', (t) => {
  t.throws(() => readMethodBody(new Uint8Array([0x00]), 0), isBad);           // neither tiny nor fat
  t.throws(() => readMethodBody(new Uint8Array([(9 << 2) | 2, 0x2a]), 0), isBad); // code runs past the end
  const b = fatBody(false);
  b[4] = 0xff; // code size 255
  t.throws(() => readMethodBody(b, 0), isBad);
  const c = fatBody(false);
  c[12 + 4 + 4 + 5] = 0x40; // handler start far outside the code
  t.throws(() => readMethodBody(c, 0), isBad);
  const d = fatBody(false);
  d[12 + 4 + 4] = 7; // unknown clause kind
  t.throws(() => readMethodBody(d, 0), isBad);
});

// ---- Partition III: IL decoding ----

test('decodeIL: operands, branches and switch targets', (t) => {
  const il = new Uint8Array([
    0x72, 0x01, 0x00, 0x00, 0x70,             // ldstr 0x70000001
    0x45, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, // switch (+0, +1)
    0x2b, 0xfe,                               // br.s -2 (to itself)
    0x2a,                                     // ret
    0xfe, 0x01,                               // ceq
  ]);
  const fail = (msg: string): never => { throw new BadImageFormatError(msg); };
  const ins = [...decodeIL(il, fail)];
  t.deepEqual(ins.map((i) => i.op.name), ['ldstr', 'switch', 'br.s', 'ret', 'ceq']);
  t.is(ins[0]!.operand, 0x70000001);
  t.deepEqual(ins[1]!.targets, [18, 19]);
  t.is(ins[2]!.operand, 18);
  t.throws(() => [...decodeIL(new Uint8Array([0x28, 0x01, 0x00]), fail)], isBad);
  t.throws(() => [...decodeIL(new Uint8Array([0x45, 0xff, 0xff, 0xff, 0x7f]), fail)], isBad);
  t.throws(() => [...decodeIL(new Uint8Array([0xfe]), fail)], isBad);
  t.throws(() => [...decodeIL(new Uint8Array([0x24]), fail)], isBad);
});

// ---- II.23.3 custom attributes ----

function serString(s: string): number[] { const b = [...Buffer.from(s, 'utf8')]; return [b.length, ...b]; }

test('custom attribute blob: every fixed and named argument kind', (t) => {
  // .ctor(string, int32, valuetype E (TypeRef 3), class System.Type (TypeRef 2), object, int32[])
  const sig: MethodSig = {
    hasThis: true, explicitThis: false, callConv: 0, genericCount: 0, varargStart: -1, ret: { k: 'prim', et: ET.VOID },
    params: [{ k: 'prim', et: ET.STRING }, { k: 'prim', et: ET.I4 }, { k: 'valuetype', token: 0x01000003 },
      { k: 'class', token: 0x01000002 }, { k: 'prim', et: ET.OBJECT }, { k: 'szarray', elem: { k: 'prim', et: ET.I4 } }],
  };
  const ctx: CAContext = {
    isSystemType: (tok) => tok === 0x01000002,
    resolveEnum: (x) => (typeof x === 'string' ? (x.startsWith('N.Big') ? ET.U8 : undefined) : ET.I2),
  };
  const blob = [
    0x01, 0x00,
    ...serString('hi'), 0x2a, 0, 0, 0, 0xfd, 0xff, ...serString('System.Int32'),
    0x0a, 0x05, 0, 0, 0, 0, 0, 0, 0,            // object: boxed int64 5
    0x02, 0, 0, 0, 0x07, 0, 0, 0, 0x08, 0, 0, 0, // int32[] { 7, 8 }
    0x03, 0x00,                                  // three named arguments
    0x53, 0x0e, ...serString('F'), 0xff,          // field string F = null
    0x54, 0x55, ...serString('N.Big, Other'), ...serString('P'), 1, 0, 0, 0, 0, 0, 0, 0x80,
    0x54, 0x1d, 0x51, ...serString('Q'), 0x01, 0, 0, 0, 0x0e, 0xff, // object[] { (string)null }
  ];
  const v = decodeCustomAttribute(reader(blob), sig, ctx);
  t.deepEqual(v.fixed.map((a) => a.value), ['hi', 42, -3, 'System.Int32', { type: { k: 'prim', et: ET.I8 }, value: 5n }, [7, 8]]);
  t.deepEqual(v.fixed[2]!.type, { k: 'enum', name: '', underlying: ET.I2 });
  t.deepEqual(v.named.map((n) => [n.kind, n.name, n.value]), [
    ['field', 'F', null],
    ['property', 'P', 0x8000000000000001n],
    ['property', 'Q', [{ type: { k: 'prim', et: ET.STRING }, value: null }]],
  ]);
});

test('bad custom attribute blobs raise BadImageFormatError', (t) => {
  const sig: MethodSig = { hasThis: true, explicitThis: false, callConv: 0, genericCount: 0, varargStart: -1, ret: { k: 'prim', et: ET.VOID }, params: [{ k: 'szarray', elem: { k: 'prim', et: ET.I4 } }] };
  const ctx: CAContext = { isSystemType: () => false };
  t.throws(() => decodeCustomAttribute(reader([0x02, 0x00]), sig, ctx), isBad);                         // no prolog
  t.throws(() => decodeCustomAttribute(reader([0x01, 0x00, 0xfe, 0xff, 0xff, 0x7f]), sig, ctx), isBad); // huge array
  t.throws(() => decodeCustomAttribute(reader([0x01, 0x00, 0xff, 0xff, 0xff, 0xff, 0x01, 0x00, 0x99]), sig, ctx), isBad); // bad named tag
  t.throws(() => decodeCustomAttribute(reader([0x01, 0x00, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00]), sig, ctx), isBad); // trailing bytes
});

// ---- II.22.9 constants ----

test('constant values by element type', (t) => {
  t.is(decodeConstant(ET.I4, new Uint8Array([0xfe, 0xff, 0xff, 0xff])), -2);
  t.is(decodeConstant(ET.U8, new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0x80])), 0x8000000000000000n);
  t.is(decodeConstant(ET.R8, new Uint8Array(new Float64Array([0.25]).buffer)), 0.25);
  t.is(decodeConstant(ET.STRING, new Uint8Array([0x68, 0, 0x69, 0])), 'hi');
  t.is(decodeConstant(ET.STRING, new Uint8Array([])), '');
  t.is(decodeConstant(ET.CLASS, new Uint8Array([0, 0, 0, 0])), null);
  t.is(decodeConstant(ET.BOOLEAN, new Uint8Array([1])), true);
  t.is(decodeConstant(ET.CHAR, new Uint8Array([0x41, 0])), 'A');
  t.throws(() => decodeConstant(ET.I4, new Uint8Array([1, 2])), isBad);
  t.throws(() => decodeConstant(ET.OBJECT, new Uint8Array([0, 0, 0, 0])), isBad);
  t.throws(() => decodeConstant(ET.STRING, new Uint8Array([0x41])), isBad);
});

// ---- The fixture: module-level accessors ----

const seed = (): ModuleReader => new ModuleReader(new Uint8Array(readFileSync(fixture)), fixture);

test('fixture: exported types (forwarders) and embedded resources', (t) => {
  const m = seed();
  const names = [1, 2].map((rid) => m.exportedTypeFullName(rid));
  t.deepEqual(names, ['System.Collections.Generic.Stack`1', 'System.Collections.Generic.Stack`1+Enumerator']);
  t.true(m.exportedType(1).forwarder);
  t.is(m.assemblyRef(m.exportedTypeScope(2) & 0xffffff).name, 'System.Collections');
  t.is(m.manifestResource(1).name, 'FuzzSeed.greeting.txt');
  t.is(Buffer.from(m.resourceData(1)!).toString('utf8'), 'Hello from an embedded resource');
});

test('fixture: constants and custom attribute values', (t) => {
  const m = seed();
  const box = m.typeDefByName('Seed.Box`1');
  t.true(box > 0);
  const field = (name: string): number => (0x04 << 24) | m.fieldsOf(box).find((f) => m.field(f).name === name)!;
  t.deepEqual(m.constantValue(field('Label')), { type: ET.STRING, value: 'box' });
  t.deepEqual(m.constantValue(field('Big')), { type: ET.I8, value: -9000000000n });
  t.deepEqual(m.constantValue(field('Letter')), { type: ET.CHAR, value: 'x' });
  t.is(m.enumUnderlying(m.typeDefByName('Seed.Color')), ET.I2);
  t.is(m.enumUnderlying(m.typeDefByName('Seed.Bits')), ET.U8);
  const ca = m.customAttributes((0x02 << 24) | box).find((c) => m.methodTokenSig(c.ctor).params.length === 5)!;
  const rows = [...Array(m.md.rowCount(0x0c)).keys()].map((i) => i + 1).filter((r) => m.customAttribute(r).blob === ca.blob);
  const v = m.customAttributeValue(rows[0]!);
  t.is(v.fixed[0]!.value, 2); // Color.Green, int16
  t.regex(v.fixed[1]!.value as string, /^System\.Collections\.Generic\.List`1\[\[System\.Int32/);
  t.deepEqual(v.fixed[2]!.value, { type: { k: 'prim', et: ET.I8 }, value: 42n });
  t.deepEqual(v.fixed[3]!.value, [1, 2, 3]);
  t.deepEqual(v.fixed[4]!.value, ['a', null, 'c']);
  t.deepEqual(v.named.map((n) => n.name), ['Any', 'Ratio']);
  t.deepEqual(v.named[0]!.value, { type: { k: 'enum', name: 'Seed.Bits', underlying: ET.U8 }, value: 0x8000000000000000n });
  t.is(v.named[1]!.value, 0.5);
});

test('tokens of tables that do not exist raise BadImageFormatError, not TypeError', (t) => {
  const m = seed();
  t.throws(() => m.checkToken(0x7f000001), isBad);
  t.throws(() => m.md.cell(0x7f, 1, 0), isBad);
  t.throws(() => m.md.cell(0x2d, 1, 0), isBad);
  t.throws(() => m.methodTokenSig(0x04000001), isBad);
});

test('lookups in tables not marked sorted (PropertyMap, EventMap) use an index, not a binary search', (t) => {
  const m = seed();
  t.false(m.md.isSorted(0x15));
  t.true(m.md.isSorted(0x0c));
  const box = m.typeDefByName('Seed.Box`1');
  t.deepEqual(m.propertiesOf(box).map((p) => m.property(p).name), ['Value']);
  t.deepEqual(m.eventsOf(box).map((e) => m.event(e).name), ['Changed']);
  const info = m.typeDefByName('Seed.InfoAttribute');
  t.deepEqual(m.propertiesOf(info).map((p) => m.property(p).name), ['Kind', 'Target']);
});
