import { ByteReader } from './byte-reader.js';
import { decodeConstant, type ConstantValue } from './constants.js';
import { decodeCustomAttribute, type CustomAttributeValue, type EnumResolver } from './custom-attributes.js';
import { bad } from './errors.js';
import { Metadata } from './metadata.js';
import { readMethodBody, type MethodBody } from './method-body.js';
import { PeImage } from './pe.js';
import { COL, T, tableName } from './schema.js';
import {
  ET, readFieldSig, readLocalsSig, readMethodSig, readMethodSpec, readPropertySig, readType, stripMods,
  type MethodSig, type TypeSig,
} from './signatures.js';

const C = COL as Record<string, Record<string, number>> & { [k: string]: Record<string, number> };
const cTypeDef = C.TypeDef!, cMethod = C.MethodDef!, cField = C.Field!, cTypeRef = C.TypeRef!, cMemberRef = C.MemberRef!;

export interface TypeDefRow { flags: number; name: string; namespace: string; extends: number; fields: [number, number]; methods: [number, number] }
export interface MethodDefRow { rva: number; implFlags: number; flags: number; name: string; sigBlob: number; params: [number, number] }
export interface AssemblyRefRow { name: string; version: string; culture: string; publicKeyOrToken: Uint8Array; flags: number; hashValue: Uint8Array }
export interface AssemblyRow { name: string; version: string; culture: string; publicKey: Uint8Array; flags: number; hashAlgId: number }
export interface ParamRow { flags: number; sequence: number; name: string }
export interface PropertyRow { flags: number; name: string; sigBlob: number }
export interface EventRow { flags: number; name: string; type: number }
/** II.22.14 ExportedType: a type this assembly exports from another module, or forwards (flag 0x00200000). */
export interface ExportedTypeRow { flags: number; typeDefId: number; name: string; namespace: string; implementation: number; forwarder: boolean }
/** II.22.24 ManifestResource: implementation 0 means embedded in this file at `offset`. */
export interface ManifestResourceRow { offset: number; flags: number; name: string; implementation: number }
/** II.22.22 ImplMap (P/Invoke). */
export interface ImplMapRow { flags: number; member: number; importName: string; scope: number }
/** A StandAloneSig: locals (II.23.2.6), a calli signature (II.23.2.3), or rarely a field signature. */
export type StandAloneSig = { locals: TypeSig[] } | { method: MethodSig } | { field: TypeSig };

/** MethodSemantics flags (II.23.1.12). */
export const enum Semantics { Setter = 1, Getter = 2, Other = 4, AddOn = 8, RemoveOn = 0x10, Fire = 0x20 }

/** Longest nesting/forwarding chain followed before declaring a cycle. */
const MAX_CHAIN = 64;

/**
 * Typed, cached access to one module: PE image plus metadata. Everything is decoded on first
 * use; signatures and bodies are cached by row so each is parsed once per process.
 */
export class ModuleReader {
  readonly pe: PeImage;
  readonly md: Metadata;
  readonly name: string;        // assembly name (or module name when there is no Assembly row)
  readonly version: string;
  // Caches indexed by rid (dense arrays sized once: cheaper than growing Maps for 10^5 rows).
  private readonly methodSigs: (MethodSig | undefined)[];
  private readonly fieldSigs: (TypeSig | undefined)[];
  private readonly bodies: (MethodBody | null | undefined)[];
  private enclosing: Map<number, number> | undefined;
  private fieldRvas: Map<number, number> | undefined;
  private ownerMaps: { methods: Int32Array; fields: Int32Array } | undefined;
  private typesByName: Map<string, number> | undefined;

