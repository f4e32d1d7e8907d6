/**
 * The loader's one error type. Every malformed-input path raises this (never a TypeError or
 * RangeError), so the runtime can surface it as System.BadImageFormatException.
 */
export class BadImageFormatError extends Error {
  /** Byte offset in the file where the problem was found, or -1 when it has no location. */
  readonly offset: number;
  readonly reason: string;
  constructor(reason: string, offset = -1) {
    super(offset >= 0 ? `${reason} (at file offset 0x${offset.toString(16)})` : reason);
    this.name = 'BadImageFormatError';
    this.reason = reason;
    this.offset = offset;
  }
}

export function bad(reason: string, offset = -1): never {
  throw new BadImageFormatError(reason, offset);
}
