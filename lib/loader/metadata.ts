import { ByteReader, utf8 } from './byte-reader.js';
import { bad } from './errors.js';
import { CODED, TABLES, T, tableName, type Col } from './schema.js';
import { decodeUtf16 } from './utf16.js';

interface Stream { name: string; offset: number; size: number }

/** Precomputed layout of one table: where each column sits in a row and how wide it is. */
interface TableLayout { rows: number; base: number; rowSize: number; offsets: number[]; widths: number[]; codedBits: number[]; codedTables: (readonly number[] | null)[] }

/**
 * The metadata of one module (ECMA-335 II.24): the root, the five heaps and the tables.
 * Rows are not materialized: a cell is read from the file on demand, with column offsets
 * computed once from the row counts and the heap-size flags.
 */
export class Metadata {
  readonly version: string;
  readonly uncompressed: boolean; // '#-' stream: tables may use Ptr indirection
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private strings: Stream = { name: '#Strings', offset: 0, size: 0 };
  private us: Stream = { name: '#US', offset: 0, size: 0 };
  private blobs: Stream = { name: '#Blob', offset: 0, size: 0 };
  private guids: Stream = { name: '#GUID', offset: 0, size: 0 };
  private readonly tables: TableLayout[] = [];
  private readonly stringCache = new Map<number, string>();
  /** II.24.2.6 Sorted bit vector: which tables the writer kept sorted by their key column. */
  private sortedLo = 0;
  private sortedHi = 0;
  /** Lookup indices for tables not marked sorted, built on first use: `${table}:${col}` → value → rids. */
  private readonly indices = new Map<string, Map<number, number[]>>();

