// The Store over SQL: the same queries on PGlite and on a PostgreSQL server (see db.ts for the two connections).
import { chooseCluster, signature as minhash } from '../cluster/index.ts';
import { type ReconcileClaim, reconcile, STATUS_ORDER } from '../reconcile/index.ts';
import type { ExtractedDoc, Published } from '../types.ts';
import type { Db, Queryable, Row } from './db.ts';
import {
  analysisRows,
  boundDate,
  CLAIM_COLS,
  decodeCursor,
  documentRow,
  EVENT_COLS,
  encodeCursor,
  isoDate,
  json,
  LATEST_REVIEW,
  limitOf,
  SUMMARY_COLS,
  safeText,
  sqlParams,
  toClaim,
  toEvent,
  toJson,
  toSummary,
} from './rows.ts';
import { searchDocuments } from './search.ts';
import type {
  ClaimFilter,
  ClaimHistory,
  ClusterDetail,
  DocumentDetail,
  DocumentSummary,
  EntityFilter,
  EntityPage,
  EntitySummary,
  EventFilter,
  FacetCount,
  Fact,
  FactFilter,
  FactStatus,
  IngestDoc,
  Page,
  PutResult,
  Review,
  ReviewInput,
  ReviewTarget,
  SearchQuery,
  SearchResult,
  Store,
  StoredClaim,
  StoredEvent,
  StoredRaw,
  StoreInfo,
  StoreStats,
} from './types.ts';

const DOC_RECORD = `x(id text, version_key text, source text, url text, title text, outlet text, author text, encoding text,
  published date, published_basis text, published_not_before date, published_time text, text text, removed jsonb,
  quality jsonb, spun real, meta jsonb, extractor text, cluster_id text, signature int[], lexemes text, head_v text, tags text[])`;
const DOC_COLS = `id, version_key, source, url, title, outlet, author, encoding, published, published_basis, published_not_before,
  published_time, text, removed, quality, spun, meta, extractor, cluster_id, signature`;
// A document's row in doc_search (migration 002): its words, word pairs and filter tags. Both lists come sorted
// (searchLexemes, searchTags), so array_to_tsvector's sort finds them in order and || merges in one pass.
const searchVector = (lexemes: string, tags: string) => `array_to_tsvector(string_to_array(${lexemes}, ' ')) || array_to_tsvector(${tags})`;
const SEARCH_VECTOR = searchVector('x.lexemes', 'x.tags');
const CLAIM_RECORD = `x(id text, doc_id text, ord int, text text, start_off int, end_off int, value float8, value_max float8, unit text,
  counted text, qualifier text, modality text, change boolean, period_start date, period_end date, as_of date, indicator text,
  subject text, sentence_start int, sentence_end int, sentence_text text, context text, rule text, extractor text, data jsonb)`;
const CLAIM_INS = `id, doc_id, ord, text, start_off, end_off, value, value_max, unit, counted, qualifier, modality, change, period_start,
  period_end, as_of, indicator, subject, sentence_start, sentence_end, sentence_text, context, rule, extractor, data`;
const EVENT_RECORD = `x(id text, doc_id text, ord int, type text, actors text[], date_start date, date_end date, place text, text text,
  start_off int, end_off int, rule text, extractor text, data jsonb)`;
const EVENT_INS = 'id, doc_id, ord, type, actors, date_start, date_end, place, text, start_off, end_off, rule, extractor, data';
const DE_RECORD = 'x(doc_id text, entity_id text, type text, name text, title text, mention_count int, mentions jsonb, rule text)';
const DE_INS = 'doc_id, entity_id, type, name, title, mention_count, mentions, rule';

// One advisory lock number for writes of new documents ("doingoai" in ASCII), unlikely to meet another application's.
const WRITE_LOCK = '7237119049110348137';

const STATUS_RANK_SQL = `CASE f.status ${STATUS_ORDER.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE 9 END`;

export class SqlStore implements Store {
  constructor(
    private readonly db: Db,
    readonly info: StoreInfo,
    private readonly onClose: () => void = () => {},
  ) {}

  // ───────────────────────────── writing ─────────────────────────────

  async knownRaw(rawHashes: string[]): Promise<Set<string>> {
    if (!rawHashes.length) return new Set();
    const rows = await this.db.query<{ raw_hash: string }>('SELECT raw_hash FROM raw_inputs WHERE raw_hash = ANY($1::text[])', [rawHashes]);
    return new Set(rows.map((r) => r.raw_hash));
  }

  async putDocuments(input: IngestDoc[]): Promise<PutResult[]> {
    if (!input.length) return [];
    // One row per id (first wins), inserted in id order so concurrent writers take row locks in the same order.
    const byId = new Map<string, IngestDoc>();
    for (const d of input) if (!byId.has(d.doc.id)) byId.set(d.doc.id, d);
    const ids = [...byId.keys()].sort();
    const results = await this.db.transaction(async (tx) => {
      const out = new Map<string, PutResult>();
      const existing = await tx.query<{ id: string; cluster_id: string | null }>(
        'SELECT id, cluster_id FROM documents WHERE id = ANY($1::text[])',
        [ids],
      );
      for (const e of existing)
        out.set(e.id, { id: e.id, source: byId.get(e.id)?.doc.source ?? '', status: 'exists', clusterId: e.cluster_id });
      const fresh = ids.filter((id) => !out.has(id)).map((id) => byId.get(id) as IngestDoc);
      if (fresh.length) await this.insertFresh(tx, fresh, out);
      // Every raw input seen, so a rerun skips it before analysis (ON CONFLICT: another process may have just done so).
      const raws = input
        .map((d) => ({ raw_hash: d.rawHash, doc_id: d.doc.id, source: d.doc.source }))
        .sort((a, b) => a.raw_hash.localeCompare(b.raw_hash));
      await tx.query(
        `INSERT INTO raw_inputs (raw_hash, doc_id, source)
         SELECT raw_hash, doc_id, source FROM jsonb_to_recordset($1::jsonb) AS x(raw_hash text, doc_id text, source text)
         ON CONFLICT (raw_hash) DO NOTHING`,
        [toJson(raws)],
      );
      return out;
    });
    return input.map((d) => {
      const r = results.get(d.doc.id) as PutResult;
      // A second copy inside one batch: the first one was written, this one is a duplicate.
      return byId.get(d.doc.id) === d ? r : { ...r, source: d.doc.source, status: 'exists' };
    });
  }

