import type { ModuleReader } from '../loader/module-reader.js';
import type { MethodSig } from '../loader/signatures.js';
import type { MethodBody } from '../loader/method-body.js';

/** What a type is, for layout, calls and casts. */
export const enum Kind {
  Class, ValueType, Interface, Enum, Primitive, SzArray, MdArray, Pointer, ByRef, GenericParam, FnPtr,
}

/** Primitive element types, as stored in fields, arrays and the evaluation stack. */
export const enum Prim {
  None, Bool, Char, I1, U1, I2, U2, I4, U4, I8, U8, R4, R8, I, U, Void,
}

/** Size in bytes of a primitive in memory (native int is 4 on wasm32). */
export const PRIM_SIZE: readonly number[] = [0, 1, 2, 1, 1, 2, 2, 4, 4, 8, 8, 4, 8, 4, 4, 0];

/** A loaded type: a TypeDef instantiated over its generic arguments, or a constructed type. */
export interface RuntimeType {
  readonly id: number;
  readonly kind: Kind;
  readonly name: string;            // simple name, e.g. "List`1", "Int32[]"
  readonly namespace: string;
  readonly module: ModuleReader | null;
  readonly rid: number;             // TypeDef rid, or 0 for constructed types
  readonly typeArgs: RuntimeType[]; // generic arguments (own and enclosing), empty if none
  readonly genericDef: RuntimeType | null;
  readonly elem: RuntimeType | null; // arrays, pointers, byrefs, enums (underlying)
  readonly rank: number;
  readonly prim: Prim;              // for primitives and enums (underlying), else None
  flags: number;                    // TypeDef flags
  declaringType: RuntimeType | null;
  parent: RuntimeType | null;
  interfaces: RuntimeType[];        // all implemented interfaces, transitively, without duplicates
  // Filled by layout (lazily):
  laidOut: boolean;
  instanceSize: number;   // objects: bytes including header; value types: bytes of the value
  align: number;
  isRefLike: boolean;
  containsRefs: boolean;
  refOffsets: number[];   // offsets of object references inside an instance (from the object start, or the value start)
  fields: RuntimeField[];
  methods: RuntimeMethod[];
  vtable: RuntimeMethod[];
  /** interface type id → (interface method index → implementing method) */
  interfaceImpls: Map<number, RuntimeMethod[]> | null;
  hasFinalizer: boolean;
  mt: number;             // MethodTable address in linear memory (0 until allocated)
  staticsAddr: number;    // static fields block
  staticsSize: number;
  cctor: RuntimeMethod | null;
  cctorState: number;     // 0 none/needed, 1 running, 2 done, 3 failed
  cctorError: number;     // exception object that failed the cctor (for rethrowing)
  runtimeTypeObj: number; // System.RuntimeType object address, 0 until asked
}

export interface RuntimeField {
  readonly owner: RuntimeType;
  readonly name: string;
  readonly rid: number;
  readonly flags: number;
  readonly isStatic: boolean;
  type: RuntimeType;
  offset: number;         // instance: from the object start (classes) or value start (structs); static: from staticsAddr
  literal: boolean;
}

/** One method instance: a MethodDef in a type instantiation, with its own method type arguments. */
export interface RuntimeMethod {
  readonly id: number;
  readonly owner: RuntimeType;
  readonly name: string;
  readonly rid: number;            // MethodDef rid in owner.module
  readonly flags: number;
  readonly implFlags: number;
  readonly sig: MethodSig;
  readonly methodArgs: RuntimeType[];
  readonly genericDef: RuntimeMethod | null;  // for instantiated generic methods
  params: RuntimeType[] | null;    // resolved parameter types (lazily)
  ret: RuntimeType | null;         // resolved return type (null = void)
  hasThis: boolean;
  slot: number;                    // vtable slot for virtual methods, -1 otherwise
  body: MethodBody | null | undefined;
  code: unknown;                   // interpreter code, filled by interp/transform
  native: unknown;                 // internal-call binding, if any
  callCount: number;
}

