// Reconciliation: claims in, facts out. Pure — no store, no clock.
//
// Grouping rule (one fact per group): same indicator, subject, unit and level/change, and the same year of the claim's
// time reference (the end of its period, else its as-of date, else the publication date). So "2019–2021" and
// "as of 14/12/2021" meet in 2021; "2020" and "2021" stay apart.
// Within a fact, copies (same value from one near-duplicate cluster, or the same sentence) count once. Two claims
// agree when their value ranges overlap given their qualifiers ("hơn 600" = [600, 660)). Each disagreeing pair is
// explained, in this order, by modality (forecast vs actual), scope (different scope words, or a multi-year period
// vs a running total, or one period nested in another), time (different dates); a pair none of these explains is a
// conflict.
import { createHash } from 'node:crypto';
import type { Fact, FactClaim, FactStatus } from '../store/types.ts';
import type { Claim, IsoDate, Period, Qualifier } from '../types.ts';
import { formatDate, formatPeriod, formatValue } from './format.ts';
import { scopeLabel, scopeOf } from './scope.ts';

/** A claim as the reconciler sees it: the extracted fields (one definition, in src/types.ts) plus its source. */
export interface ReconcileClaim extends Pick<
  Claim,
  'text' | 'value' | 'valueMax' | 'unit' | 'counted' | 'qualifier' | 'modality' | 'change' | 'period' | 'asOf' | 'subject'
> {
  id: string;
  docId: string;
  sentence?: string | null;
  /** Words around the claim where scope words are looked for (src/reconcile/context.ts); defaults to the text. */
  context?: string | null;
  /** Only claims with an indicator become facts. */
  indicator: string;
  /** Publication date of the document: the time reference of a claim that states none. */
  published?: IsoDate | null;
  clusterId?: string | null;
  source?: { title?: string | null; outlet?: string | null; url?: string | null; source?: string };
  /** The latest review of this claim, if any. */
  review?: {
    action: 'accept' | 'reject' | 'correct';
    value?: number | null;
    valueMax?: number | null;
    fields?: Record<string, unknown> | null;
  } | null;
}

const MAX_CLASSES = 300;
/** Claims listed by name in an explanation; the rest are counted. */
const MAX_LISTED = 8;

export const STATUS_ORDER: FactStatus[] = ['conflicting', 'forecast_vs_actual', 'differs_in_scope', 'differs_in_time', 'consistent'];

interface Working {
  c: ReconcileClaim;
  value: number;
  valueMax: number | null;
  machineValue: number | null;
  reviewed: 'accepted' | 'corrected' | null;
  scope: string[];
  copies: string[];
  end: IsoDate | null;
  timeKey: string;
  multiYear: boolean;
}

export function reconcile(claims: ReconcileClaim[]): Fact[] {
  const groups = new Map<string, Working[]>();
  for (const raw of claims) {
    const w = effective(raw);
    if (!w) continue;
    const c = w.c;
    const year = w.end ? Number(w.end.slice(0, 4)) : null;
    const key = [c.indicator, c.subject ?? '', c.unit, c.change ? 'change' : 'level', year ?? ''].join('|');
    const list = groups.get(key);
    if (list) list.push(w);
    else groups.set(key, [w]);
  }
  const facts: Fact[] = [];
  for (const [key, list] of groups) facts.push(buildFact(key, dedupe(list)));
  return facts.sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      (a.subject ?? '').localeCompare(b.subject ?? '') ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.unit.localeCompare(b.unit),
  );
}

/** The claim as facts use it: the latest review applied; null when rejected. */
function effective(raw: ReconcileClaim): Working | null {
  const r = raw.review;
  if (r?.action === 'reject') return null;
  let c = raw;
  let value = raw.value;
  let valueMax = raw.valueMax ?? null;
  let reviewed: Working['reviewed'] = null;
  if (r?.action === 'accept') reviewed = 'accepted';
  if (r?.action === 'correct') {
    reviewed = 'corrected';
    const f = r.fields ?? {};
    c = {
      ...raw,
      ...pick(f, ['unit', 'indicator', 'subject', 'asOf', 'period', 'qualifier', 'modality', 'counted', 'change']),
    } as ReconcileClaim;
    if (r.value != null) {
      value = r.value;
      valueMax = r.valueMax ?? null;
    } else if (r.valueMax !== undefined) valueMax = r.valueMax;
  }
  const end = c.period?.end ?? c.asOf ?? c.published ?? null;
  return {
    c,
    value,
    valueMax,
    machineValue: reviewed === 'corrected' && value !== raw.value ? raw.value : null,
    reviewed,
    scope: scopeOf(c.context ?? c.text),
    copies: [],
    end,
    timeKey: c.period ? `${c.period.start}..${c.period.end}` : (c.asOf ?? (c.published ? `~${c.published}` : '')),
    multiYear: !!c.period && c.period.start.slice(0, 4) !== c.period.end.slice(0, 4),
  };
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in o) out[k] = o[k];
  return out;
}

