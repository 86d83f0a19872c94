// Turning an ExtractedDoc into table rows (ids, contexts, clean dates) and table rows back into domain objects.
import { bands as lshBands } from '../cluster/index.ts';
import { claimContexts } from '../reconcile/context.ts';
import type { Claim, DiplomaticEvent, ExtractedDoc, Published } from '../types.ts';
import { shortHash } from './raw.ts';
import { headLiteral, searchLexemes } from './search-key.ts';
import type { DocumentSummary, IngestDoc, ReviewSummary, StoredClaim, StoredEvent } from './types.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid ISO date or null: one bad date from an extractor must not fail a whole batch. */
export function isoDate(d: unknown): string | null {
  if (typeof d !== 'string') return null;
  const m = ISO.exec(d);
  if (!m) return null;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || da < 1) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return da <= last ? d : null;
}

/** '2021' → 2021-01-01 (from) or 2021-12-31 (to); '2021-06' likewise; a date as it is. */
export function boundDate(s: string | undefined, end: boolean): string | null {
  if (!s) return null;
  if (/^\d{4}$/.test(s)) return end ? `${s}-12-31` : `${s}-01-01`;
  if (/^\d{4}-\d{2}$/.test(s)) {
    if (!end) return `${s}-01`;
    const [y, m] = s.split('-').map(Number) as [number, number];
    return `${s}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return isoDate(s);
}

/** JSON for the database: no NUL characters and no lone surrogates (PostgreSQL rejects both). */
export function toJson(v: unknown): string {
  const s = JSON.stringify(v);
  // JSON writes NUL and lone surrogates as \u0000 and \udXXX escapes: only then is the slower cleaning pass needed.
  return /\\u0000|\\ud[89a-f]/i.test(s) ? JSON.stringify(v, (_k, x) => (typeof x === 'string' ? safeText(x) : x)) : s;
}

export function safeText(s: string): string {
  const w = (s as string & { toWellFormed?: () => string }).toWellFormed?.() ?? s;
  return w.includes('\u0000') ? w.replaceAll('\u0000', ' ') : w;
}

function finite(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Claim ids stay stable across re-analysis while the span is the same. */
function spanIds(docId: string, prefix: string, items: Array<{ start: number; end: number }>, extra: (i: number) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((it, i) => {
    const k = `${prefix}:${it.start}:${it.end}:${extra(i)}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return shortHash(`${docId}:${k}:${n}`);
  });
}

const CLAIM_KEYS = new Set([
  'text',
  'start',
  'end',
  'value',
  'valueMax',
  'unit',
  'counted',
  'qualifier',
  'modality',
  'change',
  'period',
  'asOf',
  'indicator',
  'subject',
  'rule',
]);
const EVENT_KEYS = new Set(['type', 'actors', 'date', 'place', 'text', 'start', 'end', 'rule']);

/** Fields without a column of their own (sentence, fields added to the contract later), kept as JSON. */
function extras(o: object, known: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!known.has(k) && v !== undefined) out[k] = v;
  return out;
}

export interface AnalysisRows {
  claims: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  docEntities: Record<string, unknown>[];
  events: Record<string, unknown>[];
  indicators: string[];
}

