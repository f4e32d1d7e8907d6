import { bad } from './errors.js';
import { Metadata } from './metadata.js';
import { readMethodBody, type MethodBody } from './method-body.js';
import { PeImage } from './pe.js';
import { COL, T } from './schema.js';
import { readFieldSig, readLocalsSig, readMethodSig, readMethodSpec, readType, type MethodSig, type TypeSig } from './signatures.js';

const C = COL as Record<string, Record<string, number>> & { [k: string]: Record<string, number> };
const cTypeDef = C.TypeDef!, cMethod = C.MethodDef!, cField = C.Field!, cTypeRef = C.TypeRef!, cMemberRef = C.MemberRef!;

export interface TypeDefRow { flags: number; name: string; namespace: string; extends: number; fields: [number, number]; methods: [number, number] }
export interface MethodDefRow { rva: number; implFlags: number; flags: number; name: string; sigBlob: number; params: [number, number] }
export interface AssemblyRefRow { name: string; version: string; culture: string; publicKeyOrToken: Uint8Array }

/**
 * Typed, cached access to one module: PE image plus metadata. Everything is decoded on first
 * use; signatures and bodies are cached by row so each is parsed once per process.
 */
export class ModuleReader {
  readonly pe: PeImage;
  readonly md: Metadata;
  readonly name: string;        // assembly name (or module name when there is no Assembly row)
  readonly version: string;
  private readonly methodSigs = new Map<number, MethodSig>();
  private readonly fieldSigs = new Map<number, TypeSig>();
  private readonly bodies = new Map<number, MethodBody | null>();
  private enclosing: Map<number, number> | undefined;
  private fieldRvas: Map<number, number> | undefined;

  constructor(readonly bytes: Uint8Array, readonly path = '<bytes>') {
    this.pe = new PeImage(bytes);
    const cli = this.pe.cli;
    const mdOff = this.pe.offsetOf(cli.metadataRva, cli.metadataSize, 'metadata');
    this.md = new Metadata(bytes, mdOff, cli.metadataSize);
    if (this.md.rowCount(T.Assembly) > 0) {
      const a = C.Assembly!;
      this.name = this.md.string(this.md.cell(T.Assembly, 1, a.Name!));
      this.version = [a.MajorVersion, a.MinorVersion, a.BuildNumber, a.RevisionNumber].map((c) => this.md.cell(T.Assembly, 1, c!)).join('.');
    } else {
      this.name = this.md.rowCount(T.Module) > 0 ? this.md.string(this.md.cell(T.Module, 1, C.Module!.Name!)) : '';
      this.version = '0.0.0.0';
    }
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
    let s = this.methodSigs.get(rid);
    if (!s) {
      s = readMethodSig(this.md.blobReader(this.md.cell(T.MethodDef, rid, cMethod.Signature!), 'method signature'));
      this.methodSigs.set(rid, s);
    }
    return s;
  }

  /** Method body, or null for abstract/runtime/internal-call methods (RVA 0). */
  methodBody(rid: number): MethodBody | null {
    let b = this.bodies.get(rid);
    if (b === undefined) {
      const rva = this.md.cell(T.MethodDef, rid, cMethod.RVA!);
      b = rva === 0 ? null : readMethodBody(this.bytes, this.pe.offsetOf(rva, 1, 'method body'));
      this.bodies.set(rid, b);
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
    let s = this.fieldSigs.get(rid);
    if (!s) {
      s = readFieldSig(this.md.blobReader(this.md.cell(T.Field, rid, cField.Signature!), 'field signature'));
      this.fieldSigs.set(rid, s);
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
    };
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