  private async insertFresh(tx: Queryable, fresh: IngestDoc[], out: Map<string, PutResult>): Promise<void> {
    // Near-duplicate candidates among stored documents (LSH bands), then among this batch.
    const docRows = fresh.map((d) => documentRow(d, d.doc.id));
    const bandKeys = docRows.flatMap((r, i) => r.bands.map((k) => ({ ord: i, key: k })));
    // Writers of new documents take turns, to commit: another writer's uncommitted near-duplicate or version of the
    // same URL would be invisible to the queries below, and the two would start two clusters or two latest versions.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    // One row per candidate document, with the batch positions it is a candidate for: a signature crosses once.
    const cands = bandKeys.length
      ? await tx.query<{ ords: number[]; id: string; cluster_id: string | null; signature: number[] | null }>(
          `SELECT array_agg(DISTINCT n.ord) AS ords, d.id, d.cluster_id, d.signature
           FROM jsonb_to_recordset($1::jsonb) AS n(ord int, key int)
           JOIN doc_bands b ON b.key = n.key JOIN documents d ON d.id = b.doc_id
           GROUP BY d.id ORDER BY d.id`,
          [JSON.stringify(bandKeys)],
        )
      : [];
    const byOrd = new Map<number, Array<{ id: string; clusterId: string | null; signature: number[] }>>();
    for (const c of cands) {
      const cand = { id: c.id, clusterId: c.cluster_id, signature: c.signature ?? [] };
      for (const ord of c.ords) {
        const l = byOrd.get(ord) ?? [];
        l.push(cand);
        byOrd.set(ord, l);
      }
    }
    const bandOwners = new Map<number, number[]>();
    docRows.forEach((row, i) => {
      const local = new Set<number>();
      for (const b of row.bands) for (const j of bandOwners.get(b) ?? []) local.add(j);
      const candidates = [
        ...(byOrd.get(i) ?? []),
        ...[...local].map((j) => ({
          id: docRows[j]?.id as string,
          clusterId: docRows[j]?.cluster_id as string,
          signature: fresh[j]?.signature ?? [],
        })),
      ];
      const chosen = chooseCluster(fresh[i]?.signature ?? [], candidates);
      if (chosen) row.cluster_id = chosen.clusterId;
      for (const b of row.bands) bandOwners.set(b, [...(bandOwners.get(b) ?? []), i]);
    });

    // The search row is written by the same statement, from the same parsed input, only for documents really inserted.
    const inserted = await tx.query<{ id: string }>(
      `WITH x AS MATERIALIZED (SELECT * FROM jsonb_to_recordset($1::jsonb) AS ${DOC_RECORD}),
       ins AS (INSERT INTO documents (${DOC_COLS}) SELECT ${DOC_COLS} FROM x ON CONFLICT (id) DO NOTHING RETURNING id),
       s AS (INSERT INTO doc_search (doc_id, published, outlet, tags, search)
             SELECT x.id, x.published, x.outlet, x.tags, ${SEARCH_VECTOR} FROM x JOIN ins ON ins.id = x.id),
       h AS (INSERT INTO doc_head (doc_id, head) SELECT x.id, x.head_v::tsvector FROM x JOIN ins ON ins.id = x.id)
       SELECT id FROM ins`,
      [toJson(docRows)],
    );
    const got = new Set(inserted.map((r) => r.id));
    const rowsById = new Map(docRows.map((r) => [r.id, r]));
    const bandRows = docRows.filter((r) => got.has(r.id)).flatMap((r) => [...new Set(r.bands)].map((key) => ({ key, doc_id: r.id })));
    if (bandRows.length) {
      await tx.query(
        'INSERT INTO doc_bands (key, doc_id) SELECT key, doc_id FROM jsonb_to_recordset($1::jsonb) AS x(key int, doc_id text)',
        [JSON.stringify(bandRows)],
      );
    }
    const ins = fresh.filter((d) => got.has(d.doc.id));
    for (const d of fresh) {
      if (!got.has(d.doc.id)) out.set(d.doc.id, { id: d.doc.id, source: d.doc.source, status: 'exists' });
    }
    if (!ins.length) return;

    await tx.query(
      `INSERT INTO raw_documents (doc_id, format, meta, raw_gz)
       SELECT doc_id, format, meta, decode(raw, 'base64') FROM jsonb_to_recordset($1::jsonb) AS x(doc_id text, format text, meta jsonb, raw text)`,
      [
        toJson(
          ins.map((d) => ({ doc_id: d.doc.id, format: d.rawFormat, meta: d.rawMeta ?? {}, raw: Buffer.from(d.rawGz).toString('base64') })),
        ),
      ],
    );
    const rows = ins.map((d) => analysisRows(d.doc.id, d.doc));
    await this.insertAnalysis(tx, rows);

    // Versions: a new document whose URL/source is already stored supersedes the latest stored version.
    const keys = [...new Set(ins.map((d) => rowsById.get(d.doc.id)?.version_key as string))];
    const prev = await tx.query<{ id: string; version_key: string }>(
      `SELECT id, version_key FROM documents WHERE version_key = ANY($1::text[]) AND superseded_by IS NULL AND NOT (id = ANY($2::text[]))
       ORDER BY ingested_at, id`,
      [keys, ins.map((d) => d.doc.id)],
    );
    const latest = new Map<string, string>();
    for (const p of prev) latest.set(p.version_key, p.id);
    for (const d of ins) {
      const key = rowsById.get(d.doc.id)?.version_key as string;
      const old = latest.get(key);
      const cluster = rowsById.get(d.doc.id)?.cluster_id as string;
      if (old) {
        await tx.query('UPDATE documents SET superseded_by = $1 WHERE id = $2', [d.doc.id, old]);
        await tx.query('UPDATE doc_search SET latest = false WHERE doc_id = $1', [old]);
        await tx.query('UPDATE documents SET previous_id = $1 WHERE id = $2', [old, d.doc.id]);
        out.set(d.doc.id, { id: d.doc.id, source: d.doc.source, status: 'new_version', previousId: old, clusterId: cluster });
      } else {
        out.set(d.doc.id, { id: d.doc.id, source: d.doc.source, status: 'added', clusterId: cluster });
      }
      latest.set(key, d.doc.id);
    }
  }