export function analysisRows(docId: string, doc: ExtractedDoc): AnalysisRows {
  const extractor = doc.extractor ?? 'unknown';
  const claims = (doc.claims ?? []).filter((c) => finite(c.value) && finite(c.start) && finite(c.end));
  const ids = spanIds(docId, 'c', claims, () => '');
  const contexts = claimContexts(doc.text, claims);
  const claimRows = claims.map((c, i) => {
    const sentence = c.sentence && finite(c.sentence.start) && finite(c.sentence.end) ? c.sentence : null;
    return {
      id: ids[i],
      doc_id: docId,
      ord: i,
      text: c.text ?? doc.text.slice(c.start, c.end),
      start_off: c.start,
      end_off: c.end,
      value: c.value,
      value_max: finite(c.valueMax) ? c.valueMax : null,
      unit: c.unit || 'count',
      counted: c.counted ?? null,
      qualifier: c.qualifier || 'exact',
      modality: c.modality || 'actual',
      change: !!c.change,
      period_start: isoDate(c.period?.start),
      period_end: isoDate(c.period?.end),
      as_of: isoDate(c.asOf),
      indicator: c.indicator ?? null,
      subject: c.subject ?? null,
      sentence_start: sentence?.start ?? null,
      sentence_end: sentence?.end ?? null,
      sentence_text: sentence ? doc.text.slice(sentence.start, sentence.end) : null,
      context: contexts[i] ?? null,
      rule: c.rule || 'unknown',
      extractor,
      data: extras(c, CLAIM_KEYS),
    };
  });
  const byEntity = new Map<string, Record<string, unknown> & { mentions: unknown[] }>();
  for (const e of doc.entities ?? []) {
    if (!e?.id) continue;
    const cur = byEntity.get(e.id);
    const mentions = (e.mentions ?? []).map((m) => ({ start: m.start, end: m.end, text: m.text ?? doc.text.slice(m.start, m.end) }));
    if (cur) {
      cur.mentions.push(...mentions);
      cur.mention_count = cur.mentions.length;
    } else {
      byEntity.set(e.id, {
        doc_id: docId,
        entity_id: e.id,
        type: e.type,
        name: e.name || e.id,
        title: e.title ?? null,
        mention_count: mentions.length,
        mentions,
        rule: e.rule ?? null,
      });
    }
  }
  const docEntities = [...byEntity.values()];
  const entities = docEntities.map((d) => ({ id: d.entity_id, type: d.type, name: d.name }));
  const events = (doc.events ?? []).filter((e) => e && finite(e.start) && finite(e.end));
  const eids = spanIds(docId, 'e', events, (i) => events[i]?.type ?? '');
  const eventRows = events.map((e, i) => ({
    id: eids[i],
    doc_id: docId,
    ord: i,
    type: e.type,
    actors: (e.actors ?? []).filter((a) => typeof a === 'string'),
    date_start: isoDate(e.date?.start),
    date_end: isoDate(e.date?.end),
    place: e.place ?? null,
    text: e.text ?? doc.text.slice(e.start, e.end),
    start_off: e.start,
    end_off: e.end,
    rule: e.rule || 'unknown',
    extractor,
    data: extras(e, EVENT_KEYS),
  }));
  const indicators = [...new Set(claimRows.map((c) => c.indicator).filter((x): x is string => !!x))];
  return { claims: claimRows, entities, docEntities, events: eventRows, indicators };
}

export function documentRow(d: IngestDoc, clusterId: string) {
  const doc = d.doc;
  return {
    id: doc.id,
    version_key: doc.url || doc.source,
    source: doc.source,
    url: doc.url ?? null,
    title: doc.title ?? null,
    outlet: doc.outlet ?? null,
    author: doc.author ?? null,
    encoding: doc.encoding ?? null,
    published: isoDate(doc.published?.date),
    published_basis: doc.published?.basis ?? 'none',
    published_not_before: isoDate(doc.published?.notBefore),
    published_time: doc.published?.time ?? null,
    text: doc.text,
    removed: doc.removed ?? [],
    quality: doc.quality ?? { spun: 0, repairs: 0 },
    spun: finite(doc.quality?.spun) ? doc.quality.spun : 0,
    meta: doc.meta ?? null,
    extractor: doc.extractor ?? 'unknown',
    cluster_id: clusterId,
    signature: d.signature.length ? d.signature : null,
    bands: lshBands(d.signature),
    lexemes: d.searchVector?.lexemes ?? searchLexemes(doc.title ?? '', doc.text),
    head_v: d.searchVector?.head ?? headLiteral(doc.title ?? '', doc.text),
    tags: searchTags(doc),
  };
}

/**
 * The filters a search can apply, as lexemes of the document's search vector ("e:VN", "i:trade.total", "t:visit",
 * "o:nhandan.vn"): a filter then costs one index lookup combined with the words, not a join per matching document.
 */
export function searchTags(doc: ExtractedDoc): string[] {
  const tags = new Set<string>();
  for (const e of doc.entities ?? []) if (e?.id) tags.add(`e:${e.id}`);
  for (const c of doc.claims ?? []) if (c?.indicator) tags.add(`i:${c.indicator}`);
  for (const e of doc.events ?? []) if (e?.type) tags.add(`t:${e.type}`);
  if (doc.outlet) tags.add(`o:${doc.outlet}`);
  // A lexeme is at most 2 KB; a tag that long is garbage, not a filter anyone types.
  return [...tags].filter((t) => t.length <= 200).sort();
}

// ───────────────────────────── reading rows back ─────────────────────────────

export const SUMMARY_COLS = `d.id, d.source, d.title, d.outlet, d.url, d.published::text AS published, d.published_basis,
  d.published_not_before::text AS published_not_before, d.published_time, iso_ts(d.ingested_at) AS ingested_at,
  d.cluster_id, d.superseded_by, d.spun,
  (SELECT count(*) FROM documents c WHERE c.cluster_id = d.cluster_id) AS cluster_size`;

