import { ByteReader } from './byte-reader.js';
import { bad } from './errors.js';

/** One section of a PE image (ECMA-335 II.25.3). */
export interface Section { name: string; rva: number; virtualSize: number; rawOffset: number; rawSize: number }

/** The CLI header (ECMA-335 II.25.3.3). */
export interface CliHeader {
  runtimeMajor: number; runtimeMinor: number;
  metadataRva: number; metadataSize: number;
  flags: number; entryPointToken: number;
  resourcesRva: number; resourcesSize: number;
}

/** A PE32 or PE32+ image: just what the CLI needs — sections and the CLI header. */
export class PeImage {
  readonly sections: Section[] = [];
  readonly cli: CliHeader;
  readonly is64: boolean;
  /** File offset of the CLI header. */
  readonly cliOffset: number;

  constructor(readonly bytes: Uint8Array) {
    const r = new ByteReader(bytes, 0, bytes.length, 'PE image');
    if (bytes.length < 0x40 || bytes[0] !== 0x4d || bytes[1] !== 0x5a) bad('not a PE image: missing MZ signature', 0);
    const peOffset = r.seek(0x3c).u32();
    if (peOffset > bytes.length - 24) bad('PE header offset points outside the file', 0x3c);
    r.seek(peOffset);
    if (r.u32() !== 0x00004550) bad('not a PE image: missing PE signature', peOffset);
    r.u16(); // machine
    const sectionCount = r.u16();
    r.skip(12); // time stamp, symbol table, symbol count
    const optSize = r.u16();
    r.u16(); // characteristics
    const optStart = r.pos;
    const magic = r.u16();
    if (magic !== 0x10b && magic !== 0x20b) bad(`unknown optional header magic 0x${magic.toString(16)}`, optStart);
    this.is64 = magic === 0x20b;
    // Data directories start at 96 (PE32) or 112 (PE32+) bytes into the optional header.
    const dirStart = optStart + (this.is64 ? 112 : 96);
    r.seek(dirStart - 4);
    const dirCount = r.u32();
    if (dirCount < 15 || dirStart + 16 * 8 > optStart + optSize) bad('optional header has no CLI header directory', dirStart);
    r.seek(dirStart + 14 * 8);
    const cliRva = r.u32();
    const cliSize = r.u32();
    if (cliRva === 0 || cliSize < 72) bad('not a .NET assembly: no CLI header', dirStart + 14 * 8);

    r.seek(optStart + optSize);
    if (sectionCount > 96) bad(`implausible section count ${sectionCount}`, peOffset + 6);
    for (let i = 0; i < sectionCount; i++) {
      const nameBytes = r.slice(8);
      let n = 0; while (n < 8 && nameBytes[n] !== 0) n++;
      const name = String.fromCharCode(...nameBytes.subarray(0, n));
      const virtualSize = r.u32(), rva = r.u32(), rawSize = r.u32(), rawOffset = r.u32();
      r.skip(16);
      this.sections.push({ name, rva, virtualSize, rawOffset, rawSize });
    }

    const c = this.reader(cliRva, 72, 'CLI header', dirStart + 14 * 8);
    this.cliOffset = c.start;
    c.u32(); // cb
    const runtimeMajor = c.u16(), runtimeMinor = c.u16();
    const metadataRva = c.u32(), metadataSize = c.u32();
    const flags = c.u32(), entryPointToken = c.u32();
    const resourcesRva = c.u32(), resourcesSize = c.u32();
    this.cli = { runtimeMajor, runtimeMinor, metadataRva, metadataSize, flags, entryPointToken, resourcesRva, resourcesSize };
  }

  /**
   * File offset of an RVA, checked to lie inside a section's raw data with `size` bytes available.
   * `at` is where the RVA itself was read, reported when it points nowhere.
   */
  offsetOf(rva: number, size = 0, what = 'data', at = -1): number {
    for (const s of this.sections) {
      const span = Math.min(s.rawSize, Math.max(s.virtualSize, s.rawSize));
      if (rva >= s.rva && rva < s.rva + span) {
        const off = s.rawOffset + (rva - s.rva);
        if (rva + size > s.rva + span || off + size > this.bytes.length) bad(`${what} runs past the end of its section`, off);
        return off;
      }
    }
    return bad(`${what}: RVA 0x${rva.toString(16)} is in no section`, at);
  }

  /** A reader over `size` bytes at `rva`, or to the end of the section when size is unknown. */
  reader(rva: number, size: number | undefined, what: string, at = -1): ByteReader {
    const off = this.offsetOf(rva, size ?? 0, what, at);
    if (size === undefined) {
      const s = this.sections.find((x) => rva >= x.rva && rva < x.rva + x.rawSize)!;
      return new ByteReader(this.bytes, off, Math.min(this.bytes.length, s.rawOffset + s.rawSize), what);
    }
    return new ByteReader(this.bytes, off, off + size, what);
  }
}