  constructor(readonly bytes: Uint8Array, readonly path = '<bytes>') {
    this.pe = new PeImage(bytes);
    const cli = this.pe.cli;
    const mdOff = this.pe.offsetOf(cli.metadataRva, cli.metadataSize, 'metadata', this.pe.cliOffset + 8);
    this.md = new Metadata(bytes, mdOff, cli.metadataSize);
    if (this.md.rowCount(T.Assembly) > 0) {
      // (II.22.2: at most one row; decodeAll rejects more.)
      const a = C.Assembly!;
      this.name = this.md.string(this.md.cell(T.Assembly, 1, a.Name!));
      this.version = [a.MajorVersion, a.MinorVersion, a.BuildNumber, a.RevisionNumber].map((c) => this.md.cell(T.Assembly, 1, c!)).join('.');
    } else {
      this.name = this.md.rowCount(T.Module) > 0 ? this.md.string(this.md.cell(T.Module, 1, C.Module!.Name!)) : '';
      this.version = '0.0.0.0';
    }
    this.methodSigs = new Array(this.md.rowCount(T.MethodDef) + 1).fill(undefined);
    this.bodies = new Array(this.md.rowCount(T.MethodDef) + 1).fill(undefined);
    this.fieldSigs = new Array(this.md.rowCount(T.Field) + 1).fill(undefined);
  }

  get entryPointToken(): number { return this.pe.cli.entryPointToken; }

  typeDef(rid: number): TypeDefRow {
    const md = this.md;
    return {
      flags: md.cell(T.TypeDef, rid, cTypeDef.Flags!),
      name: md.string(md.cell(T.TypeDef, rid, cTypeDef.TypeName!)),
      namespace: md.string(md.cell(T.TypeDef, rid, cTypeDef.TypeNamespace!)),
      extends: md.codedCell(T.TypeDef, rid, cTypeDef.Extends!),
      fields: md.listRange(T.TypeDef, rid, cTypeDef.FieldList!, T.Field),
      methods: md.listRange(T.TypeDef, rid, cTypeDef.MethodList!, T.MethodDef),
    };
  }

  typeDefName(rid: number): [string, string] {
    return [this.md.string(this.md.cell(T.TypeDef, rid, cTypeDef.TypeNamespace!)), this.md.string(this.md.cell(T.TypeDef, rid, cTypeDef.TypeName!))];
  }

  /** Enclosing TypeDef rid of a nested type, or 0. */
  enclosingType(rid: number): number {
    if (!this.enclosing) {
      this.enclosing = new Map();
      const n = this.md.rowCount(T.NestedClass);
      for (let i = 1; i <= n; i++) this.enclosing.set(this.md.cell(T.NestedClass, i, 0), this.md.cell(T.NestedClass, i, 1));
    }
    return this.enclosing.get(rid) ?? 0;
  }

  methodDef(rid: number): MethodDefRow {
    const md = this.md;
    return {
      rva: md.cell(T.MethodDef, rid, cMethod.RVA!),
      implFlags: md.cell(T.MethodDef, rid, cMethod.ImplFlags!),
      flags: md.cell(T.MethodDef, rid, cMethod.Flags!),
      name: md.string(md.cell(T.MethodDef, rid, cMethod.Name!)),
      sigBlob: md.cell(T.MethodDef, rid, cMethod.Signature!),
      params: md.listRange(T.MethodDef, rid, cMethod.ParamList!, T.Param),
    };
  }

  methodName(rid: number): string { return this.md.string(this.md.cell(T.MethodDef, rid, cMethod.Name!)); }

  methodSig(rid: number): MethodSig {
    let s = this.methodSigs[rid];
    if (!s) {
      s = readMethodSig(this.md.blobReader(this.md.cell(T.MethodDef, rid, cMethod.Signature!), 'method signature'));
      if (rid >= 1 && rid < this.methodSigs.length) this.methodSigs[rid] = s;
    }
    return s;
  }

  /** Method body, or null for abstract/runtime/internal-call methods (RVA 0). */
  methodBody(rid: number): MethodBody | null {
    let b = this.bodies[rid];
    if (b === undefined) {
      const rva = this.md.cell(T.MethodDef, rid, cMethod.RVA!);
      b = rva === 0 ? null : readMethodBody(this.bytes, this.pe.offsetOf(rva, 1, 'method body', this.md.cellOffset(T.MethodDef, rid, cMethod.RVA!)));
      if (rid >= 1 && rid < this.bodies.length) this.bodies[rid] = b;
    }
    return b;
  }

  localsSig(token: number): TypeSig[] {
    if (token === 0) return [];
    if (token >>> 24 !== T.StandAloneSig) bad(`locals signature token 0x${token.toString(16)} is not a StandAloneSig`);
    return readLocalsSig(this.md.blobReader(this.md.cell(T.StandAloneSig, token & 0xffffff, 0), 'locals signature'));
  }

