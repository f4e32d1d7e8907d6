import { ModuleReader } from '../loader/module-reader.js';
import { T } from '../loader/schema.js';
import { ET, stripMods, type MethodSig, type TypeSig } from '../loader/signatures.js';
import {
  Kind, Prim, FieldAttr, MethodAttr, TypeAttr, mdArraySuffix, type RuntimeField, type RuntimeMethod, type RuntimeType,
} from './descriptors.js';
import { layoutType } from './layout.js';

/** Generic context for resolving signatures: the type's and the method's type arguments. */
export interface GenericContext { typeArgs: readonly RuntimeType[]; methodArgs: readonly RuntimeType[] }
export const NO_CONTEXT: GenericContext = { typeArgs: [], methodArgs: [] };

/** A resolution failure that surfaces lazily as a .NET exception (MissingMethodException, TypeLoadException...). */
export class ResolutionError extends Error {
  constructor(readonly exceptionType: string, message: string) { super(message); }
}

/** Loads assemblies from bytes (the host decides where they come from). */
export type AssemblyLocator = (name: string) => ModuleReader | null;

/** Framework assemblies whose types live in dotnode's corelib; they unify with it by type name. */
const FRAMEWORK = /^(System|System\..*|mscorlib|netstandard|Microsoft\.Win32\..*|Microsoft\.VisualBasic.*|WindowsBase)$/;

const PRIM_BY_NAME: Record<string, Prim> = {
  Boolean: Prim.Bool, Char: Prim.Char, SByte: Prim.I1, Byte: Prim.U1, Int16: Prim.I2, UInt16: Prim.U2,
  Int32: Prim.I4, UInt32: Prim.U4, Int64: Prim.I8, UInt64: Prim.U8, Single: Prim.R4, Double: Prim.R8,
  IntPtr: Prim.I, UIntPtr: Prim.U,
};

const ET_TO_NAME: Record<number, string> = {
  [ET.VOID]: 'Void', [ET.BOOLEAN]: 'Boolean', [ET.CHAR]: 'Char', [ET.I1]: 'SByte', [ET.U1]: 'Byte', [ET.I2]: 'Int16',
  [ET.U2]: 'UInt16', [ET.I4]: 'Int32', [ET.U4]: 'UInt32', [ET.I8]: 'Int64', [ET.U8]: 'UInt64', [ET.R4]: 'Single',
  [ET.R8]: 'Double', [ET.STRING]: 'String', [ET.I]: 'IntPtr', [ET.U]: 'UIntPtr', [ET.OBJECT]: 'Object',
  [ET.TYPEDBYREF]: 'TypedReference',
};

/**
 * The type system: turns metadata into interned RuntimeType/RuntimeMethod/RuntimeField objects.
 * Every generic instantiation is its own type (no shared code), so `===` is identity.
 */
export class TypeSystem {
  readonly types: RuntimeType[] = [];
  readonly methods: RuntimeMethod[] = [];
  private readonly interned = new Map<string, RuntimeType>();
  private readonly methodsByKey = new Map<string, RuntimeMethod>();
  private readonly modules = new Map<string, ModuleReader>();
  private readonly moduleIds = new Map<ModuleReader, number>();
  private readonly nameIndex = new Map<ModuleReader, Map<string, number>>();
  private readonly tokenCache = new Map<ModuleReader, Map<string, unknown>>();
  readonly corelib: ModuleReader;

  // Well-known types, filled in the constructor.
  readonly object: RuntimeType; readonly string: RuntimeType; readonly valueType: RuntimeType;
  readonly enumType: RuntimeType; readonly array: RuntimeType; readonly delegate: RuntimeType;
  readonly multicastDelegate: RuntimeType; readonly exception: RuntimeType; readonly voidType: RuntimeType;
  readonly nullable: RuntimeType; readonly runtimeType: RuntimeType; readonly typedReference: RuntimeType | null;
  readonly prims: RuntimeType[] = [];

