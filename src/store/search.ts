// Full-text search over doc_search (migration 002). Matches are ranked by relevance inside a window of the
// SEARCH_WINDOW newest ones; later pages follow recency with a keyset cursor, so a deep page costs what the first does.
// The total is exact up to EXACT_COUNT matches (by the planner's estimate) and that estimate beyond, marked
// totalExact: false: counting 70,000 matches costs more than the rest of a search together.
import type { Db, Queryable, Row } from './db.ts';
import { boundDate, json, limitOf, SUMMARY_COLS, sqlParams, toSummary } from './rows.ts';
import { tagsQuery, tsqueryLiterals } from './search-key.ts';
import { snippetFor } from './snippet.ts';
import type { FacetCount, SearchQuery, SearchResult } from './types.ts';

/** Matches ranked and faceted per search: the most recent ones. */
export const SEARCH_WINDOW = 1000;
/** Up to this many matches (by the planner's estimate) the total is counted. */
export const EXACT_COUNT = 20_000;
/** The limits searches use; tests lower them to reach the broad-query paths with a small store. */
export const searchLimits = { window: SEARCH_WINDOW, exactCount: EXACT_COUNT };

/** Where the next page starts: an offset into the ranked window, or after a (recency, id) key beyond it. */
export type SearchCursor = { offset: number } | { after: [string, string] };

export function encodeSearchCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify('offset' in c ? { o: c.offset } : { a: c.after }), 'utf8').toString('base64url');
}

/** A cursor this module made; anything else starts from the first page. */
export function decodeSearchCursor(s: string | null | undefined): SearchCursor {
  if (!s) return { offset: 0 };
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as { o?: unknown; a?: unknown };
    if (Number.isSafeInteger(v.o) && (v.o as number) >= 0) return { offset: v.o as number };
    const a = v.a;
    if (Array.isArray(a) && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string' && isKeyDate(a[0]))
      return { after: [a[0], a[1]] };
  } catch {
    // not ours
  }
  return { offset: 0 };
}

const isKeyDate = (s: string) => s === '-infinity' || /^\d{4}-\d{2}-\d{2}$/.test(s);

interface Condition {
  sql: string;
  params: unknown[];
  /** The ranking query, when words were given. */
  rank: string | null;
}

function condition(q: SearchQuery): Condition {
  const { params, p } = sqlParams();
  const where: string[] = [];
  const text = tsqueryLiterals(q.q?.trim() ?? '');
  const tags: string[] = [];
  if (q.entity) tags.push(`e:${q.entity}`);
  if (q.indicator) tags.push(`i:${q.indicator}`);
  if (q.eventType) tags.push(`t:${q.eventType}`);
  if (q.outlet) tags.push(`o:${q.outlet}`);
  // Words and filter tags in one tsquery: the index intersects them before any row is read.
  const match = [text ? `(${text.match})` : '', tagsQuery(tags)].filter(Boolean).join(' & ');
  if (match) where.push(`s.search @@ ${p(match)}::tsquery`);
  const from = boundDate(q.from, false);
  const to = boundDate(q.to, true);
  if (from) where.push(`s.recency >= ${p(from)}::date`);
  if (to) where.push(`s.recency <= ${p(to)}::date AND s.recency > '-infinity'::date`);
  if (q.cluster) where.push(`s.doc_id IN (SELECT id FROM documents WHERE cluster_id = ${p(q.cluster)})`);
  if (q.latestOnly !== false) where.push('s.latest');
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, rank: text?.rank ?? null };
}

const facetSql = (name: string, sql: string) => `(SELECT coalesce(json_agg(x), '[]') FROM (${sql}) x) AS ${name}`;
const FACETS = [
  facetSql(
    'outlet',
    'SELECT outlet AS value, count(*) AS count FROM w WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT 20',
  ),
  facetSql(
    'year',
    'SELECT extract(year FROM published)::int::text AS value, count(*) AS count FROM w WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC',
  ),
  facetSql(
    'entity',
    `SELECT t.value, coalesce(e.name, t.value) AS label, t.count FROM (
       SELECT substr(tag, 3) AS value, count(*) AS count FROM w, unnest(w.tags) tag WHERE tag LIKE 'e:%' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20
     ) t LEFT JOIN entities e ON e.id = t.value ORDER BY t.count DESC, t.value`,
  ),
  facetSql(
    'indicator',
    `SELECT substr(tag, 3) AS value, count(*) AS count FROM w, unnest(w.tags) tag WHERE tag LIKE 'i:%' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`,
  ),
  facetSql(
    'event_type',
    `SELECT substr(tag, 3) AS value, count(*) AS count FROM w, unnest(w.tags) tag WHERE tag LIKE 't:%' GROUP BY 1 ORDER BY 2 DESC, 1`,
  ),
].join(',\n');

const HIT_COLS = `${SUMMARY_COLS}, d.text`;