  private async insertAnalysis(tx: Queryable, rows: ReturnType<typeof analysisRows>[]): Promise<void> {
    const claims = rows.flatMap((r) => r.claims);
    if (claims.length) {
      await tx.query(`INSERT INTO claims (${CLAIM_INS}) SELECT ${CLAIM_INS} FROM jsonb_to_recordset($1::jsonb) AS ${CLAIM_RECORD}`, [
        toJson(claims),
      ]);
    }
    const entities = new Map<string, Record<string, unknown>>();
    for (const r of rows) for (const e of r.entities) if (!entities.has(e.id as string)) entities.set(e.id as string, e);
    if (entities.size) {
      const list = [...entities.values()].sort((a, b) => String(a.id).localeCompare(String(b.id)));
      await tx.query(
        `INSERT INTO entities (id, type, name) SELECT id, type, name FROM jsonb_to_recordset($1::jsonb) AS x(id text, type text, name text)
         ON CONFLICT (id) DO NOTHING`,
        [toJson(list)],
      );
      const de = rows.flatMap((r) => r.docEntities);
      await tx.query(`INSERT INTO doc_entities (${DE_INS}) SELECT ${DE_INS} FROM jsonb_to_recordset($1::jsonb) AS ${DE_RECORD}`, [
        toJson(de),
      ]);
    }
    const events = rows.flatMap((r) => r.events);
    if (events.length) {
      await tx.query(`INSERT INTO events (${EVENT_INS}) SELECT ${EVENT_INS} FROM jsonb_to_recordset($1::jsonb) AS ${EVENT_RECORD}`, [
        toJson(events),
      ]);
    }
  }

  async replaceAnalysis(id: string, doc: ExtractedDoc): Promise<void> {
    const rows = analysisRows(id, { ...doc, id });
    const sig = minhash(doc.text);
    const r = documentRow(
      { doc: { ...doc, id }, rawGz: new Uint8Array(), rawFormat: 'text', rawMeta: {}, rawHash: '', signature: sig },
      id,
    );
    await this.db.transaction(async (tx) => {
      const old = await tx.query<{ indicator: string }>(
        'SELECT DISTINCT indicator FROM claims WHERE doc_id = $1 AND indicator IS NOT NULL',
        [id],
      );
      this.touched.push(...old.map((o) => o.indicator), ...rows.indicators);
      await tx.query(
        `UPDATE documents SET title = $2, outlet = $3, author = $4, published = $5, published_basis = $6, published_not_before = $7,
           published_time = $8, text = $9, removed = $10::jsonb, quality = $11::jsonb, spun = $12, extractor = $13,
           signature = $14::int[], analysed_at = now(), url = coalesce($15, url)
         WHERE id = $1`,
        [
          id,
          r.title,
          r.outlet,
          r.author,
          r.published,
          r.published_basis,
          r.published_not_before,
          r.published_time,
          safeText(r.text),
          toJson(r.removed),
          toJson(r.quality),
          r.spun,
          r.extractor,
          r.signature,
          r.url,
        ],
      );
      await tx.query(
        `UPDATE doc_search SET published = $2, outlet = $3, tags = $4::text[],
           search = ${searchVector('$5', '$4::text[]')}
         WHERE doc_id = $1`,
        [id, r.published, r.outlet, r.tags, safeText(r.lexemes)],
      );
      await tx.query('UPDATE doc_head SET head = $2::tsvector WHERE doc_id = $1', [id, safeText(r.head_v)]);
      await tx.query('DELETE FROM doc_bands WHERE doc_id = $1', [id]);
      const bandRows = [...new Set(r.bands)].map((key) => ({ key, doc_id: id }));
      if (bandRows.length) {
        await tx.query(
          'INSERT INTO doc_bands (key, doc_id) SELECT key, doc_id FROM jsonb_to_recordset($1::jsonb) AS x(key int, doc_id text)',
          [JSON.stringify(bandRows)],
        );
      }
      await tx.query('DELETE FROM claims WHERE doc_id = $1', [id]);
      await tx.query('DELETE FROM doc_entities WHERE doc_id = $1', [id]);
      await tx.query('DELETE FROM events WHERE doc_id = $1', [id]);
      await this.insertAnalysis(tx, [rows]);
    });
  }

  /** Indicators touched by replaceAnalysis since the last refreshFacts(). */
  private touched: string[] = [];