  constructor(corelib: ModuleReader, private readonly locate: AssemblyLocator) {
    this.corelib = corelib;
    this.addModule(corelib);
    const sys = (name: string) => this.corelibType('System', name);
    this.object = sys('Object'); this.valueType = sys('ValueType'); this.enumType = sys('Enum');
    this.string = sys('String'); this.array = sys('Array'); this.delegate = sys('Delegate');
    this.multicastDelegate = sys('MulticastDelegate'); this.exception = sys('Exception');
    this.voidType = sys('Void'); this.nullable = sys('Nullable`1'); this.runtimeType = sys('RuntimeType');
    this.typedReference = this.findTypeDef(corelib, 'System', 'TypedReference') ? sys('TypedReference') : null;
    for (const [name, p] of Object.entries(PRIM_BY_NAME)) this.prims[p] = sys(name);
  }

  addModule(m: ModuleReader): void {
    if (this.moduleIds.has(m)) return;
    this.moduleIds.set(m, this.moduleIds.size);
    this.modules.set(m.name, m);
  }

  corelibType(ns: string, name: string): RuntimeType {
    const rid = this.findTypeDef(this.corelib, ns, name);
    if (!rid) throw new ResolutionError('System.TypeLoadException', `Could not load type '${ns}.${name}' from assembly 'System.Private.CoreLib'.`);
    return this.typeFromDef(this.corelib, rid, []);
  }

  /** TypeDef rid by namespace and name (top-level), or by enclosing rid for nested types. */
  findTypeDef(m: ModuleReader, ns: string, name: string, enclosing = 0): number {
    let idx = this.nameIndex.get(m);
    if (!idx) {
      idx = new Map();
      const n = m.md.rowCount(T.TypeDef);
      for (let rid = 1; rid <= n; rid++) {
        const [tns, tname] = m.typeDefName(rid);
        const enc = m.enclosingType(rid);
        idx.set(enc ? `${enc}/${tname}` : `${tns}.${tname}`, rid);
      }
      this.nameIndex.set(m, idx);
    }
    return idx.get(enclosing ? `${enclosing}/${name}` : `${ns}.${name}`) ?? 0;
  }

  // ---- Types --------------------------------------------------------------------------------

  private newType(init: Partial<RuntimeType> & Pick<RuntimeType, 'kind' | 'name' | 'namespace'>): RuntimeType {
    const t: RuntimeType = {
      id: this.types.length, module: null, rid: 0, typeArgs: [], genericDef: null, elem: null, rank: 0, prim: Prim.None,
      flags: 0, declaringType: null, parent: null, interfaces: [], laidOut: false, instanceSize: 0, align: 1,
      isRefLike: false, containsRefs: false, refOffsets: [], fields: [], methods: [], vtable: [], interfaceImpls: null,
      hasFinalizer: false, mt: 0, staticsAddr: 0, staticsSize: 0, cctor: null, cctorState: 0, cctorError: 0, runtimeTypeObj: 0,
      ...init,
    };
    this.types.push(t);
    return t;
  }

