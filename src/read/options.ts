// The readers' settings: one typed object, defaults here, callers override only what they name.

export interface ReadOptions {
  /** Largest input accepted, in bytes (a file, a URL body, stdin, one JSONL line; a JSONL file as a whole may be larger). */
  maxBytes: number;
  /** Time limit for a URL fetch (connect, redirects and body), in ms. */
  timeoutMs: number;
  /** Redirects followed for a URL before giving up. */
  maxRedirects: number;
  /** Extensions read when walking a directory (lower case, with the dot). */
  extensions: readonly string[];
  /** File names (before the extension, any case) skipped when walking a directory: project notes, not articles. */
  skipNames: readonly string[];
  /** The stream read for the input "-"; process.stdin unless a caller (or a test) supplies one. */
  stdin?: NodeJS.ReadableStream;
}

export const defaultReadOptions: ReadOptions = {
  maxBytes: 50 * 1024 * 1024,
  timeoutMs: 15000,
  maxRedirects: 5,
  extensions: ['.txt', '.text', '.md', '.html', '.htm', '.jsonl', '.ndjson'],
  skipNames: ['readme', 'license', 'licence', 'changelog', 'contributing', 'sources'],
};

export function resolveOptions(opts: Partial<ReadOptions>): ReadOptions {
  const o = { ...defaultReadOptions };
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) (o as Record<string, unknown>)[k] = v;
  return o;
}