  standAloneMethodSig(token: number): MethodSig {
    if (token >>> 24 !== T.StandAloneSig) bad(`calli token 0x${token.toString(16)} is not a StandAloneSig`);
    return readMethodSig(this.md.blobReader(this.md.cell(T.StandAloneSig, token & 0xffffff, 0), 'calli signature'));
  }

  field(rid: number): { flags: number; name: string } {
    return { flags: this.md.cell(T.Field, rid, cField.Flags!), name: this.md.string(this.md.cell(T.Field, rid, cField.Name!)) };
  }

  fieldSig(rid: number): TypeSig {
    let s = this.fieldSigs[rid];
    if (!s) {
      s = readFieldSig(this.md.blobReader(this.md.cell(T.Field, rid, cField.Signature!), 'field signature'));
      if (rid >= 1 && rid < this.fieldSigs.length) this.fieldSigs[rid] = s;
    }
    return s;
  }

  /** File offset of a field's initial data (FieldRVA, for array initializers), or -1. */
  fieldDataOffset(rid: number, size: number): number {
    if (!this.fieldRvas) {
      this.fieldRvas = new Map();
      const n = this.md.rowCount(T.FieldRVA);
      for (let i = 1; i <= n; i++) this.fieldRvas.set(this.md.cell(T.FieldRVA, i, 1), this.md.cell(T.FieldRVA, i, 0));
    }
    const rva = this.fieldRvas.get(rid);
    return rva === undefined ? -1 : this.pe.offsetOf(rva, size, 'field data');
  }

  typeRef(rid: number): { scope: number; name: string; namespace: string } {
    const md = this.md;
    return {
      scope: md.codedCell(T.TypeRef, rid, cTypeRef.ResolutionScope!),
      name: md.string(md.cell(T.TypeRef, rid, cTypeRef.TypeName!)),
      namespace: md.string(md.cell(T.TypeRef, rid, cTypeRef.TypeNamespace!)),
    };
  }

  memberRef(rid: number): { parent: number; name: string; sigBlob: number } {
    const md = this.md;
    return {
      parent: md.codedCell(T.MemberRef, rid, cMemberRef.Class!),
      name: md.string(md.cell(T.MemberRef, rid, cMemberRef.Name!)),
      sigBlob: md.cell(T.MemberRef, rid, cMemberRef.Signature!),
    };
  }

  /** A MemberRef's signature: a field type or a method signature (first byte tells, II.23.2). */
  memberRefSig(rid: number): { field: TypeSig } | { method: MethodSig } {
    const blob = this.memberRef(rid).sigBlob;
    const r = this.md.blobReader(blob, 'member signature');
    if (r.remaining > 0 && (r.bytes[r.pos]! & 0x0f) === 0x06) return { field: readFieldSig(r) };
    return { method: readMethodSig(r) };
  }

  typeSpec(rid: number): TypeSig {
    return readType(this.md.blobReader(this.md.cell(T.TypeSpec, rid, 0), 'TypeSpec signature'));
  }

  methodSpec(rid: number): { method: number; inst: TypeSig[] } {
    return {
      method: this.md.codedCell(T.MethodSpec, rid, 0),
      inst: readMethodSpec(this.md.blobReader(this.md.cell(T.MethodSpec, rid, 1), 'MethodSpec signature')),
    };
  }

  assemblyRef(rid: number): AssemblyRefRow {
    const a = C.AssemblyRef!, md = this.md;
    return {
      name: md.string(md.cell(T.AssemblyRef, rid, a.Name!)),
      version: [a.MajorVersion, a.MinorVersion, a.BuildNumber, a.RevisionNumber].map((c) => md.cell(T.AssemblyRef, rid, c!)).join('.'),
      culture: md.string(md.cell(T.AssemblyRef, rid, a.Culture!)),
      publicKeyOrToken: md.blob(md.cell(T.AssemblyRef, rid, a.PublicKeyOrToken!)),
      flags: md.cell(T.AssemblyRef, rid, a.Flags!),
      hashValue: md.blob(md.cell(T.AssemblyRef, rid, a.HashValue!)),
    };
  }