  /** The type for a TypeDef instantiated over typeArgs (which include the enclosing types' arguments). */
  typeFromDef(m: ModuleReader, rid: number, typeArgs: readonly RuntimeType[]): RuntimeType {
    const key = `d${this.moduleIds.get(m)}:${rid}` + (typeArgs.length ? `<${typeArgs.map((a) => a.id).join(',')}>` : '');
    const hit = this.interned.get(key);
    if (hit) return hit;
    const row = m.typeDef(rid);
    const genericCount = m.genericParams(((T.TypeDef << 24) | rid) >>> 0).length;
    let defType: RuntimeType | null = null;
    if (genericCount > 0 && typeArgs.length === 0) {
      // An open generic definition (typeof(List<>)): its arguments are its own generic parameters.
      typeArgs = Array.from({ length: genericCount }, (_, i) => this.genericParam(i, false));
    } else if (genericCount > 0) {
      defType = this.typeFromDef(m, rid, []);
    }
    if (typeArgs.length !== genericCount) {
      throw new ResolutionError('System.TypeLoadException', `Type '${row.namespace}.${row.name}' expects ${genericCount} type arguments, got ${typeArgs.length}.`);
    }
    const isCorelib = m === this.corelib;
    const enclosing = m.enclosingType(rid);
    let kind = Kind.Class;
    let prim = Prim.None;
    if (row.flags & TypeAttr.Interface) kind = Kind.Interface;
    else if (isCorelib && row.namespace === 'System' && PRIM_BY_NAME[row.name] !== undefined && !enclosing) { kind = Kind.Primitive; prim = PRIM_BY_NAME[row.name]!; }
    else if (row.extends) {
      const baseName = this.tokenTypeName(m, row.extends);
      const selfIsSystem = isCorelib && row.namespace === 'System';
      if (baseName === 'System.Enum' && !(selfIsSystem && row.name === 'ValueType')) kind = Kind.Enum;
      else if (baseName === 'System.ValueType' && !(selfIsSystem && row.name === 'Enum')) kind = Kind.ValueType;
    }
    const t = this.newType({ kind, prim, name: row.name, namespace: enclosing ? '' : row.namespace, module: m, rid, typeArgs: [...typeArgs], genericDef: defType, flags: row.flags });
    this.interned.set(key, t);
    if (enclosing) {
      const encArgs = this.genericParamCount(m, enclosing);
      t.declaringType = this.typeFromDef(m, enclosing, typeArgs.slice(0, encArgs));
      (t as { namespace: string }).namespace = t.declaringType.namespace;
    }
    const ctx: GenericContext = { typeArgs, methodArgs: [] };
    if (row.extends) t.parent = this.resolveType(m, row.extends, ctx);
    if (kind === Kind.Enum) {
      // The underlying type is the type of the one instance field (value__).
      for (let f = row.fields[0]; f < row.fields[1]; f++) {
        const fr = m.field(f);
        if (!(fr.flags & FieldAttr.Static)) {
          const ft = this.typeFromSig(m, m.fieldSig(f), ctx);
          (t as { elem: RuntimeType | null }).elem = ft;
          (t as { prim: Prim }).prim = ft.prim;
        }
      }
    }
    return t;
  }

  private genericParamCount(m: ModuleReader, rid: number): number {
    return m.genericParams(((T.TypeDef << 24) | rid) >>> 0).length;
  }

  /** "Namespace.Name" of a TypeDef/TypeRef token without loading it (to classify enums/structs early). */
  private tokenTypeName(m: ModuleReader, token: number): string {
    const table = token >>> 24, rid = token & 0xffffff;
    if (table === T.TypeDef) { const [ns, n] = m.typeDefName(rid); return `${ns}.${n}`; }
    if (table === T.TypeRef) { const r = m.typeRef(rid); return `${r.namespace}.${r.name}`; }
    return '';
  }

  genericParam(n: number, isMethod: boolean): RuntimeType {
    const key = `${isMethod ? '!!' : '!'}${n}`;
    let t = this.interned.get(key);
    if (!t) {
      t = this.newType({ kind: Kind.GenericParam, name: key, namespace: '', rank: n, prim: isMethod ? Prim.I : Prim.None });
      this.interned.set(key, t);
    }
    return t;
  }

  private constructed(kind: Kind, elem: RuntimeType, rank: number, suffix: string): RuntimeType {
    const key = `${kind}:${elem.id}:${rank}`;
    let t = this.interned.get(key);
    if (!t) {
      t = this.newType({ kind, name: elem.name + suffix, namespace: elem.namespace, elem, rank, module: null });
      t.declaringType = elem.declaringType;
      if (kind === Kind.SzArray || kind === Kind.MdArray) t.parent = this.array;
      this.interned.set(key, t);
    }
    return t;
  }
  szArrayOf(elem: RuntimeType): RuntimeType { return this.constructed(Kind.SzArray, elem, 1, '[]'); }
  mdArrayOf(elem: RuntimeType, rank: number): RuntimeType { return this.constructed(Kind.MdArray, elem, rank, mdArraySuffix(rank)); }
  byRefOf(elem: RuntimeType): RuntimeType { return this.constructed(Kind.ByRef, elem, 0, '&'); }
  pointerOf(elem: RuntimeType): RuntimeType { return this.constructed(Kind.Pointer, elem, 0, '*'); }

