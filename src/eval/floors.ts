// Quality floors: pinned minimum scores per answer set. A run below a floor fails the gate; floors only go up.
import type { ScoreResult } from './score.ts';

/** Metric name → value, e.g. "claims.f1", "attributes.period", "cleaning.acc". */
export type Metrics = Record<string, number>;
export type Floors = Record<string, Metrics>;

export function metricsOf(r: ScoreResult): Metrics {
  const m: Metrics = {};
  const put = (k: string, v: number | null) => {
    if (v !== null) m[k] = v;
  };
  put('claims.f1', r.claims.f1);
  put('entities.f1', r.entities.f1);
  put('events.f1', r.events.f1);
  put('cleaning.acc', r.cleaning.acc);
  for (const [k, v] of Object.entries(r.attributes)) put(`attributes.${k}`, v.acc);
  return m;
}

/** Metrics that fell below their floor, as readable lines. */
export function belowFloors(floors: Metrics, got: Metrics): string[] {
  return Object.entries(floors)
    .filter(([k, f]) => (got[k] ?? 0) < f)
    .map(([k, f]) => `${k}: ${got[k] ?? 'missing'} < floor ${f}`);
}

/** New floors: each raised to what was measured, never lowered unless allowLower. */
export function raiseFloors(floors: Metrics, got: Metrics, allowLower = false): Metrics {
  const out: Metrics = { ...floors };
  for (const [k, v] of Object.entries(got)) out[k] = allowLower ? v : Math.max(floors[k] ?? 0, v);
  return out;
}