  /** The Assembly row (II.22.2), or null for a module that is not an assembly manifest. */
  assembly(): AssemblyRow | null {
    const a = C.Assembly!, md = this.md;
    if (md.rowCount(T.Assembly) === 0) return null;
    return {
      name: md.string(md.cell(T.Assembly, 1, a.Name!)),
      version: this.version,
      culture: md.string(md.cell(T.Assembly, 1, a.Culture!)),
      publicKey: md.blob(md.cell(T.Assembly, 1, a.PublicKey!)),
      flags: md.cell(T.Assembly, 1, a.Flags!),
      hashAlgId: md.cell(T.Assembly, 1, a.HashAlgId!),
    };
  }

  moduleName(): string { return this.md.rowCount(T.Module) > 0 ? this.md.string(this.md.cell(T.Module, 1, C.Module!.Name!)) : ''; }
  moduleRefName(rid: number): string { return this.md.string(this.md.cell(T.ModuleRef, rid, 0)); }
  file(rid: number): { flags: number; name: string; hash: Uint8Array } {
    return { flags: this.md.cell(T.File, rid, 0), name: this.md.string(this.md.cell(T.File, rid, 1)), hash: this.md.blob(this.md.cell(T.File, rid, 2)) };
  }

  // ---- Member lists (II.22.37 FieldList/MethodList, II.22.26 ParamList), through Ptr tables ----

  private children(range: [number, number], child: number): number[] {
    const out: number[] = [];
    for (let i = range[0]; i < range[1]; i++) out.push(this.md.deref(child, i));
    return out;
  }

  fieldsOf(typeRid: number): number[] { return this.children(this.md.listRange(T.TypeDef, typeRid, cTypeDef.FieldList!, T.Field), T.Field); }
  methodsOf(typeRid: number): number[] { return this.children(this.md.listRange(T.TypeDef, typeRid, cTypeDef.MethodList!, T.MethodDef), T.MethodDef); }
  paramsOf(methodRid: number): number[] { return this.children(this.md.listRange(T.MethodDef, methodRid, cMethod.ParamList!, T.Param), T.Param); }

  /** Owning TypeDef of every MethodDef and Field, computed once from the type list ranges. */
  private owners(): { methods: Int32Array; fields: Int32Array } {
    if (!this.ownerMaps) {
      const methods = new Int32Array(this.md.rowCount(T.MethodDef) + 1);
      const fields = new Int32Array(this.md.rowCount(T.Field) + 1);
      const n = this.md.rowCount(T.TypeDef);
      for (let t = 1; t <= n; t++) {
        for (const m of this.methodsOf(t)) methods[m] = t;
        for (const f of this.fieldsOf(t)) fields[f] = t;
      }
      this.ownerMaps = { methods, fields };
    }
    return this.ownerMaps;
  }

  /** TypeDef rid declaring a MethodDef, or 0 when no type's list covers it. */
  methodOwner(methodRid: number): number { return this.owners().methods[methodRid] ?? 0; }
  fieldOwner(fieldRid: number): number { return this.owners().fields[fieldRid] ?? 0; }

  // ---- Names ----

  /** Reflection-style full name of a TypeDef: Namespace.Outer+Inner (cycle-checked). */
  typeDefFullName(rid: number): string {
    let name = '';
    for (let depth = 0, cur = rid; ; depth++) {
      if (depth > MAX_CHAIN) bad(`TypeDef ${rid}: NestedClass chain is cyclic or too deep`);
      const [ns, n] = this.typeDefName(cur);
      const outer = this.enclosingType(cur);
      if (outer === 0) return (ns ? `${ns}.${n}` : n) + name;
      name = `+${n}${name}`;
      cur = outer;
    }
  }

  /** TypeDef rid by reflection-style full name (Namespace.Outer+Inner), or 0. */
  typeDefByName(fullName: string): number {
    if (!this.typesByName) {
      this.typesByName = new Map();
      const n = this.md.rowCount(T.TypeDef);
      for (let rid = 1; rid <= n; rid++) this.typesByName.set(this.typeDefFullName(rid), rid);
    }
    return this.typesByName.get(fullName) ?? 0;
  }