  async *rawDocuments(batch = 100): AsyncGenerator<StoredRaw[]> {
    let after = '';
    for (;;) {
      const rows = await this.db.query<{ doc_id: string; source: string; format: 'text' | 'html'; meta: unknown; raw_gz: Uint8Array }>(
        `SELECT r.doc_id, d.source, r.format, r.meta, r.raw_gz FROM raw_documents r JOIN documents d ON d.id = r.doc_id
         WHERE r.doc_id > $1 ORDER BY r.doc_id LIMIT $2`,
        [after, batch],
      );
      if (!rows.length) return;
      yield rows.map((r) => ({
        id: r.doc_id,
        source: r.source,
        format: r.format,
        meta: json<Record<string, unknown>>(r.meta) ?? {},
        rawGz: new Uint8Array(r.raw_gz),
      }));
      after = rows.at(-1)?.doc_id as string;
    }
  }

  async refreshFacts(indicators?: string[]): Promise<number> {
    const all = !indicators;
    let list =
      indicators ??
      (await this.db.query<{ indicator: string }>('SELECT DISTINCT indicator FROM claims WHERE indicator IS NOT NULL')).map(
        (r) => r.indicator,
      );
    list = [...new Set([...list, ...this.touched.splice(0)])].sort();
    let written = 0;
    for (const ind of list) written += await this.refreshIndicator(ind);
    if (all) await this.db.query('DELETE FROM facts WHERE NOT (indicator = ANY($1::text[]))', [list]);
    return written;
  }

