/**
 * An ildasm-like disassembler over the loader: assembly and references, forwarders, resources,
 * then each type with its fields, methods (signature, locals, IL with resolved tokens, EH
 * clauses), properties and events. Malformed parts are reported inline as comments (the loader
 * raises BadImageFormatError for them) so that the rest of the module still prints.
 */
import { formatCAValue, type CustomAttributeValue, type EnumResolver } from '../loader/custom-attributes.js';
import { BadImageFormatError, bad } from '../loader/errors.js';
import { EHKind, type MethodBody } from '../loader/method-body.js';
import type { ModuleReader } from '../loader/module-reader.js';
import { decodeIL, Operand, type Instr } from '../loader/opcodes.js';
import { T } from '../loader/schema.js';
import { ET, type MethodSig, type TypeSig } from '../loader/signatures.js';

const MAX_DEPTH = 48;
/** Longest type name printed: shared TypeSpecs could otherwise nest into exponentially long text. */
const MAX_NAME = 16384;
/** Longest nesting of `.class nested` blocks printed. */
const MAX_NESTING = 64;

/** Thrown when the output budget is spent; caught by disassemble(). */
class OutputBudgetSpent extends Error {}

const PRIM: Record<number, string> = {
  [ET.VOID]: 'void', [ET.BOOLEAN]: 'bool', [ET.CHAR]: 'char', [ET.I1]: 'int8', [ET.U1]: 'uint8',
  [ET.I2]: 'int16', [ET.U2]: 'uint16', [ET.I4]: 'int32', [ET.U4]: 'uint32', [ET.I8]: 'int64',
  [ET.U8]: 'uint64', [ET.R4]: 'float32', [ET.R8]: 'float64', [ET.STRING]: 'string',
  [ET.TYPEDBYREF]: 'typedref', [ET.I]: 'native int', [ET.U]: 'native uint', [ET.OBJECT]: 'object',
};

const KEYWORDS = new Set(['value', 'method', 'field', 'class', 'type', 'object', 'string', 'int', 'float', 'char',
  'bool', 'void', 'instance', 'static', 'public', 'private', 'family', 'assembly', 'literal', 'initonly', 'specialname',
  'rtspecialname', 'virtual', 'abstract', 'final', 'sealed', 'extends', 'implements', 'interface', 'explicit', 'auto',
  'sequential', 'ansi', 'unicode', 'pinned', 'modreq', 'modopt', 'vararg', 'default', 'unmanaged', 'serializable',
  'nested', 'import', 'native', 'strict', 'newslot', 'hidebysig', 'filter', 'catch', 'finally', 'fault', 'handler']);

/** ILAsm identifier or single-quoted name (II.5.3). Dotted names are quoted as a whole when needed. */
export function ident(name: string): string {
  if (name === '') return "''";
  if (/^[A-Za-z_$@`?][A-Za-z0-9_$@`?.]*$/.test(name) && !KEYWORDS.has(name) && !name.endsWith('.') && !name.includes('..')) return name;
  if (name === '.ctor' || name === '.cctor') return name;
  return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function hex(n: number, width: number): string { return n.toString(16).toUpperCase().padStart(width, '0'); }
function label(off: number): string { return `IL_${off.toString(16).padStart(4, '0')}`; }
function bytesHex(b: Uint8Array): string { return Array.from(b, (x) => hex(x, 2)).join(' '); }

/** A ldstr operand: quoted when printable, otherwise a bytearray of its UTF-16 code units (as ildasm). */
export function quoteString(s: string): string {
  if (/^[\x20-\x7e\t\n\r]*$/.test(s)) {
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
  }
  const b: string[] = [];
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); b.push(hex(c & 0xff, 2), hex(c >>> 8, 2)); }
  return `bytearray (${b.join(' ')})`;
}

function formatFloat(v: number, bits: 32 | 64): string {
  if (Number.isFinite(v)) {
    const s = bits === 32 ? String(Math.fround(v)) : String(v);
    return /[.e]/.test(s) ? s : `${s}.`;
  }
  const b = new Uint8Array(bits / 8);
  const dv = new DataView(b.buffer);
  if (bits === 32) dv.setFloat32(0, v, true); else dv.setFloat64(0, v, true);
  return `(${bytesHex(b)})`;
}

/** Flag words rendered as ILAsm keywords (II.23.1). */
const TYPE_VISIBILITY = ['private', 'public', 'nested public', 'nested private', 'nested family', 'nested assembly', 'nested famandassem', 'nested famorassem'];
const MEMBER_ACCESS = ['privatescope', 'private', 'famandassem', 'assembly', 'family', 'famorassem', 'public', ''];