  /** TypeDef, TypeRef or TypeSpec token → type, in a generic context. */
  resolveType(m: ModuleReader, token: number, ctx: GenericContext): RuntimeType {
    const table = token >>> 24, rid = token & 0xffffff;
    switch (table) {
      case T.TypeDef: return this.typeFromDef(m, rid, []);
      case T.TypeRef: return this.resolveTypeRef(m, rid);
      case T.TypeSpec: return this.typeFromSig(m, m.typeSpec(rid), ctx);
      default: throw new ResolutionError('System.BadImageFormatException', `token 0x${token.toString(16)} is not a type`);
    }
  }

  resolveTypeRef(m: ModuleReader, rid: number): RuntimeType {
    const cacheKey = `tr${rid}`;
    const cache = this.cacheOf(m);
    const hit = cache.get(cacheKey) as RuntimeType | undefined;
    if (hit) return hit;
    const ref = m.typeRef(rid);
    let result: RuntimeType;
    const scopeTable = ref.scope >>> 24;
    if (scopeTable === T.TypeRef) {
      const outer = this.resolveTypeRef(m, ref.scope & 0xffffff);
      const om = outer.module!;
      const inner = this.findTypeDef(om, '', ref.name, outer.rid);
      if (!inner) throw new ResolutionError('System.TypeLoadException', `Could not load type '${ref.name}' nested in '${outer.namespace}.${outer.name}'.`);
      result = this.typeFromDef(om, inner, []);
    } else {
      let target: ModuleReader = m;
      if (scopeTable === T.AssemblyRef) target = this.assemblyFor(m.assemblyRef(ref.scope & 0xffffff).name);
      result = this.typeByName(target, ref.namespace, ref.name);
    }
    cache.set(cacheKey, result);
    return result;
  }

  /** Finds a type by name in an assembly, following type forwarders (ExportedType) to the corelib. */
  typeByName(m: ModuleReader, ns: string, name: string): RuntimeType {
    let rid = this.findTypeDef(m, ns, name);
    if (rid) return this.typeFromDef(m, rid, []);
    if (m !== this.corelib) {
      rid = this.findTypeDef(this.corelib, ns, name);
      if (rid) return this.typeFromDef(this.corelib, rid, []);
    }
    throw new ResolutionError('System.TypeLoadException', `Could not load type '${ns ? ns + '.' : ''}${name}' from assembly '${m.name}'.`);
  }

  assemblyFor(name: string): ModuleReader {
    if (FRAMEWORK.test(name) || name === this.corelib.name) return this.corelib;
    let m = this.modules.get(name);
    if (!m) {
      const found = this.locate(name);
      if (!found) throw new ResolutionError('System.IO.FileNotFoundException', `Could not load file or assembly '${name}'. The system cannot find the file specified.`);
      m = found;
      this.addModule(m);
    }
    return m;
  }

  private cacheOf(m: ModuleReader): Map<string, unknown> {
    let c = this.tokenCache.get(m);
    if (!c) { c = new Map(); this.tokenCache.set(m, c); }
    return c;
  }

