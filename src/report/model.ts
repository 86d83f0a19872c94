// The report as pure data: store → ReportModel. Renderers (md, html, docx, xlsx, pdf) only lay this out.
import { formatDate, formatNumber } from '../reconcile/format.ts';
import type { DocumentSummary, Fact, FactClaim, Page, Store, StoredEvent } from '../store/types.ts';
import type { EventType, IsoDate, Modality, Period, Qualifier } from '../types.ts';
import { eventPillar, indicatorLabel, type Lang, pillarOf, reportLabels, taxonomy, type Words, word } from './labels.ts';

export interface ReportOptions {
  from: IsoDate;
  to: IsoDate;
  /** Pillar keys of the taxonomy; all when empty. */
  pillars?: string[];
  lang?: Lang;
  /** ISO timestamp printed on the report; the caller's clock, so the model stays a pure function of the store. */
  generatedAt?: string;
}

/** One cited source document; `n` is its footnote number. */
export interface SourceRef {
  n: number;
  docId: string;
  outlet: string | null;
  title: string | null;
  published: IsoDate | null;
  /** The URL, else the file the document was read from. */
  link: string;
}

/** One claim behind a figure, shown when sources differ. */
export interface Reading {
  claimId: string;
  value: number;
  valueText: string;
  /** With "(dự báo)" / "(mục tiêu)" when not an actual figure. */
  dateText: string;
  modality: Modality;
  text: string;
  review: 'accepted' | 'corrected' | null;
  /** "đã duyệt" / "đã sửa" when a reviewer decided on this reading. */
  reviewText: string | null;
  sourceRefs: number[];
}

export interface Figure {
  factId: string;
  indicator: string;
  label: string;
  subject: string | null;
  /** Display name of the subject when it is not Vietnam itself. */
  subjectName: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  qualifier: Qualifier;
  /** "trên 151 triệu liều" */
  valueText: string;
  /** "tính đến 14/12/2021" */
  dateText: string;
  status: Fact['status'];
  /** Every kind of difference found, the main one first. */
  reasons: Fact['reasons'];
  /** The reasons in words: "khác phạm vi, khác thời điểm". */
  statusText: string;
  /** The fact's explanation when its sources differ, else null. */
  explanation: string | null;
  /** Reviewed values win over machine values and say so. */
  review: 'accepted' | 'corrected' | null;
  reviewText: string | null;
  sourceRefs: number[];
  /** The other readings when sources differ (the headline one excluded). */
  readings: Reading[];
}

export interface ChartPoint {
  /** Sort key: an ISO date or a year. */
  x: string;
  label: string;
  value: number;
}

export interface ChartSeries {
  indicator: string;
  title: string;
  unit: string;
  points: ChartPoint[];
}

export interface EventItem {
  eventId: string;
  type: EventType;
  typeText: string;
  date: IsoDate | null;
  dateText: string;
  actors: string[];
  place: string | null;
  text: string;
  sourceRefs: number[];
}

export interface PillarSection {
  key: string;
  title: string;
  figures: Figure[];
  events: EventItem[];
  charts: ChartSeries[];
}

export interface ReportModel {
  lang: Lang;
  title: string;
  period: Period;
  periodText: string;
  generatedAt: string | null;
  words: Words;
  pillars: PillarSection[];
  sources: SourceRef[];
}

export const OTHER_PILLAR = 'other';

/** Reads every page of a cursor-paged store query. */
export async function* pages<T>(fetch: (cursor: string | null) => Promise<Page<T>>, from: string | null = null): AsyncGenerator<T[]> {
  let cursor: string | null = from;
  do {
    const p: Page<T> = await fetch(cursor);
    if (p.items.length) yield p.items;
    cursor = p.nextCursor;
  } while (cursor);
}

async function all<T>(fetch: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  for await (const items of pages(fetch)) out.push(...items);
  return out;
}