export function typeFlags(f: number): string {
  const out = [TYPE_VISIBILITY[f & 7]!];
  if (f & 0x20) out.push('interface');
  out.push(['auto', 'sequential', 'explicit', ''][(f >>> 3) & 3]!);
  out.push(['ansi', 'unicode', 'autochar', ''][(f >>> 16) & 3]!);
  if (f & 0x80) out.push('abstract');
  if (f & 0x100) out.push('sealed');
  if (f & 0x400) out.push('specialname');
  if (f & 0x1000) out.push('import');
  if (f & 0x2000) out.push('serializable');
  if (f & 0x4000) out.push('windowsruntime');
  if (f & 0x100000) out.push('beforefieldinit');
  if (f & 0x800) out.push('rtspecialname');
  return out.filter(Boolean).join(' ');
}

export function methodFlags(f: number): string {
  const out = [MEMBER_ACCESS[f & 7]!];
  if (f & 0x80) out.push('hidebysig');
  if (f & 0x100) out.push('newslot');
  if (f & 0x800) out.push('specialname');
  if (f & 0x1000) out.push('rtspecialname');
  if (f & 0x10) out.push('static');
  if (f & 0x400) out.push('abstract');
  if (f & 0x200) out.push('strict');
  if (f & 0x40) out.push('virtual');
  if (f & 0x20) out.push('final');
  if (f & 0x8) out.push('unmanagedexp');
  if (f & 0x4000) out.push('hassecurity');
  if (f & 0x8000) out.push('reqsecobj');
  return out.filter(Boolean).join(' ');
}

export function implFlags(f: number): string {
  const out = [['cil', 'native', 'optil', 'runtime'][f & 3]!, f & 4 ? 'unmanaged' : 'managed'];
  if (f & 0x80) out.push('preservesig');
  if (f & 0x1000) out.push('internalcall');
  if (f & 0x20) out.push('synchronized');
  if (f & 0x8) out.push('noinlining');
  if (f & 0x100) out.push('aggressiveinlining');
  if (f & 0x40) out.push('nooptimization');
  if (f & 0x200) out.push('aggressiveoptimization');
  if (f & 0x10) out.push('forwardref');
  return out.join(' ');
}

export function fieldFlags(f: number): string {
  const out = [MEMBER_ACCESS[f & 7]!];
  if (f & 0x10) out.push('static');
  if (f & 0x20) out.push('initonly');
  if (f & 0x40) out.push('literal');
  if (f & 0x80) out.push('notserialized');
  if (f & 0x200) out.push('specialname');
  if (f & 0x400) out.push('rtspecialname');
  return out.filter(Boolean).join(' ');
}

function genericParamFlags(f: number): string {
  const out: string[] = [];
  if ((f & 3) === 1) out.push('+');
  if ((f & 3) === 2) out.push('-');
  if (f & 4) out.push('class');
  if (f & 8) out.push('valuetype');
  if (f & 0x20) out.push('byreflike');
  if (f & 0x10) out.push('.ctor');
  return out.join(' ');
}

/** Formats tokens and signatures as ILAsm text; every recursion is depth-limited (cycles in bad images). */
export class Namer {
  /** Formatted TypeSpecs by rid: each is formatted once ('' while in progress, to catch cycles). */
  private readonly specs = new Map<number, string>();
  constructor(readonly m: ModuleReader) {}

  private typeSpec(rid: number, depth: number): string {
    const done = this.specs.get(rid);
    if (done === '') bad(`TypeSpec ${rid} refers to itself`);
    if (done !== undefined) return done;
    this.specs.set(rid, '');
    try {
      const s = this.sig(this.m.typeSpec(rid), depth + 1);
      if (s.length > MAX_NAME) bad(`TypeSpec ${rid} formats to more than ${MAX_NAME} characters`);
      this.specs.set(rid, s);
      return s;
    } finally {
      if (this.specs.get(rid) === '') this.specs.delete(rid);
    }
  }

  private check(depth: number): void { if (depth > MAX_DEPTH) bad('type reference chain is cyclic or too deep'); }

  /** TypeDef name with enclosing types: Ns.Outer/Inner. */
  typeDefName(rid: number, depth = 0): string {
    this.check(depth);
    const [ns, n] = this.m.typeDefName(rid);
    const outer = this.m.enclosingType(rid);
    if (outer !== 0) return `${this.typeDefName(outer, depth + 1)}/${ident(n)}`;
    return ident(ns ? `${ns}.${n}` : n);
  }

  typeRefName(rid: number, depth = 0): string {
    this.check(depth);
    const r = this.m.typeRef(rid);
    const own = ident(r.namespace ? `${r.namespace}.${r.name}` : r.name);
    switch (r.scope >>> 24) {
      case T.TypeRef: return `${this.typeRefName(r.scope & 0xffffff, depth + 1)}/${ident(r.name)}`;
      case T.AssemblyRef: return `[${ident(this.m.assemblyRef(r.scope & 0xffffff).name)}]${own}`;
      case T.ModuleRef: return `[.module ${ident(this.m.moduleRefName(r.scope & 0xffffff))}]${own}`;
      default: return own;
    }
  }

