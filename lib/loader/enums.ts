import type { EnumResolver } from './custom-attributes.js';
import type { ModuleReader } from './module-reader.js';
import { T } from './schema.js';
import { stripMods } from './signatures.js';

/** Loads a referenced assembly by simple name, or returns null when it cannot be found. */
export type AssemblyLoader = (simpleName: string) => ModuleReader | null;

/** Longest chain of type forwarders followed (II.22.14) before giving up. */
const MAX_FORWARDS = 8;
/** Assemblies where an assembly-unqualified type name in a custom attribute may live (II.23.3). */
const CORE_NAMES = ['System.Private.CoreLib', 'System.Runtime', 'mscorlib', 'netstandard'];

/**
 * An enum resolver that also follows references into other assemblies: a TypeRef's scope (an
 * AssemblyRef), or the assembly named in a serialized type name ("Ns.E, Asm, Version=..."),
 * through type forwarders. Results are cached per name. Falls back to `m.localEnumResolver`.
 */
export function makeEnumResolver(m: ModuleReader, load: AssemblyLoader): EnumResolver {
  const cache = new Map<string, number | undefined>();

  const inAssembly = (asm: ModuleReader | null, fullName: string, hops: number): number | undefined => {
    if (!asm || hops > MAX_FORWARDS) return undefined;
    const rid = asm.typeDefByName(fullName);
    if (rid) return asm.enumUnderlying(rid);
    const n = asm.md.rowCount(T.ExportedType);
    for (let e = 1; e <= n; e++) {
      if (asm.exportedTypeFullName(e) !== fullName) continue;
      const scope = asm.exportedTypeScope(e);
      if (scope >>> 24 !== T.AssemblyRef) return undefined;
      return inAssembly(load(asm.assemblyRef(scope & 0xffffff).name), fullName, hops + 1);
    }
    return undefined;
  };

  const byName = (fullName: string, asmName: string | undefined): number | undefined => {
    const key = `${asmName ?? ''}|${fullName}`;
    if (cache.has(key)) return cache.get(key);
    let et = asmName === undefined ? m.localEnumResolver(fullName) : undefined;
    if (et === undefined && asmName !== undefined) et = asmName === m.name ? m.localEnumResolver(fullName) : inAssembly(load(asmName), fullName, 0);
    for (const core of CORE_NAMES) if (et === undefined && asmName === undefined) et = inAssembly(load(core), fullName, 0);
    cache.set(key, et);
    return et;
  };

  return (t) => {
    if (typeof t === 'string') {
      const comma = t.indexOf(',');
      if (comma < 0) return byName(t.trim(), undefined);
      return byName(t.slice(0, comma).trim(), t.slice(comma + 1).split(',')[0]!.trim());
    }
    const s = stripMods(t);
    if ((s.k !== 'valuetype' && s.k !== 'class') || s.token >>> 24 !== T.TypeRef) return m.localEnumResolver(s);
    const rid = s.token & 0xffffff;
    const scope = m.typeRefRootScope(rid);
    const fullName = m.typeRefFullName(rid);
    if (scope >>> 24 === T.AssemblyRef) return byName(fullName, m.assemblyRef(scope & 0xffffff).name);
    return byName(fullName, undefined);
  };
}