  /** Reflection-style full name of a TypeRef (nested TypeRefs are scoped by their outer TypeRef). */
  typeRefFullName(rid: number): string {
    let name = '';
    for (let depth = 0, cur = rid; ; depth++) {
      if (depth > MAX_CHAIN) bad(`TypeRef ${rid}: resolution scope chain is cyclic or too deep`);
      const r = this.typeRef(cur);
      if (r.scope >>> 24 !== T.TypeRef || r.scope === 0) return (r.namespace ? `${r.namespace}.${r.name}` : r.name) + name;
      name = `+${r.name}${name}`;
      cur = r.scope & 0xffffff;
    }
  }

  /** The resolution scope that finally applies to a (possibly nested) TypeRef. */
  typeRefRootScope(rid: number): number {
    for (let depth = 0, cur = rid; ; depth++) {
      if (depth > MAX_CHAIN) bad(`TypeRef ${rid}: resolution scope chain is cyclic or too deep`);
      const scope = this.typeRef(cur).scope;
      if (scope >>> 24 !== T.TypeRef || scope === 0) return scope;
      cur = scope & 0xffffff;
    }
  }

  /** [namespace, name] of a TypeDef or TypeRef token; ['', ''] for anything else. */
  typeTokenName(token: number): [string, string] {
    const rid = token & 0xffffff;
    if (token >>> 24 === T.TypeDef) return this.typeDefName(rid);
    if (token >>> 24 === T.TypeRef) { const r = this.typeRef(rid); return [r.namespace, r.name]; }
    return ['', ''];
  }

  /** True when a token names System.Type (custom attributes serialize such arguments as names). */
  isSystemType(token: number): boolean {
    const [ns, n] = this.typeTokenName(token);
    return ns === 'System' && n === 'Type';
  }

  // ---- Enums ----

  /** Underlying element type of an enum TypeDef (its one instance field, II.14.3), or undefined. */
  enumUnderlying(typeRid: number): number | undefined {
    const ext = this.typeDef(typeRid).extends;
    if (ext === 0) return undefined;
    const [ns, n] = this.typeTokenName(ext);
    if (ns !== 'System' || n !== 'Enum') return undefined;
    for (const f of this.fieldsOf(typeRid)) {
      if (this.field(f).flags & 0x10) continue; // static: the enum's literals
      const t = stripMods(this.fieldSig(f));
      if (t.k === 'prim') return t.et;
      return undefined;
    }
    return undefined;
  }

  /**
   * The default enum resolver: enums defined in this module (by TypeDef token or by name).
   * An enum in another assembly is unknown here (the decoder then assumes int32); use
   * makeEnumResolver from enums.ts to follow assembly references.
   */
  readonly localEnumResolver: EnumResolver = (t) => {
    if (typeof t === 'string') {
      const rid = this.typeDefByName(t.split(',')[0]!.trim());
      return rid ? this.enumUnderlying(rid) : undefined;
    }
    t = stripMods(t);
    if ((t.k === 'valuetype' || t.k === 'class') && t.token >>> 24 === T.TypeDef) return this.enumUnderlying(t.token & 0xffffff);
    return undefined;
  };

  // ---- Params, properties, events, semantics ----

  param(rid: number): ParamRow {
    const md = this.md;
    return { flags: md.cell(T.Param, rid, 0), sequence: md.cell(T.Param, rid, 1), name: md.string(md.cell(T.Param, rid, 2)) };
  }

  property(rid: number): PropertyRow {
    const md = this.md;
    return { flags: md.cell(T.Property, rid, 0), name: md.string(md.cell(T.Property, rid, 1)), sigBlob: md.cell(T.Property, rid, 2) };
  }

  propertySig(rid: number): { hasThis: boolean; type: TypeSig; params: TypeSig[] } {
    return readPropertySig(this.md.blobReader(this.md.cell(T.Property, rid, 2), 'property signature'));
  }

  event(rid: number): EventRow {
    const md = this.md;
    return { flags: md.cell(T.Event, rid, 0), name: md.string(md.cell(T.Event, rid, 1)), type: md.codedCell(T.Event, rid, 2) };
  }

  /** Property rids of a TypeDef, via PropertyMap (II.22.35). */
  propertiesOf(typeRid: number): number[] {
    const rows = this.md.findRows(T.PropertyMap, 0, typeRid);
    if (!rows.length) return [];
    return this.children(this.md.listRange(T.PropertyMap, rows[0]!, 1, T.Property), T.Property);
  }

