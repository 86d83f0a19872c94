// Fresh stores for the suite: PGlite in a temp folder (copied from a migrated template: a new folder takes seconds
// to initialise), and a new database on the server named by TEST_DATABASE_URL.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrap } from '../../src/ingest/analyse.ts';
import { openStore } from '../../src/store/index.ts';
import { scratchDatabase } from '../../src/store/scratch.ts';
import type { IngestDoc, Store } from '../../src/store/types.ts';
import type { Claim, DiplomaticEvent, Entity, ExtractedDoc, Published } from '../../src/types.ts';

export interface Fresh {
  store: Store;
  /** Where another process can open the same store (folder or URL). */
  location: string;
  done(): Promise<void>;
}

export type Factory = () => Promise<Fresh>;

let template: string | null = null;

async function pgliteTemplate(): Promise<string> {
  if (template && existsSync(template)) return template;
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-tpl-'));
  const s = await openStore({ dir });
  await s.close();
  template = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A new store folder, migrated and closed, for another process to open. */
export async function pgliteFolder(): Promise<string> {
  const tpl = await pgliteTemplate();
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-store-'));
  cpSync(join(tpl, 'pgdata'), join(dir, 'pgdata'), { recursive: true });
  return dir;
}

export const pgliteFactory: Factory = async () => {
  const dir = await pgliteFolder();
  const store = await openStore({ dir });
  return {
    store,
    location: dir,
    async done() {
      await store.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export function postgresFactory(url: string): Factory {
  return async () => {
    const db = await scratchDatabase(url, 'doingoai_t');
    const store = await openStore({ url: db.url });
    return {
      store,
      location: db.url,
      async done() {
        await store.close().catch(() => {});
        await db.drop();
      },
    };
  };
}

export interface DocSpec {
  source: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: Published;
  claims?: Array<Partial<Claim> & { value: number; text: string }>;
  entities?: Entity[];
  events?: Array<Partial<DiplomaticEvent> & { type: DiplomaticEvent['type'] }>;
  extractor?: string;
}

/** An analysed document as ingest would hand it to the store; claim offsets default to the claim text's position. */
export function makeDoc(s: DocSpec): IngestDoc {
  const text = s.text.normalize('NFC');
  const at = (t: string) => Math.max(0, text.indexOf(t));
  const doc: ExtractedDoc = {
    source: s.source,
    id: createHash('sha256').update(text).digest('hex').slice(0, 16),
    title: s.title ?? null,
    outlet: s.outlet ?? null,
    author: null,
    url: s.url ?? null,
    published: s.published ?? { date: null, basis: 'none' },
    text,
    removed: [{ text: 'Ý kiến độc giả', reason: 'boilerplate' }],
    quality: { spun: 0, repairs: 0 },
    claims: (s.claims ?? []).map((c) => ({
      start: at(c.text),
      end: at(c.text) + c.text.length,
      unit: 'count',
      qualifier: 'exact',
      modality: 'actual',
      rule: 'test',
      ...c,
    })),
    entities: s.entities ?? [],
    events: (s.events ?? []).map((e) => ({ actors: [], text: text.slice(0, 10), start: 0, end: 10, rule: 'test', ...e })),
    extractor: s.extractor ?? 'test-1',
  };
  return wrap({ source: s.source, format: 'text', raw: s.text, meta: { title: s.title ?? undefined } }, doc);
}