/** Copies corroborate once: same value and unit from one cluster, or the same sentence; reviewed claims lead. */
function dedupe(list: Working[]): Working[] {
  const sorted = [...list].sort((a, b) => (b.reviewed ? 1 : 0) - (a.reviewed ? 1 : 0) || a.c.id.localeCompare(b.c.id));
  const byKey = new Map<string, Working>();
  const out: Working[] = [];
  for (const w of sorted) {
    const v = `${w.value}|${w.valueMax ?? ''}|${w.c.modality}`;
    const keys = [w.c.clusterId ? `k:${w.c.clusterId}|${v}` : `d:${w.c.docId}|${v}|${w.c.id}`];
    if (w.c.sentence) keys.push(`s:${w.c.sentence.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}|${v}`);
    const rep = keys.map((k) => byKey.get(k)).find(Boolean);
    if (rep) {
      rep.copies.push(w.c.id);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, rep);
      continue;
    }
    for (const k of keys) byKey.set(k, w);
    out.push(w);
  }
  return out;
}

const REL = 0.005;
const SLACK: Record<Qualifier, [number, number]> = {
  exact: [1 - REL, 1 + REL],
  approx: [0.95, 1.05],
  more_than: [1, 1.1],
  less_than: [0.9, 1],
  nearly: [0.9, 1],
  range: [1, 1],
};

