// Cheap looks at raw input before any parsing: is it HTML, and which charset does it declare?

const OPENS_WITH_TAG = /^[\ufeff\s]*</;

/** Text that starts (after a BOM, whitespace and comments) with a doctype or an <html>, <head> or <body> tag. */
export function looksLikeHtml(text: string): boolean {
  // Plain text, nearly all input, does not open with a tag: nothing to cut out of its head.
  if (!OPENS_WITH_TAG.test(text)) return false;
  const head = text
    .slice(0, 2048)
    .replace(/^[\ufeff\s]+/, '')
    .replace(/^(<!--[\s\S]*?-->\s*)+/, '')
    .replace(/^<\?xml[^>]*>\s*/i, '');
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head)?.[1];
}
