/**
 * The one definition of the ECMA-335 metadata tables (Partition II §22) and coded indices
 * (§24.2.6). Row layout, the disassembler and the loader's accessors all derive from this.
 */

export const enum T {
  Module = 0x00, TypeRef = 0x01, TypeDef = 0x02, FieldPtr = 0x03, Field = 0x04, MethodPtr = 0x05,
  MethodDef = 0x06, ParamPtr = 0x07, Param = 0x08, InterfaceImpl = 0x09, MemberRef = 0x0a,
  Constant = 0x0b, CustomAttribute = 0x0c, FieldMarshal = 0x0d, DeclSecurity = 0x0e,
  ClassLayout = 0x0f, FieldLayout = 0x10, StandAloneSig = 0x11, EventMap = 0x12, EventPtr = 0x13,
  Event = 0x14, PropertyMap = 0x15, PropertyPtr = 0x16, Property = 0x17, MethodSemantics = 0x18,
  MethodImpl = 0x19, ModuleRef = 0x1a, TypeSpec = 0x1b, ImplMap = 0x1c, FieldRVA = 0x1d,
  EncLog = 0x1e, EncMap = 0x1f, Assembly = 0x20, AssemblyProcessor = 0x21, AssemblyOS = 0x22,
  AssemblyRef = 0x23, AssemblyRefProcessor = 0x24, AssemblyRefOS = 0x25, File = 0x26,
  ExportedType = 0x27, ManifestResource = 0x28, NestedClass = 0x29, GenericParam = 0x2a,
  MethodSpec = 0x2b, GenericParamConstraint = 0x2c,
}
/** Not a table: the #US heap's token prefix (for ldstr). */
export const USER_STRING_TOKEN_TYPE = 0x70;

/** Coded index kinds: each lists its target tables in tag order; -1 marks an unused tag. */
export const CODED: Record<string, readonly number[]> = {
  TypeDefOrRef: [T.TypeDef, T.TypeRef, T.TypeSpec],
  HasConstant: [T.Field, T.Param, T.Property],
  HasCustomAttribute: [T.MethodDef, T.Field, T.TypeRef, T.TypeDef, T.Param, T.InterfaceImpl, T.MemberRef,
    T.Module, T.DeclSecurity, T.Property, T.Event, T.StandAloneSig, T.ModuleRef, T.TypeSpec, T.Assembly,
    T.AssemblyRef, T.File, T.ExportedType, T.ManifestResource, T.GenericParam, T.GenericParamConstraint, T.MethodSpec],
  HasFieldMarshal: [T.Field, T.Param],
  HasDeclSecurity: [T.TypeDef, T.MethodDef, T.Assembly],
  MemberRefParent: [T.TypeDef, T.TypeRef, T.ModuleRef, T.MethodDef, T.TypeSpec],
  HasSemantics: [T.Event, T.Property],
  MethodDefOrRef: [T.MethodDef, T.MemberRef],
  MemberForwarded: [T.Field, T.MethodDef],
  Implementation: [T.File, T.AssemblyRef, T.ExportedType],
  CustomAttributeType: [-1, -1, T.MethodDef, T.MemberRef, -1],
  ResolutionScope: [T.Module, T.ModuleRef, T.AssemblyRef, T.TypeRef],
  TypeOrMethodDef: [T.TypeDef, T.MethodDef],
};

/** A column: fixed width ('u8' | 'u16' | 'u32'), a heap index, a table index, or a coded index. */
export type Col =
  | { name: string; kind: 'u16' | 'u32' | 'u8pad' }
  | { name: string; kind: 'string' | 'guid' | 'blob' }
  | { name: string; kind: 'table'; table: number }
  | { name: string; kind: 'coded'; coded: string };

const u16 = (name: string): Col => ({ name, kind: 'u16' });
const u32 = (name: string): Col => ({ name, kind: 'u32' });
const str = (name: string): Col => ({ name, kind: 'string' });
const guid = (name: string): Col => ({ name, kind: 'guid' });
const blob = (name: string): Col => ({ name, kind: 'blob' });
const tab = (name: string, table: number): Col => ({ name, kind: 'table', table });
const cod = (name: string, coded: string): Col => ({ name, kind: 'coded', coded });