  /** Event rids of a TypeDef, via EventMap (II.22.12). */
  eventsOf(typeRid: number): number[] {
    const rows = this.md.findRows(T.EventMap, 0, typeRid);
    if (!rows.length) return [];
    return this.children(this.md.listRange(T.EventMap, rows[0]!, 1, T.Event), T.Event);
  }

  /** Accessor methods of a Property or Event token (II.22.28). */
  semantics(assocToken: number): { semantics: number; method: number }[] {
    const key = this.md.encodeCoded('HasSemantics', assocToken);
    return this.md.findRows(T.MethodSemantics, 2, key).map((r) => ({
      semantics: this.md.cell(T.MethodSemantics, r, 0),
      method: this.md.cell(T.MethodSemantics, r, 1),
    }));
  }

  // ---- Exported types, resources, interop ----

  exportedType(rid: number): ExportedTypeRow {
    const md = this.md;
    const flags = md.cell(T.ExportedType, rid, 0);
    return {
      flags, typeDefId: md.cell(T.ExportedType, rid, 1),
      name: md.string(md.cell(T.ExportedType, rid, 2)), namespace: md.string(md.cell(T.ExportedType, rid, 3)),
      implementation: md.codedCell(T.ExportedType, rid, 4), forwarder: (flags & 0x00200000) !== 0,
    };
  }

  /** Full name of an ExportedType (nested ones have an ExportedType as Implementation). */
  exportedTypeFullName(rid: number): string {
    let name = '';
    for (let depth = 0, cur = rid; ; depth++) {
      if (depth > MAX_CHAIN) bad(`ExportedType ${rid}: implementation chain is cyclic or too deep`);
      const e = this.exportedType(cur);
      if (e.implementation >>> 24 !== T.ExportedType) return (e.namespace ? `${e.namespace}.${e.name}` : e.name) + name;
      name = `+${e.name}${name}`;
      cur = e.implementation & 0xffffff;
    }
  }

  /** The File or AssemblyRef token that finally implements an ExportedType. */
  exportedTypeScope(rid: number): number {
    for (let depth = 0, cur = rid; ; depth++) {
      if (depth > MAX_CHAIN) bad(`ExportedType ${rid}: implementation chain is cyclic or too deep`);
      const impl = this.exportedType(cur).implementation;
      if (impl >>> 24 !== T.ExportedType) return impl;
      cur = impl & 0xffffff;
    }
  }

  manifestResource(rid: number): ManifestResourceRow {
    const md = this.md;
    return {
      offset: md.cell(T.ManifestResource, rid, 0), flags: md.cell(T.ManifestResource, rid, 1),
      name: md.string(md.cell(T.ManifestResource, rid, 2)), implementation: md.codedCell(T.ManifestResource, rid, 3),
    };
  }

  /**
   * The bytes of an embedded resource (II.22.24, II.25.3.3): at the CLI header's Resources RVA
   * plus the row's Offset, a 4-byte length followed by the data. Null when the resource lives
   * in another file or assembly.
   */
  resourceData(rid: number): Uint8Array | null {
    const row = this.manifestResource(rid);
    if (row.implementation !== 0) return null;
    const { resourcesRva, resourcesSize } = this.pe.cli;
    if (row.offset > resourcesSize - 4 || resourcesSize < 4) bad(`resource ${row.name}: offset 0x${row.offset.toString(16)} is outside the resources directory`);
    const r = this.pe.reader(resourcesRva, resourcesSize, 'resources directory');
    r.seek(r.start + row.offset);
    const len = r.u32();
    return r.slice(len);
  }

  implMap(memberToken: number): ImplMapRow | null {
    const key = this.md.encodeCoded('MemberForwarded', memberToken);
    const rows = this.md.findRows(T.ImplMap, 1, key);
    if (!rows.length) return null;
    const rid = rows[0]!, md = this.md;
    return { flags: md.cell(T.ImplMap, rid, 0), member: memberToken, importName: md.string(md.cell(T.ImplMap, rid, 2)), scope: md.cell(T.ImplMap, rid, 3) };
  }