  /** A type token as an instruction operand or extends/implements clause. */
  type(token: number, depth = 0): string {
    this.check(depth);
    const rid = token & 0xffffff;
    switch (token >>> 24) {
      case T.TypeDef: return this.typeDefName(rid, depth + 1);
      case T.TypeRef: return this.typeRefName(rid, depth + 1);
      case T.TypeSpec: return this.typeSpec(rid, depth);
      default: return bad(`token 0x${token.toString(16)} is not a type`);
    }
  }

  /** Whether a TypeDef/TypeRef token names a value type, for `class`/`valuetype` prefixes in signatures we build. */
  sig(t: TypeSig, depth = 0): string {
    this.check(depth);
    const d = depth + 1;
    switch (t.k) {
      case 'prim': return PRIM[t.et] ?? `/* et 0x${t.et.toString(16)} */`;
      case 'class': return `class ${this.type(t.token, d)}`;
      case 'valuetype': return `valuetype ${this.type(t.token, d)}`;
      case 'inst': return `${this.sig(t.generic, d)}<${t.args.map((a) => this.sig(a, d)).join(',')}>`;
      case 'szarray': return `${this.sig(t.elem, d)}[]`;
      case 'array': {
        const dims: string[] = [];
        for (let i = 0; i < t.rank; i++) {
          const lo = t.lobounds[i], size = t.sizes[i];
          if (lo === undefined && size === undefined) dims.push('');
          else if (size === undefined) dims.push(`${lo}...`);
          else dims.push(`${lo ?? 0}...${(lo ?? 0) + size - 1}`);
        }
        return `${this.sig(t.elem, d)}[${dims.join(',')}]`;
      }
      case 'ptr': return `${this.sig(t.elem, d)}*`;
      case 'byref': return `${this.sig(t.elem, d)}&`;
      case 'var': return `!${t.n}`;
      case 'mvar': return `!!${t.n}`;
      case 'pinned': return `${this.sig(t.elem, d)} pinned`;
      case 'mod': return `${this.sig(t.elem, d)} ${t.required ? 'modreq' : 'modopt'}(${this.type(t.modifier, d)})`;
      case 'fnptr': return `method ${this.callConv(t.sig)}${this.sig(t.sig.ret, d)} *(${this.params(t.sig, d)})`;
    }
  }

  callConv(s: MethodSig): string {
    let out = '';
    if (s.hasThis) out += 'instance ';
    if (s.explicitThis) out += 'explicit ';
    switch (s.callConv) {
      case 1: out += 'unmanaged cdecl '; break;
      case 2: out += 'unmanaged stdcall '; break;
      case 3: out += 'unmanaged thiscall '; break;
      case 4: out += 'unmanaged fastcall '; break;
      case 5: out += 'vararg '; break;
      case 9: out += 'unmanaged '; break;
      default: break;
    }
    return out;
  }

  params(s: MethodSig, depth = 0, names?: string[]): string {
    const out: string[] = [];
    s.params.forEach((p, i) => {
      if (i === s.varargStart) out.push('...');
      const n = names?.[i];
      out.push(n ? `${this.sig(p, depth + 1)} ${ident(n)}` : this.sig(p, depth + 1));
    });
    return out.join(', ');
  }

  /** The type before `::` in a member reference. */
  memberParent(token: number, depth = 0): string {
    this.check(depth);
    switch (token >>> 24) {
      case T.TypeDef: case T.TypeRef: case T.TypeSpec: return this.type(token, depth + 1);
      case T.ModuleRef: return `[.module ${ident(this.m.moduleRefName(token & 0xffffff))}]`;
      case T.MethodDef: { const owner = this.m.methodOwner(token & 0xffffff); return owner ? this.typeDefName(owner, depth + 1) : '<Module>'; }
      default: return '';
    }
  }

  private withParent(parent: string, name: string): string { return parent ? `${parent}::${ident(name)}` : ident(name); }

  /** A method token: `instance void [A]N.T::M<int32>(string)`. */
  method(token: number, depth = 0): string {
    this.check(depth);
    const rid = token & 0xffffff;
    switch (token >>> 24) {
      case T.MethodDef: {
        const s = this.m.methodSig(rid), owner = this.m.methodOwner(rid);
        const name = this.withParent(owner ? this.typeDefName(owner, depth + 1) : '', this.m.methodName(rid));
        return `${this.callConv(s)}${this.sig(s.ret, depth + 1)} ${name}(${this.params(s, depth + 1)})`;
      }
      case T.MemberRef: {
        const ref = this.m.memberRef(rid);
        const s = this.m.memberRefSig(rid);
        const name = this.withParent(this.memberParent(ref.parent, depth + 1), ref.name);
        if ('field' in s) return `${this.sig(s.field, depth + 1)} ${name}`;
        return `${this.callConv(s.method)}${this.sig(s.method.ret, depth + 1)} ${name}(${this.params(s.method, depth + 1)})`;
      }
      case T.MethodSpec: {
        const spec = this.m.methodSpec(rid);
        const inst = `<${spec.inst.map((a) => this.sig(a, depth + 1)).join(',')}>`;
        const base = this.method(spec.method, depth + 1);
        const paren = base.indexOf('(');
        return paren < 0 ? base + inst : base.slice(0, paren) + inst + base.slice(paren);
      }
      default: return bad(`token 0x${token.toString(16)} is not a method`);
    }
  }