  typeFromSig(m: ModuleReader, sig: TypeSig, ctx: GenericContext): RuntimeType {
    switch (sig.k) {
      case 'prim': {
        const name = ET_TO_NAME[sig.et];
        if (!name) throw new ResolutionError('System.BadImageFormatException', `unknown element type ${sig.et}`);
        if (sig.et === ET.VOID) return this.voidType;
        if (sig.et === ET.STRING) return this.string;
        if (sig.et === ET.OBJECT) return this.object;
        if (sig.et === ET.TYPEDBYREF) return this.corelibType('System', 'TypedReference');
        return this.prims[PRIM_BY_NAME[name]!]!;
      }
      case 'class': case 'valuetype': return this.resolveType(m, sig.token, ctx);
      case 'inst': {
        const g = sig.generic as { token: number };
        const def = this.resolveType(m, g.token, NO_CONTEXT);
        const args = sig.args.map((a) => this.typeFromSig(m, a, ctx));
        return this.typeFromDef(def.module!, def.rid, args);
      }
      case 'szarray': return this.szArrayOf(this.typeFromSig(m, sig.elem, ctx));
      case 'array': return this.mdArrayOf(this.typeFromSig(m, sig.elem, ctx), sig.rank);
      case 'ptr': return this.pointerOf(this.typeFromSig(m, sig.elem, ctx));
      case 'byref': return this.byRefOf(this.typeFromSig(m, sig.elem, ctx));
      case 'var': {
        const t = ctx.typeArgs[sig.n];
        if (!t) throw new ResolutionError('System.BadImageFormatException', `generic type parameter !${sig.n} out of range`);
        return t;
      }
      case 'mvar': {
        const t = ctx.methodArgs[sig.n];
        if (!t) throw new ResolutionError('System.BadImageFormatException', `generic method parameter !!${sig.n} out of range`);
        return t;
      }
      case 'fnptr': return this.prims[Prim.I]!;
      case 'mod': return this.typeFromSig(m, sig.elem, ctx);
      case 'pinned': return this.typeFromSig(m, sig.elem, ctx);
    }
  }

  // ---- Methods and fields -------------------------------------------------------------------

  /** The method instance of a MethodDef in an instantiated owner type, with method type args. */
  methodFromDef(owner: RuntimeType, rid: number, methodArgs: readonly RuntimeType[]): RuntimeMethod {
    const key = `${owner.id}:${rid}` + (methodArgs.length ? `<${methodArgs.map((a) => a.id).join(',')}>` : '');
    const hit = this.methodsByKey.get(key);
    if (hit) return hit;
    const m = owner.module!;
    const row = m.methodDef(rid);
    const sig = m.methodSig(rid);
    const genericDef = methodArgs.length ? this.methodFromDef(owner, rid, []) : null;
    const method: RuntimeMethod = {
      id: this.methods.length, owner, name: row.name, rid, flags: row.flags, implFlags: row.implFlags, sig,
      methodArgs: [...methodArgs], genericDef, params: null, ret: null, hasThis: sig.hasThis, slot: -1,
      body: undefined, code: null, native: null, callCount: 0,
    };
    this.methods.push(method);
    this.methodsByKey.set(key, method);
    return method;
  }

  /** Resolved parameter and return types of a method instance. */
  signatureOf(method: RuntimeMethod): { params: RuntimeType[]; ret: RuntimeType | null } {
    if (!method.params) {
      const ctx: GenericContext = { typeArgs: method.owner.typeArgs, methodArgs: method.methodArgs.length ? method.methodArgs : this.openMethodArgs(method.sig.genericCount) };
      const m = method.owner.module!;
      method.params = method.sig.params.map((p) => this.typeFromSig(m, p, ctx));
      const r = this.typeFromSig(m, method.sig.ret, ctx);
      method.ret = r === this.voidType ? null : r;
    }
    return { params: method.params, ret: method.ret };
  }

  private openMethodArgs(n: number): RuntimeType[] {
    return Array.from({ length: n }, (_, i) => this.genericParam(i, true));
  }

  /** A comparable key of a method's signature with method generic parameters left open. */
  sigKey(m: ModuleReader, sig: MethodSig, typeArgs: readonly RuntimeType[]): string {
    const ctx: GenericContext = { typeArgs, methodArgs: this.openMethodArgs(sig.genericCount) };
    const p = (s: TypeSig) => this.typeFromSig(m, s, ctx).id;
    return `${sig.hasThis ? 'i' : 's'}${sig.genericCount}(${sig.params.map(p).join(',')})${p(sig.ret)}`;
  }

  methodSigKey(method: RuntimeMethod): string {
    return this.sigKey(method.owner.module!, method.sig, method.owner.typeArgs);
  }

