// Upgrading a store made before the search table (schema 1): its documents stay searchable, phrases and filters too.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPglite } from '../../src/store/db.ts';
import { openStore } from '../../src/store/index.ts';
import { migrate, migrations } from '../../src/store/migrate.ts';

test('migration 2 moves search into doc_search: words, word pairs and filter tags of stored documents', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-mig-'));
  try {
    const db = await openPglite(join(dir, 'pgdata'));
    await db.exec(
      'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const first = migrations()[0]!;
    await db.exec(first.sql);
    await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [first.version, first.name]);
    // A document as schema 1 stored it: the search vector in documents.search, title words weighted A.
    await db.query(`INSERT INTO documents (id, version_key, source, title, outlet, published, text, extractor, search)
      VALUES ('d1', 'a.txt', 'a.txt', 'Hợp tác', 'nhandan.vn', '2021-05-01', 'Việt Nam và Nhật Bản hợp tác', 'x',
        $$'hop':1A 'tac':2A 'viet':3 'nam':4 'va':5 'nhat':6 'ban':7$$::tsvector || $$'hop':1 'tac':2$$::tsvector)`);
    await db.query(
      `INSERT INTO doc_entities (doc_id, entity_id, type, name, mention_count, mentions) VALUES ('d1', 'JP', 'country', 'Nhật Bản', 1, '[]')`,
    );
    await db.query(`INSERT INTO events (id, doc_id, ord, type, text, start_off, end_off, rule, extractor, data)
      VALUES ('e1', 'd1', 0, 'visit', 'x', 0, 1, 'r', 'x', '{}')`);
    assert.equal(await migrate(db), migrations().at(-1)!.version);
    const [row] = await db.query<{ tags: string[]; lexemes: string[]; head: string }>(
      'SELECT tags, tsvector_to_array(search) AS lexemes, (SELECT head::text FROM doc_head h WHERE h.doc_id = s.doc_id) AS head FROM doc_search s WHERE doc_id = $1',
      ['d1'],
    );
    assert.deepEqual(row!.tags, ['e:JP', 'o:nhandan.vn', 't:visit']);
    for (const l of ['viet', 'viet_nam', 'nhat_ban', 'e:JP', 't:visit']) assert.ok(row!.lexemes.includes(l), l);
    assert.ok(!row!.lexemes.includes('nam_viet'));
    // The ranking head keeps positions and the title's weight.
    assert.match(row!.head, /'hop':1A/);
    assert.match(row!.head, /'viet':3( |$)/);
    await db.close();

    const store = await openStore({ dir });
    try {
      const vn = await store.searchDocuments({ q: '"Việt Nam"' });
      assert.equal(vn.total, 1);
      assert.ok(vn.hits[0]!.rank > 0, 'ranked by the head');
      assert.equal((await store.searchDocuments({ q: '"Nam Việt"' })).total, 0);
      assert.equal((await store.searchDocuments({ q: 'hợp tác', entity: 'JP', eventType: 'visit', outlet: 'nhandan.vn' })).total, 1);
      assert.equal((await store.searchDocuments({ entity: 'VN' })).total, 0);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