export const enum TypeAttr {
  VisibilityMask = 0x7, NestedPublic = 2, LayoutMask = 0x18, SequentialLayout = 0x8, ExplicitLayout = 0x10,
  Interface = 0x20, Abstract = 0x80, Sealed = 0x100, BeforeFieldInit = 0x100000,
}

export const enum MethodAttr {
  Static = 0x10, Final = 0x20, Virtual = 0x40, HideBySig = 0x80, NewSlot = 0x100, Abstract = 0x400,
  SpecialName = 0x800, PinvokeImpl = 0x2000, RTSpecialName = 0x1000,
}

export const enum MethodImplAttr { Runtime = 0x3, InternalCall = 0x1000 }

export const enum FieldAttr { Static = 0x10, Literal = 0x40, HasFieldRVA = 0x100 }

/** "[*]" for a rank-1 array with bounds (int[*]), "[,]" etc. otherwise. */
export function mdArraySuffix(rank: number): string { return rank === 1 ? '[*]' : '[' + ','.repeat(rank - 1) + ']'; }

/** Full name as .NET prints it: "Namespace.Outer+Inner`1[[Arg]]" simplified to Type.FullName form. */
export function fullName(t: RuntimeType): string {
  switch (t.kind) {
    case Kind.SzArray: return fullName(t.elem!) + '[]';
    case Kind.MdArray: return fullName(t.elem!) + mdArraySuffix(t.rank);
    case Kind.Pointer: return fullName(t.elem!) + '*';
    case Kind.ByRef: return fullName(t.elem!) + '&';
    default: break;
  }
  let base = t.declaringType ? fullName(t.declaringType.genericDef ?? t.declaringType) + '+' + t.name : (t.namespace ? t.namespace + '.' + t.name : t.name);
  if (t.typeArgs.length && t.genericDef) {
    const args = t.typeArgs.map((a) => '[' + fullName(a) + ', ' + assemblyName(a) + ']').join(',');
    if (t.declaringType) base = (t.declaringType.namespace ? t.declaringType.namespace + '.' : '') + baseNestedName(t);
    base += '[' + args + ']';
  }
  return base;
}

function baseNestedName(t: RuntimeType): string {
  return t.declaringType ? baseNestedName(t.declaringType) + '+' + t.name : t.name;
}

function assemblyName(t: RuntimeType): string {
  const m = t.module;
  if (!m) return t.elem ? assemblyName(t.elem) : 'System.Private.CoreLib';
  return `${m.name}, Version=${m.version}, Culture=neutral, PublicKeyToken=${m.name === 'System.Private.CoreLib' ? '7cec85d7bea7798e' : 'null'}`;
}

/** Type.ToString(): like FullName but with C#-less generic argument lists "List`1[System.Int32]". */
export function displayName(t: RuntimeType): string {
  switch (t.kind) {
    case Kind.SzArray: return displayName(t.elem!) + '[]';
    case Kind.MdArray: return displayName(t.elem!) + mdArraySuffix(t.rank);
    case Kind.Pointer: return displayName(t.elem!) + '*';
    case Kind.ByRef: return displayName(t.elem!) + '&';
    default: break;
  }
  const own = t.declaringType ? displayName(t.declaringType.genericDef ?? t.declaringType).replace(/\[.*$/, '') + '+' + t.name : (t.namespace ? t.namespace + '.' + t.name : t.name);
  if (t.typeArgs.length && t.genericDef) return own + '[' + t.typeArgs.map(displayName).join(',') + ']';
  // An open generic definition (typeof(Dictionary<,>)) lists its parameters by name: "Dictionary`2[TKey,TValue]".
  if (t.typeArgs.length && t.module && t.rid) {
    const names = t.module.genericParams(((0x02 << 24) | t.rid) >>> 0).map((p) => p.name);
    if (names.length) return own + '[' + names.join(',') + ']';
  }
  return own;
}

export function isValueType(t: RuntimeType): boolean {
  return t.kind === Kind.ValueType || t.kind === Kind.Enum || t.kind === Kind.Primitive;
}

export function isRefType(t: RuntimeType): boolean {
  return t.kind === Kind.Class || t.kind === Kind.Interface || t.kind === Kind.SzArray || t.kind === Kind.MdArray;
}
