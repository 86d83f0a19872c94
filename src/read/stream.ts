// Reads a byte stream to the end, refusing it as soon as it passes the size limit.

export class TooLarge extends Error {
  constructor(readonly limit: number) {
    super(`too large: more than ${limit} bytes`);
  }
}

export async function readCapped(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += b.length;
    if (total > maxBytes) throw new TooLarge(maxBytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/** A short reason for a failed system call. */
export function systemReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error).message ?? String(e);
}
