import test from 'ava';
import { readFileSync } from 'node:fs';
import { loadCorelib } from '../lib/api/corelib.js';
import { ModuleReader } from '../lib/loader/module-reader.js';
import type { RuntimeMethod, RuntimeType } from '../lib/types/descriptors.js';
import { interfaceMap } from '../lib/types/layout.js';
import { TypeSystem } from '../lib/types/type-system.js';
import { repo } from './helpers.js';

// Layout, vtables and interface maps of types in the spec-tests programs (compiled by Roslyn;
// the numbers below are what dotnet printed for the same types, see the .expected.json files).

function load(program: string) {
  const ts = new TypeSystem(loadCorelib(), () => null);
  const app = new ModuleReader(new Uint8Array(readFileSync(repo('spec-tests', program + '.dll'))));
  ts.addModule(app);
  const type = (name: string, ns = ''): RuntimeType => ts.ensureLayout(ts.typeByName(app, ns, name));
  const offsets = (t: RuntimeType) => Object.fromEntries(t.fields.filter((f) => !f.isStatic && !f.literal).map((f) => [f.name, f.offset]));
  const method = (t: RuntimeType, name: string): RuntimeMethod => ts.declaredMethods(t).find((m) => m.name === name)!;
  return { ts, type, offsets, method };
}

test('sequential layout with Pack=1, Pack=2 and Size= (offsets and sizes as dotnet reports them)', (t) => {
  const { type, offsets } = load('layout/pack_and_size');
  const p1 = type('Packed1');
  t.deepEqual(offsets(p1), { Tag: 0, L: 1, D: 9, I: 17, S: 21 });
  t.is(p1.instanceSize, 23);
  t.is(p1.align, 1);
  const p2 = type('Packed2');
  t.deepEqual(offsets(p2), { Tag: 0, I: 2, L: 6 });
  t.is(p2.instanceSize, 14);
  t.is(type('Sized').instanceSize, 32, 'Size= pads the struct');
  t.is(type('TinySized').instanceSize, 5, 'Pack=1, Size=5');
  const natural = type('Natural');
  t.deepEqual(offsets(natural), { Tag: 0, L: 8, Tail: 16 });
  t.is(natural.instanceSize, 24);
  const holder = type('Holder');
  t.deepEqual(offsets(holder), { Lead: 0, P: 1 }, 'a packed struct field is byte-aligned');
  t.is(holder.instanceSize, 24);
});

test('explicit layout: overlapping FieldOffsets, gaps, references in structs and classes', (t) => {
  const { type, offsets } = load('layout/explicit_overlap');
  const u = type('IntFloat');
  t.deepEqual(offsets(u), { I: 0, F: 0, B0: 0, B1: 1, B3: 3 });
  t.is(u.instanceSize, 4);
  const lp = type('LongParts');
  t.deepEqual(offsets(lp), { L: 0, Lo: 0, Hi: 4, D: 0, Mid: 2 });
  t.is(lp.instanceSize, 8);
  const g = type('Gappy');
  t.deepEqual(offsets(g), { A: 0, B: 10, U: 16 });
  t.is(g.instanceSize, 20);
  const w = type('WithRef');
  t.deepEqual(w.refOffsets, [8], 'the GC finds the string at its explicit offset');
  t.true(w.containsRefs);
  // A class: explicit offsets count from the first field, after the 8-byte object header.
  const c = type('ExplicitClass');
  t.deepEqual(offsets(c), { X: 8, XLow: 8, Y: 12 });
  t.is(c.instanceSize, 24);
  t.deepEqual(c.refOffsets, []);
});

test('vtable slots: override reuses the slot, newslot (new virtual) takes a new one, MethodImpl replaces', (t) => {
  const { type, method } = load('typesystem/vtable_slots');
  const A = type('A'), B = type('B'), C = type('C'), D = type('D');
  const aM = method(A, 'M'), aN = method(A, 'N'), bM = method(B, 'M'), bN = method(B, 'N'), cM = method(C, 'M'), cN = method(C, 'N'), dM = method(D, 'M');
  t.is(bM.slot, aM.slot, 'override keeps the slot');
  t.is(cM.slot, aM.slot);
  t.not(bN.slot, aN.slot, 'new virtual gets a new slot');
  t.is(cN.slot, bN.slot, 'override of the new slot');
  t.is(dM.slot, -1, 'a non-virtual "new" method has no slot');
  t.is(D.vtable[aM.slot], cM);
  t.is(D.vtable[aN.slot], aN, "A.N's slot still holds A.N");
  t.is(D.vtable[bN.slot], cN);
  t.is(D.vtable.length, B.vtable.length, 'C and D add no slots');
  // Sealed override and abstract slots.
  const Shape = type('Shape'), Rect = type('Rect'), Square = type('Square'), Tile = type('Tile');
  const area = method(Shape, 'Area');
  t.true(area.slot >= 0);
  t.is(Tile.vtable[area.slot], method(Rect, 'Area'));
  t.is(Tile.vtable[method(Shape, 'Name').slot], method(Square, 'Name'));
  t.is(Tile.vtable[method(Square, 'Kind').slot], method(Tile, 'Kind'));
  t.is(Tile.vtable[method(Shape, 'Kind').slot], method(Shape, 'Kind'));

  // Covariant returns are MethodImpls: Lion.Clone overrides Cat.Clone, which overrode Animal.Clone.
  const o = load('typesystem/explicit_overrides');
  const Animal = o.type('Animal'), Cat = o.type('Cat'), Lion = o.type('Lion');
  const lionClone = o.method(Lion, 'Clone');
  t.is(Lion.vtable[o.method(Animal, 'Clone').slot], lionClone, "Animal's slot");
  t.is(Lion.vtable[o.method(Cat, 'Clone').slot], lionClone, "Cat's slot");
  t.is(Cat.vtable[o.method(Animal, 'Clone').slot], o.method(Cat, 'Clone'));
});

test('interface maps: explicit implementations, re-implementation, inherited mappings, default methods', (t) => {
  const { ts, type, method } = load('typesystem/explicit_overrides');
  const IName = type('IName'), IOther = type('IOther');
  const Base = type('Base'), Derived = type('Derived'), MoreDerived = type('MoreDerived');
  t.is(interfaceMap(ts, Base, IName)![0], method(Base, 'Name'), 'implicit: the public method');
  t.is(interfaceMap(ts, Base, IOther)![0]!.name, 'IOther.Name', 'explicit implementation');
  t.is(interfaceMap(ts, Derived, IName)![0]!.name, 'IName.Name', 're-implemented explicitly in Derived');
  t.is(interfaceMap(ts, MoreDerived, IName)![0]!.owner, Derived, "MoreDerived's public new Name does not re-implement IName");
  t.is(interfaceMap(ts, MoreDerived, IOther)![0]!.owner, Base);

  const d = load('typesystem/default_interface_diamond');
  const IBase = d.type('IBase'), IBottom = d.type('IBottom'), ILeft = d.type('ILeft');
  const who = (cls: string) => interfaceMap(d.ts, d.type(cls), IBase)![d.ts.declaredMethods(IBase).findIndex((m) => m.name === 'Who')]!;
  t.is(who('OnlyRight').owner, IBase, 'the default body');
  t.is(who('LeftAndRight').owner, ILeft, "ILeft's override is the most specific");
  t.is(who('FromBottom').owner, IBottom, "IBottom's override beats ILeft's");
  t.is(who('Own').owner, d.type('Own'), "a class's own method beats every default");
  t.is(who('OwnDerived').owner, IBottom);
});