export async function searchDocuments(db: Db, q: SearchQuery): Promise<SearchResult> {
  const limit = limitOf(q.limit, 20, 200);
  const cursor = decodeSearchCursor(q.cursor);
  const cond = condition(q);
  const withFacets = q.facets !== false && 'offset' in cursor;
  const text = q.q?.trim() ?? '';
  const { page, total } = await db.transaction(async (tx) => {
    // The planner does not price reading a search vector: a sequential scan would read every one of them.
    await tx.query('SET LOCAL enable_seqscan = off');
    const estimate = await estimateMatches(tx, cond);
    // Many matches: the window comes from the newest documents and the total is the estimate. Few: all are read.
    const broad = estimate > searchLimits.exactCount;
    const page =
      'offset' in cursor
        ? await rankedPage(tx, cond, estimate, cursor.offset, limit, withFacets)
        : await recencyPage(tx, cond, broad, cursor.after, limit);
    const total = page.total ?? (broad ? { n: Math.max(searchLimits.window, estimate), exact: false } : await countMatches(tx, cond));
    return { page, total };
  });
  // Snippets after the transaction: PGlite's one connection is free for the next request meanwhile.
  return {
    hits: page.hits.map((h) => {
      const s = snippetFor(h.text as string, text);
      return { doc: toSummary(h), rank: Number(h.rank ?? 0), snippet: s.snippet, highlights: s.highlights };
    }),
    total: total.n,
    totalExact: total.exact,
    ...(page.windowFull && withFacets ? { facetsSample: searchLimits.window } : {}),
    facets: page.facets,
    nextCursor: page.next ? encodeSearchCursor(page.next) : null,
  };
}

interface PageRows {
  hits: Row[];
  /** Known when the page's query saw every match; else counted or estimated afterwards. */
  total: { n: number; exact: boolean } | null;
  windowFull: boolean;
  facets: SearchResult['facets'];
  next: SearchCursor | null;
}

const NO_FACETS: SearchResult['facets'] = { outlet: [], year: [], entity: [], indicator: [], eventType: [] };
const WINDOW_COLS = 's.doc_id, s.published, s.recency, s.outlet, s.tags';

/** How the window of newest matches is read (see windowPlan). */
type WindowPlan = { kind: 'all' } | { kind: 'walk' } | { kind: 'since'; cutoff: string };

/**
 * The window: the newest matches. all: every match from the word index (which also counts them). since: only
 * documents at least as recent as the cutoff, through the word and recency indexes together. walk: down the recency
 * index testing each row, which reads each row's out-of-line vector: cheap only when most rows match.
 */
function windowSql(cond: Condition, plan: WindowPlan, cutoffParam: string): string {
  const order = `ORDER BY recency DESC, doc_id DESC LIMIT ${searchLimits.window}`;
  if (plan.kind === 'walk') return `w AS MATERIALIZED (SELECT ${WINDOW_COLS} FROM doc_search s ${cond.sql} ${order})`;
  const where = plan.kind === 'since' ? `${cond.sql ? `${cond.sql} AND` : 'WHERE'} s.recency >= ${cutoffParam}` : cond.sql;
  // OFFSET 0 keeps the planner from turning this into a walk.
  return `m AS MATERIALIZED (SELECT ${WINDOW_COLS} FROM doc_search s ${where} OFFSET 0),
     w AS MATERIALIZED (SELECT * FROM m ${order})`;
}

/**
 * Few expected matches: all. Most rows matching: walk (about window/share rows read). Between: since the recency of
 * the k-th newest document, k such that matches spread evenly in time fill the window twice over.
 */
async function windowPlan(tx: Queryable, estimate: number): Promise<WindowPlan> {
  if (estimate <= searchLimits.exactCount) return { kind: 'all' };
  const [r] = await tx.query<{ n: number }>("SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'doc_search'::regclass");
  const rows = Number(r?.n ?? 0);
  if (rows <= 0) return { kind: 'all' };
  if (estimate * 2 >= rows) return { kind: 'walk' };
  const k = Math.ceil((2 * searchLimits.window * rows) / estimate);
  if (k >= rows) return { kind: 'all' };
  const [c] = await tx.query<{ r: string }>(
    'SELECT recency::text AS r FROM doc_search ORDER BY recency DESC, doc_id DESC OFFSET $1 LIMIT 1',
    [k],
  );
  return c?.r ? { kind: 'since', cutoff: c.r } : { kind: 'all' };
}

