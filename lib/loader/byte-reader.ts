import { bad } from './errors.js';

/**
 * One DataView per underlying buffer, shared by every reader: creating a DataView costs far more
 * than a reader object (it dominated decoding time when each blob and body made its own).
 */
const views = new WeakMap<ArrayBufferLike, DataView>();
export function viewOf(buffer: ArrayBufferLike): DataView {
  let v = views.get(buffer);
  if (!v) { v = new DataView(buffer); views.set(buffer, v); }
  return v;
}

/**
 * Bounds-checked little-endian reads over a window [start, end) of the file. Every read checks
 * the window first, so a lying length field can never read outside the file or allocate.
 */
export class ByteReader {
  readonly bytes: Uint8Array;
  /** A view of the whole underlying buffer: index it with `base + pos`. */
  readonly view: DataView;
  readonly base: number;
  pos: number;
  constructor(bytes: Uint8Array, readonly start = 0, readonly end = bytes.length, readonly what = 'data') {
    if (!(start >= 0 && end <= bytes.length && start <= end)) bad(`${what} lies outside the file`, start);
    this.bytes = bytes;
    this.view = viewOf(bytes.buffer);
    this.base = bytes.byteOffset;
    this.pos = start;
  }
  need(n: number): void {
    if (n < 0 || this.pos + n > this.end) bad(`truncated ${this.what}: needs ${n} more bytes`, this.pos);
  }
  seek(pos: number): this {
    if (pos < this.start || pos > this.end) bad(`${this.what}: offset out of range`, pos);
    this.pos = pos;
    return this;
  }
  skip(n: number): void { this.need(n); this.pos += n; }
  u8(): number { this.need(1); return this.bytes[this.pos++]!; }
  u16(): number { this.need(2); const v = this.view.getUint16(this.base + this.pos, true); this.pos += 2; return v; }
  u32(): number { this.need(4); const v = this.view.getUint32(this.base + this.pos, true); this.pos += 4; return v; }
  i32(): number { this.need(4); const v = this.view.getInt32(this.base + this.pos, true); this.pos += 4; return v; }
  u64(): bigint { this.need(8); const v = this.view.getBigUint64(this.base + this.pos, true); this.pos += 8; return v; }
  f32(): number { this.need(4); const v = this.view.getFloat32(this.base + this.pos, true); this.pos += 4; return v; }
  f64(): number { this.need(8); const v = this.view.getFloat64(this.base + this.pos, true); this.pos += 8; return v; }
  slice(n: number): Uint8Array { this.need(n); const s = this.bytes.subarray(this.pos, this.pos + n); this.pos += n; return s; }
  get remaining(): number { return this.end - this.pos; }

  /** ECMA-335 II.23.2: compressed unsigned integer (1, 2 or 4 bytes). */
  compressedU32(): number {
    const b0 = this.u8();
    if ((b0 & 0x80) === 0) return b0;
    if ((b0 & 0xc0) === 0x80) return ((b0 & 0x3f) << 8) | this.u8();
    if ((b0 & 0xe0) === 0xc0) {
      const b1 = this.u8(), b2 = this.u8(), b3 = this.u8();
      return (((b0 & 0x1f) << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
    }
    return bad(`${this.what}: invalid compressed integer`, this.pos - 1);
  }

  /** ECMA-335 II.23.2: compressed signed integer (rotated sign bit). */
  compressedI32(): number {
    const p = this.pos;
    const b0 = this.u8();
    this.pos = p;
    const raw = this.compressedU32();
    const negative = (raw & 1) !== 0;
    const v = raw >>> 1;
    if (!negative) return v;
    if ((b0 & 0x80) === 0) return v - 0x40;
    if ((b0 & 0xc0) === 0x80) return v - 0x2000;
    return v - 0x10000000;
  }

  /** A zero-terminated ASCII/UTF-8 name of at most `max` bytes. */
  cstring(max: number): string {
    const s = this.pos;
    const limit = Math.min(this.end, s + max);
    let e = s;
    while (e < limit && this.bytes[e] !== 0) e++;
    this.pos = e < this.end ? e + 1 : e;
    return utf8.decode(this.bytes.subarray(s, e));
  }
}

export const utf8 = new TextDecoder('utf-8');
