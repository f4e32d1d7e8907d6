import { decodeConstant } from './constants.js';
import type { EnumResolver } from './custom-attributes.js';
import { BadImageFormatError, bad } from './errors.js';
import type { MethodBody } from './method-body.js';
import type { ModuleReader } from './module-reader.js';
import { decodeIL, Operand } from './opcodes.js';
import { TABLES, T, tableName, type Col, type TableDef } from './schema.js';
import type { MethodSig, TypeSig } from './signatures.js';

/**
 * A full validation walk of one module: every row of every table, every signature, every method
 * body with its EH clauses and IL, every token operand, every custom attribute, constant,
 * exported type and embedded resource. Anything malformed raises BadImageFormatError; a module
 * that passes can be used by the runtime without further structural checks. Work is bounded by
 * the file size: signatures and bodies shared by several rows are decoded once.
 */
export interface DecodeCounts {
  rows: number; types: number; methods: number; fields: number; bodies: number; instructions: number;
  signatures: number; tokens: number; ehClauses: number; customAttributes: number; constants: number;
  exportedTypes: number; resources: number;
}

export interface DecodeOptions {
  /** Enum resolver for custom attribute blobs; the module's own enums by default. */
  resolveEnum?: EnumResolver;
}

/** Columns that start a member list: they may point one past the end of the child table (II.22). */
const LIST_COLUMNS = new Set(['FieldList', 'MethodList', 'ParamList', 'EventList', 'PropertyList']);

const TYPE_TABLES = [T.TypeDef, T.TypeRef, T.TypeSpec];
const METHOD_TABLES = [T.MethodDef, T.MemberRef, T.MethodSpec];
const FIELD_TABLES = [T.Field, T.MemberRef];

/** Which tables the token operand of each token-taking opcode may name (Partition III). */
function tokenTables(op: string): readonly number[] {
  switch (op) {
    case 'call': case 'callvirt': case 'newobj': case 'jmp': case 'ldftn': case 'ldvirtftn': return METHOD_TABLES;
    case 'calli': return [T.StandAloneSig];
    case 'ldfld': case 'ldflda': case 'stfld': case 'ldsfld': case 'ldsflda': case 'stsfld': return FIELD_TABLES;
    case 'ldstr': return [0x70];
    case 'ldtoken': return [...TYPE_TABLES, T.MethodDef, T.MemberRef, T.MethodSpec, T.Field];
    default: return TYPE_TABLES;
  }
}

class Walker {
  readonly c: DecodeCounts = {
    rows: 0, types: 0, methods: 0, fields: 0, bodies: 0, instructions: 0, signatures: 0, tokens: 0,
    ehClauses: 0, customAttributes: 0, constants: 0, exportedTypes: 0, resources: 0,
  };
  private readonly seenSigs = new Set<string>();
  private readonly seenBodies = new Set<number>();
  private readonly memberRefIsField = new Map<number, boolean>();

  constructor(readonly m: ModuleReader, readonly opts: DecodeOptions) {}

  run(): DecodeCounts {
    const md = this.m.md;
    if (md.rowCount(T.Module) !== 1) bad(`the Module table has ${md.rowCount(T.Module)} rows, not one (II.22.30)`, this.m.pe.offsetOf(this.m.pe.cli.metadataRva));
    if (md.rowCount(T.Assembly) > 1) bad(`the Assembly table has ${md.rowCount(T.Assembly)} rows (II.22.2 allows one)`);
    this.rowsOfAllTables();
    this.types();
    this.fields();
    this.methods();
    this.standaloneSignatures();
    this.customAttributes();
    this.constants();
    this.manifest();
    // II.25.3.3: the entry point is a MethodDef or File token, unless the image has a native
    // entry point (COMIMAGE_FLAGS_NATIVE_ENTRYPOINT, 0x10), when it is an RVA.
    const ep = this.m.entryPointToken;
    if (ep !== 0 && !(this.m.pe.cli.flags & 0x10)) this.token(ep, [T.MethodDef, T.File], this.m.pe.cliOffset + 20);
    return this.c;
  }

  /** II.22: every cell of every row, each heap index and row reference checked. */
  private rowsOfAllTables(): void {
    const md = this.m.md;
    for (const def of TABLES) {
      if (!def) continue;
      const n = md.rowCount(def.id);
      for (let rid = 1; rid <= n; rid++) this.row(def, rid);
      this.c.rows += n;
    }
  }