  private async refreshIndicator(indicator: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('facts:' || $1))", [indicator]);
      const rows = await tx.query(
        `SELECT c.id, c.doc_id, c.text, c.sentence_text, c.context, c.value, c.value_max, c.unit, c.counted, c.qualifier, c.modality,
           c.change, c.period_start::text AS period_start, c.period_end::text AS period_end, c.as_of::text AS as_of, c.indicator,
           c.subject, d.published::text AS published, d.cluster_id, d.title, d.outlet, d.url, d.source,
           r.action AS r_action, r.value AS r_value, r.value_max AS r_value_max, r.fields AS r_fields
         FROM claims c JOIN documents d ON d.id = c.doc_id
         ${LATEST_REVIEW('claim', 'c.id')}
         WHERE (c.indicator = $1 OR r.fields->>'indicator' = $1) AND d.superseded_by IS NULL`,
        [indicator],
      );
      const claims = rows.map(toReconcileClaim);
      const facts = reconcile(claims).filter((f) => f.indicator === indicator);
      await tx.query('DELETE FROM facts WHERE indicator = $1', [indicator]);
      if (facts.length) {
        await tx.query(
          `INSERT INTO facts (id, indicator, subject, year, period_start, period_end, status, claim_count, data)
           SELECT id, indicator, subject, year, period_start, period_end, status, claim_count, data
           FROM jsonb_to_recordset($1::jsonb) AS x(id text, indicator text, subject text, year int, period_start date, period_end date,
             status text, claim_count int, data jsonb)`,
          [
            toJson(
              facts.map((f) => ({
                id: f.id,
                indicator: f.indicator,
                subject: f.subject,
                year: f.year,
                period_start: isoDate(f.period?.start),
                period_end: isoDate(f.period?.end),
                status: f.status,
                claim_count: f.claims.length,
                data: f,
              })),
            ),
          ],
        );
      }
      return facts.length;
    });
  }

  // ───────────────────────────── documents ─────────────────────────────

  async getDocument(id: string): Promise<DocumentDetail | null> {
    const rows = await this.db.query(
      `SELECT ${SUMMARY_COLS}, d.text, d.author, d.encoding, d.removed, d.quality, d.extractor, d.previous_id, d.version_key,
         (SELECT octet_length(raw_gz) FROM raw_documents WHERE doc_id = d.id) AS raw_bytes
       FROM documents d WHERE d.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    const [claims, entities, events, versions, duplicates] = await Promise.all([
      this.db.query(
        `SELECT ${CLAIM_COLS} FROM claims c ${LATEST_REVIEW('claim', 'c.id')} WHERE c.doc_id = $1 ORDER BY c.start_off, c.ord`,
        [id],
      ),
      this.db.query(
        'SELECT entity_id, type, name, title, mentions FROM doc_entities WHERE doc_id = $1 ORDER BY mention_count DESC, entity_id',
        [id],
      ),
      this.db.query(
        `SELECT ${EVENT_COLS} FROM events e ${LATEST_REVIEW('event', 'e.id')} WHERE e.doc_id = $1 ORDER BY e.start_off, e.ord`,
        [id],
      ),
      this.db.query(
        `SELECT id, iso_ts(ingested_at) AS ingested_at, published::text AS published FROM documents WHERE version_key = $1
         ORDER BY ingested_at, id`,
        [r.version_key],
      ),
      r.cluster_id
        ? this.db.query(
            `SELECT ${SUMMARY_COLS} FROM documents d WHERE d.cluster_id = $1 AND d.id <> $2 ORDER BY d.published NULLS LAST, d.id LIMIT 50`,
            [r.cluster_id, id],
          )
        : Promise.resolve([]),
    ]);
    return {
      ...toSummary(r),
      text: r.text as string,
      author: (r.author as string) ?? null,
      encoding: (r.encoding as string) ?? null,
      removed: json(r.removed) ?? [],
      quality: json(r.quality) ?? { spun: 0, repairs: 0 },
      extractor: r.extractor as string,
      previousId: (r.previous_id as string) ?? null,
      versions: versions.map((v) => ({
        id: v.id as string,
        ingestedAt: v.ingested_at as string,
        published: (v.published as string) ?? null,
      })),
      claims: claims.map(toClaim),
      entities: entities.map((e) => ({
        id: e.entity_id as string,
        type: e.type as never,
        name: e.name as string,
        title: (e.title as string) ?? null,
        mentions: json(e.mentions) ?? [],
      })),
      events: events.map(toEvent),
      duplicates: duplicates.map(toSummary),
      rawBytes: Number(r.raw_bytes ?? 0),
    };
  }

  async findDocuments(key: string, limit = 10): Promise<DocumentSummary[]> {
    const rows = await this.db.query(
      `SELECT ${SUMMARY_COLS} FROM documents d WHERE d.id LIKE $1 || '%' OR d.source = $2 OR d.url = $2
       ORDER BY d.superseded_by NULLS FIRST, d.ingested_at DESC LIMIT $3`,
      // Only a hex string of 4+ characters is taken as an id prefix; anything else must be a source or URL.
      [/^[0-9a-f]{4,16}$/i.test(key) ? key.toLowerCase() : '-', key, limit],
    );
    return rows.map(toSummary);
  }

  async listDocuments(
    q: { from?: string; to?: string; outlet?: string; latestOnly?: boolean; limit?: number; cursor?: string | null } = {},
  ): Promise<Page<DocumentSummary>> {
    const limit = limitOf(q.limit, 50, 1000);
    const offset = decodeCursor(q.cursor);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.from) add('d.published >= ?', boundDate(q.from, false));
    if (q.to) add('d.published <= ?', boundDate(q.to, true));
    if (q.outlet) add('d.outlet = ?', q.outlet);
    if (q.latestOnly !== false) where.push('d.superseded_by IS NULL');
    params.push(limit + 1, offset);
    const rows = await this.db.query(
      `SELECT ${SUMMARY_COLS} FROM documents d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY d.published DESC NULLS LAST, d.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return page(rows.map(toSummary), limit, offset);
  }

  async getCluster(id: string): Promise<ClusterDetail | null> {
    const rows = await this.db.query(
      `SELECT ${SUMMARY_COLS} FROM documents d WHERE d.cluster_id = $1 ORDER BY d.published NULLS LAST, d.id`,
      [id],
    );
    return rows.length ? { id, documents: rows.map(toSummary) } : null;
  }

  // ───────────────────────────── claims and facts ─────────────────────────────

  async claimsFor(f: ClaimFilter): Promise<Page<StoredClaim>> {
    const limit = limitOf(f.limit, 100, 5000);
    const offset = decodeCursor(f.cursor);
    const where: string[] = [];
    const { params, p } = sqlParams();
    if (f.docId) where.push(`c.doc_id = ${p(f.docId)}`);
    if (f.indicator) where.push(`c.indicator = ${p(f.indicator)}`);
    if (f.subject) {
      const s = p(f.subject);
      where.push(`(c.subject = ${s} OR c.subject LIKE ${s} || '-%' OR c.subject LIKE '%-' || ${s})`);
    }
    if (f.modality) where.push(`c.modality = ${p(f.modality)}`);
    if (f.extractor) where.push(`c.extractor = ${p(f.extractor)}`);
    const from = boundDate(f.from, false);
    const to = boundDate(f.to, true);
    if (from) where.push(`coalesce(c.period_end, c.as_of) >= ${p(from)}`);
    if (to) where.push(`coalesce(c.period_start, c.as_of) <= ${p(to)}`);
    if (f.factId) {
      const fact = await this.getFact(f.factId);
      const ids = fact ? fact.claims.flatMap((c) => [c.claimId, ...c.copies]) : [];
      where.push(`c.id = ANY(${p(ids)}::text[])`);
    }
    if (!f.includeRejected) where.push("(r.action IS NULL OR r.action <> 'reject')");
    const rows = await this.db.query(
      `SELECT ${CLAIM_COLS} FROM claims c ${LATEST_REVIEW('claim', 'c.id')}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.doc_id, c.start_off, c.ord LIMIT ${p(limit + 1)} OFFSET ${p(offset)}`,
      params,
    );
    return page(rows.map(toClaim), limit, offset);
  }

  private async queryFacts(f: FactFilter, conflictsOnly: boolean): Promise<Page<Fact>> {
    const limit = limitOf(f.limit, 200, 5000);
    const offset = decodeCursor(f.cursor);
    const where: string[] = [];
    const { params, p } = sqlParams();
    if (f.indicator) {
      if (/[.*]$/.test(f.indicator)) where.push(`f.indicator LIKE ${p(f.indicator.replace(/\*$/, ''))} || '%'`);
      else where.push(`f.indicator = ${p(f.indicator)}`);
    }
    if (f.subject) {
      const s = p(f.subject);
      where.push(`(f.subject = ${s} OR f.subject LIKE ${s} || '-%' OR f.subject LIKE '%-' || ${s})`);
    }
    const from = boundDate(f.from, false);
    const to = boundDate(f.to, true);
    if (from) where.push(`coalesce(f.period_end, make_date(f.year, 12, 31)) >= ${p(from)}`);
    if (to) where.push(`coalesce(make_date(f.year, 1, 1), f.period_start) <= ${p(to)}`);
    const statuses = f.status ? (Array.isArray(f.status) ? f.status : [f.status]) : null;
    if (statuses) where.push(`f.status = ANY(${p(statuses)}::text[])`);
    if (conflictsOnly) where.push("f.status <> 'consistent'");
    const order = conflictsOnly
      ? `${STATUS_RANK_SQL}, f.indicator, f.subject, f.year`
      : 'f.indicator, f.subject NULLS FIRST, f.year NULLS FIRST, f.id';
    const rows = await this.db.query<{ data: unknown }>(
      `SELECT f.data FROM facts f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${order} LIMIT ${p(limit + 1)} OFFSET ${p(offset)}`,
      params,
    );
    return page(
      rows.map((r) => json<Fact>(r.data)),
      limit,
      offset,
    );
  }

  listFacts(filter: FactFilter = {}): Promise<Page<Fact>> {
    return this.queryFacts(filter, false);
  }

  listConflicts(filter: FactFilter = {}): Promise<Page<Fact>> {
    return this.queryFacts(filter, true);
  }

  async getFact(id: string): Promise<Fact | null> {
    const rows = await this.db.query<{ data: unknown }>('SELECT data FROM facts WHERE id = $1', [id]);
    return rows[0] ? json<Fact>(rows[0].data) : null;
  }

  async indicators(): Promise<Array<{ indicator: string; claims: number; facts: number }>> {
    const rows = await this.db.query<{ indicator: string; claims: number; facts: number }>(
      `SELECT c.indicator, count(*) AS claims, (SELECT count(*) FROM facts f WHERE f.indicator = c.indicator) AS facts
       FROM claims c WHERE c.indicator IS NOT NULL GROUP BY c.indicator ORDER BY c.indicator`,
    );
    return rows.map((r) => ({ indicator: r.indicator, claims: Number(r.claims), facts: Number(r.facts) }));
  }

  // ───────────────────────────── entities, events ─────────────────────────────

  async listEntities(f: EntityFilter = {}): Promise<Page<EntitySummary>> {
    const limit = limitOf(f.limit, 50, 1000);
    const offset = decodeCursor(f.cursor);
    const where: string[] = [];
    const { params, p } = sqlParams();
    if (f.type) where.push(`e.type = ${p(f.type)}`);
    let order = 'documents DESC, e.id';
    if (f.q) {
      const q = p(f.q);
      where.push(`(search_key(e.name) LIKE search_key(${q}) || '%' OR search_key(e.name) % search_key(${q}) OR lower(e.id) = lower(${q})
        OR EXISTS (SELECT 1 FROM doc_entities a WHERE a.entity_id = e.id AND search_key(a.name) LIKE search_key(${q}) || '%'))`);
      order = `similarity(search_key(e.name), search_key(${q})) DESC, ${order}`;
    }
    const rows = await this.db.query(
      `SELECT e.id, e.type, e.name, count(de.doc_id) AS documents, coalesce(sum(de.mention_count), 0) AS mentions,
         array_remove(array_agg(DISTINCT de.name), e.name) AS aliases, max(de.title) AS title
       FROM entities e LEFT JOIN doc_entities de ON de.entity_id = e.id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY e.id, e.type, e.name ORDER BY ${order} LIMIT ${p(limit + 1)} OFFSET ${p(offset)}`,
      params,
    );
    return page(rows.map(toEntitySummary), limit, offset);
  }

  async getEntity(id: string): Promise<EntityPage | null> {
    const rows = await this.db.query(
      `SELECT e.id, e.type, e.name, count(de.doc_id) AS documents, coalesce(sum(de.mention_count), 0) AS mentions,
         array_remove(array_agg(DISTINCT de.name), e.name) AS aliases, max(de.title) AS title
       FROM entities e LEFT JOIN doc_entities de ON de.entity_id = e.id WHERE e.id = $1 GROUP BY e.id, e.type, e.name`,
      [id],
    );
    if (!rows[0]) return null;
    const [docs, claims, events, related, timeline] = await Promise.all([
      this.db.query(
        `SELECT ${SUMMARY_COLS} FROM doc_entities de JOIN documents d ON d.id = de.doc_id WHERE de.entity_id = $1
         ORDER BY d.published DESC NULLS LAST, d.id LIMIT 20`,
        [id],
      ),
      this.claimsFor({ subject: id, limit: 100 }),
      this.events({ actor: id, limit: 100 }),
      this.db.query<{ id: string; type: string; name: string; count: number }>(
        `SELECT b.entity_id AS id, min(b.type) AS type, min(e.name) AS name, count(*) AS count
         FROM doc_entities a JOIN doc_entities b ON b.doc_id = a.doc_id AND b.entity_id <> a.entity_id
         LEFT JOIN entities e ON e.id = b.entity_id
         WHERE a.entity_id = $1 GROUP BY b.entity_id ORDER BY count DESC, b.entity_id LIMIT 20`,
        [id],
      ),
      this.db.query<{ year: number; documents: number; events: number }>(
        `SELECT y AS year, sum(docs) AS documents, sum(evs) AS events FROM (
           SELECT extract(year FROM d.published)::int AS y, count(*) AS docs, 0 AS evs
             FROM doc_entities de JOIN documents d ON d.id = de.doc_id WHERE de.entity_id = $1 AND d.published IS NOT NULL GROUP BY 1
           UNION ALL
           SELECT extract(year FROM e.date_start)::int, 0, count(*) FROM events e WHERE $1 = ANY(e.actors) AND e.date_start IS NOT NULL GROUP BY 1
         ) t GROUP BY y ORDER BY y`,
        [id],
      ),
    ]);
    return {
      entity: toEntitySummary(rows[0]),
      documents: docs.map(toSummary),
      claims: claims.items,
      events: events.items,
      related: related.map((r) => ({ id: r.id, type: r.type as never, name: r.name ?? r.id, count: Number(r.count) })),
      timeline: timeline.map((t) => ({ year: Number(t.year), documents: Number(t.documents), events: Number(t.events) })),
    };
  }

  async events(f: EventFilter = {}): Promise<Page<StoredEvent>> {
    const limit = limitOf(f.limit, 100, 5000);
    const offset = decodeCursor(f.cursor);
    const where: string[] = [];
    const { params, p } = sqlParams();
    if (f.type) where.push(`e.type = ANY(${p(Array.isArray(f.type) ? f.type : [f.type])}::text[])`);
    if (f.actor) where.push(`${p(f.actor)} = ANY(e.actors)`);
    const from = boundDate(f.from, false);
    const to = boundDate(f.to, true);
    if (from) where.push(`coalesce(e.date_end, e.date_start) >= ${p(from)}`);
    if (to) where.push(`e.date_start <= ${p(to)}`);
    if (f.docId) where.push(`e.doc_id = ${p(f.docId)}`);
    if (f.clusterId) where.push(`e.doc_id IN (SELECT id FROM documents WHERE cluster_id = ${p(f.clusterId)})`);
    if (!f.includeRejected) where.push("(r.action IS NULL OR r.action <> 'reject')");
    const rows = await this.db.query(
      `SELECT ${EVENT_COLS} FROM events e ${LATEST_REVIEW('event', 'e.id')}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY e.date_start DESC NULLS LAST, e.id LIMIT ${p(limit + 1)} OFFSET ${p(offset)}`,
      params,
    );
    return page(rows.map(toEvent), limit, offset);
  }

  // ───────────────────────────── reviews ─────────────────────────────

  async addReview(input: ReviewInput): Promise<Review> {
    if (!['accept', 'reject', 'correct'].includes(input.action)) throw new Error(`unknown review action "${input.action}"`);
    if (!input.reviewer?.trim()) throw new Error('người duyệt là bắt buộc / reviewer is required');
    if (!input.reason?.trim()) throw new Error('lý do là bắt buộc / reason is required');
    if (input.action === 'correct' && input.value == null && input.valueMax == null && !Object.keys(input.fields ?? {}).length) {
      throw new Error('sửa cần giá trị mới / correct needs a new value or fields');
    }
    const { kind, id } = input.target;
    const snap =
      kind === 'claim'
        ? (await this.db.query(`SELECT ${CLAIM_COLS} FROM claims c ${LATEST_REVIEW('claim', 'c.id')} WHERE c.id = $1`, [id])).map(toClaim)
        : (await this.db.query(`SELECT ${EVENT_COLS} FROM events e ${LATEST_REVIEW('event', 'e.id')} WHERE e.id = $1`, [id])).map(toEvent);
    const target = snap[0];
    if (!target) throw new Error(`không tìm thấy ${kind === 'claim' ? 'số liệu' : 'sự kiện'} / ${kind} not found: ${id}`);
    const { review: _r, extractor: _x, ...machine } = target;
    const snapshot: Record<string, unknown> = { ...machine, extractor: target.extractor };
    const rows = await this.db.query<Row>(
      `INSERT INTO reviews (target_kind, target_id, action, value, value_max, fields, reviewer, reason, at, snapshot)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, coalesce($9::timestamptz, now()), $10::jsonb)
       RETURNING id, iso_ts(at) AS at`,
      [
        kind,
        id,
        input.action,
        input.value ?? null,
        input.valueMax ?? null,
        input.fields ? toJson(input.fields) : null,
        input.reviewer,
        input.reason,
        input.at ?? null,
        toJson(snapshot),
      ],
    );
    const row = rows[0] as Row;
    if (kind === 'claim') {
      const inds = [(target as StoredClaim).indicator, input.fields?.indicator].filter((x): x is string => typeof x === 'string' && !!x);
      if (inds.length) await this.refreshFacts(inds);
    }
    return { ...input, id: Number(row.id), at: row.at as string, snapshot };
  }

  async reviewsFor(target: ReviewTarget): Promise<Review[]> {
    const rows = await this.db.query(`SELECT ${REVIEW_COLS} FROM reviews WHERE target_kind = $1 AND target_id = $2 ORDER BY id`, [
      target.kind,
      target.id,
    ]);
    return rows.map(toReview);
  }

  async recentReviews(limit = 50): Promise<Review[]> {
    const rows = await this.db.query(`SELECT ${REVIEW_COLS} FROM reviews ORDER BY id DESC LIMIT $1`, [limitOf(limit, 50, 1000)]);
    return rows.map(toReview);
  }

  async claimHistory(id: string): Promise<ClaimHistory | null> {
    const [rows, reviews] = await Promise.all([
      this.db.query(`SELECT ${CLAIM_COLS} FROM claims c ${LATEST_REVIEW('claim', 'c.id')} WHERE c.id = $1`, [id]),
      this.reviewsFor({ kind: 'claim', id }),
    ]);
    const claim = rows[0] ? toClaim(rows[0]) : null;
    if (!claim && !reviews.length) return null;
    const last = reviews.at(-1);
    let effective: ClaimHistory['effective'] = null;
    if (claim) {
      if (last?.action === 'reject') effective = { value: claim.value, valueMax: claim.valueMax ?? null, rejected: true };
      else if (last?.action === 'correct' && last.value != null)
        effective = { value: last.value, valueMax: last.valueMax ?? null, rejected: false };
      else effective = { value: claim.value, valueMax: claim.valueMax ?? null, rejected: false };
    }
    return { claim, reviews, effective };
  }

  // ───────────────────────────── search ─────────────────────────────

  searchDocuments(q: SearchQuery): Promise<SearchResult> {
    return searchDocuments(this.db, q);
  }

  // ───────────────────────────── stats ─────────────────────────────

  async stats(): Promise<StoreStats> {
    const [r] = await this.db.query(`SELECT
      (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM documents WHERE superseded_by IS NOT NULL) AS superseded,
      (SELECT count(DISTINCT cluster_id) FROM documents) AS clusters,
      (SELECT count(*) FROM documents d WHERE EXISTS (SELECT 1 FROM documents o WHERE o.cluster_id = d.cluster_id AND o.id <> d.id)) AS dup_docs,
      (SELECT coalesce(sum(octet_length(raw_gz)), 0) FROM raw_documents) AS raw_bytes,
      (SELECT count(*) FROM claims) AS claims,
      (SELECT count(*) FROM claims WHERE indicator IS NOT NULL) AS claims_ind,
      (SELECT count(*) FROM entities) AS entities,
      (SELECT coalesce(sum(mention_count), 0) FROM doc_entities) AS mentions,
      (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM facts) AS facts,
      (SELECT count(*) FROM reviews) AS reviews,
      (SELECT min(published)::text FROM documents) AS pmin,
      (SELECT max(published)::text FROM documents) AS pmax,
      (SELECT count(*) FROM documents WHERE published IS NULL) AS undated,
      (SELECT coalesce(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM facts GROUP BY status) s) AS by_status,
      (SELECT coalesce(json_object_agg(extractor, n), '{}') FROM (SELECT extractor, count(*) AS n FROM claims GROUP BY extractor) s) AS extractors,
      (SELECT coalesce(json_agg(x), '[]') FROM (SELECT outlet AS value, count(*) AS count FROM documents WHERE outlet IS NOT NULL
         GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT 20) x) AS outlets,
      (SELECT coalesce(json_agg(x), '[]') FROM (SELECT indicator AS value, count(*) AS count FROM claims WHERE indicator IS NOT NULL
         GROUP BY indicator ORDER BY 2 DESC, 1 LIMIT 50) x) AS indicators`);
    const s = r as Row;
    const n = (k: string) => Number(s[k] ?? 0);
    const byStatus = json<Record<string, number>>(s.by_status) ?? {};
    const factsByStatus = Object.fromEntries(STATUS_ORDER.map((k) => [k, Number(byStatus[k] ?? 0)])) as Record<FactStatus, number>;
    const ext = json<Record<string, number>>(s.extractors) ?? {};
    return {
      backend: this.info.backend,
      schemaVersion: this.info.schemaVersion,
      documents: n('documents'),
      supersededDocuments: n('superseded'),
      clusters: n('clusters'),
      duplicateDocuments: n('dup_docs'),
      rawBytes: n('raw_bytes'),
      claims: n('claims'),
      claimsWithIndicator: n('claims_ind'),
      entities: n('entities'),
      mentions: n('mentions'),
      events: n('events'),
      facts: n('facts'),
      factsByStatus,
      reviews: n('reviews'),
      extractorVersions: Object.fromEntries(Object.entries(ext).map(([k, v]) => [k, Number(v)])),
      published: { min: (s.pmin as string) ?? null, max: (s.pmax as string) ?? null, undated: n('undated') },
      outlets: (json<FacetCount[]>(s.outlets) ?? []).map((x) => ({ ...x, count: Number(x.count) })),
      indicators: (json<FacetCount[]>(s.indicators) ?? []).map((x) => ({ ...x, count: Number(x.count) })),
    };
  }

  async maintain(): Promise<void> {
    // Merge the full-text index's pending list (filled cheaply during bulk writes) into the index proper.
    await this.db.query("SELECT gin_clean_pending_list('doc_search_words'::regclass)");
    // PGlite has no autovacuum: without fresh statistics the planner picks seq scans after a bulk load.
    await this.db.query('ANALYZE');
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.onClose();
    }
  }
}