async function rankedPage(
  tx: Queryable,
  cond: Condition,
  /** Expected matches (see windowPlan). */
  estimate: number,
  offset: number,
  limit: number,
  withFacets: boolean,
): Promise<PageRows> {
  const plan = await windowPlan(tx, estimate);
  const { params, p } = sqlParams(cond.params);
  const off = p(offset);
  const lim = p(limit + 1);
  const rq = cond.rank ? `${p(cond.rank)}::tsquery` : null;
  const cut = plan.kind === 'since' ? `${p(plan.cutoff)}::date` : '';
  // Relevance from the title and lead (doc_head): news says first what it is about, and a head is a few hundred bytes.
  const rank = rq ? `ts_rank_cd(h.head, ${rq})` : '0::real';
  const head = rq ? 'JOIN doc_head h ON h.doc_id = w.doc_id' : '';
  // One statement: the window (newest matches), then the page ranked inside it, its documents, the facets.
  const sql = `WITH ${windowSql(cond, plan, cut)},
    top AS MATERIALIZED (
      SELECT w.doc_id, ${rank} AS rank, w.recency FROM w ${head}
      ORDER BY 2 DESC, w.recency DESC, w.doc_id DESC OFFSET ${off} LIMIT ${lim})
    SELECT (SELECT count(*) FROM w) AS window_size, ${plan.kind === 'all' ? '(SELECT count(*) FROM m)' : 'NULL'} AS total,
      (SELECT json_build_array(recency::text, doc_id) FROM w ORDER BY recency, doc_id LIMIT 1) AS last_key,
      (SELECT coalesce(json_agg(h ORDER BY h.rank DESC, h.recency DESC, h.id DESC), '[]') FROM (
         SELECT ${HIT_COLS}, top.rank, top.recency FROM top JOIN documents d ON d.id = top.doc_id) h) AS hits
      ${withFacets ? `,\n${FACETS}` : ''}`;
  const r = (await tx.query(sql, params))[0] ?? {};
  const windowSize = Number(r.window_size ?? 0);
  const windowFull = windowSize >= searchLimits.window;
  // Fewer matches among the newest documents than the estimate promised: read them all.
  if (plan.kind === 'since' && !windowFull) return rankedPage(tx, cond, 0, offset, limit, withFacets);
  const hits = json<Row[]>(r.hits) ?? [];
  let next: SearchCursor | null = null;
  if (offset + limit < windowSize) next = { offset: offset + limit };
  else if (windowFull) next = { after: json<[string, string]>(r.last_key) };
  // Every match read, or a walk that ran out before the window filled: the count is exact.
  const total = plan.kind === 'all' ? Number(r.total ?? 0) : windowFull ? null : windowSize;
  return {
    hits: hits.slice(0, limit),
    total: total === null ? null : { n: total, exact: true },
    windowFull,
    facets: withFacets ? facetsOf(r) : NO_FACETS,
    next,
  };
}

async function recencyPage(tx: Queryable, cond: Condition, broad: boolean, after: [string, string], limit: number): Promise<PageRows> {
  const { params, p } = sqlParams(cond.params);
  const key = `(s.recency, s.doc_id) < (${p(after[0])}::date, ${p(after[1])})`;
  const where = cond.sql ? `${cond.sql} AND ${key}` : `WHERE ${key}`;
  const order = `ORDER BY recency DESC, doc_id DESC LIMIT ${p(limit + 1)}`;
  // Broad: the recency index walks from the key. Few matches: all of them from the word index, then sorted.
  const page = broad
    ? `SELECT s.doc_id, s.recency FROM doc_search s ${where} ${order}`
    : `SELECT * FROM (SELECT s.doc_id, s.recency FROM doc_search s ${where} OFFSET 0) m ${order}`;
  const sql = `SELECT ${HIT_COLS}, p.recency::text AS recency_key, 0::real AS rank FROM (${page}) p
    JOIN documents d ON d.id = p.doc_id ORDER BY p.recency DESC, p.doc_id DESC`;
  const rows = await tx.query(sql, params);
  const hits = rows.slice(0, limit);
  const last = hits.at(-1);
  const next: SearchCursor | null = rows.length > limit && last ? { after: [String(last.recency_key), String(last.id)] } : null;
  return { hits, total: null, windowFull: true, facets: NO_FACETS, next };
}

/** The planner's estimate of the matches: cheap, and within a few percent for words and tags. */
async function estimateMatches(tx: Queryable, cond: Condition): Promise<number> {
  const plan = await tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM doc_search s ${cond.sql}`, cond.params);
  return Math.round(Number(json<Array<{ Plan: { 'Plan Rows': number } }>>(plan[0]?.['QUERY PLAN'])[0]?.Plan['Plan Rows'] ?? 0));
}

async function countMatches(tx: Queryable, cond: Condition): Promise<{ n: number; exact: boolean }> {
  const [c] = await tx.query<{ n: number }>(`SELECT count(*) AS n FROM doc_search s ${cond.sql}`, cond.params);
  return { n: Number(c?.n ?? 0), exact: true };
}

function facetsOf(r: Row): SearchResult['facets'] {
  const f = (v: unknown): FacetCount[] => (json<FacetCount[]>(v) ?? []).map((x) => ({ ...x, count: Number(x.count) }));
  return { outlet: f(r.outlet), year: f(r.year), entity: f(r.entity), indicator: f(r.indicator), eventType: f(r.event_type) };
}
