// The author: the container's metadata, then the byline under the headline, then a signature at the end.
export function pickAuthor(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) if (c?.trim()) return c.trim();
  return null;
}