export async function buildReportModel(store: Store, opts: ReportOptions): Promise<ReportModel> {
  const lang = opts.lang ?? 'vi';
  const w = reportLabels()[lang];
  const tax = taxonomy();
  const wanted = opts.pillars?.length ? new Set(opts.pillars) : null;
  const period = { start: opts.from, end: opts.to };

  const facts = await all((cursor) => store.listFacts({ from: opts.from, to: opts.to, limit: 1000, cursor }));

  const sources = new SourceBook(store);
  const sections = new Map<string, PillarSection>();
  const pillarKeys = [...Object.keys(tax.pillars), OTHER_PILLAR];
  for (const key of pillarKeys) {
    if (wanted && !wanted.has(key)) continue;
    const title = key === OTHER_PILLAR ? (lang === 'vi' ? 'Khác' : 'Other') : (tax.pillars[key]?.[lang] ?? key);
    sections.set(key, { key, title, figures: [], events: [], charts: [] });
  }

  // Figures in taxonomy order, so a pillar reads like the desk officers' reviews.
  const order = new Map(tax.indicators.map((x, i) => [x.key, i]));
  const sorted = facts
    .filter((f) => f.best)
    .sort(
      (a, b) =>
        (order.get(a.indicator) ?? 999) - (order.get(b.indicator) ?? 999) ||
        a.indicator.localeCompare(b.indicator) ||
        (a.year ?? 0) - (b.year ?? 0) ||
        (a.subject ?? '').localeCompare(b.subject ?? ''),
    );
  for (const f of sorted) {
    const section = sections.get(pillarOf(f.indicator) ?? OTHER_PILLAR);
    if (!section) continue;
    section.figures.push(figureOf(f, lang, w, sources));
  }
  for (const section of sections.values())
    section.charts = chartsOf(
      sorted.filter((f) => (pillarOf(f.indicator) ?? OTHER_PILLAR) === section.key),
      lang,
      w,
    );

  const cited = new Set(sorted.flatMap((f) => f.claims.map((c) => c.docId)));
  for (const e of await periodEvents(store, opts.from, opts.to, cited)) {
    const section = sections.get(eventPillar(e.type, e.text) ?? 'high_level');
    if (!section) continue;
    section.events.push({
      eventId: e.id,
      type: e.type,
      typeText: (w.eventTypes as Record<string, string>)[e.type] ?? e.type,
      date: e.date?.start ?? null,
      dateText: e.date ? periodText(e.date, lang) : word(w, 'noDate'),
      actors: e.actors.map((a) => entityName(a, lang)),
      place: e.place ?? null,
      text: e.text.trim(),
      sourceRefs: [await sources.refForDoc(e.docId)],
    });
  }

  await sources.resolve();
  const pillars = [...sections.values()].filter((s) => s.key !== OTHER_PILLAR || s.figures.length || s.events.length);
  return {
    lang,
    title: `${word(w, 'title')} ${periodText(period, lang)}`,
    period,
    periodText: periodText(period, lang),
    generatedAt: opts.generatedAt ?? null,
    words: w,
    pillars,
    sources: sources.list(),
  };
}

/**
 * Events dated in the period, and undated events of documents about the period: published in it, or cited by its
 * figures and dated (by byline or, failing that, by the latest date they mention) inside it.
 */