  private row(def: TableDef, rid: number): void {
    const md = this.m.md;
    def.cols.forEach((col, i) => {
      try { this.cell(def, rid, col, i); } catch (e) {
        // Heap and row-range errors do not know which cell held the index: say so.
        if (e instanceof BadImageFormatError && e.offset < 0) throw new BadImageFormatError(`${e.reason} (${def.name} row ${rid}, ${col.name})`, md.cellOffset(def.id, rid, i));
        throw e;
      }
    });
  }

  private cell(def: TableDef, rid: number, col: Col, i: number): void {
    const md = this.m.md;
    switch (col.kind) {
      case 'string': md.string(md.cell(def.id, rid, i)); break;
      case 'guid': md.guid(md.cell(def.id, rid, i)); break;
      case 'blob': md.blob(md.cell(def.id, rid, i)); break;
      case 'coded': md.codedCell(def.id, rid, i); break;
      case 'table': {
        if (LIST_COLUMNS.has(col.name)) { md.listRange(def.id, rid, i, col.table); break; }
        const v = md.cell(def.id, rid, i);
        if (v < 1 || v > md.rowCount(col.table)) bad(`${def.name} row ${rid}: ${col.name} refers to missing ${tableName(col.table)} row ${v}`);
        break;
      }
      default: md.cell(def.id, rid, i);
    }
  }

  // ---- Tokens and signatures ----

  /** Checks a token's table and row; `at` is where the token was read, when known. */
  private token(token: number, allowed: readonly number[], at = -1): number {
    const table = token >>> 24;
    if (!allowed.includes(table)) bad(`token 0x${token.toString(16)} names a ${tableName(table)} where ${allowed.map(tableName).join('/')} is expected`, at);
    this.c.tokens++;
    try { return this.m.checkToken(token); } catch (e) {
      if (e instanceof BadImageFormatError && e.offset < 0 && at >= 0) throw new BadImageFormatError(e.reason, at);
      throw e;
    }
  }

  /** Every type token inside a signature must name an existing row (II.23.2.8). */
  private sigType(t: TypeSig, depth = 0): void {
    if (depth > 256) bad('signature nested too deeply');
    switch (t.k) {
      case 'class': case 'valuetype': this.token(t.token, TYPE_TABLES); break;
      case 'mod': this.token(t.modifier, TYPE_TABLES); this.sigType(t.elem, depth + 1); break;
      case 'inst': this.sigType(t.generic, depth + 1); for (const a of t.args) this.sigType(a, depth + 1); break;
      case 'szarray': case 'array': case 'ptr': case 'byref': case 'pinned': this.sigType(t.elem, depth + 1); break;
      case 'fnptr': this.sigMethod(t.sig, depth + 1); break;
      default: break;
    }
  }

  private sigMethod(s: MethodSig, depth = 0): void {
    this.sigType(s.ret, depth + 1);
    for (const p of s.params) this.sigType(p, depth + 1);
  }

  /** Runs `decode` once per (kind, blob index): rows sharing a blob share its decoding. */
  private once(kind: string, blob: number, decode: () => void): void {
    const key = `${kind}:${blob}`;
    if (this.seenSigs.has(key)) return;
    this.seenSigs.add(key);
    decode();
    this.c.signatures++;
  }

  // ---- Types, fields, methods ----

  private types(): void {
    const m = this.m, md = m.md;
    const n = md.rowCount(T.TypeDef);
    for (let rid = 1; rid <= n; rid++) {
      const td = m.typeDef(rid);
      m.typeDefFullName(rid);
      if (td.extends !== 0) this.token(td.extends, TYPE_TABLES);
      for (const i of m.interfaceImpls(rid)) this.token(i, TYPE_TABLES);
      for (const [body, decl] of m.methodImpls(rid)) { this.token(body, [T.MethodDef, T.MemberRef]); this.token(decl, [T.MethodDef, T.MemberRef]); }
      this.genericParams((T.TypeDef << 24) | rid);
      m.classLayout(rid);
      for (const p of m.propertiesOf(rid)) {
        m.property(p);
        this.once('property', m.property(p).sigBlob, () => { const s = m.propertySig(p); this.sigType(s.type); for (const x of s.params) this.sigType(x); });
        for (const s of m.semantics((T.Property << 24) | p)) this.token((T.MethodDef << 24) | s.method, [T.MethodDef]);
      }
      for (const e of m.eventsOf(rid)) {
        const ev = m.event(e);
        if (ev.type !== 0) this.token(ev.type, TYPE_TABLES);
        for (const s of m.semantics((T.Event << 24) | e)) this.token((T.MethodDef << 24) | s.method, [T.MethodDef]);
      }
      this.c.types++;
    }
  }

