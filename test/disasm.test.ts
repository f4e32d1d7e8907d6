import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ModuleReader } from '../lib/loader/module-reader.js';
import { disassemble } from '../lib/tools/disasm.js';

const fixture = fileURLToPath(new URL('../../test/fixtures/fuzz-seed.dll', import.meta.url));
const load = (): ModuleReader => new ModuleReader(new Uint8Array(readFileSync(fixture)), fixture);

test('whole module: manifest, types, members and IL lines', (t) => {
  const text = disassemble(load());
  const golden = [
    '.assembly extern System.Runtime',
    '  .publickeytoken = (B0 3F 5F 7F 11 D5 0A 3A )',
    '.assembly FuzzSeed',
    '  .ver 1:0:0:0',
    '.class extern forwarder System.Collections.Generic.Stack`1',
    '  .assembly extern System.Collections',
    '.mresource public FuzzSeed.greeting.txt',
    '  // Offset: 0x00000000 Length: 0x0000001F',
    '.module FuzzSeed.dll',
    '.class public auto ansi sealed Seed.Color',
    '      extends [System.Runtime]System.Enum',
    '  .field public static literal valuetype Seed.Color Blue = int16(-3)',
    '  .field public static literal valuetype Seed.Bits High = uint64(9223372036854775808)',
    '.class public auto ansi serializable beforefieldinit Seed.Box`1<.ctor (class [System.Runtime]System.IComparable`1<!0>) T>',
    '      implements Seed.IShape',
    '  .field public static literal string Label = "box"',
    '  .field public static literal int64 Big = int64(-9000000000)',
    '  .field public !0[0...,0...] Grid',
    '  .class nested public auto ansi beforefieldinit Inner<.ctor (class [System.Runtime]System.IComparable`1<!0>) T>',
    '  .method public hidebysig instance !!0 Convert<U>(class [System.Runtime]System.Func`2<!0,!!0> f) cil managed',
    '    .param [2] = int32(7)',
    '    .param [3] = "dflt"',
    '    .locals init (int32 V_0)',
    '    IL_0007:  constrained. !0',
    '    IL_000d:  callvirt   instance int32 class [System.Runtime]System.IComparable`1<!0>::CompareTo(!0)',
    '    IL_004c:  call       void [System.Console]System.Console::WriteLine(string)',
    '    .try IL_0000 to IL_0021 filter IL_0021 handler IL_003f to IL_0044',
    '    .try IL_0000 to IL_0021 catch [System.Runtime]System.InvalidOperationException handler IL_0044 to IL_0047',
    '    .try IL_0000 to IL_0047 finally handler IL_0047 to IL_0052',
    '    IL_0001:  ldfld      !0 class Seed.Box`1<!0>::_value',
    '  .property instance !0 Value()',
    '    .get instance !0 Seed.Box`1::get_Value()',
    '  .event [System.Runtime]System.EventHandler Changed',
    '    .addon instance void Seed.Box`1::add_Changed(class [System.Runtime]System.EventHandler)',
    '  .custom instance void Seed.InfoAttribute::.ctor(valuetype Seed.Color, class [System.Runtime]System.Type, object, int32[], string[]) = ( 01 00 02 00',
    '  // Seed.InfoAttribute(2, "System.Collections.Generic.List`1[[System.Int32',
    '42L, [1, 2, 3], ["a", null, "c"], Any = 9223372036854775808L, Ratio = 0.5)',
    '  .method private hidebysig static pinvokeimpl("libc" as "strlen") native int StrLen(string s) cil managed preservesig',
    '  .method public hidebysig static vararg int32 VarArgs() cil managed',
    'call       vararg int32 Seed.Program::VarArgs(..., int32, string)',
    '    IL_0001:  switch     ( IL_001c,',
    '                           IL_0022,',
    'calli      int32(int32)',
    'ldc.i8     0x123456789a',
    'newobj     instance void int32[0...,0...]::.ctor(int32, int32)',
    'ldtoken    field valuetype \'<PrivateImplementationDetails>\'/\'__StaticArrayInitTypeSize=40\'',
    'newobj     instance void class [System.Collections]System.Collections.Generic.List`1<int32>::.ctor()',
    'call       !!0 [System.Threading]System.Threading.Interlocked::CompareExchange<class [System.Runtime]System.EventHandler>(!!0&, !!0, !!0)',
    'Pointers(int32* p, method int32 *(int32) f) cil managed',
    '.class private auto ansi sealed \'<PrivateImplementationDetails>\'',
    '    .pack 1',
  ];
  for (const g of golden) t.true(text.includes(g), `missing: ${g}`);
  t.false(text.includes('bad image'));
});

test('filter: one type, one method, nested names and no match', (t) => {
  const m = load();
  const type = disassemble(m, 'Seed.Color');
  t.true(type.startsWith('.class public auto ansi sealed Seed.Color'));
  t.false(type.includes('Seed.Program'));
  const method = disassemble(m, 'Seed.Program::Switch');
  t.true(method.includes('.method public hidebysig static string Switch(int32 n) cil managed'));
  t.false(method.includes('Math64'));
  t.false(method.includes('.field'));
  t.true(disassemble(m, 'Seed.Box`1+Inner::Make').includes('call       !!0 [System.Runtime]System.Activator::CreateInstance<!0>()'));
  t.true(disassemble(m, 'Seed.Box/Inner').includes('.class nested public auto ansi beforefieldinit Seed.Box`1/Inner'));
  t.is(disassemble(m, 'No.Such'), "// no type matches 'No.Such'\n");
});