export interface TableDef { id: number; name: string; cols: Col[] }

export const TABLES: readonly (TableDef | undefined)[] = (() => {
  const defs: TableDef[] = [
    { id: T.Module, name: 'Module', cols: [u16('Generation'), str('Name'), guid('Mvid'), guid('EncId'), guid('EncBaseId')] },
    { id: T.TypeRef, name: 'TypeRef', cols: [cod('ResolutionScope', 'ResolutionScope'), str('TypeName'), str('TypeNamespace')] },
    { id: T.TypeDef, name: 'TypeDef', cols: [u32('Flags'), str('TypeName'), str('TypeNamespace'), cod('Extends', 'TypeDefOrRef'), tab('FieldList', T.Field), tab('MethodList', T.MethodDef)] },
    { id: T.FieldPtr, name: 'FieldPtr', cols: [tab('Field', T.Field)] },
    { id: T.Field, name: 'Field', cols: [u16('Flags'), str('Name'), blob('Signature')] },
    { id: T.MethodPtr, name: 'MethodPtr', cols: [tab('Method', T.MethodDef)] },
    { id: T.MethodDef, name: 'MethodDef', cols: [u32('RVA'), u16('ImplFlags'), u16('Flags'), str('Name'), blob('Signature'), tab('ParamList', T.Param)] },
    { id: T.ParamPtr, name: 'ParamPtr', cols: [tab('Param', T.Param)] },
    { id: T.Param, name: 'Param', cols: [u16('Flags'), u16('Sequence'), str('Name')] },
    { id: T.InterfaceImpl, name: 'InterfaceImpl', cols: [tab('Class', T.TypeDef), cod('Interface', 'TypeDefOrRef')] },
    { id: T.MemberRef, name: 'MemberRef', cols: [cod('Class', 'MemberRefParent'), str('Name'), blob('Signature')] },
    { id: T.Constant, name: 'Constant', cols: [{ name: 'Type', kind: 'u8pad' }, cod('Parent', 'HasConstant'), blob('Value')] },
    { id: T.CustomAttribute, name: 'CustomAttribute', cols: [cod('Parent', 'HasCustomAttribute'), cod('Type', 'CustomAttributeType'), blob('Value')] },
    { id: T.FieldMarshal, name: 'FieldMarshal', cols: [cod('Parent', 'HasFieldMarshal'), blob('NativeType')] },
    { id: T.DeclSecurity, name: 'DeclSecurity', cols: [u16('Action'), cod('Parent', 'HasDeclSecurity'), blob('PermissionSet')] },
    { id: T.ClassLayout, name: 'ClassLayout', cols: [u16('PackingSize'), u32('ClassSize'), tab('Parent', T.TypeDef)] },
    { id: T.FieldLayout, name: 'FieldLayout', cols: [u32('Offset'), tab('Field', T.Field)] },
    { id: T.StandAloneSig, name: 'StandAloneSig', cols: [blob('Signature')] },
    { id: T.EventMap, name: 'EventMap', cols: [tab('Parent', T.TypeDef), tab('EventList', T.Event)] },
    { id: T.EventPtr, name: 'EventPtr', cols: [tab('Event', T.Event)] },
    { id: T.Event, name: 'Event', cols: [u16('EventFlags'), str('Name'), cod('EventType', 'TypeDefOrRef')] },
    { id: T.PropertyMap, name: 'PropertyMap', cols: [tab('Parent', T.TypeDef), tab('PropertyList', T.Property)] },
    { id: T.PropertyPtr, name: 'PropertyPtr', cols: [tab('Property', T.Property)] },
    { id: T.Property, name: 'Property', cols: [u16('Flags'), str('Name'), blob('Type')] },
    { id: T.MethodSemantics, name: 'MethodSemantics', cols: [u16('Semantics'), tab('Method', T.MethodDef), cod('Association', 'HasSemantics')] },
    { id: T.MethodImpl, name: 'MethodImpl', cols: [tab('Class', T.TypeDef), cod('MethodBody', 'MethodDefOrRef'), cod('MethodDeclaration', 'MethodDefOrRef')] },
    { id: T.ModuleRef, name: 'ModuleRef', cols: [str('Name')] },
    { id: T.TypeSpec, name: 'TypeSpec', cols: [blob('Signature')] },
    { id: T.ImplMap, name: 'ImplMap', cols: [u16('MappingFlags'), cod('MemberForwarded', 'MemberForwarded'), str('ImportName'), tab('ImportScope', T.ModuleRef)] },
    { id: T.FieldRVA, name: 'FieldRVA', cols: [u32('RVA'), tab('Field', T.Field)] },
    { id: T.EncLog, name: 'EncLog', cols: [u32('Token'), u32('FuncCode')] },
    { id: T.EncMap, name: 'EncMap', cols: [u32('Token')] },
    { id: T.Assembly, name: 'Assembly', cols: [u32('HashAlgId'), u16('MajorVersion'), u16('MinorVersion'), u16('BuildNumber'), u16('RevisionNumber'), u32('Flags'), blob('PublicKey'), str('Name'), str('Culture')] },
    { id: T.AssemblyProcessor, name: 'AssemblyProcessor', cols: [u32('Processor')] },
    { id: T.AssemblyOS, name: 'AssemblyOS', cols: [u32('OSPlatformID'), u32('OSMajorVersion'), u32('OSMinorVersion')] },
    { id: T.AssemblyRef, name: 'AssemblyRef', cols: [u16('MajorVersion'), u16('MinorVersion'), u16('BuildNumber'), u16('RevisionNumber'), u32('Flags'), blob('PublicKeyOrToken'), str('Name'), str('Culture'), blob('HashValue')] },
    { id: T.AssemblyRefProcessor, name: 'AssemblyRefProcessor', cols: [u32('Processor'), tab('AssemblyRef', T.AssemblyRef)] },
    { id: T.AssemblyRefOS, name: 'AssemblyRefOS', cols: [u32('OSPlatformID'), u32('OSMajorVersion'), u32('OSMinorVersion'), tab('AssemblyRef', T.AssemblyRef)] },
    { id: T.File, name: 'File', cols: [u32('Flags'), str('Name'), blob('HashValue')] },
    { id: T.ExportedType, name: 'ExportedType', cols: [u32('Flags'), u32('TypeDefId'), str('TypeName'), str('TypeNamespace'), cod('Implementation', 'Implementation')] },
    { id: T.ManifestResource, name: 'ManifestResource', cols: [u32('Offset'), u32('Flags'), str('Name'), cod('Implementation', 'Implementation')] },
    { id: T.NestedClass, name: 'NestedClass', cols: [tab('NestedClass', T.TypeDef), tab('EnclosingClass', T.TypeDef)] },
    { id: T.GenericParam, name: 'GenericParam', cols: [u16('Number'), u16('Flags'), cod('Owner', 'TypeOrMethodDef'), str('Name')] },
    { id: T.MethodSpec, name: 'MethodSpec', cols: [cod('Method', 'MethodDefOrRef'), blob('Instantiation')] },
    { id: T.GenericParamConstraint, name: 'GenericParamConstraint', cols: [tab('Owner', T.GenericParam), cod('Constraint', 'TypeDefOrRef')] },
  ];
  const out: (TableDef | undefined)[] = new Array(64).fill(undefined);
  for (const d of defs) out[d.id] = d;
  return out;
})();

/** Column index by table and name, for readable accessors: COL.TypeDef.Flags === 0. */
export const COL: Record<string, Record<string, number>> = Object.fromEntries(
  TABLES.filter((t): t is TableDef => !!t).map((t) => [t.name, Object.fromEntries(t.cols.map((c, i) => [c.name, i]))]),
);

export function tableName(id: number): string { return TABLES[id]?.name ?? `Table0x${id.toString(16)}`; }