  /** All methods declared by a type (instances over its type arguments). */
  declaredMethods(t: RuntimeType): RuntimeMethod[] {
    if (!t.module || t.rid === 0) return [];
    if (t.methods.length === 0) {
      const [a, b] = t.module.typeDef(t.rid).methods;
      for (let r = a; r < b; r++) t.methods.push(this.methodFromDef(t, t.module.md.deref(T.MethodDef, r), []));
    }
    return t.methods;
  }

  /** Finds a method by name and signature key, searching the type and then its parents. */
  findMethod(t: RuntimeType, name: string, key: string, searchParents = true): RuntimeMethod | null {
    for (let c: RuntimeType | null = t; c; c = searchParents ? c.parent : null) {
      for (const m of this.declaredMethods(c)) if (m.name === name && this.methodSigKey(m) === key) return m;
      if (!searchParents) break;
    }
    return null;
  }

  findMethodByName(t: RuntimeType, name: string, paramCount = -1): RuntimeMethod | null {
    for (const m of this.declaredMethods(t)) if (m.name === name && (paramCount < 0 || m.sig.params.length === paramCount)) return m;
    return null;
  }

  /** MethodDef, MemberRef or MethodSpec token → method instance. */
  resolveMethod(m: ModuleReader, token: number, ctx: GenericContext): RuntimeMethod {
    const table = token >>> 24, rid = token & 0xffffff;
    if (table === T.MethodDef) {
      const owner = this.ownerOfMethodDef(m, rid);
      return this.methodFromDef(owner, rid, []);
    }
    if (table === T.MethodSpec) {
      const spec = m.methodSpec(rid);
      const args = spec.inst.map((a) => this.typeFromSig(m, a, ctx));
      const generic = this.resolveMethod(m, spec.method, ctx);
      return this.methodFromDef(generic.owner, generic.rid, args);
    }
    if (table === T.MemberRef) {
      const ref = m.memberRef(rid);
      const sig = m.memberRefSig(rid);
      if (!('method' in sig)) throw new ResolutionError('System.MissingMethodException', `'${ref.name}' is a field, not a method.`);
      const parentTable = ref.parent >>> 24;
      if (parentTable === T.MethodDef) return this.resolveMethod(m, ref.parent, ctx);
      const owner = this.resolveType(m, ref.parent, ctx);
      if (owner.kind === Kind.MdArray || owner.kind === Kind.SzArray) {
        const am = this.arrayMethod(m, owner, ref.name, sig.method, ctx);
        if (am) return am;
      }
      const key = this.sigKey(m, sig.method, owner.typeArgs);
      const found = this.findMethod(owner, ref.name, key, owner.kind !== Kind.Interface) ?? this.findMethodAmongAncestors(owner, ref.name, key);
      if (!found) {
        throw new ResolutionError('System.MissingMethodException', `Method not found: '${this.describeRef(m, ref.name, sig.method, owner)}'.`);
      }
      return found;
    }
    throw new ResolutionError('System.BadImageFormatException', `token 0x${token.toString(16)} is not a method`);
  }

  /**
   * The methods the runtime provides on array types (ECMA-335 II.14.2): .ctor (lengths, or
   * lower bound/length pairs), Get, Set and Address. They have no metadata: the transform
   * expands them inline (interp ARRAY_OP).
   */
  private arrayMethod(m: ModuleReader, owner: RuntimeType, name: string, sig: MethodSig, ctx: GenericContext): RuntimeMethod | null {
    if (name !== '.ctor' && name !== 'Get' && name !== 'Set' && name !== 'Address') return null;
    const key = `array:${owner.id}:${name}:${sig.params.length}`;
    const hit = this.methodsByKey.get(key);
    if (hit) return hit;
    const method: RuntimeMethod = {
      id: this.methods.length, owner, name, rid: 0, flags: name === '.ctor' ? 0x1886 : 0x86, implFlags: 3, sig, methodArgs: [],
      genericDef: null, params: sig.params.map((p) => this.typeFromSig(m, p, ctx)), ret: null, hasThis: true, slot: -1,
      body: null, code: null, native: false, callCount: 0,
    };
    const r = this.typeFromSig(m, sig.ret, ctx);
    method.ret = r === this.voidType ? null : r;
    this.methods.push(method);
    this.methodsByKey.set(key, method);
    return method;
  }

