/**
 * UTF-16LE code units to a JS string, exactly: .NET strings may hold lone surrogates and a leading
 * U+FEFF, which a plain TextDecoder would turn into U+FFFD and drop. Used for #US strings, string
 * constants and strings read back from the managed heap.
 */
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true }); // ignoreBOM: keep a leading U+FEFF

export function decodeUtf16(bytes: Uint8Array): string {
  const s = decoder.decode(bytes);
  if (!s.includes('\ufffd')) return s;
  // A U+FFFD may stand for a lone surrogate: rebuild from the code units.
  const n = bytes.length >> 1;
  let out = '';
  if ((bytes.byteOffset & 1) === 0) {
    const u16 = new Uint16Array(bytes.buffer, bytes.byteOffset, n);
    for (let i = 0; i < n; i += 4096) out += String.fromCharCode(...u16.subarray(i, Math.min(n, i + 4096)));
  } else {
    for (let i = 0; i < n; i++) out += String.fromCharCode(bytes[2 * i]! | (bytes[2 * i + 1]! << 8));
  }
  return out;
}