  /** FieldMarshal native type blob (II.23.4), left undecoded. */
  fieldMarshal(parentToken: number): Uint8Array | null {
    const key = this.md.encodeCoded('HasFieldMarshal', parentToken);
    const rows = this.md.findRows(T.FieldMarshal, 0, key);
    return rows.length ? this.md.blob(this.md.cell(T.FieldMarshal, rows[0]!, 1)) : null;
  }

  // ---- Signatures by token ----

  /** A StandAloneSig row decoded by its first byte (II.23.2.6 locals, II.23.2.3 method, II.23.2.4 field). */
  standAloneSig(rid: number): StandAloneSig {
    const r = this.md.blobReader(this.md.cell(T.StandAloneSig, rid, 0), 'stand-alone signature');
    const b = r.remaining > 0 ? r.bytes[r.pos]! : -1;
    if (b === 0x07) return { locals: readLocalsSig(r) };
    if ((b & 0x0f) === 0x06) return { field: readFieldSig(r) };
    return { method: readMethodSig(r) };
  }

  /**
   * Signature of a method token (MethodDef, MemberRef or MethodSpec's generic method). For a
   * MemberRef on a generic instantiation (TypeSpec), class type variables are substituted when
   * `substitute` is set, as custom attribute decoding needs.
   */
  methodTokenSig(token: number, substitute = false): MethodSig {
    const rid = token & 0xffffff;
    switch (token >>> 24) {
      case T.MethodDef: return this.methodSig(rid);
      case T.MemberRef: {
        const s = this.memberRefSig(rid);
        if (!('method' in s)) bad(`MemberRef ${rid} is a field, not a method`);
        if (!substitute) return s.method;
        const parent = this.memberRef(rid).parent;
        if (parent >>> 24 !== T.TypeSpec) return s.method;
        const spec = stripMods(this.typeSpec(parent & 0xffffff));
        if (spec.k !== 'inst') return s.method;
        return substituteSig(s.method, spec.args);
      }
      case T.MethodSpec: return this.methodTokenSig(this.methodSpec(rid).method, substitute);
      default: return bad(`token 0x${token.toString(16)} is not a method`);
    }
  }

  // ---- Constants and custom attributes ----

  /** Decoded Constant value of a Field/Param/Property token (II.22.9), or undefined when it has none. */
  constantValue(parentToken: number): { type: number; value: ConstantValue } | undefined {
    const c = this.constant(parentToken);
    if (!c) return undefined;
    return { type: c.type, value: decodeConstant(c.type, c.value, c.value.byteOffset - this.bytes.byteOffset) };
  }

  customAttribute(rid: number): { parent: number; ctor: number; blob: number } {
    const md = this.md;
    return { parent: md.codedCell(T.CustomAttribute, rid, 0), ctor: md.codedCell(T.CustomAttribute, rid, 1), blob: md.cell(T.CustomAttribute, rid, 2) };
  }

  /** Decodes CustomAttribute row `rid` (II.23.3) with an enum resolver (this module's enums by default). */
  customAttributeValue(rid: number, resolveEnum: EnumResolver = this.localEnumResolver): CustomAttributeValue {
    const row = this.customAttribute(rid);
    if (row.ctor === 0) bad(`CustomAttribute ${rid} has no constructor`);
    const sig = this.methodTokenSig(row.ctor, true);
    const r = this.md.blobReader(row.blob, 'custom attribute');
    return decodeCustomAttribute(r, sig, { isSystemType: (t) => this.isSystemType(t), resolveEnum });
  }

  /** Blob bytes of a heap index, exposed for dumping raw values. */
  blobBytes(index: number): Uint8Array { return this.md.blob(index); }

  /** A reader over raw bytes of this file (for callers that walk blobs themselves). */
  readerAt(offset: number, length: number, what: string): ByteReader { return new ByteReader(this.bytes, offset, offset + length, what); }

  /** Checks that a token names an existing row (or #US entry); returns the rid. */
  checkToken(token: number): number {
    const table = token >>> 24, rid = token & 0xffffff;
    if (table === 0x70) { this.md.userString(rid); return rid; }
    if (rid === 0 || rid > this.md.rowCount(table)) bad(`token 0x${token.toString(16)}: ${tableName(table)} row ${rid} does not exist`);
    return rid;
  }

