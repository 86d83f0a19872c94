// UTF-8 bytes already checked by isUtf8 → a string. Node's own decoder validates every byte again and builds the
// string in two passes; for text that is mostly non-ASCII (Vietnamese) one loop into a reused buffer takes half the
// time.

let units: Uint16Array = new Uint16Array(16 * 1024);

/** Decodes bytes that isUtf8 accepted (anything else gives an unspecified string). */
export function decodeValidUtf8(bytes: Uint8Array): string {
  const n = bytes.length;
  // At most one UTF-16 unit per byte.
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  const out = units;
  let j = 0;
  let high = 0;
  for (let i = 0; i < n; ) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      out[j++] = c;
      i++;
      continue;
    }
    high |= c;
    if (c < 0xe0) {
      out[j++] = ((c & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      out[j++] = ((c & 0x0f) << 12) | (((bytes[i + 1] as number) & 0x3f) << 6) | ((bytes[i + 2] as number) & 0x3f);
      i += 3;
    } else {
      const cp =
        ((c & 0x07) << 18) |
        (((bytes[i + 1] as number) & 0x3f) << 12) |
        (((bytes[i + 2] as number) & 0x3f) << 6) |
        ((bytes[i + 3] as number) & 0x3f);
      out[j++] = 0xd800 + ((cp - 0x10000) >> 10);
      out[j++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      i += 4;
    }
  }
  // ASCII only: Node's one-byte string is the cheaper one to build and to read.
  if (!high) return Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
  return Buffer.from(out.buffer, 0, j * 2).toString('ucs2');
}
