import { ByteReader } from './byte-reader.js';
import { bad } from './errors.js';

export const enum EHKind { Catch = 0, Filter = 1, Finally = 2, Fault = 4 }

/** An exception-handling clause (II.25.4.6); offsets are IL offsets within the body. */
export interface EHClause {
  kind: EHKind;
  tryStart: number; tryEnd: number;
  handlerStart: number; handlerEnd: number;
  classToken: number;   // Catch only
  filterStart: number;  // Filter only
}

export interface MethodBody {
  maxStack: number;
  initLocals: boolean;
  localsToken: number;
  code: Uint8Array;
  codeOffset: number;   // file offset of the first IL byte, for error messages
  clauses: EHClause[];
}

/** Shared by every body without EH clauses (most of them): never mutated. */
const NO_CLAUSES: EHClause[] = [];

/** Decodes a method body at a file offset: tiny or fat header, IL, and EH sections (II.25.4). */
export function readMethodBody(bytes: Uint8Array, offset: number): MethodBody {
  const r = new ByteReader(bytes, offset, bytes.length, 'method body');
  const b0 = r.u8();
  if ((b0 & 3) === 2) {
    const size = b0 >>> 2;
    return { maxStack: 8, initLocals: false, localsToken: 0, code: r.slice(size), codeOffset: offset + 1, clauses: NO_CLAUSES };
  }
  if ((b0 & 3) !== 3) bad('method body has an invalid header format', offset);
  r.seek(offset);
  const flagsAndSize = r.u16();
  const headerSize = (flagsAndSize >>> 12) * 4;
  if (headerSize < 12) bad('fat method header is too small', offset);
  const maxStack = r.u16();
  const codeSize = r.u32();
  const localsToken = r.u32();
  r.seek(offset + headerSize);
  const codeOffset = r.pos;
  const code = r.slice(codeSize);
  const clauses: EHClause[] = [];
  let more = (flagsAndSize & 0x08) !== 0;
  let sections = 0;
  while (more) {
    if (++sections > 64) bad('method body has too many data sections', r.pos);
    r.seek((r.pos + 3) & ~3);
    const kind = r.u8();
    const fat = (kind & 0x40) !== 0;
    more = (kind & 0x80) !== 0;
    let size: number;
    if (fat) { size = r.u8() | (r.u8() << 8) | (r.u8() << 16); } else { size = r.u8(); r.u16(); }
    const start = r.pos - 4;
    if (size < 4) bad('method data section is too small', start);
    const end = start + size;
    if ((kind & 0x3f) !== 1) { r.seek(start); r.skip(size); continue; } // not EH: skip
    const clauseSize = fat ? 24 : 12;
    const n = Math.floor((size - 4) / clauseSize);
    for (let i = 0; i < n; i++) {
      const flags = fat ? r.u32() : r.u16();
      const tryStart = fat ? r.u32() : r.u16();
      const tryLen = fat ? r.u32() : r.u8();
      const handlerStart = fat ? r.u32() : r.u16();
      const handlerLen = fat ? r.u32() : r.u8();
      const extra = r.u32();
      if (flags !== 0 && flags !== 1 && flags !== 2 && flags !== 4) bad(`EH clause has unknown kind ${flags}`, r.pos - clauseSize);
      const c: EHClause = {
        kind: flags as EHKind, tryStart, tryEnd: tryStart + tryLen, handlerStart, handlerEnd: handlerStart + handlerLen,
        classToken: flags === 0 ? extra : 0, filterStart: flags === 1 ? extra : 0,
      };
      if (c.tryEnd > codeSize || c.handlerEnd > codeSize || c.filterStart > codeSize) bad('EH clause lies outside the method body', r.pos - clauseSize);
      clauses.push(c);
    }
    r.seek(Math.min(end, r.end));
  }
  return { maxStack, initLocals: (flagsAndSize & 0x10) !== 0, localsToken, code, codeOffset, clauses: clauses.length ? clauses : NO_CLAUSES };
}