  /** A field token: `int32 N.T::f`. */
  field(token: number, depth = 0): string {
    const rid = token & 0xffffff;
    if (token >>> 24 === T.Field) {
      const owner = this.m.fieldOwner(rid);
      return `${this.sig(this.m.fieldSig(rid), depth + 1)} ${this.withParent(owner ? this.typeDefName(owner, depth + 1) : '', this.m.field(rid).name)}`;
    }
    return this.method(token, depth);
  }

  /** Formatted operands by token (and whether ldtoken's prefix applies): calls repeat a lot. */
  private readonly operands = new Map<number, string>();

  /** An instruction's token operand, per its opcode. */
  operand(op: string, token: number): string {
    const table = token >>> 24;
    if (table === 0x70) return quoteString(this.m.userString(token));
    const key = op === 'ldtoken' ? -token - 1 : op === 'calli' ? token + 2 ** 32 : token;
    let s = this.operands.get(key);
    if (s === undefined) { s = this.formatOperand(op, token); this.operands.set(key, s); }
    return s;
  }

  private formatOperand(op: string, token: number): string {
    const table = token >>> 24;
    this.m.checkToken(token);
    if (op === 'calli') {
      const s = this.m.standAloneSig(token & 0xffffff);
      if (!('method' in s)) bad(`calli token 0x${token.toString(16)} is not a method signature`);
      return `${this.callConv(s.method)}${this.sig(s.method.ret)}(${this.params(s.method)})`;
    }
    switch (table) {
      case T.MethodDef: case T.MethodSpec: return op === 'ldtoken' ? `method ${this.method(token)}` : this.method(token);
      case T.MemberRef: {
        const isField = 'field' in this.m.memberRefSig(token & 0xffffff);
        return op === 'ldtoken' ? `${isField ? 'field' : 'method'} ${this.method(token)}` : this.method(token);
      }
      case T.Field: return op === 'ldtoken' ? `field ${this.field(token)}` : this.field(token);
      case T.TypeDef: case T.TypeRef: case T.TypeSpec: return this.type(token);
      default: return bad(`${op}: token 0x${token.toString(16)} has an unexpected table`);
    }
  }
}

/** Parsed `Namespace.Type::Method` / `Namespace.Type` filter; nested types as Outer/Inner or Outer+Inner. */
interface Filter { type: string; method: string | null }

function parseFilter(f: string | undefined): Filter | null {
  if (!f) return null;
  const i = f.indexOf('::');
  const type = (i < 0 ? f : f.slice(0, i)).replace(/\+/g, '/');
  return { type, method: i < 0 ? null : f.slice(i + 2) };
}