export function toSummary(r: Record<string, unknown>): DocumentSummary {
  const published: Published = { date: (r.published as string) ?? null, basis: (r.published_basis as Published['basis']) ?? 'none' };
  if (r.published_not_before) published.notBefore = r.published_not_before as string;
  if (r.published_time) published.time = r.published_time as string;
  return {
    id: r.id as string,
    source: r.source as string,
    title: (r.title as string) ?? null,
    outlet: (r.outlet as string) ?? null,
    url: (r.url as string) ?? null,
    published,
    ingestedAt: r.ingested_at as string,
    clusterId: (r.cluster_id as string) ?? null,
    clusterSize: Number(r.cluster_size ?? 1) || 1,
    supersededBy: (r.superseded_by as string) ?? null,
    spun: Number(r.spun ?? 0),
  };
}

export const CLAIM_COLS = `c.id, c.doc_id, c.extractor, c.sentence_text, c.data, c.text, c.start_off, c.end_off, c.value, c.value_max,
  c.unit, c.counted, c.qualifier, c.modality, c.change, c.rule,
  c.indicator, c.subject, c.as_of::text AS as_of, c.period_start::text AS period_start, c.period_end::text AS period_end,
  r.action AS r_action, r.reviewer AS r_reviewer, iso_ts(r.at) AS r_at, r.value AS r_value, r.value_max AS r_value_max`;

export const LATEST_REVIEW = (kind: 'claim' | 'event', col: string) =>
  `LEFT JOIN LATERAL (SELECT action, reviewer, at, value, value_max, fields FROM reviews
     WHERE target_kind = '${kind}' AND target_id = ${col} ORDER BY id DESC LIMIT 1) r ON true`;

function reviewOf(r: Record<string, unknown>): ReviewSummary | null {
  if (!r.r_action) return null;
  const out: ReviewSummary = { action: r.r_action as ReviewSummary['action'], reviewer: r.r_reviewer as string, at: r.r_at as string };
  if (r.r_value != null) out.value = Number(r.r_value);
  if (r.r_value_max != null) out.valueMax = Number(r.r_value_max);
  return out;
}

export function toClaim(r: Record<string, unknown>): StoredClaim {
  const c: Claim = {
    ...json<Partial<Claim>>(r.data),
    text: r.text as string,
    start: Number(r.start_off),
    end: Number(r.end_off),
    value: Number(r.value),
    unit: r.unit as string,
    qualifier: r.qualifier as Claim['qualifier'],
    modality: r.modality as Claim['modality'],
    rule: r.rule as string,
  };
  if (r.value_max != null) c.valueMax = Number(r.value_max);
  if (r.counted != null) c.counted = r.counted as string;
  if (r.change) c.change = true;
  if (r.period_start && r.period_end) c.period = { start: r.period_start as string, end: r.period_end as string };
  if (r.as_of) c.asOf = r.as_of as string;
  if (r.indicator != null) c.indicator = r.indicator as string;
  if (r.subject != null) c.subject = r.subject as string;
  return {
    ...c,
    id: r.id as string,
    docId: r.doc_id as string,
    extractor: r.extractor as string,
    sentenceText: (r.sentence_text as string) ?? null,
    review: reviewOf(r),
  };
}

export const EVENT_COLS = `e.id, e.doc_id, e.extractor, e.data, e.type, e.actors, e.date_start::text AS date_start, e.date_end::text AS date_end,
  e.place, e.text, e.start_off, e.end_off, e.rule,
  r.action AS r_action, r.reviewer AS r_reviewer, iso_ts(r.at) AS r_at, r.value AS r_value, r.value_max AS r_value_max`;

export function toEvent(r: Record<string, unknown>): StoredEvent {
  const e: DiplomaticEvent = {
    ...json<Partial<DiplomaticEvent>>(r.data),
    type: r.type as DiplomaticEvent['type'],
    actors: (r.actors as string[]) ?? [],
    text: r.text as string,
    start: Number(r.start_off),
    end: Number(r.end_off),
    rule: r.rule as string,
  };
  if (r.date_start) e.date = { start: r.date_start as string, end: (r.date_end as string) ?? (r.date_start as string) };
  if (r.place != null) e.place = r.place as string;
  return { ...e, id: r.id as string, docId: r.doc_id as string, extractor: r.extractor as string, review: reviewOf(r) };
}

export function json<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** Offset cursors: opaque to callers, a row offset inside. */
export function decodeCursor(c: string | null | undefined): number {
  if (!c) return 0;
  const n = Number.parseInt(Buffer.from(c, 'base64url').toString('utf8'), 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(String(offset), 'utf8').toString('base64url');
}

/** Positional SQL parameters: p(value) appends it after the initial ones and returns its placeholder ($n). */
export function sqlParams(initial: readonly unknown[] = []): { params: unknown[]; p: (v: unknown) => string } {
  const params = [...initial];
  return {
    params,
    p: (v) => {
      params.push(v);
      return `$${params.length}`;
    },
  };
}

export function limitOf(l: number | undefined, def: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(l ?? def)));
}
