// Bearer tokens for write access (and for reads when guarded): kept hashed in a JSON file beside the store and re-read
// when the file changes, so `doingoai token create` works while a server runs.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPostgresUrl, resolveLocation } from '../store/index.ts';

export interface TokenRecord {
  /** Short public id, shown by `token list` and used by `token revoke`. */
  id: string;
  /** Who holds it; recorded as the reviewer of their reviews. */
  name: string;
  /** sha256 hex of the secret. */
  hash: string;
  createdAt: string;
}

interface TokenFile {
  version: 1;
  tokens: TokenRecord[];
}

const PREFIX = 'dgo_';

/** The token file for a store: `tokens.json` in a PGlite folder; for a server, $DOINGOAI_TOKENS or .doingoai/tokens.json. */
export function tokenFileFor(db: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOINGOAI_TOKENS) return resolve(env.DOINGOAI_TOKENS);
  const where = resolveLocation(db ? (isPostgresUrl(db) ? { url: db } : { dir: db }) : {}, env);
  return where.backend === 'pglite' ? join(where.location, 'tokens.json') : resolve('.doingoai/tokens.json');
}

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export class TokenStore {
  private cache: { mtimeMs: number; size: number; byHash: Map<string, TokenRecord> } | null = null;

  constructor(readonly file: string) {}

  list(): TokenRecord[] {
    return this.read().tokens;
  }

  /** Makes a token; the secret is returned once and never stored. */
  create(name: string): { secret: string; record: TokenRecord } {
    const clean = name.trim();
    if (!clean) throw new Error('tên không được trống / name must not be empty');
    const secret = PREFIX + randomBytes(32).toString('base64url');
    const record: TokenRecord = {
      id: randomBytes(4).toString('hex'),
      name: clean,
      hash: hashToken(secret),
      createdAt: new Date().toISOString(),
    };
    const f = this.read();
    f.tokens.push(record);
    this.write(f);
    return { secret, record };
  }

  /** Removes a token by id or name; returns how many went. */
  revoke(idOrName: string): number {
    const f = this.read();
    const before = f.tokens.length;
    f.tokens = f.tokens.filter((t) => t.id !== idOrName && t.name !== idOrName);
    if (f.tokens.length !== before) this.write(f);
    return before - f.tokens.length;
  }

  /** The record a presented secret belongs to, or null. */
  verify(secret: string | undefined | null): TokenRecord | null {
    if (!secret?.startsWith(PREFIX) || secret.length > 200) return null;
    return this.index().get(hashToken(secret)) ?? null;
  }

  private index(): Map<string, TokenRecord> {
    let st: { mtimeMs: number; size: number } | null = null;
    try {
      st = statSync(this.file);
    } catch {
      st = null;
    }
    if (!st) return new Map();
    if (this.cache && this.cache.mtimeMs === st.mtimeMs && this.cache.size === st.size) return this.cache.byHash;
    const byHash = new Map(this.read().tokens.map((t) => [t.hash, t]));
    this.cache = { mtimeMs: st.mtimeMs, size: st.size, byHash };
    return byHash;
  }

  private read(): TokenFile {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, tokens: [] };
      throw e;
    }
    const parsed = JSON.parse(text) as Partial<TokenFile>;
    return { version: 1, tokens: Array.isArray(parsed.tokens) ? parsed.tokens : [] };
  }

  private write(f: TokenFile): void {
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(f, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, this.file);
    this.cache = null;
  }
}