/** Whether a type's full name (Ns.Outer/Inner, with `N arity) matches the filter, with or without the arity. */
function typeMatches(fullName: string, want: string): boolean {
  return fullName === want || fullName.replace(/`\d+/g, '') === want;
}

class Disassembler {
  readonly out: string[] = [];
  readonly names: Namer;
  private readonly printedBodies = new Map<number, string>();
  private nested: Map<number, number[]> | undefined;

  /** Characters left to print: a generous multiple of the file size (CoreLib prints ~3.5x). */
  private budget: number;

  constructor(readonly m: ModuleReader, readonly resolveEnum: EnumResolver = m.localEnumResolver) {
    this.names = new Namer(m);
    this.budget = 16 * 2 ** 20 + 64 * m.bytes.length;
  }

  line(indent: number, s: string): void {
    this.budget -= s.length + 2 * indent + 1;
    if (this.budget < 0) throw new OutputBudgetSpent();
    this.out.push('  '.repeat(indent) + s);
  }

  /** Runs a printing step; a BadImageFormatError becomes a comment, anything else is a bug and propagates. */
  guard(indent: number, what: string, f: () => void): void {
    try { f(); } catch (e) {
      if (!(e instanceof BadImageFormatError)) throw e;
      this.line(indent, `// bad image in ${what}: ${e.message}`);
    }
  }

  // ---- Manifest ----

  header(): void {
    const m = this.m, md = m.md;
    this.line(0, `// dotnode il: ${m.name} ${m.version}, metadata ${md.version}`);
    for (let rid = 1; rid <= md.rowCount(T.AssemblyRef); rid++) {
      this.guard(0, `AssemblyRef ${rid}`, () => {
        const a = m.assemblyRef(rid);
        this.line(0, `.assembly extern ${ident(a.name)}`);
        this.line(0, '{');
        if (a.publicKeyOrToken.length) this.line(1, `.${a.flags & 1 ? 'publickey' : 'publickeytoken'} = (${bytesHex(a.publicKeyOrToken)} )`);
        this.line(1, `.ver ${a.version.replace(/\./g, ':')}`);
        if (a.culture) this.line(1, `.culture "${a.culture}"`);
        this.line(0, '}');
      });
    }
    this.guard(0, 'Assembly', () => {
      const a = m.assembly();
      if (!a) return;
      this.line(0, `.assembly ${ident(a.name)}`);
      this.line(0, '{');
      this.customAttributes(1, (T.Assembly << 24) | 1);
      if (a.publicKey.length) this.line(1, `.publickey = (${bytesHex(a.publicKey)} )`);
      this.line(1, `.hash algorithm 0x${hex(a.hashAlgId, 8)}`);
      this.line(1, `.ver ${a.version.replace(/\./g, ':')}`);
      if (a.culture) this.line(1, `.culture "${a.culture}"`);
      this.line(0, '}');
    });
    for (let rid = 1; rid <= md.rowCount(T.ExportedType); rid++) {
      this.guard(0, `ExportedType ${rid}`, () => {
        const e = m.exportedType(rid);
        const nested = e.implementation >>> 24 === T.ExportedType;
        const name = nested ? e.name : m.exportedTypeFullName(rid);
        this.line(0, `.class extern ${e.forwarder ? 'forwarder ' : ''}${ident(name)}`);
        this.line(0, '{');
        const impl = e.implementation;
        if (impl >>> 24 === T.AssemblyRef) this.line(1, `.assembly extern ${ident(m.assemblyRef(impl & 0xffffff).name)}`);
        else if (impl >>> 24 === T.File) this.line(1, `.file ${ident(m.file(impl & 0xffffff).name)}`);
        else if (impl >>> 24 === T.ExportedType) this.line(1, `.class extern ${ident(m.exportedTypeFullName(impl & 0xffffff).replace(/\+/g, '/'))}`);
        this.line(0, '}');
      });
    }
    for (let rid = 1; rid <= md.rowCount(T.ManifestResource); rid++) {
      this.guard(0, `ManifestResource ${rid}`, () => {
        const r = m.manifestResource(rid);
        this.line(0, `.mresource ${(r.flags & 7) === 1 ? 'public' : 'private'} ${ident(r.name)}`);
        this.line(0, '{');
        const data = m.resourceData(rid);
        if (data) this.line(1, `// Offset: 0x${hex(r.offset, 8)} Length: 0x${hex(data.length, 8)}`);
        else if (r.implementation >>> 24 === T.AssemblyRef) this.line(1, `.assembly extern ${ident(m.assemblyRef(r.implementation & 0xffffff).name)}`);
        else if (r.implementation >>> 24 === T.File) this.line(1, `.file ${ident(m.file(r.implementation & 0xffffff).name)} at 0x${hex(r.offset, 8)}`);
        this.line(0, '}');
      });
    }
    this.guard(0, 'Module', () => {
      this.line(0, `.module ${ident(m.moduleName())}`);
      this.customAttributes(0, (T.Module << 24) | 1);
      const ep = m.entryPointToken;
      if (ep) this.line(0, `// entry point: ${ep >>> 24 === T.MethodDef ? this.names.method(ep) : `token 0x${hex(ep, 8)}`}`);
    });
  }

  // ---- Custom attributes ----

  /** `.custom ctor = ( raw bytes )`, each followed by its decoded arguments as a comment. */
  customAttributes(indent: number, parent: number): void {
    for (const r of this.caRows(parent)) {
      this.guard(indent, `CustomAttribute ${r.rid}`, () => {
        const row = this.m.customAttribute(r.rid);
        this.line(indent, `.custom ${this.names.method(row.ctor)} = ( ${bytesHex(this.m.blobBytes(row.blob))} )`);
        // Decoding needs the underlying type of enums from other assemblies, which a lone module
        // may not know: a failure here is reported as such, not as a bad image.
        let text: string;
        try { text = this.formatCA(row.ctor, this.m.customAttributeValue(r.rid, this.resolveEnum)); } catch (e) {
          if (!(e instanceof BadImageFormatError)) throw e;
          text = `arguments not decoded: ${e.message}`;
        }
        this.line(indent, `// ${text}`);
      });
    }
  }

  private caRows(parent: number): { rid: number; ctor: number }[] {
    try {
      const key = this.m.md.encodeCoded('HasCustomAttribute', parent);
      return this.m.md.findRows(T.CustomAttribute, 0, key).map((rid) => ({ rid, ctor: this.m.md.codedCell(T.CustomAttribute, rid, 1) }));
    } catch (e) { if (e instanceof BadImageFormatError) return []; throw e; }
  }

  private formatCA(ctor: number, v: CustomAttributeValue): string {
    let type = '?';
    if (ctor >>> 24 === T.MethodDef) { const o = this.m.methodOwner(ctor & 0xffffff); if (o) type = this.names.typeDefName(o); } else if (ctor >>> 24 === T.MemberRef) type = this.names.memberParent(this.m.memberRef(ctor & 0xffffff).parent);
    const args = [...v.fixed.map((a) => formatCAValue(a.value)), ...v.named.map((n) => `${n.name} = ${formatCAValue(n.value)}`)];
    return `${type}(${args.join(', ')})`;
  }

  // ---- Types ----

  private nestedOf(rid: number): number[] {
    if (!this.nested) {
      this.nested = new Map();
      const md = this.m.md;
      for (let i = 1; i <= md.rowCount(T.NestedClass); i++) {
        const inner = md.cell(T.NestedClass, i, 0), outer = md.cell(T.NestedClass, i, 1);
        const list = this.nested.get(outer) ?? [];
        list.push(inner);
        this.nested.set(outer, list);
      }
    }
    return this.nested.get(rid) ?? [];
  }

  genericParamList(owner: number): string {
    const gps = this.m.genericParams(owner);
    if (!gps.length) return '';
    return `<${gps.map((g) => {
      const cons = this.m.genericParamConstraints(g.rid).map((c) => this.names.type(c));
      const flags = genericParamFlags(g.flags);
      return `${flags ? flags + ' ' : ''}${cons.length ? `(${cons.join(', ')}) ` : ''}${ident(g.name)}`;
    }).join(', ')}>`;
  }

  /** Prints a type; `full` prints its full name (top-level or filtered), else just its own name (nested). */
  type(rid: number, indent: number, full: boolean, seen: Set<number>, methodFilter: string | null): void {
    if (seen.has(rid)) { this.line(indent, `// bad image: TypeDef ${rid} is nested in itself`); return; }
    if (indent > MAX_NESTING) { this.line(indent, `// bad image: TypeDef ${rid} is nested too deeply`); return; }
    seen.add(rid);
    const m = this.m;
    let td: ReturnType<ModuleReader['typeDef']> | undefined;
    this.guard(indent, `TypeDef ${rid}`, () => {
      td = m.typeDef(rid);
      const name = full ? this.names.typeDefName(rid) : ident(m.typeDefName(rid)[1]);
      this.line(indent, `.class ${typeFlags(td.flags)} ${name}${this.genericParamList((T.TypeDef << 24) | rid)}`);
      if (td.extends !== 0) this.line(indent + 3, `extends ${this.names.type(td.extends)}`);
      const ifaces = m.interfaceImpls(rid);
      if (ifaces.length) this.line(indent + 3, `implements ${ifaces.map((i) => this.names.type(i)).join(',\n' + '  '.repeat(indent + 8))}`);
    });
    if (!td) return;
    this.line(indent, '{');
    const inner = indent + 1;
    if (!methodFilter) {
      this.customAttributes(inner, (T.TypeDef << 24) | rid);
      this.guard(inner, 'class layout', () => {
        const layout = m.classLayout(rid);
        if (layout) { this.line(inner, `.pack ${layout.pack}`); this.line(inner, `.size ${layout.size}`); }
      });
      for (const n of this.nestedOf(rid)) this.type(n, inner, false, seen, null);
      let fields: number[] = [];
      this.guard(inner, 'field list', () => { fields = m.fieldsOf(rid); });
      for (const f of fields) this.guard(inner, `Field ${f}`, () => this.fieldDecl(f, inner));
    }
    let methods: number[] = [];
    this.guard(inner, 'method list', () => { methods = m.methodsOf(rid); });
    for (const md of methods) {
      if (methodFilter !== null) {
        let name = '';
        try { name = m.methodName(md); } catch (e) { if (!(e instanceof BadImageFormatError)) throw e; }
        if (name !== methodFilter) continue;
      }
      this.guard(inner, `MethodDef ${md}`, () => this.method(md, inner));
    }
    if (!methodFilter) {
      this.guard(inner, 'properties', () => { for (const p of m.propertiesOf(rid)) this.guard(inner, `Property ${p}`, () => this.property(p, inner)); });
      this.guard(inner, 'events', () => { for (const e of m.eventsOf(rid)) this.guard(inner, `Event ${e}`, () => this.event(e, inner)); });
    }
    let own = `TypeDef ${rid}`;
    try { own = this.names.typeDefName(rid); } catch (e) { if (!(e instanceof BadImageFormatError)) throw e; }
    this.line(indent, `} // end of class ${own}`);
  }

  private constantSuffix(token: number): string {
    const c = this.m.constantValue(token);
    if (!c) return '';
    const v = c.value;
    switch (c.type) {
      case ET.STRING: return ` = ${quoteString(v as string)}`;
      case ET.CLASS: return ' = nullref';
      case ET.BOOLEAN: return ` = bool(${v})`;
      case ET.CHAR: return ` = char(0x${hex((v as string).charCodeAt(0), 4)})`;
      case ET.R4: return ` = float32(${formatFloat(v as number, 32)})`;
      case ET.R8: return ` = float64(${formatFloat(v as number, 64)})`;
      default: return ` = ${PRIM[c.type]}(${v})`;
    }
  }

  private fieldDecl(rid: number, indent: number): void {
    const m = this.m;
    const f = m.field(rid);
    const token = (T.Field << 24) | rid;
    const off = m.fieldLayoutOffset(rid);
    let s = `.field ${off >= 0 ? `[${off}] ` : ''}${fieldFlags(f.flags)} ${this.names.sig(m.fieldSig(rid))}`;
    if (f.flags & 0x1000) { const mar = m.fieldMarshal(token); if (mar) s += ` marshal(${bytesHex(mar)})`; }
    s += ` ${ident(f.name)}`;
    if (f.flags & 0x8000) s += this.constantSuffix(token);
    if (f.flags & 0x100) { const at = m.fieldDataOffset(rid, 0); s += ` at D_${hex(at, 8)}`; }
    this.line(indent, s);
    this.customAttributes(indent, token);
  }

  // ---- Methods ----

  private method(rid: number, indent: number): void {
    const m = this.m;
    const def = m.methodDef(rid);
    const sig = m.methodSig(rid);
    const token = (T.MethodDef << 24) | rid;
    const params = m.paramsOf(rid).map((p) => ({ rid: p, ...m.param(p) }));
    const names: string[] = [];
    const decorated = sig.params.map(() => '');
    for (const p of params) {
      if (p.sequence >= 1 && p.sequence <= sig.params.length) {
        names[p.sequence - 1] = p.name;
        const io = [p.flags & 1 ? '[in]' : '', p.flags & 2 ? '[out]' : '', p.flags & 0x10 ? '[opt]' : ''].filter(Boolean).join('');
        decorated[p.sequence - 1] = io;
      }
    }
    let pinvoke = '';
    if (def.flags & 0x2000) {
      const im = m.implMap(token);
      if (im) pinvoke = `pinvokeimpl("${m.moduleRefName(im.scope)}"${im.importName !== def.name ? ` as "${im.importName}"` : ''}) `;
    }
    const plist = sig.params.map((p, i) => {
      const pre = (i === sig.varargStart ? '..., ' : '') + (decorated[i] ? decorated[i] + ' ' : '');
      return `${pre}${this.names.sig(p)}${names[i] ? ' ' + ident(names[i]!) : ''}`;
    });
    this.line(indent, `.method ${methodFlags(def.flags)} ${pinvoke}${this.names.callConv(sig)}${this.names.sig(sig.ret)} ${ident(def.name)}${this.genericParamList(token)}(${plist.join(', ')}) ${implFlags(def.implFlags)}`);
    this.line(indent, '{');
    const inner = indent + 1;
    if (m.entryPointToken === token) this.line(inner, '.entrypoint');
    this.customAttributes(inner, token);
    for (const p of params) {
      this.guard(inner, `Param ${p.rid}`, () => {
        const pt = (T.Param << 24) | p.rid;
        const cst = p.flags & 0x1000 ? this.constantSuffix(pt) : '';
        const cas = this.caRows(pt);
        if (cst || cas.length) { this.line(inner, `.param [${p.sequence}]${cst}`); this.customAttributes(inner, pt); }
      });
    }
    this.guard(inner, 'overrides', () => {
      const owner = m.methodOwner(rid);
      if (!owner) return;
      for (const [body, decl] of m.methodImpls(owner)) if (body === token) this.line(inner, `.override method ${this.names.method(decl)}`);
    });
    if (def.rva !== 0) this.guard(inner, 'method body', () => { const b = m.methodBody(rid); if (b) this.body(b, inner, `${ident(def.name)}`); });
    this.line(indent, `} // end of method ${ident(def.name)}`);
  }

  private body(b: MethodBody, indent: number, name: string): void {
    const shared = this.printedBodies.get(b.codeOffset);
    if (shared !== undefined) { this.line(indent, `// method body at file offset 0x${hex(b.codeOffset, 8)} is shared with ${shared}`); return; }
    this.printedBodies.set(b.codeOffset, name);
    this.line(indent, `// code size ${b.code.length} (0x${b.code.length.toString(16)})`);
    this.line(indent, `.maxstack  ${b.maxStack}`);
    if (b.localsToken !== 0) {
      this.guard(indent, 'locals', () => {
        const locals = this.m.localsSig(b.localsToken);
        const list = locals.map((l, i) => `${this.names.sig(l)} V_${i}`);
        this.line(indent, `.locals ${b.initLocals ? 'init ' : ''}(${list.join(',\n' + '  '.repeat(indent) + '           ')})`);
      });
    }
    const onError = (msg: string, off: number): never => bad(`IL: ${msg}`, b.codeOffset + off);
    const instrs: Instr[] = [];
    this.guard(indent, 'IL', () => { for (const i of decodeIL(b.code, onError)) instrs.push(i); });
    for (const ins of instrs) this.guard(indent, label(ins.offset), () => this.line(indent, this.instruction(ins)));
    for (const c of b.clauses) {
      this.guard(indent, 'EH clause', () => {
        const tr = `.try ${label(c.tryStart)} to ${label(c.tryEnd)}`;
        const h = `handler ${label(c.handlerStart)} to ${label(c.handlerEnd)}`;
        switch (c.kind) {
          case EHKind.Catch: this.line(indent, `${tr} catch ${this.names.type(c.classToken)} ${h}`); break;
          case EHKind.Filter: this.line(indent, `${tr} filter ${label(c.filterStart)} ${h}`); break;
          case EHKind.Finally: this.line(indent, `${tr} finally ${h}`); break;
          case EHKind.Fault: this.line(indent, `${tr} fault ${h}`); break;
        }
      });
    }
  }

  instruction(ins: Instr): string {
    const head = `${label(ins.offset)}:  ${ins.op.name}`;
    const pad = head.length >= label(ins.offset).length + 13 ? `${head} ` : head.padEnd(label(ins.offset).length + 14);
    switch (ins.op.operand) {
      case Operand.None: return head;
      case Operand.I8: case Operand.I32: case Operand.Var8: case Operand.Var16: return `${pad}${ins.operand}`;
      case Operand.I64: return `${pad}0x${BigInt.asUintN(64, ins.operand64!).toString(16)}`;
      case Operand.R4: return `${pad}${formatFloat(ins.operand, 32)}`;
      case Operand.R8: return `${pad}${formatFloat(ins.operand, 64)}`;
      case Operand.Branch8: case Operand.Branch32: return `${pad}${label(ins.operand)}`;
      case Operand.Switch: return `${pad}( ${ins.targets!.map(label).join(',\n' + ' '.repeat(pad.length + 6))})`;
      case Operand.Token: return `${pad}${this.names.operand(ins.op.name, ins.operand)}`;
    }
  }

  // ---- Properties and events ----

  private accessors(indent: number, assoc: number, kinds: [number, string][]): void {
    for (const s of this.m.semantics(assoc)) {
      const kind = kinds.find(([bit]) => s.semantics & bit)?.[1] ?? '.other';
      this.line(indent, `${kind} ${this.names.method((T.MethodDef << 24) | s.method)}`);
    }
  }

  private property(rid: number, indent: number): void {
    const m = this.m;
    const p = m.property(rid);
    const s = m.propertySig(rid);
    const token = (T.Property << 24) | rid;
    const flags = [p.flags & 0x200 ? 'specialname' : '', p.flags & 0x400 ? 'rtspecialname' : ''].filter(Boolean).join(' ');
    this.line(indent, `.property ${flags ? flags + ' ' : ''}${s.hasThis ? 'instance ' : ''}${this.names.sig(s.type)} ${ident(p.name)}(${s.params.map((x) => this.names.sig(x)).join(', ')})${p.flags & 0x1000 ? this.constantSuffix(token) : ''}`);
    this.line(indent, '{');
    this.customAttributes(indent + 1, token);
    this.accessors(indent + 1, token, [[1, '.set'], [2, '.get'], [4, '.other']]);
    this.line(indent, '}');
  }

  private event(rid: number, indent: number): void {
    const m = this.m;
    const e = m.event(rid);
    const token = (T.Event << 24) | rid;
    this.line(indent, `.event ${e.flags & 0x200 ? 'specialname ' : ''}${e.type ? this.names.type(e.type) + ' ' : ''}${ident(e.name)}`);
    this.line(indent, '{');
    this.customAttributes(indent + 1, token);
    this.accessors(indent + 1, token, [[8, '.addon'], [0x10, '.removeon'], [0x20, '.fire'], [4, '.other']]);
    this.line(indent, '}');
  }

  // ---- Whole module ----

  all(filter: Filter | null): void {
    const m = this.m;
    const n = m.md.rowCount(T.TypeDef);
    if (!filter) {
      this.header();
      for (let rid = 1; rid <= n; rid++) {
        let outer = 0;
        this.guard(0, `TypeDef ${rid}`, () => { outer = m.enclosingType(rid); });
        if (outer !== 0) continue;
        this.line(0, '');
        this.type(rid, 0, true, new Set(), null);
      }
      return;
    }
    let found = 0;
    for (let rid = 1; rid <= n; rid++) {
      let name = '';
      this.guard(0, `TypeDef ${rid}`, () => { name = this.names.typeDefName(rid).replace(/'/g, ''); });
      if (!typeMatches(name, filter.type)) continue;
      found++;
      this.type(rid, 0, true, new Set(), filter.method);
    }
    if (!found) this.line(0, `// no type matches '${filter.type}'`);
  }
}

export interface DisasmOptions {
  /** Underlying types of enums in custom attribute arguments (see enums.ts makeEnumResolver). */
  resolveEnum?: EnumResolver;
}

/**
 * Disassembles a module to ildasm-like text. `filter` limits the output to one type
 * (`Namespace.Type`, nested as `Outer/Inner` or `Outer+Inner`, arity optional) or to the methods
 * of a given name in it (`Namespace.Type::Method`).
 */
export function disassemble(m: ModuleReader, filter?: string, options: DisasmOptions = {}): string {
  const d = new Disassembler(m, options.resolveEnum);
  try {
    d.all(parseFilter(filter));
  } catch (e) {
    if (!(e instanceof OutputBudgetSpent)) throw e;
    d.out.push('// output truncated: the module prints far more text than its size warrants (a malformed image?)');
  }
  return d.out.join('\n') + '\n';
}
