/**
 * The dotnode side of bench/loader: the same walk as srm/Program.cs does with
 * System.Reflection.Metadata — open the image, decode every method signature and body (header,
 * EH clauses, locals signature, every IL instruction with its operand) and every member-ref,
 * type-spec, method-spec, stand-alone, field and property signature.
 * By default the walk calls the decoders directly, as the SRM side does (nothing retained);
 * with `cached` it goes through ModuleReader's accessors, which keep every signature and body
 * for the runtime's later use (the retention costs GC time on top of the decoding).
 * Usage: node build/bench/loader/walk.js <file.dll> [walks] [cached]   prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { bad } from '../../lib/loader/errors.js';
import { readMethodBody, type MethodBody } from '../../lib/loader/method-body.js';
import { ModuleReader } from '../../lib/loader/module-reader.js';
import { decodeIL } from '../../lib/loader/opcodes.js';
import { T } from '../../lib/loader/schema.js';
import { readFieldSig, readLocalsSig, readMethodSig, type MethodSig, type TypeSig } from '../../lib/loader/signatures.js';

let checksum = 0;

/** The three per-method decodings, through the cache or straight from the bytes. */
interface Access { sig(rid: number): MethodSig; body(rid: number): MethodBody | null; locals(token: number): TypeSig[]; field(rid: number): TypeSig }

function direct(m: ModuleReader): Access {
  const md = m.md;
  return {
    sig: (rid) => readMethodSig(md.blobReader(md.cell(T.MethodDef, rid, 4))),
    body: (rid) => { const rva = md.cell(T.MethodDef, rid, 0); return rva === 0 ? null : readMethodBody(m.bytes, m.pe.offsetOf(rva, 1)); },
    locals: (token) => readLocalsSig(md.blobReader(md.cell(T.StandAloneSig, token & 0xffffff, 0))),
    field: (rid) => readFieldSig(md.blobReader(md.cell(T.Field, rid, 2))),
  };
}

function cached(m: ModuleReader): Access {
  return { sig: (rid) => m.methodSig(rid), body: (rid) => m.methodBody(rid), locals: (t) => m.localsSig(t), field: (rid) => m.fieldSig(rid) };
}

function walk(path: string, useCache: boolean): { instructions: number; signatures: number; bodies: number } {
  let instructions = 0, signatures = 0, bodies = 0;
  const m = new ModuleReader(readFileSync(path), path);
  const md = m.md;
  const a = useCache ? cached(m) : direct(m);
  for (let rid = 1, n = md.rowCount(T.MethodDef); rid <= n; rid++) {
    checksum += a.sig(rid).params.length; signatures++;
    const body = a.body(rid);
    if (!body) continue;
    bodies++;
    for (const c of body.clauses) checksum += c.handlerStart;
    if (body.localsToken !== 0) { checksum += a.locals(body.localsToken).length; signatures++; }
    for (const ins of decodeIL(body.code, (msg, off) => bad(msg, body.codeOffset + off))) {
      instructions++;
      checksum = (checksum + (ins.operand | 0)) | 0;
    }
  }
  for (let rid = 1, n = md.rowCount(T.MemberRef); rid <= n; rid++) { const s = m.memberRefSig(rid); checksum += 'field' in s ? 1 : s.method.params.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.TypeSpec); rid <= n; rid++) { checksum += m.typeSpec(rid).k.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.MethodSpec); rid <= n; rid++) { checksum += m.methodSpec(rid).inst.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.StandAloneSig); rid <= n; rid++) { const s = m.standAloneSig(rid); checksum += 'locals' in s ? s.locals.length : 1; signatures++; }
  for (let rid = 1, n = md.rowCount(T.Field); rid <= n; rid++) { checksum += a.field(rid).k.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.Property); rid <= n; rid++) { checksum += m.propertySig(rid).params.length; signatures++; }
  return { instructions, signatures, bodies };
}

const [file, walksArg, mode] = process.argv.slice(2);
if (!file) { console.error('usage: walk.js <file.dll> [walks] [cached]'); process.exit(2); }
const walks = Number(walksArg ?? 5);
const ms: number[] = [];
let counts = { instructions: 0, signatures: 0, bodies: 0 };
for (let i = 0; i < walks; i++) {
  const t0 = performance.now();
  counts = walk(file, mode === 'cached');
  ms.push(Number((performance.now() - t0).toFixed(2)));
}
console.log(JSON.stringify({ ms, ...counts, checksum }));