function interval(w: Working): [number, number] {
  if (w.valueMax != null && w.valueMax !== w.value) return [Math.min(w.value, w.valueMax), Math.max(w.value, w.valueMax)];
  const [a, b] = SLACK[w.c.qualifier] ?? SLACK.exact;
  const lo = w.value * a;
  const hi = w.value * b;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

function agree(a: Working, b: Working): boolean {
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  const lo = Math.max(alo, blo);
  const hi = Math.min(ahi, bhi);
  return lo < hi || (lo === hi && alo === ahi && blo === bhi);
}

/** Two different periods, one inside the other: counts over different windows (2019–2021 within 2016–2021). */
function nested(a: Period | null | undefined, b: Period | null | undefined): boolean {
  if (!a || !b || (a.start === b.start && a.end === b.end)) return false;
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

type Reason = Exclude<FactStatus, 'consistent' | 'conflicting'>;

function pairReasons(a: Working, b: Working): Reason[] {
  const out: Reason[] = [];
  if (a.c.modality !== b.c.modality) out.push('forecast_vs_actual');
  if (a.scope.join(',') !== b.scope.join(',') || a.multiYear !== b.multiYear || nested(a.c.period, b.c.period))
    out.push('differs_in_scope');
  if (a.timeKey !== b.timeKey) out.push('differs_in_time');
  return out;
}

function buildFact(key: string, reps: Working[]): Fact {
  reps.sort((a, b) => (a.end ?? '').localeCompare(b.end ?? '') || a.value - b.value);
  const first = (reps[0] as Working).c;
  const year = key.split('|')[4] ? Number(key.split('|')[4]) : null;
  const reasons = new Set<FactStatus>();
  const primaries = new Set<FactStatus>();
  const pairs: Array<{ a: Working; b: Working; why: Reason[] }> = [];
  // Claims that agree on everything that matters here form one class; pairs are compared class by class, the
  // largest classes first, at most MAX_CLASSES of them (a noisy fact with thousands of distinct values stays cheap).
  const classes = new Map<string, Working>();
  for (const w of [...reps].sort((a, b) => b.copies.length - a.copies.length)) {
    const k = [...interval(w), w.c.modality, w.scope.join(','), w.multiYear, w.timeKey].join('|');
    if (!classes.has(k)) classes.set(k, w);
  }
  const cls = [...classes.values()].slice(0, MAX_CLASSES);
  for (let i = 0; i < cls.length; i++) {
    for (let j = i + 1; j < cls.length; j++) {
      const a = cls[i] as Working;
      const b = cls[j] as Working;
      if (agree(a, b)) continue;
      const why = pairReasons(a, b);
      pairs.push({ a, b, why });
      if (why.length === 0) {
        reasons.add('conflicting');
        primaries.add('conflicting');
      } else {
        for (const r of why) reasons.add(r);
        primaries.add(why[0] as Reason);
      }
    }
  }
  const status: FactStatus = STATUS_ORDER.find((s) => primaries.has(s)) ?? 'consistent';
  const ordered = STATUS_ORDER.filter((s) => reasons.has(s));

  const actual = reps.filter((w) => w.c.modality === 'actual');
  const pool = actual.length ? actual : reps;
  const best = chooseBest(pool);
  const lo = pool.reduce((m, w) => Math.min(m, interval1(w)[0]), Number.POSITIVE_INFINITY);
  const hi = pool.reduce((m, w) => Math.max(m, interval1(w)[1]), Number.NEGATIVE_INFINITY);
  const starts = reps
    .map((w) => w.c.period?.start ?? w.c.asOf ?? w.c.published)
    .filter((d): d is string => !!d)
    .sort();
  const ends = reps
    .map((w) => w.end)
    .filter((d): d is string => !!d)
    .sort();
  const clusters = new Set(reps.flatMap((w) => [w.c.clusterId ?? w.c.docId]));

  return {
    id: createHash('sha256').update(key).digest('hex').slice(0, 16),
    indicator: first.indicator,
    subject: first.subject ?? null,
    period: starts.length && ends.length ? { start: starts[0] as string, end: ends.at(-1) as string } : null,
    year,
    unit: first.unit,
    status,
    reasons: ordered.length ? ordered : ['consistent'],
    best,
    range: pool.length ? { min: lo, max: hi } : null,
    explanation: explain(status, reps, pairs),
    claims: reps.map(toFactClaim),
    sources: clusters.size,
  };
}

function interval1(w: Working): [number, number] {
  return [w.value, w.valueMax ?? w.value];
}

function chooseBest(pool: Working[]): Fact['best'] {
  if (!pool.length) return null;
  const out = (w: Working, basis: NonNullable<Fact['best']>['basis']) => ({
    value: w.value,
    valueMax: w.valueMax,
    qualifier: w.c.qualifier,
    claimId: w.c.id,
    basis,
  });
  const byLatest = (a: Working, b: Working) => (b.end ?? '').localeCompare(a.end ?? '') || b.copies.length - a.copies.length;
  const reviewed = pool.filter((w) => w.reviewed);
  if (reviewed.length) return out([...reviewed].sort(byLatest)[0] as Working, 'reviewed');
  if (pool.length === 1) return out(pool[0] as Working, 'single');
  if (new Set(pool.map((w) => w.timeKey)).size > 1) return out([...pool].sort(byLatest)[0] as Working, 'latest');
  const top = [...pool].sort((a, b) => b.copies.length - a.copies.length || byLatest(a, b))[0] as Working;
  return out(top, 'corroborated');
}

function toFactClaim(w: Working): FactClaim {
  const c = w.c;
  return {
    claimId: c.id,
    docId: c.docId,
    text: c.text,
    sentence: c.sentence ?? null,
    value: w.value,
    valueMax: w.valueMax,
    ...(w.machineValue != null ? { machineValue: w.machineValue } : {}),
    unit: c.unit,
    qualifier: c.qualifier,
    modality: c.modality,
    period: c.period ?? null,
    asOf: c.asOf ?? null,
    counted: c.counted ?? null,
    scope: w.scope,
    reviewed: w.reviewed,
    source: {
      title: c.source?.title ?? null,
      outlet: c.source?.outlet ?? null,
      url: c.source?.url ?? null,
      source: c.source?.source ?? c.docId,
      published: c.published ?? null,
    },
    clusterId: c.clusterId ?? null,
    copies: w.copies,
  };
}

// ───────────────────────────── explanations ─────────────────────────────

type Lang = 'vi' | 'en';

function figure(w: Working, lang: Lang): string {
  return formatValue({ value: w.value, valueMax: w.valueMax, qualifier: w.c.qualifier, unit: w.c.unit }, lang);
}

function timeOf(w: Working, lang: Lang): string {
  const c = w.c;
  if (c.period) return formatPeriod(c.period, lang);
  if (c.asOf) return lang === 'vi' ? `đến ${formatDate(c.asOf, lang)}` : `as of ${c.asOf}`;
  if (c.published) return lang === 'vi' ? `đưa tin ${formatDate(c.published, lang)}` : `reported ${c.published}`;
  return lang === 'vi' ? 'không rõ thời điểm' : 'undated';
}

function scopeText(w: Working, lang: Lang): string {
  if (w.c.period && (w.multiYear || !w.scope.length))
    return lang === 'vi' ? `tính trong giai đoạn ${formatPeriod(w.c.period, lang)}` : `counted over ${formatPeriod(w.c.period, lang)}`;
  const words = w.scope.map((k) => scopeLabel(k, lang));
  if (!words.length) return lang === 'vi' ? 'không nêu phạm vi' : 'scope not stated';
  return words.join(', ');
}

function list<T>(items: T[], f: (x: T) => string, lang: Lang = 'vi'): string {
  const shown = items.slice(0, MAX_LISTED).map(f).join('; ');
  const more = items.length - MAX_LISTED;
  if (more <= 0) return shown;
  return `${shown}; ${lang === 'vi' ? `và ${more} số liệu khác` : `and ${more} more`}`;
}

/** Claims taking part in a difference of kind r, in the fact's order (by date). */
function involved(reps: Working[], pairs: Array<{ a: Working; b: Working; why: Reason[] }>, r: Reason): Working[] {
  const set = new Set<Working>();
  for (const p of pairs) {
    if (p.why.includes(r)) {
      set.add(p.a);
      set.add(p.b);
    }
  }
  return reps.filter((w) => set.has(w));
}

function explain(status: FactStatus, reps: Working[], pairs: Array<{ a: Working; b: Working; why: Reason[] }>): Fact['explanation'] {
  const n = reps.length;
  const sourcesVi = (w: Working) => (w.copies.length ? ` (${w.copies.length + 1} bản)` : '');
  const sourcesEn = (w: Working) => (w.copies.length ? ` (${w.copies.length + 1} copies)` : '');
  if (status === 'consistent') {
    if (n === 1) {
      const w = reps[0] as Working;
      return {
        vi: `Một nguồn: ${figure(w, 'vi')} (${timeOf(w, 'vi')})${sourcesVi(w)}.`,
        en: `One source: ${figure(w, 'en')} (${timeOf(w, 'en')})${sourcesEn(w)}.`,
      };
    }
    return {
      vi: `${n} nguồn thống nhất: ${list(reps, (w) => `${figure(w, 'vi')} (${timeOf(w, 'vi')})`)}.`,
      en: `${n} sources agree: ${list(reps, (w) => `${figure(w, 'en')} (${timeOf(w, 'en')})`, 'en')}.`,
    };
  }
  const vi: string[] = [];
  const en: string[] = [];
  const fva = involved(reps, pairs, 'forecast_vs_actual');
  if (fva.length) {
    const mod = (w: Working, lang: Lang) =>
      w.c.modality === 'actual'
        ? lang === 'vi'
          ? 'thực tế'
          : 'actual'
        : w.c.modality === 'forecast'
          ? lang === 'vi'
            ? 'dự báo'
            : 'forecast'
          : lang === 'vi'
            ? 'mục tiêu'
            : 'target';
    vi.push(`dự báo/mục tiêu khác số thực tế: ${list(fva, (w) => `${figure(w, 'vi')} là ${mod(w, 'vi')}`)}`);
    en.push(`forecast or target vs actual: ${list(fva, (w) => `${figure(w, 'en')} is ${mod(w, 'en')}`, 'en')}`);
  }
  const scope = involved(reps, pairs, 'differs_in_scope');
  if (scope.length) {
    vi.push(`khác phạm vi: ${list(scope, (w) => `${figure(w, 'vi')} (${scopeText(w, 'vi')})`)}`);
    en.push(`different scope: ${list(scope, (w) => `${figure(w, 'en')} (${scopeText(w, 'en')})`, 'en')}`);
  }
  const time = involved(reps, pairs, 'differs_in_time');
  if (time.length) {
    vi.push(`khác thời điểm: ${list(time, (w) => `${figure(w, 'vi')} (${timeOf(w, 'vi')})`)}`);
    en.push(`different dates: ${list(time, (w) => `${figure(w, 'en')} (${timeOf(w, 'en')})`, 'en')}`);
  }
  const conflicts = pairs.filter((p) => p.why.length === 0);
  if (conflicts.length) {
    const inConflict = new Set(conflicts.flatMap((p) => [p.a, p.b]));
    const ws = reps.filter((w) => inConflict.has(w));
    const src = (w: Working) => w.c.source?.outlet ?? w.c.source?.title ?? w.c.source?.source ?? w.c.docId;
    vi.push(`mâu thuẫn cùng thời điểm và phạm vi: ${list(ws, (w) => `${figure(w, 'vi')} (${src(w)}, ${timeOf(w, 'vi')})`)}`);
    en.push(`contradiction at the same date and scope: ${list(ws, (w) => `${figure(w, 'en')} (${src(w)}, ${timeOf(w, 'en')})`, 'en')}`);
    return { vi: `Số liệu mâu thuẫn — ${vi.join('; ')}.`, en: `Conflicting figures — ${en.join('; ')}.` };
  }
  return {
    vi: `Các số liệu khác nhau vì ${vi.join('; ')} — không phải mâu thuẫn.`,
    en: `The figures differ: ${en.join('; ')} — not a contradiction.`,
  };
}