  private genericParams(owner: number): void {
    for (const gp of this.m.genericParams(owner)) {
      for (const c of this.m.genericParamConstraints(gp.rid)) this.token(c, TYPE_TABLES);
    }
  }

  private fields(): void {
    const m = this.m, md = m.md;
    const n = md.rowCount(T.Field);
    for (let rid = 1; rid <= n; rid++) {
      const f = m.field(rid);
      this.once('field', md.cell(T.Field, rid, 2), () => this.sigType(m.fieldSig(rid)));
      if (f.flags & 0x0100) m.fieldDataOffset(rid, 0); // HasFieldRVA: the data must be mapped
      m.fieldLayoutOffset(rid);
      this.c.fields++;
    }
  }

  private methods(): void {
    const m = this.m, md = m.md;
    const n = md.rowCount(T.MethodDef);
    for (let rid = 1; rid <= n; rid++) {
      const def = m.methodDef(rid);
      this.once('method', def.sigBlob, () => this.sigMethod(m.methodSig(rid)));
      for (const p of m.paramsOf(rid)) m.param(p);
      this.genericParams((T.MethodDef << 24) | rid);
      m.implMap((T.MethodDef << 24) | rid);
      const body = m.methodBody(rid);
      if (body) this.body(body);
      this.c.methods++;
    }
  }

  private standaloneSignatures(): void {
    const m = this.m, md = m.md;
    for (let rid = 1, n = md.rowCount(T.MemberRef); rid <= n; rid++) {
      const ref = m.memberRef(rid);
      if (ref.parent !== 0) this.token(ref.parent, [T.TypeDef, T.TypeRef, T.ModuleRef, T.MethodDef, T.TypeSpec]);
      this.once('memberref', ref.sigBlob, () => {
        const s = m.memberRefSig(rid);
        if ('field' in s) this.sigType(s.field); else this.sigMethod(s.method);
      });
    }
    for (let rid = 1, n = md.rowCount(T.StandAloneSig); rid <= n; rid++) {
      this.once('standalone', md.cell(T.StandAloneSig, rid, 0), () => {
        const s = m.standAloneSig(rid);
        if ('locals' in s) for (const l of s.locals) this.sigType(l);
        else if ('field' in s) this.sigType(s.field);
        else this.sigMethod(s.method);
      });
    }
    for (let rid = 1, n = md.rowCount(T.TypeSpec); rid <= n; rid++) {
      this.once('typespec', md.cell(T.TypeSpec, rid, 0), () => this.sigType(m.typeSpec(rid)));
    }
    for (let rid = 1, n = md.rowCount(T.MethodSpec); rid <= n; rid++) {
      const spec = m.methodSpec(rid);
      this.token(spec.method, [T.MethodDef, T.MemberRef]);
      this.once('methodspec', md.cell(T.MethodSpec, rid, 1), () => { for (const a of spec.inst) this.sigType(a); });
    }
  }

  // ---- Method bodies (II.25.4) and IL (Partition III) ----