const REVIEW_COLS = 'id, target_kind, target_id, action, value, value_max, fields, reviewer, reason, iso_ts(at) AS at, snapshot';

function toReview(r: Row): Review {
  const out: Review = {
    id: Number(r.id),
    target: { kind: r.target_kind as 'claim', id: r.target_id as string },
    action: r.action as Review['action'],
    reviewer: r.reviewer as string,
    reason: r.reason as string,
    at: r.at as string,
    snapshot: json<Record<string, unknown>>(r.snapshot) ?? {},
  };
  if (r.value != null) out.value = Number(r.value);
  if (r.value_max != null) out.valueMax = Number(r.value_max);
  if (r.fields != null) out.fields = json(r.fields);
  return out;
}

function toEntitySummary(r: Row): EntitySummary {
  return {
    id: r.id as string,
    type: r.type as EntitySummary['type'],
    name: r.name as string,
    title: (r.title as string) ?? null,
    aliases: ((r.aliases as (string | null)[]) ?? []).filter((a): a is string => !!a),
    documentCount: Number(r.documents ?? 0),
    mentionCount: Number(r.mentions ?? 0),
  };
}

function toReconcileClaim(r: Row): ReconcileClaim {
  const period = r.period_start && r.period_end ? { start: r.period_start as string, end: r.period_end as string } : null;
  return {
    id: r.id as string,
    docId: r.doc_id as string,
    text: r.text as string,
    sentence: (r.sentence_text as string) ?? null,
    context: (r.context as string) ?? null,
    value: Number(r.value),
    valueMax: r.value_max == null ? null : Number(r.value_max),
    unit: r.unit as string,
    counted: (r.counted as string) ?? null,
    qualifier: r.qualifier as ReconcileClaim['qualifier'],
    modality: r.modality as ReconcileClaim['modality'],
    change: !!r.change,
    period,
    asOf: (r.as_of as string) ?? null,
    indicator: r.indicator as string,
    subject: (r.subject as string) ?? null,
    published: (r.published as Published['date']) ?? null,
    clusterId: (r.cluster_id as string) ?? null,
    source: {
      title: (r.title as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      url: (r.url as string) ?? null,
      source: r.source as string,
    },
    review: r.r_action
      ? {
          action: r.r_action as 'accept',
          value: r.r_value == null ? null : Number(r.r_value),
          valueMax: r.r_value_max == null ? null : Number(r.r_value_max),
          fields: json(r.r_fields) ?? null,
        }
      : null,
  };
}

function page<T>(rows: T[], limit: number, offset: number): Page<T> {
  const more = rows.length > limit;
  return { items: rows.slice(0, limit), nextCursor: more ? encodeCursor(offset + limit) : null };
}