async function periodEvents(store: Store, from: IsoDate, to: IsoDate, cited: Iterable<string>): Promise<StoredEvent[]> {
  const byId = new Map<string, StoredEvent>();
  for (const e of await all((cursor) => store.events({ from, to, limit: 1000, cursor }))) byId.set(e.id, e);
  const docs = new Map<string, DocumentSummary>();
  for (const d of await all((cursor) => store.listDocuments({ from, to, limit: 1000, cursor }))) docs.set(d.id, d);
  for (const id of cited) {
    if (docs.has(id)) continue;
    const d = (await store.findDocuments(id, 1))[0];
    const day = d?.published.date ?? d?.published.notBefore ?? null;
    if (d && d.id === id && day && day >= from && day <= to) docs.set(id, d);
  }
  for (const d of docs.values()) {
    for (const e of await all((cursor) => store.events({ docId: d.id, limit: 1000, cursor })))
      if (!e.date && !byId.has(e.id)) byId.set(e.id, e);
  }
  return [...byId.values()].sort((a, b) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') || a.id.localeCompare(b.id));
}

function figureOf(f: Fact, lang: Lang, w: Words, sources: SourceBook): Figure {
  const best = f.best as NonNullable<Fact['best']>;
  const head = f.claims.find((c) => c.claimId === best.claimId) ?? f.claims[0];
  const differs = f.status !== 'consistent';
  const reasons = [f.status, ...(f.reasons ?? []).filter((r) => r !== f.status && r !== 'consistent')];
  const counted = head?.counted ?? null;
  const valueText = formatFigure({ value: best.value, valueMax: best.valueMax, qualifier: best.qualifier, unit: f.unit, counted }, lang, w);
  const dateText = head ? claimDate(head, lang, w) : f.period ? periodPhrase(f.period, lang, w) : word(w, 'undated');
  const review = best.basis === 'reviewed' ? (head?.reviewed ?? 'accepted') : (head?.reviewed ?? null);
  let reviewText: string | null = null;
  if (review === 'corrected' && head?.machineValue != null) {
    reviewText = word(w, 'corrected', {
      machine: formatFigure({ value: head.machineValue, valueMax: null, qualifier: head.qualifier, unit: f.unit, counted }, lang, w),
    });
  } else if (review) reviewText = word(w, 'reviewed');
  // Consistent facts cite every corroborating source; differing ones cite each reading on its own line.
  const headClaims = differs ? (head ? [head] : []) : f.claims;
  const readings: Reading[] = differs
    ? f.claims
        .filter((c) => c !== head)
        .map((c) => ({
          claimId: c.claimId,
          value: c.value,
          valueText: formatFigure({ ...c, unit: f.unit }, lang, w),
          dateText: c.modality !== 'actual' ? `${claimDate(c, lang, w)} (${word(w, c.modality)})` : claimDate(c, lang, w),
          modality: c.modality,
          text: c.text,
          review: c.reviewed,
          reviewText:
            c.reviewed === 'corrected' && c.machineValue != null
              ? word(w, 'corrected', { machine: formatFigure({ ...c, value: c.machineValue, valueMax: null, unit: f.unit }, lang, w) })
              : c.reviewed
                ? word(w, 'reviewed')
                : null,
          sourceRefs: [sources.refForClaim(c)],
        }))
    : [];
  return {
    factId: f.id,
    indicator: f.indicator,
    label: indicatorLabel(f.indicator, lang),
    subject: f.subject,
    subjectName:
      f.subject && f.subject !== 'VN'
        ? f.subject
            .split('-')
            .map((s) => entityName(s, lang))
            .join('–')
        : null,
    value: best.value,
    valueMax: best.valueMax,
    unit: f.unit,
    qualifier: best.qualifier,
    valueText,
    dateText: head && head.modality !== 'actual' ? `${dateText} (${word(w, head.modality)})` : dateText,
    status: f.status,
    reasons,
    statusText: reasons.map((r) => (w.statuses as Record<string, string>)[r] ?? r).join(', '),
    explanation: differs ? f.explanation[lang] : null,
    review,
    reviewText,
    sourceRefs: [...new Set(headClaims.map((c) => sources.refForClaim(c)))],
    readings,
  };
}

/** "trên 151 triệu liều", "khoảng 400 tỉ USD", "84%". */
export function formatFigure(
  c: { value: number; valueMax?: number | null; qualifier: Qualifier; unit: string; counted?: string | null },
  lang: Lang,
  w: Words,
): string {
  const n =
    c.valueMax != null && c.valueMax !== c.value
      ? `${formatNumber(c.value, lang)}–${formatNumber(c.valueMax, lang)}`
      : formatNumber(c.value, lang);
  const q = (w.qualifiers as Record<string, string>)[c.qualifier] ?? '';
  const unit = c.unit === '%' ? '%' : c.unit === 'count' ? (c.counted && lang === 'vi' ? ` ${c.counted}` : '') : ` ${c.unit}`;
  return `${q ? `${q} ` : ''}${n}${unit}`;
}

function claimDate(c: FactClaim, lang: Lang, w: Words): string {
  if (c.asOf) return word(w, 'asOf', { date: formatDate(c.asOf, lang) });
  if (c.period) return periodPhrase(c.period, lang, w);
  return c.source.published ? word(w, 'asOf', { date: formatDate(c.source.published, lang) }) : word(w, 'undated');
}

function periodPhrase(p: Period, lang: Lang, w: Words): string {
  const ys = p.start.slice(0, 4);
  if (p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && ys === p.end.slice(0, 4)) return word(w, 'year', { year: ys });
  return word(w, 'during', { period: periodText(p, lang) });
}

/** "năm 2021", "2016–2021", "1/1/2021–30/6/2021"; a one-day period is its date. */
export function periodText(p: Period, lang: Lang): string {
  const ys = p.start.slice(0, 4);
  const ye = p.end.slice(0, 4);
  const whole = p.start.endsWith('-01-01') && p.end.endsWith('-12-31');
  if (whole && ys === ye) return lang === 'vi' ? `năm ${ys}` : ys;
  if (whole) return `${ys}–${ye}`;
  if (p.start === p.end) return formatDate(p.start, lang);
  return `${formatDate(p.start, lang)}–${formatDate(p.end, lang)}`;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();
function entityName(id: string, lang: Lang): string {
  if (!/^[A-Z]{2}$/.test(id)) return id;
  let d = displayNames.get(lang);
  if (!d) {
    d = new Intl.DisplayNames([lang], { type: 'region' });
    displayNames.set(lang, d);
  }
  try {
    return d.of(id) ?? id;
  } catch {
    return id;
  }
}

/** A series per indicator: facts of several years, else the dated readings of one fact. */
function chartsOf(facts: Fact[], lang: Lang, w: Words): ChartSeries[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = `${f.indicator}\u0000${f.subject ?? ''}\u0000${f.unit}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const out: ChartSeries[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Fact;
    const title = `${indicatorLabel(first.indicator, lang)}${first.subject && first.subject !== 'VN' ? ` — ${entityName(first.subject, lang)}` : ''}`;
    const years = new Map<number, Fact>();
    for (const f of group) if (f.year != null && f.best) years.set(f.year, f);
    let points: ChartPoint[];
    if (years.size >= 2) {
      points = [...years.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([y, f]) => ({ x: String(y), label: String(y), value: f.best?.value ?? 0 }));
    } else {
      const byDate = new Map<string, ChartPoint>();
      for (const f of group) {
        for (const c of f.claims) {
          if (c.modality !== 'actual') continue;
          const x = c.asOf ?? c.period?.end ?? c.source.published;
          if (!x) continue;
          const label = c.asOf ? formatDate(c.asOf, lang) : c.period ? periodText(c.period, lang) : formatDate(x, lang);
          const prev = byDate.get(x);
          if (!prev || c.value > prev.value) byDate.set(x, { x, label, value: c.value });
        }
      }
      points = [...byDate.values()].sort((a, b) => a.x.localeCompare(b.x));
    }
    // A flat series says nothing a figure does not.
    if (points.length >= 2 && new Set(points.map((p) => p.value)).size > 1)
      out.push({ indicator: first.indicator, title, unit: unitLabel(first.unit, lang, w), points });
  }
  return out;
}

function unitLabel(unit: string, lang: Lang, _w: Words): string {
  if (unit === 'count') return lang === 'vi' ? 'số lượng' : 'count';
  return unit;
}

/** Numbers cited sources in order of first use; titles and dates come with the claims, events need a lookup. */
class SourceBook {
  private readonly byDoc = new Map<string, SourceRef>();
  private readonly pending = new Set<string>();
  constructor(private readonly store: Store) {}

  refForClaim(c: FactClaim): number {
    const known = this.byDoc.get(c.docId);
    if (known) return known.n;
    const ref: SourceRef = {
      n: this.byDoc.size + 1,
      docId: c.docId,
      outlet: c.source.outlet,
      title: c.source.title,
      published: c.source.published,
      link: c.source.url ?? c.source.source,
    };
    this.byDoc.set(c.docId, ref);
    return ref.n;
  }

  async refForDoc(docId: string): Promise<number> {
    const known = this.byDoc.get(docId);
    if (known) return known.n;
    const ref: SourceRef = { n: this.byDoc.size + 1, docId, outlet: null, title: null, published: null, link: docId };
    this.byDoc.set(docId, ref);
    this.pending.add(docId);
    return ref.n;
  }

  /** Fills in documents cited only by events. */
  async resolve(): Promise<void> {
    for (const id of this.pending) {
      const d: DocumentSummary | undefined = (await this.store.findDocuments(id, 1))[0];
      const ref = this.byDoc.get(id);
      if (!d || !ref) continue;
      Object.assign(ref, { outlet: d.outlet, title: d.title, published: d.published.date, link: d.url ?? d.source });
    }
    this.pending.clear();
  }

  list(): SourceRef[] {
    return [...this.byDoc.values()].sort((a, b) => a.n - b.n);
  }
}
