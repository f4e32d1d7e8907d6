/**
 * The dotnode side of bench/loader: the same walk as srm/Program.cs does with
 * System.Reflection.Metadata — open the image, decode every method signature and body (header,
 * EH clauses, locals signature, every IL instruction with its operand) and every member-ref,
 * type-spec, method-spec, stand-alone, field and property signature.
 * Usage: node build/bench/loader/walk.js <file.dll> [walks]   prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { ModuleReader } from '../../lib/loader/module-reader.js';
import { decodeIL } from '../../lib/loader/opcodes.js';
import { bad } from '../../lib/loader/errors.js';
import { T } from '../../lib/loader/schema.js';

let checksum = 0;

function walk(path: string): { instructions: number; signatures: number; bodies: number } {
  let instructions = 0, signatures = 0, bodies = 0;
  const m = new ModuleReader(readFileSync(path), path);
  const md = m.md;
  for (let rid = 1, n = md.rowCount(T.MethodDef); rid <= n; rid++) {
    checksum += m.methodSig(rid).params.length; signatures++;
    const body = m.methodBody(rid);
    if (!body) continue;
    bodies++;
    for (const c of body.clauses) checksum += c.handlerStart;
    if (body.localsToken !== 0) { checksum += m.localsSig(body.localsToken).length; signatures++; }
    for (const ins of decodeIL(body.code, (msg, off) => bad(msg, body.codeOffset + off))) {
      instructions++;
      checksum = (checksum + (ins.operand | 0)) | 0;
    }
  }
  for (let rid = 1, n = md.rowCount(T.MemberRef); rid <= n; rid++) { const s = m.memberRefSig(rid); checksum += 'field' in s ? 1 : s.method.params.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.TypeSpec); rid <= n; rid++) { checksum += m.typeSpec(rid).k.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.MethodSpec); rid <= n; rid++) { checksum += m.methodSpec(rid).inst.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.StandAloneSig); rid <= n; rid++) { const s = m.standAloneSig(rid); checksum += 'locals' in s ? s.locals.length : 1; signatures++; }
  for (let rid = 1, n = md.rowCount(T.Field); rid <= n; rid++) { checksum += m.fieldSig(rid).k.length; signatures++; }
  for (let rid = 1, n = md.rowCount(T.Property); rid <= n; rid++) { checksum += m.propertySig(rid).params.length; signatures++; }
  return { instructions, signatures, bodies };
}

const [file, walksArg] = process.argv.slice(2);
if (!file) { console.error('usage: walk.js <file.dll> [walks]'); process.exit(2); }
const walks = Number(walksArg ?? 5);
const ms: number[] = [];
let counts = { instructions: 0, signatures: 0, bodies: 0 };
for (let i = 0; i < walks; i++) {
  const t0 = performance.now();
  counts = walk(file);
  ms.push(Number((performance.now() - t0).toFixed(2)));
}
console.log(JSON.stringify({ ms, ...counts, checksum }));