  private findMethodAmongAncestors(t: RuntimeType, name: string, key: string): RuntimeMethod | null {
    if (t.kind !== Kind.Interface) return null;
    return this.findMethod(this.object, name, key);
  }

  private describeRef(m: ModuleReader, name: string, sig: MethodSig, owner: RuntimeType): string {
    const ctx: GenericContext = { typeArgs: owner.typeArgs, methodArgs: this.openMethodArgs(sig.genericCount) };
    const n = (s: TypeSig) => { try { return csharpName(this.typeFromSig(m, s, ctx)); } catch { return '?'; } };
    return `${n(sig.ret)} ${csharpName(owner)}.${name}(${sig.params.map(n).join(', ')})`;
  }

  ownerOfMethodDef(m: ModuleReader, methodRid: number): RuntimeType { return this.ownerOfMember(m, methodRid, 'methods'); }
  ownerOfFieldDef(m: ModuleReader, fieldRid: number): RuntimeType { return this.ownerOfMember(m, fieldRid, 'fields'); }

  /** TypeDef.MethodList/FieldList are sorted: the owner is the last type whose list starts at or before rid. */
  private ownerOfMember(m: ModuleReader, rid: number, list: 'methods' | 'fields'): RuntimeType {
    let lo = 1, hi = m.md.rowCount(T.TypeDef), found = 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (m.typeDef(mid)[list][0] <= rid) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return this.typeFromDef(m, found, []);
  }

  /** Field or MemberRef token → field of a laid-out type. */
  resolveField(m: ModuleReader, token: number, ctx: GenericContext): RuntimeField {
    const table = token >>> 24, rid = token & 0xffffff;
    let owner: RuntimeType, name: string;
    if (table === T.Field) {
      owner = this.ownerOfFieldDef(m, rid);
      name = m.field(rid).name;
      this.ensureLayout(owner);
      const f = owner.fields.find((x) => x.rid === rid);
      if (f) return f;
    } else if (table === T.MemberRef) {
      const ref = m.memberRef(rid);
      owner = this.resolveType(m, ref.parent, ctx);
      name = ref.name;
      for (let c: RuntimeType | null = owner; c; c = c.parent) {
        this.ensureLayout(c);
        const f = c.fields.find((x) => x.name === name);
        if (f) return f;
      }
    } else {
      throw new ResolutionError('System.BadImageFormatException', `token 0x${token.toString(16)} is not a field`);
    }
    throw new ResolutionError('System.MissingFieldException', `Field not found: '${csharpName(owner)}.${name}'.`);
  }

  ensureLayout(t: RuntimeType): RuntimeType {
    if (!t.laidOut) layoutType(this, t);
    return t;
  }

  isSubclassOf(t: RuntimeType, base: RuntimeType): boolean {
    for (let c: RuntimeType | null = t; c; c = c.parent) if (c === base) return true;
    return false;
  }
}

/** A C#-style name for messages: "System.Console.WriteLine", "System.Collections.Generic.List<int>". */
export function csharpName(t: RuntimeType): string {
  if (t.kind === Kind.SzArray) return csharpName(t.elem!) + '[]';
  if (t.kind === Kind.ByRef) return csharpName(t.elem!) + '&';
  const base = (t.declaringType ? csharpName(t.declaringType) + '.' : t.namespace ? t.namespace + '.' : '') + t.name.replace(/`\d+$/, '');
  const own = t.genericDef && t.typeArgs.length ? t.typeArgs.slice(t.declaringType?.typeArgs.length ?? 0) : [];
  return own.length ? `${base}<${own.map(csharpName).join(',')}>` : base;
}