  /** Interfaces declared on a TypeDef (tokens, in declaration order). */
  interfaceImpls(rid: number): number[] {
    return this.md.findRows(T.InterfaceImpl, 0, rid).map((r) => this.md.codedCell(T.InterfaceImpl, r, 1));
  }

  /** MethodImpl rows of a type: [body token, declaration token]. */
  methodImpls(rid: number): [number, number][] {
    return this.md.findRows(T.MethodImpl, 0, rid).map((r) => [this.md.codedCell(T.MethodImpl, r, 1), this.md.codedCell(T.MethodImpl, r, 2)]);
  }

  /** Generic parameter rows (in Number order) of a TypeDef or MethodDef token. */
  genericParams(ownerToken: number): { rid: number; number: number; flags: number; name: string }[] {
    const key = this.md.encodeCoded('TypeOrMethodDef', ownerToken);
    const rows = this.md.findRows(T.GenericParam, 2, key);
    return rows.map((rid) => ({ rid, number: this.md.cell(T.GenericParam, rid, 0), flags: this.md.cell(T.GenericParam, rid, 1), name: this.md.string(this.md.cell(T.GenericParam, rid, 3)) }))
      .sort((a, b) => a.number - b.number);
  }

  genericParamConstraints(gpRid: number): number[] {
    return this.md.findRows(T.GenericParamConstraint, 0, gpRid).map((r) => this.md.codedCell(T.GenericParamConstraint, r, 1));
  }

  classLayout(rid: number): { pack: number; size: number } | null {
    const rows = this.md.findRows(T.ClassLayout, 2, rid);
    if (rows.length === 0) return null;
    return { pack: this.md.cell(T.ClassLayout, rows[0]!, 0), size: this.md.cell(T.ClassLayout, rows[0]!, 1) };
  }

  fieldLayoutOffset(fieldRid: number): number {
    const rows = this.md.findRows(T.FieldLayout, 1, fieldRid);
    return rows.length ? this.md.cell(T.FieldLayout, rows[0]!, 0) : -1;
  }

  /** Constant row for a Field/Param/Property token: element type and value blob. */
  constant(parentToken: number): { type: number; value: Uint8Array } | null {
    const key = this.md.encodeCoded('HasConstant', parentToken);
    const rows = this.md.findRows(T.Constant, 1, key);
    if (!rows.length) return null;
    return { type: this.md.cell(T.Constant, rows[0]!, 0) & 0xff, value: this.md.blob(this.md.cell(T.Constant, rows[0]!, 2)) };
  }

  /** Custom attributes on a token: [constructor token, value blob offset]. */
  customAttributes(parentToken: number): { ctor: number; blob: number }[] {
    const key = this.md.encodeCoded('HasCustomAttribute', parentToken);
    return this.md.findRows(T.CustomAttribute, 0, key).map((r) => ({ ctor: this.md.codedCell(T.CustomAttribute, r, 1), blob: this.md.cell(T.CustomAttribute, r, 2) }));
  }

  userString(token: number): string { return this.md.userString(token & 0xffffff); }
}

/** Replaces class type variables (!n) by instantiation arguments, recursively (II.9.4). */
export function substituteType(t: TypeSig, args: readonly TypeSig[], depth = 0): TypeSig {
  if (depth > 64) bad('signature nested too deeply during substitution');
  const sub = (x: TypeSig): TypeSig => substituteType(x, args, depth + 1);
  switch (t.k) {
    case 'var': return t.n < args.length ? args[t.n]! : t;
    case 'inst': return { k: 'inst', generic: sub(t.generic), args: t.args.map(sub) };
    case 'szarray': case 'ptr': case 'byref': case 'pinned': return { ...t, elem: sub(t.elem) };
    case 'array': return { ...t, elem: sub(t.elem) };
    case 'mod': return { ...t, elem: sub(t.elem) };
    case 'fnptr': return { k: 'fnptr', sig: substituteSig(t.sig, args, depth + 1) };
    default: return t;
  }
}

export function substituteSig(s: MethodSig, args: readonly TypeSig[], depth = 0): MethodSig {
  return { ...s, ret: substituteType(s.ret, args, depth + 1), params: s.params.map((p) => substituteType(p, args, depth + 1)) };
}