  private body(b: MethodBody): void {
    this.c.bodies++;
    if (this.seenBodies.has(b.codeOffset)) return; // another method shares these bytes
    this.seenBodies.add(b.codeOffset);
    if (b.localsToken !== 0) {
      this.token(b.localsToken, [T.StandAloneSig], b.codeOffset - 4); // the fat header's LocalVarSigTok
      for (const l of this.m.localsSig(b.localsToken)) this.sigType(l);
    }
    const starts = new Uint8Array(b.code.length + 1);
    starts[b.code.length] = 1;
    const branches: [number, number][] = [];
    const onError = (msg: string, off: number): never => bad(`IL: ${msg}`, b.codeOffset + off);
    for (const ins of decodeIL(b.code, onError)) {
      starts[ins.offset] = 1;
      this.c.instructions++;
      switch (ins.op.operand) {
        case Operand.Token: this.operandToken(ins.op.name, ins.operand, b.codeOffset + ins.offset); break;
        case Operand.Branch8: case Operand.Branch32: branches.push([ins.offset, ins.operand]); break;
        case Operand.Switch: for (const t of ins.targets!) branches.push([ins.offset, t]); break;
        default: break;
      }
    }
    for (const [from, to] of branches) {
      if (!(to >= 0 && to < b.code.length && starts[to])) bad(`IL_${hex4(from)}: branch target IL_${hex4(to)} is not an instruction`, b.codeOffset + from);
    }
    for (const c of b.clauses) {
      this.c.ehClauses++;
      for (const [what, off] of [['try start', c.tryStart], ['try end', c.tryEnd], ['handler start', c.handlerStart], ['handler end', c.handlerEnd]] as const) {
        if (!starts[off]) bad(`EH clause ${what} IL_${hex4(off)} is not an instruction boundary`, b.codeOffset);
      }
      if (c.kind === 0) this.token(c.classToken, TYPE_TABLES, b.codeOffset);
      if (c.kind === 1 && !starts[c.filterStart]) bad(`EH filter IL_${hex4(c.filterStart)} is not an instruction boundary`, b.codeOffset);
    }
  }

  private operandToken(op: string, token: number, at: number): void {
    const table = token >>> 24;
    const allowed = tokenTables(op);
    if (!allowed.includes(table)) bad(`${op}: token 0x${token.toString(16)} names a ${tableName(table)}`, at);
    this.c.tokens++;
    try { this.m.checkToken(token); } catch (e) {
      if (e instanceof BadImageFormatError && e.offset < 0) throw new BadImageFormatError(`${op}: ${e.reason}`, at);
      throw e;
    }
    if (table === T.MemberRef) {
      const rid = token & 0xffffff;
      let isField = this.memberRefIsField.get(rid);
      if (isField === undefined) { isField = 'field' in this.m.memberRefSig(rid); this.memberRefIsField.set(rid, isField); }
      if (allowed === METHOD_TABLES && isField) bad(`${op}: MemberRef ${rid} is a field`, at);
      if (allowed === FIELD_TABLES && !isField) bad(`${op}: MemberRef ${rid} is a method`, at);
    }
    if (op === 'calli' && !('method' in this.m.standAloneSig(token & 0xffffff))) bad('calli: signature is not a method signature', at);
  }

  // ---- Custom attributes, constants, manifest ----

  private customAttributes(): void {
    const m = this.m;
    const n = m.md.rowCount(T.CustomAttribute);
    const resolve = this.opts.resolveEnum ?? m.localEnumResolver;
    for (let rid = 1; rid <= n; rid++) {
      const row = m.customAttribute(rid);
      this.token(row.ctor, [T.MethodDef, T.MemberRef]);
      this.once(`ca:${row.ctor}`, row.blob, () => m.customAttributeValue(rid, resolve));
      this.c.customAttributes++;
    }
  }

  private constants(): void {
    const md = this.m.md;
    const n = md.rowCount(T.Constant);
    for (let rid = 1; rid <= n; rid++) {
      const blob = md.blob(md.cell(T.Constant, rid, 2));
      decodeConstant(md.cell(T.Constant, rid, 0) & 0xff, blob, blob.byteOffset - this.m.bytes.byteOffset);
      this.c.constants++;
    }
  }

  private manifest(): void {
    const m = this.m, md = m.md;
    for (let rid = 1, n = md.rowCount(T.ExportedType); rid <= n; rid++) {
      m.exportedTypeFullName(rid);
      const scope = m.exportedTypeScope(rid);
      if (scope !== 0) this.token(scope, [T.File, T.AssemblyRef]);
      this.c.exportedTypes++;
    }
    for (let rid = 1, n = md.rowCount(T.ManifestResource); rid <= n; rid++) {
      m.resourceData(rid);
      this.c.resources++;
    }
  }
}

function hex4(n: number): string { return n.toString(16).padStart(4, '0'); }

/** Walks and validates everything in a module; returns how much it saw. */
export function decodeAll(m: ModuleReader, opts: DecodeOptions = {}): DecodeCounts {
  return new Walker(m, opts).run();
}