  constructor(bytes: Uint8Array, mdOffset: number, mdSize: number) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const r = new ByteReader(bytes, mdOffset, mdOffset + mdSize, 'metadata root');
    if (r.u32() !== 0x424a5342) bad('metadata root has no BSJB signature', mdOffset);
    r.skip(8); // major, minor, reserved
    const vlen = r.u32();
    if (vlen > 255 || vlen % 4 !== 0 && vlen > 255) bad('metadata version string too long', r.pos - 4);
    const vstart = r.pos;
    this.version = r.cstring(vlen);
    r.seek(vstart); r.skip(vlen);
    r.u16(); // flags
    const nStreams = r.u16();
    if (nStreams > 16) bad(`implausible metadata stream count ${nStreams}`, r.pos - 2);
    let tablesStream: Stream | undefined;
    for (let i = 0; i < nStreams; i++) {
      const offset = r.u32(), size = r.u32();
      const nameStart = r.pos;
      const name = r.cstring(32);
      r.seek(nameStart + ((r.pos - nameStart + 3) & ~3));
      if (offset > mdSize || size > mdSize - offset) bad(`metadata stream ${name} lies outside the metadata`, nameStart - 8);
      const s = { name, offset: mdOffset + offset, size };
      switch (name) {
        case '#Strings': this.strings = s; break;
        case '#US': this.us = s; break;
        case '#Blob': this.blobs = s; break;
        case '#GUID': this.guids = s; break;
        case '#~': case '#-': tablesStream = s; break;
        case '#Pdb': case '#JTD': break;
        default: break; // unknown streams are ignored, as CoreCLR does
      }
    }
    if (!tablesStream) bad('metadata has no #~ tables stream', mdOffset);
    this.uncompressed = tablesStream.name === '#-';
    this.readTables(tablesStream);
  }

  private readTables(s: Stream): void {
    const r = new ByteReader(this.bytes, s.offset, s.offset + s.size, 'metadata tables stream');
    r.skip(4); // reserved
    r.u8(); r.u8(); // major, minor
    const heapSizes = r.u8();
    r.u8(); // reserved
    const validLo = r.u32(), validHi = r.u32();
    this.sortedLo = r.u32();
    this.sortedHi = r.u32();
    const rows: number[] = new Array(64).fill(0);
    for (let i = 0; i < 64; i++) {
      const present = i < 32 ? (validLo >>> i) & 1 : (validHi >>> (i - 32)) & 1;
      if (!present) continue;
      if (!TABLES[i]) bad(`metadata has unknown table 0x${i.toString(16)}`, s.offset + 8);
      rows[i] = r.u32();
      if (rows[i]! > 0xffffff) bad(`table ${tableName(i)} claims ${rows[i]} rows`, r.pos - 4);
    }
    // HeapSizes bit 0x40 (not in ECMA-335, set by EnC writers) means 4 bytes of extra data follow
    // the row counts; 0x20 is a delta-only marker with no payload.
    if (heapSizes & 0x40) r.skip(4);
    const strW = heapSizes & 1 ? 4 : 2, guidW = heapSizes & 2 ? 4 : 2, blobW = heapSizes & 4 ? 4 : 2;
    const codedWidth = (targets: readonly number[]): [number, number] => {
      const bits = Math.ceil(Math.log2(targets.length));
      let max = 0;
      for (const t of targets) if (t >= 0) max = Math.max(max, rows[t]!);
      return [max < (1 << (16 - bits)) ? 2 : 4, bits];
    };
    let pos = r.pos;
    for (let i = 0; i < 64; i++) {
      const def = TABLES[i];
      const layout: TableLayout = { rows: rows[i]!, base: pos, rowSize: 0, offsets: [], widths: [], codedBits: [], codedTables: [] };
      if (def) {
        for (const c of def.cols) {
          const [w, bits, targets] = this.colWidth(c, rows, strW, guidW, blobW, codedWidth);
          layout.offsets.push(layout.rowSize); layout.widths.push(w); layout.codedBits.push(bits); layout.codedTables.push(targets);
          layout.rowSize += w;
        }
      }
      const size = layout.rowSize * layout.rows;
      if (size > s.offset + s.size - pos) bad(`table ${tableName(i)} runs past the end of the tables stream`, pos);
      pos += size;
      this.tables.push(layout);
    }
  }

  private colWidth(c: Col, rows: number[], strW: number, guidW: number, blobW: number,
    codedWidth: (t: readonly number[]) => [number, number]): [number, number, readonly number[] | null] {
    switch (c.kind) {
      case 'u16': case 'u8pad': return [2, 0, null];
      case 'u32': return [4, 0, null];
      case 'string': return [strW, 0, null];
      case 'guid': return [guidW, 0, null];
      case 'blob': return [blobW, 0, null];
      case 'table': return [rows[c.table]! < 0x10000 ? 2 : 4, 0, null];
      case 'coded': { const t = CODED[c.coded]!; const [w, b] = codedWidth(t); return [w, b, t]; }
    }
  }

  rowCount(table: number): number { return this.tables[table]?.rows ?? 0; }

  /** The layout of a table; a table id from a token can be anything in 0..255, so check it. */
  private layout(table: number): TableLayout {
    const t = this.tables[table];
    if (!t || !TABLES[table]) bad(`there is no metadata table 0x${table.toString(16)}`);
    return t;
  }

  /** Raw cell value: a number, a heap offset, a 1-based row id, or a raw coded index. */
  cell(table: number, rid: number, col: number): number {
    const t = this.layout(table);
    if (col < 0 || col >= t.widths.length) bad(`${tableName(table)} has no column ${col}`);
    if (!(rid >= 1 && rid <= t.rows)) bad(`${tableName(table)} row ${rid} does not exist (${t.rows} rows)`);
    const p = t.base + (rid - 1) * t.rowSize + t.offsets[col]!;
    const w = t.widths[col]!;
    return w === 2 ? this.view.getUint16(p, true) : this.view.getUint32(p, true);
  }

  /** File offset of a cell (for error messages); the row must exist. */
  cellOffset(table: number, rid: number, col: number): number {
    const t = this.layout(table);
    return t.base + (rid - 1) * t.rowSize + (t.offsets[col] ?? 0);
  }

  /** A coded-index cell decoded to a token ((table << 24) | rid), or 0 for a null reference. */
  codedCell(table: number, rid: number, col: number): number {
    const raw = this.cell(table, rid, col);
    const t = this.layout(table);
    const bits = t.codedBits[col]!;
    const targets = t.codedTables[col];
    if (!targets) bad(`${tableName(table)} column ${col} is not a coded index`);
    const tag = raw & ((1 << bits) - 1);
    const row = raw >>> bits;
    const target = targets[tag];
    if (target === undefined || target < 0) bad(`${tableName(table)} row ${rid}: invalid coded index tag ${tag}`, this.cellOffset(table, rid, col));
    if (row === 0) return 0;
    if (row > this.rowCount(target)) bad(`${tableName(table)} row ${rid}: reference to ${tableName(target)} row ${row} which does not exist`, this.cellOffset(table, rid, col));
    return ((target << 24) | row) >>> 0;
  }

  /** #Strings heap entry (UTF-8, zero-terminated). */
  string(offset: number): string {
    if (offset === 0) return '';
    const cached = this.stringCache.get(offset);
    if (cached !== undefined) return cached;
    if (offset >= this.strings.size) bad(`#Strings index 0x${offset.toString(16)} out of range`);
    const start = this.strings.offset + offset;
    const end = this.strings.offset + this.strings.size;
    let e = start;
    while (e < end && this.bytes[e] !== 0) e++;
    const s = utf8.decode(this.bytes.subarray(start, e));
    this.stringCache.set(offset, s);
    return s;
  }

  /** #Blob heap entry: a view of its bytes, never a copy. */
  blob(offset: number): Uint8Array {
    if (offset >= this.blobs.size) bad(`#Blob index 0x${offset.toString(16)} out of range`);
    const r = new ByteReader(this.bytes, this.blobs.offset + offset, this.blobs.offset + this.blobs.size, '#Blob heap');
    const len = r.compressedU32();
    return r.slice(len);
  }

  /** Reader over a blob, for signature decoding. */
  blobReader(offset: number, what = 'signature'): ByteReader {
    if (offset >= this.blobs.size) bad(`#Blob index 0x${offset.toString(16)} out of range`);
    const r = new ByteReader(this.bytes, this.blobs.offset + offset, this.blobs.offset + this.blobs.size, '#Blob heap');
    const len = r.compressedU32();
    r.need(len);
    return new ByteReader(this.bytes, r.pos, r.pos + len, what);
  }

  /** #US heap entry (ldstr): UTF-16 with a trailing flag byte. */
  userString(offset: number): string {
    if (offset === 0 || offset >= this.us.size) bad(`#US index 0x${offset.toString(16)} out of range`);
    const r = new ByteReader(this.bytes, this.us.offset + offset, this.us.offset + this.us.size, '#US heap');
    const len = r.compressedU32();
    const b = r.slice(len);
    return decodeUtf16(b.subarray(0, len & ~1));
  }

  guid(index: number): Uint8Array | null {
    if (index === 0) return null;
    const off = (index - 1) * 16;
    if (off + 16 > this.guids.size) bad(`#GUID index ${index} out of range`);
    return this.bytes.subarray(this.guids.offset + off, this.guids.offset + off + 16);
  }

  /**
   * Row range [first, last) of a child list (FieldList, MethodList, ParamList, ...): it runs to
   * the next owner row's start, or to the end of the child table (II.22).
   */
  listRange(table: number, rid: number, col: number, childTable: number): [number, number] {
    // In '#-' metadata the list columns index the Ptr table when there is one (II.24.2.6).
    const ptr = this.ptrTable(childTable);
    const n = this.rowCount(ptr >= 0 && this.rowCount(ptr) > 0 ? ptr : childTable);
    const first = this.cell(table, rid, col);
    const last = rid < this.rowCount(table) ? this.cell(table, rid + 1, col) : n + 1;
    if (first < 1 || first > n + 1 || last < first || last > n + 1) bad(`${tableName(table)} row ${rid}: bad ${tableName(childTable)} list`, this.cellOffset(table, rid, col));
    return [first, last];
  }

  /** Resolves a Ptr-table indirection in '#-' metadata (FieldPtr, MethodPtr, ...). */
  deref(childTable: number, index: number): number {
    const ptr = this.ptrTable(childTable);
    if (ptr < 0 || this.rowCount(ptr) === 0) return index;
    const rid = this.cell(ptr, index, 0);
    if (rid < 1 || rid > this.rowCount(childTable)) bad(`${tableName(ptr)} row ${index} points to missing ${tableName(childTable)} row ${rid}`);
    return rid;
  }

  private ptrTable(childTable: number): number {
    return childTable === T.Field ? T.FieldPtr : childTable === T.MethodDef ? T.MethodPtr : childTable === T.Param ? T.ParamPtr
      : childTable === T.Event ? T.EventPtr : childTable === T.Property ? T.PropertyPtr : -1;
  }

  /** Binary search on a table sorted by a table-index or coded column; returns all matching rids. */
  findRows(table: number, col: number, value: number): number[] {
    if (!this.isSorted(table)) return this.index(table, col).get(value) ?? [];
    const n = this.rowCount(table);
    let lo = 1, hi = n;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.cell(table, mid, col);
      if (v < value) lo = mid + 1; else hi = mid - 1;
    }
    const out: number[] = [];
    for (let rid = lo; rid <= n && this.cell(table, rid, col) === value; rid++) out.push(rid);
    return out;
  }

  isSorted(table: number): boolean {
    return ((table < 32 ? this.sortedLo >>> table : this.sortedHi >>> (table - 32)) & 1) === 1;
  }

  /**
   * A table that is not marked sorted (PropertyMap and EventMap never need be; '#-' metadata may
   * leave any table unsorted) cannot be binary-searched: index it once instead.
   */
  private index(table: number, col: number): Map<number, number[]> {
    const key = `${table}:${col}`;
    let idx = this.indices.get(key);
    if (!idx) {
      idx = new Map();
      for (let rid = 1, n = this.rowCount(table); rid <= n; rid++) {
        const v = this.cell(table, rid, col);
        const list = idx.get(v);
        if (list) list.push(rid); else idx.set(v, [rid]);
      }
      this.indices.set(key, idx);
    }
    return idx;
  }

  /** Raw encoded form of a token for a coded column, to search sorted tables by parent. */
  encodeCoded(coded: string, token: number): number {
    const targets = CODED[coded]!;
    const bits = Math.ceil(Math.log2(targets.length));
    const tag = targets.indexOf(token >>> 24);
    if (tag < 0) return -1;
    return (((token & 0xffffff) << bits) | tag) >>> 0;
  }
}
